"""The Sessions tab: cycles, sessions, agendas, attendance and calendar invites."""

from __future__ import annotations

from peerdesk.ui.sessions.tab import SessionsTab

__all__ = ["SessionsTab", "menu_actions"]


def menu_actions(window) -> dict[str, list]:
    """The tab's entries for the main window's menus (the same actions as its buttons)."""
    tab = getattr(window, "tab_pages", {}).get("sessions")
    if not isinstance(tab, SessionsTab):
        return {}
    return {"Export": [tab.act_export_session, tab.act_export_cycle],
            "Program": [tab.act_templates],
            "Edit": [tab.act_duplicate],
            "Sessions": [tab.act_new_session, tab.act_rename, tab.act_postpone]}
