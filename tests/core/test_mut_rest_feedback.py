"""Skill confidence before and after a cycle, and withheld comments (core/feedback.py).

The means are exact fractions of the answers written below (SQL before 2, 2, 3: 7/3), so
each expected figure is worked out by hand; every group has at least k = 3 answers and no
group is the difference of two others smaller than k, so the disclosure rule shows them all.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from peerdesk.core.defaults import DEFAULT_QUESTIONS
from peerdesk.core.feedback import (
    AttendanceRecord,
    FeedbackData,
    ResponseRecord,
    Scope,
    comments,
    confidence_change,
    key_numbers,
)
from peerdesk.core.models import Cycle, Participant, Session

ANSWERS = {  # skill -> (before, after)
    "SQL": ((2, 2, 3), (4, 4, 4)),
    "Excel": ((1, 2, 3), (5, 5, 4)),
    "agile": ((3, 3, 3), (3, 4, 5)),
}


FORMS = (("Eng", "Good"), ("Eng", "fine"), ("Eng", "Long"), ("Eng", ""), ("Sales", "ok"),
         ("Sales", "Short"), ("Sales", "more pairs"))


def data(forms=FORMS) -> FeedbackData:
    people = [Participant(f"P{i}", id=i, department="Eng" if i <= 4 else "Sales")
              for i in range(1, 9)]
    responses = [ResponseRecord(1, None, "Eng", phase, {}, [(skill, v)], [])
                 for skill, (before, after) in ANSWERS.items()
                 for phase, values in (("before", before), ("after", after)) for v in values]
    # session forms at a session where all eight were present (four of each department)
    responses += [ResponseRecord(1, 1, dept, "session", {"usefulness": 4}, [], [text])
                  for dept, text in forms]
    return FeedbackData(
        cycles=[Cycle("Spring", id=1, start_date=date(2027, 1, 1))],
        sessions=[Session(1, "Kick-off", id=1, date=date(2027, 1, 10), minutes=60)],
        questions=list(DEFAULT_QUESTIONS), responses=responses,
        attendance=[AttendanceRecord(1, i, "present") for i in range(1, 9)],
        pairings=[], people=people, min_group_size=3)


def mean(values) -> Fraction:
    return Fraction(sum(values), len(values))


def test_each_skills_confidence_before_after_and_change_sorted_ignoring_case():
    got = confidence_change(data())
    assert [c.skill for c in got] == ["agile", "Excel", "SQL"]
    for change in got:
        before, after = ANSWERS[change.skill]
        assert change.before.value == pytest.approx(float(mean(before)))
        assert change.after.value == pytest.approx(float(mean(after)))
        assert change.change.value == pytest.approx(float(mean(after) - mean(before)))
        assert (change.before.n, change.after.n, change.change.n) == (3, 3, 3)


def test_comments_are_withheld_for_the_same_reason_as_the_forms_count():
    # two forms in all: their count is withheld, and so are their comments, with the reason
    two = data(FORMS[:2])
    withheld = comments(two, Scope(cycle_ids=(1,)))
    assert withheld.withheld and withheld.comments == []
    reason = key_numbers(two, Scope(cycle_ids=(1,)), today=date(2027, 1, 20)).responses.reason
    assert reason and withheld.reason == reason
    # Eng's four (and Sales' three besides) are shown: Eng's comments are quoted, sorted
    # ignoring case, the blank one left out
    assert comments(data(), Scope(cycle_ids=(1,), department="Eng")).comments == [
        "fine", "Good", "Long"]
