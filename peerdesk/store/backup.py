"""Automatic backups with SQLite's online backup API: consistent copies while the file is open.

A copy is made when a program is opened and once a day while it stays open; the newest
``keep`` copies of each program are kept in the backup folder.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from peerdesk.store.program import Program, ProgramFileError

KEEP = 10
STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    made: datetime

    @property
    def label(self) -> str:
        return self.made.strftime("%Y-%m-%d %H:%M:%S")


def _prefix(program_path: Path) -> str:
    return f"{program_path.stem}."


def list_backups(program_path: Path, folder: Path) -> list[Backup]:
    """Backups of this program, newest first."""
    out = []
    if not folder.is_dir():
        return out
    prefix = _prefix(program_path)
    for candidate in folder.glob(f"{prefix}*.peerdesk-backup"):
        stamp = candidate.name[len(prefix):-len(".peerdesk-backup")]
        try:
            out.append(Backup(candidate, datetime.strptime(stamp, STAMP)))
        except ValueError:
            continue
    return sorted(out, key=lambda b: b.made, reverse=True)


def make_backup(program: Program, folder: Path, keep: int = KEEP, now: datetime | None = None) -> Path:
    """Copy the open program into ``folder`` and prune to the newest ``keep`` copies."""
    if program.path is None:
        raise ValueError("an in-memory program has no backups")
    folder.mkdir(parents=True, exist_ok=True)
    now = now or datetime.now()
    target = folder / f"{_prefix(program.path)}{now.strftime(STAMP)}.peerdesk-backup"
    partial = target.with_suffix(".partial")
    program.backup_to(partial)
    partial.replace(target)  # a half-written backup never looks like a finished one
    for old in list_backups(program.path, folder)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def backup_due(program_path: Path, folder: Path, now: datetime | None = None) -> bool:
    backups = list_backups(program_path, folder)
    return not backups or (now or datetime.now()) - backups[0].made >= timedelta(days=1)


def restore_backup(program: Program, backup: Path) -> None:
    """Replace the open program's contents with a backup's, in one step.

    The backup is checked first, so a damaged copy never overwrites a good file."""
    from peerdesk.store.program import _probe

    _probe(backup)
    source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        source.backup(program.db.conn)
    except sqlite3.Error as exc:
        raise ProgramFileError("damaged", f"The backup could not be restored: {exc}.") from exc
    finally:
        source.close()
