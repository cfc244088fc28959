"""Frequent actions have shortcuts, shown in the menus, and no two menu actions share one
(an ambiguous shortcut does nothing at all in Qt)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def _menu_actions(window):
    seen = []

    def walk(menu):
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator():
                seen.append(action)

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu())
    return seen


def test_frequent_actions_have_shortcuts_and_none_is_shared(window):
    actions = _menu_actions(window)
    shortcuts = {}
    for action in actions:
        key = action.shortcut().toString()
        if key:
            shortcuts.setdefault(key, set()).add(action.text().replace("&", ""))
    shared = {k: v for k, v in shortcuts.items() if len(v) > 1}
    assert not shared, f"one shortcut, several actions: {shared}"
    by_text = {a.text().replace("&", "").rstrip("…"): a.shortcut().toString() for a in actions}
    for name in ("Import Participants", "Export Participants", "Facilitators", "New Cycle",
                 "New Session", "Regenerate Pairs", "Unpublish Pairs", "Code of Conduct",
                 "Quick Guide"):
        match = [k for k in by_text if k.startswith(name)]
        assert match, f"{name} is not in the menus"
        assert by_text[match[0]], f"{name} has no shortcut"
