"""The large-program matcher (core/matching.py ``sparse_matching``), swept deterministically.

A large program's pairs come from here, so what a facilitator gets is: pairs that exist
among the candidates, nobody twice, nobody left waiting beside a free candidate, and on a
bipartite candidate graph (recruits on one side, buddies on the other) the heaviest set of
pairs there is. The oracle tries every matching of a small graph, from the raw edge list.
Edges are handed in both orientations (``(b, a)`` for ``(a, b)``), as the candidate lists
of two people each name the other, and with weights that tie and weights that do not.
"""

from __future__ import annotations

import itertools
import random

from matching_oracles import heaviest
from matching_oracles import run_sparse as run


def weight(n: int, edges: dict[tuple[int, int], float], pairs: list[tuple[int, int]]) -> float:
    """Checks the pairs (each an edge, nobody twice, each as (low, high), in order, no edge
    left between two free people) and returns their weight."""
    used = [x for p in pairs for x in p]
    assert len(used) == len(set(used)), pairs
    assert all(0 <= a < b < n for a, b in pairs), pairs
    assert pairs == sorted(pairs)
    total = 0.0
    for a, b in pairs:
        assert (a, b) in edges or (b, a) in edges, (a, b)
        total += edges.get((a, b), edges.get((b, a), 0.0))
    free = set(range(n)) - set(used)
    assert not [e for e in edges if e[0] in free and e[1] in free], (pairs, edges)
    return total


def random_graph(seed: int, bipartite: bool) -> tuple[int, dict[tuple[int, int], float]]:
    rnd = random.Random(seed)
    n = rnd.randint(2, 9)
    side = [rnd.random() < 0.5 for _ in range(n)]
    density = rnd.choice([0.3, 0.5, 0.8, 1.0])
    values = rnd.choice([[1, 2, 3], [5], list(range(1, 40)), [1, 1, 7]])
    edges: dict[tuple[int, int], float] = {}
    for a, b in itertools.combinations(range(n), 2):
        if bipartite and side[a] == side[b]:
            continue
        if rnd.random() < density:
            edges[(a, b) if rnd.random() < 0.5 else (b, a)] = float(rnd.choice(values))
    return n, edges


def test_bipartite_candidates_get_the_heaviest_pairs():
    """Recruits on one side, buddies on the other: the relaxation is exact there."""
    for seed in range(300):
        n, edges = random_graph(seed, bipartite=True)
        if not edges:
            continue
        assert weight(n, edges, run(n, edges)) == heaviest(n, edges), (seed, edges)


def test_any_candidates_get_valid_pairs_at_least_two_thirds_of_the_best():
    for seed in range(300):
        n, edges = random_graph(1000 + seed, bipartite=False)
        if not edges:
            continue
        assert 3 * weight(n, edges, run(n, edges)) >= 2 * heaviest(n, edges), (seed, edges)


def test_edges_named_from_the_higher_number_are_found():
    """Each edge given as (high, low): the weight is looked up the other way round."""
    edges = {(3, 1): 5.0, (2, 0): 4.0, (3, 2): 1.0}
    assert run(4, edges) == [(0, 2), (1, 3)]
    edges = {(5, 4): 2.0, (3, 2): 2.0, (1, 0): 2.0, (4, 1): 1.0}
    assert run(6, edges) == [(0, 1), (2, 3), (4, 5)]
    # the edge with the highest key (last in the sorted look-up)
    edges = {(4, 3): 6.0, (1, 0): 6.0}
    assert run(5, edges) == [(0, 1), (3, 4)]


def test_an_odd_cycle_keeps_its_best_pairs():
    """A cycle of five or seven people, where the relaxation takes the whole cycle: the
    pairs kept are the heaviest of the cycle, whichever person is left out."""
    for length in (3, 5, 7):
        for seed in range(40):
            rnd = random.Random(seed * 10 + length)
            edges = {}
            for k in range(length):
                a, b = k, (k + 1) % length
                edges[(a, b) if rnd.random() < 0.5 else (b, a)] = float(rnd.randint(5, 9))
            pairs = run(length, edges)
            assert weight(length, edges, pairs) == heaviest(length, edges), (length, seed, edges)
            assert len(pairs) == length // 2


def test_people_left_over_are_paired_heaviest_first():
    """A triangle of strong pairs (10 each) is one of the relaxation's cycles, so one of
    its people is left out of it; two others can only pair with that person (1 and 2).
    The best is the triangle's pair and that person with the heavier of the two."""
    edges = {(0, 1): 10.0, (1, 2): 10.0, (2, 0): 10.0, (0, 3): 1.0, (4, 0): 2.0}
    assert heaviest(5, edges) == 12.0
    assert run(5, edges) == [(0, 4), (1, 2)]
    # two such triangles joined by one weak pair: that pair is made too (10 + 10 + 1)
    edges = {(0, 1): 10.0, (1, 2): 10.0, (2, 0): 10.0, (3, 4): 10.0, (5, 4): 10.0,
             (3, 5): 10.0, (3, 0): 1.0}
    assert heaviest(6, edges) == 21.0
    assert run(6, edges) == [(0, 3), (1, 2), (4, 5)]
    # two triangles, one person hanging on the left-out person of each: one pair only
    edges = {(0, 1): 10.0, (1, 2): 10.0, (2, 0): 10.0, (4, 5): 10.0, (5, 6): 10.0,
             (6, 4): 10.0, (0, 3): 2.0, (4, 3): 1.0}
    assert heaviest(7, edges) == 22.0
    assert run(7, edges) == [(0, 3), (1, 2), (5, 6)]


def rings(seed: int) -> tuple[int, dict[tuple[int, int], float]]:
    """Strong odd rings (three or five people) the relaxation keeps whole, a few people
    outside them, and weak pairs between rings and outsiders."""
    rnd = random.Random(seed)
    edges: dict[tuple[int, int], float] = {}
    n = 0
    for _ in range(rnd.randint(1, 3)):
        size = rnd.choice([3, 3, 5])
        for k in range(size):
            a, b = n + k, n + (k + 1) % size
            edges[(a, b) if rnd.random() < 0.5 else (b, a)] = float(rnd.choice([9, 10, 10]))
        n += size
    n += rnd.randint(0, 3)
    for a, b in itertools.combinations(range(n), 2):
        if (a, b) not in edges and (b, a) not in edges and rnd.random() < 0.25:
            edges[(a, b) if rnd.random() < 0.5 else (b, a)] = float(rnd.choice([1, 2, 3]))
    return n, edges


def test_rings_with_weak_pairs_around_them_give_valid_pairs_near_the_best():
    for seed in range(200):
        n, edges = rings(seed)
        got = weight(n, edges, run(n, edges))
        if n <= 11:
            assert 3 * got >= 2 * heaviest(n, edges), (seed, edges)


def test_an_even_cycle_keeps_a_whole_half():
    """A square or a hexagon whose halves weigh the same: two or three pairs, never fewer."""
    for edges, n in (({(0, 1): 3.0, (1, 2): 2.0, (2, 3): 3.0, (3, 0): 4.0}, 4),
                     ({(k, (k + 1) % 6): 1.0 + (k % 2) * 0 for k in range(6)}, 6),
                     ({(0, 1): 2.0, (1, 2): 3.0, (2, 3): 2.0, (3, 4): 1.0, (4, 5): 2.0,
                       (5, 0): 2.0}, 6)):
        pairs = run(n, edges)
        assert len(pairs) == n // 2, (edges, pairs)
        assert weight(n, edges, pairs) == heaviest(n, edges)


def test_a_ring_of_nine_equal_pairs_gets_four_pairs():
    """Nine people in a ring, each pair worth exactly 1 (the weight of a plain pair when
    every score is 0): four pairs, although a careless pick of (1, 2), (4, 5), (7, 8)
    would leave 0, 3 and 6 with nobody."""
    order = [(1, 2), (4, 5), (7, 8), (2, 3), (5, 6), (8, 0), (0, 1), (3, 4), (6, 7)]
    edges = {e: 1.0 for e in order}
    pairs = run(9, edges)
    assert len(pairs) == 4 and weight(9, edges, pairs) == heaviest(9, edges) == 4.0
