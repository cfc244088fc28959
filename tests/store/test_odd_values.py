"""Values PeerDesk never writes are found and named by table, column and row."""

from __future__ import annotations

import sqlite3

import pytest

from peerdesk.store import demo
from peerdesk.store.program import Program, check
from peerdesk.store.values import odd_values


def test_a_program_peerdesk_wrote_holds_none():
    program = Program.create(None, "Demo")
    demo.populate(program)
    assert odd_values(program.db.conn, limit=50) == []
    program.close()


@pytest.mark.parametrize(("sql", "where"), [
    ("UPDATE settings SET value = '{x' WHERE key = 'program_name'", "settings.value, key program_name"),
    ("INSERT INTO cycles (id, name, start_date) VALUES (7, 'C', '2026-13-45')", "cycles.start_date, row 7"),
    ("INSERT INTO cycles (id, name, end_date) VALUES (8, 'C', '2026-02-30')", "cycles.end_date, row 8"),
    ("INSERT INTO participants (id, name, hire_date) VALUES (9, 'X', 'yesterday')",
     "participants.hire_date, row 9"),
    ("INSERT INTO participants (id, name, capacity) VALUES (9, 'X', 'two')",
     "participants.capacity, row 9"),
])
def test_each_odd_value_is_named(tmp_path, sql, where):
    path = tmp_path / "p.peerdesk"
    Program.create(path, "P").close()
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()
    report = check(path)
    assert not report.ok
    assert [where in v.message for v in report.odd_values] == [True]


def test_dates_with_a_time_and_zone_are_not_odd():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, published_on TEXT)")
    conn.executemany("INSERT INTO t (published_on) VALUES (?)",
                     [("2026-03-04T00:30:00+01:00",), ("2024-02-29",), ("",), (None,)])
    assert odd_values(conn) == []
    conn.close()
