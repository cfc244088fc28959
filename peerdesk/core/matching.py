"""The peer phase's matcher: the most pairs, then the best total, with a proven bound.

Its relaxation is the assignment problem on the symmetric score matrix (a permutation;
its 2-cycles are pairs): half its value is a proven upper bound on any set of pairs.
The permutation is rounded to pairs; when a gap remains, LP duals recovered from the
assignment prune every edge that cannot be in an optimal matching and networkx's
blossom algorithm finishes the small graph that is left, which proves the optimum. If
that graph is still too big the rounded pairs stand and the gap to the bound is reported.

It works on hundredths held exactly in float64 (every value stays far below 2**53), so
scipy's assignment solver and networkx see the same integers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["Matching", "max_matching"]


@dataclass(slots=True)
class Matching:
    pairs: list[tuple[int, int]]
    score: int
    bound: int  # an upper bound on the score of any matching at least as good on the levels
    value: float = 0.0  # the levelled weight reached: covered * COVER + pairs * PAIR + score
    top: float = 0.0  # its proven upper bound; value == top proves the optimum
    pair_weight: float = 0.0  # the constants used, so a caller can weigh its own changes
    cover_weight: float = 0.0

    @property
    def proven(self) -> bool:
        return self.value >= self.top


def max_matching(scores: np.ndarray, allowed: np.ndarray, greedy: bool = False,
                 exact_edges: int = 800, cover: np.ndarray | None = None) -> Matching:
    """The most covered pairs, then the most pairs, then the best total, over allowed pairs.

    ``cover`` marks the pairs that count first (a new recruit with a seasoned buddy).
    Each allowed pair is worth a constant above any total plus its score, and a covered
    pair a second constant above any count of pairs: one matching then decides all three
    levels together, so a tie on the first never hides a better second or third. An odd
    count gets one extra node that pairs with anyone at the pair constant alone: it
    stands for the person left over, so the relaxation knows one must be (one such
    node per odd connected component of the allowed graph)."""
    m = len(scores)
    if m < 2 or not allowed.any():
        return Matching([], 0, 0)
    live = np.nonzero(allowed.any(axis=1))[0]  # nobody to pair with: left out at once
    if len(live) < m:
        scores = scores[np.ix_(live, live)]
        allowed = allowed[np.ix_(live, live)]
        if cover is not None:
            cover = cover[np.ix_(live, live)]
    n = len(live)
    label = _components(allowed)
    odd = [k for k in range(int(label.max()) + 1) if np.count_nonzero(label == k) % 2]
    big = float(scores.max()) * (n // 2 + 1) + 1.0
    huge = 0.0
    size = n + len(odd)
    weights = np.full((size, size), -np.inf)
    inner = np.where(allowed, scores + big, -np.inf)
    if cover is not None and (cover & allowed).any():
        huge = (big + float(scores.max())) * (n // 2 + 1) + 1.0
        inner[cover & allowed] += huge
    weights[:n, :n] = inner
    del inner
    for t, k in enumerate(odd):  # one stand-in per odd component for the one left over there
        weights[n + t, :n][label == k] = big
        weights[:n, n + t][label == k] = big
    np.fill_diagonal(weights, 0.0)
    if greedy:
        mate = _greedy_mate(weights)
        bound_w = _weight(mate, weights)
    else:
        from scipy.optimize import linear_sum_assignment

        _, cols = linear_sum_assignment(weights, maximize=True)
        bound_w = float(weights[np.arange(size), cols].sum() // 2)
        mate = _improve(_round(cols, weights), weights)
        if _weight(mate, weights) < bound_w:
            proven = _exact(weights, cols, mate, exact_edges)
            if proven is not None:
                mate = proven
                bound_w = _weight(mate, weights)
    pairs = [(i, int(mate[i])) for i in range(n) if i < mate[i] < n]
    score = int(sum(int(scores[a, b]) for a, b in pairs))
    covered = 0 if cover is None else sum(bool(cover[a, b]) for a, b in pairs)
    value = huge * covered + big * len(pairs) + score
    top = bound_w - big * len(odd)
    out = [(int(live[a]), int(live[b])) for a, b in pairs]
    if greedy:
        return Matching(out, score, score, value, value, big, huge)
    bound = int(top - value) + score
    if bound - score >= big / 2:
        # The relaxation covers more people than any set of pairs can (a rare odd
        # structure): bound the scores alone, whatever the number of pairs.
        from scipy.optimize import linear_sum_assignment

        plain = np.where(allowed, scores, 0).astype(np.float64)
        r, c = linear_sum_assignment(plain, maximize=True)
        bound = min(bound, int(plain[r, c].sum() // 2))
    return Matching(out, score, max(bound, score), value, max(top, value), big, huge)


def _components(allowed: np.ndarray) -> np.ndarray:
    """Connected components of the allowed graph, by breadth-first search over rows."""
    n = len(allowed)
    label = np.full(n, -1, dtype=np.int64)
    count = 0
    for start in range(n):
        if label[start] >= 0:
            continue
        label[start] = count
        frontier = np.array([start])
        while len(frontier):
            reach = allowed[frontier].any(axis=0) & (label < 0)
            frontier = np.nonzero(reach)[0]
            label[frontier] = count
        count += 1
    return label


def _weight(mate: np.ndarray, weights: np.ndarray) -> float:
    idx = np.nonzero(mate > np.arange(len(mate)))[0]
    return float(weights[idx, mate[idx]].sum())


def _link(mate: np.ndarray, a: int, b: int) -> None:
    mate[a] = b
    mate[b] = a


def _round(cols: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """A permutation to pairs: 2-cycles stay, longer cycles keep their better alternate edges."""
    size = len(cols)
    mate = np.full(size, -1, dtype=np.int64)
    seen = np.zeros(size, dtype=bool)
    for start in range(size):
        if seen[start]:
            continue
        cycle = []
        j = start
        while not seen[j]:
            seen[j] = True
            cycle.append(j)
            j = int(cols[j])
        length = len(cycle)
        if length < 2:
            continue
        c = np.asarray(cycle)
        edge = weights[c, np.roll(c, -1)]  # edge[t] joins c[t] and c[t + 1]
        if length % 2 == 0:
            first = 0 if edge[0::2].sum() >= edge[1::2].sum() else 1
            picks = range(first, length, 2)
        else:  # drop the one node whose absence leaves the best alternate path
            doubled = np.concatenate([edge, edge])
            drop = max(range(length), key=lambda d: doubled[d + 1:d + length - 1:2].sum())
            picks = range(drop + 1, drop + length - 1, 2)
        for t in picks:
            _link(mate, int(c[t % length]), int(c[(t + 1) % length]))
    return mate


def _improve(mate: np.ndarray, weights: np.ndarray, rounds: int = 30) -> np.ndarray:
    """Pair up the leftovers, then swap partners between pairs while the total rises."""
    free = np.nonzero(mate < 0)[0]
    if len(free) > 1:
        sub = weights[np.ix_(free, free)]
        ii, jj = np.nonzero(np.triu(np.isfinite(sub) & (sub > 0), 1))
        for t in np.argsort(-sub[ii, jj], kind="stable"):
            x, y = int(free[ii[t]]), int(free[jj[t]])
            if mate[x] < 0 and mate[y] < 0:
                _link(mate, x, y)
    _augment(mate, weights)
    for _ in range(rounds):
        a = np.nonzero(mate > np.arange(len(mate)))[0]
        if len(a) < 2:
            break
        b = mate[a]
        now = weights[a, b]
        straight = weights[np.ix_(a, a)] + weights[np.ix_(b, b)]
        crossed = weights[np.ix_(a, b)] + weights[np.ix_(b, a)]
        gain = np.maximum(straight, crossed) - now[:, None] - now[None, :]
        np.fill_diagonal(gain, -np.inf)
        changed = False
        while True:
            flat = int(np.argmax(gain))
            p, q = divmod(flat, len(a))
            if not gain[p, q] > 0:
                break
            if straight[p, q] >= crossed[p, q]:
                _link(mate, int(a[p]), int(a[q]))
                _link(mate, int(b[p]), int(b[q]))
            else:
                _link(mate, int(a[p]), int(b[q]))
                _link(mate, int(b[p]), int(a[q]))
            gain[[p, q], :] = -np.inf
            gain[:, [p, q]] = -np.inf
            changed = True
        if not changed:
            break
    return mate


def _augment(mate: np.ndarray, weights: np.ndarray, most: int = 40) -> None:
    """Two people left over who can each take one partner of a pair: make two pairs of it."""
    free = [int(u) for u in np.nonzero(mate < 0)[0][:most]]
    for u in free:
        for v in free:
            if u >= v or mate[u] >= 0 or mate[v] >= 0:
                continue
            a = np.nonzero(mate > np.arange(len(mate)))[0]
            if not len(a):
                return
            b = mate[a]
            now = weights[a, b]
            one = weights[u, a] + weights[v, b] - now
            two = weights[u, b] + weights[v, a] - now
            best = int(np.argmax(np.maximum(one, two)))
            if max(one[best], two[best]) > 0:
                x, y = int(a[best]), int(b[best])
                if one[best] < two[best]:
                    x, y = y, x
                _link(mate, u, x)
                _link(mate, v, y)


def _greedy_mate(weights: np.ndarray) -> np.ndarray:
    size = len(weights)
    mate = np.full(size, -1, dtype=np.int64)
    ii, jj = np.triu_indices(size, 1)
    values = weights[ii, jj]
    keep = np.isfinite(values)
    ii, jj, values = ii[keep], jj[keep], values[keep]
    left = size
    for t in np.argsort(-values, kind="stable"):
        a, b = int(ii[t]), int(jj[t])
        if mate[a] < 0 and mate[b] < 0:
            _link(mate, a, b)
            left -= 2
            if left < 2:
                break
    return mate


def _duals(weights: np.ndarray, cols: np.ndarray, most_rounds: int = 300) -> np.ndarray | None:
    """Node potentials y with y_i + y_j >= w_ij and sum(y) = half the assignment value.

    The assignment solver gives no duals, so they are recovered from its optimal
    permutation by longest paths (Bellman-Ford) over the reassignment graph."""
    size = len(weights)
    row_of = np.empty(size, dtype=np.int64)
    row_of[cols] = np.arange(size)
    reordered = weights[row_of]
    step = reordered - reordered[np.arange(size), np.arange(size)][:, None]
    del reordered
    v = np.zeros(size)
    for _ in range(min(size + 1, most_rounds)):
        reach = np.max(v[:, None] + step, axis=0)
        if np.all(reach <= v):
            break
        v = np.maximum(v, reach)
    else:  # not settled within the rounds allowed: no proof this time
        return None
    u = weights[np.arange(size), cols] - v[cols]
    halves: np.ndarray = (u + v) / 2
    return halves


def _exact(weights: np.ndarray, cols: np.ndarray, mate: np.ndarray,
           exact_edges: int) -> np.ndarray | None:
    """The optimal matching, proven, or None when the pruned graph is still too big.

    With duals y, any matching M satisfies w(M) = sum(y) - sum over M of the reduced
    costs y_i + y_j - w_ij - sum over unmatched y_i. An optimal M weighs at least our
    current one, so none of its edges has a reduced cost above the gap: every other
    edge goes, and the blossom algorithm solves what is left."""
    import networkx as nx

    y = _duals(weights, cols)
    if y is None:
        return None
    current = _weight(mate, weights)
    gap = float(y.sum()) - current
    with np.errstate(invalid="ignore"):
        reduced = y[:, None] + y[None, :] - weights
    ii, jj = np.nonzero(np.triu(reduced <= gap + 1e-6, 1))
    if len(ii) > exact_edges:
        return None
    best = np.full(len(weights), -1, dtype=np.int64)
    label = _components_of_edges(len(weights), ii, jj)
    order = np.argsort(label[ii], kind="stable")
    ii, jj = ii[order], jj[order]
    cuts = np.nonzero(np.diff(label[ii]))[0] + 1
    for ci, cj in zip(np.split(ii, cuts), np.split(jj, cuts), strict=True):
        if len(ci) == 1:
            _link(best, int(ci[0]), int(cj[0]))
            continue
        graph: nx.Graph[int] = nx.Graph()  # a plain graph per component: subgraph views are slower
        graph.add_weighted_edges_from(
            (int(i), int(j), int(weights[i, j])) for i, j in zip(ci, cj, strict=True))
        for a, b in nx.max_weight_matching(graph):
            _link(best, a, b)
    return best if _weight(best, weights) >= current else None


def _components_of_edges(n: int, ii: np.ndarray, jj: np.ndarray) -> np.ndarray:
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix((np.ones(len(ii), dtype=np.int8), (ii, jj)), shape=(n, n))
    return connected_components(graph, directed=False)[1]


# -- large programs: a sparse graph of each person's best candidates ------------------------

def sparse_matching(n: int, ii: np.ndarray, jj: np.ndarray, w: np.ndarray) -> list[tuple[int, int]]:
    """A heavy matching over candidate edges ``(ii, jj)`` (each once, weights ``w`` > 0).

    Its relaxation is the assignment problem on the sparse symmetric graph, with a
    zero-weight loop at every node for "left out", solved by scipy's sparse assignment
    (LAPJVsp); the permutation is rounded to pairs and people left over are paired
    greedily with any free candidate. No bound comes from here: the caller proves what
    it can by other means."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    if n < 2 or not len(ii):
        return []
    top = float(w.max()) + 1.0
    rows = np.concatenate([ii, jj, np.arange(n)])
    cols = np.concatenate([jj, ii, np.arange(n)])
    cost = np.concatenate([top - w, top - w, np.full(n, top)])
    graph = csr_matrix((cost, (rows, cols)), shape=(n, n))
    _, col = min_weight_full_bipartite_matching(graph)
    del graph, rows, cols, cost
    # the weight of an edge (a, b), looked up in one sorted array of keys
    keys = np.concatenate([ii * n + jj, jj * n + ii])
    order = np.argsort(keys, kind="stable")
    keys, both = keys[order], np.concatenate([w, w])[order]

    def weight_of(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        want = a * n + b
        at = np.minimum(np.searchsorted(keys, want), len(keys) - 1)
        return np.where(keys[at] == want, both[at], 0.0)

    mate = np.full(n, -1, dtype=np.int64)
    nxt = np.asarray(col, dtype=np.int64)
    moved = np.nonzero(nxt != np.arange(n))[0]
    seen = np.zeros(n, dtype=bool)
    for start in moved:
        if seen[start]:
            continue
        cycle = []
        j = int(start)
        while not seen[j]:
            seen[j] = True
            cycle.append(j)
            j = int(nxt[j])
        length = len(cycle)
        if length < 2:
            continue
        c = np.asarray(cycle)
        edge = weight_of(c, np.roll(c, -1))
        if length == 2:
            if edge[0] > 0:
                _link(mate, int(c[0]), int(c[1]))
            continue
        if length % 2 == 0:
            first = 0 if edge[0::2].sum() >= edge[1::2].sum() else 1
            picks = range(first, length, 2)
        else:
            doubled = np.concatenate([edge, edge])
            sums = [doubled[d + 1:d + length - 1:2].sum() for d in range(length)]
            drop = int(np.argmax(sums))
            picks = range(drop + 1, drop + length - 1, 2)
        for t in picks:
            a, b = int(c[t % length]), int(c[(t + 1) % length])
            if edge[t % length] > 0:
                _link(mate, a, b)
    # people left over: pair them with any free candidate, heaviest first
    free = mate < 0
    keep = free[ii] & free[jj]
    if keep.any():
        fi, fj, fw = ii[keep], jj[keep], w[keep]
        for t in np.argsort(-fw, kind="stable"):
            a, b = int(fi[t]), int(fj[t])
            if mate[a] < 0 and mate[b] < 0:
                _link(mate, a, b)
    return [(a, int(mate[a])) for a in range(n) if a < mate[a]]
