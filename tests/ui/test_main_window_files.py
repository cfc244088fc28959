"""File > New, Open, Open Recent, Save a Copy As; bad files; the cycle chooser."""

import hashlib

import pytest

from peerdesk.store.program import Program, check
from peerdesk.ui import settings
from peerdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def empty_window(qtbot, answers):
    w = MainWindow()
    qtbot.addWidget(w)
    return w


def test_new_program(empty_window, answers, tmp_path):
    answers.save_path = str(tmp_path / "spring")
    asked = []

    def fill(dialog):
        asked.append((dialog.name.text(), dialog.timezone.zone()))
        dialog.name.setText("Spring 2027")
        dialog.timezone.setEditText("asia/tokyo")
        return True

    answers.dialog = fill
    empty_window.new_program()
    program = empty_window.ctx.program
    assert asked == [("spring", "Europe/Lisbon")]  # the file's name; this computer's zone
    assert program.path == tmp_path / "spring.peerdesk"
    assert program.name == "Spring 2027"
    assert program.setting("timezone") == "Asia/Tokyo"
    assert "Spring 2027" in empty_window.windowTitle()
    assert settings.get("recent_files")[0].endswith("spring.peerdesk")


def test_open_bad_file_says_why_and_leaves_it_alone(empty_window, answers, tmp_path):
    bad = tmp_path / "staff.peerdesk"
    bad.write_text("Name;Email\nAna;ana@x.org\n")
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    answers.open_path = str(bad)
    empty_window.open_dialog()
    assert empty_window.ctx.program is None
    title, text = answers.errors[-1]
    assert title == "Cannot open this file" and "not a PeerDesk program file" in text
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before


def test_recent_files_menu_reopens(empty_window, program_file):
    assert empty_window.open_path(str(program_file))
    empty_window.close()
    w = MainWindow()
    actions = w.recent_menu.actions()
    assert actions and actions[0].text() == program_file.name
    actions[0].trigger()
    assert w.ctx.program.path == program_file
    w.close()


def test_save_a_copy(window, answers, tmp_path):
    answers.save_path = str(tmp_path / "copy.peerdesk")
    window.save_copy()
    assert check(tmp_path / "copy.peerdesk").counts["participants"] == 41


def test_cycle_chooser_follows_the_program(window):
    combo = window.cycle_combo
    assert combo.count() == 2
    first = combo.itemData(0)
    combo.setCurrentIndex(0)
    assert window.ctx.cycle_id == first
    assert combo.currentText() in window.cycle_label.text()


def test_new_cycle_dialog_validates_and_undoes(window, answers):
    from peerdesk.ui.program_dialogs import CycleDialog

    dialog = CycleDialog(window.ctx, window)
    dialog.name.setText(window.cycle_combo.itemText(0))  # already taken
    dialog.accept()
    assert "already a cycle" in dialog.problems.text()
    dialog.name.setText("Spring 2027")
    dialog.accept()
    assert window.cycle_combo.currentText() == "Spring 2027"
    from peerdesk.store.cycles import find_cycle

    new_id = find_cycle(window.ctx.program, "Spring 2027").id
    window.act_undo.trigger()
    assert window.cycle_combo.findText("Spring 2027") == -1
    assert find_cycle(window.ctx.program, "Spring 2027") is None
    window.act_redo.trigger()  # the same cycle comes back, under the same id
    assert find_cycle(window.ctx.program, "Spring 2027").id == new_id
    window.act_undo.trigger()
    assert find_cycle(window.ctx.program, "Spring 2027") is None


def test_settings_dialog_refuses_bad_values(window):
    from peerdesk.ui.program_dialogs import SettingsDialog

    program = window.ctx.program
    dialog = SettingsDialog(window.ctx, window)
    dialog.timezone.setEditText("Mars/Olympus")
    dialog.accept()
    assert "not a time zone" in dialog.problems.text()
    dialog.timezone.setEditText("Europe/Berlin")
    dialog.new_months.setValue(9)
    dialog.accept()
    assert program.setting("new_recruit_months") == 9
    assert program.setting("timezone") == "Europe/Berlin"
    window.act_undo.trigger()
    assert program.setting("new_recruit_months") == 6


def test_first_start_creates_the_demo(tmp_path):
    from peerdesk.ui.app import ensure_demo, first_program_path

    path = ensure_demo(first_program_path())
    assert path.exists() and check(path).counts["cycles"] == 2
    assert Program.open(path, read_only=True).name.endswith("(demo)")


def test_file_with_a_trigger_is_refused_and_a_cleaned_copy_opened(empty_window, answers, tmp_path):
    import sqlite3

    path = tmp_path / "sent.peerdesk"
    Program.create(path, "Sent").close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("CREATE TRIGGER wipe AFTER UPDATE ON participants BEGIN DELETE FROM cycles; END")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    answers.choice = None  # Cancel: nothing opened
    assert not empty_window.open_path(str(path))
    assert "trigger “wipe”" in answers.asked[-1]
    assert empty_window.ctx.program is None
    answers.choice = "Open a Cleaned Copy…"
    answers.save_path = str(tmp_path / "sent (cleaned).peerdesk")
    assert empty_window.open_path(str(path))
    assert empty_window.ctx.program.path == tmp_path / "sent (cleaned).peerdesk"
    assert check(tmp_path / "sent (cleaned).peerdesk").ok
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_new_program_refuses_a_zone_that_is_not_one(qtbot):
    from peerdesk.ui.program_dialogs import NewProgramDialog

    dialog = NewProgramDialog("spring")
    qtbot.addWidget(dialog)
    assert dialog.name.minimumWidth() >= 300  # a name fits, not a 200 px box
    dialog.timezone.setEditText("Lisbonne")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "“Lisbonne” is not a time zone" in dialog.problems.text()
    dialog.name.clear()
    dialog.timezone.set_zone("Europe/Berlin")
    dialog.accept()
    assert "Give the program a name" in dialog.problems.text()
    dialog.name.setText("Berlin office")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.values() == ("Berlin office", "Europe/Berlin")


def test_new_cycle_and_new_session_are_disabled_with_no_program(empty_window):
    from PySide6.QtWidgets import QPushButton

    empty_window.finish_building()
    assert not empty_window.act_new_cycle.isEnabled()
    sessions = empty_window.tab_pages["sessions"]
    buttons = {b.text(): b for b in sessions.findChildren(QPushButton)}
    assert not buttons["New Cycle…"].isEnabled() and not buttons["New Session…"].isEnabled()
    people = empty_window.tab_pages["participants"]
    assert not {b.text(): b for b in people.findChildren(QPushButton)}[
        "Add Participant"].isEnabled()


def test_change_areas_are_a_checked_set(qtbot):
    """An edit names what it changed from a fixed set; a misspelt area fails at once
    instead of leaving every tab stale."""
    from peerdesk.ui.context import AREAS, Area, ProgramContext

    ctx = ProgramContext()
    seen = []
    ctx.dataChanged.connect(seen.append)
    ctx.notify(Area.PAIRINGS, "sessions")
    assert seen == ["pairings", "sessions"] and set(AREAS) == {a.value for a in Area}
    with pytest.raises(ValueError, match="unknown area"):
        ctx.notify("participant")
    with pytest.raises(ValueError, match="unknown area"):
        ctx.perform("Nothing", lambda: None, lambda: None, ())


def test_settings_dialog_cannot_lower_k_once_anonymous_feedback_is_stored(window):
    from peerdesk.store.responses import is_anonymous
    from peerdesk.ui.program_dialogs import SettingsDialog

    program = window.ctx.program
    assert is_anonymous(program) and program.db.execute(
        "SELECT count(*) FROM feedback_responses").fetchone()[0] > 0
    k = int(program.setting("min_group_size"))
    dialog = SettingsDialog(window.ctx, window)
    assert dialog.min_group.minimum() == k
    dialog.min_group.setValue(k - 1)  # clamped: figures read at k and below could be combined
    assert dialog.min_group.value() == k
    dialog.min_group.setValue(k + 2)  # clamped too: figures at k and above combine as well
    assert dialog.min_group.value() == k and dialog.min_group.maximum() == k
    dialog.accept()
    assert int(program.setting("min_group_size")) == k


def test_an_undo_the_store_refuses_says_why_and_leaves_the_history(qtbot, answers):
    """An undo the store refuses (one that would give anonymous answers away, say) shows the
    store's words, raises nothing out of the Qt slot, and leaves the history instead of
    sitting there as if undone; the edits before it can still be undone."""
    from peerdesk.core.validation import Problem, ValidationError
    from peerdesk.store.program import Program
    from peerdesk.ui.context import ProgramContext

    ctx = ProgramContext()
    ctx.program = Program.create(None)
    done: list[str] = []

    def refuse() -> None:
        raise ValidationError([Problem("department", "This undo would give answers away.")])

    ctx.perform("First", lambda: done.append("first"), lambda: done.remove("first"), "participants")
    ctx.perform("Second", lambda: done.append("second"), refuse, "participants")
    ctx.undo_stack.undo()
    assert answers.errors == [("Undo not possible", "This undo would give answers away.")]
    assert done == ["first", "second"]
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == "First"
    ctx.undo_stack.undo()
    assert done == ["second"]
    ctx.program.close()


def test_an_edit_the_store_refuses_reaches_the_caller_and_is_not_pushed(qtbot, answers):
    """perform() lets the store's refusal reach the caller (which shows it where the user
    typed) and pushes nothing; only a later redo is caught inside the command."""
    from peerdesk.core.validation import Problem, ValidationError
    from peerdesk.store.program import Program
    from peerdesk.ui.context import ProgramContext

    ctx = ProgramContext()
    ctx.program = Program.create(None)

    def refuse() -> None:
        raise ValidationError([Problem("session", "These forms cannot join the figures yet.")])

    with pytest.raises(ValidationError, match="cannot join"):
        ctx.perform("Finish typing", refuse, lambda: None, "feedback")
    assert ctx.undo_stack.count() == 0 and answers.errors == []
    ctx.program.close()
