"""The command line never writes to a program a window has open; it may still read it."""

import pytest

from peerdesk.__main__ import main

pytestmark = pytest.mark.gui  # takes the window's Qt lock


def test_writes_refused_while_a_window_holds_the_file(program_file, capsys, qapp):
    from peerdesk.ui.guard import FileGuard

    guard = FileGuard(program_file)
    assert guard.acquire()
    try:
        code = main(["participant", "add", str(program_file), "--name", "Ana"])
        err = capsys.readouterr().err
        assert code == 1 and "open in a PeerDesk window" in err
        assert main(["participants", str(program_file)]) == 0  # reading is fine
    finally:
        guard.release()
    assert main(["participant", "add", str(program_file), "--name", "Ana"]) == 0


def test_a_stale_lock_of_a_dead_process_is_ignored(program_file, capsys):
    from peerdesk.store.lock import lock_path

    lock_path(program_file).write_text("999999999\npeerdesk\n" + __import__("socket").gethostname() + "\n")
    assert main(["participant", "add", str(program_file), "--name", "Ben"]) == 0


def test_drafts_and_a_dry_run_work_while_a_window_holds_the_file(tmp_path, capsys, qapp):
    """Writing mail drafts or trying an import changes nothing in the program, so a
    facilitator need not close the window for them."""
    from peerdesk.store import demo
    from peerdesk.store.cycles import list_cycles
    from peerdesk.store.pairings import is_published, publish, run, save_run
    from peerdesk.store.program import Program
    from peerdesk.ui.guard import FileGuard

    path = tmp_path / "demo.peerdesk"
    program = Program.create(path)
    demo.populate(program)
    cycle = list_cycles(program)[-1]
    if not is_published(program, cycle.id):
        save_run(program, cycle.id, run(program, cycle.id))
        publish(program, cycle.id)
    program.close()
    staff = tmp_path / "staff.csv"
    staff.write_text("Name,Email,Department\nNew Person,new.person@example.com,Sales\n",
                     encoding="utf-8")
    before = path.read_bytes()
    guard = FileGuard(path)
    assert guard.acquire()
    try:
        code = main(["export", "messages", str(path), "--cycle", cycle.name, "-o",
                     str(tmp_path / "drafts")])
        assert code == 0, capsys.readouterr().err
        assert list((tmp_path / "drafts").glob("*.eml"))
        code = main(["import", "participants", str(path), str(staff), "--dry-run"])
        assert code == 0, capsys.readouterr().err
    finally:
        guard.release()
    assert path.read_bytes() == before
