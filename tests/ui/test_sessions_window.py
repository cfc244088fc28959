"""The Sessions tab inside the main window: menus, toolbar and the shared current cycle."""

import pytest

from peerdesk.store.cycles import list_cycles
from peerdesk.ui.sessions import SessionsTab

pytestmark = pytest.mark.gui


def test_tab_menus_toolbar_and_cycle_follow(window):
    tab = window.tab_pages["sessions"]
    assert isinstance(tab, SessionsTab)
    assert tab.act_new_session in window.toolbar.actions()
    assert tab.act_export_cycle in window.menus["Export"].actions()
    assert tab.act_templates in window.menus["Program"].actions()
    window.show_tab("sessions")
    first, last = list_cycles(window.ctx.program)[:2]
    window.cycle_combo.setCurrentIndex(window.cycle_combo.findData(first.id))
    assert tab.selected_cycle_id() == first.id  # the tab follows the toolbar's cycle
    tab.select_cycle(last.id)
    assert window.ctx.cycle_id == last.id  # and the window follows the tab
    assert window.cycle_combo.currentData() == last.id


def test_attendance_gets_the_room_at_1280_by_800(window, qtbot):
    """At 1280x800 the attendance list showed 7 of 44 names under the session's details."""
    from peerdesk.store.sessions import list_sessions

    window.resize(1280, 800)
    tab = window.tab_pages["sessions"]
    from peerdesk.ui.main_window import TABS

    window.tabs.setCurrentIndex([t[0] for t in TABS].index("sessions"))
    held = list_sessions(window.ctx.program, window.ctx.cycle_id, with_agenda=False)
    assert tab.select_session(held[0].id)
    pane = tab.session_pane
    pane.pages.setCurrentIndex(1)
    view = pane.attendance_view
    qtbot.waitUntil(lambda: view.isVisible() and view.model().rowCount() > 20)
    qtbot.waitUntil(lambda: view.rowAt(view.viewport().height() - 2) >= 14)  # 15 names or more
    form_height = pane.splitter.sizes()[0]
    pane.pages.setCurrentIndex(0)  # the agenda: the details get their height back
    assert pane.splitter.sizes()[0] > form_height
