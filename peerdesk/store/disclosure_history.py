"""The figures' history in the program file (see :mod:`peerdesk.core.disclosure_history`).

Three small tables, written whole after each change that moves forms in or out of the
figures: the classes (a measure, where its answers sit now, how many), the facts (for a
figure shown or withheld at some reading, the classes its group held then) and the next
class number. Nothing in them names a form: a response row carries no class, so the forms
of one department in one session stay interchangeable; classes and facts are numbered and
ordered by what they are, never by when they were made (:func:`canonical`). A file made before the
history was kept has none: its present state counts as its first reading.
"""

from __future__ import annotations

import copy
import weakref
from typing import Any

from peerdesk.core.disclosure import BLANK, Atom
from peerdesk.core.disclosure_history import History, Klass, TableHistory
from peerdesk.store.program import Program
from peerdesk.store.responses import schema_version

HISTORY_VERSION = 4


def _kept(program: Program) -> bool:
    return schema_version(program) >= HISTORY_VERSION


def load_history(program: Program) -> History:
    """The history kept in the file (empty for a file that kept none, or whose history
    cannot be read: its present state then counts as its first reading)."""
    if not _kept(program):
        return History()
    try:
        kept, key = _remembered.get(program, {}), hash(_rows(program))
        remembered = kept.pop(key, None)
        if remembered is None:
            return _read(program)
        kept[key] = remembered  # the last read is kept longest (see save_history)
        return copy.deepcopy(remembered)
    except (TypeError, ValueError):
        return History()


# The histories this process wrote, by the rows it wrote for them, each as it was made:
# its class ids drawn in the order the classes were made, and the forms each class holds. The file keeps none of that
# order (see :func:`canonical`); while the program stays open, the check reads it from
# here, so that answers an undo takes out are taken from the classes made last (the undo
# takes out what the change it undoes brought). A file read afresh has no such order:
# its classes are then in the file's order.
_remembered: weakref.WeakKeyDictionary[Program, dict[int, History]] = \
    weakref.WeakKeyDictionary()


def _rows(program: Program) -> tuple[tuple[Row, ...], ...]:
    return (tuple(program.db.execute(
                "SELECT id, measure, phase, counted, cycle_id, session_id, grp, n "
                "FROM disclosure_classes ORDER BY id")),
            tuple(program.db.execute(
                "SELECT id, measure, phase, shown, classes FROM disclosure_facts ORDER BY id")))


def _read(program: Program) -> History:
    history = History()
    row = program.db.execute("SELECT readings, next_class FROM disclosure_readings").fetchone()
    if row is None:
        return history
    history.readings, history.next_id = int(row[0]), int(row[1])
    for cid, measure, phase, counted, cycle_id, session_id, grp, n in program.db.execute(
            "SELECT id, measure, phase, counted, cycle_id, session_id, grp, n "
            "FROM disclosure_classes"):
        place = None if cycle_id is None else (
            int(cycle_id), None if session_id is None else int(session_id),
            BLANK if grp is None else str(grp))
        history.table((measure, phase)).classes[int(cid)] = (
            Klass(place, int(n)) if counted else Klass(None, int(n), place))
    for measure, phase, shown, classes in program.db.execute(
            "SELECT measure, phase, shown, classes FROM disclosure_facts ORDER BY id"):
        fact = frozenset(int(c) for c in str(classes).split())
        table = history.table((measure, phase))
        (table.shown if shown else table.withheld).append(fact)
    return history


def save_history(program: Program, history: History) -> None:
    """Write the history whole (inside the caller's transaction), in its canonical form
    (:func:`canonical`): what the file holds depends only on the classes and the facts,
    never on the order they were made in."""
    if not _kept(program):
        return
    db = program.db
    classes, facts = canonical(history)
    db.execute("PRAGMA secure_delete = ON")  # the rows replaced are overwritten, not left
    with program.atomic():
        for table in ("disclosure_classes", "disclosure_facts", "disclosure_readings"):
            db.execute(f"DELETE FROM {table}")
        # how many readings there were is not kept (it would count the changes): 0
        db.execute("INSERT INTO disclosure_readings (id, readings, next_class) VALUES (1, 0, ?)",
                   [len(classes) + 1])
        db.conn.executemany(
            "INSERT INTO disclosure_classes (id, measure, phase, counted, cycle_id, session_id, "
            "grp, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", classes)
        db.conn.executemany(
            "INSERT INTO disclosure_facts (id, measure, phase, shown, classes) "
            "VALUES (?, ?, ?, ?, ?)", facts)
    kept = _remembered.setdefault(program, {})
    kept[hash((tuple(classes), tuple(facts)))] = copy.deepcopy(history)
    while len(kept) > 16:  # a refused step's history, rolled back, is never asked for
        del kept[next(iter(kept))]  # again: the oldest go (the one in force is read at
        # every check, which keeps it among the newest)


Row = tuple[Any, ...]


def canonical(history: History) -> tuple[list[Row], list[Row]]:
    """The rows the file keeps for ``history``: its classes and facts numbered and ordered
    by what they are, not by when they were made.

    In memory a class's id is drawn when it is made, so ids, and the facts listed in the
    order of the readings, follow the order forms joined. Here each class is known by its
    place, its count and (refined until nothing more splits them) the shape of the facts
    that hold it; classes still alike are alike to every fact, so which of them gets the
    smaller number tells nothing. Then classes are numbered 1, 2, ... in that order and
    the facts are sorted by their classes."""
    classes: list[Row] = []
    facts: list[Row] = []
    for (measure, phase), table in sorted(history.tables.items()):
        order = _class_order(table)
        number = {cid: len(classes) + 1 + i for i, cid in enumerate(order)}
        for cid in order:
            k = table.classes[cid]
            classes.append((number[cid], measure, phase, int(k.atom is not None),
                            *_place(k.atom or k.last), k.n))
        kept = sorted({(shown, tuple(sorted(number[c] for c in fact if c in number)))
                       for shown, group in ((1, table.shown), (0, table.withheld))
                       for fact in group}, key=lambda f: (-f[0], len(f[1]), f[1]))
        facts += [(measure, phase, shown, " ".join(map(str, ids))) for shown, ids in kept
                  if ids]
    return classes, [(i + 1, *f) for i, f in enumerate(facts)]


def _class_order(table: TableHistory) -> list[int]:
    """The table's class ids in an order made from what the classes are (see
    :func:`canonical`): colour refinement over the classes and the facts that hold them,
    ties broken by singling out one class and refining again."""
    def place(k: Klass) -> tuple[int, tuple[int, int, str]]:
        at = k.atom or k.last
        spot = (-1, -1, "") if at is None else (at[0], -1 if at[1] is None else at[1], at[2])
        return int(k.atom is not None), spot

    all_facts = [(1, f) for f in table.shown] + [(0, f) for f in table.withheld]
    holding: dict[int, list[int]] = {cid: [] for cid in table.classes}
    for j, (_shown, fact) in enumerate(all_facts):
        for cid in fact:
            if cid in holding:
                holding[cid].append(j)
    start = {cid: (place(k), k.n) for cid, k in table.classes.items()}
    colour = _ranks(start)
    while True:
        colour = _refine(colour, all_facts, holding)
        groups: dict[int, list[int]] = {}
        for cid, c in colour.items():
            groups.setdefault(c, []).append(cid)
        tied = [g for c, g in sorted(groups.items()) if len(g) > 1]
        if not tied:
            return sorted(colour, key=colour.__getitem__)
        lone = min(tied[0])  # alike to every fact so far: any one of them will do
        colour = _ranks({cid: (c, cid == lone) for cid, c in colour.items()})


def _ranks(keys: dict[int, Any]) -> dict[int, int]:
    distinct = sorted(set(keys.values()))
    rank = {key: i for i, key in enumerate(distinct)}
    return {cid: rank[key] for cid, key in keys.items()}


def _refine(colour: dict[int, int], facts: list[tuple[int, frozenset[int]]],
            holding: dict[int, list[int]]) -> dict[int, int]:
    """Split classes by the colours of the facts that hold them, until nothing splits.
    A fact's colour is a sum over its classes' colours, mixed (so the order it lists
    them in does not count), and a class's key its colour with the sum of its facts'."""
    while True:
        fact_colour = [_mix(2 * (sum(_mix(colour[c] + 1) for c in fact if c in colour) & _MASK)
                            + shown)
                       for shown, fact in facts]
        new = _ranks({cid: (colour[cid], sum(fact_colour[j] for j in holding[cid]) & _MASK)
                      for cid in colour})
        if len(set(new.values())) == len(set(colour.values())):
            return new
        colour = new


_MASK = (1 << 64) - 1


def _mix(x: int) -> int:
    """A 64-bit mix (splitmix64's finaliser): the same in every process."""
    x = (x * 0x9E3779B97F4A7C15) & _MASK
    x ^= x >> 30
    x = (x * 0xBF58476D1CE4E5B9) & _MASK
    x ^= x >> 27
    x = (x * 0x94D049BB133111EB) & _MASK
    return x ^ (x >> 31)


def _place(atom: Atom | None) -> tuple[int | None, int | None, str | None]:
    if atom is None:
        return None, None, None
    return atom[0], atom[1], None if atom[2] == BLANK else atom[2]


def forget_remembered(program: Program) -> None:
    """Forget the histories kept in memory (the forms' ids were drawn again): the next
    check reads the history from the file, knowing no forms."""
    _remembered.pop(program, None)


def forget_history(program: Program) -> None:
    """Drop the kept readings (tests; a file whose history no longer matches starts over
    from its present state)."""
    save_history(program, History())


__all__ = ["TableHistory", "forget_history", "forget_remembered", "load_history",
           "save_history"]
