"""`peerdesk backups FILE` and `peerdesk restore FILE BACKUP`."""


from peerdesk.cli import run
from peerdesk.store.backup import default_folder, list_backups, make_backup
from peerdesk.store.program import Program


def cli(capsys, *argv):
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_and_restore_from_the_command_line(program_file, capsys):
    with Program.open(program_file) as p:
        make_backup(p, default_folder())
    assert cli(capsys, "participant", "add", program_file, "--name", "Later")[0] == 0
    code, out, _ = cli(capsys, "backups", program_file)
    assert code == 0 and "  1  " in out
    code, out, err = cli(capsys, "restore", program_file, "1")
    assert code == 0, err
    with Program.open(program_file, read_only=True) as p:
        assert p.count("participants") == 0
        assert len(list_backups(p, default_folder())) == 2  # the state before was kept
    # the backup just made holds "Later": restore it back by number
    assert cli(capsys, "restore", program_file, "1")[0] == 0
    with Program.open(program_file, read_only=True) as p:
        assert p.count("participants") == 1


def test_restore_refuses_another_programs_backup(tmp_path, capsys):
    (tmp_path / "hr").mkdir()
    (tmp_path / "sales").mkdir()
    hr, sales = tmp_path / "hr" / "team.peerdesk", tmp_path / "sales" / "team.peerdesk"
    Program.create(hr, "HR").close()
    with Program.create(sales, "Sales") as p:
        theirs = make_backup(p, default_folder())
    before = hr.read_bytes()
    code, _, err = cli(capsys, "restore", hr, theirs)
    assert code == 1 and "another program (“Sales”)" in err
    assert hr.read_bytes() == before
    code, out, _ = cli(capsys, "backups", hr)
    assert code == 0 and "no backups yet" in out


def test_restore_follows_the_lock_rules(program_file, capsys):
    with Program.open(program_file) as p:
        make_backup(p, default_folder())
    from peerdesk.store.lock import WINDOW, ProgramLock

    with ProgramLock(program_file, WINDOW) as lock:
        assert lock.acquire()
        code, _, err = cli(capsys, "restore", program_file, "1")
        assert code == 1 and "open in a PeerDesk window" in err
        assert cli(capsys, "backups", program_file)[0] == 0  # listing only reads


def test_unknown_backup_is_a_plain_message(program_file, capsys):
    for which in ("7", "yesterday", "", "1" * 40):
        code, _, err = cli(capsys, "restore", program_file, which)
        assert code == 1 and "Traceback" not in err and err.startswith("peerdesk: ")


def test_backup_folder_matches_the_window(qapp):
    from peerdesk.ui import settings

    assert default_folder() == settings.data_dir() / "backups"
