"""Stored values PeerDesk never writes: what to name when reading a file fails on one.

A file sent by someone else can hold a schema that is PeerDesk's and rows that are not:
a date in words, a month 13, settings that are not JSON, words where a number belongs.
SQLite accepts them all, and reading them fails deep inside a command. This finds them,
by table, column and row, so the failure can be said in plain words."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from peerdesk.i18n import N_, _

_NUMBER_TYPES = ("INTEGER", "REAL")


@dataclass(frozen=True, slots=True)
class OddValue:
    table: str
    column: str
    rowid: int | str
    value: object
    expected: str  # "JSON", "a date", "a number"

    @property
    def message(self) -> str:
        shown = repr(self.value) if not isinstance(self.value, str) else f"“{self.value[:60]}”"
        if self.table == "settings":
            where = _("{shown} where {expected} belongs ({table}.{column}, key {row})")
        else:
            where = _("{shown} where {expected} belongs ({table}.{column}, row {row})")
        return where.format(shown=shown, expected=self.expected, table=self.table,
                            column=self.column, row=self.rowid)


def _is_date_column(name: str) -> bool:
    return name == "date" or name.endswith(("_date", "_on"))


def odd_values(conn: sqlite3.Connection, limit: int = 5) -> list[OddValue]:
    """Up to ``limit`` values PeerDesk would not have written, in a file whose schema is
    PeerDesk's (so reading its tables runs nothing)."""
    found: list[OddValue] = []
    for key, value in conn.execute(
            "SELECT key, value FROM settings WHERE json_valid(value) = 0 LIMIT ?", [limit]):
        found.append(OddValue("settings", "value", key, value, N_("a value in JSON")))
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        for column in conn.execute(f"PRAGMA table_info({quoted})").fetchall():
            name, declared = column[1], (column[2] or "").upper()
            col = '"' + name.replace('"', '""') + '"'
            if declared in _NUMBER_TYPES:
                sql = (f"SELECT rowid, {col} FROM {quoted} "
                       f"WHERE typeof({col}) NOT IN ('integer', 'real', 'null')")
                expected = N_("a number")
            elif _is_date_column(name):
                # A date that exists: '+0 days' rolls 30 February over to March, which then
                # differs from what was stored (the time and its zone are left out).
                sql = (f"SELECT rowid, {col} FROM {quoted} WHERE {col} IS NOT NULL "
                       f"AND {col} <> '' AND (typeof({col}) <> 'text' OR "
                       f"date(substr({col}, 1, 10), '+0 days') IS NOT substr({col}, 1, 10))")
                expected = N_("a date")
            else:
                continue
            for rowid, value in conn.execute(sql + " LIMIT ?", [limit]):
                found.append(OddValue(table, name, rowid, value, expected))
            if len(found) >= limit:
                return found[:limit]
    return found[:limit]


def odd_values_in(path: Path, limit: int = 5) -> list[OddValue]:
    """:func:`odd_values` of a program file, read without writing beside it."""
    from peerdesk.store.program_file import _probe_uri, real_path
    from peerdesk.store.trust import harden

    conn = sqlite3.connect(_probe_uri(real_path(path)), uri=True)
    try:
        harden(conn)
        return odd_values(conn, limit)
    finally:
        conn.close()


def describe(file_name: str, odd: list[OddValue]) -> str:
    """The odd values of a file in one plain paragraph."""
    return _("{file} holds a value PeerDesk cannot read: {values}. PeerDesk never writes such "
             "values: the file was changed by another program. Correct or remove the value "
             "there, or ask whoever sent the file for a clean one.").format(
                 file=file_name, values="; ".join(v.message for v in odd))


def refuse_odd_values(path: Path) -> None:
    """Before opening a file for a reader of every value (the window): refuse, untouched,
    one holding values PeerDesk never writes. A file failing the read-only look is left
    to ``Program.open``, which says why."""
    from peerdesk.store.program import ProgramFileError, probe_file

    if probe_file(path):
        return
    odd = odd_values_in(path)
    if odd:
        raise ProgramFileError("odd_values", _("{problem} PeerDesk did not open it and left it "
                                               "unchanged.").format(problem=describe(path.name, odd)))
