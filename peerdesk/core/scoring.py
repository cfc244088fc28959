"""What a pair is worth, and whether it may be made at all.

The pairing engine needs the score of every possible pair at once (a matrix built
with numpy), while the window and the reports need the score of one pair in words.
Both come from the same integer parts here, so the number a pair shows is always
the sum of the reasons it lists.

Scores are kept as whole hundredths (``UNITS``): the matchers then work on exact
integers, and ``networkx`` is never handed a float.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from peerdesk.core.chain import managers_of
from peerdesk.core.models import Participant
from peerdesk.core.tenure import BETWEEN, NEW, SEASONED, tenure_band

UNITS = 100
_BAND_RANK = {NEW: 0, BETWEEN: 1, SEASONED: 2}
_LEVEL_WORDS = {1: " (basics)", 2: "", 3: " (expert)"}
_DAY_ALIASES = {
    "monday": "mon", "mondays": "mon", "tuesday": "tue", "tuesdays": "tue", "tues": "tue",
    "wednesday": "wed", "wednesdays": "wed", "thursday": "thu", "thursdays": "thu",
    "thur": "thu", "thurs": "thu", "friday": "fri", "fridays": "fri", "morning": "mornings",
    "afternoon": "afternoons", "evening": "evenings",
}
_NOISE = {"and", "or", "the", "any", "time", "anytime", "flexible", "always", "not", "only", "on",
          "in", "at", "all", "day", "days"}
ANY_TIME = "*"
_DAY_NAMES = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
              "fri": "Friday"}


@dataclass(frozen=True, slots=True)
class Weights:
    """The program's weights (setting ``weights``); negative values count as zero.

    Every part of the score is a bonus, never a penalty: that keeps the matchers'
    upper bounds simple and means an allowed pair is never worse than no pair."""

    skill: float = 3.0
    cross_department: float = 2.0
    tenure_gap: float = 1.0
    same_location: float = 1.0
    availability: float = 0.5

    @classmethod
    def from_mapping(cls, values: Mapping[str, object] | None) -> Weights:
        base = cls()
        if not values:
            return base
        kwargs = {}
        for name in ("skill", "cross_department", "tenure_gap", "same_location", "availability"):
            raw = values.get(name, getattr(base, name))
            try:
                kwargs[name] = max(0.0, float(raw))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                kwargs[name] = getattr(base, name)
        return cls(**kwargs)


def units(value: float) -> int:
    return int(round(value * UNITS))


def points(value_units: int | float) -> float:
    """Hundredths back to points, for display and JSON."""
    return round(float(value_units) / UNITS, 2)


def format_points(value_units: int | float, sign: bool = True) -> str:
    text = f"{abs(float(value_units)) / UNITS:.2f}".rstrip("0").rstrip(".")
    if not sign:
        return text if value_units >= 0 else f"-{text}"
    return ("+" if value_units >= 0 else "-") + text


def availability_tokens(text: str) -> frozenset[str]:
    """The words of a free-text availability ("Mon, Wed mornings"), day names shortened."""
    words = re.findall(r"[a-z]+", text.lower())
    out = set()
    if re.search(r"\b(any ?time|anytime|flexible|always)\b", text.lower()):
        out.add(ANY_TIME)
    negate = False
    for word in words:
        if word == "not":
            negate = True
            continue
        token = _DAY_ALIASES.get(word, word)
        if negate:  # "Not Fridays" says nothing positive to match on
            negate = False
            continue
        if token not in _NOISE:
            out.add(token)
    return frozenset(out)


@dataclass(slots=True)
class Profile:
    """What scoring needs to know about one person, worked out once per run."""

    id: int
    name: str
    department: str = ""
    location: str = ""
    band: str = ""
    availability: frozenset[str] = frozenset()
    teaches: dict[str, int] = field(default_factory=dict)  # skill (lower case) -> level
    learns: dict[str, int] = field(default_factory=dict)
    skill_names: dict[str, str] = field(default_factory=dict)  # lower case -> as written


def make_profile(p: Participant, band: str) -> Profile:
    names: dict[str, str] = {}
    teaches: dict[str, int] = {}
    learns: dict[str, int] = {}
    for s in p.skills:
        key = " ".join(s.skill.split()).lower()
        if not key:
            continue
        names.setdefault(key, " ".join(s.skill.split()))
        target = teaches if s.direction == "teach" else learns
        target[key] = max(target.get(key, 0), max(1, min(3, int(s.level))))
    return Profile(id=int(p.id), name=p.name, department=p.department.strip(),  # type: ignore[arg-type]
                   location=p.location.strip(), band=band,
                   availability=availability_tokens(p.availability), teaches=teaches,
                   learns=learns, skill_names=names)


def bands_for(people: Iterable[Participant], today: date | None = None,
              new_months: int = 6, seasoned_months: int = 24) -> dict[int, str]:
    return {int(p.id): tenure_band(p.hire_date, today, new_months, seasoned_months)  # type: ignore[arg-type]
            for p in people}


# -- one pair, in words -----------------------------------------------------------------

def _skill_units(w: Weights, level: int) -> int:
    """A taught skill counts its weight at level 2, half more for an expert, half for basics."""
    return units(w.skill * level / 2)


def _tenure_units(w: Weights, gap: int) -> int:
    return units(w.tenure_gap * gap / 2)


def breakdown(a: Profile, b: Profile, w: Weights) -> list[tuple[int, str]]:
    """Each part of the pair's score as (hundredths, words), largest first."""
    parts: list[tuple[int, str]] = []
    for teacher, learner in ((a, b), (b, a)):
        for key in sorted(teacher.teaches.keys() & learner.learns.keys()):
            level = teacher.teaches[key]
            shown = teacher.skill_names.get(key) or learner.skill_names.get(key) or key
            value = _skill_units(w, level)
            if value:
                parts.append((value, f"{teacher.name} teaches {shown}{_LEVEL_WORDS.get(level, '')}, "
                                     f"{learner.name} wants {shown}"))
    if a.department and b.department and a.department.lower() != b.department.lower():
        value = units(w.cross_department)
        if value:
            parts.append((value, f"different departments ({a.department}, {b.department})"))
    ra, rb = _BAND_RANK.get(a.band), _BAND_RANK.get(b.band)
    if ra is not None and rb is not None and ra != rb:
        gap = abs(ra - rb)
        value = _tenure_units(w, gap)
        if value:
            if gap == 2:
                text = "a new recruit with a seasoned colleague"
            else:
                text = f"different tenure ({a.band}, {b.band})"
            parts.append((value, text))
    if a.location and b.location and a.location.lower() == b.location.lower():
        value = units(w.same_location)
        if value:
            parts.append((value, f"same office ({a.location})"))
    common = (a.availability & b.availability) - {ANY_TIME}
    flexible = (ANY_TIME in a.availability and b.availability) or (
        ANY_TIME in b.availability and a.availability)
    if common or flexible:
        value = units(w.availability)
        if value:
            if common:
                shown = ", ".join(_DAY_NAMES.get(t, t) for t in sorted(common))
                parts.append((value, f"both available: {shown}"))
            else:
                parts.append((value, "compatible availability (one is free any time)"))
    parts.sort(key=lambda part: -part[0])
    return parts


def pair_units(a: Profile, b: Profile, w: Weights) -> int:
    return sum(value for value, _ in breakdown(a, b, w))


def reason_lines(parts: Sequence[tuple[int, str]]) -> list[str]:
    """``[(300, "Anna teaches SQL, Ben wants SQL")]`` -> ``["+3 Anna teaches SQL, Ben wants SQL"]``."""
    return [f"{format_points(value)} {text}" for value, text in parts]


# -- every pair at once ---------------------------------------------------------------

def _codes(values: Sequence[str]) -> np.ndarray:
    """Equal non-empty strings (case-insensitive) get equal codes; empty ones get -1."""
    table: dict[str, int] = {}
    out = np.full(len(values), -1, dtype=np.int64)
    for i, v in enumerate(values):
        if v:
            out[i] = table.setdefault(v.lower(), len(table))
    return out


def _sparse(rows: list[int], cols: list[int], values: list[int], shape: tuple[int, int]):
    from scipy.sparse import csr_matrix

    return csr_matrix((np.asarray(values, dtype=np.int32), (np.asarray(rows, dtype=np.int64),
                                                            np.asarray(cols, dtype=np.int64))),
                      shape=shape)


def score_matrix(profiles: Sequence[Profile], w: Weights) -> np.ndarray:
    """Every pair's score in hundredths, as a symmetric int32 matrix with a zero diagonal.

    Built from whole-number parts so that ``matrix[i, j] == pair_units(i, j)`` exactly."""
    n = len(profiles)
    if n == 0:
        return np.zeros((0, 0), dtype=np.int32)
    skills: dict[str, int] = {}
    for p in profiles:
        for key in p.teaches:
            skills.setdefault(key, len(skills))
        for key in p.learns:
            skills.setdefault(key, len(skills))
    k = max(1, len(skills))
    level_units = {level: _skill_units(w, level) for level in (1, 2, 3)}
    rows, cols, vals = [], [], []
    learn_rows, learn_cols = [], []
    for i, p in enumerate(profiles):
        for key, level in p.teaches.items():
            rows.append(i)
            cols.append(skills[key])
            vals.append(level_units[level])
        for key in p.learns:
            learn_rows.append(i)
            learn_cols.append(skills[key])
    # a teaches b, as a sparse product: people teach and learn a handful of skills, and
    # this needs no BLAS threads (which crawl on a busy two-core laptop)
    teach = _sparse(rows, cols, vals, (n, k))
    learn = _sparse(learn_rows, learn_cols, [1] * len(learn_rows), (n, k))
    total = (teach @ learn.T).toarray().astype(np.int32, copy=False)
    total += total.T.copy()

    dept = _codes([p.department for p in profiles])
    known = dept >= 0
    value = units(w.cross_department)
    if value:
        cross = (dept[:, None] != dept[None, :]) & known[:, None] & known[None, :]
        total += cross.astype(np.int32) * np.int32(value)
        del cross

    rank = np.array([_BAND_RANK.get(p.band, -9) for p in profiles], dtype=np.int8)
    value1, value2 = _tenure_units(w, 1), _tenure_units(w, 2)
    if value1 or value2:
        lut = np.zeros(16, dtype=np.int32)
        lut[1], lut[2] = value1, value2
        gap = np.abs(rank[:, None] - rank[None, :]).astype(np.int8)
        gap[(rank < 0)[:, None] | (rank < 0)[None, :]] = 0
        total += lut[gap]
        del gap

    loc = _codes([p.location for p in profiles])
    value = units(w.same_location)
    if value:
        same = (loc[:, None] == loc[None, :]) & (loc >= 0)[:, None]
        total += same.astype(np.int32) * np.int32(value)
        del same

    value = units(w.availability)
    if value:
        tokens: dict[str, int] = {}
        for p in profiles:
            for t in p.availability:
                if t != ANY_TIME:
                    tokens.setdefault(t, len(tokens))
        said = np.array([bool(p.availability) for p in profiles])
        anytime = np.array([ANY_TIME in p.availability for p in profiles])
        if said.any():
            rows, cols = [], []
            for i, p in enumerate(profiles):
                for t in p.availability:
                    if t != ANY_TIME:
                        rows.append(i)
                        cols.append(tokens[t])
            avail = _sparse(rows, cols, [1] * len(rows), (n, max(1, len(tokens))))
            overlap = (avail @ avail.T).toarray() > 0
            overlap |= anytime[:, None] & said[None, :]
            overlap |= said[:, None] & anytime[None, :]
            total += overlap.astype(np.int32) * np.int32(value)
            del overlap
    np.fill_diagonal(total, 0)
    return total


# -- the hard rules -------------------------------------------------------------------

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

    def above(self, person: int) -> list[int]:
        chain = self._above.get(person)
        if chain is None:
            chain = managers_of(person, self.manager_of)
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
                    text = f"{nhigh} is {nlow}'s manager"
                else:
                    text = f"{nhigh} is above {nlow} in the reporting chain"
                out.append((CHAIN, f"{text} (rule: never pair within a reporting chain)."))
        key = frozenset((a, b))
        if key in self.history:
            out.append((HISTORY, f"{na} and {nb} were already paired in {self.history[key]} "
                                 "(rule: no repeated pairs)."))
        if key in self.exclusions:
            why = self.exclusions[key]
            out.append((EXCLUSION, f"{na} and {nb} must never be paired"
                                   f"{': ' + why if why else ''} (rule: exclusion)."))
        return out

    def allows(self, a: int, b: int) -> bool:
        if a == b:
            return False
        key = frozenset((a, b))
        if key in self.history or key in self.exclusions:
            return False
        return b not in self.above(a) and a not in self.above(b)

    def allowed_matrix(self, ids: Sequence[int]) -> np.ndarray:
        """``allowed[i, j]``: may ``ids[i]`` and ``ids[j]`` be put together."""
        n = len(ids)
        allowed = np.ones((n, n), dtype=bool)
        np.fill_diagonal(allowed, False)
        index = {pid: i for i, pid in enumerate(ids)}
        rows: list[int] = []
        cols: list[int] = []
        for i, pid in enumerate(ids):
            for boss in self.above(pid):
                j = index.get(boss)
                if j is not None:
                    rows.append(i)
                    cols.append(j)
        for pairs in (self.history, self.exclusions):
            for key in pairs:
                if len(key) != 2:
                    continue
                x, y = tuple(key)
                i, j = index.get(x), index.get(y)
                if i is not None and j is not None:
                    rows.append(i)
                    cols.append(j)
        if rows:
            r = np.array(rows)
            c = np.array(cols)
            allowed[r, c] = False
            allowed[c, r] = False
        return allowed


@dataclass(slots=True)
class Options:
    weights: Weights = field(default_factory=Weights)
    default_capacity: int = 1
    new_months: int = 6
    seasoned_months: int = 24
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
    reasons: list[str] = field(default_factory=list)
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
            return ARCHIVED, f"{name} is archived and no longer in the program."
        if not p.opted_in:
            return OPTED_OUT, f"{p.name} has opted out of pairing."
        if pid in self.rules.facilitators:
            return FACILITATOR, (f"{p.name} is a facilitator and has not opted in to pairing "
                                 "(rule: facilitators are not paired unless they opt in).")
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
            reasons.append(f"{self.names[buddy]} (seasoned) is the buddy of {recruits} (new recruit)")
        for a, b in links:
            parts = breakdown(self.profile(a), self.profile(b), w)
            total += sum(v for v, _ in parts)
            lines = reason_lines(parts) or ["+0 allowed pair, with nothing extra in common"]
            if len(links) > 1:
                lines = [f"{self.names[a]} & {self.names[b]}: {line}" for line in lines]
            reasons.extend(lines)
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
            out.append((SIZE, f"A group can have at most {limit} people (rule: pairs, "
                              "trios, or a buddy with as many recruits as they can take)."))
        return out

    # -- someone left out -------------------------------------------------------------
    def unpaired_reason(self, pid: int, pool: Sequence[int]) -> str:
        absent = self.absence(pid)
        if absent is not None:
            return absent[1]
        name = self.names[pid]
        others = [o for o in pool if o != pid]
        if not others:
            return f"Nobody else is taking part, so {name} has no one to pair with."
        counts = {CHAIN: 0, HISTORY: 0, EXCLUSION: 0}
        allowed = 0
        for o in others:
            broken = self.rules.broken(pid, o)
            if broken:
                counts[broken[0][0]] += 1
            else:
                allowed += 1
        if allowed == 0:
            parts = [f"{counts[CHAIN]} in the reporting chain" if counts[CHAIN] else "",
                     f"{counts[HISTORY]} earlier partners" if counts[HISTORY] else "",
                     f"{counts[EXCLUSION]} excluded" if counts[EXCLUSION] else ""]
            detail = ", ".join(p for p in parts if p)
            return (f"No allowed partner: every one of the {len(others)} others is ruled out "
                    f"for {name} ({detail}).")
        whom = "person" if allowed == 1 else "people"
        return (f"No allowed partner left: the {allowed} {whom} {name} may be paired with "
                "are all in pairs already, and none of those pairs may take a third person.")
