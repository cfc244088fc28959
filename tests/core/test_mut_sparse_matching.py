"""The large-program matcher (core/matching.py, ``sparse_matching``) against a brute force.

The oracle is the heaviest set of disjoint candidate edges, found by trying every
matching of a small graph. On a bipartite graph the matcher's relaxation is exact (every
cycle of the assignment is even, and keeping the heavier half of each is optimal), so
there it must reach the optimum; on any graph it returns disjoint candidate edges, leaves
no candidate edge with both ends free, and reaches at least two thirds of the optimum
(the assignment is worth at least twice the optimum; a kept cycle at least a third).
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from matching_oracles import heaviest as best
from matching_oracles import run_sparse as run

from peerdesk.core.matching import sparse_matching


def check_valid(n: int, edges: dict[tuple[int, int], int], pairs: list[tuple[int, int]]) -> int:
    """Disjoint candidate edges, each once as (low, high), none addable; returns the weight."""
    used = [x for p in pairs for x in p]
    assert len(used) == len(set(used))
    assert all(0 <= x < n for x in used)
    assert all(a < b for a, b in pairs)
    assert pairs == sorted(pairs)
    weight = 0
    for a, b in pairs:
        assert (a, b) in edges or (b, a) in edges
        weight += edges.get((a, b), edges.get((b, a), 0))
    free = set(range(n)) - set(used)
    assert not [e for e in edges if e[0] in free and e[1] in free]
    return weight


@st.composite
def graphs(draw, bipartite: bool):
    n = draw(st.integers(2, 8))
    side = [draw(st.booleans()) for _ in range(n)]
    edges: dict[tuple[int, int], int] = {}
    for a in range(n):
        for b in range(a + 1, n):
            if bipartite and side[a] == side[b]:
                continue
            if draw(st.booleans()):
                pair = (a, b) if draw(st.booleans()) else (b, a)
                edges[pair] = draw(st.integers(1, 20))
    return n, edges


@settings(max_examples=150, deadline=None)
@given(graphs(bipartite=True))
def test_on_a_bipartite_graph_the_matching_is_a_heaviest_one(graph):
    n, edges = graph
    pairs = run(n, edges) if edges else sparse_matching(n, *(np.zeros(0, np.int64),) * 2,
                                                         np.zeros(0))
    assert check_valid(n, edges, pairs) == best(n, edges)


@settings(max_examples=150, deadline=None)
@given(graphs(bipartite=False))
def test_on_any_graph_the_matching_is_valid_maximal_and_within_two_thirds(graph):
    n, edges = graph
    if not edges:
        return
    weight = check_valid(n, edges, run(n, edges))
    assert weight >= Fraction(2, 3) * best(n, edges)


def test_nothing_to_match():
    empty = np.zeros(0, dtype=np.int64)
    assert sparse_matching(0, empty, empty, np.zeros(0)) == []
    assert sparse_matching(1, empty, empty, np.zeros(0)) == []
    assert sparse_matching(5, empty, empty, np.zeros(0)) == []
    one = np.array([0], dtype=np.int64)
    assert sparse_matching(1, one, one, np.ones(1)) == []


def test_named_graphs():
    assert run(2, {(1, 0): 3}) == [(0, 1)]
    # a square whose heavy sides are opposite: both heavy sides
    assert run(4, {(0, 1): 5, (1, 2): 1, (2, 3): 5, (3, 0): 1}) == [(0, 1), (2, 3)]
    assert run(4, {(0, 1): 1, (1, 2): 5, (2, 3): 1, (3, 0): 5}) == [(0, 3), (1, 2)]
    # a triangle: its heaviest side
    assert run(3, {(0, 1): 2, (1, 2): 3, (0, 2): 4}) == [(0, 2)]
    assert run(3, {(0, 1): 4, (1, 2): 3, (0, 2): 2}) == [(0, 1)]
    # a path of three edges: the two ends beat the middle
    assert run(4, {(0, 1): 3, (1, 2): 4, (2, 3): 3}) == [(0, 1), (2, 3)]
    # a five-cycle with a pendant: the cycle's two heaviest disjoint sides and the pendant
    five = {(0, 1): 6, (1, 2): 5, (2, 3): 6, (3, 4): 5, (4, 0): 1, (4, 5): 7}
    assert run(6, five) == [(0, 1), (2, 3), (4, 5)]
    # a hexagon with equal sides: three of them, alternate
    six = {(k, (k + 1) % 6): 2 for k in range(6)}
    pairs = run(6, six)
    assert len(pairs) == 3 and check_valid(6, six, pairs) == 6
