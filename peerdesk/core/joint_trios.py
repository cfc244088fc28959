"""Trios: people the matching left over join two-person groups.

:meth:`peerdesk.core.joint.Core.trios` hands over the groups it made; each person left
over may join one pair whose two members are both allowed partners, most placed first,
then the best gain, with a bound on the gain that any pairing as good could make.
"""

from __future__ import annotations

import numpy as np

__all__ = ["join_trios"]


def join_trios(groups: list[list[int]], scores: np.ndarray, allowed: np.ndarray,
               greedy: bool) -> tuple[list[int], dict[int, int], int, int]:
    """People in none of ``groups`` join its two-person groups (appended to them in
    place): most placed, then the best gain.

    Returns who stays unpaired, who joined (person -> index among the two-person groups),
    the gain made, and a bound on the gain any pairing as good on the earlier levels could
    make."""
    n = len(scores)
    used = {i for g in groups for i in g}
    left = [i for i in range(n) if i not in used]
    joined: dict[int, int] = {}
    if not left:
        return [], joined, 0, 0
    twos = [g for g in groups if len(g) == 2]
    gain = 0
    if twos:
        a = np.array([g[0] for g in twos])
        b = np.array([g[1] for g in twos])
        x = np.array(left)
        ok = allowed[np.ix_(x, a)] & allowed[np.ix_(x, b)]
        value = scores[np.ix_(x, a)].astype(np.float64) + scores[np.ix_(x, b)]
        if ok.any():
            top = float(value.max()) + 1.0
            weights = np.where(ok, value + top * len(left), 0.0)
            if greedy:
                pairs = zip(*_greedy_assign(weights), strict=True)
            else:
                from scipy.optimize import linear_sum_assignment

                pairs = zip(*linear_sum_assignment(weights, maximize=True), strict=True)
            for r, c in pairs:
                if ok[r, c]:
                    twos[c].append(int(x[r]))
                    joined[int(x[r])] = c
                    gain += int(value[r, c])
    stay = [i for i in left if i not in joined]
    placeable = [i for i in left if allowed[i].any()]
    # any pairing as good could place at most as many, each gaining at most the two best
    # partners it may have
    count = len(joined)
    if count == 0:
        return stay, joined, 0, 0
    best = np.zeros(n, dtype=np.int64)  # each person's two best allowed partners
    step = max(1, 2_000_000 // max(n, 1))
    for lo in range(0, n, step):
        rows = slice(lo, min(n, lo + step))
        band = np.where(allowed[rows], scores[rows], 0)
        if n > 2:
            band = np.partition(band, n - 2, axis=1)
        best[rows] = band[:, -2:].sum(axis=1)
    bound = int(np.sort(best)[::-1][:count].sum()) if placeable else 0
    return stay, joined, gain, max(bound, gain)


def _greedy_assign(weights: np.ndarray) -> tuple[list[int], list[int]]:
    rows: list[int] = []
    cols: list[int] = []
    taken_r: set[int] = set()
    taken_c: set[int] = set()
    for flat in np.argsort(-weights, axis=None, kind="stable"):
        r, c = divmod(int(flat), weights.shape[1])
        if weights[r, c] <= 0:
            break
        if r not in taken_r and c not in taken_c:
            rows.append(r)
            cols.append(c)
            taken_r.add(r)
            taken_c.add(c)
    return rows, cols
