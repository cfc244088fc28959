"""The Pairings tab."""

from __future__ import annotations

from peerdesk.ui.pairings.tab import PairingsTab
from peerdesk.ui.pairings.views import hand_actions

__all__ = ["PairingsTab", "menu_actions"]


def menu_actions(window) -> dict:
    """Generate, publish and the pairing rules in the Program menu (Generate is on the
    toolbar too); the changes by hand in the Pairings menu, so the keyboard finds them with
    their access keys and shortcuts (they act on the pair and member chosen in the tab)."""
    tab = window.tab_pages["pairings"]
    if not isinstance(tab, PairingsTab):
        return {}
    return {"Program": [tab.act_generate, tab.act_publish, tab.act_settings],
            "Pairings": hand_actions(tab)}
