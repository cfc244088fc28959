"""The checklist dock: its rows, its buttons, its empty states, and keeping up with edits."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QToolButton

from peerdesk.core.models import Cycle
from peerdesk.store import conduct
from peerdesk.store.cycles import add_cycle
from peerdesk.store.program import Program
from peerdesk.ui.main_window import TABS
from peerdesk.ui.overview import OverviewDock
from peerdesk.ui.overview.dock import conduct_action

pytestmark = pytest.mark.gui


def unsign_two(window) -> list[int]:
    """Everyone in the demo has signed the code: two newcomers have not, for these tests."""
    program = window.ctx.program
    people = [p.id for p in conduct.expected_signers(program)][:2]
    conduct.set_acknowledged(program, people, False)
    window.ctx.dataChanged.emit("conduct")
    return people


def ready(window, qtbot) -> OverviewDock:
    dock = window.overview
    qtbot.waitUntil(lambda: not dock.stale and len(dock.steps) == 8)
    return dock


def row(dock, key):
    return dock.findChild(type(dock.rows[0]), f"step_{key}")


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def spy_on(action: QAction) -> list:
    """Replace what an action does by a record of it (its real slot opens a modal dialog)."""
    seen: list = []
    if action.receivers("2triggered(bool)") > 0:
        action.triggered.disconnect()
    action.triggered.connect(lambda *_: seen.append(action))
    return seen


def test_the_dock_shows_eight_steps_with_status(window, qtbot):
    unsign_two(window)
    dock = ready(window, qtbot)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert [r.title.text() for r in dock.rows][:2] == ["1. Appoint a facilitator",
                                                       "2. Agree the code of conduct"]
    assert all(r.isVisible() for r in dock.rows) and not dock.no_cycle.isVisible()
    step = row(dock, "conduct")
    assert step.status.toolTip() == "needs a look" and "signed;" in step.summary.text()
    assert row(dock, "facilitator").status.toolTip() == "done"


@pytest.mark.parametrize("key, tab", [("participants", "participants"), ("pairs", "pairings"),
                                      ("plan", "sessions"), ("hold", "sessions"),
                                      ("feedback", "feedback"), ("review", "feedback")])
def test_each_button_switches_to_its_tab(window, qtbot, key, tab):
    dock = ready(window, qtbot)
    names = [t[0] for t in TABS]
    window.tabs.setCurrentIndex((names.index(tab) + 1) % len(names))
    click(qtbot, dock.findChild(QToolButton, f"go_{key}"))
    assert window.tabs.currentIndex() == names.index(tab)


def test_the_facilitator_button_opens_the_facilitators_dialog(window, qtbot):
    dock = ready(window, qtbot)
    seen = spy_on(window.act_facilitators)
    click(qtbot, dock.findChild(QToolButton, "go_facilitator"))
    assert seen == [window.act_facilitators]


def test_the_conduct_button_finds_the_code_of_conduct_action(window, qtbot):
    dock = ready(window, qtbot)
    button = dock.findChild(QToolButton, "go_conduct")
    action = conduct_action(window)
    if action is None:  # a build without the code-of-conduct editor: say so, then plug one in
        assert not button.isEnabled() and "not part of this build" in button.toolTip()
        action = QAction("Code of &Conduct…", window)
        window.menus["Program"].addAction(action)
        window.ctx.dataChanged.emit("conduct")
        qtbot.waitUntil(button.isEnabled)
    seen = spy_on(action)
    click(qtbot, button)
    assert seen == [action]


def test_the_conduct_sheet_export_is_not_taken_for_the_editor(qtbot):
    from PySide6.QtWidgets import QMainWindow

    host = QMainWindow()
    qtbot.addWidget(host)
    QAction("&Code of Conduct Sheet (PDF)…", host)
    assert conduct_action(host) is None
    editor = QAction("Code of &Conduct…", host)
    assert conduct_action(host) is editor


def test_the_dock_follows_an_edit_and_its_undo(window, qtbot):
    unsign_two(window)
    dock = ready(window, qtbot)
    ctx, program = window.ctx, window.ctx.program
    summary = row(dock, "conduct").summary
    missing = [p.id for p in conduct.not_signed(program)]
    assert missing and "missing" in summary.text()
    state = {}
    ctx.perform("Mark signed", lambda: state.update(before=conduct.set_acknowledged(
        program, missing, True)), lambda: conduct.set_acknowledged(program, missing, False),
        "conduct")
    qtbot.waitUntil(lambda: summary.text().startswith("All "))
    assert row(dock, "conduct").status.toolTip() == "done"
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: "missing" in summary.text())


def test_a_hidden_dock_waits_until_it_is_shown(window, qtbot):
    from PySide6.QtWidgets import QApplication

    unsign_two(window)
    dock = ready(window, qtbot)
    program, summary = window.ctx.program, row(dock, "conduct").summary
    missing = [p.id for p in conduct.not_signed(program)]
    dock.hide()
    window.ctx.perform("Mark signed", lambda: conduct.set_acknowledged(program, missing, True),
                       lambda: conduct.set_acknowledged(program, missing, False), "conduct")
    QApplication.processEvents()
    assert "missing" in summary.text()  # no work for a dock nobody sees
    dock.show()
    qtbot.waitUntil(lambda: summary.text().startswith("All "))


def test_the_details_toggle_lists_the_names(window, qtbot):
    unsign_two(window)
    dock = ready(window, qtbot)
    step = row(dock, "conduct")
    assert step.details.isHidden()
    click(qtbot, step.toggle)
    assert step.details.isVisible()
    for name in (p.name for p in conduct.not_signed(window.ctx.program)):
        assert name in step.details.text()


def test_refreshing_changes_nothing_in_the_file(window, qtbot):
    dock = ready(window, qtbot)
    conn = window.ctx.program.db.conn
    before = conn.total_changes
    dock.refresh()
    window.ctx.cycleChanged.emit(window.ctx.cycle_id)
    qtbot.waitUntil(lambda: not dock.stale)
    assert conn.total_changes == before


def fits(dock) -> bool:
    """Every row inside the view, every visible label inside its row and tall enough for
    all its wrapped lines."""
    width = dock.scroll_area.viewport().width()
    for r in dock.rows:
        if not r.isVisible():
            continue
        if r.geometry().right() >= width:
            return False
        for child in (r.title, r.summary, r.button, r.details):
            if child.isVisible() and (child.geometry().right() > r.width()
                                      or child.geometry().bottom() > r.height()):
                return False
        for label in (r.title, r.summary, r.details):
            if label.isVisible() and label.height() < label.heightForWidth(label.width()):
                return False
    return True


@pytest.mark.parametrize("width", [260, 320])
def test_readable_at_a_narrow_width(window, qtbot, width):
    dock = ready(window, qtbot)
    for r in dock.rows:
        if not r.toggle.isHidden():
            r.toggle.setChecked(True)
    window.resize(1700, 800)  # the tabs ask for about 1100 px of their own
    window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: abs(dock.width() - width) <= 10)
    qtbot.waitUntil(lambda: fits(dock), timeout=3000)


def test_a_program_without_a_cycle_offers_to_create_one(window, qtbot, tmp_path):
    path = tmp_path / "fresh.peerdesk"
    Program.create(path, "Spring 2027").close()
    assert window.open_path(str(path))
    dock = ready(window, qtbot)
    qtbot.waitUntil(dock.no_cycle.isVisible)
    assert [r.isVisible() for r in dock.rows] == [True] * 3 + [False] * 5
    assert "No cycle yet" in dock.verdict.text()
    seen = spy_on(window.act_new_cycle)
    click(qtbot, dock.findChild(QPushButton, "overview_new_cycle"))
    assert seen == [window.act_new_cycle]
    # the cycle arrives: steps 4 to 8 appear
    program = window.ctx.program
    cycle_id = window.ctx.perform("New cycle", lambda: add_cycle(program, Cycle("Spring")),
                                  lambda: None, "sessions")
    window.ctx.set_cycle(cycle_id)
    qtbot.waitUntil(lambda: dock.rows[7].isVisible())
    assert not dock.no_cycle.isVisible()
    assert row(dock, "pairs").summary.text() == "No pairs yet: generate them."


def test_no_program_open(window, qtbot):
    dock = ready(window, qtbot)
    window.ctx.set_program(None)
    qtbot.waitUntil(dock.no_program.isVisible)
    assert not any(r.isVisible() for r in dock.rows) and not dock.no_cycle.isVisible()


def test_read_only_programs_show_the_steps_but_offer_no_edits(window, qtbot, tmp_path):
    path = tmp_path / "shared.peerdesk"
    Program.create(path, "Shared").close()
    assert window.open_path(str(path), read_only=True)
    dock = ready(window, qtbot)
    qtbot.waitUntil(dock.no_cycle.isVisible)
    button = dock.findChild(QToolButton, "go_facilitator")
    assert not button.isEnabled() and button.toolTip() == "The program is open read-only."
    assert not dock.new_cycle_button.isEnabled()
    assert dock.findChild(QToolButton, "go_participants").isEnabled()


def test_the_checklist_and_the_pairings_tab_count_the_same_people(window, qtbot):
    import re

    from peerdesk.core.models import Participant
    from peerdesk.store.participants import add_participant

    pairings = window.tab_pages["pairings"]
    for attempt in range(2):  # the demo as it is, then with a late joiner and someone opted out
        dock = ready(window, qtbot)
        pairings.reload()
        shown = int(re.search(r"\d+", pairings.unpaired_label.text()).group())
        summary = next(s for s in dock.steps if s.key == "pairs").summary
        counted = re.search(r"(\d+) not paired", summary)
        assert (int(counted.group(1)) if counted else 0) == shown == \
            pairings.unpaired_model.rowCount()
        if attempt:
            break
        program = window.ctx.program
        add_participant(program, Participant("Late Joiner", email="late@acme.example",
                                             department="Sales"))
        add_participant(program, Participant("Not Me", email="notme@acme.example",
                                             opted_in=False))
        window.ctx.dataChanged.emit("participants")


def test_all_eight_steps_show_at_800_pixels_high(window, qtbot):
    from PySide6.QtCore import QPoint

    dock = ready(window, qtbot)
    window.resize(1280, 800)
    last = dock.rows[7]
    viewport = dock.scroll_area.viewport()
    qtbot.waitUntil(lambda: window.height() <= 800 and last.isVisible()
                    and not dock.scroll_area.verticalScrollBar().isVisible())
    bottom = last.mapTo(viewport, QPoint(0, last.height())).y()
    assert bottom <= viewport.height(), (bottom, viewport.height())
    assert not dock.scroll_area.horizontalScrollBar().isVisible()
