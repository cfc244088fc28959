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
from peerdesk.core.disclosure import Figure, Key
from peerdesk.core.feedback import (
    AttendanceRecord,
    FeedbackData,
    ResponseRecord,
    Scope,
    _change,
    _rate,
    attendance_ratio,
    comments,
    confidence_change,
    engagement,
    key_numbers,
    overall_confidence_gain,
    scope_index,
)
from peerdesk.core.models import Cycle, Pairing, Participant, Session
from peerdesk.core.participation import cross_department_share
from peerdesk.core.small_groups import Stat

ANSWERS = {  # skill -> (before, after)
    "SQL": ((2, 2, 3), (4, 4, 4)),
    "Excel": ((1, 2, 3), (5, 5, 4)),
    "agile": ((3, 3, 3), (3, 4, 5)),
}


FORMS = (("Eng", "Good"), ("Eng", "fine"), ("Eng", "Long"), ("Eng", ""), ("Sales", "ok"),
         ("Sales", "Short"), ("Sales", "more pairs"))


# usefulness, recommend (0-10), safe to ask (the "mistake held" item is its mirror, 6 - it)
VALUES = ((4, 10, 4), (5, 9, 4), (3, 7, 5), (4, 6, 3), (5, 10, 2), (2, 3, 4), (4, 8, 5))


def data(forms=FORMS) -> FeedbackData:
    people = [Participant(f"P{i}", id=i, department="Eng" if i <= 4 else "Sales")
              for i in range(1, 9)]
    responses = [ResponseRecord(1, None, "Eng", phase, {}, [(skill, v)], [])
                 for skill, (before, after) in ANSWERS.items()
                 for phase, values in (("before", before), ("after", after)) for v in values]
    # session forms at a session where all eight were present (four of each department)
    responses += [ResponseRecord(1, 1, dept, "session",
                                 {"usefulness": u, "recommend": r, "safe_to_ask": safe,
                                  "ps_mistake_held": 6 - safe}, [], [text])
                  for (dept, text), (u, r, safe) in zip(forms, VALUES, strict=False)]
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


def test_attendance_counts_present_of_expected_leaving_excused_out():
    records = [AttendanceRecord(1, 1, "present"), AttendanceRecord(1, 2, "present"),
               AttendanceRecord(1, 3, "absent"), AttendanceRecord(1, 4, "excused")]
    ratio = attendance_ratio(records)
    assert (ratio.num, ratio.den) == (2, 3)


def lopsided() -> FeedbackData:
    """SQL with two answers before (too few) and three after; Go with three after only."""
    responses = [ResponseRecord(1, None, "Eng", phase, {}, [(skill, v)], [])
                 for skill, phase, values in (("SQL", "before", (2, 3)),
                                              ("SQL", "after", (4, 4, 5)),
                                              ("Go", "after", (3, 3, 4)))
                 for v in values]
    return FeedbackData(
        cycles=[Cycle("Spring", id=1, start_date=date(2027, 1, 1))], sessions=[],
        questions=list(DEFAULT_QUESTIONS), responses=responses, attendance=[], pairings=[],
        people=[Participant(f"P{i}", id=i, department="Eng") for i in range(1, 7)],
        min_group_size=3)


def test_a_change_is_withheld_with_the_reason_of_the_side_withheld_and_empty_without_a_before():
    go, sql = confidence_change(lopsided())
    assert sql.before.withheld and sql.after.shown
    assert sql.change.withheld and sql.change.value is None
    assert sql.change.reason == sql.before.reason != ""
    # Go was never asked before: none is withheld like too few (a count of 0 is not told
    # apart from 1 or 2), and so is the change
    assert go.before.withheld and go.after.value == pytest.approx(10 / 3)
    assert go.change.withheld and go.change.reason == go.before.reason


def test_a_change_between_a_figure_with_no_answers_and_one_shown_is_empty_not_withheld():
    # a figure the book shows as "no answers" (value None, not withheld) against a shown one
    key = Key("confidence", "before")
    change = _change("Go", Figure(key, 0, None), Figure(key, 3, Fraction(10, 3), "", 3))
    assert (change.change.value, change.change.n, change.change.withheld) == (None, 0, False)
    assert change.before == Stat(None, 0) and change.after == Stat(10 / 3, 3)


def test_the_overall_gain_is_not_given_per_department():
    gain = overall_confidence_gain(data(), Scope(cycle_ids=(1,), department="Eng"))
    assert gain.withheld and gain.value is None
    assert gain.reason == "skill confidence is shown for all departments together"
    # for everyone: the mean of all nine answers after minus the mean of all nine before
    whole = overall_confidence_gain(data(), Scope(cycle_ids=(1,)))
    after = [v for _before, a in ANSWERS.values() for v in a]
    before = [v for b, _after in ANSWERS.values() for v in b]
    assert whole.value == pytest.approx(float(mean(after) - mean(before)))


def test_partners_present_at_different_sessions_never_met():
    # Ana (Eng) came to the first session only, Bo (Sales) to the second only
    people = [Participant("Ana", id=1, department="Eng"), Participant("Bo", id=2, department="Sales")]
    met = FeedbackData(
        cycles=[Cycle("Spring", id=1, start_date=date(2027, 1, 1))],
        sessions=[Session(1, "One", id=1, date=date(2027, 1, 10), minutes=60),
                  Session(1, "Two", id=2, date=date(2027, 1, 24), minutes=60)],
        questions=list(DEFAULT_QUESTIONS), responses=[],
        attendance=[AttendanceRecord(1, 1, "present"), AttendanceRecord(2, 2, "present")],
        pairings=[Pairing(1, [1, 2], id=1)], people=people, min_group_size=3)
    share, = cross_department_share(met)
    assert (share.pairs.num, share.pairs.den) == (1, 1)
    assert (share.met.num, share.met.den) == (0, 1)


def test_the_key_numbers_of_a_cycle_worked_out_by_hand():
    k = key_numbers(data(), Scope(cycle_ids=(1,)), today=date(2027, 1, 20))
    assert (k.participants, k.sessions_planned, k.sessions_held) == (8, 1, 1)
    assert (k.attendance.num, k.attendance.den) == (8, 8)
    assert (k.response_rate.num, k.response_rate.den) == (7, 8)  # 7 forms, 8 present
    assert (k.responses.value, k.responses.n) == (7.0, 7)
    # usefulness 4+5+3+4+5+2+4 = 27 over 7; safety: each form's safe-to-ask (its mirror
    # flipped back is the same), 4+4+5+3+2+4+5 = 27 over 7
    assert k.usefulness.value == pytest.approx(27 / 7) and k.usefulness.n == 7
    assert k.safety.value == pytest.approx(27 / 7) and k.safety.n == 7
    # eNPS: promoters 10, 9, 10 (3); detractors 6, 3 (2); of 7
    assert k.enps.value == pytest.approx(100 * (3 - 2) / 7) and k.enps.n == 7
    assert k.pairs == 0 and (k.cross_pairs.num, k.cross_pairs.den) == (0, 0)
    assert k.hours == 8.0  # 8 present for 60 minutes
    after = [v for _before, a in ANSWERS.values() for v in a]
    before = [v for b, _after in ANSWERS.values() for v in b]
    assert k.confidence_gain.value == pytest.approx(float(mean(after) - mean(before)))


def sessions_data() -> FeedbackData:
    """Ana (Eng) and Bo (Sales) paired, Cy and Di (Sales) paired, Ed (Eng) absent and
    unpaired; sessions on 10 January (attendance taken), 20 January (today, none taken
    yet), 1 February and one not dated yet."""
    people = [Participant(n, id=i, department=d) for i, n, d in
              ((1, "Ana", "Eng"), (2, "Bo", "Sales"), (3, "Cy", "Sales"), (4, "Di", "Sales"),
               (5, "Ed", "Eng"))]
    return FeedbackData(
        cycles=[Cycle("Spring", id=1, start_date=date(2027, 1, 1))],
        sessions=[Session(1, "One", id=1, date=date(2027, 1, 10), minutes=90),
                  Session(1, "Two", id=2, date=date(2027, 1, 20), minutes=60),
                  Session(1, "Three", id=3, date=date(2027, 2, 1), minutes=60),
                  Session(1, "Later", id=4, date=None, minutes=60)],
        questions=list(DEFAULT_QUESTIONS), responses=[],
        attendance=[AttendanceRecord(1, i, "present") for i in (1, 2, 3, 4)]
        + [AttendanceRecord(1, 5, "absent")],
        pairings=[Pairing(1, [1, 2], id=1), Pairing(1, [3, 4], id=2)], people=people,
        min_group_size=3)


def test_held_sessions_participants_and_pairs_of_a_department():
    k = key_numbers(sessions_data(), Scope(cycle_ids=(1,)), today=date(2027, 1, 20))
    # held: the one with attendance and the one dated today; not February's, not the undated
    assert (k.sessions_planned, k.sessions_held) == (4, 2)
    assert k.participants == 4  # the four paired (and present); Ed was absent and unpaired
    assert k.hours == 4 * 90 / 60
    assert k.pairs == 2 and (k.cross_pairs.num, k.cross_pairs.den) == (1, 2)
    eng = key_numbers(sessions_data(), Scope(cycle_ids=(1,), department="Eng"),
                      today=date(2027, 1, 20))
    # Eng's pairs: the one Ana is in, across departments
    assert eng.pairs == 1 and (eng.cross_pairs.num, eng.cross_pairs.den) == (1, 1)
    assert eng.participants == 1  # Ana; Ed (Eng) was absent and unpaired
    # a cycle nobody has joined yet
    assert key_numbers(two_cycles(), Scope(cycle_ids=(2,)), today=date(2027, 1, 20)
                       ).participants == 0
    assert key_numbers(sessions_data(), Scope(cycle_ids=(99,)), today=date(2027, 1, 20)
                       ).participants == 0


def test_a_session_without_a_date_is_named_by_its_number():
    points = engagement(sessions_data(), Scope(cycle_ids=(1,)))
    assert [p.period.label for p in points] == ["10 Jan", "20 Jan", "1 Feb", "Session 4"]


def two_cycles() -> FeedbackData:
    base = sessions_data()
    base.cycles.append(Cycle("Summer", id=2, start_date=date(2027, 4, 1)))
    return base


def test_a_figure_over_some_cycles_or_a_skill_per_department_is_not_given():
    idx = scope_index(two_cycles(), Scope(cycle_ids=(1, 2)))
    assert idx.figure("usefulness") == Figure(
        Key("usefulness", "session"), None, None,
        "figures are given for one cycle or for all cycles")
    eng = scope_index(sessions_data(), Scope(cycle_ids=(1,), department="Eng"))
    assert eng.figure("confidence", phase="after", group="SQL") == Figure(
        Key("confidence", "after", 1, None, "SQL"), None, None,
        "skill confidence is shown for all departments together")


def test_a_person_without_a_department_and_an_unknown_id_have_no_department():
    data = sessions_data()
    data.people.append(Participant("Fay", id=6, department=""))
    idx = scope_index(data, Scope())
    assert [idx.dept(i) for i in (1, 2, 6, 99, None)] == [
        "Eng", "Sales", "No department", "No department", "No department"]


def test_a_rate_from_a_figure_withheld_empty_or_shown():
    key = Key("response_rate")
    withheld = _rate(Figure(key, None, None, "too few", 2))
    assert (withheld.num, withheld.den, withheld.reason) == (0, 0, "too few")
    empty = _rate(Figure(key, 0, None))
    assert (empty.num, empty.den, empty.reason) == (0, 0, "")
    # a shown figure of no forms out of five present: 0 of 5
    none_back = _rate(Figure(key, 0, Fraction(0), "", 5))
    assert (none_back.num, none_back.den) == (0, 5)


def test_sessions_of_one_day_are_in_the_order_they_were_made():
    data = sessions_data()
    data.sessions[:] = [Session(1, "B", id=7, date=date(2027, 1, 10), minutes=60),
                        Session(1, "A", id=5, date=date(2027, 1, 10), minutes=60)]
    assert [s.id for s in scope_index(data, Scope(cycle_ids=(1,))).sessions] == [5, 7]


def test_a_skill_asked_only_before_is_listed_and_the_gain_is_the_scopes():
    responses = [ResponseRecord(1, None, "Eng", "before", {}, [("Go", v)], []) for v in (1, 2, 3)]
    only_before = FeedbackData(
        cycles=[Cycle("Spring", id=1, start_date=date(2027, 1, 1))], sessions=[],
        questions=list(DEFAULT_QUESTIONS), responses=responses, attendance=[], pairings=[],
        people=[Participant(f"P{i}", id=i, department="Eng") for i in range(1, 7)],
        min_group_size=3)
    go, = confidence_change(only_before)
    assert go.skill == "Go" and go.before.value == 2.0 and go.after.withheld
    # two cycles: cycle 1's gain is its own (key numbers of cycle 1), not both cycles'
    both = data()
    both.cycles.append(Cycle("Summer", id=2, start_date=date(2027, 4, 1)))
    both.responses.extend(ResponseRecord(2, None, "Eng", phase, {}, [("SQL", v)], [])
                          for phase, values in (("before", (5, 5, 5)), ("after", (1, 1, 1)))
                          for v in values)
    k = key_numbers(both, Scope(cycle_ids=(1,)), today=date(2027, 1, 20))
    after = [v for _before, a in ANSWERS.values() for v in a]
    before = [v for b, _after in ANSWERS.values() for v in b]
    assert k.confidence_gain.value == pytest.approx(float(mean(after) - mean(before)))
