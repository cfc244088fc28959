"""What a pair is worth: in words for one pair, as a matrix for every pair at once.

The pairing engine needs the score of every possible pair at once (a matrix built
with numpy), while the window and the reports need the score of one pair in words.
Both come from the same integer parts here, so the number a pair shows is always
the sum of the reasons it lists. Whether a pair may be made at all is
:mod:`peerdesk.core.rules`.

Scores are kept as whole hundredths (``UNITS``): the matchers then work on exact
integers, and ``networkx`` is never handed a float.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from peerdesk.core.models import Participant
from peerdesk.core.reasons import Reason
from peerdesk.core.settings import NEW_RECRUIT_MONTHS, SEASONED_MONTHS
from peerdesk.core.tenure import BETWEEN, NEW, SEASONED, tenure_band

if TYPE_CHECKING:  # numpy is loaded by the matrix only: a one-page document needs none
    import numpy as np

UNITS = 100
_BAND_RANK = {NEW: 0, BETWEEN: 1, SEASONED: 2}
_DAY_ALIASES = {
    "monday": "mon", "mondays": "mon", "tuesday": "tue", "tuesdays": "tue", "tues": "tue",
    "wednesday": "wed", "wednesdays": "wed", "thursday": "thu", "thursdays": "thu",
    "thur": "thu", "thurs": "thu", "friday": "fri", "fridays": "fri", "morning": "mornings",
    "afternoon": "afternoons", "evening": "evenings",
}
_NOISE = {"and", "or", "the", "any", "time", "anytime", "flexible", "always", "not", "only", "on",
          "in", "at", "all", "day", "days"}
ANY_TIME = "*"


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
    preference: float = 1.5  # one asked to learn from the other (intake form)

    @classmethod
    def from_mapping(cls, values: Mapping[str, object] | None) -> Weights:
        base = cls()
        if not values:
            return base
        kwargs = {}
        for name in ("skill", "cross_department", "tenure_gap", "same_location", "availability",
                     "preference"):
            raw = values.get(name, getattr(base, name))
            try:
                kwargs[name] = max(0.0, float(raw))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                kwargs[name] = getattr(base, name)
        return cls(**kwargs)


def units(value: float) -> int:
    return round(value * UNITS)


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
    prefers: frozenset[int] = frozenset()  # ids this person asked to learn from


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
                   learns=learns, skill_names=names, prefers=frozenset(p.learn_from))


def bands_for(people: Iterable[Participant], today: date | None = None,
              new_months: int = NEW_RECRUIT_MONTHS,
              seasoned_months: int = SEASONED_MONTHS) -> dict[int, str]:
    return {int(p.id): tenure_band(p.hire_date, today, new_months, seasoned_months)  # type: ignore[arg-type]
            for p in people}


# -- one pair, in words -----------------------------------------------------------------

def _skill_units(w: Weights, level: int) -> int:
    """A taught skill counts its weight at level 2, half more for an expert, half for basics."""
    return units(w.skill * level / 2)


def _tenure_units(w: Weights, gap: int) -> int:
    return units(w.tenure_gap * gap / 2)


def breakdown(a: Profile, b: Profile, w: Weights) -> list[tuple[int, Reason]]:
    """Each part of the pair's score as (hundredths, reason), largest first; a reason is
    a code with its values (:mod:`peerdesk.core.reasons`), its ``str`` the English words."""
    parts: list[tuple[int, Reason]] = []
    for teacher, learner in ((a, b), (b, a)):
        for key in sorted(teacher.teaches.keys() & learner.learns.keys()):
            level = teacher.teaches[key]
            shown = teacher.skill_names.get(key) or learner.skill_names.get(key) or key
            value = _skill_units(w, level)
            if value:
                parts.append((value, Reason("teaches", teacher=teacher.name, skill=shown,
                                            level=level, learner=learner.name)))
    if a.department and b.department and a.department.lower() != b.department.lower():
        value = units(w.cross_department)
        if value:
            parts.append((value, Reason("departments", a=a.department, b=b.department)))
    ra, rb = _BAND_RANK.get(a.band), _BAND_RANK.get(b.band)
    if ra is not None and rb is not None and ra != rb:
        gap = abs(ra - rb)
        value = _tenure_units(w, gap)
        if value:
            if gap == 2:
                parts.append((value, Reason("new_with_seasoned")))
            else:
                parts.append((value, Reason("tenure", a=a.band, b=b.band)))
    if a.location and b.location and a.location.lower() == b.location.lower():
        value = units(w.same_location)
        if value:
            parts.append((value, Reason("office", office=a.location)))
    common = (a.availability & b.availability) - {ANY_TIME}
    flexible = (ANY_TIME in a.availability and b.availability) or (
        ANY_TIME in b.availability and a.availability)
    if common or flexible:
        value = units(w.availability)
        if value:
            if common:
                parts.append((value, Reason("available", days=sorted(common))))
            else:
                parts.append((value, Reason("any_time")))
    value = units(w.preference)
    for learner, teacher in ((a, b), (b, a)):
        if value and teacher.id in learner.prefers:
            parts.append((value, Reason("asked", learner=learner.name, teacher=teacher.name)))
    parts.sort(key=lambda part: -part[0])
    return parts


def pair_units(a: Profile, b: Profile, w: Weights) -> int:
    return sum(value for value, _ in breakdown(a, b, w))


def reason_lines(parts: Sequence[tuple[int, str]]) -> list[str]:
    """``[(300, "Anna teaches SQL, Ben wants SQL")]`` -> ``["+3 Anna teaches SQL, Ben wants SQL"]``."""
    return [Reason("scored", points=format_points(value), units=int(value), part=text)
            for value, text in parts]


# -- every pair at once ---------------------------------------------------------------

def _codes(values: Sequence[str]) -> np.ndarray:
    """Equal non-empty strings (case-insensitive) get equal codes; empty ones get -1."""
    import numpy as np

    table: dict[str, int] = {}
    out = np.full(len(values), -1, dtype=np.int64)
    for i, v in enumerate(values):
        if v:
            out[i] = table.setdefault(v.lower(), len(table))
    return out


def score_matrix(profiles: Sequence[Profile], w: Weights,
                 check: Callable[[], object] | None = None) -> np.ndarray:
    """Every pair's score in hundredths, as a symmetric int32 matrix with a zero diagonal.

    Built from whole-number parts so that ``matrix[i, j] == pair_units(i, j)`` exactly.
    It is filled a band of rows at a time, each part added in place, so nothing else of
    the matrix's size is made: 10,000 people take the 400 MB of the answer and little
    more. ``check`` is called between bands (a cancelled run raises from it)."""
    import numpy as np

    n = len(profiles)
    if n == 0:
        return np.zeros((0, 0), dtype=np.int32)
    teach, learn = _skill_tables(profiles, w)
    has_skill = bool(teach.any() and learn.any())

    dept = _codes([p.department for p in profiles])
    loc = _codes([p.location for p in profiles])
    rank = np.array([_BAND_RANK.get(p.band, 3) for p in profiles], dtype=np.int8)
    cross, office = units(w.cross_department), units(w.same_location)
    gap_units = (0, _tenure_units(w, 1), _tenure_units(w, 2))
    lut = np.zeros(16, dtype=np.int32)  # band a * 4 + band b -> the tenure part (3: unknown)
    for ra in range(3):
        for rb in range(3):
            lut[ra * 4 + rb] = gap_units[abs(ra - rb)]
    when = units(w.availability)
    avail, said, anytime = _availability(profiles)
    timed = bool(when and said.any())

    from scipy.sparse import csr_matrix

    # sparse products: a person teaches and learns a handful of skills, and they need no
    # BLAS threads (which crawl on a busy two-core laptop)
    teach_s, learn_s = csr_matrix(teach.astype(np.int32)), csr_matrix(learn.astype(np.int32))
    teach_t, learn_t = teach_s.T.tocsc(), learn_s.T.tocsc()
    avail_s = csr_matrix(avail.astype(np.int32))
    avail_t = avail_s.T.tocsc()
    total = np.empty((n, n), dtype=np.int32)
    step = max(1, 1_000_000 // n)
    for lo in range(0, n, step):
        rows = slice(lo, min(n, lo + step))
        if check is not None:
            check()
        band = total[rows]
        if has_skill:  # a teaches b, and b teaches a
            band[...] = (teach_s[rows] @ learn_t).toarray()
            band += (learn_s[rows] @ teach_t).toarray()
        else:
            band[...] = 0
        if cross:
            mask = dept[rows, None] != dept[None, :]
            mask &= (dept[rows] >= 0)[:, None]
            mask &= (dept >= 0)[None, :]
            np.add(band, np.int32(cross), out=band, where=mask)
        if gap_units[1] or gap_units[2]:
            band += lut[rank[rows, None] * 4 + rank[None, :]]  # one look-up per cell
        if office:
            mask = loc[rows, None] == loc[None, :]
            mask &= (loc[rows] >= 0)[:, None]
            np.add(band, np.int32(office), out=band, where=mask)
        if timed:
            mask = (avail_s[rows] @ avail_t).toarray() > 0
            mask |= anytime[rows, None] & said[None, :]
            mask |= said[rows, None] & anytime[None, :]
            np.add(band, np.int32(when), out=band, where=mask)
    _add_preferences(total, profiles, units(w.preference))
    np.fill_diagonal(total, 0)
    return total


def _skill_tables(profiles: Sequence[Profile], w: Weights) -> tuple[np.ndarray, np.ndarray]:
    """Per person and skill: what teaching it is worth (by level), and 1 for learning it."""
    import numpy as np

    skills: dict[str, int] = {}
    for p in profiles:
        for key in (*p.teaches, *p.learns):
            skills.setdefault(key, len(skills))
    shape = (len(profiles), max(1, len(skills)))
    teach = np.zeros(shape, dtype=np.int32)
    learn = np.zeros(shape, dtype=np.int32)
    level_units = {level: _skill_units(w, level) for level in (1, 2, 3)}
    for i, p in enumerate(profiles):
        for key, level in p.teaches.items():
            teach[i, skills[key]] = level_units[level]
        for key in p.learns:
            learn[i, skills[key]] = 1
    return teach, learn


def _availability(profiles: Sequence[Profile]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per person: a 1 for each time they said they can meet, whether they said any, and
    whether they said "any time"."""
    import numpy as np

    tokens: dict[str, int] = {}
    for p in profiles:
        for t in p.availability:
            if t != ANY_TIME:
                tokens.setdefault(t, len(tokens))
    said = np.array([bool(p.availability) for p in profiles])
    anytime = np.array([ANY_TIME in p.availability for p in profiles])
    avail = np.zeros((len(profiles), max(1, len(tokens))), dtype=np.int32)
    for i, p in enumerate(profiles):
        for t in p.availability:
            if t != ANY_TIME:
                avail[i, tokens[t]] = 1
    return avail, said, anytime


def _add_preferences(total: np.ndarray, profiles: Sequence[Profile], value: int) -> None:
    """``value`` on both cells of each pair where one asked for the other (twice when both
    did)."""
    if not value:
        return
    index = {p.id: i for i, p in enumerate(profiles)}
    for i, p in enumerate(profiles):
        for wanted in p.prefers:
            j = index.get(wanted)
            if j is not None and j != i:
                total[i, j] += value
                total[j, i] += value
