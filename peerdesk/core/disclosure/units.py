"""The answers as units: the figures' keys, and every form's answers as exact numbers
in the atoms of each measure (see :mod:`peerdesk.core.disclosure`)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from fractions import Fraction
from operator import itemgetter
from typing import TYPE_CHECKING, SupportsIndex, SupportsInt

from peerdesk.core.answers import NUMERIC_KINDS, SAFETY_GROUP, USEFULNESS_KEY
from peerdesk.i18n import _
from peerdesk.i18n import gettext_noop as M_

if TYPE_CHECKING:
    from peerdesk.core.feedback import FeedbackData


MIN_GROUP_FLOOR = 3
DEFAULT_MIN_GROUP = 5
BLANK = "\x00"  # forms without a department (or a confidence answer without a skill)
NO_SKILL = "Skill not named"
# An atom of answers: (cycle_id, session_id or None, group or BLANK)
Atom = tuple[int, int | None, str]

SESSION_MEASURES = ("forms", "usefulness", "safety", "enps")
PHASES = ("session", "before", "after")
# In English (marked for the catalogues): translated where shown, _(MEASURE_NAMES[m]).
MEASURE_NAMES = {"forms": M_("forms returned"), "usefulness": M_("usefulness (1-5)"),
                 "safety": M_("psychological safety (1-5)"), "enps": M_("eNPS (-100 to 100)"),
                 "comments": M_("written comments"), "response_rate": M_("response rate"),
                 "confidence": M_("skill confidence (1-5)")}

TOO_FEW = M_("too few responses")  # translated where shown (peerdesk.i18n)
NO_RESPONSES = M_("no responses")


def small_reason(k: int) -> str:
    """The one reason a group below k is withheld, the same for none and for 1..k-1
    forms: a view that said "no responses" for an empty group would tell the lone member
    of a one-person department (or the lone attendee of a session) had not answered."""
    return _("{too_few}: fewer than {k} (or none)").format(too_few=_(TOO_FEW), k=k)



def group_threshold(setting: object) -> int:
    """The effective minimum group size: the setting, but never below the floor."""
    try:
        if isinstance(setting, (str, bytes, SupportsInt, SupportsIndex)):
            return max(MIN_GROUP_FLOOR, int(setting))
    except (TypeError, ValueError):
        pass
    return DEFAULT_MIN_GROUP


@dataclass(frozen=True, slots=True)
class Key:
    """Where a figure sits: a measure over one group of forms."""

    measure: str
    phase: str = "session"
    cycle_id: int | None = None  # None: all cycles
    session_id: int | None = None  # None: the whole cycle (or all cycles)
    group: str | None = None  # a department, or for confidence a skill; None: all


@dataclass(frozen=True, slots=True)
class Figure:
    key: Key
    n: int | None  # None when withheld: the count of a small group is not shown either
    value: Fraction | None
    reason: str = ""  # why withheld, in plain words; "" when shown (or nobody answered)
    total: int = 0  # never shown: what the rule worked with

    @property
    def shown(self) -> bool:
        return self.value is not None

    @property
    def withheld(self) -> bool:
        return bool(self.reason)


# -- the answers as units ----------------------------------------------------------------


@dataclass(slots=True)
class _Table:
    """One measure in one phase: the units' atoms and the cells that can be shown."""

    measure: str
    phase: str
    units: dict[Atom, list[int | Fraction]] = field(default_factory=lambda: defaultdict(list))


SAFETY_SCALE = 2520  # lcm(1..10): a form's mean of up to 10 items, times this, is whole


def _safety(values: dict[str, float], items: list[tuple[str, int]]) -> int | Fraction | None:
    """A form's safety score times :data:`SAFETY_SCALE` (exact, and a plain int for whole
    answers, so that summing thousands of forms stays fast)."""
    total: int | Fraction = 0
    n = 0
    for key, flip in items:
        raw = values.get(key)
        if raw is not None:
            v: int | Fraction = int(raw)
            if v != raw:
                v = _exact(raw)
            total += flip - v if flip else v
            n += 1
    if not n:
        return None
    scaled = total * SAFETY_SCALE
    return scaled // n if isinstance(scaled, int) and scaled % n == 0 else Fraction(scaled) / n


def _enps(v: float) -> int:
    return 100 if v >= 9 else -100 if v <= 6 else 0


def _exact(v: float) -> int | Fraction:
    """An answer as an exact number: answers are whole numbers, so mostly a plain int."""
    if type(v) is int:
        return v
    whole = int(v)
    return whole if whole == v else Fraction(v).limit_denominator(1000)


def few_present(data: FeedbackData) -> set[int]:
    """Sessions whose recorded attendance has fewer than k people present.

    Their forms count in no figure at all. Anyone who can see who attended knows that a
    session's forms are at most the people present: with one person present, a cycle
    total that says "at least one form came from that session" says she answered (and one
    that says "none" says she did not). Left out of every figure, such a session's forms
    tell nothing either way. (A session without recorded attendance gives no such bound.)"""
    k = group_threshold(data.min_group_size)
    recorded = {a.session_id for a in data.attendance}
    present = Counter([a.session_id for a in data.attendance if a.status == "present"])
    return {sid for sid in recorded if present[sid] < k}


def _tables(data: FeedbackData) -> dict[tuple[str, str], _Table]:
    questions = list(data.questions)
    items = [(q.key, (q.min_value or 1) + (q.max_value or 5) if q.reverse else 0)
             for q in questions if q.group == SAFETY_GROUP and q.kind in NUMERIC_KINDS]
    nps_key = next((q.key for q in questions if q.kind == "nps"), None)
    tables = {(m, "session"): _Table(m, "session") for m in SESSION_MEASURES}
    for phase in ("before", "after"):
        tables["confidence", phase] = _Table("confidence", phase)
    known_cycles = {c.id for c in data.cycles}
    few = few_present(data)
    forms, usefulness = tables["forms", "session"].units, tables["usefulness", "session"].units
    safety, enps = tables["safety", "session"].units, tables["enps", "session"].units
    confidence = {phase: tables["confidence", phase].units for phase in ("before", "after")}
    atoms: dict[tuple[int, int | None, str], Atom] = {}  # one tuple per atom, not per form
    for r in data.responses:
        if r.cycle_id not in known_cycles:
            continue
        phase = r.phase
        if phase == "session":
            if r.session_id in few:
                continue
            where = (r.cycle_id, r.session_id, r.department)
            atom = atoms.get(where)
            if atom is None:
                atom = atoms[where] = (r.cycle_id, r.session_id, r.department or BLANK)
            forms[atom].append(1)
            values = r.values
            if USEFULNESS_KEY in values:
                useful = values[USEFULNESS_KEY]
                whole = int(useful)
                usefulness[atom].append(whole if whole == useful else _exact(useful))
            # _safety(values, items), written out for whole answers (nearly every form):
            # this loop runs once per form, and the call alone was a fifth of the book.
            total, n = 0, 0
            for key, flip in items:
                raw = values.get(key)
                if raw is not None:
                    whole = int(raw)
                    if whole != raw:
                        n = -1
                        break
                    total += flip - whole if flip else whole
                    n += 1
            if n > 0:
                scaled = total * SAFETY_SCALE
                safety[atom].append(scaled // n if scaled % n == 0 else Fraction(scaled, n))
            elif n < 0 and (score := _safety(values, items)) is not None:
                safety[atom].append(score)
            if nps_key is not None and nps_key in values:
                v = values[nps_key]
                enps[atom].append(100 if v >= 9 else -100 if v <= 6 else 0)  # _enps(v)
        elif phase in confidence:
            # One unit per form and skill (the mean of that form's confidence answers for
            # the skill), so a figure rests on k forms, not k answers of fewer people.
            _confidence_units(confidence[phase], r.cycle_id, r.confidence)
    return tables


# The figure book reads of each atom only how many units it holds and their sum. For the
# usual program (every session form answers every question, in whole numbers) these are
# worked out column by column below, some three times faster than :func:`_tables`' form
# by form; anything else is summed from :func:`_tables` itself. Both give the same atoms in
# the same order (of first appearance), the same counts and the same exact sums.
Totals = dict[tuple[str, str], tuple[dict[Atom, int], dict[Atom, "int | Fraction"]]]
_MOST_WHOLE = 1 << 20  # larger answers are summed exactly, form by form


def _totals(data: FeedbackData) -> Totals:
    """Per table (as :func:`_tables` keys them): each atom's count of units and their exact
    sum, the atoms in :func:`_tables`' order."""
    fast = _session_totals(data)
    if fast is None:
        return {key: ({a: len(u) for a, u in table.units.items()},
                      {a: sum(u) for a, u in table.units.items()})
                for key, table in _tables(data).items()}
    for phase in ("before", "after"):
        fast["confidence", phase] = ({}, {})
    known_cycles = {c.id for c in data.cycles}
    confidence = {phase: _Table("confidence", phase).units for phase in ("before", "after")}
    for r in data.responses:  # as _tables does
        if r.phase in confidence and r.cycle_id in known_cycles:
            _confidence_units(confidence[r.phase], r.cycle_id, r.confidence)
    for phase, units in confidence.items():
        fast["confidence", phase] = ({a: len(u) for a, u in units.items()},
                                     {a: sum(u) for a, u in units.items()})
    return fast


def _confidence_units(units: dict[Atom, list[int | Fraction]], cycle_id: int,
                      answers: list[tuple[str, float]]) -> None:
    """One form's confidence units (see :func:`_tables`)."""
    if len(answers) == 1:  # the usual form: one skill, one answer
        skill, value = answers[0]
        units[cycle_id, None, skill or NO_SKILL].append(_exact(value))
        return
    per_skill: dict[str, list[int | Fraction]] = defaultdict(list)
    for skill, value in answers:
        per_skill[skill or NO_SKILL].append(_exact(value))
    for skill, values_ in per_skill.items():
        mean = sum(values_) if len(values_) == 1 else Fraction(sum(values_), len(values_))
        units[cycle_id, None, skill].append(mean)


def _session_totals(data: FeedbackData) -> Totals | None:
    """The session tables' totals worked out column by column, or None where a form does
    not answer every question in whole numbers of modest size (then :func:`_tables`)."""
    import numpy as np

    questions = list(data.questions)
    items = [(q.key, (q.min_value or 1) + (q.max_value or 5) if q.reverse else 0)
             for q in questions if q.group == SAFETY_GROUP and q.kind in NUMERIC_KINDS]
    nps_key = next((q.key for q in questions if q.kind == "nps"), None)
    if len(items) > 10:  # a form's safety score could be a fraction
        return None
    known_cycles = {c.id for c in data.cycles}
    few = few_present(data)
    rows = [r for r in data.responses
            if r.phase == "session" and r.cycle_id in known_cycles and r.session_id not in few]
    keys = [USEFULNESS_KEY, *(key for key, _flip in items),
            *((nps_key,) if nps_key is not None else ())]
    try:
        answers = np.array([*map(itemgetter(*keys), [r.values for r in rows])])
    except (KeyError, TypeError, ValueError):  # a question left out, or not a number
        return None
    if answers.dtype.kind not in "biuf" or answers.size != len(rows) * len(keys):
        return None
    answers = answers.astype(float).reshape(len(rows), len(keys))
    whole = answers[:, :1 + len(items)]
    if not (np.all(np.abs(answers) <= _MOST_WHOLE) and np.all(whole == np.floor(whole))):
        return None
    where: dict[Atom, int] = {}  # (cycle, session, department as written)
    at = [where.setdefault((r.cycle_id, r.session_id, r.department), len(where)) for r in rows]
    atom_of: dict[Atom, int] = {}
    ids = [atom_of.setdefault((c, s, g or BLANK), len(atom_of)) for c, s, g in where]
    index = np.array(ids, dtype=np.intp)[np.array(at, dtype=np.intp)] if rows else np.zeros(0, np.intp)
    atoms = list(atom_of)

    def per_atom(weights: np.ndarray | None) -> list[int]:
        return [int(x) for x in np.bincount(index, weights, minlength=len(atoms)).tolist()]

    counts = dict(zip(atoms, per_atom(None), strict=True))
    out: Totals = {("forms", "session"): (counts, dict(counts))}
    out["usefulness", "session"] = (counts, dict(zip(atoms, per_atom(answers[:, 0]), strict=True)))
    if items:
        flips = np.array([flip for _key, flip in items], dtype=float)
        scores = np.where(flips > 0, flips - answers[:, 1:1 + len(items)],
                          answers[:, 1:1 + len(items)]).sum(axis=1)
        scale = SAFETY_SCALE // len(items)  # a form's score: its mean times SAFETY_SCALE
        out["safety", "session"] = (counts, {a: scale * s for a, s in zip(
            atoms, per_atom(scores), strict=True)})
    else:
        out["safety", "session"] = ({}, {})
    if nps_key is not None:
        recommend = answers[:, -1]
        scores = np.where(recommend >= 9, 100.0, np.where(recommend <= 6, -100.0, 0.0))
        out["enps", "session"] = (counts, dict(zip(atoms, per_atom(scores), strict=True)))
    else:
        out["enps", "session"] = ({}, {})
    return out
