"""The pairing engine: who learns with whom this cycle, optimal and explained.

A run has two phases. The buddy phase gives every new recruit a seasoned buddy it
may have, solved exactly as one assignment problem: coverage first (each allowed
pair carries a constant larger than any possible score total), then the best total.
A buddy's column is repeated once per recruit it may take, and dummy columns let a
recruit without any allowed buddy fall through to the next phase instead of making
the problem infeasible. Round-by-round matching is never used: it strands recruits
who could have had a buddy.

The peer phase pairs everyone left, by the maximum-weight matching of
:mod:`peerdesk.core.matching`, which proves its optimum or reports the gap to its
bound. An odd person out joins the pair where they add the most.

``Result.bound`` is the proven upper bound of the two phases, with pinned groups and
the odd person's place in a trio counted as made: ``total == bound`` means no other
choice of buddies and pairs scores more.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from peerdesk.core.matching import max_matching
from peerdesk.core.models import Participant
from peerdesk.core.rules import Context, Group, Options, Rules
from peerdesk.core.scoring import points, score_matrix
from peerdesk.core.tenure import NEW, SEASONED

__all__ = ["PairingCancelled", "Result", "Unpaired", "assign_buddies", "check_result",
           "generate"]

Progress = Callable[[int, int, str], object]


class PairingCancelled(Exception):
    """The user stopped the run; nothing was changed."""


@dataclass(slots=True)
class Unpaired:
    id: int
    reason: str


@dataclass(slots=True)
class Result:
    groups: list[Group]
    unpaired: list[Unpaired]
    total: int  # hundredths
    bound: int | None  # proven upper bound in hundredths (None for the greedy baseline)
    exact: bool
    method: str = "optimal"
    buddy_total: int = 0
    buddy_pairs: int = 0  # recruits given a buddy in the buddy phase
    peer_total: int = 0  # the peer pairs alone, before an odd person joins one
    peer_pool: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def total_points(self) -> float:
        return points(self.total)

    @property
    def bound_points(self) -> float | None:
        return None if self.bound is None else points(self.bound)


def _tick(progress: Progress | None, done: int, total: int, text: str) -> None:
    if progress is not None and progress(done, total, text) is False:
        raise PairingCancelled("Pairing was cancelled.")


def generate(people: Iterable[Participant], rules: Rules, options: Options | None = None,
             pins: Iterable[Sequence[int]] = (), progress: Progress | None = None,
             pin_roles: dict[tuple[int, ...], dict[int, str]] | None = None) -> Result:
    """Pair a cycle's participants; pinned groups are kept exactly as they are.

    ``pin_roles`` may give a pinned group's roles (keyed by its member tuple), so a
    pinned buddy group stays one."""
    pin_roles = pin_roles or {}
    started = time.perf_counter()
    ctx = Context(people, rules, options)
    opts = ctx.options
    greedy = opts.method == "greedy"
    steps = 4
    _tick(progress, 0, steps, "Scoring every possible pair")
    notes: list[str] = []
    groups: list[Group] = []
    placed: set[int] = set()
    for pin in pins:
        keep = [m for m in dict.fromkeys(pin) if m in ctx.people and not ctx.people[m].archived
                and m not in placed]
        if len(keep) < 2:
            names = ", ".join(ctx.names.get(m, f"#{m}") for m in pin)
            notes.append(f"The pinned group {names} was released: fewer than two of them "
                         "are still in the program.")
            continue
        groups.append(ctx.describe(keep, pinned=True, hint=pin_roles.get(tuple(pin))))
        placed.update(keep)
    pool = [pid for pid in ctx.eligible() if pid not in placed]
    n = len(pool)
    scores = score_matrix([ctx.profile(pid) for pid in pool], opts.weights)
    allowed = rules.allowed_matrix(pool)

    _tick(progress, 1, steps, "Finding a buddy for every new recruit")
    recruits = [i for i, pid in enumerate(pool) if ctx.bands[pid] == NEW]
    seasoned = [i for i, pid in enumerate(pool)
                if ctx.bands[pid] == SEASONED and ctx.capacity(pid) > 0]
    caps = [ctx.capacity(pool[i]) for i in seasoned]
    buddies = assign_buddies(scores, allowed, recruits, seasoned, caps, greedy=greedy)
    by_buddy: dict[int, list[int]] = {}
    for r, s in buddies.assignment.items():
        by_buddy.setdefault(s, []).append(r)
    new_groups: list[list[int]] = [[s, *rs] for s, rs in by_buddy.items()]
    hints = {pool[s]: "buddy" for s in by_buddy}
    hints.update({pool[r]: "recruit" for r in buddies.assignment})

    _tick(progress, 2, steps, "Pairing everyone else")
    used = {i for g in new_groups for i in g}
    rest = np.array([i for i in range(n) if i not in used], dtype=np.int64)
    peers = max_matching(scores[np.ix_(rest, rest)], allowed[np.ix_(rest, rest)],
                         greedy=greedy, exact_edges=opts.exact_edges)
    peer_groups = [[int(rest[a]), int(rest[b])] for a, b in peers.pairs]
    matched = {i for g in peer_groups for i in g}
    leftovers = [int(i) for i in rest if int(i) not in matched]
    new_groups.extend(peer_groups)

    _tick(progress, 3, steps, "Explaining each pair")
    unpaired_idx = _join_trios(leftovers, new_groups, len(new_groups) - len(peer_groups),
                               scores, allowed)
    for g in new_groups:
        ids = [pool[i] for i in g]
        groups.append(ctx.describe(ids, hint={m: hints.get(m, "peer") for m in ids}))
    unpaired = [Unpaired(pid, ctx.unpaired_reason(pid, pool)) for pid in
                sorted((pool[i] for i in unpaired_idx), key=lambda p: ctx.names[p].lower())]
    for pid in sorted(ctx.people):
        if pid not in placed and ctx.absence(pid) is not None and not ctx.people[pid].archived:
            unpaired.append(Unpaired(pid, ctx.unpaired_reason(pid, pool)))
    total = sum(g.score for g in groups)
    bound = None
    exact = False
    if not greedy:
        bound = (total + (buddies.bound - buddies.score) + (peers.bound - peers.score))
        exact = buddies.bound == buddies.score and peers.bound == peers.score
    _tick(progress, steps, steps, "Done")
    return Result(groups=groups, unpaired=unpaired, total=total, bound=bound, exact=exact,
                  method=opts.method, buddy_total=buddies.score,
                  buddy_pairs=len(buddies.assignment), peer_total=peers.score,
                  peer_pool=[pool[int(i)] for i in rest], notes=notes,
                  seconds=time.perf_counter() - started)


def _join_trios(leftovers: list[int], groups: list[list[int]], first_peer: int,
                scores: np.ndarray, allowed: np.ndarray) -> list[int]:
    """Each odd person joins the pair where they add the most; returns who stays unpaired.

    Peer pairs are tried first; a buddy pair takes a third person only when no peer pair can."""
    if not leftovers or not groups:
        return leftovers
    taken = [len(g) != 2 for g in groups]
    left: list[int] = []
    a = np.array([g[0] for g in groups])
    b = np.array([g[1] if len(g) > 1 else g[0] for g in groups])
    is_peer = np.arange(len(groups)) >= first_peer
    for x in leftovers:
        ok = allowed[x, a] & allowed[x, b] & ~np.array(taken)
        if not ok.any():
            left.append(x)
            continue
        gain = scores[x, a].astype(np.int64) + scores[x, b]
        preferred = ok & is_peer if (ok & is_peer).any() else ok
        best = int(np.argmax(np.where(preferred, gain, -1)))
        groups[best].append(x)
        taken[best] = True
    return left


def check_result(ctx: Context, result: Result) -> list[str]:
    """Every hard rule a result breaks (pinned groups excepted); empty when all is well."""
    problems = []
    seen: set[int] = set()
    for g in result.groups:
        if seen & set(g.members):
            problems.append(f"{g.members} shares a person with another group")
        seen.update(g.members)
        if not g.pinned:
            problems.extend(text for _, text in ctx.violations(g.members))
    return problems


# -- the buddy phase ---------------------------------------------------------------------
# It works on hundredths held exactly in float64 (every value stays far below 2**53),
# like the matcher of the peer phase.

@dataclass(slots=True)
class Buddies:
    assignment: dict[int, int]  # recruit index -> buddy index
    score: int
    bound: int


def assign_buddies(scores: np.ndarray, allowed: np.ndarray, recruits: Sequence[int],
                   seasoned: Sequence[int], caps: Sequence[int], greedy: bool = False,
                   most_solves: int = 200) -> Buddies:
    """Recruits to buddies: most recruits covered, then the best total, exactly.

    Recruits who would share a buddy must be allowed together too. That is not an
    assignment constraint, so the rare clash is branched on (one of the two does not
    get that buddy), best bound first: the first answer without a clash is optimal."""
    if not recruits or not seasoned:
        return Buddies({}, 0, 0)
    if greedy:
        return _greedy_buddies(scores, allowed, recruits, seasoned, caps)
    import heapq

    from scipy.optimize import linear_sum_assignment

    n_r = len(recruits)
    rec = np.asarray(recruits)
    local = {int(r): i for i, r in enumerate(rec)}
    owner = np.repeat(np.asarray(seasoned), np.minimum(np.asarray(caps), n_r))
    sub = scores[np.ix_(rec, owner)].astype(np.float64)
    ok = allowed[np.ix_(rec, owner)]
    big = float(sub.max(initial=0.0)) * n_r + 1.0
    base = np.zeros((n_r, len(owner) + n_r))  # the dummy columns mean "no buddy"
    base[:, :len(owner)] = np.where(ok, sub + big, -np.inf)

    def solve(forbid: frozenset) -> tuple[float, dict[int, int]]:
        weights = base.copy() if forbid else base
        for r, s in forbid:
            weights[local[r], :len(owner)][owner == s] = -np.inf
        rows, cols = linear_sum_assignment(weights, maximize=True)
        chosen = {int(rec[r]): int(owner[c]) for r, c in zip(rows, cols, strict=True)
                  if c < len(owner)}
        return float(weights[rows, cols].sum()), chosen

    value, assignment = solve(frozenset())
    heap = [(-value, 0, frozenset(), assignment)]
    found: dict[int, int] | None = None
    solves = 1
    while heap and solves < most_solves:
        _, _, forbid, assignment = heapq.heappop(heap)
        clash = _buddy_clash(assignment, scores, allowed)
        if clash is None:
            found = assignment
            break
        r1, r2, s = clash
        for r in (r1, r2):
            branch = forbid | {(r, s)}
            v, a = solve(branch)
            solves += 1
            heapq.heappush(heap, (-v, solves, branch, a))
    if found is not None:
        score = int(sum(int(scores[r, s]) for r, s in found.items()))
        return Buddies(found, score, score)
    # Too many clashes to settle exactly: drop them, fill, and bound loosely.
    assignment = dict(heap[0][3]) if heap else {}
    while (clash := _buddy_clash(assignment, scores, allowed)) is not None:
        del assignment[clash[0]]
    assignment = _fill_buddies(assignment, scores, allowed, recruits, seasoned, caps)
    score = int(sum(int(scores[r, s]) for r, s in assignment.items()))
    top = -heap[0][0] if heap else 0.0
    if top < big * (len(assignment) + 1):
        bound = int(top - big * len(assignment))
    else:  # capacity ignored: what each recruit could get at best
        best = np.where(ok, sub, -1).max(axis=1)
        bound = int(best[best > 0].sum())
    return Buddies(assignment, score, max(bound, score))


def _buddy_clash(assignment: dict[int, int], scores: np.ndarray,
                 allowed: np.ndarray) -> tuple[int, int, int] | None:
    """Two recruits given the same buddy who may not be together: (weaker, other, buddy)."""
    groups: dict[int, list[int]] = {}
    for r, s in assignment.items():
        groups.setdefault(s, []).append(r)
    for s, rs in groups.items():
        for i, a in enumerate(rs):
            for b in rs[i + 1:]:
                if not allowed[a, b]:
                    return (a, b, s) if scores[a, s] <= scores[b, s] else (b, a, s)
    return None


def _fits(r: int, s: int, assignment: dict[int, int], room: dict[int, int],
          allowed: np.ndarray) -> bool:
    return (room.get(s, 0) > 0 and bool(allowed[r, s])
            and all(allowed[r, o] for o, t in assignment.items() if t == s))


def _fill_buddies(assignment: dict[int, int], scores: np.ndarray, allowed: np.ndarray,
                  recruits: Sequence[int], seasoned: Sequence[int],
                  caps: Sequence[int]) -> dict[int, int]:
    """Give a buddy to any recruit still without one whose allowed buddy has room."""
    room = dict(zip(seasoned, caps, strict=True))
    for s in assignment.values():
        room[s] -= 1
    for r in recruits:
        if r in assignment:
            continue
        options = [s for s in seasoned if _fits(r, s, assignment, room, allowed)]
        if options:
            s = max(options, key=lambda s: scores[r, s])
            assignment[r] = s
            room[s] -= 1
    return assignment


def _greedy_buddies(scores: np.ndarray, allowed: np.ndarray, recruits: Sequence[int],
                    seasoned: Sequence[int], caps: Sequence[int]) -> Buddies:
    room = dict(zip(seasoned, caps, strict=True))
    rec = np.asarray(recruits)
    sea = np.asarray(seasoned)
    sub = np.where(allowed[np.ix_(rec, sea)], scores[np.ix_(rec, sea)], -1)
    order = np.argsort(-sub, axis=None, kind="stable")
    assignment: dict[int, int] = {}
    for flat in order:
        i, j = divmod(int(flat), len(sea))
        if sub[i, j] < 0:
            break
        r, s = int(rec[i]), int(sea[j])
        if r not in assignment and _fits(r, s, assignment, room, allowed):
            assignment[r] = s
            room[s] -= 1
    score = int(sum(int(scores[r, s]) for r, s in assignment.items()))
    return Buddies(assignment, score, score)
