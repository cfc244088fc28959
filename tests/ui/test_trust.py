"""A program file that can be trusted: one writer, backups, clear messages when the disk fails."""

import sqlite3

import pytest

from peerdesk.core.models import Participant
from peerdesk.store import participants as store
from peerdesk.store.backup import list_backups
from peerdesk.ui import settings
from peerdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def add_person(window, name="Temp Person"):
    program = window.ctx.program
    return window.ctx.perform(f"Add {name}", lambda: store.add_participant(program, Participant(name=name)),
                              lambda: None, "participants")


def test_second_window_is_offered_read_only_and_never_writes(window, qtbot, answers):
    path = window.ctx.program.path
    second = MainWindow()
    qtbot.addWidget(second)
    answers.choice = None
    assert not second.open_path(str(path))  # cancelled
    assert "already open" in answers.asked[-1] or "open in another" in answers.asked[-1]
    answers.choice = "Open Read-Only"
    assert second.open_path(str(path))
    assert second.ctx.read_only
    assert "read-only" in second.windowTitle()
    assert not second.tab_pages["participants"].act_add.isEnabled()
    with pytest.raises(Exception, match="read-only"):
        add_person(second)
    assert answers.errors[-1][0] == "Change not saved"
    second.close()
    # once the first window closes, the file can be opened for writing again
    window.close()
    third = MainWindow()
    qtbot.addWidget(third)
    assert third.open_path(str(path)) and not third.ctx.read_only
    third.close()


def test_a_backup_is_made_on_open_and_can_be_restored(window, answers, qtbot):
    program = window.ctx.program
    folder = settings.data_dir() / "backups"
    qtbot.waitUntil(lambda: len(list_backups(program, folder)) == 1)
    before = program.count("participants")
    add_person(window, "Added After Backup")
    assert program.count("participants") == before + 1
    answers.pick = 0
    answers.confirm = True
    window.restore_backup()
    assert window.ctx.program.count("participants") == before
    assert len(list_backups(program, folder)) == 2  # the state before restoring was kept
    assert window.ctx.undo_stack.count() == 0


def test_file_deleted_while_open(window, answers, tmp_path):
    program = window.ctx.program
    program.path.rename(tmp_path / "moved.peerdesk")
    from peerdesk.ui.context import EditRefused

    with pytest.raises(EditRefused):
        add_person(window)
    assert "moved or deleted" in answers.errors[-1][1]
    answers.save_path = str(tmp_path / "rescued.peerdesk")
    window.save_copy()
    from peerdesk.store.program import check

    assert check(tmp_path / "rescued.peerdesk").counts["participants"] == program.count("participants")


def test_disk_full_is_explained_and_nothing_is_pushed(window, answers, monkeypatch):
    from peerdesk.ui.context import EditRefused

    def full(*_args, **_kw):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "add_participant", full)
    with pytest.raises(EditRefused):
        add_person(window)
    assert "disk is full" in answers.errors[-1][1]
    assert window.ctx.undo_stack.count() == 0


def test_read_only_folder_offers_read_only(window, answers, monkeypatch, tmp_path):
    from peerdesk.store.program import Program, ProgramFileError

    real_open = Program.open

    def refuse(path, read_only=False):
        if not read_only:
            raise ProgramFileError("readonly", "x.peerdesk cannot be written (attempt to write a readonly database).")
        return real_open(path, read_only=True)

    path = str(window.ctx.program.path)
    window.close()
    other = MainWindow()
    monkeypatch.setattr(Program, "open", staticmethod(refuse))
    answers.choice = "Open Read-Only"
    assert other.open_path(path)
    assert other.ctx.read_only
    other.close()


def test_unhandled_error_is_logged_and_shown(answers, tmp_path):
    import sys

    from peerdesk.ui.app import install_excepthook

    log = tmp_path / "peerdesk.log"
    old = sys.excepthook
    try:
        install_excepthook(log)
        try:
            raise RuntimeError("kaboom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    _title, text = answers.errors[-1]
    assert "kaboom" in text and str(log) in text and "Traceback" not in text
