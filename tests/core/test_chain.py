from datetime import date

from peerdesk.core.chain import (
    find_loops,
    managers_of,
    neutrality_warnings,
    would_loop,
)
from peerdesk.core.models import Facilitator, Participant

# 1 is the boss of 2 and 3; 2 manages 4; 5 stands alone.
TREE = {1: None, 2: 1, 3: 1, 4: 2, 5: None}


def test_managers_nearest_first():
    assert managers_of(4, TREE) == [2, 1]
    assert managers_of(1, TREE) == []


def test_managers_stops_at_a_loop():
    assert managers_of(1, {1: 2, 2: 1}) == [2]


def test_would_loop():
    assert would_loop(1, 4, TREE)  # making 4 the boss of 1 closes 1 -> 4 -> 2 -> 1
    assert would_loop(2, 2, TREE)
    assert not would_loop(5, 4, TREE)
    assert not would_loop(None, 4, TREE)


def test_find_loops():
    loops = find_loops({1: 2, 2: 3, 3: 1, 4: 1, 5: None})
    assert len(loops) == 1 and sorted(loops[0]) == [1, 2, 3]
    assert find_loops(TREE) == []


def _people():
    return [Participant(id=i, name=f"P{i}", manager_id=m, email=f"p{i}@x.org") for i, m in TREE.items()]


def test_neutrality_names_everyone_below():
    warnings = neutrality_warnings([Facilitator(participant_id=2)], _people())
    assert len(warnings) == 1
    assert warnings[0].facilitator_name == "P2"
    assert warnings[0].over == ("P4",)
    assert "P4" in warnings[0].message()


def test_neutrality_deep_chain_and_archived_ignored():
    people = _people()
    people[3].archived_on = date(2026, 1, 1)  # P4 left
    warnings = neutrality_warnings([Facilitator(participant_id=1)], people)
    assert warnings[0].over == ("P2", "P3")


def test_neutral_facilitator_and_outside_manager():
    assert neutrality_warnings([Facilitator(participant_id=5)], _people()) == []
    people = [*_people(), Participant(id=9, name="Q", manager_email="boss@x.org")]
    warnings = neutrality_warnings([Facilitator(name="Boss", email="Boss@x.org")], people)
    assert warnings[0].over == ("Q",)


def test_a_loop_reached_through_a_tail_is_the_loop_only():
    # 1 reports to 2, 2 to 3, 3 back to 2: the loop is 2 and 3; 1 is only under it
    assert find_loops({1: 2, 2: 3, 3: 2}) == [[2, 3]]
    assert find_loops({5: 6, 6: 7, 7: 8, 8: 6, 9: None}) == [[6, 7, 8]]
    assert find_loops({1: 1}) == [[1]]
