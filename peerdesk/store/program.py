"""Opening and creating a program file, and reading and writing its settings.

A file is looked at read-only first: only a file that is PeerDesk's, undamaged and
not from a newer PeerDesk is then opened for writing. Everything else is refused with
a :class:`ProgramFileError` whose message says which, and the file is left
byte-for-byte as it was (the probing and the errors are in
:mod:`peerdesk.store.program_file`, ``peerdesk check`` in :mod:`peerdesk.store.integrity`).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from peerdesk.core.settings import ProgramSettings
from peerdesk.core.zones import system_zone
from peerdesk.i18n import _
from peerdesk.store import schema
from peerdesk.store.atomic import atomic_path

# Probing a file before opening it and the plain-word errors live in program_file, and
# ``peerdesk check`` in integrity; their public names are re-exported here, where the rest
# of PeerDesk imports them.
from peerdesk.store.integrity import CheckReport as CheckReport
from peerdesk.store.integrity import check as check
from peerdesk.store.program_file import BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS
from peerdesk.store.program_file import PROGRAM_ID_KEY as PROGRAM_ID_KEY
from peerdesk.store.program_file import ProgramFileError as ProgramFileError
from peerdesk.store.program_file import StorageError as StorageError
from peerdesk.store.program_file import UntrustedFileError as UntrustedFileError
from peerdesk.store.program_file import (
    _connect,
    _probe,
    _ro_uri,
    _stored_id,
    _write_error,
    real_path,
)
from peerdesk.store.program_file import probe_file as probe_file
from peerdesk.store.program_file import storage_error as storage_error


def _import_sqlite_utils() -> ModuleType:
    """sqlite-utils imports numpy, when it can, only to infer column types for numpy values
    in tables it creates itself. PeerDesk declares its schema and never stores numpy values,
    and numpy would be a third of the window's start-up, so it is hidden for that import."""
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        import sqlite_utils
    else:
        # None in sys.modules is Python's documented "this import fails" marker
        sys.modules["numpy"] = None  # type: ignore[assignment]  # fails "import numpy" fast, here only
        try:
            import sqlite_utils
        finally:
            del sys.modules["numpy"]
    return sqlite_utils


if TYPE_CHECKING:
    import sqlite_utils
else:
    sqlite_utils = _import_sqlite_utils()


def row_id(pk: object) -> int:
    """The id of the row just inserted (sqlite-utils' ``last_pk``, which it types loosely:
    every PeerDesk table has an integer key, so anything else is a broken file)."""
    if isinstance(pk, bool) or not isinstance(pk, int):
        raise sqlite3.IntegrityError(f"a new row got the key {pk!r}, not a whole number")
    return pk


def _database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    # No sqlite-utils plugins: they would run other packages' code on the user's file, and
    # looking them up scans every installed package at start-up.
    return sqlite_utils.Database(conn, execute_plugins=False)

# Program-wide settings and their defaults, declared once.
# Every setting and its default, declared once (core.settings.ProgramSettings).
DEFAULT_SETTINGS: dict[str, object] = ProgramSettings().as_dict()



T = TypeVar("T")


class _RolledBack(Exception):
    """Takes back what :meth:`Program.rolled_back` tried."""


class Program:
    """An open program file. ``db`` is the sqlite-utils Database; ``path`` None means in memory."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None, read_only: bool = False):
        self.db = db
        self.path = path
        self.read_only = read_only
        self._trying = 0  # how deep inside rolled_back()

    # -- opening and creating ---------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str | None, name: str = "", timezone: str = "") -> Program:
        """Create a new program file (``None`` for an in-memory one, in tests), in
        ``timezone``, or in this computer's zone when none is given."""
        if path is not None:
            path = Path(path)
            if path.exists():
                raise ProgramFileError("exists", _("{path} already exists; choose another "
                                                   "name.").format(path=path))
            return cls._create_file(path, name, timezone)
        conn = _connect(":memory:")
        schema.migrate(conn)
        program = cls(_database(conn), None)
        program._seed(name, timezone)
        return program

    @classmethod
    def _create_file(cls, path: Path, name: str, timezone: str = "") -> Program:
        """Build the new file under a temporary name and rename it into place, so a full
        disk or a crash leaves no half-made program behind."""
        try:
            with atomic_path(path) as partial:
                conn = _connect(partial)
                try:
                    schema.migrate(conn)
                    program = cls(_database(conn), partial)
                    program._seed(name or path.stem, timezone)
                finally:
                    conn.close()
        except (sqlite3.Error, OSError) as exc:
            raise _write_error(path, exc) from exc
        return cls.open(path)

    def _seed(self, name: str, timezone: str = "") -> None:
        from peerdesk.i18n import system_language
        from peerdesk.store import seed

        language = system_language()  # the computer's; changed later in the settings
        with self.atomic():
            seed.seed_new_program(self, name, language)
            self._set_raw(PROGRAM_ID_KEY, str(uuid.uuid4()))
            self.set_setting("timezone", timezone or system_zone())
            self.set_setting("language", language)

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False) -> Program:
        path = Path(path)
        _probe(path)
        if read_only:
            conn = sqlite3.connect(_ro_uri(path), uri=True,
                                   isolation_level=None, check_same_thread=False)
            from peerdesk.store.trust import harden

            harden(conn)
            conn.execute("PRAGMA foreign_keys = ON")
            return cls(_database(conn), path, read_only=True)
        from peerdesk.store import journal

        try:
            conn = _connect(path)
        except sqlite3.Error as exc:
            raise _write_error(path, exc, opening=True) from exc
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            real = real_path(path)
            # Before the first write: a -wal is only merged on opening when its note says
            # this computer, this file and this program.
            known = conn.execute("SELECT value FROM settings WHERE key = ?",
                                 [PROGRAM_ID_KEY]).fetchone()
            journal.note_writer(real, _stored_id(known[0]) if known else "")
            schema.migrate(conn)
            program = cls(_database(conn), path)
            if program.setting(PROGRAM_ID_KEY) is None:  # a file from before identities
                program._set_raw(PROGRAM_ID_KEY, str(uuid.uuid4()))
                journal.note_writer(real, program.program_id)
        except sqlite3.Error as exc:
            conn.close()
            raise _write_error(path, exc, opening=True) from exc
        return program

    @property
    def program_id(self) -> str:
        """The identity the program got when it was created; copies made with
        :meth:`save_copy` get their own, so their backups never mix."""
        return str(self.setting(PROGRAM_ID_KEY) or "")

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Program:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def scratch_copy(self) -> Program:
        """An in-memory copy of the program as it is now (SQLite's backup API), for trying
        changes on another thread while the window stays responsive: nothing done to the
        copy reaches the file. The caller closes it."""
        conn = _connect(":memory:")
        self.db.conn.backup(conn)
        return Program(_database(conn), None)

    def rolled_back(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` inside a savepoint and take back everything it wrote: what it would
        do, tried only. Returns what ``fn`` returned; raises what it raised."""
        result: list[T] = []
        self._trying += 1
        try:
            with self.atomic():
                result.append(fn())
                raise _RolledBack
        except _RolledBack:
            return result[0]
        finally:
            self._trying -= 1

    @property
    def trying(self) -> bool:
        """Whether what is written now is tried only (inside :meth:`rolled_back`)."""
        return self._trying > 0

    @contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        """One user action: everything inside commits together or not at all."""
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic() as db:  # a savepoint inside the outer action
                yield db
            return
        # IMMEDIATE: take the write lock now, waiting up to BUSY_TIMEOUT_MS for another
        # writer, instead of failing half-way when a read turns into a write.
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back already (a full disk)
                conn.execute("ROLLBACK")
            raise

    def backup_to(self, target: Path | str) -> None:
        """Write a consistent copy with SQLite's online backup API, under a temporary
        name renamed into place: a failure (a full disk) leaves no partial file."""
        target = Path(target)
        try:
            with atomic_path(target) as partial:
                dest = sqlite3.connect(str(partial))
                try:
                    self.db.conn.backup(dest)
                    dest.execute("PRAGMA journal_mode = DELETE")
                finally:
                    dest.close()
        except (sqlite3.Error, OSError) as exc:
            raise _write_error(target, exc) from exc

    def save_copy(self, target: Path | str) -> None:
        """File > Save a Copy As: a copy that is a program of its own (a new identity)."""
        target = Path(target)
        self.backup_to(target)
        try:
            conn = _connect(target)
            try:
                conn.execute("UPDATE settings SET value = ? WHERE key = ?",
                             [json.dumps(str(uuid.uuid4())), PROGRAM_ID_KEY])
            finally:
                conn.close()
        except sqlite3.Error as exc:
            target.unlink(missing_ok=True)
            raise _write_error(target, exc) from exc

    # -- settings -------------------------------------------------------------------
    def setting(self, key: str) -> Any:  # whatever JSON the key holds
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            return DEFAULT_SETTINGS.get(key)
        return json.loads(row[0])

    def settings(self) -> ProgramSettings:
        """Every program setting at once, typed (defaults for what the file lacks)."""
        keys = ProgramSettings.keys()
        rows = self.db.execute(
            f"SELECT key, value FROM settings WHERE key IN ({', '.join('?' * len(keys))})",
            list(keys)).fetchall()
        values: dict[str, object] = {}
        for key, raw in rows:
            try:
                values[key] = json.loads(raw)
            except (TypeError, ValueError):
                continue  # an unreadable value takes its default
        return ProgramSettings.from_values(values)

    def save_settings(self, new: ProgramSettings) -> None:
        """Save what differs from the stored settings, in one transaction (the anonymity
        switch goes through store.responses.set_anonymous, which logs it)."""
        old = self.settings()
        if new.min_group_size != old.min_group_size:
            self._refuse_a_lower_k(new.min_group_size)
        with self.atomic():
            for key in ProgramSettings.keys():  # noqa: SIM118 - a classmethod, not a dict
                if key != "anonymous_feedback" and getattr(new, key) != getattr(old, key):
                    self._set_raw(key, getattr(new, key))

    def set_setting(self, key: str, value: object) -> None:
        if key == "min_group_size":
            self._refuse_a_lower_k(value)
        with self.atomic():
            self._set_raw(key, value)

    def _refuse_a_lower_k(self, value: object) -> None:
        """Figures read at one smallest-group size and again at another can be combined to
        single answers out, so once an anonymous program holds feedback, k stays."""
        from peerdesk.core.validation import Problem, ValidationError
        from peerdesk.store.responses import k_is_fixed, smallest_k_allowed

        least = smallest_k_allowed(self)
        try:
            asked = int(value) if isinstance(value, (int, float, str)) else 0
        except (TypeError, ValueError):
            asked = 0
        if k_is_fixed(self) and max(asked, 3) != least:  # below 3 is read as 3 anyway
            raise ValidationError([Problem(
                "min_group_size", _("The smallest group shown stays at {n} now: this "
                                    "anonymous program already holds feedback, and figures read "
                                    "at two sizes could be combined to single answers "
                                    "out.").format(n=least))])

    def _set_raw(self, key: str, value: object) -> None:
        self.db.table("settings").upsert({"key": key, "value": json.dumps(value)}, pk="key")

    @property
    def name(self) -> str:
        return str(self.setting("program_name"))

    def count(self, table: str) -> int:
        return int(self.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])
