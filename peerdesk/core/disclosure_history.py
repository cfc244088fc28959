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
classes), and asks one question (:func:`gives_away`) over all of it:
no withheld group of any reading, and no set of fewer than *k* answers, may be a
combination of the figures of every reading, with the figures before and after the change
among them. A program without history (an older file) counts its present state as its one
reading.

Which answers of a class leave, and which answers come back, is known exactly while the
program is open: each class then also knows its forms (their response ids, in memory
only, see :class:`~peerdesk.core.disclosure_classes.Klass`), and the forms of a change
carry theirs (:func:`~peerdesk.core.disclosure_changes.form_ids`), so answers are followed
form by form. A history read from the file knows no forms: answers that leave are then
taken from the classes that joined last, and answers that come back for those that left
last (a guess that can be wrong after many undos and redos).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from peerdesk.core.disclosure import (
    Atom,
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
from peerdesk.core.disclosure_changes import (
    Answers,
    Part,
    Table,
    _answers,
    _parts,
    _with,
    form_ids,
    unit_maker,
)
from peerdesk.core.disclosure_classes import (
    History,
    Klass,
    TableHistory,
    Unknowns,
    advance,
    exact_resync,
    exact_split,
    resync,
    split_classes,
)

if TYPE_CHECKING:
    from peerdesk.core.disclosure import FigureBook
    from peerdesk.core.feedback import FeedbackData, ResponseRecord

Forms = Sequence[tuple["ResponseRecord | None", "ResponseRecord | None"]]


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


def _facts(hist: TableHistory, unknowns: Unknowns, sides: Iterable[tuple[int, list[
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
    there at all); the responses of ``before`` and ``after`` are taken from it.
    ``history`` is not changed.
    ``returning`` (the default): forms that come into the figures where answers left
    them are taken for those answers (see :func:`~peerdesk.core.disclosure_classes.split_classes`): an undo, marks that bring a
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
    units = unit_maker(b_data), unit_maker(a_data)
    moved = _parts(forms, *units)
    ids = form_ids(forms, before, after)
    answers = _answers(forms, ids, *units) if ids is not None else None
    new = History(readings=history.readings + 2, next_id=history.next_id)

    def new_id() -> int:
        new.next_id += 1
        return new.next_id - 1

    for key in sorted(history.tables.keys() | cells[0].keys() | cells[1].keys() | moved.keys()):
        old = history.tables.get(key, TableHistory())
        table_answers = answers.get(key, Answers()) if answers is not None else Answers()
        exact = answers is not None and _follows(old, table_answers)
        if _untouched(old, sizes.get(key, {}), moved.get(key, {}), cells, key,
                      table_answers.counted if exact else None):
            new.tables[key] = old  # the same reading as the last one kept: nothing to add
            continue
        hist = TableHistory({c: Klass(x.atom, x.n, x.last, x.joined, x.left,
                                      x.ids if exact else frozenset())
                             for c, x in old.classes.items()},
                            list(old.shown), list(old.withheld))
        if exact:  # every answer's form is known: follow them form by form
            exact_resync(hist, table_answers.counted, new_id, history.readings + 1)
            unknowns = exact_split(hist, table_answers.moves, table_answers.arrivals)
        else:
            resync(hist, sizes.get(key, {}), new_id, history.readings + 1)
            unknowns = split_classes(hist, moved.get(key, {}), returning)
        before_classes: dict[Atom, list[int]] = defaultdict(list)
        for cid, klass in hist.classes.items():
            if klass.atom is not None:
                before_classes[klass.atom].append(cid)
        shown, withheld = _facts(hist, unknowns, ((0, cells[0].get(key, [])),
                                                  (1, cells[1].get(key, []))), before_classes)
        span, basis = _Span(), []
        for ids in shown:  # the facts that add something to the ones before them
            vec = dict.fromkeys(ids, 1)
            if not span.contains(vec):
                span.add(vec)
                basis.append(ids)
        if not record_only and gives_away(span, unknowns.sizes, withheld, k):
            return Outcome(_waiting_reason(k), history)
        new.tables[key] = advance(hist, unknowns, basis, withheld, new_id, new.readings)
    return Outcome("", new)


def _follows(old: TableHistory, answers: Answers) -> bool:
    """Whether the table's classes know their forms (:meth:`Klass.known`) and hold every
    answer the figures before the change count (none came in without the history: else
    the ids are not the ones the classes were made with, say ids drawn again)."""
    if not all(x.known() for x in old.classes.values()):
        return False
    if not old.classes:
        return True
    held: dict[Atom, set[int]] = defaultdict(set)
    for klass in old.classes.values():
        home = klass.atom if klass.atom is not None else klass.last
        if home is not None:
            held[home] |= klass.ids
    return all(forms <= held.get(atom, set()) for atom, forms in answers.counted.items())


def _untouched(old: TableHistory, sizes: dict[Atom, int], moved: dict[Part, int],
               cells: tuple[dict[Table, list[tuple[bool, list[Atom]]]], ...], key: Table,
               counted: dict[Atom, set[int]] | None = None) -> bool:
    """Whether the change leaves this table's reading as the last one the history kept:
    no answer of it moves, its figures are the same before and after, and the history
    holds what the figures before count (no change made without it since; with
    ``counted``, the forms counted at each atom, form by form)."""
    if any(n and src != dest for (src, dest), n in moved.items()):
        return False
    if not old.classes or cells[0].get(key) != cells[1].get(key):
        return False
    if counted is not None:
        forms: dict[Atom, set[int]] = defaultdict(set)
        for klass in old.classes.values():
            if klass.atom is not None:
                forms[klass.atom] |= klass.ids
        return forms == {a: f for a, f in counted.items() if f}
    held: dict[Atom, int] = defaultdict(int)
    for klass in old.classes.values():
        if klass.atom is not None:
            held[klass.atom] += klass.n
    return held == sizes


def gives_away(span: _Span, sizes: list[int], withheld: Iterable[list[int]], k: int) -> bool:
    """Whether the shown figures (``span``, over unknowns of ``sizes`` answers each) fix
    the total of a withheld group (``withheld``: each a list of unknowns) or of a set of
    fewer than ``k`` answers."""
    z = span.null_rows(range(len(sizes)))
    return any(not _sum_rows(z, ids) for ids in withheld) or _small_set(z, sizes, k) is not None


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


__all__ = ["History", "Klass", "Outcome", "TableHistory", "check_change", "first_reading",
           "gives_away", "joining"]
