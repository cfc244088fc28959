"""The Pairings tab."""

from __future__ import annotations

from peerdesk.ui.pairings.tab import PairingsTab

__all__ = ["PairingsTab", "menu_actions"]


def menu_actions(window) -> dict:
    """Generate, publish and the pairing rules in the Program menu (Generate is on the
    toolbar too)."""
    tab = window.tab_pages["pairings"]
    if not isinstance(tab, PairingsTab):
        return {}
    return {"Program": [tab.act_generate, tab.act_publish, tab.act_settings]}
