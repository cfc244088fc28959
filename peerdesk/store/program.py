"""Opening, creating and checking a program file.

A file is looked at read-only first: only a file that is PeerDesk's, undamaged and
not from a newer PeerDesk is then opened for writing. Everything else is refused with
a :class:`ProgramFileError` whose message says which, and the file is left
byte-for-byte as it was.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from peerdesk.core.zones import system_zone
from peerdesk.store import schema


def _import_sqlite_utils():
    """sqlite-utils imports numpy, when it can, only to infer column types for numpy values
    in tables it creates itself. PeerDesk declares its schema and never stores numpy values,
    and numpy would be a third of the window's start-up, so it is hidden for that import."""
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        import sqlite_utils
    else:
        sys.modules["numpy"] = None  # makes "import numpy" fail fast, for this import only
        try:
            import sqlite_utils
        finally:
            del sys.modules["numpy"]
    return sqlite_utils


sqlite_utils = _import_sqlite_utils()


def _database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    # No sqlite-utils plugins: they would run other packages' code on the user's file, and
    # looking them up scans every installed package at start-up.
    return sqlite_utils.Database(conn, execute_plugins=False)

SQLITE_MAGIC = b"SQLite format 3\x00"


class ProgramFileError(Exception):
    """A program file that cannot be used; ``kind`` says why in one word."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


# Program-wide settings and their defaults, declared once.
DEFAULT_SETTINGS: dict[str, object] = {
    "program_name": "Peer learning program",
    "new_recruit_months": 6,
    "seasoned_months": 24,
    "buddy_capacity": 1,
    "min_group_size": 3,
    "anonymous_feedback": True,
    "no_repeat_cycles": 0,  # 0 = never repeat a pair from any earlier cycle
    "timezone": "Europe/Lisbon",
    "paper": "",  # "" = from the locale
    "weights": {
        "skill": 3.0,
        "cross_department": 2.0,
        "tenure_gap": 1.0,
        "same_location": 1.0,
        "availability": 0.5,
    },
}


def _probe(path: Path) -> None:
    """Refuse, without writing anything, a file that is not a usable PeerDesk file."""
    if not path.exists():
        raise ProgramFileError("missing", f"The file {path} does not exist.")
    if path.is_dir():
        raise ProgramFileError("not_peerdesk", f"{path} is a folder, not a PeerDesk program file.")
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise ProgramFileError("unreadable", f"{path} cannot be read: {exc.strerror}.") from exc
    if len(header) == 0:
        raise ProgramFileError(
            "not_peerdesk", f"{path.name} is empty: it is not a PeerDesk program file."
        )
    if not header.startswith(SQLITE_MAGIC):
        raise ProgramFileError(
            "not_peerdesk",
            f"{path.name} is not a PeerDesk program file (it is not a database at all). "
            "Choose a file ending in .peerdesk.",
        )
    if len(header) < 100:
        raise ProgramFileError(
            "damaged", f"{path.name} is damaged: the file is cut short. Restore it from a backup."
        )
    try:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise ProgramFileError("damaged", f"{path.name} cannot be opened: {exc}.") from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != schema.APPLICATION_ID:
            raise ProgramFileError(
                "not_peerdesk",
                f"{path.name} is a database of another application, not a PeerDesk program file.",
            )
        if version > schema.SCHEMA_VERSION:
            raise ProgramFileError(
                "newer",
                f"{path.name} was written by a newer PeerDesk (file format {version}, this "
                f"PeerDesk reads up to {schema.SCHEMA_VERSION}). Update PeerDesk to open it.",
            )
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise ProgramFileError(
                "damaged",
                f"{path.name} is damaged ({problems[0]}). Restore it from a backup.",
            )
    except sqlite3.DatabaseError as exc:
        raise ProgramFileError(
            "damaged", f"{path.name} is damaged ({exc}). Restore it from a backup."
        ) from exc
    finally:
        conn.close()


def _connect(path: Path | str) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


class Program:
    """An open program file. ``db`` is the sqlite-utils Database; ``path`` None means in memory."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None, read_only: bool = False):
        self.db = db
        self.path = path
        self.read_only = read_only

    # -- opening and creating ---------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str | None, name: str = "", timezone: str = "") -> Program:
        """Create a new program file (``None`` for an in-memory one, in tests), in
        ``timezone``, or in this computer's zone when none is given."""
        if path is not None:
            path = Path(path)
            if path.exists():
                raise ProgramFileError("exists", f"{path} already exists; choose another name.")
            conn = _connect(path)
            conn.execute("PRAGMA journal_mode = WAL")
        else:
            conn = _connect(":memory:")
        schema.migrate(conn)
        program = cls(_database(conn), path)
        from peerdesk.store import seed

        with program.atomic():
            seed.seed_new_program(program, name or (path.stem if path else ""))
            program.set_setting("timezone", timezone or system_zone())
        return program

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False) -> Program:
        path = Path(path)
        _probe(path)
        if read_only:
            conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True,
                                   isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
            return cls(_database(conn), path, read_only=True)
        try:
            conn = _connect(path)
            conn.execute("PRAGMA journal_mode = WAL")
            schema.migrate(conn)
        except sqlite3.OperationalError as exc:
            raise ProgramFileError(
                "readonly",
                f"{path.name} cannot be written ({exc}). Open it read-only, or copy it to a "
                "folder you can write to.",
            ) from exc
        return cls(_database(conn), path)

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Program:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        """One user action: everything inside commits together or not at all."""
        with self.db.atomic() as db:
            yield db

    def backup_to(self, target: Path | str) -> None:
        """Write a consistent copy with SQLite's online backup API."""
        dest = sqlite3.connect(str(target))
        try:
            self.db.conn.backup(dest)
        finally:
            dest.close()

    # -- settings -------------------------------------------------------------------
    def setting(self, key: str):
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            return DEFAULT_SETTINGS.get(key)
        return json.loads(row[0])

    def set_setting(self, key: str, value) -> None:
        with self.atomic():
            self.db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")

    @property
    def name(self) -> str:
        return str(self.setting("program_name"))

    def count(self, table: str) -> int:
        return self.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


@dataclass
class CheckReport:
    path: str
    schema_version: int
    counts: dict[str, int]
    integrity: list[str]
    foreign_key_problems: int

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and self.foreign_key_problems == 0


def check(path: Path | str) -> CheckReport:
    """What ``peerdesk check`` reports; raises ProgramFileError for a file it cannot read."""
    path = Path(path)
    _probe(path)
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        fk = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        counts = {
            table: conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
            for table in schema.COUNTED_TABLES
        }
    finally:
        conn.close()
    return CheckReport(str(path), version, counts, integrity, fk)
