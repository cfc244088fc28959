"""Bulk reads and writes of participant and skill rows for the HR-file import (and the
rows the people export writes).

The import checks a whole file at once, so it writes rows in bulk (``executemany``)
rather than one :func:`peerdesk.store.participants.add_participant` each, which would
re-read the whole table per row. None of these functions opens a transaction: they run
inside the caller's ``program.atomic()``, so an apply or an undo commits whole or not at
all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from peerdesk.i18n import _
from peerdesk.store.program import Program

_CHUNK = 500  # ids per "IN (...)": well under SQLite's limit on bound parameters


def _columns(program: Program, names: Iterable[str]) -> list[str]:
    """``names`` checked against the participants table, since they go into the SQL text."""
    known = set(program.db["participants"].columns_dict)
    names = list(names)
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ValueError(_("Not a participant column: {names}").format(names=", ".join(unknown)))
    return names


def all_participant_rows(program: Program) -> list[dict[str, Any]]:
    """Every participant row (archived too), by id."""
    return [dict(r) for r in program.db.query("SELECT * FROM participants ORDER BY id")]


def rows_with_managers(program: Program, include_archived: bool = False) -> Iterator[dict[str, Any]]:
    """Participant rows sorted by name, each with its linked manager's ``m_name`` and
    ``m_email`` (None when the manager is not a participant); streamed, not listed."""
    where = "" if include_archived else "WHERE p.archived_on IS NULL"
    return program.db.query(
        "SELECT p.*, m.name AS m_name, m.email AS m_email FROM participants p "
        f"LEFT JOIN participants m ON m.id = p.manager_id {where} "
        "ORDER BY p.name COLLATE NOCASE, p.id")


def participant_rows(program: Program, ids: Sequence[int]) -> list[dict[str, Any]]:
    """The rows of ``ids`` as they are now (for undo)."""
    out: list[dict[str, Any]] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start:start + _CHUNK])
        out += [dict(r) for r in program.db.query(
            f"SELECT * FROM participants WHERE id IN ({', '.join('?' * len(chunk))})", chunk)]
    return out


def next_participant_id(program: Program) -> int:
    """The id the next new participant gets when none is chosen."""
    return (program.db.execute("SELECT max(id) FROM participants").fetchone()[0] or 0) + 1


def insert_participant_rows(program: Program, columns: Sequence[str],
                            rows: Iterable[Sequence[object]]) -> None:
    """Insert rows of ``(id, *columns)`` values."""
    columns = _columns(program, columns)
    program.db.conn.executemany(
        f"INSERT INTO participants (id, {', '.join(columns)}) "
        f"VALUES ({', '.join('?' * (len(columns) + 1))})", rows)


def set_managers(program: Program, pairs: Iterable[tuple[object, int]]) -> None:
    """``(manager_id, participant_id)`` pairs."""
    program.db.conn.executemany("UPDATE participants SET manager_id = ? WHERE id = ?", pairs)


def update_participant_rows(program: Program,
                            updates: Iterable[tuple[int, Mapping[str, object]]]) -> None:
    """Set the given columns of each ``(participant_id, changes)`` (no validation: the
    caller checked the values)."""
    known = set(program.db["participants"].columns_dict)
    for participant_id, changes in updates:
        unknown = [c for c in changes if c not in known]
        if unknown:
            raise ValueError(_("Not a participant column: {names}").format(
                names=", ".join(unknown)))
        program.db.conn.execute(
            f"UPDATE participants SET {', '.join(f'{c} = ?' for c in changes)} WHERE id = ?",
            [*changes.values(), participant_id])


def archive_rows(program: Program, on: str, reason: str, ids: Iterable[int]) -> None:
    """Archive ``ids`` on the ISO date ``on`` with ``reason``."""
    program.db.conn.executemany(
        "UPDATE participants SET archived_on = ?, archive_reason = ? WHERE id = ?",
        [(on, reason, i) for i in ids])


def delete_participant_rows(program: Program, ids: Iterable[int]) -> None:
    """Delete ``ids`` (their skills, and anything else on cascade, go with them)."""
    program.db.conn.executemany("DELETE FROM participants WHERE id = ?", [(i,) for i in ids])


# -- skills ------------------------------------------------------------------------------

def skill_rows(program: Program) -> list[tuple[int, str, str, int]]:
    """Every ``(participant_id, skill name, direction, level)``."""
    return [tuple(r) for r in program.db.execute(
        "SELECT ps.participant_id, s.name, ps.direction, ps.level FROM participant_skills "
        "ps JOIN skills s ON s.id = ps.skill_id")]


def take_skill_direction(program: Program, participant_id: int, direction: str) -> list[dict[str, Any]]:
    """Delete one person's skills in one direction; returns the rows deleted (for undo)."""
    before = [dict(r) for r in program.db.query(
        "SELECT * FROM participant_skills WHERE participant_id = ? AND direction = ?",
        [participant_id, direction])]
    delete_skill_direction(program, participant_id, direction)
    return before


def delete_skill_direction(program: Program, participant_id: int, direction: str) -> None:
    program.db.execute("DELETE FROM participant_skills WHERE participant_id = ? AND "
                       "direction = ?", [participant_id, direction])


def insert_skill_row(program: Program, participant_id: int, skill_id: int, direction: str,
                     level: int) -> None:
    program.db.execute("INSERT INTO participant_skills (participant_id, skill_id, direction, "
                       "level) VALUES (?, ?, ?, ?)", [participant_id, skill_id, direction, level])


def insert_skill_rows(program: Program, rows: list[dict[str, Any]]) -> None:
    """Put back rows :func:`take_skill_direction` returned."""
    if rows:
        program.db.table("participant_skills").insert_all(rows)
