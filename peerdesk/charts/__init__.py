"""Charts of the feedback and engagement figures, as matplotlib ``Figure`` objects.

This module only names the charts, so the command line can list them without loading
matplotlib; :mod:`peerdesk.charts.build` draws them (and never touches ``pyplot``, so the
same figure goes into the window, a PNG, an SVG or a PDF report).
"""

from __future__ import annotations

# kind -> title, in the order the dashboard shows them
KINDS: dict[str, str] = {
    "engagement": "Engagement: attendance, responses and usefulness",
    "safety": "Psychological safety",
    "enps": "eNPS: would people recommend the program?",
    "confidence": "Skill confidence, before and after",
    "heatmap": "Pairs that met, department by department",
    "cross-department": "Pairs across departments",
    "participation": "Participation by department",
    "retention": "Retention: still with the company",
}

FORMATS = ("png", "svg", "pdf")
DASHBOARD = "dashboard"  # the kind that draws every chart on one page
