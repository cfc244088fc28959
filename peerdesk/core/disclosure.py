"""The one disclosure rule: every figure PeerDesk can show, and which of them it withholds.

PeerDesk shows feedback only as figures: a measure (how many forms, mean usefulness,
psychological safety, eNPS, skill confidence before or after) over a
group of forms (all cycles, one cycle or one session; all departments or one; for skill
confidence, all skills or one). :func:`figure_book` computes every such figure once, with
exact :class:`~fractions.Fraction` arithmetic, and decides which are shown. Every view
(the window, the cycle report, ``peerdesk chart``, ``status``, ``figures`` and every
``--json``) reads its numbers from the book, so no view can show what another hides.

The rule, in plain words:

1. **Small groups.** A figure over fewer than *k* answers is withheld, its count too
   (*k* is the program's minimum group size, default 5, never below 3).
2. **No subtraction.** Every shown figure tells the sum of its answers and how many
   there are. Two shown figures whose groups nest (a cycle and one of its sessions, all
   departments and one department) tell the same of the difference. So wherever the
   answers a parent figure holds beyond its shown children would be fewer than *k*, or
   would be one hidden group alone, the next-smallest sibling is withheld as well (as HR
   survey tools do); if there is none, the parent is. Forms without a department count as
   such a hidden group: they are never shown alone. But they never stand in for the
   second hidden department beside a hidden one: their number changes with every batch,
   and a choice that leaned on them would flip as forms arrive (see
   :func:`joining_gives_away`), so batches could never join.
3. **No combination.** Subtraction along one hierarchy is not the only way: a session
   total and a department's cycle total can together pin down the two other forms of
   that session. So after rule 2 the book checks every withheld group, and every set of
   fewer than *k* answers made of whole "atoms" (the forms of one department in one
   session), against *all* shown figures at once (is its sum a linear combination of the
   shown sums?), and withholds more until none is. This check runs in integers
   modulo a 61-bit prime: a sum that can be worked out exactly can also be worked out
   modulo the prime, so the check never misses a leak (at worst, with negligible
   chance, it withholds one figure too many).

Each measure is treated on its own (its answers are different numbers); eNPS is the mean
of a per-form score (+100 promoter, -100 detractor, 0 passive), so eNPS categories are
covered by the same rule. Skill confidence is shown per skill for all departments
together, never per department; departments are shown per cycle and for all cycles,
never per session. The response rate is the forms figure over the people recorded
present, shown only where that forms figure is shown and at least *k* were present.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, SupportsIndex, SupportsInt

from peerdesk.core.answers import NUMERIC_KINDS, SAFETY_GROUP, USEFULNESS_KEY
from peerdesk.i18n import _
from peerdesk.i18n import gettext_noop as M_

if TYPE_CHECKING:
    from collections.abc import Iterator

    from peerdesk.core.feedback import FeedbackData, ResponseRecord

MIN_GROUP_FLOOR = 3
DEFAULT_MIN_GROUP = 5
BLANK = "\x00"  # forms without a department (or a confidence answer without a skill)
NO_SKILL = "Skill not named"
# An atom of answers: (cycle_id, session_id or None, group or BLANK)
Atom = tuple[int, int | None, str]

SESSION_MEASURES = ("forms", "usefulness", "safety", "enps")
PHASES = ("session", "before", "after")
MEASURE_NAMES = {"forms": "forms returned", "usefulness": "usefulness (1-5)",
                 "safety": "psychological safety (1-5)", "enps": "eNPS (-100 to 100)",
                 "comments": "written comments", "response_rate": "response rate",
                 "confidence": "skill confidence (1-5)"}

TOO_FEW = M_("too few responses")  # translated where shown (peerdesk.i18n)
NO_RESPONSES = M_("no responses")


def small_reason(k: int) -> str:
    """The one reason a group below k is withheld, the same for none and for 1..k-1
    forms: a view that said "no responses" for an empty group would tell the lone member
    of a one-person department (or the lone attendee of a session) had not answered."""
    return _("{too_few}: fewer than {k} (or none)").format(too_few=_(TOO_FEW), k=k)

_PRIME = (1 << 61) - 1


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
            v = int(raw)
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
    present: dict[int, int] = defaultdict(int)
    recorded: set[int] = set()
    for a in data.attendance:
        recorded.add(a.session_id)
        if a.status == "present":
            present[a.session_id] += 1
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
                usefulness[atom].append(_exact(values[USEFULNESS_KEY]))
            score = _safety(values, items)
            if score is not None:
                safety[atom].append(score)
            if nps_key is not None and nps_key in values:
                enps[atom].append(_enps(values[nps_key]))
        elif phase in confidence:
            # One unit per form and skill (the mean of that form's confidence answers for
            # the skill), so a figure rests on k forms, not k answers of fewer people.
            units = confidence[phase]
            if len(r.confidence) == 1:  # the usual form: one skill, one answer
                skill, value = r.confidence[0]
                units[r.cycle_id, None, skill or NO_SKILL].append(_exact(value))
                continue
            per_skill: dict[str, list[int | Fraction]] = defaultdict(list)
            for skill, value in r.confidence:
                per_skill[skill or NO_SKILL].append(_exact(value))
            for skill, values_ in per_skill.items():
                mean = sum(values_) if len(values_) == 1 else Fraction(sum(values_), len(values_))
                units[r.cycle_id, None, skill].append(mean)
    return tables


# -- the cells and the rule --------------------------------------------------------------


Cell = tuple[int | None, int | None, str | None]  # (cycle_id, session_id, group), None for all


class _Protect:
    """The cells of one table, their sizes, and the suppression worked out over them."""

    def __init__(self, table: _Table, cycles: list[int], sessions: dict[int, list[int]],
                 k: int, departments: Iterable[str] = (), headcount: dict[str, int] | None = None):
        self.k = k
        # Departments of fewer than k people: that one of them has no forms must not show
        # either (a department of one with no forms says its member did not answer).
        self.table = table
        self.per_session = table.phase == "session"
        self.few_people = {g for g, n in (headcount or {}).items()
                           if 0 < n < k} if self.per_session else set()
        atoms = {a: u for a, u in table.units.items() if u}
        # A department of fewer than k people that has no forms in a session gets an empty
        # atom there all the same: the rule 3 check then treats "none of them answered"
        # as something that must not be worked out, like any small group.
        # (Only in sessions with forms: that nobody answered at a session with no forms
        # at all is said of all of its people, however many.)
        with_forms = {(a[0], a[1]) for a in atoms}
        for cid in cycles if self.few_people else ():
            for sid in sessions.get(cid, []):
                for g in self.few_people if (cid, sid) in with_forms else ():
                    atoms.setdefault((cid, sid, g), [])
        self.atoms = atoms
        # The departments of the program's people are listed whether or not anyone of them
        # answered (a one-person department listed only once its member answered would
        # say that they did); a department typed on a form that no one has is added.
        known = set(departments) if self.per_session else set()
        groups = sorted(known | {a[2] for a in atoms if a[2] != BLANK}, key=str.casefold)
        self.groups = groups
        self.cycles = cycles
        self.sessions = sessions if self.per_session else {c: [] for c in cycles}
        cells: list[Cell] = [(None, None, None)]
        cells += [(None, None, g) for g in groups]
        for c in cycles:
            cells.append((c, None, None))
            cells += [(c, None, g) for g in groups]
            cells += [(c, s, None) for s in self.sessions.get(c, [])]
        self.cells = cells
        self.members: dict[Cell, list[Atom]] = {cell: [] for cell in cells}
        for atom in atoms:
            c, s, g = atom
            for cell in self._cells_of(c, s, g):
                self.members[cell].append(atom)
        self.n = {cell: sum(len(atoms[a]) for a in self.members[cell]) for cell in cells}
        self.hidden: dict[Cell, str] = {}

    def _cells_of(self, c: int, s: int | None, g: str) -> Iterable[Cell]:
        yield (None, None, None)
        yield (c, None, None)
        if g != BLANK:
            yield (None, None, g)
            yield (c, None, g)
        if s is not None and (c, s, None) in self.members:
            yield (c, s, None)

    # the hierarchies: (parent, children, the size of the parts never shown on their own)
    def families(self) -> list[tuple[Cell, list[Cell], int]]:
        groups: list[str | None] = [None, *self.groups]
        out: list[tuple[Cell, list[Cell], int]] = [
            ((None, None, g), [(c, None, g) for c in self.cycles], 0) for g in groups]
        for cycle in self.cycles:
            if self.sessions.get(cycle):
                kids: list[Cell] = [(cycle, s, None) for s in self.sessions[cycle]]
                out.append(((cycle, None, None), kids,
                            self.n[cycle, None, None] - sum(self.n[x] for x in kids)))
        cycles: list[int | None] = [None, *self.cycles]
        for c in cycles:
            kids = [(c, None, g) for g in self.groups]
            out.append(((c, None, None), kids,
                        self.n[c, None, None] - sum(self.n[x] for x in kids)))
        return out

    def hide(self, cell: Cell, reason: str) -> bool:
        if cell in self.hidden or self.n[cell] == 0:
            return False
        self.hidden[cell] = reason
        return True

    def run(self) -> dict[Cell, str]:
        for cell in self.cells:
            if 0 < self.n[cell] < self.k:
                self.hidden[cell] = small_reason(self.k)
            elif self.n[cell] and cell[2] in self.few_people:  # k forms from fewer people
                self.hidden[cell] = (_("a department of fewer than {k} people is "
                                       "not shown on its own").format(k=self.k))
        if not self.hidden and not self._small_residue() and not self.few_people and all(
                len(u) >= self.k for u in self.atoms.values()):
            return self.hidden
        while True:
            while self._local():
                pass
            if not self._combined():
                return self.hidden

    def _small_residue(self) -> bool:
        return any(0 < r < self.k for _, _, r in self.families())

    def _smallest(self, cells: Iterable[Cell]) -> Cell | None:
        candidates = [c for c in cells if c not in self.hidden and self.n[c] > 0]
        return min(candidates, key=lambda c: (self.n[c], str(c))) if candidates else None

    def _local(self) -> bool:
        """Rule 2, one pass over every parent and its children."""
        changed = False
        for parent, kids, residue in self.families():
            hidden = [x for x in kids if x in self.hidden
                      or (self.n[x] == 0 and x[2] in self.few_people)]
            shown_kids = [x for x in kids if x not in self.hidden and self.n[x] > 0]
            if parent not in self.hidden:
                left = sum(self.n[x] for x in hidden) + residue
                real = [x for x in hidden if self.n[x]]  # zeros: small departments with none
                if residue and real and kids[0][1] is not None:
                    # A cycle's forms in no session (those of a deleted session, kept in
                    # the cycle's figures) are a hidden group of their own beside the
                    # hidden sessions: it changes only when a session is deleted, and that
                    # change is checked (peerdesk.store.feedback_gate).
                    real = [*real, parent]
                # Forms without a department (the residue) never count as the second
                # hidden part beside a hidden department: their number comes and goes
                # with every batch, and a department shown only once they arrive would,
                # read beside the figures before, give away the group it was hidden with.
                if (left == 0 and len(real) == len(hidden)) or (
                        left >= self.k and (len(real) >= 2 or not real)):
                    continue
                pick = self._smallest(shown_kids)
                reason = _("withheld as well, so that the hidden answers beside it cannot be "
                           "worked out by subtraction")
                changed |= self.hide(pick if pick is not None else parent, reason)
            elif not hidden and residue == 0 and (smallest := self._smallest(shown_kids)):
                changed |= self.hide(smallest,
                                     _("withheld as well: with it, the hidden total above it "
                                       "would be the sum of the figures below it"))
        return changed

    def _combined(self) -> bool:
        """Rule 3: is any withheld group, or any set of fewer than k answers, a combination
        of the shown figures? A vector is in the span of the shown figures exactly when it
        is orthogonal to the span's null space, so each atom gets its row of a null-space
        basis and a set is determined when its rows sum to zero."""
        # Twice: over the atoms that hold answers (as if which groups have none were
        # known), then with the empty atoms of small departments too (so that "none of
        # them answered" is a small group that must not be worked out either).
        leak: list[int] | None = None
        for with_empty in (False, True) if self.few_people else (False,):
            atoms = [a for a, u in self.atoms.items() if u or with_empty]
            index = {a: i for i, a in enumerate(atoms)}
            members = {cell: [index[a] for a in self.members[cell] if a in index]
                       for cell in self.cells}
            span = _Span()
            for cell in self.cells:
                if cell not in self.hidden and self.n[cell] > 0:
                    span.add({i: 1 for i in members[cell]})
            z = span.null_rows(range(len(atoms)))
            sizes = [len(self.atoms[a]) for a in atoms]
            for cell in self.hidden:
                ids = members[cell]
                if ids and not _sum_rows(z, ids):
                    leak = ids
                    break
            if leak is None:
                leak = _small_set(z, sizes, self.k)
            if leak is not None:
                break
        if leak is None:
            return False
        inside = set(leak)
        near = [cell for cell in self.cells
                if cell not in self.hidden and self.n[cell] > 0
                and any(i in inside for i in members[cell])]
        pick = self._smallest(near) or self._smallest(self.cells)
        if pick is None:
            return False
        return self.hide(pick, _("withheld as well, so that the hidden answers cannot be "
                                 "worked out by combining the figures that are shown"))


def _sum_rows(z: dict[int, dict[int, int]], ids: Iterable[int]) -> dict[int, int]:
    total: dict[int, int] = {}
    for i in ids:
        for f, v in z[i].items():
            nv = (total.get(f, 0) + v) % _PRIME
            if nv:
                total[f] = nv
            else:
                total.pop(f, None)
    return total


def _small_set(z: dict[int, dict[int, int]], sizes: list[int], k: int) -> list[int] | None:
    """Atoms holding fewer than k answers together whose total the shown figures fix.

    A set sums to zero only if every column it touches is cancelled by another of its
    atoms, so the search grows a set by atoms that share its first uncancelled column:
    it stays small however many atoms the program has."""
    having: dict[int, list[int]] = defaultdict(list)
    for i, row in z.items():
        if sizes[i] < k:
            for f in row:
                having[f].append(i)

    def grow(chosen: list[int], total: dict[int, int], size: int) -> list[int] | None:
        if not total:
            return chosen
        col = min(total)
        for i in having.get(col, ()):
            if i in chosen or size + sizes[i] >= k:
                continue
            summed = dict(total)
            for f, v in z[i].items():
                nv = (summed.get(f, 0) + v) % _PRIME
                if nv:
                    summed[f] = nv
                else:
                    summed.pop(f, None)
            found = grow([*chosen, i], summed, size + sizes[i])
            if found:
                return found
        return None

    for i, n in enumerate(sizes):
        if n < k:
            found = grow([i], {f: v for f, v in z[i].items() if v}, n)
            if found:
                return found
    return None


class _Span:
    """Row space of 0/1 vectors over the integers modulo a 61-bit prime (reduced echelon)."""

    def __init__(self) -> None:
        self.rows: dict[int, dict[int, int]] = {}  # pivot column -> row with 1 there

    def _reduce(self, vec: dict[int, int]) -> dict[int, int]:
        vec = {c: v % _PRIME for c, v in vec.items() if v % _PRIME}
        for col in [c for c in vec if c in self.rows]:
            f = vec.get(col)
            if not f:
                continue
            for c, v in self.rows[col].items():
                nv = (vec.get(c, 0) - f * v) % _PRIME
                if nv:
                    vec[c] = nv
                else:
                    vec.pop(c, None)
        return vec

    def add(self, vec: dict[int, int]) -> None:
        vec = self._reduce(vec)
        if not vec:
            return
        col = min(vec)
        inv = pow(vec[col], _PRIME - 2, _PRIME)
        vec = {c: v * inv % _PRIME for c, v in vec.items()}
        for row in self.rows.values():
            f = row.get(col)
            if f:
                for c, v in vec.items():
                    nv = (row.get(c, 0) - f * v) % _PRIME
                    if nv:
                        row[c] = nv
                    else:
                        row.pop(c, None)
        self.rows[col] = vec

    def contains(self, vec: dict[int, int]) -> bool:
        return not self._reduce(vec)

    def null_rows(self, columns: Iterable[int]) -> dict[int, dict[int, int]]:
        """Row c of a null-space basis for every column c (indexed by the free columns)."""
        columns = list(columns)
        free = [c for c in columns if c not in self.rows]
        out: dict[int, dict[int, int]] = {c: {c: 1} for c in free}
        for p, row in self.rows.items():  # reduced echelon: a row's other entries are free
            out[p] = {f: (-v) % _PRIME for f, v in row.items() if f != p}
        return out


# -- the book ----------------------------------------------------------------------------


@dataclass(slots=True)
class FigureBook:
    """Every figure of a program, shown or withheld, by :class:`Key`."""

    min_group_size: int
    figures: dict[Key, Figure]
    cycle_names: dict[int, str]
    session_labels: dict[int, str]

    def get(self, key: Key) -> Figure:
        figure = self.figures.get(key)
        if figure is not None:
            return figure
        if key.session_id is not None and key.group is not None:
            return Figure(key, None, None, _("departments are shown per cycle, not per session"))
        if key.measure == "confidence" and key.group is not None and "|" in key.group:
            return Figure(key, None, None, _("skill confidence is shown for all departments "
                                             "together"))
        return Figure(key, None, None, small_reason(self.min_group_size))

    def __iter__(self) -> Iterator[Figure]:
        return iter(self.figures.values())


def _mean_figure(key: Key, n: int, total: int | Fraction, reason: str | None, k: int) -> Figure:
    if reason:
        return Figure(key, None, None, reason, n)
    if n == 0:  # said like a small group: "none" is not told from "a few"
        return Figure(key, None, None, small_reason(k), 0)
    value = Fraction(total) if key.measure == "forms" else Fraction(total) / n
    if key.measure == "safety":
        value /= SAFETY_SCALE
    return Figure(key, n, value, "", n)


def _headcount(data: FeedbackData) -> dict[str, int]:
    count: dict[str, int] = defaultdict(int)
    for p in data.people:
        if p.department:
            count[p.department] += 1
    return count


def figure_book(data: FeedbackData) -> FigureBook:
    """Every figure the program can show, each shown or withheld by the rule above."""
    k = group_threshold(data.min_group_size)
    cycles = [c.id for c in data.cycles if c.id is not None]
    sessions: dict[int, list[int]] = defaultdict(list)
    for session in data.sessions:
        if session.id is not None:
            sessions[session.cycle_id].append(session.id)
    figures: dict[Key, Figure] = {}
    forms_protect = None
    departments = {p.department for p in data.people if p.department}
    headcount = _headcount(data)
    for (measure, phase), table in _tables(data).items():
        protect = _Protect(table, cycles, sessions, k, departments, headcount)
        hidden = protect.run()
        if measure == "forms":
            forms_protect = protect
        sums = {a: sum(u) for a, u in protect.atoms.items()}
        for cell in protect.cells:
            c, s, g = cell
            key = Key(measure, phase, c, s, g)
            total = sum((sums[a] for a in protect.members[cell]), 0)
            figures[key] = _mean_figure(key, protect.n[cell], total, hidden.get(cell), k)
    assert forms_protect is not None
    _response_rates(data, figures, forms_protect, k)
    return FigureBook(k, figures, {c.id: c.name for c in data.cycles if c.id is not None},
                      {s.id: (f"{s.date:%d %b %Y}" if s.date else s.title or f"Session {s.id}")
                       for s in data.sessions if s.id is not None})


def _structure(data: FeedbackData) -> tuple[list[int], dict[int, list[int]], set[str],
                                             dict[str, int]]:
    """The program's shape the rule protects: cycles, their sessions, departments and
    headcounts."""
    cycles = [c.id for c in data.cycles if c.id is not None]
    sessions: dict[int, list[int]] = defaultdict(list)
    for session in data.sessions:
        if session.id is not None:
            sessions[session.cycle_id].append(session.id)
    departments = {p.department for p in data.people if p.department}
    return cycles, sessions, departments, _headcount(data)


def _joined(data: FeedbackData, responses: Iterable[ResponseRecord]) -> FeedbackData:
    """``data`` holding other responses (and a fresh cache)."""
    other = copy.copy(data)
    other.responses, other.cache = list(responses), {}
    return other


def _waiting_reason(k: int) -> str:
    return _("the figures would change by fewer than {k} forms (or a hidden group could be "
             "worked out), so comparing the figures before and after would give these "
             "answers away").format(k=k)


def _response_rates(data: FeedbackData, figures: dict[Key, Figure], forms: _Protect, k: int) -> None:
    """Forms returned over people recorded present, where the forms figure is shown."""
    session_cycle = {s.id: s.cycle_id for s in data.sessions}
    dept = {p.id: p.department or BLANK for p in data.people}
    present: dict[Cell, int] = defaultdict(int)
    recorded: set[int] = set()
    # Counted per session and department first (a few hundred pairs, not thousands of
    # records), then added into every cell each pair counts in.
    per_session: dict[tuple[int, str], int] = defaultdict(int)
    for a in data.attendance:
        recorded.add(a.session_id)
        if a.status == "present":
            per_session[a.session_id, dept.get(a.participant_id, BLANK)] += 1
    for (sid, g), count in per_session.items():
        if sid not in session_cycle:
            continue
        c = session_cycle[sid]
        cells: list[Cell] = [(None, None, None), (c, None, None), (c, sid, None)]
        if g != BLANK:
            cells += [(None, None, g), (c, None, g)]
        for cell in cells:
            present[cell] += count
    for cell in forms.cells:
        cycle, s, group = cell
        key = Key("response_rate", "session", cycle, s, group)
        f = figures[Key("forms", "session", cycle, s, group)]
        sessions_in = ([s] if s is not None else
                       list(forms.sessions.get(cycle, [])) if cycle is not None else
                       [x for xs in forms.sessions.values() for x in xs])
        with_forms = {a[1] for a in forms.members[cell]}
        if not f.shown:
            figures[key] = Figure(key, None, None, f.reason or "", 0)
        elif present[cell] < k:
            figures[key] = Figure(key, None, None, f"fewer than {k} people recorded present"
                                  if present[cell] else "no attendance recorded", 0)
        elif not with_forms <= recorded or not set(sessions_in) & recorded:
            figures[key] = Figure(key, None, None, "attendance is not recorded for every "
                                                   "session with forms", 0)
        else:
            figures[key] = Figure(key, f.n, min(Fraction(1), Fraction(f.n or 0, present[cell])),
                                  "", present[cell])


def forms_said(book: FigureBook, cycle_id: int | None = None) -> tuple[int | None, str]:
    """How many forms to say a program (or one cycle) holds, by the rule: the shown forms
    figure, or None and why not. A raw count would tell, read before and after, that one
    more form came in (and, beside the figures, whose)."""
    figure = book.get(Key("forms", "session", cycle_id, None, None))
    if figure.shown:
        return int(figure.value or 0), ""
    return None, figure.reason or small_reason(book.min_group_size)


def figure_rows(book: FigureBook, cycle_id: int | None = None) -> list[dict[str, object]]:
    """Every figure as a plain object (what ``peerdesk figures --json`` prints): the
    measure, its scope, n, and the value, or null and the reason when withheld. ``exact``
    is the value as a fraction, for auditors and spreadsheets that want it exactly."""
    out: list[dict[str, object]] = []
    for f in book:
        k = f.key
        if cycle_id is not None and k.cycle_id != cycle_id:
            continue
        grouping = "skill" if k.measure == "confidence" else "department"
        out.append({
            "measure": k.measure,
            "phase": k.phase,
            "cycle_id": k.cycle_id,
            "cycle": book.cycle_names.get(k.cycle_id) if k.cycle_id is not None else None,
            "session_id": k.session_id,
            "session": book.session_labels.get(k.session_id) if k.session_id is not None else None,
            grouping: k.group,
            "n": f.n,
            "value": None if f.value is None else round(float(f.value), 4),
            "exact": None if f.value is None else str(f.value),
            "reason": f.reason or (NO_RESPONSES if f.value is None else None),
        })
    return out
