"""The auditor (tests/core/disclosure_auditor.py) over many random programs.

Departments of 1-9 people, sessions with 1-20 forms, several cycles, every kind of
question, forms without a department, before/after skill confidence. Each program's
published figures (what ``peerdesk figures --json`` prints) must pass the audit.

How many programs: ``PEERDESK_AUDIT_EXAMPLES`` (default 60) for the hypothesis property,
``PEERDESK_AUDIT_SEEDS`` (default 150) for the seeded sweep; CI can raise both.
"""

from __future__ import annotations

import os
import random
from datetime import date, timedelta
from fractions import Fraction

import pytest
from disclosure_auditor import Leak, Span, audit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.core.defaults import DEFAULT_QUESTIONS
from peerdesk.core.disclosure import figure_rows
from peerdesk.core.feedback import AttendanceRecord, FeedbackData, ResponseRecord, book
from peerdesk.core.models import Cycle, Participant, Session

EXAMPLES = int(os.environ.get("PEERDESK_AUDIT_EXAMPLES", "60"))
SEEDS = int(os.environ.get("PEERDESK_AUDIT_SEEDS", "150"))
SKILLS = ["SQL", "Excel", "Figma", "Negotiation"]


def random_program(seed: int, k: int | None = None) -> FeedbackData:
    rng = random.Random(seed)
    k = k if k is not None else rng.choice([3, 4, 5, 5, 6])
    departments = [f"D{i}" for i in range(rng.randint(1, 6))]
    people, pid = [], 0
    for d in departments:
        for _ in range(rng.randint(1, 9)):
            pid += 1
            people.append(Participant(f"P{pid}", id=pid, department=d))
    cycles, sessions, responses, attendance = [], [], [], []
    start = date(2027, 1, 1)
    for c in range(1, rng.randint(1, 4) + 1):
        cycles.append(Cycle(f"C{c}", id=c, start_date=start + timedelta(days=100 * c)))
        for _ in range(rng.randint(1, 4)):
            sid = len(sessions) + 1
            sessions.append(Session(c, f"S{sid}", id=sid,
                                    date=start + timedelta(days=100 * c + 7 * sid)))
            for p in people:
                if rng.random() < 0.7:
                    attendance.append(AttendanceRecord(sid, p.id, "present"))
            for _ in range(rng.randint(0, 20) if rng.random() < 0.9 else rng.randint(1, 3)):
                values: dict[str, float] = {}
                if rng.random() < 0.9:
                    values["usefulness"] = rng.randint(1, 5)
                if rng.random() < 0.8:
                    values["recommend"] = rng.randint(0, 10)
                for key in ("safe_to_ask", "ps_mistake_held", "ps_risk"):
                    if rng.random() < 0.7:
                        values[key] = rng.randint(1, 5)
                dept = rng.choice(departments) if departments and rng.random() < 0.85 else ""
                said = ["text"] if rng.random() < 0.4 else []
                responses.append(ResponseRecord(c, sid, dept, "session", values, [], said))
        for phase in ("before", "after"):
            for _ in range(rng.randint(0, 12)):
                responses.append(ResponseRecord(c, None, "", phase, {},
                                                [(rng.choice(SKILLS[:rng.randint(1, 4)]),
                                                  rng.randint(1, 5))], []))
    return FeedbackData(cycles=cycles, sessions=sessions, questions=list(DEFAULT_QUESTIONS),
                        responses=responses, attendance=attendance, pairings=[], people=people,
                        min_group_size=k)


def published(data: FeedbackData) -> dict:
    figures = book(data)
    return {"min_group_size": figures.min_group_size, "figures": figure_rows(figures)}


@settings(max_examples=EXAMPLES, deadline=None, derandomize=False,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32), st.sampled_from([3, 4, 5, 6]))
def test_the_auditor_finds_nothing_in_random_programs(seed, k):
    data = random_program(seed, k)
    audit(data, published(data))


def test_a_sweep_of_seeded_programs_passes_the_audit():
    checked = {"programs": 0}
    for seed in range(SEEDS):
        data = random_program(10_000 + seed)
        for name, count in audit(data, published(data)).items():
            checked[name] = checked.get(name, 0) + count
        checked["programs"] += 1
    assert checked["programs"] == SEEDS and checked["small groups"] > SEEDS


# -- the auditor itself must be able to fail ------------------------------------------------


def _rows(*figures: tuple) -> dict:
    return {"min_group_size": 3, "figures": [
        {"measure": "usefulness", "phase": "session", "cycle_id": c, "session_id": s,
         "department": d, "n": n, "value": None if v is None else float(Fraction(v)),
         "exact": None if v is None else str(v), "reason": None if v is not None else "x"}
        for c, s, d, n, v in figures]}


def _data(forms: list[tuple[int, str, int]]) -> FeedbackData:
    return FeedbackData(
        cycles=[Cycle("C", id=1)], sessions=[Session(1, "a", id=1), Session(1, "b", id=2)],
        questions=list(DEFAULT_QUESTIONS),
        responses=[ResponseRecord(1, s, d, "session", {"usefulness": v}) for s, d, v in forms],
        attendance=[], pairings=[], people=[], min_group_size=3)


def test_the_auditor_catches_a_cycle_minus_a_session():
    """The issue's subtraction: a cycle mean over 8 and a session mean over 7."""
    data = _data([(1, "", 4)] * 7 + [(2, "", 1)])
    rows = _rows((1, None, None, 8, "29/8"), (1, 1, None, 7, 4), (1, 2, None, None, None))
    with pytest.raises(Leak, match=r"determined|worked out"):
        audit(data, rows)


def test_the_auditor_catches_all_departments_minus_the_shown_ones():
    data = _data([(1, "A", 4)] * 4 + [(1, "B", 5)] * 4 + [(1, "C", 2)])
    rows = _rows((1, None, None, 9, "34/9"), (1, None, "A", 4, 4), (1, None, "B", 4, 5),
                 (1, None, "C", None, None))
    with pytest.raises(Leak):
        audit(data, rows)


def test_the_auditor_catches_a_small_figure_and_a_combined_leak():
    data = _data([(1, "A", 4)] * 2)
    with pytest.raises(Leak, match="rests on 2"):
        audit(data, _rows((1, None, "A", 2, 4)))
    # session 2's forms from A: A's cycle total minus session 1 (which is only A) gives them
    data = _data([(1, "A", 4)] * 4 + [(2, "A", 1)] * 2 + [(2, "B", 3)] * 4)
    rows = _rows((1, 1, None, 4, 4), (1, None, "A", 6, 3), (1, 2, None, None, None),
                 (1, None, "B", 4, 3), (1, None, None, None, None))
    with pytest.raises(Leak):
        audit(data, rows)


def test_the_span_is_exact():
    span = Span()
    span.add({0: 1, 1: 1})
    span.add({1: 1, 2: 1})
    assert span.determines({0: 1, 2: -1}) and not span.determines({0: 1})
    span.add({0: 1, 2: 1})
    assert span.determines({0: 1})
