"""The levelled matching (core/matching.py ``max_matching``) against a brute force.

The oracle tries every set of disjoint allowed pairs of a small graph and keeps the best
by the three levels in order: most covered pairs, then most pairs, then the highest total.
The matcher must reach it, and what it says it proved must be true: its bound is above
the score of every matching as good on the first two levels, and a run it calls proven
is one the brute force cannot beat."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from matching_oracles import every_matching

from peerdesk.core.matching import max_matching


def levels(pairs, scores, cover) -> tuple[int, int, int]:
    covered = sum(bool(cover[a, b]) for a, b in pairs) if cover is not None else 0
    return covered, len(pairs), sum(int(scores[a, b]) for a, b in pairs)


@st.composite
def problems(draw):
    n = draw(st.integers(0, 7))
    scores = np.zeros((n, n), dtype=np.int64)
    allowed = np.zeros((n, n), dtype=bool)
    cover = np.zeros((n, n), dtype=bool)
    for a in range(n):
        for b in range(a + 1, n):
            if draw(st.booleans()):
                allowed[a, b] = allowed[b, a] = True
            scores[a, b] = scores[b, a] = draw(st.integers(0, 9))
            cover[a, b] = cover[b, a] = draw(st.integers(0, 3)) == 0
    use_cover = draw(st.booleans())
    return scores, allowed, (cover if use_cover else None)


@settings(max_examples=200, deadline=None)
@given(problems())
def test_the_matching_is_the_best_on_every_level_and_its_bound_is_true(problem):
    scores, allowed, cover = problem
    n = len(scores)
    m = max_matching(scores, allowed, cover=cover)
    used = [x for p in m.pairs for x in p]
    assert len(used) == len(set(used))
    assert all(allowed[a, b] for a, b in m.pairs)
    assert m.score == sum(int(scores[a, b]) for a, b in m.pairs)
    options = [levels(p, scores, cover) for p in every_matching(n, allowed)]
    best = max(options)
    assert levels(m.pairs, scores, cover) == best
    as_good = [s for c, k, s in options if (c, k) == best[:2]]
    assert m.bound >= max(as_good) and m.bound >= m.score
    assert m.top >= m.value


@settings(max_examples=100, deadline=None)
@given(problems())
def test_the_quick_method_is_a_valid_maximal_matching_scored_as_it_is(problem):
    scores, allowed, cover = problem
    m = max_matching(scores, allowed, greedy=True, cover=cover)
    used = {x for p in m.pairs for x in p}
    assert len(used) == 2 * len(m.pairs)
    assert all(allowed[a, b] for a, b in m.pairs)
    n = len(scores)
    assert not any(allowed[a, b] for a in range(n) for b in range(a + 1, n)
                   if a not in used and b not in used)
    assert m.bound == m.score == sum(int(scores[a, b]) for a, b in m.pairs)
    assert m.value == m.top
