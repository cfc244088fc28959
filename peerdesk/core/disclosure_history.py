"""Every reading of the figures, kept as counts: the check over the whole history.

A reader who keeps every set of figures PeerDesk ever showed holds one linear fact per
shown figure *per moment*: the sum of the answers of its group counted at that moment.
Comparing only the figures just before and just after a change is not enough: a figure
first shown late can be read beside one shown several batches earlier (skill confidence,
k=3: "all skills" read at three moments splits the forms into batches, and "SQL", first
shown at the fourth reading, joins two of them). So every change is checked against all
readings so far.

What is kept. Answers that no reading has told apart are one *class*: a number of
answers of one table (a measure in a phase) that sit in the same atom now (a department
in a session; a skill in a cycle) and lay in the same groups at every reading. The
history is, per table:

- the classes: where each sits now (an atom, or nowhere: its forms left the figures) and
  how many answers it holds, never which forms;
- the shown facts: for each figure shown at some reading (only those that added
  something new to what the earlier ones tell), the classes its group held then;
- the withheld facts: the same for each figure withheld at some reading, whose group must
  never be worked out later either.

Classes that every shown fact holds together or leaves out together, and that sit in the
same atom, can never be told apart by any later reading either (a later figure holds an
atom whole), so they are merged. A withheld fact that splits a merged class can never be
worked out and is dropped. That keeps the history about as small as the program: a class
per atom and batch that some reading actually separated.

The check (:func:`check_change`) then takes every answer as an unknown of its class and of
where it sits after the change (a class split by the change, say forms taken out again by
an undo, gives part of it to each place; those that leave are taken from its newest
classes), and asks the question of :mod:`peerdesk.core.disclosure_changes` over all of it:
no withheld group of any reading, and no set of fewer than *k* answers, may be a
combination of the figures of every reading, with the figures before and after the change
among them. A program without history (an older file) counts its present state as its one
reading.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peerdesk.core.disclosure import (
    Atom,
    Cell,
    Key,
    _Protect,
    _small_set,
    _Span,
    _structure,
    _sum_rows,
    _tables,
    _waiting_reason,
    figure_book,
    group_threshold,
)
from peerdesk.core.disclosure_changes import Part, Table, _parts, _with, unit_maker

if TYPE_CHECKING:
    from peerdesk.core.disclosure import FigureBook
    from peerdesk.core.feedback import FeedbackData, ResponseRecord

Forms = Sequence[tuple["ResponseRecord | None", "ResponseRecord | None"]]


@dataclass(slots=True)
class Klass:
    """Answers no reading told apart: where they sit now (None: in no figure), how many,
    and (``last``) where they sat before they left the figures, so that forms an undo
    brings back are known for the same answers."""

    atom: Atom | None
    n: int
    last: Atom | None = None


@dataclass(slots=True)
class TableHistory:
    classes: dict[int, Klass] = field(default_factory=dict)
    shown: list[frozenset[int]] = field(default_factory=list)
    withheld: list[frozenset[int]] = field(default_factory=list)


@dataclass(slots=True)
class History:
    """Every reading of a program's figures so far, as counts (see the module)."""

    tables: dict[Table, TableHistory] = field(default_factory=dict)
    readings: int = 0
    next_id: int = 1

    def table(self, key: Table) -> TableHistory:
        return self.tables.setdefault(key, TableHistory())

    def size(self) -> tuple[int, int, int]:
        """(classes, shown facts, withheld facts) over all tables."""
        return (sum(len(t.classes) for t in self.tables.values()),
                sum(len(t.shown) for t in self.tables.values()),
                sum(len(t.withheld) for t in self.tables.values()))


# -- one side of a change: the cells of a book and the atoms each holds -------------------


def _cells(data: FeedbackData, book: FigureBook, k: int
           ) -> dict[Table, list[tuple[bool, list[Atom]]]]:
    """For each table, every figure of the book that holds answers: (shown?, its atoms)."""
    cycles, sessions, departments, headcount = _structure(data)
    out: dict[Table, list[tuple[bool, list[Atom]]]] = {}
    for table_key, table in _tables(data).items():
        protect = _Protect(table, cycles, sessions, k, departments, headcount)
        rows: list[tuple[bool, list[Atom]]] = []
        for cell in protect.cells:
            atoms = [a for a in protect.members[cell] if protect.atoms.get(a)]
            if not atoms:
                continue
            figure = book.figures.get(Key(table_key[0], table_key[1], *cell))
            if figure is not None:
                rows.append((figure.shown, atoms))
        out[table_key] = rows
    return out


def _atom_sizes(data: FeedbackData) -> dict[Table, dict[Atom, int]]:
    return {key: {a: len(u) for a, u in table.units.items() if u}
            for key, table in _tables(data).items()}


# -- the check ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Unknowns:
    """One table's unknowns across a change: (class or None for new answers, place after)."""

    parts: list[tuple[int | None, Atom | None]] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    of_class: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    at_after: dict[Atom, list[int]] = field(default_factory=lambda: defaultdict(list))

    def add(self, cid: int | None, dest: Atom | None, n: int) -> None:
        i = len(self.parts)
        self.parts.append((cid, dest))
        self.sizes.append(n)
        if cid is not None:
            self.of_class[cid].append(i)
        if dest is not None:
            self.at_after[dest].append(i)


def _resync(hist: TableHistory, sizes: dict[Atom, int], new_id: Callable[[], int]) -> None:
    """Make the classes hold what the figures before the change count, atom by atom, where
    a change was made without the history (an older file, an undo that takes forms out):
    answers missing from an atom are its newest that left the figures (they stay unknowns
    of the readings that held them); answers more than it held are first those that left
    it and came back, then answers of their own, in no earlier fact."""
    by_atom: dict[Atom, list[int]] = defaultdict(list)
    gone_from: dict[Atom, list[int]] = defaultdict(list)
    for cid, klass in hist.classes.items():
        if klass.atom is not None:
            by_atom[klass.atom].append(cid)
        elif klass.last is not None:
            gone_from[klass.last].append(cid)
    for atom in by_atom.keys() | sizes.keys():
        have = sorted(by_atom.get(atom, []))
        want = sizes.get(atom, 0)
        extra = sum(hist.classes[c].n for c in have) - want
        for cid in reversed(have):  # too many: the newest have left the figures (they
            if extra <= 0:          # stay unknowns of the readings that held them)
                break
            take = min(extra, hist.classes[cid].n)
            extra -= take
            if take == hist.classes[cid].n:
                hist.classes[cid].atom, hist.classes[cid].last = None, atom
                continue
            hist.classes[cid].n -= take
            gone = new_id()
            hist.classes[gone] = Klass(None, take, atom)
            hist.shown = [f | {gone} if cid in f else f for f in hist.shown]
            hist.withheld = [f | {gone} if cid in f else f for f in hist.withheld]
        for cid in sorted(gone_from.get(atom, []), reverse=True):  # too few: answers that
            if extra >= 0:                                            # left came back
                break
            klass = hist.classes[cid]
            take = min(-extra, klass.n)
            extra += take
            if take == klass.n:
                klass.atom, klass.last = atom, None
                continue
            klass.n -= take
            back = new_id()
            hist.classes[back] = Klass(atom, take)
            hist.shown = [f | {back} if cid in f else f for f in hist.shown]
            hist.withheld = [f | {back} if cid in f else f for f in hist.withheld]
        if extra < 0:
            hist.classes[new_id()] = Klass(atom, -extra)


def _order(source: Atom, dest: Atom | None) -> tuple[int, str]:
    return (0, "") if dest == source else (2, "") if dest is None else (1, repr(dest))


def _unknowns(hist: TableHistory, moved: dict[Part, int], returning: bool) -> _Unknowns:
    """Split the classes over where their answers go (staying ones oldest first, then
    those that move, then those that leave, newest last), and add the new answers: with
    ``returning``, answers that come to where answers left from are taken for those
    answers (newest first), not new ones."""
    out = _Unknowns()
    by_atom: dict[Atom, list[int]] = defaultdict(list)
    gone: dict[Atom | None, list[list[int]]] = defaultdict(list)
    for cid in sorted(hist.classes):
        klass = hist.classes[cid]
        if klass.atom is None:
            gone[klass.last].append([cid, klass.n])
        else:
            by_atom[klass.atom].append(cid)
    going: dict[Atom, list[tuple[Atom | None, int]]] = defaultdict(list)
    for (src, dest), n in moved.items():
        if n and src is None and dest is not None:
            for entry in reversed(gone.get(dest, []) if returning else []):
                take = min(n, entry[1])
                if take:
                    out.add(entry[0], dest, take)
                    entry[1] -= take
                    n -= take
            if n:
                out.add(None, dest, n)
        elif n and src is not None:
            going[src].append((dest, n))
    for entries in gone.values():
        for cid, left in entries:
            if left:
                out.add(cid, None, left)
    for atom, cids in by_atom.items():
        plan = sorted(going.get(atom, []), key=lambda d: _order(atom, d[0]))
        queue = [[cid, hist.classes[cid].n] for cid in cids]
        pos = 0
        for dest, n in plan:
            while n and pos < len(queue):
                take = min(n, queue[pos][1])
                out.add(queue[pos][0], dest, take)
                queue[pos][1] -= take
                n -= take
                if not queue[pos][1]:
                    pos += 1
        for cid, left in queue[pos:]:  # not in the change's forms: they stay
            if left:
                out.add(cid, atom, left)
    return out


def _facts(hist: TableHistory, unknowns: _Unknowns, sides: Iterable[tuple[int, list[
        tuple[bool, list[Atom]]]]], before_classes: dict[Atom, list[int]]
           ) -> tuple[list[list[int]], list[list[int]]]:
    """(shown, withheld) facts over the unknowns: every earlier reading's, then the
    figures before (side 0) and after (side 1) the change."""
    shown: list[list[int]] = []
    withheld: list[list[int]] = []
    for facts, into in ((hist.shown, shown), (hist.withheld, withheld)):
        for fact in facts:
            ids = [i for cid in fact for i in unknowns.of_class.get(cid, ())]
            if ids:
                into.append(ids)
    for side, cells in sides:
        for is_shown, atoms in cells:
            if side == 0:
                ids = [i for a in atoms for cid in before_classes.get(a, ())
                       for i in unknowns.of_class.get(cid, ())]
            else:
                ids = [i for a in atoms for i in unknowns.at_after.get(a, ())]
            if ids:
                (shown if is_shown else withheld).append(ids)
    return shown, withheld


@dataclass(slots=True)
class Outcome:
    """What :func:`check_change` found: why the change would give answers away ("" if it
    would not) and, if it would not, the history with the change's readings added."""

    why: str
    history: History


def check_change(history: History, before: FeedbackData, after: FeedbackData,
                 forms: Forms, record_only: bool = False, returning: bool = True
                 ) -> Outcome:
    """Check going from ``before`` to ``after`` against every reading so far.

    ``forms`` is every form as it is in ``before`` and in ``after`` (None where it is not
    there at all), as for :func:`peerdesk.core.disclosure_changes.change_gives_away`; the
    responses of ``before`` and ``after`` are taken from it. ``history`` is not changed.
    ``returning`` (the default): forms that come into the figures where answers left
    them are taken for those answers (see :func:`_unknowns`): an undo, marks that bring a
    session back over k people present, forms that waited after an undo. Taking a new
    form for one that left makes the check stricter, never looser: no reading ever held
    both.
    ``record_only``: add the readings without the check (the figures of one moment alone,
    which the rule itself makes safe)."""
    k = group_threshold(after.min_group_size)
    b_data = _with(before, [rb for rb, _ in forms if rb is not None])
    a_data = _with(after, [ra for _, ra in forms if ra is not None])
    cells = (_cells(b_data, figure_book(b_data), k), _cells(a_data, figure_book(a_data), k))
    sizes = _atom_sizes(b_data)
    moved = _parts(forms, unit_maker(b_data), unit_maker(a_data))
    new = History(readings=history.readings + 2, next_id=history.next_id)

    def new_id() -> int:
        new.next_id += 1
        return new.next_id - 1

    for key in sorted(history.tables.keys() | cells[0].keys() | cells[1].keys() | moved.keys()):
        old = history.tables.get(key, TableHistory())
        hist = TableHistory({c: Klass(x.atom, x.n, x.last) for c, x in old.classes.items()},
                            list(old.shown), list(old.withheld))
        _resync(hist, sizes.get(key, {}), new_id)
        unknowns = _unknowns(hist, moved.get(key, {}), returning)
        before_classes: dict[Atom, list[int]] = defaultdict(list)
        for cid, klass in hist.classes.items():
            if klass.atom is not None:
                before_classes[klass.atom].append(cid)
        shown, withheld = _facts(hist, unknowns, ((0, cells[0].get(key, [])),
                                                  (1, cells[1].get(key, []))), before_classes)
        if not record_only and _gives_away(unknowns, shown, withheld, k):
            return Outcome(_waiting_reason(k), history)
        new.tables[key] = _advance(hist, unknowns, shown, withheld, new_id)
    return Outcome("", new)


def _gives_away(unknowns: _Unknowns, shown: list[list[int]], withheld: list[list[int]],
                k: int) -> bool:
    span = _Span()
    for ids in shown:
        span.add(dict.fromkeys(ids, 1))
    z = span.null_rows(range(len(unknowns.parts)))
    return any(not _sum_rows(z, ids) for ids in withheld) \
        or _small_set(z, unknowns.sizes, k) is not None


def _advance(hist: TableHistory, unknowns: _Unknowns, shown: list[list[int]], withheld: list[list[int]],
             new_id: Callable[[], int]) -> TableHistory:
    """The table's history after the change: each unknown a class, merged where no shown
    fact tells them apart, the shown facts cut to those that add something."""
    basis: list[list[int]] = []
    span = _Span()
    for ids in shown:
        vec = dict.fromkeys(ids, 1)
        if not span.contains(vec):
            span.add(vec)
            basis.append(ids)
    signature: dict[int, list[int]] = defaultdict(list)
    for f, ids in enumerate(basis):
        for i in set(ids):
            signature[i].append(f)
    merged: dict[tuple[Atom | None, Atom | None, tuple[int, ...]], int] = {}
    klass_of: dict[int, int] = {}
    out = TableHistory()
    for i, (source, dest) in enumerate(unknowns.parts):
        if not unknowns.sizes[i]:
            continue
        was = hist.classes[source] if source is not None else None
        last = None if dest is not None or was is None else (was.atom or was.last)
        sig = (dest, last, tuple(signature.get(i, ())))
        cid = merged.get(sig)
        if cid is None:
            cid = merged[sig] = new_id()
            out.classes[cid] = Klass(dest, 0, last)
        out.classes[cid].n += unknowns.sizes[i]
        klass_of[i] = cid
    members: dict[int, set[int]] = defaultdict(set)
    for i, cid in klass_of.items():
        members[cid].add(i)
    seen: set[frozenset[int]] = set()
    for ids in basis:
        fact = frozenset(klass_of[i] for i in ids if i in klass_of)
        if fact and fact not in seen:
            seen.add(fact)
            out.shown.append(fact)
    seen = set()
    for ids in withheld:
        inside = {i for i in ids if i in klass_of}
        fact = frozenset(klass_of[i] for i in inside)
        # a fact that holds part of a class can never be worked out: no need to keep it
        if fact and fact not in seen and all(members[c] <= inside for c in fact):
            seen.add(fact)
            out.withheld.append(fact)
    return out


# -- the usual changes -------------------------------------------------------------------


def joining(history: History, data: FeedbackData,
            new_forms: Iterable[ResponseRecord], returning: bool = True) -> Outcome:
    """Check new forms joining ``data``'s figures against every reading so far
    (``returning``: forms an undo brings back, see :func:`check_change`)."""
    new_forms = list(new_forms)
    forms: list[tuple[ResponseRecord | None, ResponseRecord | None]] = [
        (r, r) for r in data.responses]
    forms += [(None, r) for r in new_forms]
    return check_change(history, data, data, forms, returning=returning)


def first_reading(data: FeedbackData) -> History:
    """The history of a program read once (an older file: its present state)."""
    forms: list[tuple[ResponseRecord | None, ResponseRecord | None]] = [
        (r, r) for r in data.responses]
    return check_change(History(), data, data, forms, record_only=True).history


def cells_of(data: FeedbackData) -> dict[Table, list[tuple[bool, list[Atom]]]]:
    """Every figure of ``data`` with its atoms (for tests)."""
    return _cells(data, figure_book(data), group_threshold(data.min_group_size))


__all__ = ["Cell", "History", "Klass", "Outcome", "TableHistory", "check_change",
           "first_reading", "joining"]
