"""Red team, issue 12: changes that are not new forms, over random programs.

Marking attendance moves a session's forms into the figures or out of them (a session
with fewer than k people present counts in none); deleting a session keeps its forms in
the cycle's figures as forms of the cycle; deleting a cycle takes its forms out. Each change passes
:func:`peerdesk.core.disclosure_changes.change_gives_away`; here the auditor
(``tests/core/disclosure_auditor.audit_change``, written from the raw forms and the
published rows) takes the figures before and after every change the rule lets happen,
as the store carries it out (forms brought in that would give themselves away wait;
forms that would leave unsafely keep the marks from changing), and proves together they
single out nothing. Random programs: PEERDESK_CHANGE_SEEDS (default 30)."""

from __future__ import annotations

import copy
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

from disclosure_auditor import Leak, audit_change
from disclosure_two_moments import change_gives_away, same_units
from test_disclosure_auditor import published, random_program

from peerdesk.core.disclosure import few_present
from peerdesk.core.feedback import AttendanceRecord, FeedbackData

SEEDS = int(os.environ.get("PEERDESK_CHANGE_SEEDS", "30"))


def _with(data: FeedbackData, **changes) -> FeedbackData:
    other = copy.copy(data)
    for name, value in changes.items():
        setattr(other, name, value)
    other.cache = {}
    return other


def _new_marks(data: FeedbackData, rng: random.Random):
    """A session whose marks change so that it crosses k people present (either way)."""
    session = rng.choice(data.sessions)
    people = [p.id for p in data.people]
    k = data.min_group_size
    count = rng.choice([rng.randint(0, k - 1), rng.randint(k, max(k, len(people)))])
    chosen = set(rng.sample(people, min(count, len(people))))
    marks = [a for a in data.attendance if a.session_id != session.id]
    marks += [AttendanceRecord(session.id, p, "present" if p in chosen else "absent")
              for p in people]
    return session.id, marks


def _attendance_step(data: FeedbackData, rng: random.Random, gate: bool):
    """(before, after, forms) as the store would leave them, or None when refused."""
    sid, marks = _new_marks(data, rng)
    after = _with(data, attendance=marks)
    entering = sid in few_present(data) and sid not in few_present(after)
    forms = [(r, r) for r in data.responses]
    if gate and change_gives_away(data, after, forms):
        if not entering:
            return None  # refused: the marks stay as they were
        # the session's forms wait, counted nowhere
        forms = [(r, None if r.session_id == sid and r.phase == "session" else r)
                 for r in data.responses]
    return data, after, forms


def _delete_step(data: FeedbackData, rng: random.Random, gate: bool):
    session = rng.choice(data.sessions)
    after = _with(data, sessions=[s for s in data.sessions if s.id != session.id],
                  attendance=[a for a in data.attendance if a.session_id != session.id])
    out = session.id in few_present(data)  # its forms count nowhere: they go with it
    forms = []
    for r in data.responses:
        if r.session_id == session.id and r.phase == "session":
            moved = None if out else _with_session(r, None)
            forms.append((r, moved))
        else:
            forms.append((r, r))
    if gate and change_gives_away(data, after, forms):
        return None  # refused: the session stays
    return data, after, forms


def _cycle_delete_step(data: FeedbackData, rng: random.Random, gate: bool):
    cycle = rng.choice(data.cycles)
    gone = {s.id for s in data.sessions if s.cycle_id == cycle.id}
    after = _with(data, cycles=[c for c in data.cycles if c.id != cycle.id],
                  sessions=[s for s in data.sessions if s.id not in gone],
                  attendance=[a for a in data.attendance if a.session_id not in gone])
    forms = [(r, None if r.cycle_id == cycle.id else r) for r in data.responses]
    if gate and change_gives_away(data, after, forms):
        return None  # refused: the cycle stays
    return data, after, forms


def _with_session(r, session_id):
    moved = copy.copy(r)
    moved.session_id = session_id
    return moved


def _audit(step) -> None:
    before, after, forms = step
    after_data = _with(after, responses=[ra for _, ra in forms if ra is not None])
    before_data = _with(before, responses=[rb for rb, _ in forms if rb is not None])
    audit_change(before_data, after_data, forms, published(before_data), published(after_data))


def _run(make, gate: bool) -> tuple[int, int, list[str]]:
    done = refused = 0
    leaks = []
    for seed in range(SEEDS):
        data = random_program(40_000 + seed)
        rng = random.Random(seed)
        for _ in range(3):
            step = make(data, rng, gate)
            if step is None:
                refused += 1
                continue
            try:
                _audit(step)
            except Leak as exc:
                leaks.append(f"seed {40_000 + seed}: {exc}")
            done += 1
    return done, refused, leaks


def test_every_attendance_change_the_rule_allows_passes_the_auditor():
    done, refused, leaks = _run(_attendance_step, gate=True)
    assert not leaks, leaks[:3]
    assert done > SEEDS and refused > 0


def test_every_session_deletion_the_rule_allows_passes_the_auditor():
    done, _refused, leaks = _run(_delete_step, gate=True)
    assert not leaks, leaks[:3]
    assert done > SEEDS


def test_every_cycle_deletion_the_rule_allows_passes_the_auditor():
    done, refused, leaks = _run(_cycle_delete_step, gate=True)
    assert not leaks, leaks[:3]
    assert done > 0 and refused > 0


def test_without_the_check_attendance_and_deleting_give_answers_away():
    """The attack works where the rule is not applied, so the tests above can fail."""
    for make in (_attendance_step, _delete_step, _cycle_delete_step):
        _done, _refused, leaks = _run(make, gate=False)
        assert leaks, make.__name__


def test_a_form_counts_where_the_figures_count_it():
    """The check's own unit-by-unit view of the forms adds up to the figures' tables."""
    for seed in range(SEEDS):
        assert same_units(random_program(40_000 + seed)), seed
