"""Brute-force oracles for the matcher's tests (core/matching.py), from the raw inputs only.

Shared by the tests of ``sparse_matching`` and ``max_matching``: they try every matching
of a small graph, so they never call the code under test.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from peerdesk.core.matching import sparse_matching


def heaviest(n: int, edges: dict[tuple[int, int], float]) -> float:
    """The weight of a heaviest matching of people ``0..n-1`` over ``edges`` (either
    orientation), by trying every one (small n only)."""
    def go(free: frozenset[int]) -> float:
        if len(free) < 2:
            return 0
        a = min(free)
        rest = free - {a}
        out = go(rest)  # a stays single
        for b in rest:
            w = edges.get((a, b), edges.get((b, a)))
            if w is not None:
                out = max(out, w + go(rest - {b}))
        return out
    return go(frozenset(range(n)))


def run_sparse(n: int, edges: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """``sparse_matching`` over an edge dictionary, the edges in the dictionary's order."""
    keys = list(edges)
    ii = np.array([a for a, _ in keys], dtype=np.int64)
    jj = np.array([b for _, b in keys], dtype=np.int64)
    w = np.array([edges[k] for k in keys], dtype=np.float64)
    return sparse_matching(n, ii, jj, w)


def every_matching(n: int, allowed: np.ndarray) -> Iterator[list[tuple[int, int]]]:
    """Every set of disjoint allowed pairs ``(a, b)``, ``a < b``, of people ``0..n-1``."""
    def go(free: tuple[int, ...]) -> Iterator[list[tuple[int, int]]]:
        if len(free) < 2:
            yield []
            return
        a, rest = free[0], free[1:]
        yield from go(rest)
        for i, b in enumerate(rest):
            if allowed[a, b]:
                for more in go(rest[:i] + rest[i + 1:]):
                    yield [(a, b), *more]
    yield from go(tuple(range(n)))
