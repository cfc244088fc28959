"""The file going away, turning read-only or filling the disk while the window has it open:
each edit is refused with the same plain message, and nothing lands on the undo stack."""

import sqlite3

import pytest

from peerdesk.ui.context import EditRefused

pytestmark = pytest.mark.gui


def _failing(message):
    def do():
        raise sqlite3.OperationalError(message)
    return do


@pytest.mark.parametrize("error, said", [
    ("attempt to write a readonly database", "can no longer be written"),
    ("database or disk is full", "The disk is full"),
    ("disk I/O error", "could not be saved"),
])
def test_a_refused_write_says_why(window, answers, error, said):
    ctx = window.ctx
    with pytest.raises(EditRefused):
        ctx.perform("Edit", _failing(error), lambda: None, "participants")
    title, text = answers.errors[-1]
    assert title == "Change not saved" and said in text
    assert ctx.undo_stack.count() == 0


def test_a_file_made_read_only_while_closed_opens_read_only(qtbot, answers, program_file):
    import os

    from peerdesk.ui.main_window import MainWindow

    os.chmod(program_file, 0o444)
    os.chmod(program_file.parent, 0o555)
    try:
        if os.access(program_file, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        w = MainWindow()
        qtbot.addWidget(w)
        answers.choice = "Open Read-Only"
        assert w.open_path(str(program_file))
        assert w.ctx.read_only
        w.close()
    finally:
        os.chmod(program_file.parent, 0o755)
        os.chmod(program_file, 0o644)


def test_the_file_deleted_while_open(window, answers):
    path = window.ctx.program.path
    path.rename(path.with_name("elsewhere.peerdesk"))
    with pytest.raises(EditRefused):
        window.ctx.perform("Edit", lambda: None, lambda: None, "participants")
    assert "moved or deleted" in answers.errors[-1][1]
