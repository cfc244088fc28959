"""The check of two moments alone: the figures read just before and just after a change.

The product checks every change against *every* reading so far
(:mod:`peerdesk.core.disclosure_history`). These two compare only the figures before and
after, which the red-team tests show is not enough; they stay here as the before/after
control (tests/adversary) and the floor of the history's benchmark. They end with the
product's own question (:func:`peerdesk.core.disclosure_history.gives_away`).

:func:`joining_gives_away` checks a batch of new forms; :func:`change_gives_away` any
change: every form is given with where it stood before and where it stands after (either
may be "counted nowhere"); each answer then becomes one unknown per (place before, place
after), and the figures shown before and the figures shown after, all at once, must fix
no withheld group of either moment and no set of fewer than *k* answers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from peerdesk.core.disclosure import (
    Atom,
    Cell,
    Key,
    _joined,
    _Protect,
    _Span,
    _structure,
    _tables,
    _waiting_reason,
    figure_book,
    group_threshold,
)
from peerdesk.core.disclosure_changes import Unit, _parts, _with, unit_maker
from peerdesk.core.disclosure_history import gives_away

if TYPE_CHECKING:
    from peerdesk.core.feedback import FeedbackData, ResponseRecord


def change_gives_away(before: FeedbackData, after: FeedbackData,
                      forms: Sequence[tuple[ResponseRecord | None, ResponseRecord | None]]) -> str:
    """Why going from ``before`` to ``after`` would give an answer away ("" if it would not).

    ``before`` and ``after`` are the program around the change (its attendance, sessions,
    people); ``forms`` is every form, as it is in ``before`` and in ``after`` (None where it
    is not there at all). Their responses are taken from ``forms``."""
    k = group_threshold(after.min_group_size)
    b_data = _with(before, [rb for rb, _ in forms if rb is not None])
    a_data = _with(after, [ra for _, ra in forms if ra is not None])
    books = (figure_book(b_data), figure_book(a_data))
    tables = (_tables(b_data), _tables(a_data))
    shapes = (_structure(b_data), _structure(a_data))
    parts = _parts(forms, unit_maker(b_data), unit_maker(a_data))
    for table, counted in parts.items():
        plist = [p for p, n in counted.items() if n and p != (None, None)]
        sizes = [counted[p] for p in plist]
        cells_of: list[dict[Cell, list[int]]] = []
        protects = []
        for side in (0, 1):
            cycles, sessions, departments, headcount = shapes[side]
            protect = _Protect(tables[side][table], cycles, sessions, k, departments, headcount)
            protects.append(protect)
            where: dict[Atom, list[Cell]] = defaultdict(list)
            for cell in protect.cells:
                for atom in protect.members[cell]:
                    where[atom].append(cell)
            ids: dict[Cell, list[int]] = defaultdict(list)
            for i, part in enumerate(plist):
                placed = part[side]
                for cell in where.get(placed, ()) if placed is not None else ():
                    ids[cell].append(i)
            cells_of.append(ids)
        span = _Span()
        for side in (0, 1):
            for cell in protects[side].cells:
                figure = books[side].figures.get(Key(table[0], table[1], *cell))
                if figure is not None and figure.shown and cells_of[side].get(cell):
                    span.add(dict.fromkeys(cells_of[side][cell], 1))
        withheld = []
        for side in (0, 1):
            for cell in protects[side].cells:
                figure = books[side].figures.get(Key(table[0], table[1], *cell))
                members = cells_of[side].get(cell)
                if figure is not None and not figure.shown and members:
                    withheld.append(members)
        if gives_away(span, sizes, withheld, k):
            return _waiting_reason(k)
    return ""


def every_form(data: FeedbackData) -> Iterator[tuple[ResponseRecord, ResponseRecord]]:
    """Each form of ``data`` as itself before and after (a change that moves none)."""
    for r in data.responses:
        yield r, r


def same_units(data: FeedbackData) -> bool:
    """The per-form units summed up are the figures' tables (kept for the tests)."""
    units = unit_maker(data)
    counted: dict[Unit, int] = defaultdict(int)
    for r in data.responses:
        for unit in units(r):
            counted[unit] += 1
    tables = _tables(data)
    expected = {(t, atom): len(values) for t, table in tables.items()
                for atom, values in table.units.items() if values}
    return dict(counted) == expected


def joining_gives_away(data: FeedbackData, new_forms: Iterable[ResponseRecord]) -> str:
    """Why the forms ``new_forms`` may not join the figures of ``data`` yet ("" if they may).

    The figures shown before they join and the figures shown after are both public: the
    difference of one figure read before and after is the sum of the new forms in its
    group. So the two sets of figures are checked *together*, with every answer split in
    two (already counted, or new): no withheld group, and no set of fewer than k answers
    (old, new, or both), may be a combination of the figures shown before and after.
    Forms that fail wait outside the figures (typed forms stay in the entry grid; rows of
    a survey export are left for a later import) until enough more have come in."""
    new_forms = list(new_forms)
    if not new_forms:
        return ""
    k = group_threshold(data.min_group_size)
    joined = _joined(data, [*data.responses, *new_forms])
    before, after = figure_book(data), figure_book(joined)
    old_tables = _tables(data)
    new_tables = _tables(_joined(data, new_forms))
    cycles, sessions, departments, headcount = _structure(data)
    for (measure, phase), table in _tables(joined).items():
        protect = _Protect(table, cycles, sessions, k, departments, headcount)
        old_units = old_tables[measure, phase].units
        new_units = new_tables[measure, phase].units
        parts = [(a, 0) for a in protect.atoms if old_units.get(a)]
        parts += [(a, 1) for a in protect.atoms if new_units.get(a)]
        index = {part: i for i, part in enumerate(parts)}
        sizes = [len(old_units[a]) if b == 0 else len(new_units[a]) for a, b in parts]

        def ids(cell: Cell, blocks: tuple[int, ...], index: dict[tuple[Atom, int], int] = index,
                members: dict[Cell, list[Atom]] = protect.members) -> list[int]:
            return [index[a, b] for a in members[cell] for b in blocks if (a, b) in index]

        span = _Span()
        for cell in protect.cells:
            key = Key(measure, phase, *cell)
            was, now = before.figures.get(key), after.figures.get(key)
            if was is not None and was.shown:
                span.add({i: 1 for i in ids(cell, (0,))})
            if now is not None and now.shown:
                span.add({i: 1 for i in ids(cell, (0, 1))})
        withheld = []
        for cell in protect.cells:
            key = Key(measure, phase, *cell)
            for book_, blocks in ((before, (0,)), (after, (0, 1))):
                figure = book_.figures.get(key)
                members = ids(cell, blocks)
                if figure is not None and not figure.shown and members:
                    withheld.append(members)
        if gives_away(span, sizes, withheld, k):
            return _waiting_reason(k)
    return ""
