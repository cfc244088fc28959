"""Pinned groups and the progress a pairing run reports (core/pairing.py ``generate``).

Every expectation comes from the people as written here: who is archived, who is pinned
twice, who is whose manager, which roles a pinned group was given.
"""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.core.models import Participant
from peerdesk.core.pairing import PairingCancelled, generate
from peerdesk.core.rules import Options, Rules

TODAY = date(2027, 3, 1)


def people() -> list[Participant]:
    return [Participant("Ana", id=1, hire_date=date(2015, 1, 1), department="Data", capacity=2),
            Participant("Bo", id=2, hire_date=date(2027, 1, 1), department="Sales"),
            Participant("Cy", id=3, hire_date=date(2026, 1, 1), department="Ops"),
            Participant("Di", id=4, hire_date=date(2026, 1, 1), department="Data"),
            Participant("Ed", id=5, hire_date=date(2026, 1, 1), department="Sales"),
            Participant("Flo", id=6, hire_date=date(2026, 1, 1), department="Ops",
                        archived_on=date(2026, 12, 1))]


OPTIONS = Options(today=TODAY)


def test_the_run_reports_each_step_out_of_four_and_ends_done():
    calls: list[tuple[int, int, str]] = []
    generate(people(), Rules(), OPTIONS, progress=lambda *a: calls.append(a) or True)
    assert calls[0] == (0, 4, "Scoring every possible pair")
    assert calls[-1] == (4, 4, "Done")
    assert all(total == 4 for _, total, _ in calls)
    done = [d for d, _, _ in calls]
    assert done == sorted(done)
    steps = {(d, text) for d, _, text in calls}
    assert {(1, "Pairing new recruits with buddies, and everyone else"),
            (2, "Placing anyone left over"), (3, "Explaining each pair")} <= steps


def test_a_progress_that_answers_false_cancels():
    with pytest.raises(PairingCancelled):
        generate(people(), Rules(), OPTIONS, progress=lambda *a: False)
    seen = []

    def stop_at_two(done, total, text):
        seen.append(done)
        return done < 2

    with pytest.raises(PairingCancelled):
        generate(people(), Rules(), OPTIONS, progress=stop_at_two)
    assert seen[-1] == 2


def test_a_pinned_group_is_kept_with_the_roles_it_was_given():
    roles = {1: "buddy", 2: "recruit", 3: "peer"}
    result = generate(people(), Rules(), OPTIONS, pins=[(1, 2, 3)],
                      pin_roles={(1, 2, 3): roles})
    pinned = [g for g in result.groups if g.pinned]
    assert len(pinned) == 1
    assert pinned[0].kind == "buddy" and pinned[0].roles == roles
    assert pinned[0].members == [1, 2, 3]
    assert result.notes == []
    # without the roles, a seasoned person, a recruit and someone in between are peers
    plain = generate(people(), Rules(), OPTIONS, pins=[(1, 2, 3)])
    assert [g.kind for g in plain.groups if g.pinned] == ["peer"]


def test_a_pinned_group_with_someone_archived_is_released_with_a_note():
    result = generate(people(), Rules(), OPTIONS, pins=[(4, 6)])
    assert not any(g.pinned for g in result.groups)
    assert result.notes == ["The pinned group Di, Flo was released: fewer than two of them "
                            "are still in the program."]
    gone = generate(people(), Rules(), OPTIONS, pins=[(4, 99)])
    assert gone.notes == ["The pinned group Di, #99 was released: fewer than two of them "
                          "are still in the program."]


def test_someone_pinned_twice_stays_in_the_first_group():
    result = generate(people(), Rules(), OPTIONS, pins=[(3, 4), (4, 5)])
    assert [g.members for g in result.groups if g.pinned] == [[3, 4]]
    assert result.notes == ["The pinned group Di, Ed was released: Di is already pinned "
                            "with Cy."]
    # a pin that keeps two of its three people stays, without the one taken
    result = generate(people(), Rules(), OPTIONS, pins=[(3, 4), (4, 5, 2)])
    assert [g.members for g in result.groups if g.pinned] == [[3, 4], [5, 2]]
    assert result.notes == []


def test_a_pinned_group_that_breaks_a_rule_is_kept_and_named():
    rules = Rules(manager_of={4: 3}, history={frozenset((4, 5)): "Spring"})
    result = generate(people(), rules, OPTIONS, pins=[(3, 4)])
    assert [g.members for g in result.groups if g.pinned] == [[3, 4]]
    assert result.notes == ["The pinned group Cy, Di is kept although it breaks a rule: "
                            "Cy is Di's manager (rule: never pair within a reporting chain)."]
    result = generate(people(), rules, OPTIONS, pins=[(5, 4)])
    assert result.notes == ["The pinned group Ed, Di is kept although it breaks a rule: "
                            "Ed and Di were already paired in Spring (rule: no repeated "
                            "pairs)."]
