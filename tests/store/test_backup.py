from datetime import datetime, timedelta

import pytest

from peerdesk.core.models import Participant
from peerdesk.store import participants as people
from peerdesk.store.backup import backup_due, list_backups, make_backup, restore_backup
from peerdesk.store.program import Program, ProgramFileError


@pytest.fixture
def opened(program_file):
    p = Program.open(program_file)
    yield p
    p.close()


def test_backups_are_valid_and_pruned_to_ten(opened, tmp_path):
    folder = tmp_path / "backups"
    start = datetime(2027, 3, 1, 9, 0, 0)
    for day in range(12):
        make_backup(opened, folder, now=start + timedelta(days=day))
    backups = list_backups(opened, folder)
    assert len(backups) == 10
    assert backups[0].made == start + timedelta(days=11)
    copy = Program.open(backups[0].path, read_only=True)
    assert copy.count("conduct_versions") == 1
    copy.close()


def test_backup_due_daily(opened, tmp_path):
    folder = tmp_path / "b"
    assert backup_due(opened, folder)
    make_backup(opened, folder, now=datetime(2027, 3, 1, 9))
    assert not backup_due(opened, folder, now=datetime(2027, 3, 1, 20))
    assert backup_due(opened, folder, now=datetime(2027, 3, 2, 9))


def test_restore_brings_back_the_old_contents(opened, tmp_path):
    folder = tmp_path / "b"
    saved = make_backup(opened, folder)
    people.add_participant(opened, Participant(name="Added after the backup"))
    assert opened.count("participants") == 1
    restore_backup(opened, saved)
    assert opened.count("participants") == 0


def test_damaged_backup_is_refused(opened, tmp_path):
    bad = tmp_path / "x.peerdesk-backup"
    bad.write_text("garbage")
    people.add_participant(opened, Participant(name="Kept"))
    with pytest.raises(ProgramFileError):
        restore_backup(opened, bad)
    assert opened.count("participants") == 1


def test_every_program_gets_its_own_identity(tmp_path):
    a = Program.create(tmp_path / "a.peerdesk")
    b = Program.create(tmp_path / "b.peerdesk")
    assert a.program_id and b.program_id and a.program_id != b.program_id
    a.close()
    b.close()


def test_a_file_from_before_identities_gets_one_on_first_open(program_file):
    import sqlite3

    conn = sqlite3.connect(program_file)
    conn.execute("DELETE FROM settings WHERE key = 'program_id'")
    conn.commit()
    conn.close()
    with Program.open(program_file) as p:
        first = p.program_id
    assert first
    with Program.open(program_file) as p:
        assert p.program_id == first


def test_two_programs_with_the_same_file_name_keep_their_own_backups(tmp_path):
    folder = tmp_path / "backups"
    (tmp_path / "hr").mkdir()
    (tmp_path / "sales").mkdir()
    hr = Program.create(tmp_path / "hr" / "team.peerdesk")
    sales = Program.create(tmp_path / "sales" / "team.peerdesk")
    people.add_participant(hr, Participant(name="Hanna from HR"))
    people.add_participant(sales, Participant(name="Sam from Sales"))
    start = datetime(2027, 3, 1, 9)
    make_backup(sales, folder, now=start)
    for day in range(1, 12):
        make_backup(hr, folder, now=start + timedelta(days=day))
    assert len(list_backups(hr, folder)) == 10
    assert [b.made for b in list_backups(sales, folder)] == [start]  # not pruned by HR's
    # Restoring HR from Sales' backup is refused, and HR is unchanged.
    with pytest.raises(ProgramFileError, match="another program"):
        restore_backup(hr, list_backups(sales, folder)[0].path)
    assert [p.name for p in people.list_participants(hr)] == ["Hanna from HR"]
    hr.close()
    sales.close()


def test_a_saved_copy_is_a_program_of_its_own(opened, tmp_path):
    opened.save_copy(tmp_path / "copy.peerdesk")
    with Program.open(tmp_path / "copy.peerdesk") as copy:
        assert copy.program_id != opened.program_id


def test_a_failed_backup_leaves_no_partial_file(tmp_path):
    """A disk that fills up half-way through the copy (a file size limit in a child process)."""
    from tests.store.full_disk import run_with_full_disk

    path = tmp_path / "big.peerdesk"
    with Program.create(path) as p:
        from peerdesk.store import demo

        demo.populate(p)
    folder = tmp_path / "backups"
    code = ("from pathlib import Path\n"
            "from peerdesk.store.backup import make_backup\n"
            "from peerdesk.store.program import Program\n"
            f"p = Program.open({str(path)!r})\n"
            "try:\n"
            f"    make_backup(p, Path({str(folder)!r}))\n"
            "except Exception as exc:\n"
            "    print(type(exc).__name__, exc)\n")
    out = run_with_full_disk(code, limit=path.stat().st_size // 2 + 100)
    assert "ProgramFileError" in out and "not enough disk space" in out, out
    assert [f.name for f in folder.rglob("*") if f.is_file()] == []


def test_backup_from_another_folder_is_found_by_number_and_time(opened, tmp_path):
    from peerdesk.store.backup import find_backup

    folder = tmp_path / "b"
    one = make_backup(opened, folder, now=datetime(2027, 3, 1, 9))
    two = make_backup(opened, folder, now=datetime(2027, 3, 2, 9))
    assert find_backup(opened, folder, "1") == two
    assert find_backup(opened, folder, "2027-03-01 09:00:00") == one
    for bad in ("3", "0", "99999999999999999999999", "", "nope"):
        with pytest.raises(ProgramFileError):
            find_backup(opened, folder, bad)
