"""Tenure bands at their edges, and the reporting chain, from dates and trees written out.

A band is decided by whole months since the hire date, a month counting once its day of
the month is reached: under 6 months a new recruit, from 24 months seasoned, between the
two otherwise (the program's settings may move both edges).
"""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.core.chain import find_loops, managers_of, neutrality_warnings, would_loop
from peerdesk.core.models import Facilitator, Participant
from peerdesk.core.tenure import BETWEEN, NEW, SEASONED, UNKNOWN, months_between, tenure_band


@pytest.mark.parametrize(("start", "end", "months"), [
    (date(2026, 1, 15), date(2026, 1, 15), 0),
    (date(2026, 1, 15), date(2026, 2, 14), 0),   # the 15th not reached yet
    (date(2026, 1, 15), date(2026, 2, 15), 1),   # reached on the day
    (date(2026, 1, 15), date(2026, 2, 16), 1),
    (date(2025, 11, 30), date(2026, 2, 28), 2),  # across a year; the 30th never comes in Feb
    (date(2024, 3, 1), date(2026, 3, 1), 24),
    (date(2024, 3, 2), date(2026, 3, 1), 23),
    (date(2026, 3, 1), date(2026, 1, 1), -2),    # a hire date in the future
])
def test_months_between(start, end, months):
    assert months_between(start, end) == months


TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(("hired", "band"), [
    (date(2026, 6, 2), NEW),        # 5 months: under 6
    (date(2026, 6, 1), BETWEEN),    # exactly 6 months: no longer new
    (date(2024, 12, 2), BETWEEN),   # 23 months
    (date(2024, 12, 1), SEASONED),  # exactly 24 months: seasoned
    (date(2020, 1, 1), SEASONED),
    (date(2027, 1, 1), NEW),        # not started yet
])
def test_band_edges_with_the_default_settings(hired, band):
    assert tenure_band(hired, TODAY) == band


def test_band_edges_follow_the_settings():
    hired = date(2025, 12, 1)  # 12 months before TODAY
    assert tenure_band(hired, TODAY, new_months=12, seasoned_months=36) == BETWEEN
    assert tenure_band(hired, TODAY, new_months=13, seasoned_months=36) == NEW
    assert tenure_band(hired, TODAY, new_months=3, seasoned_months=12) == SEASONED
    assert tenure_band(hired, TODAY, new_months=3, seasoned_months=13) == BETWEEN


def test_no_hire_date_is_unknown_and_today_defaults_to_the_real_day():
    assert tenure_band(None, TODAY) == UNKNOWN
    assert tenure_band(date.today()) == NEW
    assert tenure_band(date(1990, 1, 1)) == SEASONED


# -- the reporting chain -------------------------------------------------------------------

def test_managers_of_someone_with_no_entry_and_a_long_loop():
    assert managers_of(9, {1: None}) == []
    assert managers_of(1, {1: 2, 2: 3, 3: 1}) == [2, 3]
    assert managers_of(1, {1: 1}) == []


def test_would_loop_edges():
    tree = {1: None, 2: 1, 3: 2}
    assert not would_loop(1, None, tree)
    assert not would_loop(None, None, tree)
    assert would_loop(1, 3, tree)       # 3 -> 2 -> 1, so 1 under 3 closes a loop
    assert not would_loop(3, 1, tree)   # 1 is above 3 already: no loop
    assert not would_loop(2, 9, tree)   # someone unknown manages nobody here


def test_find_loops_returns_each_loop_once_with_its_members():
    tree = {1: 2, 2: 3, 3: 1, 4: 1, 5: 6, 6: 5, 7: None, 8: 8}
    loops = find_loops(tree)
    assert sorted(sorted(loop) for loop in loops) == [[1, 2, 3], [5, 6], [8]]
    assert find_loops({1: None, 2: 1}) == []
    # the path into a loop is not part of it
    assert find_loops({4: 1, 1: 2, 2: 1}) == [[1, 2]]


def person(pid, name, manager=None, manager_email="", archived=False):
    return Participant(name=name, id=pid, manager_id=manager, manager_email=manager_email,
                       archived_on=date(2026, 1, 1) if archived else None)


def test_neutrality_names_everyone_below_sorted_and_skips_the_archived():
    people = [person(1, "Zoe"), person(2, "Bea", 1), person(3, "Al", 2),
              person(4, "Cy", 2, archived=True), person(5, "Di")]
    warnings = neutrality_warnings([Facilitator(name="", participant_id=1)], people)
    assert len(warnings) == 1
    assert warnings[0].facilitator_name == "Zoe"  # no name of their own: the participant's
    assert warnings[0].over == ("Al", "Bea")
    assert warnings[0].message() == (
        "Zoe has authority over 2 participants (Al, Bea). A facilitator should be neutral: "
        "choose someone who manages nobody in the program.")
    assert neutrality_warnings([Facilitator(name="Di", participant_id=5)], people) == []


def test_neutrality_of_an_outside_facilitator_by_email():
    people = [person(1, "Ana", manager_email="Boss@Example.org"), person(2, "Ben"),
              person(3, "Cat", manager_email="other@example.org")]
    warnings = neutrality_warnings([Facilitator(name="Boss", email="boss@example.org")], people)
    assert [(w.facilitator_name, w.over) for w in warnings] == [("Boss", ("Ana",))]
    assert warnings[0].message() == (
        "Boss has authority over 1 participant (Ana). A facilitator should be neutral: "
        "choose someone who manages nobody in the program.")
    assert neutrality_warnings([Facilitator(name="X", email="")], people) == []


def test_a_facilitator_known_only_by_id_outside_the_list_is_named_with_a_question_mark():
    """No name of their own and not among the participants (archived away, say), yet
    someone still reports to them: the warning names them "?"."""
    people = [person(1, "Ana", manager=99)]
    warnings = neutrality_warnings([Facilitator(name="", participant_id=99)], people)
    assert [(w.facilitator_name, w.over) for w in warnings] == [("?", ("Ana",))]
