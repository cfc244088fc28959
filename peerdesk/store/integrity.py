"""``peerdesk check``: a program file's integrity, counts and anything PeerDesk did not put there,
read without changing the file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.store import schema
from peerdesk.store.program_file import _probe_uri, probe_file, real_path

if TYPE_CHECKING:
    from peerdesk.store.trust import SchemaProblem
    from peerdesk.store.values import OddValue


@dataclass
class CheckReport:
    path: str
    schema_version: int
    counts: dict[str, int]
    integrity: list[str]
    foreign_key_problems: int
    # Objects PeerDesk did not make (trust.SchemaProblem); when any, nothing else is read.
    schema_problems: list[SchemaProblem] = field(default_factory=list)
    # Values PeerDesk never writes (values.OddValue): a date in words, settings not JSON.
    odd_values: list[OddValue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (not self.schema_problems and self.integrity == ["ok"]
                and self.foreign_key_problems == 0 and not self.odd_values)


def check(path: Path | str) -> CheckReport:
    """What ``peerdesk check`` reports; raises ProgramFileError for a file it cannot read.

    A file holding objects PeerDesk did not make gets a report naming every one of them,
    and nothing in it is counted or checked further: that would run them."""
    path = Path(path)
    problems = probe_file(path)
    conn = sqlite3.connect(_probe_uri(real_path(path)), uri=True)
    try:
        from peerdesk.store.trust import harden

        harden(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if problems:
            return CheckReport(str(path), version, {}, ["not checked"], 0, problems)
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        fk = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        counts = {
            table: conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
            for table in schema.COUNTED_TABLES
        }
        from peerdesk.store.values import odd_values

        odd = odd_values(conn, limit=20)
    finally:
        conn.close()
    return CheckReport(str(path), version, counts, integrity, fk, odd_values=odd)
