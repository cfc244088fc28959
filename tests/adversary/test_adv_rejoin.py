"""Red team, issue 12: undo and redo that take forms out of the figures and bring them back.

When an undo or a redo brings back forms that had left the figures (an import or a
Close Feedback redone, forms of a session whose close an undo reopened), the check over
every reading matches them to the answers that left (``returning``) or takes them as new. That matching was argued, not
proven. Here the store itself is driven as the window drives it (an undo stack of
Close Feedback and survey imports, some kept open; one join per session, so a new session
comes when the one drawn is closed) around departments of one and two people, in random
order: type, import a growing export, undo, redo, undo again, type more beside the forms
an undo opened again. (A named program is left out: it names every form.) Every moment's
figures are kept, as a reader who watched the program would keep them, and the auditor
(``tests/core/disclosure_auditor.audit_timeline``, exact fractions, written from the raw
forms apart from the rule) proves that no answer, no set of fewer than k answers and no
figure withheld at any moment can be worked out from all of them together.

Random histories: PEERDESK_REJOIN_SEEDS (default 6), 30 steps each, and always the seeds
a wider sweep once found leaking (``FOUND``): forms an undo opened for typing again,
finished after a later import into the same session had been undone, were taken for that
import's answers (the last to leave), not for their own; the history now follows forms
that leave and come back by their response ids while the program is open."""

from __future__ import annotations

import os
import random
import sys
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

import pytest
from disclosure_auditor import Leak, audit_timeline
from test_disclosure_auditor import published

from peerdesk.core.models import Cycle, Participant
from peerdesk.core.validation import ValidationError
from peerdesk.io.feedback_import import apply_feedback, build_plan, undo_feedback
from peerdesk.io.tabular import read_table_bytes
from peerdesk.store.cycles import add_cycle
from peerdesk.store.feedback import (
    OPEN,
    PaperForm,
    add_paper_form,
    close_feedback,
    feedback_state,
    load_feedback_data,
    read_responses,
    reopen_feedback,
)
from peerdesk.store.participants import add_participant
from peerdesk.store.program import Program
from peerdesk.store.sessions import add_session, new_session

SEEDS = int(os.environ.get("PEERDESK_REJOIN_SEEDS", "6"))
# Leak when forms are not followed by id (found in a sweep of the histories this driver
# makes since a session's forms join once; the earlier sweep found 90_175 and 90_184)
FOUND = (90_014, 90_032)
# leaked while forms were followed by id but the store forgot, after nine refused steps,
# the history it had kept in memory (so the ids, and the check fell back to its guess)
FORGOTTEN = (90_037, 90_152)
STEPS = 30
# departments of 1, 1 and 2 people (below k = 3) beside two larger ones
STAFF = {"Legal": 1, "HR": 1, "Ops": 2, "Sales": 4, "Eng": 5}
WEIGHTS = {"Legal": 3, "HR": 3, "Ops": 3, "Sales": 4, "Eng": 4, "": 1}


class Driver:
    """A program and its undo stack, driven through the store as the window drives it."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.program = Program.create(None, "Rejoin")
        self.program.set_setting("min_group_size", 3)
        self.cycle = add_cycle(self.program, Cycle("Spring", start_date=date(2027, 3, 1)))
        self.sessions = [add_session(self.program, new_session(self.program, self.cycle,
                                                               date=date(2027, 3, 4 + 7 * i)))
                         for i in range(2)]
        pid = 0
        for dept, n in STAFF.items():
            for _ in range(n):
                pid += 1
                add_participant(self.program, Participant(f"P{pid}", email=f"p{pid}@x.example",
                                                          department=dept))
        self.exports: dict[int, list[tuple[str, int, int]]] = {s: [] for s in self.sessions}
        self.undo: list[tuple] = []
        self.redo: list[tuple] = []
        self.timeline: list[tuple] = []
        self.joined = self.refused = self.undone = self.redone = 0
        self.record()

    def record(self) -> None:
        data = load_feedback_data(self.program)
        self.timeline.append((data, dict(read_responses(self.program)), published(data)))

    def _department(self) -> str:
        return self.rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]

    def _push(self, entry: tuple) -> None:
        self.undo.append(entry)
        self.redo.clear()

    # -- the user's acts ------------------------------------------------------------------
    def _session(self) -> int:
        """A session whose feedback takes forms (one join per session): a new one when
        the one drawn is closed."""
        session = self.rng.choice(self.sessions)
        if feedback_state(self.program, self.cycle, session, "session") == OPEN:
            return session
        session = add_session(self.program, new_session(
            self.program, self.cycle,
            date=date(2027, 3, 4) + timedelta(days=7 * len(self.sessions))))
        self.sessions.append(session)
        self.exports[session] = []
        return session

    def type_and_finish(self) -> None:
        session = self._session()
        for _ in range(self.rng.randint(1, 5)):
            add_paper_form(self.program, PaperForm(
                self.cycle, {"usefulness": str(self.rng.randint(1, 5)),
                             "recommend": str(self.rng.randint(0, 10))},
                session, department=self._department()))
        if self.rng.random() < 0.4:  # more forms of this session to come
            return
        try:
            ids = close_feedback(self.program, self.cycle, session, "session")
        except ValidationError:
            self.refused += 1
            return
        self.joined += 1
        self._push(("finish", session, ids))

    def import_export(self) -> None:
        """The survey's later export: earlier rows unchanged, new ones below them."""
        session = self._session()
        rows = self.exports[session]
        rows += [(self._department(), self.rng.randint(1, 5), self.rng.randint(0, 10))
                 for _ in range(self.rng.randint(1, 6))]
        lines = ["Timestamp,Department,How useful was this session for you?,"
                 "How likely are you to recommend the program to a colleague?"]
        lines += [f"2027/03/04 10:{i % 60:02d}:00,{d},{u},{r}" for i, (d, u, r) in enumerate(rows)]
        table = read_table_bytes(("\n".join(lines) + "\n").encode(), "forms.csv")
        plan = build_plan(self.program, table, session)
        keep_open = self.rng.random() < 0.4
        try:
            ids = apply_feedback(self.program, plan, keep_open=keep_open)
        except ValidationError:
            self.refused += 1
            return
        self.joined += 1
        self._push(("import", plan, ids, keep_open))

    def undo_last(self) -> None:
        if not self.undo:
            return
        entry = self.undo.pop()
        kind = entry[0]
        try:
            if kind == "finish":
                reopen_feedback(self.program, entry[2])
            else:
                undo_feedback(self.program, entry[2], entry[1])
        except ValidationError:  # the window says why and leaves the history
            self.undo.clear()
            self.redo.clear()
            return
        self.undone += 1
        self.redo.append(entry)

    def redo_last(self) -> None:
        if not self.redo:
            return
        entry = self.redo.pop()
        kind = entry[0]
        try:
            if kind == "finish":
                entry = ("finish", entry[1], close_feedback(self.program, self.cycle, entry[1],
                                                           "session"))
            else:
                entry = ("import", entry[1], apply_feedback(self.program, entry[1],
                                                            ids=entry[2].ids,
                                                            keep_open=entry[3]), entry[3])
        except ValidationError:
            self.undo.clear()
            self.redo.clear()
            return
        self.redone += 1
        self.undo.append(entry)

    def step(self) -> None:
        roll = self.rng.random()
        act = (self.type_and_finish if roll < 0.3 else self.import_export if roll < 0.5
               else self.undo_last if roll < 0.8 else self.redo_last)
        act()
        self.record()


def _run(seed: int) -> Driver:
    driver = Driver(seed)
    try:
        for _ in range(STEPS):
            driver.step()
    finally:
        driver.program.close()
    return driver


def test_undo_and_redo_around_small_departments_give_nothing_away():
    totals = {"joined": 0, "undone": 0, "redone": 0, "moments": 0}
    seeds = sorted({*range(90_000, 90_000 + SEEDS), *FOUND, *FORGOTTEN})
    for seed in seeds:
        driver = _run(seed)
        try:
            audit_timeline(driver.timeline)
        except Leak as exc:
            raise AssertionError(f"seed {seed}: {exc}") from None
        totals["joined"] += driver.joined
        totals["undone"] += driver.undone
        totals["redone"] += driver.redone
        totals["moments"] += len(driver.timeline)
    # the histories did what they are for: forms joined, left and came back
    assert totals["joined"] >= len(seeds) and totals["undone"] >= len(seeds)
    assert totals["redone"] >= 1


def test_without_the_check_the_same_histories_leak(monkeypatch):
    """The negative control: with the check over every reading switched off, the same
    kind of history gives answers away, and the auditor says so."""
    import peerdesk.core.disclosure_history as history

    monkeypatch.setattr(history, "gives_away", lambda *a, **kw: False)
    for seed in range(40):
        driver = _run(90_000 + seed)
        try:
            audit_timeline(driver.timeline)
        except Leak:
            return
    raise AssertionError("no history leaked with the check switched off")


def test_without_following_forms_by_id_the_found_histories_leak(monkeypatch):
    """The found seeds are the regression: with the history guessing which answers come
    back from when classes left (as before), not following the forms by id, and the forms
    that are not brought back by an undo taken for new answers (as before too), the
    auditor finds their leaks again."""
    import peerdesk.core.disclosure_history as history
    from peerdesk.store import feedback_join

    def as_before(program, steps):  # the first step's forms returning, the second's new
        from peerdesk.store.disclosure_history import save_history

        for returning, step in zip((True, False), steps, strict=True):
            if step:
                outcome = feedback_join.join_outcome(program, step, returning=returning)
                if outcome.why:
                    raise feedback_join._Refused(outcome.why)
                save_history(program, outcome.history)
                program.db.conn.executemany("UPDATE feedback_responses SET draft = 0 "
                                            "WHERE id = ?", [(rid,) for rid in step])

    monkeypatch.setattr(history, "form_ids", lambda *a, **kw: None)
    monkeypatch.setattr(feedback_join, "_join_in_steps", as_before)
    for seed in FOUND:
        driver = _run(seed)
        with pytest.raises(Leak):
            audit_timeline(driver.timeline)


def _export(rows: list[tuple[str, int, int]]):
    lines = ["Timestamp,Department,How useful was this session for you?,"
             "How likely are you to recommend the program to a colleague?"]
    lines += [f"2027/03/04 10:{i:02d}:00,{d},{u},{r}" for i, (d, u, r) in enumerate(rows)]
    return read_table_bytes(("\n".join(lines) + "\n").encode(), "forms.csv")


def _session_sum(program: Program, session: int) -> tuple[int, Fraction] | None:
    """(n, the sum of usefulness) of the session's figure as shown, None if withheld."""
    for f in published(load_feedback_data(program))["figures"]:
        if (f["measure"], f["session_id"], f.get("department")) == ("usefulness", session,
                                                                     None):
            return None if f["exact"] is None else (f["n"], f["n"] * Fraction(f["exact"]))
    return None


def test_rows_imported_again_after_an_undo_are_the_answers_that_left():
    """The survey's export, imported (three rows), the import undone, then a later export
    (the same three rows and a fourth) imported: the three rows are the answers that
    left, not new ones. Taken for new (they got new ids), the check let all four join,
    and the session's figure read with the first import and with the second gave the
    fourth row's answer by subtraction (11 and 14: it is 3)."""
    driver = Driver(1)
    program, session = driver.program, driver.sessions[0]
    rows = [("", 4, 9), ("", 2, 7), ("", 5, 10), ("", 3, 8)]
    try:
        plan = build_plan(program, _export(rows[:3]), session)
        ids = apply_feedback(program, plan)
        first = _session_sum(program, session)
        assert first == (3, 11)  # the scenario: the first import is shown
        undo_feedback(program, ids, plan)
        assert _session_sum(program, session) is None
        plan = build_plan(program, _export(rows), session)
        try:
            apply_feedback(program, plan)
        except ValidationError:
            return  # the rows wait in the export: nothing more is shown
        second = _session_sum(program, session)
        assert second is None or second[0] - first[0] >= 3, (first, second)
    finally:
        program.close()
