"""Whether a pair may be made at all, and everything one program's run needs.

The hard rules (reporting chain, no repeats, exclusions, who takes part, group size)
live here with the :class:`Context` of a program: the engine uses it for a run, and
the store uses it to check a hand-made change and to say what it does to the score.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from peerdesk.core.chain import managers_of
from peerdesk.core.models import Participant
from peerdesk.core.reasons import Reason
from peerdesk.core.scoring import (
    Profile,
    Weights,
    bands_for,
    breakdown,
    format_points,
    make_profile,
    points,
    reason_lines,
)
from peerdesk.core.settings import NEW_RECRUIT_MONTHS, SEASONED_MONTHS
from peerdesk.core.tenure import NEW, SEASONED
from peerdesk.i18n import _, ngettext

CHAIN = "reporting chain"
FACILITATOR = "facilitator"
OPTED_OUT = "opted out"
ARCHIVED = "archived"
SIZE = "group size"
HISTORY = "no repeats"
EXCLUSION = "exclusion"


@dataclass(slots=True)
class Rules:
    """The hard rules of one pairing run.

    ``manager_of`` covers the whole program (archived people too), so a chain that
    passes through someone who is not taking part still counts."""

    manager_of: dict[int, int | None] = field(default_factory=dict)
    history: dict[frozenset[int], str] = field(default_factory=dict)  # pair -> cycle name
    exclusions: dict[frozenset[int], str] = field(default_factory=dict)  # pair -> reason
    facilitators: set[int] = field(default_factory=set)  # facilitators not opted in
    _above: dict[int, list[int]] = field(default_factory=dict, repr=False)
    _kept: tuple[tuple[int, ...], dict[str, tuple[np.ndarray, np.ndarray]]] | None = field(
        default=None, repr=False)

    def above(self, person: int) -> list[int]:
        """Everyone above a person, nearest first; a chain already walked is reused, so a
        deep chain costs its length once, not once per person in it."""
        chain = self._above.get(person)
        if chain is not None:
            return chain
        path: list[int] = []
        seen = {person}
        current = self.manager_of.get(person)
        while current is not None and current not in seen and current not in self._above:
            path.append(current)
            seen.add(current)
            current = self.manager_of.get(current)
        if current is not None and current not in seen:  # reached a chain walked before
            tail = self._above[current]
            if seen.isdisjoint(tail):
                chain = [*path, current, *tail]
            else:  # a loop through this person: walk it the plain way
                chain = managers_of(person, self.manager_of)
        else:
            chain = path
        self._above[person] = chain
        return chain

    def broken(self, a: int, b: int, names: Mapping[int, str] | None = None) -> list[tuple[str, str]]:
        """Every hard rule that pairing ``a`` with ``b`` breaks, as (rule, sentence)."""
        names = names or {}
        na, nb = names.get(a, f"#{a}"), names.get(b, f"#{b}")
        out: list[tuple[str, str]] = []
        for low, high, nlow, nhigh in ((a, b, na, nb), (b, a, nb, na)):
            chain = self.above(low)
            if high in chain:
                if chain[0] == high:
                    text = _("{high} is {low}'s manager").format(high=nhigh, low=nlow)
                else:
                    text = _("{high} is above {low} in the reporting chain").format(
                        high=nhigh, low=nlow)
                out.append((CHAIN, _("{fact} (rule: never pair within a reporting chain).")
                            .format(fact=text)))
        key = frozenset((a, b))
        if key in self.history:
            out.append((HISTORY, _("{a} and {b} were already paired in {cycle} (rule: no "
                                   "repeated pairs).").format(a=na, b=nb,
                                                              cycle=self.history[key])))
        if key in self.exclusions:
            why = self.exclusions[key]
            out.append((EXCLUSION, (_("{a} and {b} must never be paired: {why} (rule: "
                                      "exclusion).") if why else
                                    _("{a} and {b} must never be paired (rule: exclusion)."))
                        .format(a=na, b=nb, why=why)))
        return out

    def kept_apart(self, ids: Sequence[int]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """For each rule, the index pairs ``(i, j)`` of ``ids`` it keeps apart (for the
        chain, ``ids[j]`` is above ``ids[i]``): read from the chains and the lists of
        pairs at once, never by asking every pair."""
        key = tuple(ids)
        if self._kept is not None and self._kept[0] == key:
            return self._kept[1]
        import itertools

        n = len(ids)
        index = {pid: i for i, pid in enumerate(ids)}
        chains = [self.above(pid) for pid in ids]
        lengths = np.fromiter(map(len, chains), dtype=np.int64, count=n)
        flat = np.fromiter(itertools.chain.from_iterable(chains), dtype=np.int64,
                           count=int(lengths.sum()))
        rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
        if len(flat) and flat.min() >= 0 and (not n or min(ids) >= 0):
            lookup = np.full(int(max(flat.max(), max(ids, default=0))) + 1, -1, dtype=np.int64)
            lookup[np.asarray(ids, dtype=np.int64)] = np.arange(n)
            cols = lookup[flat]
        else:
            cols = np.fromiter((index.get(int(x), -1) for x in flat), dtype=np.int64,
                               count=len(flat))
        keep = cols >= 0
        out = {"reporting chain": (rows[keep], cols[keep])}
        for rule, pairs in (("no repeats", self.history), ("exclusion", self.exclusions)):
            found = [(index[x], index[y]) for x, y in (tuple(k) for k in pairs if len(k) == 2)
                     if x in index and y in index]
            arr = np.asarray(found, dtype=np.int64).reshape(-1, 2)
            out[rule] = (arr[:, 0], arr[:, 1])
        self._kept = (key, out)
        return out

    def allowed_matrix(self, ids: Sequence[int]) -> np.ndarray:
        """``allowed[i, j]``: may ``ids[i]`` and ``ids[j]`` be put together."""
        n = len(ids)
        allowed = np.ones((n, n), dtype=bool)
        np.fill_diagonal(allowed, False)
        for r, c in self.kept_apart(ids).values():
            allowed[r, c] = False
            allowed[c, r] = False
        return allowed


@dataclass(slots=True)
class Options:
    weights: Weights = field(default_factory=Weights)
    default_capacity: int = 1
    new_months: int = NEW_RECRUIT_MONTHS
    seasoned_months: int = SEASONED_MONTHS
    today: date | None = None
    method: str = "optimal"  # "greedy": highest score first, the baseline the benchmark shows
    exact_edges: int = 800  # the most candidate edges handed to the blossom algorithm


@dataclass(slots=True)
class Group:
    """A pair, a trio or a buddy with their recruits; ``score`` in hundredths."""

    members: list[int]
    kind: str = "peer"  # buddy | peer
    roles: dict[int, str] = field(default_factory=dict)  # id -> buddy | recruit | peer
    score: int = 0
    reasons: list[str] = field(default_factory=list)  # Reason (a str) or stored text
    pinned: bool = False

    @property
    def points(self) -> float:
        return points(self.score)


class Context:
    """Everything the rules and the scores need about the people of one program.

    The engine uses it for a run; the store uses it to check a hand-made change and
    to say what it does to the score."""

    def __init__(self, people: Iterable[Participant], rules: Rules, options: Options | None = None):
        self.options = options or Options()
        self.rules = rules
        self.people = {int(p.id): p for p in people}  # type: ignore[arg-type]
        o = self.options
        self.bands = bands_for(self.people.values(), o.today, o.new_months, o.seasoned_months)
        self.names = {pid: p.name for pid, p in self.people.items()}
        self._profiles: dict[int, Profile] = {}
        self._ruled_cache: tuple[tuple[int, ...], tuple[dict[int, int], dict[str, np.ndarray]]] | None = None

    def profile(self, pid: int) -> Profile:
        prof = self._profiles.get(pid)
        if prof is None:
            prof = make_profile(self.people[pid], self.bands.get(pid, ""))
            self._profiles[pid] = prof
        return prof

    def capacity(self, pid: int) -> int:
        cap = self.people[pid].capacity
        return max(0, int(self.options.default_capacity if cap is None else cap))

    def absence(self, pid: int) -> tuple[str, str] | None:
        """Why a person takes no part in pairing at all, as (rule, sentence), or None."""
        p = self.people.get(pid)
        if p is None or p.archived:
            name = p.name if p else f"#{pid}"
            return ARCHIVED, _("{name} is archived and no longer in the program.").format(
                name=name)
        if not p.opted_in:
            return OPTED_OUT, _("{name} has opted out of pairing.").format(name=p.name)
        if pid in self.rules.facilitators:
            return FACILITATOR, _("{name} is a facilitator and has not opted in to pairing "
                                  "(rule: facilitators are not paired unless they opt in)."
                                  ).format(name=p.name)
        return None

    def eligible(self) -> list[int]:
        return [pid for pid in sorted(self.people) if self.absence(pid) is None]

    # -- one group ------------------------------------------------------------------
    def kind_of(self, members: Sequence[int],
                hint: Mapping[int, str] | None = None) -> tuple[str, dict[int, str]]:
        """A buddy group: one seasoned buddy, the new recruits they take (up to their
        capacity), and possibly one more person who joined as a peer.

        ``hint`` holds the roles a group had (from the engine or the program file), so
        a buddy keeps the role when a third person joins; without one, a group is a
        buddy group when it is one seasoned person with room and recruits only."""
        hint = hint or {}
        marked = [m for m in members if hint.get(m) == "buddy" and self.bands.get(m) == SEASONED]
        if len(marked) == 1:
            buddy = marked[0]
            room = self.capacity(buddy)
            roles = {buddy: "buddy"}
            for m in members:
                if m == buddy:
                    continue
                if self.bands.get(m) == NEW and hint.get(m, "recruit") == "recruit" and room:
                    roles[m] = "recruit"
                    room -= 1
                else:
                    roles[m] = "peer"
            if "recruit" in roles.values():
                return "buddy", roles
        seasoned = [m for m in members if self.bands.get(m) == SEASONED]
        recruits = [m for m in members if self.bands.get(m) == NEW]
        if (len(seasoned) == 1 and recruits and len(seasoned) + len(recruits) == len(members)
                and len(recruits) <= self.capacity(seasoned[0])):
            roles = {m: "recruit" for m in recruits}
            roles[seasoned[0]] = "buddy"
            return "buddy", roles
        return "peer", {m: "peer" for m in members}

    def links(self, members: Sequence[int], roles: dict[int, str]) -> list[tuple[int, int]]:
        """The pairs in a group that count for its score (recruits sharing a buddy do not)."""
        out = []
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if roles.get(a) == roles.get(b) == "recruit":
                    continue
                out.append((a, b))
        return out

    def describe(self, members: Sequence[int], pinned: bool = False,
                 hint: Mapping[int, str] | None = None) -> Group:
        members = list(members)
        kind, roles = self.kind_of(members, hint)
        if kind == "buddy":  # the buddy first, then the recruits, then a joiner
            rank = {"buddy": 0, "recruit": 1, "peer": 2}
            members.sort(key=lambda m: rank[roles[m]])
        w = self.options.weights
        total = 0
        reasons: list[str] = []
        links = self.links(members, roles)
        if kind == "buddy":
            buddy = members[0]
            recruits = ", ".join(self.names[m] for m in members if roles[m] == "recruit")
            reasons.append(Reason("buddy", buddy=self.names[buddy], recruits=recruits))
        for a, b in links:
            parts = breakdown(self.profile(a), self.profile(b), w)
            value = sum(v for v, _ in parts)
            total += value
            if len(links) == 1:
                reasons.extend(reason_lines(parts) or [Reason("nothing")])
                continue
            # several links (a trio, a buddy with recruits): one line for each two of them
            reasons.append(Reason("link", a=self.names[a], b=self.names[b],
                                  points=format_points(value), units=int(value),
                                  parts=[r for _, r in parts]))
        return Group(members=members, kind=kind, roles=roles, score=total, reasons=reasons,
                     pinned=pinned)

    def violations(self, members: Sequence[int],
                   hint: Mapping[int, str] | None = None) -> list[tuple[str, str]]:
        """Every hard rule a group breaks, each as (rule, sentence naming it)."""
        out: list[tuple[str, str]] = []
        for m in members:
            absent = self.absence(m)
            if absent is not None:
                out.append(absent)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                out.extend(self.rules.broken(a, b, self.names))
        kind, roles = self.kind_of(members, hint)
        limit = 3
        if kind == "buddy":
            limit = max(3, 1 + sum(r == "recruit" for r in roles.values()) + 1)
        if len(members) > limit:
            out.append((SIZE, _("A group can have at most {n} people (rule: pairs, trios, or "
                                "a buddy with as many recruits as they can take).").format(
                                    n=limit)))
        return out

    # -- someone left out -------------------------------------------------------------
    def _ruled_out(self, pool: Sequence[int]) -> tuple[dict[int, int], dict[str, np.ndarray]]:
        """How many of the pool each rule keeps each person from, each other person counted
        under the first rule that applies (chain, then no repeats, then exclusion)."""
        key = tuple(pool)
        cached = self._ruled_cache
        if cached is not None and cached[0] == key:
            return cached[1]
        from scipy.sparse import coo_matrix, csr_matrix

        n = len(pool)
        kept = self.rules.kept_apart(pool)

        def table(rule: str) -> csr_matrix:
            r, c = kept[rule]
            ones = np.ones(2 * len(r), dtype=np.int32)
            m = coo_matrix((ones, (np.concatenate([r, c]), np.concatenate([c, r]))),
                           shape=(n, n)).tocsr()
            return m.astype(bool)  # a pair listed twice sums to 2: still one True

        chain, history, excluded = table(CHAIN), table(HISTORY), table(EXCLUSION)
        history_only = history > history.multiply(chain)
        either = (chain + history) > 0
        excluded_only = excluded > excluded.multiply(either)
        counts = {rule: np.asarray(m.sum(axis=1)).ravel() for rule, m in
                  ((CHAIN, chain), (HISTORY, history_only), (EXCLUSION, excluded_only))}
        out = ({pid: i for i, pid in enumerate(pool)}, counts)
        self._ruled_cache = (key, out)
        return out

    def unpaired_reason(self, pid: int, pool: Sequence[int],
                        published: date | None = None) -> str:
        """Why ``pid`` is in no group: not taking part, joined after the pairs were
        published (``published``: the day the cycle's pairs first were), or no allowed
        partner left in ``pool``."""
        absent = self.absence(pid)
        if absent is not None:
            return absent[1]
        hired = self.people[pid].hire_date
        if published and hired and hired > published and pid in pool:
            # Cheap and more useful than weighing every partner: they came later.
            return _("Joined after the pairs were published ({date}): add them to a pair by "
                     "hand, or unpublish and regenerate.").format(date=published.isoformat())
        name = self.names[pid]
        inside = pid in set(pool)
        others = len(pool) - (1 if inside else 0)
        if not others:
            return _("Nobody else is taking part, so {name} has no one to pair with.").format(
                name=name)
        index, ruled = self._ruled_out(pool if inside else [*pool, pid])
        counts = {rule: int(ruled[rule][index[pid]]) for rule in (CHAIN, HISTORY, EXCLUSION)}
        allowed = others - sum(counts.values())
        if allowed == 0:
            parts = [_("{n} in the reporting chain").format(n=counts[CHAIN])
                     if counts[CHAIN] else "",
                     ngettext("{n} earlier partner", "{n} earlier partners",
                              counts[HISTORY]).format(n=counts[HISTORY]) if counts[HISTORY] else "",
                     _("{n} excluded").format(n=counts[EXCLUSION]) if counts[EXCLUSION] else ""]
            detail = ", ".join(p for p in parts if p)
            return _("No allowed partner: every one of the {n} others is ruled out for {name} "
                     "({detail}).").format(n=others, name=name, detail=detail)
        if allowed == 1:
            return _("No allowed partner left: the one person {name} may be paired with is in "
                     "a pair already, and that pair may not take a third person.").format(
                         name=name)
        return _("No allowed partner left: the {n} people {name} may be paired with are all "
                 "in pairs already, and none of those pairs may take a third person.").format(
                     n=allowed, name=name)
