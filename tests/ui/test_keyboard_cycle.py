"""A whole cycle with the keyboard only: new program, people, a cycle, pairs, a session,
attendance, a feedback form and an export, every step a key press (QTest key clicks).

The system's file pickers are answered by the ``answers`` fixture (they are the platform's
own dialogs); PeerDesk's own dialogs are typed into like any other window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

pytestmark = pytest.mark.gui
Ctrl, Shift, Alt = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)
PEOPLE = [("Ana Lima", "ana@acme.example"), ("Ben Ode", "ben@acme.example"),
          ("Chloé Roux", "chloe@acme.example"), ("Đặng Văn Minh", "minh@acme.example")]


def _focus():
    return QApplication.focusWidget()


def _keys(qtbot, *keys) -> None:
    """Keys to whatever has the focus: text, a Qt.Key, or (key, modifiers)."""
    for key in keys:
        if _focus() is None:  # the offscreen platform does not hand the focus back to the
            # window when a dialog closes, as a desktop does
            window = next(w for w in QApplication.topLevelWidgets()  # this test's: shown
                          if w.isVisible() and (w.objectName() == "main_window"
                                                or w.inherits("QMainWindow")))
            window.activateWindow()
            qtbot.waitUntil(lambda: _focus() is not None)
        if isinstance(key, str):
            for ch in key:
                if ch.isascii():
                    qtbot.keyClick(_focus(), ch)
                else:  # what a keyboard layout or input method sends for "é", "Đ", "ặ"
                    QTest.sendKeyEvent(QTest.KeyAction.Click, _focus(), Qt.Key.Key_unknown, ch,
                                       Qt.KeyboardModifier.NoModifier)
        elif isinstance(key, tuple):
            qtbot.keyClick(_focus(), key[0], key[1])
        else:
            qtbot.keyClick(_focus(), key)


def _type_into_dialog(qtbot, dialog, *keys) -> bool:
    """Our own dialog, shown and typed into; True when the typing accepted it."""
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: _focus() is not None and dialog.isAncestorOf(_focus()))
    _keys(qtbot, *keys)
    return dialog.result() == QDialog.DialogCode.Accepted


def _when_modal(qtbot, *keys) -> None:
    """Type into the next modal dialog (one opened with exec()) once it is up."""
    def drive():
        dialog = QApplication.activeModalWidget()
        if dialog is None or _focus() is None or not dialog.isAncestorOf(_focus()):
            QTimer.singleShot(20, drive)
            return
        _keys(qtbot, *keys)
    QTimer.singleShot(0, drive)


def _tab_to(qtbot, widget, limit: int = 60) -> None:
    """Press Tab until ``widget`` has the focus (as a keyboard user would)."""
    for _ in range(limit):
        if widget.hasFocus():
            return
        _keys(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName() or widget}")


def test_a_whole_cycle_with_the_keyboard_only(qtbot, answers, tmp_path):
    from peerdesk.store import feedback as fb_store
    from peerdesk.store.attendance import attendance
    from peerdesk.store.cycles import list_cycles
    from peerdesk.store.pairings import list_pairings
    from peerdesk.store.participants import list_participants
    from peerdesk.store.sessions import list_sessions
    from peerdesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.finish_building()
    window.activateWindow()
    qtbot.waitUntil(lambda: _focus() is not None)

    # 1. File > New Program (Ctrl+N): the file name, then the program's name
    answers.save_path = str(tmp_path / "spring.peerdesk")
    answers.dialog = lambda d: _type_into_dialog(qtbot, d, (Qt.Key.Key_A, Ctrl), "Spring 2027",
                                                 Qt.Key.Key_Return)
    _keys(qtbot, (Qt.Key.Key_N, Ctrl))
    program = window.ctx.program
    assert program is not None and program.path.name == "spring.peerdesk"

    # 2. four people, each typed into the editor (Ctrl+Shift+N), Enter to add
    form = window.tab_pages["participants"].form
    for name, email in PEOPLE:
        _keys(qtbot, (Qt.Key.Key_N, Ctrl | Shift))
        qtbot.waitUntil(lambda: _focus() is form.name)  # the cursor in Name, ready to type
        _keys(qtbot, name, Qt.Key.Key_Tab, email, Qt.Key.Key_Return)
    assert sorted(p.name for p in list_participants(program)) == sorted(n for n, _ in PEOPLE)

    # 3. a cycle (Ctrl+Shift+C)
    _when_modal(qtbot, "Spring 2027", Qt.Key.Key_Return)
    _keys(qtbot, (Qt.Key.Key_C, Ctrl | Shift))
    qtbot.waitUntil(lambda: len(list_cycles(program)) == 1)
    cycle = list_cycles(program)[0]
    qtbot.waitUntil(lambda: window.ctx.cycle_id == cycle.id)

    # 4. pairs (Alt+2, Ctrl+Shift+G), published (Ctrl+Shift+P)
    _keys(qtbot, (Qt.Key.Key_2, Alt), (Qt.Key.Key_G, Ctrl | Shift))
    qtbot.waitUntil(lambda: len(list_pairings(program, cycle.id)) == 2, timeout=20_000)
    _keys(qtbot, (Qt.Key.Key_P, Ctrl | Shift))
    qtbot.waitUntil(lambda: all(p.published for p in list_pairings(program, cycle.id)))

    # 5. a session (Ctrl+Shift+M), its defaults taken with Enter
    answers.dialog = lambda d: _type_into_dialog(qtbot, d, Qt.Key.Key_Return)
    _keys(qtbot, (Qt.Key.Key_M, Ctrl | Shift))
    qtbot.waitUntil(lambda: len(list_sessions(program, cycle.id, with_agenda=False)) == 1)
    session = list_sessions(program, cycle.id, with_agenda=False)[0]

    # 6. attendance: Alt+3, Tab to the page tabs and Right to Attendance, Tab to the names,
    #    P (or A, E) for each
    sessions_tab = window.tab_pages["sessions"]
    _keys(qtbot, (Qt.Key.Key_3, Alt))
    qtbot.waitUntil(lambda: sessions_tab.selected_session_id() == session.id)
    pane = sessions_tab.session_pane
    _tab_to(qtbot, pane.pages.tabBar())
    _keys(qtbot, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: pane.pages.currentIndex() == 1)
    _tab_to(qtbot, pane.attendance_view)
    _keys(qtbot, "PPPA")
    qtbot.waitUntil(lambda: len(attendance(program, session.id)) == 4)
    _keys(qtbot, Qt.Key.Key_Tab)
    assert not pane.attendance_view.hasFocus()  # Tab leaves the list of names

    # 7. one feedback form: Alt+4, Tab to the grid, each answer typed (F2 opens a blank
    #    one) and Tab to the next; the form is saved at the end of its row
    feedback_tab = window.tab_pages["feedback"]
    _keys(qtbot, (Qt.Key.Key_4, Alt))
    _tab_to(qtbot, feedback_tab.grid)
    before = fb_store.typing_open(program, cycle.id, session.id, "session")
    assert feedback_tab.grid.currentIndex().column() == 0
    for key in feedback_tab.model.columns:
        _keys(qtbot, "5" if key == "usefulness" else Qt.Key.Key_F2, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: fb_store.typing_open(program, cycle.id, session.id, "session")
                    == before + 1)

    # 8. export the participants (Ctrl+E)
    answers.save_path = str(tmp_path / "people.csv")
    _keys(qtbot, (Qt.Key.Key_E, Ctrl))
    qtbot.waitUntil(lambda: (tmp_path / "people.csv").exists())
    assert "Đặng Văn Minh" in (tmp_path / "people.csv").read_text(encoding="utf-8-sig")
