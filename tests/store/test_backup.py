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
    backups = list_backups(opened.path, folder)
    assert len(backups) == 10
    assert backups[0].made == start + timedelta(days=11)
    copy = Program.open(backups[0].path, read_only=True)
    assert copy.count("conduct_versions") == 1
    copy.close()


def test_backup_due_daily(opened, tmp_path):
    folder = tmp_path / "b"
    assert backup_due(opened.path, folder)
    make_backup(opened, folder, now=datetime(2027, 3, 1, 9))
    assert not backup_due(opened.path, folder, now=datetime(2027, 3, 1, 20))
    assert backup_due(opened.path, folder, now=datetime(2027, 3, 2, 9))


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
