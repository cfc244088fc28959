"""The large-pool matcher (core/joint_sparse.py) on small pools, against a brute force.

``match_sparse`` works on any pool; on a small one each person's candidates are everyone,
so what it returns can be checked against every grouping: it keeps the allowed pairs and the
branch's rules (buddies in no peer pair, buddies with one recruit at most, recruit-buddy
pairs forbidden), its counts are its pairs' own, and its bound, read level by level, is at
least the best grouping's. ``large_bound`` states each level's bound on its own: recruits
with a buddy, pairs, and the score of any set of links, each at least what any grouping
reaches; ``_dual_cover`` covers every allowed pair (u_i + u_j >= score_ij).
"""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest
from test_mut_eng_joint import partitions, pool

from peerdesk.core.joint_sparse import _dual_cover, large_bound, match_sparse


def pair_groupings(scores, allowed, is_new, caps, no_peer=frozenset(), single=frozenset(),
                   forbid=frozenset()):
    """(recruits covered, pairs, score) of every grouping into buddy groups and pairs (no
    trios) that keeps the rules and the branch's rules."""
    link = lambda a, b: bool((is_new[a] and caps[b] > 0) or (is_new[b] and caps[a] > 0))  # noqa: E731
    out = []
    for part in partitions(list(range(len(scores)))):
        total = [0, 0, 0]
        for block in part:
            if len(block) == 1:
                continue
            if any(not allowed[a, b] for a, b in itertools.combinations(block, 2)):
                break
            if len(block) == 2:
                a, b = block
                if link(a, b):
                    s, r = (b, a) if is_new[a] and caps[b] > 0 else (a, b)
                    if (r, s) in forbid:
                        break
                    total = [total[0] + 1, total[1] + 1, total[2] + int(scores[a, b])]
                else:
                    if a in no_peer or b in no_peer:
                        break
                    total = [total[0], total[1] + 1, total[2] + int(scores[a, b])]
                continue
            readings = []
            for s in block:
                rs = [r for r in block if r != s]
                if (caps[s] >= len(rs) and s not in single and all(is_new[r] for r in rs)
                        and not any((r, s) in forbid for r in rs)):
                    readings.append((len(rs), len(rs), sum(int(scores[r, s]) for r in rs)))
            if not readings:
                break
            best = max(readings)
            total = [x + y for x, y in zip(total, best, strict=True)]
        else:
            out.append(tuple(total))
    return out


def levels_of(top, m):
    covered, rest = divmod(int(top), int(m.cover_weight))
    pairs, score = divmod(rest, int(m.pair_weight))
    return covered, pairs, score


def branch_rules(seed, is_new, caps, allowed):
    rnd = random.Random(seed)
    buddies = [int(b) for b in np.nonzero(caps > 0)[0]]
    recruits = [int(r) for r in np.nonzero(is_new)[0]]
    no_peer = frozenset(b for b in buddies if rnd.random() < 0.3)
    single = frozenset(b for b in buddies if caps[b] > 1 and rnd.random() < 0.3)
    forbid = frozenset((r, b) for r in recruits for b in buddies
                       if allowed[r, b] and rnd.random() < 0.2)
    return no_peer, single, forbid


@pytest.mark.parametrize("with_rules", [False, True])
def test_match_sparse_on_small_pools_against_every_grouping(with_rules):
    for seed in range(150):
        scores, allowed, is_new, caps = pool(seed, 2, 7)
        rules = branch_rules(seed, is_new, caps, allowed) if with_rules else (
            frozenset(), frozenset(), frozenset())
        no_peer, single, forbid = rules
        m, recruits_of, peer_of = match_sparse((scores, allowed, is_new, caps), lambda: None,
                                               *rules)
        covered = sum(len(rs) for rs in recruits_of.values())
        seen: set[int] = set()
        total = 0
        for s, rs in recruits_of.items():
            assert caps[s] > 0 and len(rs) <= caps[s]
            if s in single:
                assert len(rs) == 1
            for r in rs:
                assert is_new[r] and allowed[r, s] and (r, s) not in forbid
                total += int(scores[r, s])
            assert not seen & set(rs)
            seen.update(rs)
        for a, b in peer_of.items():
            assert peer_of[b] == a and allowed[a, b]
            assert a not in no_peer
            assert not ((is_new[a] and caps[b] > 0) or (is_new[b] and caps[a] > 0))
            assert a not in seen
            total += int(scores[a, b]) if a < b else 0
        links = covered + len(peer_of) // 2
        assert m.score == total
        assert m.value == m.cover_weight * covered + m.pair_weight * links + total
        assert m.bound >= m.score and m.top >= m.value
        every = pair_groupings(scores, allowed, is_new, caps, *rules)
        # the bound holds for the whole problem, so for the branch as well
        assert levels_of(m.top, m) >= max(every), seed
        whole = pair_groupings(scores, allowed, is_new, caps)
        assert levels_of(m.top, m) >= max(whole), seed
        assert m.bound >= max(v[2] for v in whole), seed


def test_large_bound_bounds_each_level_on_its_own():
    """Weights far apart (10**9, 10**6) so the three bounds can be read back one by one;
    with the engine's own weights the sum is still a bound of every grouping's value."""
    for seed in range(200):
        scores, allowed, is_new, caps = pool(seed, 2, 7)
        top, score = large_bound((scores, allowed, is_new, caps), lambda: None, 1e6, 1e9)
        every = pair_groupings(scores, allowed, is_new, caps)
        covered, rest = divmod(int(top), 10**9)
        links, rest = divmod(rest, 10**6)
        assert rest == score
        assert covered >= max(v[0] for v in every), seed
        assert links >= max(v[1] for v in every), seed
        assert score >= max(v[2] for v in every), seed
        n = len(scores)
        big = float(scores.max()) * (n // 2 + 1) + 1.0
        huge = (big + float(scores.max())) * (n // 2 + 1) + 1.0
        top, _ = large_bound((scores, allowed, is_new, caps), lambda: None, big, huge)
        assert top >= max(huge * c + big * g + s for c, g, s in every), seed


def test_large_bound_of_a_pool_with_no_recruits_or_nobody_allowed():
    scores = np.full((4, 4), 100, dtype=np.int32)
    np.fill_diagonal(scores, 0)
    allowed = ~np.eye(4, dtype=bool)
    none = np.zeros(4, dtype=bool)
    top, score = large_bound((scores, allowed, none, np.zeros(4, dtype=np.int64)),
                             lambda: None, 1000.0, 10_000.0)
    assert top == 1000.0 * 2 + score and score >= 200
    top, score = large_bound((scores, np.zeros((4, 4), dtype=bool), none,
                              np.zeros(4, dtype=np.int64)), lambda: None, 1000.0, 10_000.0)
    assert (top, score) == (0.0, 0)


def test_large_bound_counts_the_links_a_buddy_may_have():
    """Buddy 0 may take three recruits (1, 2, 3), each scoring 100 with them: three links."""
    scores = np.zeros((4, 4), dtype=np.int32)
    scores[0, 1:] = scores[1:, 0] = 100
    allowed = scores > 0
    is_new = np.array([False, True, True, True])
    caps = np.array([3, 0, 0, 0], dtype=np.int64)
    top, score = large_bound((scores, allowed, is_new, caps), lambda: None, 1e6, 1e9)
    assert 300 <= score < 10**6
    assert divmod(int(top), 10**9)[0] == 3  # three recruits may have a buddy
    assert divmod(int(top) % 10**9, 10**6)[0] == 3  # and three pairs be made


@pytest.mark.parametrize("n", [5, 60, 300])
def test_dual_cover_covers_every_allowed_pair(n):
    rnd = np.random.default_rng(n)
    scores = rnd.integers(0, 500, size=(n, n)).astype(np.int32)
    scores = np.triu(scores, 1)
    scores = scores + scores.T
    allowed = np.triu(rnd.random((n, n)) < 0.6, 1)
    allowed = allowed | allowed.T
    best = np.where(allowed, scores, 0).max(axis=1, initial=0).astype(np.float64)
    links_of = np.where(rnd.random(n) < 0.2, 2.0, 1.0)
    u = _dual_cover(scores, allowed, best, links_of, lambda: None)
    need = u[:, None] + u[None, :] - scores
    assert (need[allowed] >= -1e-9).all()
    assert (u >= 0).all() and (u <= best).all()
