"""Every control a screen reader can reach has a name; the keyboard reaches everything.

The walk covers the main window, every tab, the checklist dock and every dialog that can
be opened from them, and fails naming each unnamed control (its class, object name and
where it sits), so a new widget without a name or label is caught the day it is added.
"""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QScrollBar,
    QTabWidget,
    QWidget,
)

pytestmark = pytest.mark.gui

# Widgets whose accessible "name" Qt would otherwise take from their content (the text typed,
# the item chosen): they need a name of their own or a label that is their buddy.
CONTENT_NAMED = (QComboBox, QAbstractSpinBox, QAbstractItemView)


def _buddied(top: QWidget) -> set[int]:
    return {id(label.buddy()) for label in top.findChildren(QLabel) if label.buddy() is not None}


def _named(widget: QWidget, buddied: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in buddied:
        return True
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().replace("&", "").strip() or widget.toolTip().strip())
    if isinstance(widget, CONTENT_NAMED):
        return False
    iface = QAccessible.queryAccessibleInterface(widget)
    return bool(iface and iface.text(QAccessible.Text.Name).strip())


def unnamed_controls(top: QWidget) -> list[str]:
    buddied = _buddied(top)
    out = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(top):
            continue
        parent = widget.parentWidget()
        if isinstance(widget, (QScrollBar, QTabWidget, QDialog)) or isinstance(
                parent, (QComboBox, QAbstractSpinBox)):  # parts of a named control
            continue
        if isinstance(widget, QAbstractScrollArea) and widget.viewport() is not None and \
                type(widget).__name__ == "QScrollArea" and widget.accessibleName():
            continue
        if not _named(widget, buddied):
            where = parent.objectName() or type(parent).__name__ if parent else "-"
            out.append(f"{type(widget).__name__} '{widget.objectName()}' in {where} "
                       f"(tooltip: {widget.toolTip()[:40]!r})")
    return out


@pytest.fixture
def main(qtbot, answers, tmp_path):
    from peerdesk.store import demo
    from peerdesk.store.program import Program
    from peerdesk.ui.main_window import MainWindow

    path = tmp_path / "demo.peerdesk"
    with Program.create(path) as p:
        demo.populate(p)
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_path(str(path))
    w.resize(1280, 800)
    w.show()
    w.finish_building()
    return w


def test_every_control_in_the_window_and_its_tabs_has_a_name(main, qtbot):
    problems = {}
    for index in range(main.tabs.count()):
        main.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found = unnamed_controls(main)
        if found:
            problems[main.tabs.tabText(index)] = found
    # A session's own pane (details, agenda, attendance), with an agenda item being edited.
    from peerdesk.store.sessions import list_sessions

    main.show_tab("sessions")
    tab = main.tab_pages["sessions"]
    session = list_sessions(main.ctx.program, main.ctx.cycle_id)[0]
    assert tab.select_session(session.id)
    QApplication.processEvents()
    agenda = tab.session_pane.agenda_view
    for column in range(agenda.model().columnCount()):
        index = agenda.model().index(0, column)
        if index.flags() & Qt.ItemFlag.ItemIsEditable:
            agenda.setCurrentIndex(index)
            agenda.edit(index)
            QApplication.processEvents()
            found = unnamed_controls(main)
            if found:
                problems[f"Sessions, editing agenda column {column}"] = found
            agenda.closePersistentEditor(index)
            agenda.setCurrentIndex(agenda.model().index(0, 0))
    found = unnamed_controls(main)
    if found:
        problems["Sessions, a session"] = found
    assert not problems, "\n".join(f"{k}: {x}" for k, v in problems.items() for x in v)


def _dialogs(main):
    """Every dialog of ours, built as the menus and buttons build it."""
    from peerdesk.store.cycles import list_cycles
    from peerdesk.store.pairings import pairing_settings
    from peerdesk.store.sessions import list_sessions
    from peerdesk.ui.conduct.dialog import ConductDialog
    from peerdesk.ui.documents.export_dialog import ExportDialog
    from peerdesk.ui.feedback.questions import NewQuestionDialog, QuestionsDialog
    from peerdesk.ui.guide import GuideDialog
    from peerdesk.ui.pairings.settings import PairingSettingsDialog
    from peerdesk.ui.participants.facilitators import FacilitatorsDialog
    from peerdesk.ui.participants.tab import ArchiveDialog
    from peerdesk.ui.program_dialogs import CycleDialog, NewProgramDialog, SettingsDialog
    from peerdesk.ui.sessions.new_session import InviteesDialog, NewSessionDialog
    from peerdesk.ui.sessions.templates import TemplatesDialog

    ctx, program = main.ctx, main.ctx.program
    cycle = list_cycles(program)[-1]
    session = list_sessions(program, cycle.id)[0]
    weights, no_repeat = pairing_settings(program)
    yield NewProgramDialog("Spring 2027", main)
    yield CycleDialog(ctx, main)
    yield SettingsDialog(ctx, main)
    yield FacilitatorsDialog(ctx, main)
    yield ArchiveDialog("Ana Ribeiro", main)
    yield NewSessionDialog(ctx, cycle.id, main)
    yield InviteesDialog(ctx, session.id, "people", main)
    yield InviteesDialog(ctx, session.id, "pairs", main)
    yield TemplatesDialog(ctx, main)
    yield ConductDialog(ctx, main)
    for kind in ("pack", "slips", "conduct"):
        yield ExportDialog(ctx, kind, session.id, main)
    yield QuestionsDialog(ctx, main)
    yield NewQuestionDialog(main)
    yield PairingSettingsDialog(weights, no_repeat, main)
    yield GuideDialog("# Guide", main)
    yield from _more_dialogs(main, session.id)
    yield from _import_dialogs(main)


def _more_dialogs(main, session_id):
    """The dialogs the walk above missed: messages, intake, skills and the Swap/Move picker."""
    from peerdesk.ui.intake.form_dialog import IntakeFormDialog
    from peerdesk.ui.intake.skills_dialog import SkillsDialog
    from peerdesk.ui.messages.announce import AnnounceDialog
    from peerdesk.ui.messages.templates import TemplatesDialog as MessageTemplatesDialog
    from peerdesk.ui.picker import PickDialog

    ctx = main.ctx
    yield AnnounceDialog(ctx, "pairs", None, main, main)
    yield AnnounceDialog(ctx, "session", session_id, main, main)
    yield MessageTemplatesDialog(ctx, "pairs", main)
    yield IntakeFormDialog(ctx, main)
    yield SkillsDialog(ctx, main)
    yield PickDialog(main, "Swap", "Swap Ana Ribeiro with:", ["Ben Tran", "Émile Durand", "Łukasz Nowak"])


def _import_dialogs(main):
    from peerdesk.io.tabular import read_table
    from peerdesk.ui.importing.feedback_dialog import FeedbackImportDialog
    from peerdesk.ui.importing.people_dialog import PeopleImportDialog

    folder = Path(main.ctx.program.path).parent
    people = folder / "staff.csv"
    people.write_text("Name,Email,Department\nAna Nova,ana.nova@acme.example,Sales\n",
                      encoding="utf-8")
    yield PeopleImportDialog(main.ctx, str(people), read_table(people), main)
    forms = folder / "forms.csv"
    forms.write_text("Timestamp,How useful was this session?\n2027-03-03 16:00,4\n",
                     encoding="utf-8")
    yield FeedbackImportDialog(main.ctx, str(forms), read_table(forms), main)
    from peerdesk.ui.intake.import_dialog import IntakeImportDialog

    answers = folder / "intake.csv"
    answers.write_text("Email,What could you teach?,What would you like to learn?\n"
                       "ana.ribeiro@acme.example,Pyhton (3),python programming\n", encoding="utf-8")
    yield IntakeImportDialog(main.ctx, str(answers), read_table(answers), main)


def test_every_control_in_every_dialog_has_a_name(main, qtbot):
    problems = {}
    count = 0
    for dialog in _dialogs(main):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        found = unnamed_controls(dialog)
        if found:
            problems[dialog.windowTitle()] = found
        dialog.reject()
        count += 1
    assert count >= 25
    assert not problems, "\n".join(f"{k}: {x}" for k, v in problems.items() for x in v)


def test_the_walk_catches_an_unnamed_control(main):
    from PySide6.QtWidgets import QLineEdit

    stray = QLineEdit(main.tabs.currentWidget())
    stray.setObjectName("stray")
    stray.show()
    assert any("'stray'" in line for line in unnamed_controls(main))
    stray.setAccessibleName("Stray")
    assert not any("'stray'" in line for line in unnamed_controls(main))


# -- the keyboard ------------------------------------------------------------------------

FREQUENT = {"Import &Participants…": "Ctrl+I", "&Facilitators…": "Ctrl+Shift+F",
            "New C&ycle…": "Ctrl+Shift+C", "&Code of Conduct…": "Ctrl+Shift+K",
            "Session &Pack (PDF)…": "Ctrl+P", "&Export Participants…": "Ctrl+E",
            "Program Check&list": "Ctrl+Shift+L"}


def test_frequent_actions_have_shortcuts_shown_in_the_menus(main):
    shown = {}
    for menu in main.menus.values():
        for action in menu.actions():
            shown[action.text()] = action.shortcut().toString(
                QKeySequence.SequenceFormat.PortableText)
    for text, keys in FREQUENT.items():
        assert shown.get(text) == keys, text
    # and no two actions of the window answer the same keys
    seen: dict[str, str] = {}
    for action in main.findChildren(type(main.act_new)):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        if keys and action.shortcutContext() == Qt.ShortcutContext.WindowShortcut:
            assert keys not in seen, f"{keys}: {seen.get(keys)} and {action.text()}"
            seen[keys] = action.text()


def test_tab_leaves_a_table_that_is_not_an_editor(main, qtbot):
    people = main.tab_pages["participants"]
    table = people.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    row = table.currentIndex().row()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus() and table.currentIndex().row() == row
    main.show_tab("sessions")
    cycle_table = main.tab_pages["sessions"].cycle_pane.table
    assert not cycle_table.tabKeyNavigation()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2])
def test_enter_or_f2_on_a_participant_moves_to_the_editor(main, qtbot, key):
    people = main.tab_pages["participants"]
    table = people.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    chosen = table.currentIndex().data()
    qtbot.keyClick(table, key)
    assert people.form.name.hasFocus()
    assert people.form.name.text() == chosen and people.form.name.selectedText() == chosen
