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
