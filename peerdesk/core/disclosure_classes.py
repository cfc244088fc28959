"""The answers as the history follows them from one reading to the next.

A *class* is a number of answers of one table (a measure in a phase) that sit in the same
atom now and lay in the same groups at every reading so far; the history is the classes
and the facts over them (see :mod:`peerdesk.core.disclosure_history`, which checks a change
with them). Here: the history's data, how a change splits the classes over where their
answers go (:func:`unknowns`), and how the result becomes the next history, merged where
no reading tells answers apart (:func:`advance`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from peerdesk.core.disclosure import Atom
from peerdesk.core.disclosure_changes import Part, Table


@dataclass(slots=True)
class Klass:
    """Answers no reading told apart: where they sit now (None: in no figure), how many,
    and (``last``) where they sat before they left the figures, so that forms an undo
    brings back are known for the same answers (``joined``, ``left``: see below)."""

    atom: Atom | None
    n: int
    last: Atom | None = None
    # When (a count of readings) its newest answers joined and, for answers that left
    # the figures, when they left: so that answers an undo takes out are taken from the
    # classes that joined last, and answers a redo brings back from those that left
    # last. Kept while the program is open, never in the file (it is the order forms
    # joined in): a class read from the file has 0 for both.
    joined: int = 0
    left: int = 0
    # Which forms (response ids) its answers are, when that is known for each of them:
    # kept while the program is open, never in the file (a class read from the file has
    # none). With them, answers that leave and come back are followed form by form
    # (:func:`exact_resync`, :func:`exact_split`), not guessed from when classes joined.
    ids: frozenset[int] = frozenset()

    def known(self) -> bool:
        """Whether :attr:`ids` names every answer of the class."""
        return len(self.ids) == self.n


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



@dataclass(slots=True)
class Unknowns:
    """One table's unknowns across a change: (class or None for new answers, place after)."""

    parts: list[tuple[int | None, Atom | None]] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    ids: list[frozenset[int]] = field(default_factory=list)  # each part's forms, if known
    of_class: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    at_after: dict[Atom, list[int]] = field(default_factory=lambda: defaultdict(list))

    def add(self, cid: int | None, dest: Atom | None, n: int,
            ids: frozenset[int] = frozenset()) -> None:
        i = len(self.parts)
        self.parts.append((cid, dest))
        self.sizes.append(n)
        self.ids.append(ids)
        if cid is not None:
            self.of_class[cid].append(i)
        if dest is not None:
            self.at_after[dest].append(i)


def resync(hist: TableHistory, sizes: dict[Atom, int], new_id: Callable[[], int],
           now: int = 0) -> None:
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
    def age(cid: int) -> tuple[int, int]:
        return hist.classes[cid].joined, cid

    def gone_at(cid: int) -> tuple[int, int]:
        return hist.classes[cid].left, cid

    for atom in by_atom.keys() | sizes.keys():
        have = sorted(by_atom.get(atom, []), key=age)
        want = sizes.get(atom, 0)
        extra = sum(hist.classes[c].n for c in have) - want
        for cid in reversed(have):  # too many: the newest have left the figures (they
            if extra <= 0:          # stay unknowns of the readings that held them)
                break
            take = min(extra, hist.classes[cid].n)
            extra -= take
            if take == hist.classes[cid].n:
                hist.classes[cid].atom, hist.classes[cid].last = None, atom
                hist.classes[cid].left = now
                continue
            hist.classes[cid].n -= take
            gone = new_id()
            hist.classes[gone] = Klass(None, take, atom, hist.classes[cid].joined, now)
            hist.shown = [f | {gone} if cid in f else f for f in hist.shown]
            hist.withheld = [f | {gone} if cid in f else f for f in hist.withheld]
        for cid in sorted(gone_from.get(atom, []), key=gone_at, reverse=True):  # too few:
            if extra >= 0:                        # answers that left came back, last gone first
                break
            klass = hist.classes[cid]
            take = min(-extra, klass.n)
            extra += take
            if take == klass.n:
                klass.atom, klass.last, klass.joined = atom, None, now
                continue
            klass.n -= take
            back = new_id()
            hist.classes[back] = Klass(atom, take, None, now)
            hist.shown = [f | {back} if cid in f else f for f in hist.shown]
            hist.withheld = [f | {back} if cid in f else f for f in hist.withheld]
        if extra < 0:
            hist.classes[new_id()] = Klass(atom, -extra, None, now)


def _split_off(hist: TableHistory, cid: int, part: Klass, new_id: Callable[[], int]) -> None:
    """Part of class ``cid`` becomes a class of its own, in every fact that held it."""
    whole = hist.classes[cid]
    whole.n -= part.n
    whole.ids -= part.ids
    other = new_id()
    hist.classes[other] = part
    hist.shown = [f | {other} if cid in f else f for f in hist.shown]
    hist.withheld = [f | {other} if cid in f else f for f in hist.withheld]


def exact_resync(hist: TableHistory, counted: dict[Atom, set[int]],
                 new_id: Callable[[], int], now: int = 0) -> None:
    """:func:`resync` form by form, for a table whose classes all know their forms
    (:meth:`Klass.known`): ``counted`` is, for each atom, the forms whose answers the
    figures before the change count there. A class's forms no longer counted where it
    sits left the figures (an undo made without the check); forms of a class that left
    and are counted again where they left from are back; forms in no class are answers
    of their own, in no earlier fact."""
    placed: set[tuple[int, Atom]] = set()
    for cid in sorted(hist.classes):
        klass = hist.classes[cid]
        home = klass.atom if klass.atom is not None else klass.last
        if home is None:
            continue
        inside = klass.ids & counted.get(home, set())
        placed |= {(r, home) for r in inside}
        if klass.atom is not None and inside != klass.ids:
            if inside:
                _split_off(hist, cid, Klass(None, len(klass.ids - inside), home, klass.joined,
                                            now, klass.ids - inside), new_id)
            else:
                klass.atom, klass.last, klass.left = None, home, now
        elif klass.atom is None and inside:
            if inside != klass.ids:
                _split_off(hist, cid, Klass(home, len(inside), None, now, 0, inside), new_id)
            else:
                klass.atom, klass.last, klass.joined = home, None, now
    for atom in sorted(counted, key=repr):
        fresh = frozenset(r for r in counted[atom] if (r, atom) not in placed)
        if fresh:
            hist.classes[new_id()] = Klass(atom, len(fresh), None, now, 0, fresh)


def exact_split(hist: TableHistory, moves: dict[tuple[int, Atom], Atom | None],
                arrivals: dict[int, list[Atom]]) -> Unknowns:
    """:func:`split_classes` form by form (after :func:`exact_resync`): ``moves`` says
    where each answer counted before goes ((form, atom) -> atom, or None: it leaves),
    ``arrivals`` where the forms that come in count (form -> atoms). A form that comes
    in and is an answer that left is taken for that answer, wherever it comes to (an
    undo, a redo); any other is a new answer."""
    out = Unknowns()
    arriving = {r: list(atoms) for r, atoms in arrivals.items()}
    for cid in sorted(hist.classes):
        klass = hist.classes[cid]
        by_dest: dict[Atom | None, set[int]] = defaultdict(set)
        if klass.atom is not None:
            for r in klass.ids:
                by_dest[moves.get((r, klass.atom), klass.atom)].add(r)
        else:
            for r in klass.ids:
                atoms = arriving.get(r)
                if not atoms:
                    by_dest[None].add(r)
                    continue
                back = klass.last if klass.last in atoms else atoms[0]
                atoms.remove(back)
                by_dest[back].add(r)
        for place in sorted(by_dest, key=repr):
            out.add(cid, place, len(by_dest[place]), frozenset(by_dest[place]))
    fresh: dict[Atom, set[int]] = defaultdict(set)
    for r, atoms in arriving.items():
        for atom in atoms:
            fresh[atom].add(r)
    for atom in sorted(fresh, key=repr):
        out.add(None, atom, len(fresh[atom]), frozenset(fresh[atom]))
    return out


def _order(source: Atom, dest: Atom | None) -> tuple[int, str]:
    return (0, "") if dest == source else (2, "") if dest is None else (1, repr(dest))


def _by_place(hist: TableHistory) -> tuple[dict[Atom, list[int]],
                                          dict[Atom | None, list[list[int]]]]:
    """The classes in the figures by atom, oldest first, and those that left by where
    they left from, as [class, answers], the last to leave last."""
    by_atom: dict[Atom, list[int]] = defaultdict(list)
    gone: dict[Atom | None, list[list[int]]] = defaultdict(list)
    for cid in sorted(hist.classes, key=lambda c: (hist.classes[c].joined, c)):
        klass = hist.classes[cid]
        if klass.atom is None:
            gone[klass.last].append([cid, klass.n])
        else:
            by_atom[klass.atom].append(cid)
    for entries in gone.values():
        entries.sort(key=lambda e: (hist.classes[e[0]].left, e[0]))
    return by_atom, gone


def split_classes(hist: TableHistory, moved: dict[Part, int], returning: bool) -> Unknowns:
    """Split the classes over where their answers go (staying ones oldest first, then
    those that move, then those that leave, newest last), and add the new answers: with
    ``returning``, answers that come to where answers left from are taken for those
    answers (newest first), not new ones."""
    out = Unknowns()
    by_atom, gone = _by_place(hist)
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


def advance(hist: TableHistory, unknowns: Unknowns, basis: list[list[int]],
            withheld: list[list[int]], new_id: Callable[[], int], now: int = 0
            ) -> TableHistory:
    """The table's history after the change: each unknown a class, merged where no shown
    fact tells them apart; ``basis``: the shown facts that add something to the ones
    before them (the others follow from them)."""
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
        klass = out.classes[cid]
        klass.n += unknowns.sizes[i]
        klass.ids |= unknowns.ids[i]
        # new answers, and answers that come back, join now; those that leave, leave now
        klass.joined = max(klass.joined, now if was is None or was.atom is None else was.joined)
        if dest is None:
            klass.left = max(klass.left, was.left if was is not None and was.atom is None
                             else now)
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
