"""What a pairing run proved, and who has no skills, in words (core/pairing.py).

Expected sentences are written out here from the figures given (hundredths of a point),
in English; the gap and its share are worked out by hand.
"""

from __future__ import annotations

from datetime import date

from peerdesk.core.models import Participant, SkillLevel
from peerdesk.core.pairing import Result, missing_skills, proof_words
from peerdesk.core.rules import Context, Rules


def result(total: int, bound: int | None, exact: bool = False, unproven: str = "") -> Result:
    return Result(groups=[], unpaired=[], total=total, bound=bound, exact=exact,
                  unproven=unproven)


def test_the_quick_method_is_not_checked_against_a_bound():
    assert proof_words(result(1234, None)) == "not checked against a bound (the quick method)"
    assert proof_words(result(1234, None, exact=True), total=3) == (
        "not checked against a bound (the quick method)")


def test_optimal_is_said_only_of_an_exact_run_at_its_bound():
    words = ("optimal: no other pairing covers more recruits, makes more pairs, or scores "
             "more")
    assert proof_words(result(1250, 1250, exact=True)) == words
    assert proof_words(result(1250, 1250, exact=True), total=12.5) == words
    # at the bound, but not proven exact
    assert proof_words(result(1250, 1250)) == (
        "not proven optimal: at most 12.5 is possible, a gap of 0, 0.0%")


def test_a_gap_is_given_in_points_and_as_a_share_of_the_bound():
    assert proof_words(result(900, 1000)) == (
        "not proven optimal: at most 10 is possible, a gap of 1, 10.0%")
    assert proof_words(result(1000, 1600, exact=True)) == (
        "not proven optimal: at most 16 is possible, a gap of 6, 37.5%")
    assert proof_words(result(0, 0)) == "not proven optimal: at most 0 is possible, a gap of 0"


def test_the_level_not_proven_is_named():
    assert proof_words(result(900, 1000, unproven="total score")) == (
        "not proven optimal (the total score is not proven best): at most 10 is possible, "
        "a gap of 1, 10.0%")


def test_a_total_changed_by_hand_is_never_called_optimal():
    assert proof_words(result(1000, 1000, exact=True), total=9.0) == (
        "changed by hand since it was generated: at most 10 is possible, a gap of 1, 10.0%")
    # a hand change above the run's bound: no negative gap
    assert proof_words(result(1000, 1000, exact=True, unproven="total score"), total=11.0) == (
        "changed by hand since it was generated: at most 10 is possible, a gap of 0, 0.0%")


# -- people without skills ------------------------------------------------------------------

def person(pid: int, skills: bool, **kw: object) -> Participant:
    return Participant(name=f"P{pid}", id=pid, hire_date=date(2020, 1, 1),
                       skills=[SkillLevel("SQL", "teach", 2)] if skills else [], **kw)  # type: ignore[arg-type]


ADVICE = ("Their pairs are scored only on department, tenure, office and times, so many of "
          "them score the same and which one is chosen looks arbitrary. Ask them what they "
          "could teach and want to learn (the intake questions), then generate again.")


def test_nobody_without_skills_says_nothing():
    assert missing_skills(Context([person(1, True), person(2, True)], Rules())) == ""
    assert missing_skills(Context([], Rules())) == ""


def test_one_person_without_skills():
    ctx = Context([person(1, True), person(2, False), person(3, True)], Rules())
    assert missing_skills(ctx) == "1 person has no skills entered. " + ADVICE


def test_several_people_without_skills_are_counted_among_those_taking_part():
    people = [person(1, False), person(2, False), person(3, True), person(4, True),
              person(5, False, opted_in=False), person(6, False, archived_on=date(2026, 1, 1))]
    assert missing_skills(Context(people, Rules())) == (
        "2 of the 4 people have no skills entered. " + ADVICE)
    # only the ones not taking part lack skills: nothing to say
    assert missing_skills(Context(people[2:], Rules())) == ""
