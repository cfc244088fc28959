"""The Pairings tab."""

from __future__ import annotations

from peerdesk.ui.pairings.tab import PairingsTab

__all__ = ["PairingsTab", "menu_actions"]


def menu_actions(window) -> dict:
    """Generate and publish in the Program menu (the toolbar has Generate too)."""
    tab = window.tab_pages["pairings"]
    if not isinstance(tab, PairingsTab):
        return {}
    return {"Program": [tab.act_generate, tab.act_publish]}
