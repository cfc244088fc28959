"""Trios (core/joint_trios.py ``join_trios``) against a brute force over every way to join.

From the raw inputs only: a person in no group may join one two-person group whose two
members are both allowed partners of theirs, one joiner a group; the most joined first,
then the highest gain (the joiner's scores with the pair's two members). The bound the
module states: any pairing as good places at most as many, each gaining at most the sum of
their two best allowed partners, so the bound is the largest such sums, as many as joined.
"""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from peerdesk.core.joint_trios import join_trios


def instance(seed: int):
    rnd = random.Random(seed)
    n = rnd.randint(3, 9)
    people = list(range(n))
    rnd.shuffle(people)
    groups: list[list[int]] = []
    while len(people) >= 2 and rnd.random() < 0.75:
        size = rnd.choice([2, 2, 2, 3])
        if len(people) < size:
            break
        groups.append([people.pop() for _ in range(size)])
    scores = np.zeros((n, n), dtype=np.int32)
    allowed = np.zeros((n, n), dtype=bool)
    density = rnd.choice([0.4, 0.7, 1.0])
    for a, b in itertools.combinations(range(n), 2):
        scores[a, b] = scores[b, a] = rnd.choice([0, 50, 100, 150, 300])
        allowed[a, b] = allowed[b, a] = rnd.random() < density
    return groups, scores, allowed


def best_joining(groups, scores, allowed):
    """(joined, gain) of the best way to join, tried every way."""
    n = len(scores)
    used = {i for g in groups for i in g}
    left = [i for i in range(n) if i not in used]
    twos = [g for g in groups if len(g) == 2]
    best = (0, 0)

    def go(k: int, free: frozenset[int], count: int, gain: int) -> None:
        nonlocal best
        best = max(best, (count, gain))
        if k == len(left):
            return
        x = left[k]
        go(k + 1, free, count, gain)
        for c in free:
            a, b = twos[c]
            if allowed[x, a] and allowed[x, b]:
                go(k + 1, free - {c}, count + 1, gain + int(scores[x, a]) + int(scores[x, b]))

    go(0, frozenset(range(len(twos))), 0, 0)
    return best


def stated_bound(count, scores, allowed):
    """The largest ``count`` sums of each person's two best allowed partners."""
    sums = []
    for i in range(len(scores)):
        mine = sorted((int(scores[i, j]) for j in range(len(scores)) if allowed[i, j]),
                      reverse=True)
        sums.append(sum(mine[:2]))
    return sum(sorted(sums, reverse=True)[:count])


def check(groups, scores, allowed, greedy):
    before = [list(g) for g in groups]
    n = len(scores)
    stay, joined, gain, bound = join_trios(groups, scores, allowed, greedy)
    used = {i for g in before for i in g}
    left = [i for i in range(n) if i not in used]
    twos_before = [g for g in before if len(g) == 2]
    twos_after = [g for g, b in zip(groups, before, strict=True) if len(b) == 2]
    # whoever joined is appended to that group, in place, and nobody else moved
    for g, b in zip(groups, before, strict=True):
        assert g[:len(b)] == b and len(g) - len(b) <= (1 if len(b) == 2 else 0)
    assert sorted(stay + list(joined)) == left
    assert stay == [i for i in left if i not in joined]  # in the order they came
    made = 0
    for x, c in joined.items():
        assert twos_after[c] == [*twos_before[c], x]
        a, b = twos_before[c]
        assert allowed[x, a] and allowed[x, b]
        made += int(scores[x, a]) + int(scores[x, b])
    assert gain == made
    count, top = best_joining(before, scores, allowed)
    if not greedy:
        assert (len(joined), gain) == (count, top)
    else:  # greedy: nobody left who could still join a pair nobody joined
        free = [c for c in range(len(twos_before)) if c not in joined.values()]
        for x in stay:
            for c in free:
                a, b = twos_before[c]
                assert not (allowed[x, a] and allowed[x, b]), (x, twos_before[c])
    if joined:
        assert bound == max(gain, stated_bound(len(joined), scores, allowed))
    else:
        assert bound == 0 and gain == 0
    return len(joined)


@pytest.mark.parametrize("greedy", [False, True])
def test_join_trios_against_every_way_to_join(greedy):
    counts = [check(*instance(seed), greedy) for seed in range(300)]
    assert sum(c > 0 for c in counts) > 50 and max(counts) >= 2


def test_nobody_left_over():
    scores = np.array([[0, 5], [5, 0]], dtype=np.int32)
    allowed = np.array([[False, True], [True, False]])
    assert join_trios([[0, 1]], scores, allowed, False) == ([], {}, 0, 0)


def test_no_pair_to_join_leaves_everyone_with_no_bound():
    """Three people, one trio made already elsewhere: the fourth has no two-person group."""
    scores = np.full((4, 4), 100, dtype=np.int32)
    allowed = ~np.eye(4, dtype=bool)
    stay, joined, gain, bound = join_trios([[0, 1, 2]], scores, allowed, False)
    assert (stay, joined, gain, bound) == ([3], {}, 0, 0)


def test_three_people_bound_takes_each_ones_two_best_partners():
    """0 and 1 paired; 2 joins them. Each person's two allowed partners are the other two,
    so the bound for one joiner is the largest pair of sums: 1's (300 + 200)."""
    scores = np.array([[0, 300, 100], [300, 0, 200], [100, 200, 0]], dtype=np.int32)
    allowed = ~np.eye(3, dtype=bool)
    stay, joined, gain, bound = join_trios([[0, 1]], scores, allowed, False)
    assert stay == [] and joined == {2: 0} and gain == 300
    assert bound == 500


def test_a_partner_not_allowed_does_not_count_toward_the_bound():
    """Four people: 0-1 paired, 2 joins; 3 is allowed with nobody. 1's best allowed partners
    are 0 (300) and 2 (200): 500, though 1 scores 900 with 3, who is not allowed."""
    scores = np.array([[0, 300, 100, 0], [300, 0, 200, 900], [100, 200, 0, 0],
                       [0, 900, 0, 0]], dtype=np.int32)
    allowed = np.array([[0, 1, 1, 0], [1, 0, 1, 0], [1, 1, 0, 0], [0, 0, 0, 0]], dtype=bool)
    stay, joined, gain, bound = join_trios([[0, 1]], scores, allowed, False)
    assert stay == [3] and joined == {2: 0} and gain == 300 and bound == 500
