"""Looking at a program file before opening it, and saying in plain words what is wrong.

A file is probed read-only first (:func:`probe_file`): only a file that is PeerDesk's,
undamaged and not from a newer PeerDesk is then opened for writing by
:class:`peerdesk.store.program.Program`. Everything else is refused with a
:class:`ProgramFileError` whose message says which, and the file is left byte-for-byte as
it was.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.i18n import _
from peerdesk.store import schema

if TYPE_CHECKING:
    from peerdesk.store.trust import SchemaProblem

SQLITE_MAGIC = b"SQLite format 3\x00"
# The settings key holding the program's identity (a UUID), which keys its backups.
PROGRAM_ID_KEY = "program_id"


# Any failure of the storage engine (a locked, full or damaged file): what the window and
# the command line catch around a store call, so that only store/ knows it is SQLite.
StorageError = sqlite3.Error


class ProgramFileError(Exception):
    """A program file that cannot be used; ``kind`` says why in one word."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind



def _probe(path: Path) -> None:
    """Refuse, without writing anything, a file that is not a usable PeerDesk file."""
    problems = probe_file(path)
    if problems:
        from peerdesk.store.trust import describe

        raise UntrustedFileError(path, problems, describe(problems))


class UntrustedFileError(ProgramFileError):
    """A PeerDesk file whose schema holds things PeerDesk did not put there (never run)."""

    def __init__(self, path: Path, problems: list[SchemaProblem], summary: str):
        from peerdesk.store.trust import only_missing

        if only_missing(problems):
            message = _("{file} is incomplete: {summary}. It is damaged or was not made by "
                        "PeerDesk; restore it from a backup.").format(file=path.name, summary=summary)
            kind = "damaged"
        else:
            message = _("{file} holds things PeerDesk did not put there, which could run as "
                        "soon as the file is used: {summary}. PeerDesk did not open it and left "
                        "it unchanged.").format(file=path.name, summary=summary)
            kind = "untrusted"
        super().__init__(kind, message)
        self.problems = problems


def real_path(path: Path) -> Path:
    """The file a path leads to, through any symlinks: what lies beside *it* (a -wal,
    a -journal, PeerDesk's notes) is what SQLite reads, not what lies beside the link."""
    if not str(path) or not path.name:
        raise ProgramFileError("missing", _("No file name was given."))
    try:
        return path.resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop
        raise ProgramFileError("missing", _("{path} is a link that leads to no file (it points "
                                            "back to itself).").format(path=path)) from exc


def _read_header(path: Path, real: Path) -> bytes:
    """The first 100 bytes of a regular file; anything else (a folder, a pipe, a device)
    is refused without waiting on it."""
    try:
        fd = os.open(real, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as exc:
        raise ProgramFileError("missing", _("The file {path} does not exist.").format(
            path=path)) from exc
    except IsADirectoryError as exc:
        raise ProgramFileError(
            "not_peerdesk", _("{path} is a folder, not a PeerDesk program file.").format(
                path=path)) from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ProgramFileError("missing", _("{path} is a link that leads to no file (it "
                                                "points back to itself).").format(
                                                    path=path)) from exc
        raise ProgramFileError("unreadable", _("{path} cannot be read: {reason}.").format(
            path=path, reason=exc.strerror)) from exc
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise ProgramFileError("not_peerdesk",
                                   _("{path} is a folder, not a PeerDesk program file.").format(
                                       path=path))
        if not stat.S_ISREG(mode):
            raise ProgramFileError(
                "not_peerdesk", _("{file} is not a PeerDesk program file: it is not an ordinary "
                                  "file (a pipe, a device or a socket). Choose a file ending in "
                                  ".peerdesk.").format(file=path.name))
        try:
            return os.read(fd, 100)
        except OSError as exc:
            raise ProgramFileError("unreadable", _("{path} cannot be read: {reason}.").format(
                path=path, reason=exc.strerror)) from exc
    finally:
        os.close(fd)


def probe_file(path: Path) -> list[SchemaProblem]:
    """The schema problems of a file that is otherwise PeerDesk's; raises for the rest."""
    real = real_path(path)
    header = _read_header(path, real)
    if len(header) == 0:
        raise ProgramFileError(
            "not_peerdesk", _("{file} is empty: it is not a PeerDesk program file.").format(
                file=path.name)
        )
    if not header.startswith(SQLITE_MAGIC):
        raise ProgramFileError(
            "not_peerdesk",
            _("{file} is not a PeerDesk program file (it is not a database at all). Choose a "
              "file ending in .peerdesk.").format(file=path.name),
        )
    if len(header) < 100:
        raise ProgramFileError(
            "damaged", _("{file} is damaged: the file is cut short. Restore it from a "
                         "backup.").format(file=path.name)
        )
    from peerdesk.store import journal

    journal.check_hot_journal(real)
    vouched = journal.check_stray_wal(real, header)
    before = _identity(real)
    try:
        problems = _probe_schema(path, real, _probe_uri(real), vouched)
    except ProgramFileError as exc:
        if exc.kind != "damaged" or _identity(real) == before:
            raise
    else:
        if not problems or _identity(real) == before:
            return problems
    # Changed while it was read (another PeerDesk wrote and closed it): read it again, now
    # through SQLite's locks.
    vouched = journal.check_stray_wal(real, header)
    return _probe_schema(path, real, _ro_uri(real), vouched)


def _stored_id(value: str) -> str:
    """A program identity as the settings table holds it (JSON text), "" for junk."""
    try:
        found = json.loads(value)
    except (TypeError, ValueError):
        return ""
    return found if isinstance(found, str) else ""


def _identity(real: Path) -> tuple[tuple[int, int, int] | None, ...]:
    """What tells whether the file or its -wal changed while it was read."""
    from peerdesk.store import journal

    out: list[tuple[int, int, int] | None] = []
    for p in (real, journal.wal_path(real)):
        try:
            st = p.stat()
            out.append((st.st_size, st.st_mtime_ns, st.st_ino))
        except OSError:
            out.append(None)
    return tuple(out)


def _probe_uri(real: Path) -> str:
    """How to read a file that may be refused: without a -wal holding changes, as an
    immutable file, so SQLite creates no -wal or -shm beside it (a WAL-mode file would get
    both); with one (the user's own, as check_stray_wal found), through SQLite's locks."""
    from peerdesk.store import journal

    try:
        has_wal = journal.wal_path(real).stat().st_size > 0
    except OSError:
        has_wal = False
    return _ro_uri(real) if has_wal else _ro_uri(real) + "&immutable=1"


def _probe_schema(path: Path, real: Path, uri: str,
                  vouched: str | None = None) -> list[SchemaProblem]:
    """Read the schema, the version and the integrity; with a -wal (``vouched``: the
    program its writer note names), also that the -wal's program is that one."""
    from peerdesk.store import trust

    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise ProgramFileError("damaged", _("{file} cannot be opened: {reason}.").format(
            file=path.name, reason=exc)) from exc
    try:
        trust.harden(conn)
        # The schema first, on a connection that has touched no table: nothing in it runs.
        try:
            rows_ok = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            if not _corrupt(exc):
                raise _operational(path, exc) from exc
            raise ProgramFileError(
                "damaged", _("{file} is damaged: its list of tables cannot be read ({reason}). "
                             "Restore it from a backup.").format(file=path.name,
                                                                 reason=exc)) from exc
        del rows_ok
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != schema.APPLICATION_ID:
            raise ProgramFileError(
                "not_peerdesk",
                _("{file} is a database of another application, not a PeerDesk program "
                  "file.").format(file=path.name),
            )
        if version > schema.SCHEMA_VERSION:
            raise ProgramFileError(
                "newer",
                _("{file} was written by a newer PeerDesk (file format {version}, this PeerDesk "
                  "reads up to {ours}). Update PeerDesk to open it.").format(
                      file=path.name, version=version, ours=schema.SCHEMA_VERSION),
            )
        if version < 1:
            raise ProgramFileError(
                "damaged",
                _("{file} is marked as a PeerDesk file but has no format version: it was never "
                  "finished or is damaged. Restore it from a backup.").format(file=path.name),
            )
        problems = trust.inspect(conn, version)
        if problems:
            return problems
        if vouched:  # the schema is PeerDesk's: reading a table runs nothing
            row = conn.execute("SELECT value FROM settings WHERE key = ?",
                               [PROGRAM_ID_KEY]).fetchone()
            if row is None or _stored_id(row[0]) != vouched:
                from peerdesk.store.journal import foreign_wal

                raise foreign_wal(real, "to another program than the one PeerDesk last "
                                  "wrote here")
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check(1)")]
        if integrity != ["ok"]:
            raise ProgramFileError(
                "damaged",
                _("{file} is damaged ({reason}). Restore it from a backup.").format(
                    file=path.name, reason=integrity[0]),
            )
    except sqlite3.DatabaseError as exc:
        if not _corrupt(exc):
            raise _operational(path, exc) from exc
        raise ProgramFileError(
            "damaged", _("{file} is damaged ({reason}). Restore it from a backup.").format(
                file=path.name, reason=exc)
        ) from exc
    finally:
        conn.close()
    return []


# SQLite's codes for a write the disk refused: full (13), and a failed write (778), which is
# what a quota or a file-size limit gives.
_DISK_FULL_CODES = {13, 778}


def _write_error(path: Path, exc: BaseException, opening: bool = False) -> ProgramFileError:
    """A write that failed, in plain words: a full disk, a busy or read-only file, or else."""
    text = str(exc).lower()
    errno_ = getattr(exc, "errno", None)
    code = getattr(exc, "sqlite_errorcode", None)
    if "full" in text or errno_ in (28, 27, 122) or code in _DISK_FULL_CODES:
        # ENOSPC, EFBIG, EDQUOT
        return ProgramFileError("disk_full", _("There is not enough disk space to write {file}. "
                                               "Free some space and try again; nothing was "
                                               "changed.").format(file=path.name))
    if "locked" in text or "busy" in text:
        return ProgramFileError("busy", _("{file} is busy: another program kept writing to it "
                                          "for over {n} seconds, so nothing was changed. Try "
                                          "again in a moment.").format(
                                              file=path.name, n=BUSY_TIMEOUT_MS // 1000))
    reason = getattr(exc, "strerror", None) or exc
    if opening:
        return ProgramFileError(
            "readonly", _("{file} cannot be written ({reason}). Open it read-only, or copy it to "
                          "a folder you can write to.").format(file=path.name, reason=reason))
    return ProgramFileError("readonly", _("{file} cannot be written ({reason}); nothing was "
                                          "changed. Choose a folder you can write to.").format(
                                              file=path.name, reason=reason))


def storage_error(path: Path, exc: BaseException) -> ProgramFileError:
    """For a caller above the store: a failed read or write of ``path`` in plain words."""
    return _write_error(path, exc)


def _ro_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def _corrupt(exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite says the file's contents are bad (not the disk, a lock or a right)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB
    return not isinstance(exc, sqlite3.OperationalError) or "malformed" in str(exc).lower()


def _operational(path: Path, exc: sqlite3.DatabaseError) -> ProgramFileError:
    """An error that says nothing about the file's contents: disk, locks, permissions."""
    text = str(exc).lower()
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if "full" in text or code == 13:
        return ProgramFileError("disk_full", _("There is not enough disk space to open {file}. "
                                               "Free some space and try again; the file itself "
                                               "is fine.").format(file=path.name))
    if code == 10 or "disk i/o" in text:  # SQLITE_IOERR: often a full disk on opening
        return ProgramFileError("disk_full", _("{file} could not be opened: the disk refused to "
                                               "write PeerDesk's working files beside it "
                                               "({reason}); it is probably full. Free some space "
                                               "and try again; the file itself was not "
                                               "changed.").format(file=path.name, reason=exc))
    if "locked" in text or "busy" in text:
        return ProgramFileError("busy", _("{file} is busy: another program is writing to it. "
                                          "Try again in a moment.").format(file=path.name))
    if "unable to open" in text or "readonly" in text or "permission" in text:
        return ProgramFileError("readonly", _("{file} cannot be opened here ({reason}). Copy it "
                                              "to a folder you can write to.").format(
                                                  file=path.name, reason=exc))
    return ProgramFileError("damaged", _("{file} is damaged ({reason}). Restore it from a "
                                         "backup.").format(file=path.name, reason=exc))


# How long a write waits for another program's write to finish before giving up.
BUSY_TIMEOUT_MS = 10_000


def _connect(path: Path | str) -> sqlite3.Connection:
    from peerdesk.store.trust import harden

    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    harden(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn
