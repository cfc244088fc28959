"""Automatic backups with SQLite's online backup API: consistent copies while the file is open.

A copy is made when a program is opened and once a day while it stays open; the newest
``keep`` copies of each program are kept. Backups are kept per program identity (the
UUID a program gets when it is created, in its settings), one folder each, so two
programs that happen to share a file name (``hr/team.peerdesk`` and
``sales/team.peerdesk``) never prune or restore each other's copies.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from peerdesk.i18n import _, ngettext
from peerdesk.store.program import Program
from peerdesk.store.program_file import PROGRAM_ID_KEY, ProgramFileError, _probe

KEEP = 10
STAMP = "%Y%m%d-%H%M%S-%f"
SUFFIX = ".peerdesk-backup"
_SAFE_ID = re.compile(r"^[0-9a-fA-F-]{1,64}$")


def default_folder() -> Path:
    """Where backups go: PeerDesk's data folder (what Qt calls GenericDataLocation), found
    without Qt so the command line and the window use the same one."""
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "PeerDesk" / "backups"


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    made: datetime

    @property
    def label(self) -> str:
        return self.made.strftime("%Y-%m-%d %H:%M:%S")


def _program_folder(program: Program, folder: Path) -> Path:
    pid = program.program_id
    if not _SAFE_ID.match(pid):
        raise ProgramFileError("no_identity", _("{program} has no program identity, so its backups "
                               "cannot be told apart from another program's.").format(
                                   program=program.name))
    return folder / pid


def list_backups(program: Program, folder: Path) -> list[Backup]:
    """Backups of this program (by its identity), newest first."""
    if program.path is None or not _SAFE_ID.match(program.program_id):
        return []
    own = folder / program.program_id
    out: list[Backup] = []
    if not own.is_dir():
        return out
    for candidate in own.glob(f"*{SUFFIX}"):
        stamp = candidate.name[:-len(SUFFIX)].rsplit(".", 1)[-1]
        try:
            out.append(Backup(candidate, datetime.strptime(stamp, STAMP)))
        except ValueError:
            continue
    return sorted(out, key=lambda b: b.made, reverse=True)


def make_backup(program: Program, folder: Path, keep: int = KEEP, now: datetime | None = None) -> Path:
    """Copy the open program into its own backup folder and prune to the newest ``keep``.

    The copy is written under a temporary name and renamed, so a failure (a full disk)
    leaves no partial backup behind."""
    if program.path is None:
        raise ValueError(_("an in-memory program has no backups"))
    own = _program_folder(program, folder)
    try:
        own.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProgramFileError("readonly", _("The backup folder {folder} cannot be made: {reason}.")
                               .format(folder=own, reason=exc.strerror or exc)) from exc
    now = now or datetime.now()
    target = own / f"{program.path.stem}.{now.strftime(STAMP)}{SUFFIX}"
    program.backup_to(target)
    for old in list_backups(program, folder)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def backup_due(program: Program, folder: Path, now: datetime | None = None) -> bool:
    backups = list_backups(program, folder)
    return not backups or (now or datetime.now()) - backups[0].made >= timedelta(days=1)


def backup_identity(backup: Path) -> tuple[str, str]:
    """The program identity and name a (checked) backup file holds."""
    conn = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        rows = dict(conn.execute("SELECT key, value FROM settings WHERE key IN (?, ?)",
                                 [PROGRAM_ID_KEY, "program_name"]).fetchall())
    except sqlite3.Error as exc:
        raise ProgramFileError("damaged", _("The backup cannot be read: {reason}.").format(
            reason=exc)) from exc
    finally:
        conn.close()

    def value(key: str) -> str:
        try:
            return str(json.loads(rows[key]))
        except (KeyError, ValueError):
            return ""

    return value(PROGRAM_ID_KEY), value("program_name")


def check_backup(program: Program, backup: Path) -> None:
    """Refuse a backup that is damaged, carries code, or belongs to another program."""
    _probe(backup)
    owner, name = backup_identity(backup)
    if owner != program.program_id:
        text = (_("{backup} is a backup of another program (“{other}”), not of {program}, so it "
                  "was not restored. To look at it, open it as a program file.") if owner else
                _("{backup} is a backup of a program without an identity, not of {program}, so it "
                  "was not restored. To look at it, open it as a program file."))
        raise ProgramFileError(
            "other_program", text.format(backup=backup.name, other=name, program=program.name))


def restore_backup(program: Program, backup: Path) -> None:
    """Replace the open program's contents with a backup's, in one step.

    The backup is checked first (a damaged copy, one carrying code, or one of another
    program never overwrites a good file)."""
    backup = Path(backup)
    check_backup(program, backup)
    source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        source.backup(program.db.conn)
    except sqlite3.Error as exc:
        raise ProgramFileError("damaged", _("The backup could not be restored: {reason}.").format(
            reason=exc)) from exc
    finally:
        source.close()


def find_backup(program: Program, folder: Path, which: str) -> Path:
    """The backup a user named: its number in the list (1 = newest), its time as listed,
    or a path to a backup file."""
    backups = list_backups(program, folder)
    text = which.strip()
    if text.isdigit() and len(text) <= 6:
        n = int(text)
        if 1 <= n <= len(backups):
            return backups[n - 1].path
        raise ProgramFileError("no_backup", ngettext(
            "There is no backup number {number}; {program} has {n}.",
            "There is no backup number {number}; {program} has {n}.", len(backups)).format(
                number=text, program=program.name, n=len(backups)))
    for b in backups:
        if text in (b.label, b.made.strftime(STAMP), b.path.name):
            return b.path
    path = Path(text)
    if text and path.is_file():
        return path
    raise ProgramFileError("no_backup", _("No backup “{which}” of {program}: give its number "
                           "from “peerdesk backups”, its time, or a backup file.").format(
                               which=which, program=program.name))
