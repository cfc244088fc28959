"""Collaboration across silos and who takes part: heatmap, cross-department share,
participation by department. These count recorded facts (pairs, attendance), not answers."""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes

from peerdesk.charts import style
from peerdesk.charts.figures import worked_out
from peerdesk.core import feedback as fb
from peerdesk.core import participation as pt
from peerdesk.i18n import _


def _short(name: str, width: int = 18) -> str:
    return name if len(name) <= width else name[: width - 1] + "\u2026"


def _of(part: int, whole: int) -> str:
    return _("{part} of {whole}").format(part=style.number(part), whole=style.number(whole))


def heatmap(ax: Axes, data: fb.FeedbackData, scope: fb.Scope) -> None:
    heat = worked_out(pt.department_heatmap, data, scope)
    if not heat.departments:
        return style.empty(ax, _("No pairs have met yet in this selection.\n"
                                 "A pair has met once both were ticked present at a session."))
    counts = np.array(heat.counts, dtype=float)
    shown = np.ma.masked_where(np.tril(np.ones_like(counts), k=-1) > 0, counts)
    ax.imshow(shown, cmap=style.HEAT, vmin=0, vmax=max(1.0, counts.max()), aspect="auto",
              interpolation="none")  # PDF: one cell a pixel, drawn sharp
    labels = [_short(d) for d in heat.departments]
    ax.set_xticks(range(len(labels)), labels, rotation=35, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    style.tidy(ax, grid="")
    for side in ax.spines.values():
        side.set_visible(False)
    if len(labels) <= 14:
        top = counts.max()
        for i in range(len(labels)):
            for j in range(i, len(labels)):
                n = int(counts[i, j])
                if n:
                    ax.text(j, i, style.number(n), ha="center", va="center", fontsize=style.NOTE_SIZE,
                            color="white" if n > top * 0.6 else style.INK)
    style.note(ax, _("On the diagonal: pairs within one department."))


def cross_department(ax: Axes, data: fb.FeedbackData, scope: fb.Scope) -> None:
    shares = [s for s in worked_out(pt.cross_department_share, data, scope) if s.pairs.den]
    if not shares:
        return style.empty(ax, _("No pairs yet in this selection.\nGenerate pairs on the Pairings tab."))
    style.tidy(ax)
    xs = range(len(shares))
    style.bars(ax, xs, [style.num(s.pairs.value, 100) for s in shares], 0.6, style.ACCENT,
               label=_("Pairs across departments"))
    ax.plot(xs, [style.num(s.met.value, 100) for s in shares], color=style.WARM, marker="o", markersize=4,
            linewidth=1.5, linestyle="--", label=_("Pairs that met"))
    if len(shares) <= 8:
        for x, s in zip(xs, shares, strict=True):
            ax.annotate(_of(s.pairs.num, s.pairs.den), (x, style.num(s.pairs.value, 100)),
                        xytext=(0, -12), textcoords="offset points", ha="center",
                        fontsize=style.NOTE_SIZE, color="white")
    ax.set_ylim(0, 105)
    ax.set_yticks([0, 25, 50, 75, 100])
    style.percent_axis(ax.yaxis)
    style.period_ticks(ax, data, [s.period for s in shares])
    style.top_legend(ax, ncols=2)


def participation(ax: Axes, data: fb.FeedbackData, scope: fb.Scope) -> None:
    rows = [r for r in worked_out(pt.participation_by_department, data, scope) if r.people.den]
    if not rows:
        return style.empty(ax, _("No participants in this selection yet."))
    style.tidy(ax, grid="x")
    ys = np.arange(len(rows))[::-1]
    style.bars(ax, ys, [style.num(r.people.value, 100) for r in rows], 0.55, style.ACCENT,
               horizontal=True, label=_("In the program, of the department"))
    attended = [(y, 100 * r.attendance.value) for y, r in zip(ys, rows, strict=True)
                if r.attendance.value is not None]
    if attended:
        ax.scatter([a for _, a in attended], [y for y, _ in attended], color=style.WARM, zorder=3,
                   s=22, label=_("Attendance rate"))
    for y, r in zip(ys, rows, strict=True):
        ax.annotate(_of(r.people.num, r.people.den), (style.num(r.people.value, 100), y), xytext=(4, 0),
                    textcoords="offset points", va="center", fontsize=style.NOTE_SIZE,
                    color=style.INK)
    ax.set_yticks(ys, [_short(r.department, 22) for r in rows])
    ax.set_xlim(0, 118)
    ax.set_xticks([0, 25, 50, 75, 100])
    style.percent_axis(ax.xaxis)
    style.top_legend(ax, ncols=2)
