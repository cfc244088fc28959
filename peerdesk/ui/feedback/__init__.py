"""The Feedback tab: paper forms typed in fast, the charts, the questions and the cycle report.

Importing this package loads no matplotlib: the charts panel imports it the first time
it is shown.
"""

from __future__ import annotations

from peerdesk.ui.feedback.tab import FeedbackTab

__all__ = ["FeedbackTab", "menu_actions"]


def menu_actions(window) -> dict[str, list]:
    """The tab's entries for the main window's menus (the same actions as its buttons)."""
    tab = getattr(window, "tab_pages", {}).get("feedback")
    if not isinstance(tab, FeedbackTab):
        return {}
    return {"Export": [tab.act_report], "Program": [tab.act_questions]}
