"""The levelled matcher (core/matching.py ``max_matching``), swept deterministically.

The oracle tries every set of disjoint allowed pairs of a small program and keeps the best
by the levels a facilitator is promised, in order: most new recruits with a buddy (the
``cover`` pairs), then most pairs, then the highest total. Instances are drawn so that
the quick rounding of the relaxation is often not enough (odd rings of strong pairs,
ties, a few weak links), which is when the proof step has to find the optimum.

- With the proof step on (the default), a small program is always solved and proven:
  the best levels, its bound equal to its score, its value equal to its proven top.
- With the proof step off (``exact_edges=0``), what it reports is still true: a bound at
  least every as-good matching's score, "proven" only when it is the optimum, nobody
  waiting beside a free partner; and where the relaxation is exact (a bipartite program,
  every group of people who can be paired even in number) it is still the optimum.
"""

from __future__ import annotations

import itertools
import random

import numpy as np
from matching_oracles import every_matching

from peerdesk.core.matching import max_matching


def levels(pairs, scores, cover) -> tuple[int, int, int]:
    covered = 0 if cover is None else sum(bool(cover[a, b]) for a, b in pairs)
    return covered, len(pairs), sum(int(scores[a, b]) for a, b in pairs)


def symmetric(n: int, rnd: random.Random, values, density: float):
    scores = np.zeros((n, n), dtype=np.int64)
    allowed = np.zeros((n, n), dtype=bool)
    for a, b in itertools.combinations(range(n), 2):
        scores[a, b] = scores[b, a] = rnd.choice(values)
        allowed[a, b] = allowed[b, a] = rnd.random() < density
    return scores, allowed


def program(seed: int):
    """A small program: random pairs, or strong odd rings with weak links between them."""
    rnd = random.Random(seed)
    kind = seed % 3
    if kind == 0:
        n = rnd.randint(2, 9)
        scores, allowed = symmetric(n, rnd, rnd.choice([[0], [0, 100], [0, 50, 100, 300],
                                                        list(range(0, 500, 7))]),
                                    rnd.choice([0.3, 0.5, 0.8, 1.0]))
    else:
        sizes = [rnd.choice([3, 3, 5]) for _ in range(rnd.randint(1, 2))]
        n = min(10, sum(sizes) + rnd.randint(0, 2))
        scores = np.zeros((n, n), dtype=np.int64)
        allowed = np.zeros((n, n), dtype=bool)
        start = 0
        for size in sizes:
            ring = [start + k for k in range(size) if start + k < n]
            for a, b in zip(ring, ring[1:] + ring[:1], strict=True):
                if a != b:
                    allowed[a, b] = allowed[b, a] = True
                    scores[a, b] = scores[b, a] = rnd.choice([400, 450, 500])
            start += size
        for a, b in itertools.combinations(range(n), 2):
            if not allowed[a, b] and rnd.random() < (0.15 if kind == 1 else 0.35):
                allowed[a, b] = allowed[b, a] = True
                scores[a, b] = scores[b, a] = rnd.choice([0, 10, 100, 600])
    cover = None
    if rnd.random() < 0.5:
        cover = np.zeros((n, n), dtype=bool)
        for a, b in itertools.combinations(range(n), 2):
            cover[a, b] = cover[b, a] = rnd.random() < 0.25
    return scores, allowed, cover


def no_two_pairs_trade_up(m, scores, allowed, cover) -> None:
    """No two pairs could trade partners and do better on the levels."""
    cv = (lambda a, b: 0) if cover is None else (lambda a, b: int(cover[a, b]))
    for (a, b), (c, d) in itertools.combinations(m.pairs, 2):
        now = (cv(a, b) + cv(c, d), int(scores[a, b] + scores[c, d]))
        for (x, y), (z, t) in (((a, c), (b, d)), ((a, d), (b, c))):
            if allowed[x, y] and allowed[z, t]:
                assert (cv(x, y) + cv(z, t), int(scores[x, y] + scores[z, t])) <= now, m.pairs


def check_answer(m, scores, allowed, cover):
    """The pairs are allowed and disjoint, and the counts are theirs; returns their levels."""
    used = [x for p in m.pairs for x in p]
    assert len(used) == len(set(used)), m.pairs
    assert all(allowed[a, b] for a, b in m.pairs)
    got = levels(m.pairs, scores, cover)
    assert m.score == got[2]
    assert m.value == m.cover_weight * got[0] + m.pair_weight * got[1] + got[2]
    return got


def test_small_programs_are_solved_and_proven():
    needed_the_proof = 0
    for seed in range(240):
        scores, allowed, cover = program(seed)
        n = len(scores)
        m = max_matching(scores, allowed, cover=cover)
        got = check_answer(m, scores, allowed, cover)
        options = [levels(p, scores, cover) for p in every_matching(n, allowed)]
        best = max(options)
        assert got == best, (seed, got, best)
        assert m.proven and m.bound == m.score and m.top == m.value, seed
        # the proven top is the best levelled value there is
        assert m.top == max(m.cover_weight * c + m.pair_weight * k + s for c, k, s in options)
        quick = max_matching(scores, allowed, cover=cover, exact_edges=0)
        needed_the_proof += levels(quick.pairs, scores, cover) < best
    # the sweep reaches programs that the rounding alone does not solve
    assert needed_the_proof >= 5, needed_the_proof


def test_without_the_proof_what_is_reported_is_still_true():
    for seed in range(240):
        scores, allowed, cover = program(seed)
        n = len(scores)
        m = max_matching(scores, allowed, cover=cover, exact_edges=0)
        got = check_answer(m, scores, allowed, cover)
        options = [levels(p, scores, cover) for p in every_matching(n, allowed)]
        best = max(options)
        as_good = [s for c, k, s in options if (c, k) == got[:2]]
        assert m.bound >= max(as_good) and m.bound >= m.score, seed
        assert m.top >= max(m.cover_weight * c + m.pair_weight * k + s for c, k, s in options)
        if m.proven:
            assert got == best, (seed, got, best)
        no_two_pairs_trade_up(m, scores, allowed, cover)
        # nobody waits beside someone free they may be paired with
        used = {x for p in m.pairs for x in p}
        assert not any(allowed[a, b] for a, b in itertools.combinations(range(n), 2)
                       if a not in used and b not in used), seed


def bipartite_even(seed: int):
    """Two sides, every connected group of people even in number (a perfect pairing may
    still be impossible): the relaxation is exact here, so rounding alone is optimal."""
    rnd = random.Random(seed)
    while True:
        n = 2 * rnd.randint(1, 5)
        side = [k % 2 for k in range(n)]
        rnd.shuffle(side)
        scores, allowed = symmetric(n, rnd, [0, 100, 100, 200, 350], rnd.choice([0.4, 0.7, 1]))
        allowed &= np.not_equal.outer(side, side)
        # connected groups (searched here from the raw pairs), each even in number
        group = list(range(n))

        def find(x, group=group):
            while group[x] != x:
                x = group[x]
            return x

        for a, b in zip(*np.nonzero(allowed), strict=True):
            group[find(a)] = find(b)
        sizes: dict[int, int] = {}
        for x in range(n):
            if allowed[x].any():
                sizes[find(x)] = sizes.get(find(x), 0) + 1
        if sizes and all(s % 2 == 0 for s in sizes.values()):
            cover = None
            if rnd.random() < 0.5:
                cover = np.zeros((n, n), dtype=bool)
                for a, b in itertools.combinations(range(n), 2):
                    cover[a, b] = cover[b, a] = rnd.random() < 0.3
            return scores, allowed, cover


def test_where_the_relaxation_is_exact_rounding_alone_is_optimal():
    for seed in range(150):
        scores, allowed, cover = bipartite_even(seed)
        m = max_matching(scores, allowed, cover=cover, exact_edges=0)
        got = check_answer(m, scores, allowed, cover)
        best = max(levels(p, scores, cover) for p in every_matching(len(scores), allowed))
        assert got == best, (seed, got, best)
        assert m.proven and m.bound == m.score, seed


def test_a_ring_of_five_strong_pairs_and_a_newcomer():
    """Five people in a ring of strong pairs (500 each) and one more who can only pair with
    person 0 (score 0): three pairs beat two, so 0 takes the newcomer and the other four
    pair round the ring (1-2, 3-4)."""
    n = 6
    scores = np.zeros((n, n), dtype=np.int64)
    allowed = np.zeros((n, n), dtype=bool)
    for a, b in [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0)]:
        scores[a, b] = scores[b, a] = 500
        allowed[a, b] = allowed[b, a] = True
    allowed[0, 5] = allowed[5, 0] = True
    m = max_matching(scores, allowed)
    assert sorted(m.pairs) == [(0, 5), (1, 2), (3, 4)]
    assert m.score == 1000 and m.bound == 1000 and m.proven


def rings_on_a_hub(seed: int, cross: bool):
    """Two odd rings of people (three or five) whose pairs score differently, a hub person
    next to one member of each ring, and the hub's own partner (a strong pair, 600). The
    most pairs is one per two ring members and the hub pair, so the relaxation keeps each
    ring whole and the rounding must leave out the right member of each. With ``cross``,
    weak pairs (score 0) join the two rings too."""
    rnd = random.Random(seed)
    sizes = [rnd.choice([3, 5, 7]), rnd.choice([3, 5])]
    n = sum(sizes) + 2
    hub, partner = n - 2, n - 1
    scores = np.zeros((n, n), dtype=np.int64)
    allowed = np.zeros((n, n), dtype=bool)

    def join(a, b, score):
        allowed[a, b] = allowed[b, a] = True
        scores[a, b] = scores[b, a] = score

    start = 0
    rings = []
    for size in sizes:
        ring = list(range(start, start + size))
        rnd.shuffle(ring)
        values = rnd.sample(range(100, 500, 10), size)
        for k in range(size):
            join(ring[k], ring[(k + 1) % size], values[k])
        join(hub, ring[rnd.randrange(size)], 0)
        rings.append(ring)
        start += size
    join(hub, partner, 600)
    if cross:
        for a in rings[0]:
            for b in rings[1]:
                if rnd.random() < 0.3:
                    join(a, b, 0)
    cover = None
    if rnd.random() < 0.3:  # the hub pair is a recruit with a buddy
        cover = np.zeros((n, n), dtype=bool)
        cover[hub, partner] = cover[partner, hub] = True
    return scores, allowed, cover


def test_rings_on_a_hub_keep_each_rings_best_pairs_without_the_proof():
    for seed in range(60):
        scores, allowed, cover = rings_on_a_hub(seed, cross=False)
        n = len(scores)
        best = max(levels(p, scores, cover) for p in every_matching(n, allowed))
        for edges in (0, 800):
            m = max_matching(scores, allowed, cover=cover, exact_edges=edges)
            assert check_answer(m, scores, allowed, cover) == best, (seed, edges)
            assert m.bound >= m.score


def test_rings_with_weak_links_between_them():
    for seed in range(60):
        scores, allowed, cover = rings_on_a_hub(seed, cross=True)
        n = len(scores)
        options = [levels(p, scores, cover) for p in every_matching(n, allowed)]
        m = max_matching(scores, allowed, cover=cover)
        assert check_answer(m, scores, allowed, cover) == max(options), seed
        assert m.proven and m.bound == m.score
        quick = max_matching(scores, allowed, cover=cover, exact_edges=0)
        got = check_answer(quick, scores, allowed, cover)
        no_two_pairs_trade_up(quick, scores, allowed, cover)
        used = {x for p in quick.pairs for x in p}
        assert not any(allowed[a, b] for a, b in itertools.combinations(range(n), 2)
                       if a not in used and b not in used), seed
        assert quick.bound >= max(s for c, k, s in options if (c, k) == got[:2])


def test_when_every_score_is_zero_nobody_waits_beside_a_free_partner():
    """All scores 0 (a program with no skills, departments or offices entered): each pair
    is then worth exactly the pair constant, and the most pairs must still be made."""
    for seed in range(80):
        scores, allowed, _ = rings_on_a_hub(seed, cross=seed % 2 == 0)
        scores[:] = 0
        n = len(scores)
        best = max(levels(p, scores, None) for p in every_matching(n, allowed))
        for edges in (0, 800):
            m = max_matching(scores, allowed, exact_edges=edges)
            got = check_answer(m, scores, allowed, None)
            used = {x for p in m.pairs for x in p}
            assert not any(allowed[a, b] for a, b in itertools.combinations(range(n), 2)
                           if a not in used and b not in used), seed
            if edges:
                assert got == best


def test_separate_odd_groups_are_proven_without_the_proof_step():
    """People who can only be paired inside their own group of three: someone in each
    group must wait, and the matcher knows it from the groups alone, so its pairs (each
    group's best) are proven best even with the proof step off."""
    for seed in range(40):
        rnd = random.Random(seed)
        sizes = [3] * rnd.randint(2, 4)
        n = sum(sizes) + 1  # and one person nobody may pair with
        scores = np.zeros((n, n), dtype=np.int64)
        allowed = np.zeros((n, n), dtype=bool)
        order = list(range(n))
        rnd.shuffle(order)  # the groups' members spread over the list
        start = 0
        for size in sizes:
            group = order[start:start + size]
            for a, b in itertools.combinations(group, 2):
                allowed[a, b] = allowed[b, a] = True
                scores[a, b] = scores[b, a] = rnd.choice([0, 100, 250, 400])
            start += size
        best = max(levels(p, scores, None) for p in every_matching(n, allowed))
        m = max_matching(scores, allowed, exact_edges=0)
        assert check_answer(m, scores, allowed, None) == best, seed
        assert best[1] == sum(s // 2 for s in sizes)
        assert m.proven and m.bound == m.score, seed
