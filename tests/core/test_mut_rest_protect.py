"""Which figures the disclosure rule withholds, and why (core/disclosure/protect.py), in
programs small enough to work out by hand from the rule as the package documents it
(peerdesk/core/disclosure/__init__.py), k = 3 throughout:

1. a figure over 1 to k-1 forms is withheld (too few);
2. where a parent figure's forms beyond its shown children would be fewer than k, or one
   hidden group alone, the next-smallest shown sibling is withheld as well (on a tie, the
   first by name), else the parent; and a hidden parent whose children are all shown has its
   smallest child withheld (it would be their sum);
3. what is left must not let any withheld group, or any set of fewer than k forms, be
   worked out by combining the shown figures.

Each program is also checked by the independent auditor (tests/core/disclosure_auditor.py).
"""

from __future__ import annotations

from datetime import date

import pytest
from disclosure_auditor import audit

from peerdesk.core.defaults import DEFAULT_QUESTIONS
from peerdesk.core.disclosure import figure_book, figure_rows
from peerdesk.core.feedback import AttendanceRecord, FeedbackData, ResponseRecord
from peerdesk.core.models import Cycle, Participant, Session
from peerdesk.i18n import translation_for

SMALL = "too few responses: fewer than 3 (or none)"
SUBTRACTION = ("withheld as well, so that the hidden answers beside it cannot be worked out "
               "by subtraction")
SUM_BELOW = ("withheld as well: with it, the hidden total above it would be the sum of the "
             "figures below it")
COMBINED = ("withheld as well, so that the hidden answers cannot be worked out by combining "
            "the figures that are shown")


@pytest.fixture(autouse=True)
def _english():
    with translation_for("en").active():
        yield


def program(forms: dict[tuple[int, int], dict[str, int]], sessions: list[tuple[int, int]],
            cycles=(1,), people: dict[str, int] | None = None) -> FeedbackData:
    """``forms``: (cycle, session) -> {department: number of forms}; ``sessions``: (cycle,
    session id) in the order the program lists them; ``people``: department -> headcount,
    all of them present at every session."""
    staff, pid = [], 0
    for dept, count in (people or {}).items():
        for _ in range(count):
            pid += 1
            staff.append(Participant(f"P{pid}", id=pid, department=dept))
    responses = [ResponseRecord(c, s, dept, "session", {"usefulness": 4})
                 for (c, s), by_dept in forms.items() for dept, n in by_dept.items()
                 for _ in range(n)]
    return FeedbackData(
        cycles=[Cycle(f"C{c}", id=c, start_date=date(2027, c, 1)) for c in cycles],
        sessions=[Session(c, f"S{s}", id=s, date=date(2027, c, s)) for c, s in sessions],
        questions=list(DEFAULT_QUESTIONS), responses=responses,
        attendance=[AttendanceRecord(s, p.id, "present") for _, s in sessions for p in staff],
        pairings=[], people=staff, min_group_size=3)


def forms_figures(data: FeedbackData) -> dict[tuple, tuple]:
    """(cycle, session, department) -> (n, reason) of every forms figure."""
    rows = figure_rows(figure_book(data))
    audit(data, {"min_group_size": 3, "figures": rows})
    return {(r["cycle_id"], r["session_id"], r["department"]): (r["n"], r["reason"])
            for r in rows if r["measure"] == "forms"}


def test_a_one_person_department_with_no_forms_hides_the_departments_not_the_total():
    # Eng and Ops three forms each, Tiny (one person) none. Shown together, the total 6 and
    # Eng 3 + Ops 3 would say Tiny's one person did not answer. By rule 2 the departments
    # go: Eng first (ties with Ops, first by name), then Ops (Eng beside Tiny's none would be
    # one hidden group alone). The totals stay. Cycle 2 has no forms at all.
    data = program({(1, 1): {"Eng": 3, "Ops": 3}}, [(1, 1)], cycles=(1, 2),
                   people={"Eng": 5, "Ops": 4, "Tiny": 1})
    got = forms_figures(data)
    for c in (None, 1):
        assert got[c, None, None] == (6, None)
        assert got[c, None, "Eng"] == (None, SUBTRACTION)
        assert got[c, None, "Ops"] == (None, SUBTRACTION)
        assert got[c, None, "Tiny"] == (None, SMALL)
    assert got[1, 1, None] == (6, None)
    assert got[2, None, None] == (None, SMALL)


def test_a_hidden_cycle_total_hides_its_smallest_session_for_being_their_sum():
    # C2 has two forms (too few); C1's 6 beside the program's 8 would give them away, so C1
    # goes too; then C1's sessions (3 and 3) would add up to it: the first by name goes.
    data = program({(1, 1): {"": 3}, (1, 2): {"": 3}, (2, 3): {"": 2}},
                   [(1, 1), (1, 2), (2, 3)], cycles=(1, 2))
    got = forms_figures(data)
    assert got[None, None, None] == (8, None)
    assert got[1, None, None] == (None, SUBTRACTION)
    assert got[2, None, None] == (None, SMALL)
    assert got[2, 3, None] == (None, SMALL)
    assert got[1, 1, None] == (None, SUM_BELOW)
    assert got[1, 2, None] == (3, None)


@pytest.mark.parametrize("order", [[9, 10, 11], [10, 9, 11], [11, 10, 9]])
def test_which_session_is_withheld_does_not_depend_on_the_order_sessions_are_listed(order):
    # Session 11 has two forms (too few); 9 and 10 have three each: one of them must go so
    # that the cycle total less the other does not give 11's two away. The tie is broken by
    # name, "(1, 10, None)" before "(1, 9, None)", whatever order the program lists them in.
    data = program({(1, 9): {"": 3}, (1, 10): {"": 3}, (1, 11): {"": 2}},
                   [(1, s) for s in order])
    got = forms_figures(data)
    assert got[1, 11, None] == (None, SMALL)
    assert got[1, 10, None] == (None, SUBTRACTION)
    assert got[1, 9, None] == (3, None)
    assert got[1, None, None] == got[None, None, None] == (8, None)
