"""SQL lives in ``peerdesk/store/`` only: no module outside it touches the database.

An AST walk over every ``peerdesk/**/*.py`` outside ``store/`` fails on any attribute
``.db`` / ``.conn``, any ``.execute(`` / ``.executemany(`` / ``.query(`` call, and any import
of ``sqlite3`` or ``sqlite_utils``, naming ``file:line``. The window and the command line
catch :data:`peerdesk.store.program.StorageError` rather than ``sqlite3.Error``.

There is no exemption list: the last leaks (the feedback import, ``peerdesk feedback add
/finish`` and the pairings document) moved into store functions.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "peerdesk"

ATTRIBUTES = {"db", "conn"}
CALLS = {"execute", "executemany", "query"}
MODULES = {"sqlite3", "sqlite_utils"}


def leaks_in(source: str) -> list[tuple[int, str]]:
    """(line, what) for every way ``source`` reaches the database directly."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in ATTRIBUTES:
            found.append((node.lineno, f".{node.attr}"))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in CALLS):
            found.append((node.lineno, f".{node.func.attr}(...)"))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, f"import {a.name}") for a in node.names
                      if a.name.split(".")[0] in MODULES]
        elif (isinstance(node, ast.ImportFrom) and node.level == 0 and node.module
              and node.module.split(".")[0] in MODULES):
            found.append((node.lineno, f"from {node.module} import ..."))
    return sorted(set(found))


def leaks(package: Path) -> dict[str, list[str]]:
    """Relative file -> ["file:line what", ...] for every file outside ``store/``."""
    out: dict[str, list[str]] = {}
    root = package.parent
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if relative.startswith("peerdesk/store/"):
            continue
        found = leaks_in(path.read_text(encoding="utf-8"))
        if found:
            out[relative] = [f"{relative}:{line} {what}" for line, what in found]
    return out


def new_leaks(package: Path) -> list[str]:
    return [line for lines in leaks(package).values() for line in lines]


def test_no_sql_outside_the_store():
    found = new_leaks(PACKAGE)
    assert not found, ("SQL outside peerdesk/store/ (move it into a store function):\n"
                       + "\n".join(found))


def test_the_checker_catches_a_planted_leak(tmp_path):
    shutil.copytree(PACKAGE, tmp_path / "peerdesk", ignore=shutil.ignore_patterns("__pycache__"))
    copy = tmp_path / "peerdesk"
    assert new_leaks(copy) == []
    target = copy / "io" / "people_export.py"
    lines = target.read_text(encoding="utf-8").splitlines()
    planted = len(lines) + 1
    target.write_text("\n".join([*lines, "def _leak(program):",
                                 "    return program.db.execute('SELECT 1')", ""]),
                      encoding="utf-8")
    found = new_leaks(copy)
    assert f"peerdesk/io/people_export.py:{planted + 1} .db" in found
    assert f"peerdesk/io/people_export.py:{planted + 1} .execute(...)" in found
    # The store itself may hold SQL: the same lines there are no leak.
    (copy / "store" / "planted.py").write_text(
        "import sqlite3\n\ndef f(program):\n    return program.db.query('SELECT 1')\n",
        encoding="utf-8")
    assert not [line for line in new_leaks(copy) if "store/" in line]


def test_the_checker_sees_every_kind_of_leak():
    source = "\n".join([
        "import sqlite3",                              # 1
        "import sqlite_utils.db as d",                 # 2
        "from sqlite3 import connect",                 # 3
        "def f(p, cur):",                              # 4
        "    import sqlite3 as s",                     # 5
        "    p.db['t'].insert({})",                    # 6
        "    p.db.conn.commit()",                      # 7
        "    cur.executemany('x', [])",                # 8
        "    return p.query('x')",                     # 9
        "x = ('a'.replace('a', 'b'), p.dbname, conn)",  # 10: none of these
    ])
    assert leaks_in(source) == [
        (1, "import sqlite3"), (2, "import sqlite_utils.db"), (3, "from sqlite3 import ..."),
        (5, "import sqlite3"), (6, ".db"), (7, ".conn"), (7, ".db"), (8, ".executemany(...)"),
        (9, ".query(...)")]
