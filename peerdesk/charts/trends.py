"""Trends over cycles (or over the sessions of one cycle): engagement, safety, eNPS."""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from peerdesk.charts import style
from peerdesk.charts.figures import worked_out
from peerdesk.core import feedback as fb
from peerdesk.i18n import _


def _no_sessions() -> str:
    return _("No sessions yet in this selection.\nAdd sessions, tick attendance and enter feedback.")


def _percent(values: list[float | None]) -> list[float]:
    return [float("nan") if v is None else 100 * v for v in values]


def engagement(ax: Axes, data: fb.FeedbackData, scope: fb.Scope) -> None:
    points = worked_out(fb.engagement, data, scope)
    if not points:
        return style.empty(ax, _no_sessions())
    xs = range(len(points))
    style.tidy(ax)
    attendance, responses, useful_label = _("Attendance"), _("Response rate"), _("Usefulness (1-5)")
    ax.plot(xs, _percent([p.attendance.value for p in points]), color=style.ACCENT, marker="o",
            markersize=4, linewidth=2, label=attendance)
    ax.plot(xs, _percent([p.response_rate.value for p in points]), color=style.WARM, marker="s",
            markersize=4, linewidth=2, label=responses)
    ax.set_ylim(0, 105)
    ax.set_yticks([0, 25, 50, 75, 100])
    style.percent_axis(ax.yaxis)
    right = style.twin(ax)
    style.tidy(right, grid="")
    right.spines["right"].set_visible(True)
    right.spines["right"].set_color(style.GRID)
    useful = [p.usefulness for p in points]
    crowded = style.is_crowded(ax, style.period_labels(data, [p.period for p in points]))
    style.bars(right, [x for x, s in zip(xs, useful, strict=True) if s.shown],
               [style.num(s.value) for s in useful if s.shown], 0.45, style.LIGHT, alpha=0.35,
               zorder=0, label=useful_label)
    ahead = style.not_held(data, [p.period for p in points])
    for x, s in zip(xs, useful, strict=True):
        if s.withheld:
            style.withheld(right, x, 1.4, vertical=crowded, short=crowded, ahead=ahead[x])
    right.set_ylim(0, 5.25)
    right.set_yticks([1, 2, 3, 4, 5])
    right.set_ylabel(useful_label, fontsize=style.LABEL_SIZE, color=style.MUTED)
    ax.set_zorder(right.get_zorder() + 1)
    ax.patch.set_visible(False)
    style.period_ticks(ax, data, [p.period for p in points])
    handles = [Line2D([], [], color=style.ACCENT, marker="o", label=attendance),
               Line2D([], [], color=style.WARM, marker="s", label=responses),
               Patch(color=style.LIGHT, alpha=0.5, label=_("Usefulness (1-5, right)"))]
    style.top_legend(ax, handles=handles, ncols=3)


def _stat_line(ax: Axes, data: fb.FeedbackData, points: list[fb.TrendPoint], color: str,
               label: str, low: float, high: float) -> None:
    xs = list(range(len(points)))
    ys = [style.num(p.stat.value) for p in points]
    ax.plot(xs, ys, color=color, marker="o", markersize=5, linewidth=2, label=label)
    crowded = style.is_crowded(ax, style.period_labels(data, [p.period for p in points]))
    ahead = style.not_held(data, [p.period for p in points])
    for x, p in zip(xs, points, strict=True):
        if p.stat.withheld:
            style.withheld(ax, x, low + (high - low) * 0.25, vertical=crowded, short=crowded,
                           ahead=ahead[x])
        elif p.stat.shown and not crowded and p.stat.value is not None:
            text = style.number(p.stat.value, 1) if high <= 10 else style.signed(p.stat.value, 0)
            ax.annotate(text, (x, p.stat.value), xytext=(0, 7), textcoords="offset points",
                        ha="center", fontsize=style.NOTE_SIZE, color=style.INK)
    ax.set_ylim(low, high)
    style.period_ticks(ax, data, [p.period for p in points])


def safety(ax: Axes, data: fb.FeedbackData, scope: fb.Scope) -> None:
    points = worked_out(fb.safety_trend, data, scope)
    if not points:
        return style.empty(ax, _no_sessions())
    style.tidy(ax)
    ax.axhspan(4, 5.3, color=style.SAGE, alpha=0.08, zorder=0)
    _stat_line(ax, data, points, style.SAGE, _("Psychological safety"), 1, 5.3)
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.set_ylabel(_("Mean score (1-5)"), fontsize=style.LABEL_SIZE, color=style.MUTED)
    style.note(ax, _("Reverse-scored items flipped.") + " " + _citation())


def enps(ax: Axes, data: fb.FeedbackData, scope: fb.Scope) -> None:
    points = worked_out(fb.enps_trend, data, scope)
    if not points:
        return style.empty(ax, _no_sessions())
    style.tidy(ax)
    xs = range(len(points))
    values = [p.stat.value if p.stat.value is not None else 0.0 for p in points]
    colors = [style.ACCENT if v >= 0 else style.ROSE for v in values]
    style.bars(ax, xs, values, 0.6, colors)
    ax.axhline(0, color=style.MUTED, linewidth=0.8)
    crowded = style.is_crowded(ax, style.period_labels(data, [p.period for p in points]))
    ahead = style.not_held(data, [p.period for p in points])
    for x, p in zip(xs, points, strict=True):
        if p.stat.withheld:
            style.withheld(ax, x, 40, vertical=crowded, short=crowded, ahead=ahead[x])
        elif (v := p.stat.value) is not None and not crowded:
            ax.annotate(style.signed(v, 0), (x, v), xytext=(0, 4 if v >= 0 else -4),
                        textcoords="offset points", ha="center", va="bottom" if v >= 0 else "top",
                        fontsize=style.NOTE_SIZE, color=style.INK)
    ax.set_ylim(-105, 105)
    ax.set_yticks([-100, -50, 0, 50, 100])
    ax.set_ylabel(_("eNPS (-100 to 100)"), fontsize=style.LABEL_SIZE, color=style.MUTED)
    style.period_ticks(ax, data, [p.period for p in points])
    style.note(ax, _("eNPS: the share answering 9-10 minus the share answering 0-6 to "
                     "\u201cHow likely are you to recommend the program?\u201d"))


def _citation() -> str:
    return _("Items after Edmondson (1999).")
