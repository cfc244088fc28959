"""Within one dialog or tab, no two controls claim the same Alt+letter, in any language (#18, #19).

A label with a buddy, a button, a check box or a group box whose '&' falls on a letter another
visible control of the same window already has makes Alt+letter only cycle between them. The
walk builds the main window on the demo program in each language, checks its whole menu bar
(after finish_building(), so with the entries the feature packages add), shows each tab (and a
session's own form), builds the dialogs, and lists every letter two controls share."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

pytestmark = pytest.mark.gui

LANGUAGES = ("en", "de", "pt_PT", "es", "fr")


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a text as Qt reads it: the first '&' not doubled ('&&' is an '&')."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _claims(top: QWidget) -> list[tuple[str, str, str]]:
    """(letter, control, text) of every visible control of `top` that takes an Alt+letter."""
    out = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
                widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letter = mnemonic(text)
        if letter:
            out.append((letter, type(widget).__name__, text))
    return out


def shared_accelerators(top: QWidget, where: str) -> list[str]:
    """Every pair of visible controls of one window that claim the same Alt+letter."""
    seen: dict[str, str] = {}
    shared = []
    for letter, kind, text in _claims(top):
        if letter in seen:
            shared.append(f"{where}: {seen[letter]} and {kind} {text!r} both take Alt+{letter}")
        else:
            seen[letter] = f"{kind} {text!r}"
    return shared


def language_tr(source: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("PairingsTab", source)


def _walk(window, every_dialog: bool = True) -> list[str]:
    """The main window with each tab in front, a session's form, then each dialog (with
    `every_dialog`, also every dialog the accessibility walk builds, as its menus build it)."""
    from peerdesk.store.cycles import list_cycles
    from peerdesk.store.pairings import pairing_settings
    from peerdesk.store.sessions import list_sessions
    from peerdesk.ui.messages.announce import AnnounceDialog
    from peerdesk.ui.pairings.settings import PairingSettingsDialog
    from peerdesk.ui.sessions.new_session import NewSessionDialog

    found = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found += shared_accelerators(window, f"tab {window.tabs.tabText(index)!r}")
    ctx, program = window.ctx, window.ctx.program
    window.show_tab("pairings")
    pairings = window.tab_pages["pairings"]
    for table in (pairings.table, pairings.unpaired_table):  # a pair's buttons, a loner's
        assert table.model().rowCount() > 0
        table.setCurrentIndex(table.model().index(0, 0))
        QApplication.processEvents()
        found += shared_accelerators(window, f"tab pairings, a row of {table.objectName()}")
    window.show_tab("sessions")
    session = list_sessions(program, ctx.cycle_id)[0]
    assert window.tab_pages["sessions"].select_session(session.id)
    QApplication.processEvents()
    assert window.tab_pages["sessions"].session_pane.form.isVisibleTo(window)
    found += shared_accelerators(window, "tab sessions, a session")
    cycle = list_cycles(program)[-1]
    weights, no_repeat = pairing_settings(program)
    dialogs = [AnnounceDialog(ctx, "pairs", parent=window), AnnounceDialog(ctx, "session", parent=window),
               PairingSettingsDialog(weights, no_repeat, window),
               NewSessionDialog(ctx, cycle.id, window)]
    if every_dialog:
        from tests.ui.test_accessibility import _dialogs

        dialogs += list(_dialogs(window))
    for dialog in dialogs:
        found += shared_accelerators(dialog, f"{type(dialog).__name__} {dialog.windowTitle()!r}")
        dialog.deleteLater()
    return found


@pytest.fixture
def demo_path(tmp_path):
    from peerdesk.store import demo
    from peerdesk.store.program import Program

    path = tmp_path / "demo.peerdesk"
    with Program.create(path) as program:
        demo.populate(program)
    return path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_two_controls_of_a_dialog_or_tab_share_an_accelerator(qapp, qtbot, demo_path, lang):
    from peerdesk.ui import language
    from peerdesk.ui.main_window import MainWindow

    language.install(lang, qapp, core=False)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.open_path(str(demo_path))
        window.resize(1280, 800)
        window.show()
        window.finish_building()
        from tests.i18n.test_glossary import _shared_accelerators

        shared = _shared_accelerators(window.menuBar(), "menu bar") + _walk(window)
        # The Program menu says "Un&publish Pairs" while the pairs are out, "&Publish Pairs" before.
        from peerdesk.store.pairings import unpublish

        assert window.tab_pages["pairings"].act_publish.text() == language_tr("Un&publish Pairs")
        unpublish(window.ctx.program, window.ctx.cycle_id)
        window.tab_pages["pairings"].reload()
        assert window.tab_pages["pairings"].act_publish.text() == language_tr("&Publish Pairs")
        shared += _shared_accelerators(window.menuBar(), "menu bar, pairs not published")
        assert shared == [], f"{len(shared)} shared accelerators in {lang}:\n" + "\n".join(shared)
    finally:
        language.install("en", qapp, core=False)


def test_the_walk_sees_a_shared_letter_and_its_fix(qapp, qtbot):
    from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPushButton

    dialog = QWidget()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    form.addRow("&Sesión:", QLineEdit())
    save = QPushButton("&Guardar")
    form.addRow(save)
    box = QCheckBox("&Solo hoy")
    form.addRow(box)
    hidden = QPushButton("&Gris")
    form.addRow(hidden)
    hidden.hide()
    form.addRow(QLabel("&Sin compañero"))  # no buddy: no accelerator
    form.addRow(QPushButton("Copiar && &pegar"))
    assert len(shared_accelerators(dialog, "d")) == 1
    box.setText("Solo &hoy")
    assert shared_accelerators(dialog, "d") == []
    hidden.show()
    assert len(shared_accelerators(dialog, "d")) == 1
    group = QGroupBox("&Pegar")
    form.addRow(group)
    hidden.setText("G&ris")
    assert len(shared_accelerators(dialog, "d")) == 1
    assert mnemonic("Copiar && &pegar") == "p" and mnemonic("A && B") is None
