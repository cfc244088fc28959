"""Red team, issue 12: a close held back by its departments leaves out only some of them.

Close Feedback (and ``peerdesk feedback finish --without-departments``) no longer drops
every department of a held-back batch: it keeps, the department on the most forms first,
each one the rule still lets through
(:func:`peerdesk.store.feedback_close.departments_to_leave_out`). So the figures now hold
forms of one session with their departments beside forms of the same session without
theirs, chosen by the rule's own answers. The attack: replay random programs' whole
histories (batches, attendance marked, sessions and cycles deleted, deletes undone, as in
``test_adv_history_changes``), each held-back batch joining with the departments this
search keeps, and give every publication of the history at once to the auditor
(``tests/core/disclosure_auditor.audit_timeline``, written apart from the rule): no
answer, no set of fewer than k answers and no withheld figure may be worked out.
Random programs: PEERDESK_TIMELINE_SEEDS (default 25)."""

from __future__ import annotations

import copy
import random
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from disclosure_auditor import Leak, audit_timeline
from test_adv_history_changes import SEEDS, World, play
from test_adv_over_time import _batches
from test_disclosure_auditor import published

from peerdesk.core.defaults import DEFAULT_QUESTIONS
from peerdesk.core.disclosure_history import check_change, first_reading
from peerdesk.core.feedback import AttendanceRecord, FeedbackData, ResponseRecord
from peerdesk.core.models import Cycle, Participant, Session


class LeavingOut(World):
    """The world of ``test_adv_history_changes`` whose held-back batches leave out the
    departments the store's search would (the same order, the same check)."""

    def __init__(self, seed: int, company: bool = False):
        super().__init__(seed, gated=True)
        if company:  # the same world over a small company's program
            self.full = company_program(seed)
            self.cycles, self.sessions = list(self.full.cycles), list(self.full.sessions)
            self.attendance = list(self.full.attendance)
            self.records = dict(enumerate(self.full.responses))
            self.history = first_reading(self.data())
            self.timeline = [(self.data(), dict(self.counted), published(self.data()))]
        self.partial = self.whole = 0  # batches that kept some departments / none
        self.ever: set[int] = set()  # forms that have counted in the figures

    def _joins(self, after_counted: dict) -> bool:
        before, after = self.data(), self.data(after_counted)
        ids = self.counted.keys() | after_counted.keys()
        forms = [(self.counted.get(i), after_counted.get(i)) for i in sorted(ids)]
        return not check_change(self.history, before, after, forms).why

    def _try(self, after_counted: dict, **shape) -> bool:
        done = super()._try(after_counted, **shape)
        if done:
            self.ever |= set(self.counted)
        return done

    def join(self, batch: list[int]) -> None:
        """As the store: the departments are left out only on forms that never counted (a
        form an undo brings back returns where it left, so a reopened session is not
        offered the search), never on forms that waited elsewhere and join with them."""
        mine = [i for i in batch if self._exists(i)]
        candidate = self.waiting + mine
        fresh = [i for i in mine if i not in self.ever]

        def after(out: set[str]) -> dict:
            joined = {i: self.records[i] for i in candidate}
            for i in fresh:
                if joined[i].department in out:
                    joined[i] = copy.copy(joined[i])
                    joined[i].department = ""
            return {**self.counted, **joined}

        if self._joins(after(set())):
            self._try(after(set()))
            self.waiting = []
            return
        written = Counter(self.records[i].department for i in fresh if self.records[i].department)
        if len(fresh) < len(mine) or not written or not self._joins(after(set(written))):
            self.refused += 1
            self.waiting = candidate
            return
        kept: set[str] = set()
        for department in sorted(written, key=lambda d: (-written[d], d)):
            if self._joins(after(set(written) - kept - {department})):
                kept.add(department)
        joined = after(set(written) - kept)
        assert self._try(joined)
        for i in fresh:  # the store keeps the form without its department from now on
            self.records[i] = joined[i]
        self.waiting = []
        if kept:
            self.partial += 1
        else:
            self.whole += 1


def company_program(seed: int) -> FeedbackData:
    """A small company's program, where departments hold batches back: 3 to 7
    departments of 1 to 12 people, sessions of 6 to 25 forms, each form with its writer's
    department (now and then none), k from 3 to 5."""
    rng = random.Random(seed)
    people, pid = [], 0
    for d in range(rng.randint(3, 7)):
        for _ in range(rng.choice([1, 2, 3, 5, 8, 12])):
            pid += 1
            people.append(Participant(f"P{pid}", id=pid, department=f"D{d}"))
    cycles, sessions, responses, attendance = [], [], [], []
    start = date(2027, 1, 1)
    for c in range(1, rng.randint(2, 3) + 1):
        cycles.append(Cycle(f"C{c}", id=c, start_date=start + timedelta(days=100 * c)))
        for _ in range(rng.randint(2, 5)):
            sid = len(sessions) + 1
            sessions.append(Session(c, f"S{sid}", id=sid,
                                    date=start + timedelta(days=100 * c + 7 * sid)))
            there = [p for p in people if rng.random() < 0.8]
            attendance += [AttendanceRecord(sid, p.id, "present") for p in there]
            for p in rng.sample(there, min(len(there), rng.randint(6, 25))):
                values = {"usefulness": float(rng.randint(1, 5)),
                          "recommend": float(rng.randint(0, 10))}
                department = p.department if rng.random() < 0.9 else ""
                responses.append(ResponseRecord(c, sid, department, "session", values, [], []))
    return FeedbackData(cycles=cycles, sessions=sessions, questions=list(DEFAULT_QUESTIONS),
                        responses=responses, attendance=attendance, pairings=[], people=people,
                        min_group_size=rng.choice([3, 4, 5, 5]))


def _closes(world: LeavingOut) -> list[list[int]]:
    """Each session's forms in one batch, as Close Feedback joins them (a cycle's
    before/after rounds each in one), sessions in date order."""
    by_session: dict = {}
    for i, r in world.records.items():
        by_session.setdefault((r.cycle_id, r.session_id or 0, r.phase), []).append(i)
    return [by_session[key] for key in sorted(by_session)]


def _replay(seed: int, whole_sessions: bool = False, company: bool = False) -> LeavingOut:
    world = LeavingOut(seed, company)
    ids = {id(r): i for i, r in world.records.items()}
    batches = (_closes(world) if whole_sessions
               else [[ids[id(r)] for r in b] for b in _batches(world.full, world.rng)])
    play(world, batches)
    return world


def test_histories_that_leave_out_some_departments_pass_the_auditor_together():
    partial = whole = 0
    for seed in range(SEEDS):
        for whole_sessions, company in ((True, True), (False, True), (True, False)):
            world = _replay(70_000 + seed, whole_sessions, company)
            try:
                audit_timeline(world.timeline)
            except Leak as exc:
                raise AssertionError(f"seed {70_000 + seed}: {exc}") from None
            partial += world.partial
            whole += world.whole
    # the attack reached the case it is about: batches that kept some departments
    assert partial > 0, (partial, whole)


def test_the_search_keeps_departments_a_whole_leave_out_would_drop():
    """Without the search every held-back batch would lose all its departments: on these
    programs some keep a part of them (so the test above is not about nothing)."""
    kept = sum(_replay(70_000 + seed, True, True).partial for seed in range(10))
    assert kept >= 3


if __name__ == "__main__":  # a quick count of the cases the attack reaches
    for s in range(int(sys.argv[1]) if len(sys.argv) > 1 else 10):
        for whole_sessions, company in ((True, True), (False, True), (True, False)):
            w = _replay(70_000 + s, whole_sessions, company)
            print(s, whole_sessions, company, "partial", w.partial, "whole", w.whole,
                  "refused", w.refused)
