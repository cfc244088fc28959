"""A program file from someone else: whatever SQL it carries is named and refused, never run,
and the refused file stays byte-for-byte as it was (and nothing appears beside it)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from peerdesk.core.models import Participant
from peerdesk.store import participants as people
from peerdesk.store import trust
from peerdesk.store.program import Program, ProgramFileError, check

ROOT = Path(__file__).resolve().parents[2]


def _fingerprint(folder: Path) -> dict[str, str]:
    """Every file in the folder and its hash: nothing written, nothing created."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def _tamper(path: Path, *statements: str, writable_schema: bool = False) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")  # all in the main file, no -wal left
    if writable_schema:
        conn.execute("PRAGMA writable_schema = ON")
    for statement in statements:
        conn.execute(statement)
    conn.close()


@pytest.fixture
def made(tmp_path):
    """A real program with a person and a cycle, closed, alone in its folder."""
    folder = tmp_path / "mail"
    folder.mkdir()
    path = folder / "from-someone.peerdesk"
    with Program.create(path, "Theirs") as p:
        people.add_participant(p, Participant(name="Ana", email="ana@example.com"))
        p.db["cycles"].insert({"name": "Spring"})
    return path


HOSTILE = {
    "anonymity_trigger": (
        ["CREATE TRIGGER sneak AFTER INSERT ON feedback_responses BEGIN "
         "UPDATE settings SET value = 'false' WHERE key = 'anonymous_feedback'; END"],
        "trigger “sneak”"),
    "delete_cycles_trigger": (
        ["CREATE TRIGGER wipe AFTER UPDATE ON participants BEGIN DELETE FROM cycles; END"],
        "trigger “wipe”"),
    "recursive_view": (
        ["CREATE VIEW forever AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
         "SELECT x FROM c"],
        "view “forever”"),
    "generated_column": (
        ["ALTER TABLE participants ADD COLUMN big BLOB "
         "GENERATED ALWAYS AS (zeroblob(500000000)) VIRTUAL"],
        "table “participants” whose definition"),
    "extra_index": (
        ["CREATE INDEX heavy ON participants(name, email)"], "index “heavy”"),
    "extra_table": (["CREATE TABLE notes_of_mine (x)"], "table “notes_of_mine”"),
    "table_replaced_by_view": (
        ["DROP TABLE conduct_acks",
         "CREATE VIEW conduct_acks AS SELECT 1 AS version_id, 1 AS participant_id, '' AS signed_on"],
        "view “conduct_acks”"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_object_is_named_refused_and_never_run(made, case):
    statements, named = HOSTILE[case]
    _tamper(made, *statements)
    before = _fingerprint(made.parent)
    for read_only in (False, True):
        with pytest.raises(ProgramFileError) as err:
            Program.open(made, read_only=read_only)
        assert err.value.kind == "untrusted"
        assert named in str(err.value)
        assert "Traceback" not in str(err.value)
    report = check(made)
    assert not report.ok
    assert any(named in p.message for p in report.schema_problems)
    assert _fingerprint(made.parent) == before


def test_cleaned_copy_keeps_the_data_and_drops_the_code(made, tmp_path):
    _tamper(made, *HOSTILE["delete_cycles_trigger"][0], *HOSTILE["generated_column"][0],
            *HOSTILE["recursive_view"][0])
    before = _fingerprint(made.parent)
    clean = tmp_path / "clean.peerdesk"
    trust.clean_copy(made, clean)
    assert _fingerprint(made.parent) == before
    with Program.open(clean) as p:
        assert check(clean).ok
        pid = p.db.execute("SELECT id FROM participants").fetchone()[0]
        p.db["participants"].update(pid, {"job_title": "Edited"})  # the trigger would fire here
        assert p.count("cycles") == 1
        assert p.count("participants") == 1


def test_twenty_thousand_junk_tables_are_refused_fast(made):
    conn = sqlite3.connect(made, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("BEGIN")
    for n in range(20_000):
        conn.execute(f"CREATE TABLE junk_{n} (x)")
    conn.execute("COMMIT")
    conn.close()
    before = _fingerprint(made.parent)
    start = time.perf_counter()
    with pytest.raises(ProgramFileError) as err:
        Program.open(made)
    # a hang guard (reading every junk table's rows would take minutes), not a speed target:
    # about 1 s on a quiet machine, 4 s once under a load of 6 on two cores
    assert time.perf_counter() - start < 20
    assert "and 19,992 more" in str(err.value)
    assert len(check(made).schema_problems) == 20_000
    assert _fingerprint(made.parent) == before


def test_damaged_schema_row_is_a_plain_message(made):
    _tamper(made, "UPDATE sqlite_master SET sql = 'CREATE TABLE cycles (((' WHERE name = 'cycles'",
            writable_schema=True)
    before = _fingerprint(made.parent)
    with pytest.raises(ProgramFileError) as err:
        Program.open(made)
    assert err.value.kind == "damaged"
    assert "damaged" in str(err.value)
    with pytest.raises(ProgramFileError):
        check(made)
    assert _fingerprint(made.parent) == before


def test_missing_table_is_a_plain_message(made):
    _tamper(made, "DROP TABLE conduct_acks")
    before = _fingerprint(made.parent)
    with pytest.raises(ProgramFileError) as err:
        Program.open(made)
    assert err.value.kind == "damaged"
    assert "table “conduct_acks” is missing" in str(err.value)
    assert _fingerprint(made.parent) == before


def test_user_version_zero_is_refused_and_not_switched_to_wal(made):
    _tamper(made, "PRAGMA user_version = 0")
    assert made.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL
    before = _fingerprint(made.parent)
    with pytest.raises(ProgramFileError):
        Program.open(made)
    with pytest.raises(ProgramFileError):
        check(made)
    assert _fingerprint(made.parent) == before


def _foreign_wal(made: Path, tmp_path: Path) -> Path:
    """A -wal with real changes, written for another copy of the file (another machine)."""
    other = tmp_path / "elsewhere" / made.name
    other.parent.mkdir()
    shutil.copy(made, other)
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("DELETE FROM cycles")
    shutil.copy(other.with_name(other.name + "-wal"), made.with_name(made.name + "-wal"))
    conn.close()
    return made.with_name(made.name + "-wal")


def test_wal_from_another_machine_is_not_merged(made, tmp_path):
    """A received file (no note that PeerDesk here writes it) with someone's -wal beside it."""
    made.with_name(made.name + ".writer").unlink()
    wal = _foreign_wal(made, tmp_path)
    before = _fingerprint(made.parent)
    for opener in (lambda: Program.open(made), lambda: Program.open(made, read_only=True),
                   lambda: check(made)):
        with pytest.raises(ProgramFileError) as err:
            opener()
        assert err.value.kind == "stray_wal"
        assert wal.name in str(err.value)
    assert _fingerprint(made.parent) == before
    wal.unlink()  # the user moves it away: the file opens as it was last saved
    with Program.open(made) as p:
        assert p.count("cycles") == 1


def test_wal_noted_from_another_computer_is_not_merged(made, tmp_path):
    _foreign_wal(made, tmp_path)
    made.with_name(made.name + ".writer").write_text("laptop-of-someone-else\n")
    before = _fingerprint(made.parent)
    with pytest.raises(ProgramFileError) as err:
        Program.open(made)
    assert "laptop-of-someone-else" in str(err.value)
    assert _fingerprint(made.parent) == before


def test_garbage_wal_is_not_silently_dropped(made):
    """Even beside a file PeerDesk here has written: it is not a -wal at all."""
    wal = made.with_name(made.name + "-wal")
    wal.write_bytes(b"not a write-ahead log at all" * 10)
    before = _fingerprint(made.parent)
    with pytest.raises(ProgramFileError) as err:
        Program.open(made)
    assert "another program" in str(err.value)
    assert _fingerprint(made.parent) == before


def test_own_interrupted_changes_are_still_merged(made):
    """A PeerDesk here killed mid-session: its -wal is the user's work, merged on opening."""
    code = ("import os, sys\n"
            "from peerdesk.store.program import Program\n"
            "p = Program.open(sys.argv[1])\n"
            "p.db.execute('PRAGMA wal_autocheckpoint = 0')\n"
            "p.db['cycles'].insert({'name': 'Autumn'})\n"
            "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(made)], check=True, cwd=ROOT)
    assert made.with_name(made.name + "-wal").stat().st_size > 0
    with Program.open(made) as p:
        assert p.count("cycles") == 2


def test_status_of_a_recursive_view_file_does_not_hang(made):
    _tamper(made, *HOSTILE["recursive_view"][0])
    result = subprocess.run([sys.executable, "-m", "peerdesk", "status", str(made)],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode != 0
    assert "view “forever”" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_names_every_object_and_exits_non_zero(made):
    _tamper(made, *HOSTILE["anonymity_trigger"][0], *HOSTILE["recursive_view"][0])
    result = subprocess.run([sys.executable, "-m", "peerdesk", "check", str(made)],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 1
    assert "trigger “sneak”" in result.stdout and "view “forever”" in result.stdout


def test_expected_schema_follows_every_migration():
    """Built from MIGRATIONS, so a migration added later is covered without a change here."""
    from peerdesk.store import schema

    with Program.create(None) as p:
        rows = set(p.db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())
    assert rows == set(trust.expected_schema(schema.SCHEMA_VERSION))


def test_backup_carrying_a_trigger_is_not_restored(made, tmp_path):
    from peerdesk.store.backup import restore_backup

    bad = tmp_path / "bad.peerdesk-backup"
    shutil.copy(made, bad)
    _tamper(bad, *HOSTILE["delete_cycles_trigger"][0])
    with Program.open(made) as p, pytest.raises(ProgramFileError):
        restore_backup(p, bad)


def test_clean_command_writes_a_copy_that_opens(made, tmp_path):
    _tamper(made, *HOSTILE["anonymity_trigger"][0])
    before = _fingerprint(made.parent)
    copy = tmp_path / "clean"
    result = subprocess.run([sys.executable, "-m", "peerdesk", "clean", str(made), str(copy)],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert check(copy.with_suffix(".peerdesk")).ok
    assert _fingerprint(made.parent) == before
