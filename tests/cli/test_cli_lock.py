"""One writer per program file: the window and every writing command take the same lock
(filelock, beside the real file); the one refused says who holds it. Reading is always fine."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk.__main__ import main
from peerdesk.store.lock import COMMAND, WINDOW, ProgramLock, holder, lock_path, owner_path

ROOT = Path(__file__).resolve().parents[2]
HOLD = """
import sys
from pathlib import Path
from peerdesk.store.lock import ProgramLock
lock = ProgramLock(Path(sys.argv[1]), sys.argv[2])
print("held" if lock.acquire() else "refused", flush=True)
sys.stdin.readline()
lock.release()
print("released", flush=True)
"""


def _holder_process(path, kind):
    """Another process holding the lock until told (a line on its stdin) or killed."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path), kind], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def _stop(proc):
    proc.stdin.write("\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "released"
    proc.stdin.close()
    proc.stdout.close()
    proc.wait(timeout=30)


def test_writes_refused_while_a_window_holds_the_file(program_file, capsys):
    window = ProgramLock(program_file, WINDOW)
    assert window.acquire()
    try:
        code = main(["participant", "add", str(program_file), "--name", "Ana"])
        err = capsys.readouterr().err
        assert code == 1 and "is open in a PeerDesk window (process" in err
        assert f"process {os.getpid()}" in err and "Close it there first" in err
        assert "Traceback" not in err
        assert main(["participants", str(program_file)]) == 0  # reading is fine
    finally:
        window.release()
    assert main(["participant", "add", str(program_file), "--name", "Ana"]) == 0


def test_a_second_opener_in_another_process_is_told_who_has_the_file(program_file, capsys,
                                                                   monkeypatch):
    from peerdesk.store import program_file as program_module

    monkeypatch.setattr(program_module, "BUSY_TIMEOUT_MS", 300)  # how long a command queues
    proc = _holder_process(program_file, COMMAND)
    try:
        found = holder(program_file)
        assert found is not None and found.kind == COMMAND and found.pid == proc.pid
        code = main(["participant", "add", str(program_file), "--name", "Ana"])
        err = capsys.readouterr().err
        assert code == 1
        assert f"is being changed by another PeerDesk command (process {proc.pid}" in err
        assert "nothing was changed" in err and "Try again when it has finished" in err
        assert ProgramLock(program_file, WINDOW).acquire() is False  # the window is refused too
    finally:
        _stop(proc)
    assert holder(program_file) is None
    assert main(["participant", "add", str(program_file), "--name", "Ana"]) == 0
    assert not lock_path(program_file).exists() and not owner_path(program_file).exists()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_holder_leaves_no_stale_lock(program_file, capsys):
    proc = _holder_process(program_file, WINDOW)
    proc.kill()  # no release, no clean-up: its owner note stays behind
    proc.wait(timeout=30)
    proc.stdout.close()
    proc.stdin.close()
    assert owner_path(program_file).exists()
    assert holder(program_file) is None
    assert main(["participant", "add", str(program_file), "--name", "Ben"]) == 0


def test_an_old_qt_lock_file_or_a_junk_note_refuses_nothing(program_file, capsys):
    import socket

    lock_path(program_file).write_text(f"{os.getpid()}\npeerdesk\n{socket.gethostname()}\n")
    owner_path(program_file).write_text("not json at all")
    assert holder(program_file) is None
    assert main(["participant", "add", str(program_file), "--name", "Ben"]) == 0


def test_a_held_lock_with_an_unreadable_note_still_refuses_in_words(program_file, capsys):
    lock = ProgramLock(program_file, WINDOW)
    assert lock.acquire()
    try:
        owner_path(program_file).write_text("{broken")
        code = main(["participant", "add", str(program_file), "--name", "Ana"])
        err = capsys.readouterr().err
        assert code == 1 and "is open in another PeerDesk." in err
    finally:
        lock.release()


def test_the_lock_is_held_for_the_whole_command_and_released_after(program_file):
    from peerdesk.cli import open_program

    with open_program(str(program_file)) as program:
        found = holder(program_file)
        assert found is not None and found.kind == COMMAND and found.pid == os.getpid()
        assert program.count("participants") == 0
    assert holder(program_file) is None
    with open_program(str(program_file), read_only=True):
        assert holder(program_file) is None  # reading takes no lock


def test_drafts_and_a_dry_run_work_while_a_window_holds_the_file(tmp_path, capsys):
    """Writing mail drafts or trying an import changes nothing in the program, so a
    facilitator need not close the window for them."""
    from peerdesk.store import demo
    from peerdesk.store.cycles import list_cycles
    from peerdesk.store.pairings import is_published, publish, run, save_run
    from peerdesk.store.program import Program

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
    guard = ProgramLock(path, WINDOW)
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
