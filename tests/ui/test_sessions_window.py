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
