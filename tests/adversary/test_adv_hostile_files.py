"""Red team, issue 13, safe to open: hostile .peerdesk files sent by someone else.

For each file: ``peerdesk check`` and ``peerdesk status`` exit non-zero with a plain
message (no traceback), ``Program.open`` raises ProgramFileError, the file stays
byte-for-byte the same, no -wal/-shm/-journal is left created beside it, and the
attacker's SQL never ran (a marker row is never written, the program stays anonymous).

Each test passes when the promise holds and fails when the attack works."""

from __future__ import annotations

import shutil
import socket
import sqlite3
import struct
from pathlib import Path

import pytest
from adversary_world import cli, sha

from peerdesk.store.program import Program, ProgramFileError
from peerdesk.store.responses import is_anonymous

SIDE = ("-wal", "-shm", "-journal")


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> Path:
    """A real program file with a few rows (so index b-trees are not empty)."""
    folder = tmp_path_factory.mktemp("clean")
    path = folder / "clean.peerdesk"
    p = Program.create(path, "Sent program")
    from peerdesk.core.models import Cycle, Participant
    from peerdesk.store.cycles import add_cycle
    from peerdesk.store.participants import add_participant

    boss = add_participant(p, Participant("Boss Person", email="boss@x.example"))
    for i in range(30):
        add_participant(p, Participant(f"Person {i}", email=f"p{i}@x.example",
                                       manager_id=boss if i % 2 else None))
    add_cycle(p, Cycle("Spring"))
    p.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")  # a plain file, nothing beside it
    conn.close()
    return path


def _copy(clean: Path, tmp_path: Path, name: str = "sent.peerdesk") -> Path:
    target = tmp_path / name
    shutil.copy(clean, target)
    return target


def _edit(path: Path, *sql: str, writable: bool = False, wal: bool = False) -> Path:
    conn = sqlite3.connect(path, isolation_level=None)
    if writable:
        conn.execute("PRAGMA writable_schema = ON")
    for statement in sql:
        conn.execute(statement)
    if writable:
        conn.execute("PRAGMA writable_schema = OFF")
    conn.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
    conn.close()
    return path


MARKER = ["CREATE TABLE marker (x)"]
CASES = {
    "trigger writing a marker": [*MARKER, "CREATE TRIGGER m AFTER INSERT ON settings BEGIN INSERT INTO marker VALUES (1); END", "CREATE TRIGGER n AFTER UPDATE ON settings BEGIN INSERT INTO marker VALUES (2); END"],
    "trigger switching anonymity off": [
        "CREATE TRIGGER named AFTER UPDATE ON settings BEGIN "
        "INSERT OR REPLACE INTO settings VALUES ('anonymous_feedback', 'false'); END"],
    "view with an endless recursive CTE": [
        "CREATE VIEW v AS WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) "
        "SELECT i FROM r"],
    "generated column of 500 MB": [
        "ALTER TABLE participants ADD COLUMN g BLOB GENERATED ALWAYS AS "
        "(zeroblob(500000000)) VIRTUAL"],
    "extra table": ["CREATE TABLE junk (a)"],
    "extra index": ["CREATE INDEX junk_ix ON participants(name)"],
    "trigger named like PeerDesk's index": [
        "CREATE TRIGGER participants_email AFTER UPDATE ON cycles BEGIN SELECT 1; END"],
    "FTS5 virtual table": ["CREATE VIRTUAL TABLE notes_fts USING fts5(body)"],
    "user_version far in the future": ["PRAGMA user_version = 2147483647"],
    "application_id wrong": ["PRAGMA application_id = 1"],
}
SCHEMA_EDITS = {
    "CHECK constraint changed": ("sessions", "CHECK (minutes > 0)", "CHECK (minutes > -999)"),
    "column default changed": ("participants", "opted_in INTEGER NOT NULL DEFAULT 1",
                               "opted_in INTEGER NOT NULL DEFAULT 0"),
    "anonymity check loosened": ("anonymity_changes", "CHECK (anonymous IN (0, 1))",
                                 "CHECK (anonymous IN (0, 1, 2))"),
}


def _refused(path: Path) -> list[str]:
    """Everything wrong with how PeerDesk treated a hostile file (empty when all is well)."""
    wrong = []
    before = sha(path)
    side_before = {s for s in SIDE if Path(str(path) + s).exists()}
    for command in ("check", "status"):
        r = cli(command, path)
        if r.code == 0:
            wrong.append(f"peerdesk {command} exited 0")
        if "Traceback" in r.err + r.out:
            wrong.append(f"peerdesk {command} printed a traceback")
        if r.code != 0 and not r.err.strip():
            wrong.append(f"peerdesk {command} said nothing")
    try:
        Program.open(path).close()
        wrong.append("Program.open opened it")
    except ProgramFileError as exc:
        if not str(exc).strip():
            wrong.append("Program.open refused it without words")
    if sha(path) != before:
        wrong.append("the file's bytes changed")
    left = {s for s in SIDE if Path(str(path) + s).exists()} - side_before
    if left:
        wrong.append(f"left {sorted(left)} beside it")
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:  # damaged on purpose: nothing in it could have run
        conn.close()
        return wrong
    try:
        has_marker = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'marker'").fetchone()
        if has_marker and conn.execute("SELECT count(*) FROM marker").fetchone()[0]:
            wrong.append("the attacker's trigger ran (marker rows written)")
        named = conn.execute("SELECT 1 FROM settings WHERE key = 'anonymous_feedback' AND "
                             "value = 'false'").fetchone()
        if named:
            wrong.append("anonymity was switched off")
    finally:
        conn.close()
    return wrong


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_schema_object_is_refused_untouched(clean, tmp_path, case):
    path = _edit(_copy(clean, tmp_path), *CASES[case])
    wrong = _refused(path)
    assert not wrong, "; ".join(wrong)


@pytest.mark.parametrize("case", sorted(SCHEMA_EDITS))
def test_schema_row_edited_with_writable_schema_is_refused(clean, tmp_path, case):
    table, old, new = SCHEMA_EDITS[case]
    path = _edit(_copy(clean, tmp_path),
                 f"UPDATE sqlite_master SET sql = replace(sql, '{old}', '{new}') "
                 f"WHERE name = '{table}'", writable=True)
    wrong = _refused(path)
    assert not wrong, "; ".join(wrong)


def test_swapped_index_root_pages_are_refused(clean, tmp_path):
    """A schema row edited via writable_schema, its SQL text kept as PeerDesk wrote it: the
    two participants indexes swap their b-trees. 'peerdesk check' calls the file damaged;
    opening it must not accept it for writing either."""
    path = _copy(clean, tmp_path)
    conn = sqlite3.connect(path)
    roots = dict(conn.execute("SELECT name, rootpage FROM sqlite_master WHERE name IN "
                              "('participants_email', 'participants_manager')").fetchall())
    conn.close()
    _edit(path, f"UPDATE sqlite_master SET rootpage = {roots['participants_manager']} "
                "WHERE name = 'participants_email'",
          f"UPDATE sqlite_master SET rootpage = {roots['participants_email']} "
          "WHERE name = 'participants_manager'", writable=True)
    wrong = _refused(path)
    assert not wrong, "; ".join(wrong)


def test_header_claiming_an_enormous_page_count_is_refused(clean, tmp_path):
    path = _copy(clean, tmp_path)
    data = bytearray(path.read_bytes())
    data[28:32] = struct.pack(">I", 0x3FFFFFFF)  # in-header database size, in pages
    path.write_bytes(bytes(data))
    wrong = _refused(path)
    assert not wrong, "; ".join(wrong)


def test_header_claiming_a_huge_page_size_is_refused(clean, tmp_path):
    path = _copy(clean, tmp_path)
    data = bytearray(path.read_bytes())
    data[16:18] = struct.pack(">H", 1)  # 65536-byte pages, on a file of 4096-byte pages
    path.write_bytes(bytes(data))
    wrong = _refused(path)
    assert not wrong, "; ".join(wrong)


@pytest.mark.parametrize("case", ["trigger writing a marker", "extra table",
                                  "view with an endless recursive CTE"])
def test_refusing_a_wal_mode_file_leaves_nothing_beside_it(clean, tmp_path, case):
    """A program file as PeerDesk writes it is in WAL mode (the header says so); the
    attacker's copy is too. Looking at it read-only must not leave -wal/-shm behind."""
    path = _edit(_copy(clean, tmp_path), *CASES[case], wal=True)
    for s in SIDE:
        Path(str(path) + s).unlink(missing_ok=True)
    wrong = _refused(path)
    assert not wrong, "; ".join(wrong)


def _with_foreign_wal(clean: Path, folder: Path, name: str) -> Path:
    """A clean WAL-mode file plus a -wal of data-only changes made elsewhere: the program
    switched to named feedback (setting and the logged switch, as set_anonymous writes)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = _edit(_copy(clean, folder, name), wal=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT OR REPLACE INTO settings VALUES ('anonymous_feedback', 'false')")
    conn.execute("INSERT INTO anonymity_changes (changed_on, anonymous, note) "
                 "VALUES ('2026-01-01', 0, '')")
    wal = Path(str(path) + "-wal").read_bytes()
    main = path.read_bytes()
    conn.close()  # checkpoints; put the un-merged state back
    path.write_bytes(main)
    Path(str(path) + "-wal").write_bytes(wal)
    Path(str(path) + "-shm").unlink(missing_ok=True)
    return path


def test_foreign_wal_is_refused(clean, tmp_path):
    path = _with_foreign_wal(clean, tmp_path / "a", "sent.peerdesk")
    wrong = _refused(path)
    assert not wrong, "; ".join(wrong)


def test_foreign_wal_beside_a_symlinked_file_is_not_merged(clean, tmp_path):
    """The program is opened through a symlink (a synced folder, a shortcut). The -wal lies
    beside the real file, not beside the link, and SQLite follows the link to it."""
    real = _with_foreign_wal(clean, tmp_path / "real", "program.peerdesk")
    link = tmp_path / "link.peerdesk"
    link.symlink_to(real)
    before = sha(real)
    try:
        program = Program.open(link)
    except ProgramFileError:
        assert sha(real) == before
        return
    named = not is_anonymous(program)
    program.close()
    pytest.fail("Program.open(link) merged the foreign -wal beside the link's target"
                + (" and the program is now NAMED (anonymous feedback off)" if named else "")
                + f"; the target changed: {sha(real) != before}")


def test_foreign_wal_is_not_merged_because_an_old_note_names_this_computer(clean, tmp_path):
    """The user once opened a program of the same name in Downloads (the .writer note stays
    there, by design); now a mailed program.peerdesk + program.peerdesk-wal lands in the same
    folder. The note says this computer, so the foreign -wal is merged silently."""
    folder = tmp_path / "Downloads"
    path = _with_foreign_wal(clean, folder, "program.peerdesk")
    Path(str(path) + ".writer").write_text(socket.gethostname() + "\n", encoding="utf-8")
    before = sha(path)
    try:
        program = Program.open(path)
    except ProgramFileError:
        assert sha(path) == before
        return
    named = not is_anonymous(program)
    program.close()
    pytest.fail("a -wal that PeerDesk never wrote was merged because a stale .writer note names "
                "this computer" + (": the program is now NAMED" if named else ""))


def _hot_journal(clean: Path, tmp_path: Path) -> Path:
    """A rollback-mode file caught mid-transaction, with its hot -journal beside it."""
    path = _copy(clean, tmp_path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA cache_size = 10")  # spill changed pages into the file
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("CREATE TABLE marker (x)")
    conn.execute("CREATE TABLE pad (x)")
    for _ in range(300):
        conn.execute("INSERT INTO pad VALUES (randomblob(2000))")
    journal = Path(str(path) + "-journal").read_bytes()
    main = path.read_bytes()
    conn.execute("ROLLBACK")
    conn.close()
    path.write_bytes(main)
    Path(str(path) + "-journal").write_bytes(journal)
    return path


def test_hot_journal_is_refused_untouched(clean, tmp_path):
    path = _hot_journal(clean, tmp_path)
    journal = sha(Path(str(path) + "-journal"))
    wrong = _refused(path)
    assert not wrong, "; ".join(wrong)
    assert sha(Path(str(path) + "-journal")) == journal


def test_hot_journal_refusal_says_what_is_wrong(clean, tmp_path):
    """Plain words that are true: the folder is writable; what is wrong is the -journal."""
    path = _hot_journal(clean, tmp_path)
    r = cli("check", path)
    assert "journal" in r.err.lower(), f"peerdesk check said: {r.err.strip()}"


def test_symlink_loop_and_folder_named_like_a_program(tmp_path):
    loop = tmp_path / "loop.peerdesk"
    loop.symlink_to(loop)
    folder = tmp_path / "folder.peerdesk"
    folder.mkdir()
    for path in (loop, folder):
        for command in ("check", "status"):
            r = cli(command, path)
            assert r.code != 0 and r.err.strip() and "Traceback" not in r.err + r.out
        with pytest.raises(ProgramFileError):
            Program.open(path)


@pytest.mark.gui
def test_window_refuses_a_hostile_wal_mode_file_and_leaves_nothing(clean, tmp_path, qtbot,
                                                                   monkeypatch):
    """File > Open in the window (Cancel on the 'open a cleaned copy' question)."""
    from peerdesk.ui import dialogs
    from peerdesk.ui.main_window import MainWindow

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "choose", lambda _p, _t, text, _o: asked.append(text))
    monkeypatch.setattr(dialogs, "error", lambda _p, _t, text: asked.append(text))
    path = _edit(_copy(clean, tmp_path), *CASES["trigger writing a marker"], wal=True)
    for s in SIDE:
        Path(str(path) + s).unlink(missing_ok=True)
    before = sha(path)
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_path(str(path))
    assert asked and "trigger" in asked[-1] and "Traceback" not in asked[-1]
    assert window.ctx.program is None
    assert sha(path) == before
    left = [s for s in SIDE if Path(str(path) + s).exists()]
    assert not left, f"the window left {left} beside the refused file"


@pytest.mark.gui
def test_window_open_through_a_symlink_does_not_merge_a_foreign_wal(clean, tmp_path, qtbot,
                                                                    monkeypatch):
    from peerdesk.ui import dialogs
    from peerdesk.ui.main_window import MainWindow

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "choose", lambda _p, _t, text, _o: asked.append(text))
    monkeypatch.setattr(dialogs, "error", lambda _p, _t, text: asked.append(text))
    real = _with_foreign_wal(clean, tmp_path / "real", "program.peerdesk")
    link = tmp_path / "link.peerdesk"
    link.symlink_to(real)
    window = MainWindow()
    qtbot.addWidget(window)
    opened = window.open_path(str(link))
    named = opened and not is_anonymous(window.ctx.program)
    if opened:
        window.ctx.set_program(None)
    assert not opened, ("the window opened the symlinked file and merged the foreign -wal"
                        + (": the program is now NAMED" if named else ""))


JUNK_DATA = {
    "a settings value that is not JSON": [
        "INSERT OR REPLACE INTO settings VALUES ('program_name', '{not json')"],
    "a session date that is not a date": [
        "INSERT INTO cycles (name) VALUES ('C')",
        "INSERT INTO sessions (cycle_id, date) VALUES ((SELECT max(id) FROM cycles), 'garbage')"],
    "a cycle start in month 13": ["INSERT INTO cycles (name, start_date) VALUES ('C', '2026-13-45')"],
    "a hire date in words": ["INSERT INTO participants (name, hire_date) VALUES ('X', 'yesterday')"],
    "words stored as an answer's number": [
        "INSERT INTO cycles (name) VALUES ('C')",
        "INSERT INTO feedback_responses (id, cycle_id) VALUES (5, (SELECT max(id) FROM cycles))",
        "INSERT INTO feedback_answers (response_id, question_id, value_num) VALUES (5, 1, 'abc')"],
}


@pytest.mark.parametrize("case", sorted(JUNK_DATA))
def test_junk_values_in_a_sent_file_get_plain_words_not_a_traceback(clean, tmp_path, case):
    """No schema change at all: only rows a PeerDesk would never write. 'peerdesk check'
    says 'Integrity: ok'; the other commands must still answer in plain words."""
    path = _edit(_copy(clean, tmp_path), *JUNK_DATA[case])
    broke = []
    for argv in (["status", path], ["figures", path, "--json"], ["participants", path],
                 ["sessions", path]):
        try:
            r = cli(*argv)
        except Exception as exc:  # what the user sees as a Python traceback
            broke.append(f"peerdesk {argv[0]}: {type(exc).__name__}: {exc}")
            continue
        if "Traceback" in r.err + r.out:
            broke.append(f"peerdesk {argv[0]} printed a traceback")
    assert not broke, "; ".join(broke)


def test_a_pipe_named_like_a_program_is_refused_not_waited_on(tmp_path):
    """A named pipe (or a symlink to one: a tar of 'last year's program' can carry either)
    is not a program file; reading its header must not wait forever."""
    import os
    import subprocess
    import sys

    pipe = tmp_path / "sent.peerdesk"
    os.mkfifo(pipe)
    link = tmp_path / "link.peerdesk"
    link.symlink_to(pipe)
    for path in (pipe, link):
        try:
            r = subprocess.run([sys.executable, "-m", "peerdesk", "check", str(path)],
                               capture_output=True, text=True, timeout=8)
        except subprocess.TimeoutExpired:
            pytest.fail(f"peerdesk check {path.name} still waiting after 8 s (reading a pipe)")
        assert r.returncode != 0 and r.stderr.strip() and "Traceback" not in r.stderr
