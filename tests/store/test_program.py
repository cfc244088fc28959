import hashlib
import sqlite3

import pytest

from peerdesk.store import schema
from peerdesk.store.program import Program, ProgramFileError, check


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_versioned_wal_with_foreign_keys(program_file):
    p = Program.open(program_file)
    try:
        assert p.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert p.db.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert p.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert p.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert p.name == "File program"
        assert p.count("conduct_versions") == 1 and p.count("agenda_templates") == 3
    finally:
        p.close()


def test_foreign_keys_enforced(program):
    with pytest.raises(sqlite3.IntegrityError):
        program.db["sessions"].insert({"cycle_id": 999, "title": "x"})


def test_atomic_rolls_back_everything(program):
    with pytest.raises(RuntimeError), program.atomic():
        program.db["cycles"].insert({"name": "A"})
        raise RuntimeError("boom")
    assert program.count("cycles") == 0


def test_settings_round_trip(program):
    assert program.setting("new_recruit_months") == 6
    program.set_setting("weights", {"skill": 5})
    assert program.setting("weights") == {"skill": 5}


def _other_app(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.commit()
    conn.close()


def _newer(path):
    p = Program.create(path)
    p.db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    p.close()


def _truncated(path):
    p = Program.create(path)
    from peerdesk.store import demo

    demo.populate(p)
    p.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    p.db.execute("PRAGMA journal_mode = DELETE")
    p.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


@pytest.mark.parametrize("make,kind,words", [
    (lambda p: p.write_bytes(b""), "not_peerdesk", "empty"),
    (lambda p: p.write_text("Name,Email\nAnna,anna@x.org\n"), "not_peerdesk", "not a PeerDesk"),
    (_other_app, "not_peerdesk", "another application"),
    (_newer, "newer", "newer PeerDesk"),
    (_truncated, "damaged", "damaged"),
    (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20), "damaged", "damaged"),
])
def test_bad_files_are_refused_and_left_untouched(tmp_path, make, kind, words):
    path = tmp_path / "bad.peerdesk"
    make(path)
    before = digest(path)
    with pytest.raises(ProgramFileError) as info:
        Program.open(path)
    assert info.value.kind == kind
    assert words in str(info.value)
    with pytest.raises(ProgramFileError):
        check(path)
    assert digest(path) == before


def test_missing_file(tmp_path):
    with pytest.raises(ProgramFileError, match="does not exist"):
        Program.open(tmp_path / "nope.peerdesk")


def test_create_refuses_existing(program_file):
    with pytest.raises(ProgramFileError, match="already exists"):
        Program.create(program_file)


def test_check_reports_counts(tmp_path):
    path = tmp_path / "demo.peerdesk"
    p = Program.create(path)
    from peerdesk.store import demo

    demo.populate(p)
    p.close()
    report = check(path)
    assert report.ok
    assert report.schema_version == schema.SCHEMA_VERSION
    assert report.counts["participants"] == 41
    assert report.counts["cycles"] == 2


def test_migrate_from_zero_is_one_transaction(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    assert schema.migrate(conn) == schema.SCHEMA_VERSION
    assert schema.migrate(conn) == schema.SCHEMA_VERSION  # idempotent
    conn.close()


def test_read_only_open_never_writes(program_file):
    before = digest(program_file)
    p = Program.open(program_file, read_only=True)
    with pytest.raises(sqlite3.OperationalError):
        p.db["cycles"].insert({"name": "x"})
    p.close()
    assert digest(program_file) == before


def test_backup_copy_is_a_valid_program(tmp_path, demo_program):
    target = tmp_path / "copy.peerdesk"
    demo_program.backup_to(target)
    assert check(target).counts["participants"] == 41
