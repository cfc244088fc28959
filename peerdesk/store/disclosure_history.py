"""The figures' history in the program file (see :mod:`peerdesk.core.disclosure_history`).

Three small tables, written whole after each change that moves forms in or out of the
figures: the classes (a measure, where its answers sit now, how many), the facts (for a
figure shown or withheld at some reading, the classes its group held then) and how many
readings there were. Nothing in them names a form: a response row carries no class, so
the forms of one department in one session stay interchangeable. A file made before the
history was kept has none: its present state counts as its first reading.
"""

from __future__ import annotations

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
        return _read(program)
    except (TypeError, ValueError):
        return History()


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
    """Write the history whole (inside the caller's transaction)."""
    if not _kept(program):
        return
    db = program.db
    with program.atomic():
        for table in ("disclosure_classes", "disclosure_facts", "disclosure_readings"):
            db.execute(f"DELETE FROM {table}")
        db.execute("INSERT INTO disclosure_readings (id, readings, next_class) VALUES (1, ?, ?)",
                   [history.readings, history.next_id])
        db.conn.executemany(
            "INSERT INTO disclosure_classes (id, measure, phase, counted, cycle_id, session_id, "
            "grp, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(cid, measure, phase, int(k.atom is not None), *_place(k.atom or k.last), k.n)
             for (measure, phase), t in sorted(history.tables.items())
             for cid, k in sorted(t.classes.items())])
        db.conn.executemany(
            "INSERT INTO disclosure_facts (measure, phase, shown, classes) VALUES (?, ?, ?, ?)",
            [(measure, phase, shown, " ".join(str(c) for c in sorted(fact)))
             for (measure, phase), t in sorted(history.tables.items())
             for shown, facts in ((1, t.shown), (0, t.withheld)) for fact in facts])


def _place(atom: Atom | None) -> tuple[int | None, int | None, str | None]:
    if atom is None:
        return None, None, None
    return atom[0], atom[1], None if atom[2] == BLANK else atom[2]


def forget_history(program: Program) -> None:
    """Drop the kept readings (tests; a file whose history no longer matches starts over
    from its present state)."""
    save_history(program, History())


__all__ = ["TableHistory", "forget_history", "load_history", "save_history"]
