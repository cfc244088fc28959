"""Whether a program file holds only what PeerDesk itself put there.

A ``.peerdesk`` file is an SQLite database, and a database can carry its own code:
triggers that run on the next edit, views that run when read, generated columns and
CHECK constraints computed on every row. A file mailed in by someone else must not run
any of it. Before a file is used, its schema (read from ``sqlite_master`` on a fresh
read-only connection that has not touched any table) is compared with the one PeerDesk
builds by applying its own migrations, up to the file's version, to an empty in-memory
database. Anything else (an object PeerDesk did not create, a changed definition, a
missing table) is named in a :class:`SchemaProblem`; nothing in the file is run.

:func:`clean_copy` writes a new file holding the PeerDesk tables' rows only, for the
user who wants to go on with a refused file's data.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from peerdesk.i18n import N_, _, ngettext
from peerdesk.store import schema
from peerdesk.store.atomic import atomic_path

# Objects SQLite makes by itself for a table PeerDesk declared.
_INTERNAL_PREFIX = "sqlite_autoindex_"

# Whole phrases per (problem, type of object): each language declines its nouns differently.
_MESSAGES = {
    ("extra", "table"): N_("a table “{name}” that PeerDesk did not create"),
    ("extra", "index"): N_("an index “{name}” that PeerDesk did not create"),
    ("extra", "view"): N_("a view “{name}” that PeerDesk did not create"),
    ("extra", "trigger"): N_("a trigger “{name}” that PeerDesk did not create"),
    ("changed", "table"): N_("the table “{name}” whose definition PeerDesk did not write"),
    ("changed", "index"): N_("the index “{name}” whose definition PeerDesk did not write"),
    ("changed", "view"): N_("the view “{name}” whose definition PeerDesk did not write"),
    ("changed", "trigger"): N_("the trigger “{name}” whose definition PeerDesk did not write"),
    ("missing", "table"): N_("the table “{name}” is missing"),
    ("missing", "index"): N_("the index “{name}” is missing"),
    ("missing", "view"): N_("the view “{name}” is missing"),
    ("missing", "trigger"): N_("the trigger “{name}” is missing"),
}


@dataclass(frozen=True, slots=True)
class SchemaProblem:
    kind: str  # extra | changed | missing
    type: str  # table | index | view | trigger
    name: str

    @property
    def message(self) -> str:
        kind = self.kind if self.kind in ("extra", "changed") else "missing"
        found = _MESSAGES.get((kind, self.type))
        if found is None:  # a type SQLite may add one day: name it as it is
            return f"{self.type} “{self.name}”"
        return str(found).format(name=self.name)

    def __str__(self) -> str:
        return self.message


def harden(conn: sqlite3.Connection) -> None:
    """Never run SQL functions with side effects from the schema; defensive mode where offered."""
    conn.execute("PRAGMA trusted_schema = OFF")
    flag = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if flag is not None and hasattr(conn, "setconfig"):  # Python 3.12+
        conn.setconfig(flag, True)


Row = tuple[str, str, str, str | None]  # type, name, tbl_name, sql


@lru_cache(maxsize=8)
def expected_schema(version: int) -> frozenset[Row]:
    """The schema rows PeerDesk's own migrations make, up to ``version``."""
    conn = sqlite3.connect(":memory:")
    try:
        for migration in schema.MIGRATIONS[:version]:
            for statement in migration:
                conn.execute(statement)
        return frozenset(_schema_rows(conn))
    finally:
        conn.close()


def _schema_rows(conn: sqlite3.Connection) -> list[Row]:
    return [tuple(r) for r in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master")]


def inspect(conn: sqlite3.Connection, version: int) -> list[SchemaProblem]:
    """What in the file's schema PeerDesk did not make, for a file at ``version``.

    ``conn`` must be fresh: reading ``sqlite_master`` parses the schema but runs none of it."""
    actual = _schema_rows(conn)
    expected = {(r[0], r[1]): r for r in expected_schema(version)}
    problems: list[SchemaProblem] = []
    seen: set[tuple[str, str]] = set()
    for row in actual:
        key = (row[0], row[1])
        seen.add(key)
        want = expected.get(key)
        if want is None:
            problems.append(SchemaProblem("extra", row[0], row[1]))
        elif want != row:
            problems.append(SchemaProblem("changed", row[0], row[1]))
    # A table renamed to something else shows as missing + extra; both are named.
    problems += [SchemaProblem("missing", key[0], key[1]) for key in expected
                 if key not in seen and not key[1].startswith(_INTERNAL_PREFIX)]
    return problems


def describe(problems: list[SchemaProblem], limit: int = 8) -> str:
    """The problems in one sentence, at most ``limit`` named."""
    shown = [p.message for p in problems[:limit]]
    more = len(problems) - len(shown)
    if more:
        shown.append(ngettext("and {n} more", "and {n} more", more).format(n=f"{more:,}"))
    return "; ".join(shown)


def only_missing(problems: list[SchemaProblem]) -> bool:
    return bool(problems) and all(p.kind == "missing" for p in problems)


def clean_copy(source: Path, target: Path) -> None:
    """:func:`_clean_copy`, its failures in plain words (a ProgramFileError)."""
    from peerdesk.store.program_file import ProgramFileError, _write_error

    try:
        _clean_copy(source, target)
    except FileExistsError as exc:
        raise ProgramFileError("exists", _("{file} already exists; choose another name.").format(
            file=target)) from exc
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "disk" in str(exc).lower():
            raise _write_error(target, exc) from exc
        raise ProgramFileError("damaged", _("{file} is too damaged to clean ({error}).").format(
            file=source.name, error=exc)) from exc
    except OSError as exc:
        raise _write_error(target, exc) from exc


def _clean_copy(source: Path, target: Path) -> None:
    """Write ``target``: PeerDesk's schema for ``source``'s version, with the rows of
    PeerDesk's own tables copied over (only the columns PeerDesk declares). Nothing of
    ``source`` is run or written; ``target`` must not exist yet."""
    if target.exists():
        raise FileExistsError(str(target))
    src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        harden(src)
        version = src.execute("PRAGMA user_version").fetchone()[0]
        src_tables = {name for (name,) in src.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        src_columns = {t: _plain_columns(src, t) for t in src_tables}
    finally:
        src.close()
    with atomic_path(target) as partial:
        conn = sqlite3.connect(partial.resolve().as_uri(), uri=True, isolation_level=None)
        try:
            harden(conn)
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("BEGIN")
            conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            for migration in schema.MIGRATIONS[:version]:
                for statement in migration:
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
            conn.execute("ATTACH DATABASE ? AS src", [source.resolve().as_uri() + "?mode=ro"])
            conn.execute("BEGIN")
            for (table,) in conn.execute(
                    "SELECT name FROM main.sqlite_master WHERE type = 'table'").fetchall():
                if table not in src_tables or table.startswith("sqlite_"):
                    continue
                columns = [c for c in _plain_columns(conn, table) if c in src_columns[table]]
                if not columns:
                    continue
                cols = ", ".join(f'"{c}"' for c in columns)
                conn.execute(f'INSERT OR IGNORE INTO main."{table}" ({cols}) '
                             f'SELECT {cols} FROM src."{table}"')
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE src")
        finally:
            conn.close()


def _plain_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """A table's stored columns, leaving out generated ones (hidden 2 and 3)."""
    rows = conn.execute(f'PRAGMA table_xinfo("{table.replace(chr(34), chr(34) * 2)}")')
    return [r[1] for r in rows if r[6] in (0,)]
