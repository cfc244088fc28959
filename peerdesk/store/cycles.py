"""Cycles: named periods such as "Spring 2027" that hold sessions, pairings and feedback."""

from __future__ import annotations

import unicodedata
from contextlib import suppress
from dataclasses import replace
from datetime import date
from typing import Any

from peerdesk.core.models import Cycle, stored_id
from peerdesk.core.validation import Problem, ValidationError, check_cycle_name
from peerdesk.i18n import _
from peerdesk.store.program import Program, row_id


def _from_row(r: dict[str, Any]) -> Cycle:
    return Cycle(id=r["id"], name=r["name"],
                 start_date=date.fromisoformat(r["start_date"]) if r["start_date"] else None,
                 end_date=date.fromisoformat(r["end_date"]) if r["end_date"] else None,
                 notes=r["notes"])


def list_cycles(program: Program) -> list[Cycle]:
    """Oldest first (by start date, then id)."""
    return [_from_row(r) for r in program.db.query(
        "SELECT * FROM cycles ORDER BY coalesce(start_date, '9999'), id")]


def get_cycle(program: Program, cycle_id: int) -> Cycle:
    rows = list(program.db.query("SELECT * FROM cycles WHERE id = ?", [cycle_id]))
    if not rows:
        raise KeyError(_("No cycle with id {id}.").format(id=cycle_id))
    return _from_row(rows[0])


def find_cycle(program: Program, name: str) -> Cycle | None:
    """The cycle called ``name``: the same text first, else the same in any case, in any
    script ("ÉTÉ 2027" finds "Été 2027"; SQLite's NOCASE folds only A to Z)."""
    rows = list(program.db.query("SELECT * FROM cycles ORDER BY id"))
    wanted = _folded(name)
    found = next((r for r in rows if r["name"] == name.strip()), None) or next(
        (r for r in rows if _folded(r["name"]) == wanted), None)
    return _from_row(found) if found else None


def _folded(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip()).casefold()


def require_cycle(program: Program, name: str) -> Cycle:
    """The cycle called ``name``, or a ValidationError naming the cycles there are."""
    cycle = find_cycle(program, name)
    if cycle is None:
        names = ", ".join(c.name for c in list_cycles(program)) or _("none yet")
        raise ValidationError([Problem("cycle", _("There is no cycle called “{name}”. Cycles in this "
                                                  "program: {names}.").format(name=name, names=names))])
    return cycle


def current_cycle(program: Program, today: date | None = None) -> Cycle | None:
    """The cycle running today, else the next to start, else the latest one."""
    cycles = list_cycles(program)
    if not cycles:
        return None
    today = today or date.today()
    for c in cycles:
        if c.start_date and c.end_date and c.start_date <= today <= c.end_date:
            return c
    upcoming = [(c.start_date, i) for i, c in enumerate(cycles)
                if c.start_date and c.start_date > today]
    if upcoming:
        return cycles[min(upcoming)[1]]
    return cycles[-1]


def check_cycle(program: Program, cycle: Cycle, restoring: bool = False) -> list[Problem]:
    """What is wrong with ``cycle`` in this file. A name the cycle already has, or one an
    undo puts back (``restoring``), is not held to the length limit: an older file's
    longer name can still be kept, and its edits undone."""
    name = cycle.name.strip()
    kept = restoring or (cycle.id is not None and _stored_name(program, cycle.id) == name)
    problems = [] if kept and name else check_cycle_name(cycle.name)
    if not problems:
        clash = find_cycle(program, cycle.name)
        if clash is not None and clash.id != cycle.id:
            problems.append(Problem("name", _("There is already a cycle called “{name}”.").format(
                name=clash.name)))
    if cycle.start_date and cycle.end_date and cycle.end_date < cycle.start_date:
        problems.append(Problem("end_date", _("The cycle ends before it starts.")))
    return problems


def _stored_name(program: Program, cycle_id: int) -> str | None:
    row = program.db.execute("SELECT name FROM cycles WHERE id = ?", [cycle_id]).fetchone()
    return None if row is None else str(row[0])


def add_cycle(program: Program, cycle: Cycle) -> int:
    problems = check_cycle(program, cycle)
    if problems:
        raise ValidationError(problems)
    row: dict[str, object] = {"name": cycle.name.strip(),
           "start_date": cycle.start_date.isoformat() if cycle.start_date else None,
           "end_date": cycle.end_date.isoformat() if cycle.end_date else None,
           "notes": cycle.notes}
    if cycle.id is not None:
        row["id"] = cycle.id
    with program.atomic():
        return row_id(program.db.table("cycles").insert(row).last_pk)


def update_cycle(program: Program, cycle: Cycle, restoring: bool = False) -> None:
    """Save the cycle's fields; ``restoring``: an undo putting back what it had."""
    problems = check_cycle(program, cycle, restoring)
    if problems:
        raise ValidationError(problems)
    with program.atomic():
        program.db.table("cycles").update(stored_id(cycle.id), {
            "name": cycle.name.strip(),
            "start_date": cycle.start_date.isoformat() if cycle.start_date else None,
            "end_date": cycle.end_date.isoformat() if cycle.end_date else None,
            "notes": cycle.notes})


def rename_cycle(program: Program, old_name_or_id: int | str, new_name: str,
                 restoring: bool = False) -> str:
    """Give a cycle a new name; returns its old name, which renames it back (undo).

    ``old_name_or_id`` is an id or a name (any case); a name is tried first, so a cycle
    called "2027" is found by its name. The name is checked as :func:`update_cycle` checks
    it (empty, too long, another cycle's; an undo putting the old name back, ``restoring``,
    is not held to the length). Renaming to the name it has is not an error: nothing is
    written.
    """
    if isinstance(old_name_or_id, int):
        cycle = get_cycle(program, old_name_or_id)
    else:
        found = find_cycle(program, old_name_or_id)
        text = old_name_or_id.strip()
        if found is None and text.isdecimal() and text.isascii() and len(text) <= 18:
            with suppress(KeyError):
                found = get_cycle(program, int(text))
        cycle = found or require_cycle(program, old_name_or_id)
    old_name = cycle.name
    if new_name.strip() == old_name:
        return old_name
    update_cycle(program, replace(cycle, name=new_name), restoring)
    return old_name


def cycle_contents(program: Program, cycle_id: int) -> dict[str, int]:
    """How many sessions, pairs and feedback forms a delete would take with it."""
    db = program.db
    return {table: db.execute(f"SELECT count(*) FROM {table} WHERE cycle_id = ?",
                              [cycle_id]).fetchone()[0]
            for table in ("sessions", "pairings", "feedback_responses")}


def delete_cycle(program: Program, cycle_id: int) -> dict[str, Any]:
    """Delete a cycle and everything in it; returns what :func:`restore_rows` puts back."""
    get_cycle(program, cycle_id)
    from peerdesk.store.feedback_gate import check_cycle_delete

    with program.atomic():
        check_cycle_delete(program, cycle_id)  # its forms leave the figures: checked
        snap = snapshot_rows(program, "cycles", [cycle_id])
        program.db.execute("DELETE FROM cycles WHERE id = ?", [cycle_id])
    return snap


def duplicate_cycle(program: Program, cycle_id: int, name: str,
                    start_date: date | None = None) -> int:
    """A new cycle with copies of the sessions (agendas, places, invite choices), no history.

    Sessions keep their weekday rhythm: they move by the gap between the two cycles'
    starts. Pairs, attendance and feedback are not copied; invites to chosen pairs become
    invites to the whole cycle, since the new cycle has no pairs yet.
    """
    from peerdesk.store.sessions import duplicate_session, list_sessions

    source = get_cycle(program, cycle_id)
    shift = (start_date - source.start_date) if (start_date and source.start_date) else None
    end = source.end_date + shift if (shift is not None and source.end_date) else None
    with program.atomic():
        new_id = add_cycle(program, Cycle(name=name, start_date=start_date, end_date=end,
                                          notes=source.notes))
        for s in list_sessions(program, cycle_id, with_agenda=False):
            on = s.date + shift if (shift is not None and s.date) else s.date
            duplicate_session(program, stored_id(s.id), on=on, cycle_id=new_id, title=s.title)
    return new_id


# -- snapshots for undo ----------------------------------------------------------------

def _cascade_children(program: Program, parent: str) -> list[tuple[str, str, str]]:
    """(table, column, parent column) of every table whose rows die with ``parent``'s."""
    out: list[tuple[str, str, str]] = []
    for (table,) in program.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
        out += [(table, fk[3], fk[4] or "rowid")
                for fk in program.db.execute(f"PRAGMA foreign_key_list([{table}])")
                if fk[2] == parent and fk[6].upper() == "CASCADE"]
    return out


def snapshot_rows(program: Program, table: str, ids: list[int]) -> dict[str, Any]:
    """The rows ``ids`` of ``table`` and every row an ON DELETE CASCADE would take with them.

    Found from the schema's foreign keys, so a table added by a later migration is
    covered without this code knowing it. :func:`restore_rows` puts them all back.
    """
    db = program.db
    rows: dict[str, dict[int, dict[str, Any]]] = {}
    pending = [(table, "id", ids)]
    while pending:
        name, column, values = pending.pop(0)
        if not values:
            continue
        marks = ", ".join("?" for _value in values)
        found = rows.setdefault(name, {})
        new = []
        for r in db.query(f"SELECT rowid AS __rowid, * FROM [{name}] WHERE [{column}] IN ({marks})",
                          list(values)):
            key = r.pop("__rowid")
            if key not in found:
                found[key] = r
                new.append(r)
        for child, child_column, parent_column in _cascade_children(program, name):
            keys = [r[parent_column] for r in new] if new and parent_column in new[0] else []
            pending.append((child, child_column, keys))
    return {"tables": {name: list(found.values()) for name, found in rows.items()}}


def restore_rows(program: Program, snap: dict[str, Any]) -> None:
    """Put back what :func:`snapshot_rows` saw, in one transaction."""
    with program.atomic():
        program.db.execute("PRAGMA defer_foreign_keys = ON")
        for name, table_rows in snap["tables"].items():
            if table_rows:
                program.db.table(name).insert_all(table_rows)
        forms = [r["id"] for r in snap["tables"].get("feedback_responses", [])
                 if not r.get("draft")]
        if forms:  # forms back in the figures: checked like new ones (they may wait)
            from peerdesk.store.feedback_gate import rejoin

            rejoin(program, forms)
