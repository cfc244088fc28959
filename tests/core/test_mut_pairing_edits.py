"""Changes by hand to a cycle's groups (core/pairing_edits.py), checked from the raw inputs.

Only the cross-department weight counts here (1 point, 100 hundredths, for two people
of different departments), so every expected score change is a count of mixed pairs
worked out by hand from the departments below, never by asking the module's scorer.
"""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.core.models import Participant
from peerdesk.core.pairing_edits import (
    Change,
    CycleGroup,
    move_plan,
    pair_up_plan,
    swap_plan,
)
from peerdesk.core.rules import Context, Options, Rules
from peerdesk.core.scoring import Weights

TODAY = date(2027, 3, 1)
SEASONED = date(2020, 1, 1)  # seven years before TODAY
NEW = date(2027, 1, 1)  # two months before TODAY
BETWEEN = date(2026, 1, 1)  # fourteen months

# id -> (name, department, hire date)
PEOPLE = {1: ("Ana", "Data", BETWEEN), 2: ("Bo", "Sales", BETWEEN),
          3: ("Cy", "Data", BETWEEN), 4: ("Di", "Data", BETWEEN),
          5: ("Ed", "Sales", BETWEEN), 6: ("Flo", "Ops", BETWEEN),
          7: ("Gus", "Data", SEASONED), 8: ("Hal", "Sales", NEW), 9: ("Ivy", "Ops", NEW)}
ONLY_DEPARTMENTS = Weights(skill=0, cross_department=1.0, tenure_gap=0, same_location=0,
                           availability=0, preference=0)


def context(rules: Rules | None = None, opted_out: tuple[int, ...] = ()) -> Context:
    people = []
    for pid, (name, dept, hired) in PEOPLE.items():
        p = Participant(name=name, id=pid, department=dept, hire_date=hired, capacity=2,
                        opted_in=pid not in opted_out)
        people.append(p)
    return Context(people, rules or Rules(), Options(weights=ONLY_DEPARTMENTS, today=TODAY))


def mixed(*members: int) -> int:
    """Hundredths of a peer group: 100 for every two members of different departments."""
    out = 0
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            out += 100 * (PEOPLE[a][1] != PEOPLE[b][1])
    return out


def groups() -> list[CycleGroup]:
    return [CycleGroup(10, [1, 2], {}), CycleGroup(11, [3, 4], {}), CycleGroup(12, [5, 6], {})]


# -- moving one person -------------------------------------------------------------------

def test_moving_someone_into_another_pair_scores_both_groups_as_they_become():
    plan = move_plan(context(), groups(), 1, 11)
    assert plan.change.allowed and plan.change.broken == []
    assert [(g.id, g.members) for g in plan.before] == [(10, [1, 2]), (11, [3, 4])]
    assert [(g.id, g.members) for g in plan.after] == [(10, [2]), (11, [3, 4, 1])]
    # Bo is left alone (no score), the trio Cy, Di, Ana is all Data (no score)
    assert plan.change.delta == -mixed(1, 2) - mixed(3, 4) + mixed(3, 4, 1) == -100
    assert plan.change.groups == [[3, 4, 1]]  # the group of one is not a group
    assert plan.change.describe() == "The total score drops by 1."


def test_moving_someone_into_a_pair_that_gains_a_mixed_link_raises_the_score():
    plan = move_plan(context(), groups(), 5, 11)  # Ed (Sales) joins Cy & Di (Data)
    assert plan.change.delta == -mixed(5, 6) + mixed(3, 4, 5) - mixed(3, 4) == 100
    assert plan.change.describe() == "The total score rises by 1."
    assert [g.members for g in plan.after] == [[6], [3, 4, 5]]


def test_moving_someone_out_of_every_group():
    plan = move_plan(context(), groups(), 2, None)
    assert [g.members for g in plan.before] == [[1, 2]]
    assert [g.members for g in plan.after] == [[1]]
    assert plan.change.delta == -100 and plan.change.groups == []
    assert plan.change.allowed


def test_moving_someone_in_no_group_into_a_pair():
    plan = move_plan(context(), [CycleGroup(10, [1, 3], {})], 2, 10)
    assert plan.before[0].members == [1, 3] and plan.after[0].members == [1, 3, 2]
    assert plan.change.delta == mixed(1, 3, 2) - mixed(1, 3) == 200
    assert plan.change.describe() == "The total score rises by 2."


def test_a_fourth_person_breaks_the_group_size_rule():
    three = [CycleGroup(10, [1, 2, 3], {}), CycleGroup(11, [4, 5], {})]
    plan = move_plan(context(), three, 4, 10)
    assert not plan.change.allowed
    assert plan.change.broken == [
        "A group can have at most 3 people (rule: pairs, trios, or a buddy with as many "
        "recruits as they can take)."]
    assert plan.change.describe() == plan.change.broken[0]


@pytest.mark.parametrize(("person", "target", "message"), [
    (1, 99, "That pair no longer exists."),
    (1, 10, "Ana is already in that pair."),
    (7, None, "Gus is not in a pair."),
])
def test_moves_that_make_no_sense_are_refused_with_the_reason(person, target, message):
    plan = move_plan(context(), groups(), person, target)
    assert plan.change.broken == [message]
    assert not plan.change.allowed
    assert plan.before == [] and plan.after == []


def test_a_person_without_a_name_is_called_by_number():
    plan = move_plan(context(), groups(), 42, None)
    assert plan.change.broken == ["#42 is not in a pair."]


def test_a_pinned_group_cannot_be_changed():
    pinned = [CycleGroup(10, [1, 2], {}, pinned=True), CycleGroup(11, [3, 4], {})]
    plan = move_plan(context(), pinned, 3, 10)
    assert plan.change.broken == [
        "Ana & Bo is pinned: unpin it first (rule: pinned pairs are kept as they are)."]
    plan = move_plan(context(), pinned, 1, 11)
    assert not plan.change.allowed


def test_a_repeated_pair_is_refused_once_with_the_cycle_named():
    rules = Rules(history={frozenset((3, 5)): "March"})
    plan = move_plan(context(rules), groups(), 5, 11)
    assert plan.change.broken == [
        "Cy and Ed were already paired in March (rule: no repeated pairs)."]
    # the same broken rule named by two groups is said once
    plan = swap_plan(context(rules), [CycleGroup(10, [3, 1], {}), CycleGroup(11, [5, 6], {})],
                     1, 5)
    assert plan.change.broken == [
        "Cy and Ed were already paired in March (rule: no repeated pairs)."]


def test_an_opted_out_person_cannot_be_moved_into_a_pair():
    ctx = context(opted_out=(1,))
    plan = move_plan(ctx, groups(), 1, 11)
    assert plan.change.broken == ["Ana has opted out of pairing."]


# -- the buddy of a new recruit ---------------------------------------------------------

def test_taking_the_buddy_away_warns_about_the_recruit_left_without_one():
    buddy = [CycleGroup(10, [7, 8], {7: "buddy", 8: "recruit"}), CycleGroup(11, [3, 4], {})]
    plan = move_plan(context(), buddy, 7, 11)
    assert plan.change.allowed
    assert plan.change.warnings == [
        "Hal (a new recruit) loses the seasoned buddy Gus and would have none."]
    # Gus & Hal (Data, Sales) scored 100; Cy, Di, Gus are all Data
    assert plan.change.delta == -100
    assert plan.change.describe() == (
        "Hal (a new recruit) loses the seasoned buddy Gus and would have none. "
        "The total score drops by 1.")


def test_only_the_recruit_who_loses_the_buddy_is_warned_about():
    buddy = [CycleGroup(10, [7, 8, 9], {7: "buddy", 8: "recruit", 9: "recruit"}),
             CycleGroup(11, [3, 4], {})]
    plan = move_plan(context(), buddy, 9, 11)
    # Hal keeps Gus; Ivy leaves him
    assert plan.change.warnings == [
        "Ivy (a new recruit) loses the seasoned buddy Gus and would have none."]
    # two recruits of one buddy do not count together: Gus-Hal 100 + Gus-Ivy 100 before
    assert plan.change.delta == -200 + 100 + (mixed(3, 4, 9) - mixed(3, 4))


def test_every_recruit_losing_the_buddy_is_named_in_name_order():
    buddy = [CycleGroup(10, [7, 9, 8], {7: "buddy", 8: "recruit", 9: "recruit"}),
             CycleGroup(11, [3, 4], {})]
    plan = move_plan(context(), buddy, 7, 11)
    assert plan.change.warnings == [
        "Hal (a new recruit) loses the seasoned buddy Gus and would have none.",
        "Ivy (a new recruit) loses the seasoned buddy Gus and would have none."]


def test_a_recruit_moved_to_another_seasoned_buddy_keeps_a_buddy():
    people = [CycleGroup(10, [7, 8], {7: "buddy", 8: "recruit"}), CycleGroup(11, [1], {})]
    plan = swap_plan(context(), people, 8, 1)  # Ana takes Hal's place beside Gus
    assert [g.members for g in plan.after] == [[7, 1], [8]]
    assert plan.change.warnings == [
        "Hal (a new recruit) loses the seasoned buddy Gus and would have none."]


# -- swapping two people ------------------------------------------------------------------

def test_a_swap_exchanges_two_people_and_their_roles():
    pairs = [CycleGroup(10, [7, 8], {7: "buddy", 8: "recruit"}),
             CycleGroup(11, [3, 9], {3: "peer", 9: "peer"})]
    plan = swap_plan(context(), pairs, 8, 9)
    assert [(g.id, g.members) for g in plan.after] == [(10, [7, 9]), (11, [3, 8])]
    assert plan.after[0].roles == {7: "buddy", 9: "recruit"}
    assert plan.after[1].roles == {3: "peer", 8: "peer"}
    # Gus-Hal 100 and Cy-Ivy 100 before; Gus-Ivy 100 and Cy-Hal 100 after
    assert plan.change.delta == 0
    # Ivy is Gus's recruit now; Hal, who had him, has none
    assert plan.change.describe() == (
        "Hal (a new recruit) loses the seasoned buddy Gus and would have none. "
        "The total score stays the same.")
    assert plan.change.groups == [[7, 9], [3, 8]]


def test_a_swap_that_changes_the_score():
    plan = swap_plan(context(), groups(), 2, 3)  # Ana & Cy (Data, Data), Bo & Di
    assert [g.members for g in plan.after] == [[1, 3], [4, 2]]
    assert plan.change.delta == mixed(1, 3) + mixed(4, 2) - mixed(1, 2) - mixed(3, 4) == 0
    plan = swap_plan(context(), groups(), 1, 6)  # Flo & Bo, Ed & Ana
    assert plan.change.delta == mixed(6, 2) + mixed(5, 1) - mixed(1, 2) - mixed(5, 6) == 0
    plan = swap_plan(context(), groups(), 2, 4)  # Ana & Di (Data), Cy & Bo
    assert plan.change.delta == mixed(1, 4) + mixed(3, 2) - 100 == 0
    plan = swap_plan(context(), [CycleGroup(10, [1, 2], {}), CycleGroup(11, [5, 3], {})], 1, 5)
    # Ed & Bo are both Sales, Ana & Cy both Data: 200 lost
    assert plan.change.delta == -200
    assert plan.change.describe() == "The total score drops by 2."


def test_swapping_with_someone_in_no_group_puts_them_in():
    plan = swap_plan(context(), groups(), 7, 1)  # Gus is in no group
    assert [g.members for g in plan.before] == [[1, 2]]
    assert [g.members for g in plan.after] == [[2, 7]]
    assert plan.change.delta == mixed(2, 7) - mixed(1, 2) == 0
    plan = swap_plan(context(), groups(), 1, 7)
    assert [g.members for g in plan.after] == [[2, 7]]


@pytest.mark.parametrize(("a", "b", "message"), [
    (7, 8, "Neither of them is in a pair: pair them up instead."),
    (1, 2, "Ana & Bo are already in the same pair."),
])
def test_swaps_that_make_no_sense_are_refused(a, b, message):
    plan = swap_plan(context(), groups(), a, b)
    assert plan.change.broken == [message]
    assert plan.before == plan.after == []


# -- a new pair ----------------------------------------------------------------------------

def test_two_people_in_no_group_make_a_new_pair():
    plan = pair_up_plan(context(), groups(), 7, 8, published=True)
    assert plan.before == []
    assert [(g.id, g.members, g.published, g.pinned) for g in plan.after] == [
        (None, [7, 8], True, False)]
    assert plan.change.delta == 100 and plan.change.allowed
    plan = pair_up_plan(context(), groups(), 7, 8, published=False)
    assert plan.after[0].published is False


def test_a_new_pair_of_one_person_or_of_people_already_paired_is_refused():
    assert pair_up_plan(context(), groups(), 7, 7, True).change.broken == [
        "Choose two different people."]
    assert pair_up_plan(context(), groups(), 1, 7, True).change.broken == [
        "Ana is already in a pair: move them instead."]
    assert pair_up_plan(context(), groups(), 1, 3, True).change.broken == [
        "Ana & Cy are already in a pair: move them instead."]
    assert pair_up_plan(context(), groups(), 1, 1, True).change.broken == [
        "Choose two different people."]


def test_a_new_pair_within_a_reporting_chain_is_refused():
    rules = Rules(manager_of={8: 7, 7: None})
    plan = pair_up_plan(context(rules), [], 7, 8, True)
    assert plan.change.broken == [
        "Gus is Hal's manager (rule: never pair within a reporting chain)."]
    assert plan.change.groups == [[7, 8]]


# -- what a change says ----------------------------------------------------------------------

def test_a_change_says_what_it_does_to_the_score_with_its_warnings_first():
    assert Change(delta=-150).describe() == "The total score drops by 1.5."
    assert Change(delta=25).describe() == "The total score rises by 0.25."
    assert Change().describe() == "The total score stays the same."
    assert Change(delta=5, warnings=["Careful."]).describe() == (
        "Careful. The total score rises by 0.05.")
    assert Change(delta=5, broken=["No.", "Never."]).describe() == "No. Never."
    assert Change().allowed and not Change(broken=["No."]).allowed
