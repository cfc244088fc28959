"""What people took away and whether they stayed: skill confidence and retention."""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes

from peerdesk.charts import style
from peerdesk.charts.figures import worked_out
from peerdesk.core import feedback as fb
from peerdesk.core import participation as pt
from peerdesk.i18n import _, ngettext

MAX_SKILLS = 14


def _short(name: str, width: int = 20) -> str:
    return name if len(name) <= width else name[: width - 1] + "\u2026"


def confidence(ax: Axes, data: fb.FeedbackData, scope: fb.Scope) -> None:
    changes = worked_out(fb.confidence_change, data, scope)
    if not changes:
        return style.empty(ax, _("No skill-confidence forms yet.\nEnter the before and after "
                                 "forms on the Feedback tab."))
    shown = sorted((c for c in changes if c.change.shown), key=lambda c: style.num(c.change.value))
    hidden = [c for c in changes if not c.change.shown]
    rows = (hidden + shown)[-MAX_SKILLS:]
    style.tidy(ax, grid="x")
    ys = np.arange(len(rows))
    drawn = [(y, c) for y, c in zip(ys, rows, strict=True) if c.change.shown]
    if drawn:  # one artist per series, not per skill: the dashboard draws many skills
        y_at = [y for y, _ in drawn]
        before = [style.num(c.before.value) for _, c in drawn]
        after = [style.num(c.after.value) for _, c in drawn]
        ax.hlines(y_at, before, after, color=style.GRID, linewidth=3, zorder=1)
        ax.scatter(before, y_at, color=style.WARM, s=28, zorder=2, label=_("Before the cycle"))
        ax.scatter(after, y_at, color=style.ACCENT, s=28, zorder=2, label=_("After the cycle"))
    for y, c in zip(ys, rows, strict=True):
        if c.change.value is not None:  # shown
            ax.annotate(style.signed(c.change.value), (max(style.num(c.before.value), style.num(c.after.value)), y),
                        xytext=(6, 0), textcoords="offset points", va="center",
                        fontsize=style.NOTE_SIZE, color=style.INK)
        else:
            ax.text(3, float(y), _(style.TOO_FEW) if c.change.withheld else _("before or after missing"),
                    ha="center", va="center", fontsize=style.NOTE_SIZE, color=style.MUTED)
    ax.set_yticks(ys, [_short(c.skill) for c in rows])
    ax.set_xlim(0.8, 5.6)
    ax.set_xticks([1, 2, 3, 4, 5])
    ax.set_ylim(-0.7, len(rows) - 0.3)
    if not drawn:
        ax.scatter([], [], color=style.WARM, s=28, label=_("Before the cycle"))
        ax.scatter([], [], color=style.ACCENT, s=28, label=_("After the cycle"))
    style.top_legend(ax, ncols=2)
    more = len(changes) - len(rows)
    style.note(ax, _("Mean confidence (1-5) of the anonymous before and after forms.")
               + (" " + ngettext("{n} more skill not shown.", "{n} more skills not shown.",
                                 more).format(n=more) if more > 0 else ""))


def retention(ax: Axes, data: fb.FeedbackData, scope: fb.Scope) -> None:
    points = [p for p in worked_out(pt.retention, data, scope) if p.participants.den]
    if not points:
        return style.empty(ax, _("No cycle has participants in this selection yet."))
    style.tidy(ax)
    xs = np.arange(len(points))
    width = 0.38
    style.bars(ax, xs - width / 2, [style.num(p.participants.value, 100) for p in points], width,
               style.ACCENT, label=_("Program participants"))
    known = [(x, p) for x, p in zip(xs, points, strict=True) if p.others.den]
    if known:
        style.bars(ax, [x + width / 2 for x, _ in known],
                   [style.num(p.others.value, 100) for _, p in known], width, style.LIGHT,
                   label=_("Rest of the company"))
    if len(points) <= 8:
        for x, p in zip(xs, points, strict=True):
            if (stayed := p.participants.value) is not None:
                ax.annotate(style.percent(stayed), (x - width / 2, 100 * stayed),
                            xytext=(0, 3), textcoords="offset points", ha="center",
                            fontsize=style.NOTE_SIZE, color=style.INK)
            if not p.others.den:
                ax.text(x + width / 2, 50, _("not known"), rotation=90, ha="center", va="center",
                        fontsize=style.NOTE_SIZE, color=style.MUTED)
    ax.set_ylim(0, 110)
    ax.set_yticks([0, 25, 50, 75, 100])
    style.percent_axis(ax.yaxis)
    style.period_ticks(ax, data, [p.period for p in points])
    style.top_legend(ax, ncols=2)
    style.note(ax, _("Still with the company today; a person archived as having left has left."))
