"""Pseudo-localisation: every string of the window ~40 % longer and accented (as German or
French often are), the main window at 1280×800 on the demo program, and nothing cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QToolBar,
    QWidget,
)

pytestmark = pytest.mark.gui

SIZE = (1280, 800)


def test_pseudo_text_is_longer_accented_and_keeps_what_code_needs():
    from peerdesk.ui.language import pseudo

    text = pseudo("&Save {name} (%n)")
    assert text.startswith("[") and text.endswith("]") and len(text) >= 1.4 * len("&Save {name} (%n)")
    assert "&S" in text and "{name}" in text and "%n" in text and "á" in text
    assert pseudo("<h3>No cycles</h3>").startswith("<h3>[")  # still rich text
    assert "(*.pdf)" in pseudo("PDF documents (*.pdf)")
    assert pseudo("–") == "–"


def demo_window(qtbot, tmp_path):
    """The main window at 1280×800 on a new demo program, built and shown."""
    from peerdesk.store import demo
    from peerdesk.store.program import Program
    from peerdesk.ui.main_window import MainWindow

    path = tmp_path / "demo.peerdesk"
    p = Program.create(path)
    demo.populate(p)
    p.close()
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_path(str(path))
    w.resize(*SIZE)
    w.show()
    w.finish_building()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def pseudo_window(qtbot, answers, tmp_path, qapp):
    from peerdesk.ui import language

    language.install(language.PSEUDO, qapp, core=False)
    yield demo_window(qtbot, tmp_path)
    language.install("en", qapp, core=False)


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    """Inside a scrolled view the text can be scrolled to, so it is not cut off."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def clipped(window: QMainWindow) -> list[str]:
    """Every visible piece of text in the window that does not fit its widget."""
    found: list[str] = []
    if window.width() > SIZE[0] or window.height() > SIZE[1]:
        found.append(f"the window grew to {window.width()}×{window.height()}")
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.width() == 0 or _in_scroll_area(w, window):
            continue
        name = f"{type(w).__name__} {w.objectName() or ''}".strip()
        if isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.pixmap().isNull():
            if w.sizeHint().width() > w.width() + 1:
                found.append(f"{name} “{w.text()[:50]}”: needs {w.sizeHint().width()}, has {w.width()}")
        elif isinstance(w, QLabel) and w.wordWrap() and w.text():
            if w.heightForWidth(w.width()) > w.height() + 1:
                found.append(f"{name} “{w.text()[:50]}”: wrapped text needs {w.heightForWidth(w.width())} px high, has {w.height()}")
        elif isinstance(w, QAbstractButton) and w.text():
            if w.sizeHint().width() > w.width() + 1:
                found.append(f"{name} “{w.text()[:50]}”: needs {w.sizeHint().width()}, has {w.width()}")
        elif isinstance(w, QComboBox) and w.currentText():
            text = w.fontMetrics().horizontalAdvance(w.currentText())
            if text > w.width() - 24:
                found.append(f"{name} “{w.currentText()[:50]}”: {text} px of text in {w.width()}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.tabSizeHint(i).width() > w.tabRect(i).width() + 1:
                    found.append(f"tab “{w.tabText(i)}” is cut to {w.tabRect(i).width()} px")
            if w.count() and w.tabRect(w.count() - 1).right() > w.width():
                found.append("the tab bar scrolls: a tab is out of sight")
        elif isinstance(w, QToolBar):
            extension = w.findChild(QAbstractButton, "qt_toolbar_ext_button")
            if extension is not None and extension.isVisible():
                hidden = [a.text() for a in w.actions() if not w.widgetForAction(a) or
                          not w.widgetForAction(a).isVisible()]
                found.append(f"toolbar {w.objectName()} hides {hidden} behind »")
    bar = window.menuBar()
    for action in bar.actions():
        rect: QRect = bar.actionGeometry(action)
        if rect.isEmpty() or rect.right() > bar.width():
            found.append(f"menu “{action.text()}” does not fit the menu bar")
    return found


def test_nothing_is_cut_off_in_the_main_window_at_1280x800(pseudo_window, qtbot):
    window = pseudo_window
    assert QCoreApplication.translate("MainWindow", "&File").startswith("[")  # pseudo is on
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
        problems += [f"tab {index}: {p}" for p in clipped(window)]
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_the_check_sees_a_cut_off_label(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    holder = QWidget()
    label = QLabel("A label much longer than its box", holder)
    label.setGeometry(0, 0, 40, 20)
    window.setCentralWidget(holder)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    assert any("A label much longer" in p for p in clipped(window))


@pytest.mark.parametrize("lang", ["de", "fr", "es", "pt_PT"])
def test_the_checklist_never_scrolls_sideways(lang, qtbot, answers, tmp_path, qapp):
    """German's "Verhaltenskodex" beside its button once gave the checklist a sideways scroll
    bar at 1280×800: the dock is never narrower than its widest step, in any language."""
    from PySide6.QtCore import Qt

    from peerdesk.ui import language

    language.install(lang, qapp)
    try:
        window = demo_window(qtbot, tmp_path)
        dock = window.overview
        qtbot.waitUntil(lambda: not dock.stale and len(dock.steps) == 8)

        scroll = dock.scroll_area
        widest = scroll.widget().minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        # however narrow it is dragged (or restored from an earlier session), the widest step fits
        assert scroll.minimumWidth() >= widest
        window.resizeDocks([dock], [200], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda: scroll.viewport().width() >= scroll.widget().minimumSizeHint().width())
        assert not scroll.horizontalScrollBar().isVisible()
    finally:
        language.install("en", qapp)
