"""Sessions > Postpone by a Week (Ctrl+Shift+W, and the tree's context menu): the selected
session and the later ones of its cycle move a week later, in one command that Ctrl+Z
takes back. The expected dates are the dates read before plus seven days."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from peerdesk.store import attendance as attendance_store
from peerdesk.store import sessions as store
from peerdesk.store.cycles import list_cycles

pytestmark = pytest.mark.gui
LANGUAGES = ("en", "de", "pt_PT", "es", "fr")


def _menu_action(window, menu_name, text):
    found = [a for a in window.menus[menu_name].actions() if a.text().replace("&", "") == text]
    assert len(found) == 1, [a.text() for a in window.menus[menu_name].actions()]
    return found[0]


def _dates(program, cycle_id):
    return {s.id: s.date for s in store.list_sessions(program, cycle_id, with_agenda=False)}


def _not_held(program):
    """The current cycle's sessions, in order, from the first one without attendance marks."""
    cycle = list_cycles(program)[-1]
    ordered = store.list_sessions(program, cycle.id, with_agenda=False)
    first = next(i for i, s in enumerate(ordered) if not attendance_store.attendance(program, s.id))
    return cycle.id, ordered[:first], ordered[first:]


def test_postpone_from_the_menu_and_the_shortcut_then_undo_and_redo(window, answers, qtbot):
    program, ctx = window.ctx.program, window.ctx
    window.show_tab("sessions")
    tab = window.tab_pages["sessions"]
    action = _menu_action(window, "Sessions", "Postpone by a Week")
    assert action is tab.act_postpone and action.shortcut().toString() == "Ctrl+Shift+W"
    cycle_id, held, later = _not_held(program)
    assert held and len(later) >= 2, "the demo's current cycle has held and coming sessions"
    before = _dates(program, cycle_id)
    tab.select_session(later[0].id)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_W,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    moved = {s.id for s in later}
    expected = {k: d + timedelta(days=7) if k in moved else d for k, d in before.items()}
    assert _dates(program, cycle_id) == expected
    assert answers.errors == []
    n = len(later) - 1
    assert ctx.undo_stack.undoText() == (
        f"Postpone {later[0].title} and {n} later session{'s' if n > 1 else ''} by a week")
    assert tab.selected_session_id() == later[0].id  # the selection stays on it

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _dates(program, cycle_id) == before
    ctx.undo_stack.redo()
    assert _dates(program, cycle_id) == expected
    ctx.undo_stack.undo()

    tab.select_session(later[-1].id)  # the last: alone, and the menu does it too
    action.trigger()
    assert _dates(program, cycle_id)[later[-1].id] == before[later[-1].id] + timedelta(days=7)
    assert ctx.undo_stack.undoText() == f"Postpone {later[-1].title} by a week"


def test_a_held_session_is_refused_with_the_reason_and_nothing_is_pushed(window, answers):
    program, ctx = window.ctx.program, window.ctx
    window.show_tab("sessions")
    tab = window.tab_pages["sessions"]
    cycle_id, held, _later = _not_held(program)
    before, steps = _dates(program, cycle_id), ctx.undo_stack.count()
    tab.select_session(held[-1].id)
    tab.act_postpone.trigger()
    assert len(answers.errors) == 1
    title, text = answers.errors[0]
    assert title == "Session not postponed" and "already has attendance marks" in text
    assert _dates(program, cycle_id) == before and ctx.undo_stack.count() == steps


def test_only_a_session_can_be_postponed(window):
    window.show_tab("sessions")
    tab = window.tab_pages["sessions"]
    cycle_id, _held, later = _not_held(window.ctx.program)
    tab.select_cycle(cycle_id)
    assert not tab.act_postpone.isEnabled() and tab.act_duplicate.isEnabled()
    tab.select_session(later[0].id)
    assert tab.act_postpone.isEnabled()


def _context_menu_texts(tree):
    """Right-click in the tree: the texts of the menu that opens (then closed again)."""
    seen: list[str] = []

    def read_and_close():
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            seen.extend(a.text() for a in popup.actions() if not a.isSeparator())
            popup.close()

    QTimer.singleShot(0, read_and_close)
    rect = tree.visualRect(tree.currentIndex())
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(),
                              tree.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(tree.viewport(), event)
    return seen


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_trees_context_menu_offers_rename_duplicate_postpone_delete_with_their_own_letters(
        qapp, qtbot, demo_program, lang):
    from peerdesk.ui import language
    from peerdesk.ui.context import ProgramContext
    from peerdesk.ui.sessions import SessionsTab
    from tests.i18n.test_dialog_accelerators import mnemonic

    language.install(lang, qapp, core=False)
    try:
        ctx = ProgramContext()
        tab = SessionsTab(ctx)
        qtbot.addWidget(tab)
        ctx.set_program(demo_program)
        tab.resize(1000, 700)
        tab.show()
        _cycle_id, _held, later = _not_held(demo_program)
        tab.select_session(later[0].id)
        texts = _context_menu_texts(tab.tree)
        assert texts == [tab.act_rename.text(), tab.act_duplicate.text(), tab.act_postpone.text(),
                         tab.act_delete.text()]  # Rename Cycle… shown, disabled on a session
        assert not tab.act_rename.isEnabled()
        letters = [mnemonic(t) for t in texts]
        assert None not in letters and len(set(letters)) == 4, texts
        if lang != "en":  # translated, not the English left in place
            assert tab.act_postpone.text() != "Postpone by a &Week"
            assert tab.act_rename.text() != "&Rename Cycle…"
        ctx.set_program(None)
    finally:
        language.install("en", qapp, core=False)

