""""People I'd like to learn from" adds to a pair's score, says so, and never beats a rule."""

from datetime import date

import numpy as np

from peerdesk.core.models import Participant
from peerdesk.core.scoring import Weights, breakdown, make_profile, pair_units, score_matrix


def _people():
    a = Participant("Ana", id=1, department="Sales", learn_from=[3])
    b = Participant("Ben", id=2, department="Sales")
    c = Participant("Cy", id=3, department="Sales", hire_date=date(2020, 1, 1))
    d = Participant("Di", id=4, department="Sales", learn_from=[1])
    return [a, b, c, d]


def test_preference_adds_to_the_score_and_says_why():
    profiles = [make_profile(p, "") for p in _people()]
    w = Weights()
    parts = breakdown(profiles[0], profiles[2], w)
    assert (150, "Ana asked to learn from Cy") in parts
    assert breakdown(profiles[0], profiles[1], w) == []
    # Both ways: each asked counts once.
    both = breakdown(profiles[0], profiles[3], w)
    assert [t for _, t in both] == ["Di asked to learn from Ana"]
    matrix = score_matrix(profiles, w)
    for i in range(4):
        for j in range(4):
            if i != j:
                assert matrix[i, j] == pair_units(profiles[i], profiles[j], w)
    assert np.array_equal(matrix, matrix.T)


def test_weight_zero_turns_it_off():
    profiles = [make_profile(p, "") for p in _people()]
    w = Weights.from_mapping({"preference": 0})
    assert breakdown(profiles[0], profiles[2], w) == []
    assert score_matrix(profiles, w).sum() == 0


def test_a_preference_never_overrides_a_hard_rule():
    from peerdesk.core.pairing import generate
    from peerdesk.core.rules import Options, Rules

    people = _people()
    people[3].learn_from = []
    free = generate(people, Rules(), Options(today=date(2027, 1, 1)))
    assert {1, 3} in [set(g.members) for g in free.groups]  # the wish decides, unhindered
    assert any("Ana asked to learn from Cy" in r for g in free.groups for r in g.reasons)
    people[2].manager_id = 1  # Cy reports to Ana: the wish meets a hard rule
    rules = Rules(manager_of={p.id: p.manager_id for p in people})
    result = generate(people, rules, Options(today=date(2027, 1, 1)))
    assert {1, 3} not in [set(g.members) for g in result.groups]
