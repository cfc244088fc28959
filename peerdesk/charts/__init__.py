"""Charts of the feedback and engagement figures, as matplotlib ``Figure`` objects.

This module only names the charts, so the command line can list them without loading
matplotlib; :mod:`peerdesk.charts.build` draws them (and never touches ``pyplot``, so the
same figure goes into the window, a PNG, an SVG or a PDF report).
"""

from __future__ import annotations

from peerdesk.i18n import _
from peerdesk.i18n import gettext_noop as M_

# kind -> title (in English: :func:`title` says it in the language in force), in the order
# the dashboard shows them
KINDS: dict[str, str] = {
    "engagement": M_("Engagement: attendance, responses and usefulness"),
    "safety": M_("Psychological safety"),
    "enps": M_("eNPS: would people recommend the program?"),
    "confidence": M_("Skill confidence, before and after"),
    "heatmap": M_("Pairs that met, department by department"),
    "cross-department": M_("Pairs across departments"),
    "participation": M_("Participation by department"),
    "retention": M_("Retention: still with the company"),
}


def title(kind: str) -> str:
    """A chart's title in the language in force (the window's, or a document's)."""
    return _(KINDS[kind])

FORMATS = ("png", "svg", "pdf")
DASHBOARD = "dashboard"  # the kind that draws every chart on one page
