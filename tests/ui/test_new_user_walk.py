"""What a new user tripped over on a walk through a whole cycle (issue #18's "done when"): the
window under a window manager at 1280 × 800, words the catalogues never saw, a message cut off
in a small dialog, Alt+letter keys that did two things, and the like. Each test reproduces one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

pytestmark = pytest.mark.gui

UI = Path(__file__).resolve().parents[2] / "peerdesk" / "ui"
TRANSLATING = {"tr", "translate"}


def _tr_inside_fstrings(source: str) -> list[int]:
    """Lines where ``self.tr(...)`` or ``translate(...)`` sits inside an f-string's braces:
    pyside6-lupdate does not read f-string expressions, so those words never reach the
    catalogues and stay English in every language."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            for part in ast.walk(node):
                if isinstance(part, ast.Call) and isinstance(part.func, (ast.Attribute, ast.Name)):
                    name = part.func.attr if isinstance(part.func, ast.Attribute) else part.func.id
                    if name in TRANSLATING:
                        lines.append(part.lineno)
    return lines


def test_no_words_to_translate_hide_inside_an_fstring():
    found = {str(path.relative_to(UI)): lines for path in sorted(UI.rglob("*.py"))
             if (lines := _tr_inside_fstrings(path.read_text(encoding="utf-8")))}
    assert not found, f"tr() inside an f-string (lupdate cannot see it): {found}"


def test_the_fstring_scan_can_fail():
    assert _tr_inside_fstrings('x = f"{a or self.tr(\'No cycle yet\')} · {b}"\n') == [1]
    assert _tr_inside_fstrings('x = f"{QCoreApplication.translate(\'C\', \'Hi\')}"\n') == [1]
    assert _tr_inside_fstrings('c = a or self.tr("No cycle yet")\nx = f"{c} · {b}"\n') == []


# -- the first start on a small screen -----------------------------------------------------------
def test_first_start_on_a_screen_without_room_for_the_frame_is_maximised(qtbot):
    from peerdesk.ui.main_window import FRAME_ROOM, MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.height() - FRAME_ROOM < 840  # the test screen is a small one
    window.show_fitted()
    qtbot.waitUntil(window.isVisible)
    assert window.isMaximized()


def test_a_later_start_shows_the_window_as_it_was_left(qtbot):
    from peerdesk.ui import settings
    from peerdesk.ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(760, 520)
    settings.put("window/geometry", first.saveGeometry())
    again = MainWindow()
    qtbot.addWidget(again)
    again.show_fitted()
    qtbot.waitUntil(again.isVisible)
    assert not again.isMaximized()
    assert again.size().toTuple() == (760, 520)


# -- a message in a small dialog is shown whole --------------------------------------------------
def _shown_whole(label) -> bool:
    return label.height() >= label.heightForWidth(label.width())


def test_the_new_cycle_dialog_makes_room_for_what_is_wrong(window, qtbot):
    from peerdesk.ui.program_dialogs import CycleDialog

    dialog = CycleDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.minimumSizeHint().width(), dialog.minimumSizeHint().height())
    dialog.name.setText("")  # no name: a message of two lines at this width
    dialog.accept()
    assert dialog.isVisible() and dialog.problems.text()
    dialog.layout().activate()
    assert dialog.problems.heightForWidth(dialog.problems.width()) > dialog.fontMetrics().height()
    assert _shown_whole(dialog.problems), (dialog.problems.height(), dialog.problems.text())


def test_the_new_cycle_dialog_has_room_for_a_name(window, qtbot):
    from peerdesk.ui.program_dialogs import CycleDialog

    dialog = CycleDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = dialog.fontMetrics().horizontalAdvance("Frühjahr 2027 · Lisboa e Berlim")
    assert dialog.name.width() >= room


# -- in French -------------------------------------------------------------------------------
@pytest.fixture
def french_window(qtbot, answers, tmp_path, qapp):
    from peerdesk.ui import language
    from tests.ui.test_pseudo_localisation import demo_window

    language.install("fr", qapp, core=False)
    yield demo_window(qtbot, tmp_path)
    language.install("en", qapp, core=False)


def test_the_participant_form_needs_no_sideways_scrolling_in_french(french_window, qtbot):
    form = french_window.tab_pages["participants"].form
    scroll = form.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.viewport().width() > 0)
    assert form.capacity.specialValueText().startswith("Valeur")  # the French words are in
    inner = scroll.widget()
    assert inner.minimumSizeHint().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()


# -- one Alt+letter, one thing ---------------------------------------------------------------------
def test_a_clashing_access_key_moves_to_a_free_letter_buttons_first():
    from peerdesk.ui.mnemonics import letter, moved

    assert letter("Date d’em&bauche") == "b" and letter("R&&D") is None and letter("Save") is None
    assert moved("&Service", {"s"}) == "S&ervice"
    assert moved("Veut &apprendre", {"a", "v"}) == "V&eut apprendre"
    assert moved("Date d’em&bauche", {"b", "d"}) == "Date d’&embauche"  # a word's start first
    assert moved("&Save", {"s", "a", "v", "e"}) is None


def test_settle_keeps_the_menu_bars_letters_and_presses_buttons_before_labels(qtbot):
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMainWindow, QPushButton, QWidget

    from peerdesk.ui.mnemonics import settle

    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&Sessions")
    window.menuBar().addMenu("&Edit")
    page = QWidget()
    label = QLabel("&Service", page)
    label.setBuddy(QLineEdit(page))
    button = QPushButton("&Save", page)
    lone = QPushButton("&Sa", page)
    layout = QHBoxLayout(page)
    for w in (label, button, lone):
        layout.addWidget(w)
    window.setCentralWidget(page)
    settle(window, [page], [])
    assert button.text() == "S&ave"  # a button keeps a key that presses it
    assert lone.text() == "Sa"  # no letter left: no key rather than one shared with the menu
    assert label.text() == "Se&rvice"  # s (menu), a (button), e (menu) are taken


def _clashes(window) -> dict[str, list[str]]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget

    from peerdesk.ui.mnemonics import letter

    seen: dict[str, list[str]] = {}
    for action in window.menuBar().actions():
        if key := letter(action.text()):
            seen.setdefault(key, []).append(f"menu {action.text()}")
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if not widget.isVisibleTo(window) or (isinstance(widget, QLabel) and widget.buddy() is None):
            continue
        if key := letter(widget.text()):
            seen.setdefault(key, []).append(widget.text())
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            for i in range(tabs.count()):
                if key := letter(tabs.tabText(i)):
                    seen.setdefault(key, []).append(f"tab {tabs.tabText(i)}")
    return {k: v for k, v in seen.items() if len(v) > 1}


@pytest.mark.parametrize("lang", ["en", "de", "fr", "pt_PT", "es"])
def test_no_access_key_does_two_things_on_any_tab(lang, qtbot, answers, tmp_path, qapp):
    from peerdesk.store.sessions import list_sessions
    from peerdesk.ui import language
    from tests.ui.test_pseudo_localisation import demo_window

    language.install(lang, qapp, core=False)
    try:
        window = demo_window(qtbot, tmp_path)
        found = {}
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            if clashes := _clashes(window):
                found[window.tabs.tabText(index)] = clashes
        window.tabs.setCurrentIndex(2)  # a session, with its agenda and attendance sub-tabs
        first = list_sessions(window.ctx.program, with_agenda=False)[0]
        assert window.tab_pages["sessions"].select_session(first.id)
        if clashes := _clashes(window):
            found["a session"] = clashes
        assert not found, found
    finally:
        language.install("en", qapp, core=False)


def test_a_date_typed_with_its_year_swapped_is_refused(window, qtbot):
    from PySide6.QtCore import QDate

    from peerdesk.ui.program_dialogs import CycleDialog

    dialog = CycleDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.end.setDate(QDate(5202, 10, 3))  # 2025 typed as 5202
    assert dialog.end.date().year() <= 2099
    assert dialog.start.maximumDate() == QDate(2099, 12, 31)


CHECKLIST_ROOM = 300  # the checklist dock at its narrowest in German under X11 (288 px), and a splitter


@pytest.mark.parametrize("lang", ["de", "fr", "pt_PT", "es"])
def test_no_tab_makes_the_window_wider_than_a_1280_screen(lang, qtbot, answers, tmp_path, qapp):
    """Under X11 the German Pairings tab needed 989 px beside the 288 px checklist: the window
    grew to 1287 px and its right edge (the status bar's "gespeichert") went off the screen."""
    from peerdesk.ui import language
    from tests.ui.test_pseudo_localisation import demo_window

    language.install(lang, qapp, core=False)
    try:
        window = demo_window(qtbot, tmp_path)
        wide = {}
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()  # the tab fills itself in once shown
            need = window.tabs.currentWidget().minimumSizeHint().width()
            if need > 1280 - CHECKLIST_ROOM:
                wide[window.tabs.tabText(index)] = need
        assert not wide, wide
    finally:
        language.install("en", qapp, core=False)


def test_a_long_value_in_the_participant_form_shows_its_start(window, qtbot):
    from peerdesk.core.models import Participant

    form = window.tab_pages["participants"].form
    person = Participant(name="Ana Ribeiro", availability="Mornings, not Fridays, " * 6)
    form.edit(person)
    assert form.availability.text().startswith("Mornings")
    assert form.availability.cursorPosition() == 0  # the start in view, not the end


def _menu_clashes(window) -> list[str]:
    from PySide6.QtWidgets import QMenu

    from peerdesk.ui.mnemonics import letter

    found = []

    def walk(menu):
        seen: dict[str, str] = {}
        for action in menu.actions():
            if isinstance(sub := action.menu(), QMenu):
                walk(sub)
            if (key := letter(action.text())) and action.isVisible():
                if key in seen:
                    found.append(f"{menu.title()}: {seen[key]} / {action.text()}")
                seen[key] = action.text()

    for action in window.menuBar().actions():
        walk(action.menu())
    return found


@pytest.mark.parametrize("lang", ["en", "de", "fr", "pt_PT", "es"])
def test_no_menu_has_two_entries_on_one_access_key(lang, qtbot, answers, tmp_path, qapp):
    from peerdesk.ui import language
    from tests.ui.test_pseudo_localisation import demo_window

    language.install(lang, qapp, core=False)
    try:
        assert not _menu_clashes(demo_window(qtbot, tmp_path))
    finally:
        language.install("en", qapp, core=False)


def test_changes_by_hand_are_in_the_pairings_menu_and_on_a_pairs_context_menu(window):
    from PySide6.QtCore import Qt

    tab = window.tab_pages["pairings"]
    menu = [a.text().replace("&", "") for a in window.menus["Pairings"].actions()]
    for words in ("Swap…", "Move…", "Never Pair With…"):
        assert words in menu, menu
    assert any(text in menu for text in ("Pin", "Unpin"))
    assert tab.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert {a.text().replace("&", "") for a in tab.table.actions()} >= {"Swap…", "Move…"}


# -- the keyboard goes where a button says ------------------------------------------------------
def test_the_checklists_attendance_button_takes_the_keyboard_to_the_names(window, qtbot):
    from datetime import date

    from peerdesk.store.sessions import list_sessions

    held = [s for s in list_sessions(window.ctx.program, window.ctx.cycle_id, with_agenda=False)
            if s.date and s.date <= date.today()]
    assert held  # the demo's cycle is under way
    qtbot.waitUntil(window.overview.isVisible)
    window.overview.go("sessions", "hold")
    tab = window.tab_pages["sessions"]
    assert window.tabs.currentWidget().isAncestorOf(tab)
    assert tab.selected_session_id() == held[-1].id
    qtbot.waitUntil(lambda: tab.session_pane.attendance_view.hasFocus())


def test_the_attendance_page_chosen_by_its_key_focuses_the_names(window, qtbot):
    from peerdesk.store.sessions import list_sessions

    window.tabs.setCurrentIndex(2)
    tab = window.tab_pages["sessions"]
    assert tab.select_session(list_sessions(window.ctx.program, window.ctx.cycle_id)[0].id)
    tab.session_pane.pages.setCurrentIndex(0)
    tab.tree.setFocus() if hasattr(tab, "tree") else None
    tab.session_pane.pages.setCurrentIndex(1)
    qtbot.waitUntil(lambda: tab.session_pane.attendance_view.hasFocus())


def test_a_checklist_button_that_shows_a_tab_puts_the_keyboard_in_it(window, qtbot):
    qtbot.waitUntil(window.overview.isVisible)
    window.overview.go("participants", "participants")
    page = window.tab_pages["participants"]
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()))


# -- dates read one way -------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "expected"), [("de_DE", "01.12.2026 20:11:32"),
                                                ("fr_FR", "01/12/2026 20:11:32"),
                                                ("en_US", "12/1/2026 8:11:32\u202fPM")])
def test_a_backups_moment_is_written_as_the_locale_writes_dates_and_times(name, expected):
    from datetime import datetime

    from PySide6.QtCore import QLocale

    from peerdesk.ui.locale import date_and_time

    before = QLocale()
    QLocale.setDefault(QLocale(name))
    try:
        assert date_and_time(datetime(2026, 12, 1, 20, 11, 32)).replace(" PM", "\u202fPM") == expected
    finally:
        QLocale.setDefault(before)


def test_the_restore_list_shows_backups_in_the_locales_format(window, monkeypatch):
    from datetime import datetime

    from PySide6.QtCore import QLocale

    from peerdesk.store import backup
    from peerdesk.ui import dialogs, program_files

    made = [backup.Backup(window.ctx.program.path, datetime(2026, 12, 1, 20, 11, 32))]
    monkeypatch.setattr(backup, "list_backups", lambda program, folder: made)
    shown: list[list[str]] = []
    monkeypatch.setattr(dialogs, "pick", lambda parent, title, text, items: shown.append(items))
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        program_files.restore_backup(window)
    finally:
        QLocale.setDefault(before)
    assert shown == [["01.12.2026 20:11:32"]]  # not 2026-12-01 20:11:32


# -- one order for names, on screen and on paper ---------------------------------------------------
def test_the_participants_and_pairs_lists_sort_names_as_the_sign_in_sheet_does(window):
    from PySide6.QtCore import Qt

    tab = window.tab_pages["participants"]
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    shown = [tab.table.model().index(r, 0).data() for r in range(tab.table.model().rowCount())]
    # João before Jonas (ã files as a), Łukasz with the L's (not after Zhāng), as on paper
    assert shown.index("João Ferreira") < shown.index("Jonas Becker")
    assert shown.index("Leonor Teixeira") < shown.index("Łukasz Nowak") < shown.index("Maria Costa")
    assert shown.index("Łukasz Nowak") < shown.index("Zhāng Wěi (张伟)")
    pairs = window.tab_pages["pairings"]
    pairs.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    people = [pairs.table.model().index(r, 1).data() for r in range(pairs.table.model().rowCount())]
    firsts = [text.split(" + ")[0] for text in people]
    # the rows in the order of their first names as the printed pairing list files them
    expected = sorted(firsts, key=lambda n: n.replace("Ł", "L").replace("Ø", "O").casefold()
                      .translate(str.maketrans("áàâãäçéèêëíìîïñóòôõöúùûüýÿ", "aaaaaceeeeiiiinooooouuuuyy")))
    assert [n.split()[0] for n in firsts] == [n.split()[0] for n in expected], firsts


def test_shift_f10_opens_the_pairs_context_menu_as_the_menu_key_does(window, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QShortcut
    from PySide6.QtWidgets import QMenu

    tab = window.tab_pages["pairings"]
    tab.table.selectRow(0)
    offered: list[list[str]] = []
    monkeypatch.setattr(QMenu, "exec", lambda actions, *rest: offered.append(
        [a.text().replace("&", "") for a in actions]))
    keys = [s for s in tab.table.findChildren(QShortcut) if s.key().toString() == "Shift+F10"]
    assert len(keys) == 1
    assert keys[0].context() == Qt.ShortcutContext.WidgetShortcut  # the two tables' never clash
    keys[0].activated.emit()
    assert offered and "Swap…" in offered[0]


def test_the_new_program_dialog_names_the_computers_zone_as_the_picker_does(qtbot, monkeypatch):
    from peerdesk.core import zones
    from peerdesk.ui.program_dialogs import NewProgramDialog

    monkeypatch.setattr(zones, "system_zone", lambda: "America/New_York")
    dialog = NewProgramDialog("Spring 2027")
    qtbot.addWidget(dialog)
    notes = [label.text() for label in dialog.findChildren(QLabel) if "New" in label.text()]
    assert notes and all("America/New York" in n and "New_York" not in n for n in notes), notes
    assert dialog.timezone.currentText() == "America/New York"
