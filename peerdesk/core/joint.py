"""The joint matching of buddies and peers, its repair, trios and its proof.

:func:`peerdesk.core.pairing.generate` hands it a pool's score matrix and rules mask;
it returns the groups, the leftovers, and whether the whole is proven optimal (the
objective, level by level, is stated in :mod:`peerdesk.core.pairing`). A large pool is
matched by :mod:`peerdesk.core.joint_sparse`; people left over join pairs as trios in
:mod:`peerdesk.core.joint_trios`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import numpy as np

from peerdesk.core.joint_sparse import Found, match_sparse
from peerdesk.core.joint_trios import join_trios
from peerdesk.core.matching import Matching, max_matching
from peerdesk.i18n import gettext_noop as M_

__all__ = ["DENSE_LIMIT", "Core"]

DENSE_LIMIT = 300  # larger pools are matched over each person's best candidates

# What the matching may not do, as (buddies in no peer pair, buddies with one recruit at
# most, (recruit, buddy) pairs forbidden)
Rules = tuple[frozenset[int], frozenset[int], frozenset[tuple[int, int]]]


class Conflict(NamedTuple):
    """A buddy with recruits in a peer pair too ("peer"), or two recruits of one buddy who
    may not be together ("clash": the weaker, the other)."""

    kind: str
    buddy: int
    weak: int = -1
    other: int = -1


Levels = tuple[int, int, int]  # (recruits covered, pairs, score), compared in that order


def _levels(m: Matching) -> Levels:
    """A matching's bound ``top`` read back as levels: ``top`` is covered * cover_weight +
    pairs * pair_weight + score, each weight above anything the levels after it can add.
    The weights grow with the matching's node count, so bounds of different node sets
    are compared as levels, never as raw numbers."""
    covered, rest = divmod(int(m.top), int(m.cover_weight)) if m.cover_weight else (0, int(m.top))
    pairs, score = divmod(rest, int(m.pair_weight)) if m.pair_weight else (0, rest)
    return covered, pairs, score


def _key(m: Matching) -> Levels:
    """The levels of a matching's bound, negated for a min-heap (the best bound first)."""
    covered, pairs, score = _levels(m)
    return -covered, -pairs, -score


class Core:
    """Buddies and peer pairs in one matching, the repair of what it may not do, and trios.

    Indices are positions in the pool. A buddy who may take ``c`` recruits gets ``c - 1``
    extra nodes that may only be matched to recruits."""

    def __init__(self, scores: np.ndarray, allowed: np.ndarray, is_new: np.ndarray,
                 caps: np.ndarray, check: Callable[[], object] | None = None):
        self.scores, self.allowed, self.is_new, self.caps = scores, allowed, is_new, caps
        self.check = check or (lambda: None)
        n = len(scores)
        self.n = n
        buddy = caps > 0
        self.can_cover = buddy.any() and is_new.any()
        self.recruits_of: dict[int, list[int]] = {}  # buddy -> recruits
        self.mate = np.full(n, -1, dtype=np.int64)  # peer partner (or a lone recruit's buddy)
        self.repaired = False
        self.matching: Matching | None = None
        self.top: Levels = (0, 0, 0)  # a bound on every valid pairing's levels
        self.top_of: Matching | None = None  # the matching whose own bound that is

    def cover_of(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Whether each (a, b) is a new recruit with a buddy who has room for one."""
        cover: np.ndarray = (self.is_new[a] & (self.caps[b] > 0)) | (self.is_new[b] & (self.caps[a] > 0))
        return cover

    def solve(self, greedy: bool, exact_edges: int) -> None:
        """The matching, and when it does what the rules forbid, a short search over how.

        A buddy with room for several recruits may come out both in a peer pair and with
        recruits, or with two recruits who may not be together. Each such result is split
        into the two ways out of it (no peer pair for that buddy / one recruit at most;
        one recruit or the other not with that buddy), best bound first: every valid
        pairing lies in one of them, so the best open bound stays a bound of the whole."""
        root = self._match(greedy, exact_edges, frozenset(), frozenset(), frozenset())
        self.top, self.top_of = _levels(root[0]), root[0]
        best: Found | None = None
        if self.n <= 80 and not greedy:
            best = self._search(root, greedy, exact_edges)
        elif self.n > DENSE_LIMIT and not greedy:  # large: one solve, a local repair
            best = root
            self.repaired = bool(self._conflicts(root[1], root[2]))
        else:  # settle every conflict the likelier way at once, a few times; the root bound stays
            found = root
            rules: Rules = (frozenset(), frozenset(), frozenset())
            for _ in range(0 if greedy else 4):
                conflicts = self._conflicts(found[1], found[2])
                if not conflicts:
                    break
                no_peer, single, forbid = rules
                rules = (no_peer | {c.buddy for c in conflicts if c.kind == "peer"}, single,
                         forbid | {(c.weak, c.buddy) for c in conflicts if c.kind == "clash"})
                found = self._match(greedy, exact_edges, *rules)
            if not self._conflicts(found[1], found[2]):
                best = found
            else:
                best = found
                self.repaired = True
        if best is None:
            best = root
            self.repaired = True
        self.matching, recruits_of, peer_of = best
        self.recruits_of = recruits_of
        if self.repaired:
            self._repair(peer_of)
        for x, y in peer_of.items():
            self.mate[x] = y

    def _search(self, root: Found, greedy: bool, exact_edges: int,
                 most: int = 24) -> Found | None:
        """Best bound first over the two ways out of each conflict (small pools): the
        first conflict-free result whose bound is the best still open is optimal.

        Each matching weighs its levels with constants that grow with its own node count
        (a buddy held to one recruit has no extra nodes), so bounds are compared level by
        level (:func:`_key`), never as raw numbers of different scales."""
        import heapq

        start: Rules = (frozenset(), frozenset(), frozenset())
        heap: list[tuple[Levels, int, Rules, Found]] = [
            (_key(root[0]), 0, start, root)]
        solves = 1
        while heap:
            _, _, rules, found = heapq.heappop(heap)
            conflicts = self._conflicts(found[1], found[2])
            if not conflicts:  # its bound is the best still open
                self.top, self.top_of = _levels(found[0]), found[0]
                return found
            if solves + 2 > most:
                heapq.heappush(heap, (_key(found[0]), -1, rules, found))
                self.top, self.top_of = _levels(heap[0][3][0]), heap[0][3][0]
                return None
            no_peer, single, forbid = rules
            first = conflicts[0]
            kids: list[Rules]
            if first.kind == "peer":
                kids = [(no_peer | {first.buddy}, single, forbid),
                        (no_peer, single | {first.buddy}, forbid)]
            else:
                kids = [(no_peer, single, forbid | {(first.weak, first.buddy)}),
                        (no_peer, single, forbid | {(first.other, first.buddy)})]
            for kid in kids:
                solves += 1
                out = self._match(greedy, exact_edges, *kid)
                heapq.heappush(heap, (_key(out[0]), solves, kid, out))
        return None

    def _match(self, greedy: bool, exact_edges: int, no_peer: frozenset[int],
               single: frozenset[int], forbid: frozenset[tuple[int, int]]) -> Found:
        if self.n > DENSE_LIMIT and not greedy:
            return match_sparse((self.scores, self.allowed, self.is_new, self.caps), self.check,
                                no_peer, single, forbid)
        n, scores, allowed = self.n, self.scores, self.allowed
        extra: list[int] = []  # the buddy each extra node stands for
        if self.can_cover:
            recruits = np.nonzero(self.is_new)[0]
            for s in np.nonzero(self.caps > 1)[0]:
                if int(s) in single:
                    continue
                takers = int(np.count_nonzero(allowed[s, recruits]))
                extra.extend([int(s)] * (min(int(self.caps[s]), takers) - 1))
        cover = None
        if extra or no_peer or forbid:
            node = np.concatenate([np.arange(n), np.asarray(extra, dtype=np.int64)])
            scores = scores[np.ix_(node, node)]
            allowed = allowed[np.ix_(node, node)]
            only_recruits = np.zeros(len(node), dtype=bool)
            only_recruits[n:] = True
            only_recruits[list(no_peer)] = True
            recruit_cols = self.is_new[node] & (np.arange(len(node)) < n)
            allowed[only_recruits, :] &= recruit_cols[None, :]
            allowed[:, only_recruits] &= recruit_cols[:, None]
            for r, sb in forbid:
                where = np.nonzero(node == sb)[0]
                allowed[r, where] = False
                allowed[where, r] = False
            if self.can_cover:
                cover = self.cover_of(node[:, None], node[None, :])
        else:
            node = np.arange(n)
            if self.can_cover:
                cover = np.logical_or(self.is_new[:, None] & (self.caps > 0)[None, :],
                                      (self.caps > 0)[:, None] & self.is_new[None, :])
        m = max_matching(scores, allowed, greedy=greedy, exact_edges=exact_edges, cover=cover)
        del scores, allowed, cover
        recruits_of: dict[int, list[int]] = {}
        peer_of: dict[int, int] = {}
        for a, b in m.pairs:
            ra, rb = int(node[a]), int(node[b])
            if self.is_new[ra] and self.caps[rb] > 0:
                recruits_of.setdefault(rb, []).append(ra)
            elif self.is_new[rb] and self.caps[ra] > 0:
                recruits_of.setdefault(ra, []).append(rb)
            else:
                peer_of[ra], peer_of[rb] = rb, ra
        return m, recruits_of, peer_of

    def _conflicts(self, recruits_of: dict[int, list[int]],
                   peer_of: dict[int, int]) -> list[Conflict]:
        """What the matching did that the rules forbid: ("peer", buddy) when a buddy with
        recruits is in a peer pair too, ("clash", weaker, other, buddy) for two recruits
        of one buddy who may not be together."""
        out: list[Conflict] = []
        for s, rs in recruits_of.items():
            if s in peer_of:
                out.append(Conflict("peer", s))
            for i, r1 in enumerate(rs):
                for r2 in rs[i + 1:]:
                    if not self.allowed[r1, r2]:
                        weak, other = (r1, r2) if self.scores[r1, s] <= self.scores[r2, s] \
                            else (r2, r1)
                        out.append(Conflict("clash", s, weak, other))
        return out

    def _repair(self, peer_of: dict[int, int]) -> None:
        """A buddy keeps recruits who may be together; one in a peer pair too leaves it."""
        released: list[int] = []
        for s, rs in list(self.recruits_of.items()):
            if len(rs) > 1:
                rs.sort(key=lambda r: -int(self.scores[r, s]))
                kept: list[int] = []
                for r in rs:
                    if all(self.allowed[r, o] for o in kept):
                        kept.append(r)
                    else:
                        released.append(r)
                self.recruits_of[s] = kept
            if s in peer_of:
                other = peer_of.pop(s)
                peer_of.pop(other, None)
                released.append(other)
        for r in [r for r in released if self.is_new[r]]:  # a buddy with room, if any
            options = [s for s, rs in self.recruits_of.items()
                       if len(rs) < self.caps[s] and self.allowed[r, s]
                       and all(self.allowed[r, o] for o in rs)]
            if options:
                s = max(options, key=lambda s: int(self.scores[r, s]))
                self.recruits_of[s].append(r)
        used = set(peer_of) | set(self.recruits_of) | {
            r for rs in self.recruits_of.values() for r in rs}
        free = np.array([i for i in range(self.n) if i not in used], dtype=np.int64)
        if len(free) > 1:  # pair up whoever is left, the same way, on their own
            sub = self.allowed[np.ix_(free, free)]
            cover = self.cover_of(free[:, None], free[None, :]) & sub
            m = max_matching(self.scores[np.ix_(free, free)], sub, cover=cover)
            for a, b in m.pairs:
                ra, rb = int(free[a]), int(free[b])
                if self.is_new[ra] and self.caps[rb] > 0:
                    self.recruits_of.setdefault(rb, []).append(ra)
                elif self.is_new[rb] and self.caps[ra] > 0:
                    self.recruits_of.setdefault(ra, []).append(rb)
                else:
                    peer_of[ra], peer_of[rb] = rb, ra

    # -- what was made ------------------------------------------------------------------
    def _pairs(self) -> list[list[int]]:
        out = [[s, *rs] for s, rs in self.recruits_of.items() if rs]
        out.extend([a, int(b)] for a, b in enumerate(self.mate) if 0 <= a < b)
        return out

    @property
    def covered(self) -> int:
        return sum(len(rs) for rs in self.recruits_of.values())

    @property
    def buddy_score(self) -> int:
        return sum(int(self.scores[r, s]) for s, rs in self.recruits_of.items() for r in rs)

    @property
    def links(self) -> int:
        return self.covered + int(np.count_nonzero(self.mate >= 0)) // 2

    @property
    def score(self) -> int:
        peers = sum(int(self.scores[a, b]) for a, b in enumerate(self.mate) if 0 <= a < b)
        return self.buddy_score + peers

    @property
    def score_bound(self) -> int:
        m = self.matching
        if m is None:
            return self.score
        covered, pairs, score = self.top
        if (covered, pairs) == (self.covered, self.links):  # as many covered and pairs made
            return score
        if m is self.top_of and not self.repaired:  # m's own bound, over the levels it reached
            return max(self.score, m.bound)
        return max(self.score, self._any_bound())

    def _any_bound(self) -> int:
        """A bound on the links of any pairing at all: each link is worth at most the best
        allowed links of its two people, and a buddy has a link per recruit they may take."""
        best = -np.sort(-np.where(self.allowed, self.scores, 0), axis=1)
        slots = np.maximum(self.caps, 1)
        return sum(int(best[i, :slots[i]].sum()) for i in range(self.n)) // 2

    # -- trios ----------------------------------------------------------------------------
    def trios(self, greedy: bool) -> tuple[list[int], int, int]:
        """People left over join two-person groups: most placed, then the best gain
        (:func:`~peerdesk.core.joint_trios.join_trios`).

        Returns who stays unpaired, the gain made, and a bound on the gain any pairing as
        good on the earlier levels could make."""
        self._groups = self._pairs()
        stay, joined, gain, bound = join_trios(self._groups, self.scores, self.allowed, greedy)
        self.joined: dict[int, int] = joined
        return stay, gain, bound

    def groups(self) -> list[tuple[list[int], dict[int, str]]]:
        out = []
        for g in self._groups:
            roles = {i: "peer" for i in g}
            s = g[0]
            if self.recruits_of.get(s):
                roles[s] = "buddy"
                for r in self.recruits_of[s]:
                    roles[r] = "recruit"
            out.append((g, roles))
        return out

    def proof(self, trio_gain: int, trio_bound: int) -> tuple[bool, str]:
        """Whether the whole is proven optimal, and if not, on which level it is not."""
        m = self.matching
        if m is None:
            return True, ""
        covered, pairs, score = self.top
        if self.covered < covered:
            return False, M_("number of new recruits with a buddy")
        if self.links < pairs:
            return False, M_("number of pairs")
        if self.score < score:
            return False, M_("total score")
        # How many people a pairing as good on the first two levels could leave over:
        # everyone with an allowed partner, less two per pair, plus one per recruit a
        # buddy takes beyond the first. Ours places as many in trios, or it is not proven.
        live = int(np.count_nonzero(self.allowed.any(axis=1)))
        spare = 0
        for s in np.nonzero(self.caps > 1)[0]:
            takers = int(np.count_nonzero(self.allowed[s] & self.is_new))
            spare += max(0, min(int(self.caps[s]), takers) - 1)
        most_left = max(0, live - 2 * self.links + min(spare, self.covered))
        if len(self.joined) < most_left:
            return False, M_("people placed in trios")
        if trio_gain < trio_bound:
            return False, M_("total score")
        return True, ""
