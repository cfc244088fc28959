"""The joint matching of a large pool (over :data:`~peerdesk.core.joint.DENSE_LIMIT`
people): each person's best candidates only, solved as a sparse problem, and a bound of
every level at once that holds for the whole problem.

:class:`peerdesk.core.joint.Core` calls it with its arrays (scores, the rules mask, who
is a new recruit, each buddy's capacity) and the rules of the branch it is solving.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from peerdesk.core.matching import Matching, sparse_matching

__all__ = ["Arrays", "Found", "large_bound", "match_sparse"]

# The pool as the matching sees it: scores, the rules mask, who is a new recruit, and how
# many recruits each buddy may take
Arrays = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]
# A matching, each buddy's recruits, and each peer's partner
Found = tuple[Matching, dict[int, list[int]], dict[int, int]]


def match_sparse(arrays: Arrays, check: Callable[[], object], no_peer: frozenset[int],
                 single: frozenset[int], forbid: frozenset[tuple[int, int]],
                 k: int = 12) -> Found:
    """The large-program matching: each person's ``k`` best allowed partners (a buddy
    who may take several recruits keeps that many per recruit it may take), solved as
    a sparse problem; the bound comes from :func:`large_bound`."""
    scores, allowed, is_new, caps = arrays
    n = len(scores)
    buddy = caps > 0
    smax = float(scores.max(initial=0))
    big = smax * (n // 2 + 1) + 1.0
    huge = (big + smax) * (n // 2 + 1) + 1.0
    blocked = np.zeros(n, dtype=bool)
    blocked[list(no_peer)] = True
    forbidden: dict[int, set[int]] = {}
    for r, sb in forbid:
        forbidden.setdefault(sb, set()).add(r)
    ii_parts, jj_parts = [], []
    copies: list[tuple[int, np.ndarray]] = []  # (buddy, its best recruits)
    recruit_ids = np.nonzero(is_new)[0]
    wide = int(caps.max(initial=1)) * k
    step = max(1, 2_000_000 // max(n, 1))
    for lo in range(0, n, step):
        check()
        rows = np.arange(lo, min(n, lo + step))
        key = np.where(allowed[rows], scores[rows], np.int32(-1))
        cov = np.outer(is_new[rows], buddy)
        cov |= np.outer(buddy[rows], is_new)
        cov &= key >= 0
        np.add(key, np.int32(1 << 30), out=key, where=cov)  # scores stay far below 2**30
        del cov
        if no_peer:
            key[np.outer(blocked[rows], ~is_new)] = -1
            key[:, blocked] = np.where(is_new[rows][:, None], key[:, blocked], -1)
        for sb, rs in forbidden.items():
            inside = (sb >= rows[0]) & (sb <= rows[-1])
            if inside:
                key[sb - rows[0], list(rs)] = -1
            mine = [r for r in rs if rows[0] <= r <= rows[-1]]
            key[np.asarray(mine, dtype=np.int64) - rows[0], sb] = -1
        take = min(k, n - 1)
        best = np.argpartition(key, n - take, axis=1)[:, n - take:] if take > 0 else \
            np.zeros((len(rows), 0), dtype=np.int64)
        good = np.take_along_axis(key, best, axis=1) >= 0
        ii_parts.append(np.repeat(rows, good.sum(axis=1)))
        jj_parts.append(best[good])
        for row in rows[caps[rows] > 1]:
            if int(row) in single:
                continue
            rk = key[row - rows[0], recruit_ids]
            ok = rk >= 0
            if np.count_nonzero(ok) > 1:
                order = recruit_ids[ok][np.argsort(-rk[ok], kind="stable")[:wide]]
                copies.append((int(row), order))
    ii = np.concatenate(ii_parts) if ii_parts else np.zeros(0, dtype=np.int64)
    jj = np.concatenate(jj_parts) if jj_parts else np.zeros(0, dtype=np.int64)
    lo_, hi_ = np.minimum(ii, jj), np.maximum(ii, jj)
    edges = np.unique(lo_ * n + hi_)
    ii, jj = edges // n, edges % n
    node = list(range(n))
    extra_i, extra_j = [], []
    for sb, recruits in copies:
        for _ in range(min(int(caps[sb]), len(recruits)) - 1):
            node.append(sb)
            extra_i.append(np.full(len(recruits), len(node) - 1))
            extra_j.append(recruits)
    node_arr = np.asarray(node, dtype=np.int64)
    if extra_i:
        ii = np.concatenate([ii, *extra_j])
        jj = np.concatenate([jj, *extra_i])
    a, b = node_arr[ii], node_arr[jj]
    sc = scores[a, b].astype(np.float64)
    cover = (is_new[a] & buddy[b]) | (buddy[a] & is_new[b])
    w = sc + big + huge * cover
    check()
    pairs = sparse_matching(len(node), ii, jj, w)
    check()
    recruits_of: dict[int, list[int]] = {}
    peer_of: dict[int, int] = {}
    covered = links = total = 0
    for x, y in pairs:
        ra, rb = int(node_arr[x]), int(node_arr[y])
        links += 1
        total += int(scores[ra, rb])
        if is_new[ra] and caps[rb] > 0:
            recruits_of.setdefault(rb, []).append(ra)
            covered += 1
        elif is_new[rb] and caps[ra] > 0:
            recruits_of.setdefault(ra, []).append(rb)
            covered += 1
        else:
            peer_of[ra], peer_of[rb] = rb, ra
    value = huge * covered + big * links + total
    top, bound = large_bound(arrays, check, big, huge)
    m = Matching([], total, max(bound, total), value, max(top, value), big, huge)
    return m, recruits_of, peer_of

def large_bound(arrays: Arrays, check: Callable[[], object], big: float,
                huge: float) -> tuple[float, int]:
    """A bound of every level at once, each level bounded on its own: recruits with a
    buddy by a maximum bipartite matching (clashes ignored), pairs by everyone with a
    partner, the score by each person's best allowed partner, once per link they may
    have. Loose, but true for the whole problem."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import maximum_bipartite_matching

    scores, allowed, is_new, caps = arrays
    n = len(scores)
    recruits = np.nonzero(is_new)[0]
    slots = np.repeat(np.nonzero(caps > 0)[0], caps[caps > 0])
    most_covered = 0
    if len(recruits) and len(slots):
        graph = csr_matrix(allowed[np.ix_(recruits, slots)].astype(np.int8))
        most_covered = int(np.count_nonzero(
            maximum_bipartite_matching(graph, perm_type="column") >= 0))
    live = int(np.count_nonzero(allowed.any(axis=1)))
    spare = int(np.maximum(caps - 1, 0).sum())
    most_links = (live + min(spare, most_covered)) // 2
    # the score: any u with u_i + u_j >= score_ij bounds every set of links by the
    # sum of u, once per link a person may have (LP duality). Start from half each
    # person's best partner, then lower each u_i in turn as far as the others allow.
    links_of = np.where(caps > 1, caps, 1).astype(np.float64)
    best = np.zeros(n, dtype=np.float64)
    step = max(1, 2_000_000 // max(n, 1))
    for lo in range(0, n, step):
        rows = slice(lo, min(n, lo + step))
        best[rows] = np.where(allowed[rows], scores[rows], 0).max(axis=1, initial=0)
    u = _dual_cover(scores, allowed, best, links_of, check)
    score = int(np.ceil((u * links_of).sum()))
    return huge * most_covered + big * most_links + score, score


def _dual_cover(scores: np.ndarray, allowed: np.ndarray, best: np.ndarray,
                links_of: np.ndarray, check: Callable[[], object]) -> np.ndarray:
    """Node values u with u_i + u_j >= score_ij for every allowed pair (so the sum of u,
    once per link a person may have, bounds any set of links), made small: from half each
    person's best partner, each is lowered as far as the others allow, a block of rows at
    a time, then raised inside the block where two lowered together no longer cover."""
    u = best / 2
    order = np.argsort(-best * links_of, kind="stable")
    order = order[best[order] > 0]
    for lo in range(0, len(order), 256):
        block = order[lo:lo + 256]
        need = np.where(allowed[block], scores[block] - u[None, :], 0.0)
        u[block] = np.maximum(need.max(axis=1), 0.0)
        inner = np.where(allowed[np.ix_(block, block)], scores[np.ix_(block, block)], 0)
        for t in range(len(block)):  # only raises: every pair inside stays covered
            u[block[t]] = max(u[block[t]], float((inner[t] - u[block]).max()))
        check()
    return u
