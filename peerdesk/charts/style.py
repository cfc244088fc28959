"""One calm look for every chart: colours, text sizes, and the marks for missing data.

Colours follow the printed documents' accent (a deep teal) with muted companions that
stay distinct in grey print and for the common colour-vision deficiencies.
"""

from __future__ import annotations

import datetime
import functools
import logging
import math
import textwrap
import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

import matplotlib
from babel.dates import format_skeleton
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.colors import LinearSegmentedColormap

from peerdesk.core.feedback import FeedbackData, Period
from peerdesk.core.small_groups import TOO_FEW
from peerdesk.i18n import _, current, pgettext, translation_for

if TYPE_CHECKING:
    import numpy as np
    from matplotlib.axis import Axis
    from matplotlib.collections import PolyCollection

# Chinese, Japanese and Korean department or skill names: matplotlib falls back, glyph by
# glyph, to the next family in this list, so they draw instead of showing boxes.
_CJK_HINTS = ("WenQuanYi", "Noto Sans CJK", "Noto Sans SC", "Source Han Sans", "Microsoft YaHei",
              "SimHei", "PingFang", "Hiragino", "Yu Gothic", "Meiryo", "Malgun Gothic",
              "AppleGothic", "Droid Sans Fallback")


def _font_families() -> list[str]:
    installed = {f.name for f in font_manager.fontManager.ttflist
                 if f.fname.lower().endswith((".ttf", ".ttc"))}
    extra = sorted(name for name in installed if any(h.lower() in name.lower() for h in _CJK_HINTS))
    return ["DejaVu Sans", *extra]


matplotlib.rcParams["font.family"] = _font_families()
# The CJK fonts have no bold: matplotlib says so on every bold title, which is noise on
# the command line, not something the user can act on.
logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)

INK = "#1f2933"
MUTED = "#7b8794"
GRID = "#e4e7eb"
ACCENT = "#1f5f7a"  # the documents' accent
LIGHT = "#6aa9c2"
WARM = "#d08c60"
SAGE = "#7fa88f"
ROSE = "#c0746b"
WITHHELD = "#b8c2cc"

HEAT = LinearSegmentedColormap.from_list("peerdesk", ["#f5f9fb", "#a9cfdd", ACCENT])

TITLE_SIZE = 11
MIN_TITLE_SIZE = 8  # a long title shrinks to fit, down to this
LABEL_SIZE = 8.5
NOTE_SIZE = 7.5


def reset(ax: Axes) -> None:
    """Empty an axes for its next drawing, keeping what is costly to make: the axes
    itself, its spines and its tick objects (each tick is five artists). The dashboard
    redraws its eight charts into the same axes this way instead of building new ones.

    Every chart sets its own limits, ticks, labels and title each time it draws, so
    only what a chart *adds* (lines, bars, texts, images, its legend) and what it may
    switch off (the frame of an empty chart) are put back here."""
    for artist in [*ax.lines, *ax.patches, *ax.collections, *ax.texts, *ax.images]:
        artist.remove()
    if (legend := ax.get_legend()) is not None:
        legend.remove()
    ax.set_axis_on()
    ax.patch.set_visible(True)
    ax.relim()
    ax.set_autoscale_on(True)
    ax.set_title("", loc="left")
    ax.set_xlabel("")
    ax.set_ylabel("")
    if (right := twin_if_made(ax)) is not None:
        reset(right)
        right.set_visible(False)  # a chart that wants its second scale shows it again


# Each axes' second scale, held weakly both ways: the twin shares the axes' x scale, so it
# refers to its axes, and a strong value would keep every dashboard ever drawn (and its
# figure, some 25,000 objects) alive as the dictionary's key: a new one at each new size.
_TWINS: weakref.WeakKeyDictionary[Axes, weakref.ReferenceType[Axes]] = weakref.WeakKeyDictionary()


def twin_if_made(ax: Axes) -> Axes | None:
    """The axes' second scale, if :func:`twin` made one."""
    ref = _TWINS.get(ax)
    return ref() if ref is not None else None


def lean_axes(ax: Axes) -> None:
    """Let both axes of ``ax`` draw as :func:`_lean_axis_draw` does (the dashboard's)."""
    for axis in (ax.xaxis, ax.yaxis):
        axis.draw = _lean_axis_draw.__get__(axis)  # type: ignore[method-assign]  # per instance


def _lean_axis_draw(axis: Axis, renderer) -> None:
    """``Axis.draw`` without what our charts never show: matplotlib measures every tick
    label of every axis at each drawing (to place the axis label clear of them and to place
    the offset text, "1e6"), an eighth of the dashboard's drawing. Here they are measured
    only for an axis that has a label to place; an axis whose formatter has an offset to
    show is drawn as matplotlib draws it."""
    from matplotlib.axis import Axis

    if not axis.get_visible():
        return
    formatter = axis.major.formatter
    if formatter is None or formatter.get_offset() or axis.offsetText.get_text():
        return Axis.draw(axis, renderer)
    renderer.open_group("matplotlib.axis", gid=axis.get_gid())
    for tick in axis._update_ticks():  # type: ignore[attr-defined]  # Axis.draw's own steps
        tick.draw(renderer)
    if axis.label.get_visible() and axis.label.get_text():
        axis._update_label_position(renderer)  # type: ignore[attr-defined]  # as Axis.draw
        axis.label.draw(renderer)
    renderer.close_group("matplotlib.axis")
    axis.stale = False


def twin(ax: Axes) -> Axes:
    """The axes' second scale on the right, made once and reused on redrawing."""
    right = twin_if_made(ax)
    if right is None:
        right = ax.twinx()  # the figure holds it
        _TWINS[ax] = weakref.ref(right)
        if getattr(ax.xaxis.draw, "__func__", None) is _lean_axis_draw:
            lean_axes(right)
    right.set_visible(True)
    return right


def bars(ax: Axes, at: Sequence[float] | np.ndarray, lengths: Sequence[float] | np.ndarray, width: float,
         color: str | Sequence[str], horizontal: bool = False, **kw) -> PolyCollection:
    """Bars as one artist (a collection of rectangles) rather than one per bar: they look
    as ``ax.bar``'s do, and a dashboard of a hundred bars draws them in one call. A bar
    whose length is NaN (not known, withheld) is left out, as ``ax.bar`` leaves it."""
    from matplotlib.collections import PolyCollection

    colors = [color] * len(at) if isinstance(color, str) else list(color)
    shapes, faces = [], []
    for middle, length, face in zip(at, lengths, colors, strict=True):
        if math.isnan(length):
            continue
        low, high = middle - width / 2, middle + width / 2
        corners = [(low, 0), (high, 0), (high, length), (low, length)]
        shapes.append([(y, x) for x, y in corners] if horizontal else corners)
        faces.append(face)
    bars = PolyCollection(shapes, facecolors=faces or colors[:1], edgecolors="none",
                          linewidths=0, **kw)
    if horizontal:
        bars.sticky_edges.x.append(0)
    else:
        bars.sticky_edges.y.append(0)
    ax.add_collection(bars)
    ax.autoscale_view()
    return bars


_TIDIED: weakref.WeakKeyDictionary[Axes, str] = weakref.WeakKeyDictionary()


def tidy(ax: Axes, grid: Literal["x", "y", "both", ""] = "y") -> None:
    """Light frame and grid: the data is what should stand out. Done once per axes: a
    redrawn axes keeps its frame, and the tick settings apply to every tick it holds."""
    if _TIDIED.get(ax) == grid:
        return
    _TIDIED[ax] = grid
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(GRID)
    # No tick marks at all (not even zero-length ones): the grid carries the scale, and
    # marks not drawn cost nothing, which matters for the eight-chart dashboard.
    ax.tick_params(colors=INK, labelsize=LABEL_SIZE, length=0, pad=4, bottom=False, left=False,
                   right=False, top=False)
    if grid:
        ax.grid(axis=grid, color=GRID, linewidth=0.8)
        ax.set_axisbelow(True)


def title(ax: Axes, text: str, subtitle: str = "", legend: bool = False, x: float = 0.0) -> None:
    """Title on the left, the filters on a line of their own under it (never beside it,
    where a long title ran over them), then room for a legend row above the plot.

    Offsets are in points, so they hold at any size and any device pixel ratio; ``x`` (in
    axes widths, negative to start left of the plot) lines titles up on a shared edge."""
    pad = LEGEND_ROW if legend else 4
    if subtitle:
        ax.annotate(subtitle, xy=(0, 1), xycoords="axes fraction", xytext=(0, pad),
                    textcoords="offset points", ha="left", va="bottom", fontsize=NOTE_SIZE,
                    color=MUTED, annotation_clip=False)
        pad += SUBTITLE_ROW
    # A fixed y: matplotlib otherwise measures every tick label of the axes at each draw to
    # lift the title clear of them, a tenth of the dashboard's drawing time.
    ax.set_title(text, loc="left", fontsize=_title_size(ax, text, x), color=INK,
                 fontweight="bold", pad=pad, x=x, y=1.0)


def _title_size(ax: Axes, text: str, x: float) -> float:
    """The title's font size: TITLE_SIZE, or smaller where the title at that size would
    run past the figure's right edge (a long title, another language, a narrow panel).
    Measured on the font's outlines, so it holds before the figure is laid out."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    box = ax.get_position()
    room = ax.figure.bbox.width * 72 / ax.figure.dpi * (1 - box.x0 - x * box.width) - 8  # points
    width = _TITLE_WIDTHS.get(text)
    if width is None:  # measured once per title for the process (a font loaded each time)
        if len(_TITLE_WIDTHS) > 1000:
            _TITLE_WIDTHS.clear()
        width = _TITLE_WIDTHS[text] = text_to_path.get_text_width_height_descent(
            text, FontProperties(size=TITLE_SIZE, weight="bold"), ismath=False)[0]
    if width <= room or width <= 0:
        return TITLE_SIZE
    return max(MIN_TITLE_SIZE, math.floor(TITLE_SIZE * room / width * 4) / 4)


_TITLE_WIDTHS: dict[str, float] = {}  # points, at TITLE_SIZE, bold

LEGEND_ROW = 18  # points: a one-row legend's height
SUBTITLE_ROW = 12  # points: one line of NOTE_SIZE text and a gap
NOTE_WIDTH = 72  # characters on one line of a footnote before it wraps


def top_legend(ax: Axes, **kw) -> None:
    """A one-row legend just above the plot, under the title, where it hides no data.
    Where its words are long for the plot's width (another language, a narrow panel), the
    marks and the gaps between entries are drawn shorter so the row still fits."""
    handles = kw.get("handles") or ax.get_legend_handles_labels()[0]
    labels = [str(h.get_label()) for h in handles]
    em = NOTE_SIZE * ax.figure.dpi / 72  # pixels
    wide = (sum(len(t) for t in labels) * 0.6 + len(labels) * 4.8) * em > ax.bbox.width
    ax.legend(fontsize=NOTE_SIZE, frameon=False, loc="lower left", bbox_to_anchor=(0, 1.0),
              borderaxespad=0.2, ncols=kw.pop("ncols", 3),
              **({"handlelength": 1.2, "handletextpad": 0.4, "columnspacing": 0.8} if wide else {}),
              **kw)


def note(ax: Axes, text: str) -> None:
    """A footnote under the plot (a citation, or how a figure is computed)."""
    ax.set_xlabel(textwrap.fill(text, NOTE_WIDTH), loc="left", fontsize=NOTE_SIZE - 0.5,
                  color=MUTED, labelpad=8, linespacing=1.3)


def withheld(ax: Axes, x: float, y: float, vertical: bool = False, short: bool = False,
             ahead: bool = False) -> None:
    """Where a value is withheld, say so in place, so a gap is not read as zero; a session
    still ahead (see :func:`not_held`) says that instead."""
    if ahead:
        text = pgettext("chart, short", "ahead") if short else pgettext("chart", "not held\nyet")
    else:
        text = pgettext("chart, short", "too few") if short else _("too few\nresponses")
    ax.text(x, y, text, fontsize=NOTE_SIZE, color=MUTED, ha="center", va="center",
            rotation=90 if vertical else 0)


def not_held(data: FeedbackData, periods: Sequence[Period]) -> list[bool]:
    """Which points are sessions not held yet: dated after today, no attendance taken.
    Both are shown to anyone already (the date, the attendance line), so saying "not held
    yet" instead of "too few responses" gives nothing away about who answered."""
    today = datetime.date.today()
    dates = {s.id: s.date for s in data.sessions}
    taken = data.cache.get("sessions with attendance")
    if not isinstance(taken, frozenset):  # worked out once per snapshot, not per chart
        taken = data.cache["sessions with attendance"] = frozenset(
            a.session_id for a in data.attendance)
    return [p.session_id is not None and p.session_id not in taken
            and (day := dates.get(p.session_id)) is not None and day > today for p in periods]


def num(value: float | None, scale: float = 1.0) -> float:
    """A figure as a number to draw: one not known (or withheld) is NaN, which matplotlib
    leaves out (no bar, a gap in a line) rather than drawing it as zero."""
    return math.nan if value is None else scale * value


def empty(ax: Axes, message: str) -> None:
    """An empty chart says what is missing instead of drawing blank axes."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center",
            fontsize=LABEL_SIZE + 1, color=MUTED, wrap=True)


MAX_PERIOD_LABELS = 10


def period_labels(data: FeedbackData, periods: Sequence[Period]) -> list[str]:
    """A cycle by its name, a session by its date in the language in force ("5 Dec",
    "5. Dez.", "5 déc."), or its number when it has no date yet."""
    dates = {s.id: s.date for s in data.sessions}
    labels = []
    for number, period in enumerate(periods, 1):
        if period.session_id is None:
            labels.append(period.label)
        elif (day := dates.get(period.session_id)) is not None:
            labels.append(format_skeleton("MMMd", day, locale=current().locale))
        else:
            labels.append(_("Session {number}").format(number=number))
    return labels


def percent_axis(axis: Axis) -> None:
    """Tick labels as percentages written the language's way ("25%", "25 %")."""
    from matplotlib.ticker import FuncFormatter

    axis.set_major_formatter(FuncFormatter(lambda value, _pos: percent(value / 100)))


# Numbers as the language in force writes them, remembered: a dashboard writes the same few
# dozen (tick labels at every drawing, counts, changes), and Babel takes a tenth of a
# millisecond for each. Keyed by the number's type too: 1/2 and 0.5 are equal, not the same.
@functools.lru_cache(maxsize=4096)
def _written(code: str, kind: str, value: object, type_: str, digits: int | None) -> str:
    language = translation_for(code)
    if kind == "percent":
        return language.format_percent(value, digits or 0)  # type: ignore[arg-type]  # a number
    return language.format_number(value, digits)  # type: ignore[arg-type]  # a number


def number(value: float | int, digits: int | None = None) -> str:
    """``peerdesk.i18n.format_number``, remembered (see :func:`_written`)."""
    return _written(current().code, "number", value, type(value).__name__, digits)


def percent(fraction: float, digits: int = 0) -> str:
    """``peerdesk.i18n.format_percent``, remembered (see :func:`_written`)."""
    return _written(current().code, "percent", fraction, type(fraction).__name__, digits)


def signed(value: float, digits: int = 1) -> str:
    """A change with its sign ("+1.4", "-0.3"; "+1,4" in German)."""
    text = number(value, digits)
    return text if text.startswith(("-", "\u2212")) else "+" + text


def is_crowded(ax: Axes, labels: Sequence[str]) -> bool:
    """Too many periods, or labels too wide for their share of the axes (German month
    names, a narrow panel), to be written level side by side: then the labels slant, the
    "too few responses" marks stand upright and the values are not written over points."""
    if len(labels) > 6:
        return True
    slot = ax.bbox.width / max(1, len(labels))  # pixels
    per_point = ax.figure.dpi / 72 * 0.6  # an average character is about 0.6 em wide
    marks = [*_("too few\nresponses").splitlines(), *pgettext("chart", "not held\nyet").splitlines()]
    widest = max(max((len(t) for t in labels), default=0) * LABEL_SIZE,
                 max(len(t) for t in marks) * NOTE_SIZE) * per_point
    return widest > 0.92 * slot


def period_ticks(ax: Axes, data: FeedbackData, periods: Sequence[Period]) -> None:
    """One tick per cycle or session; past ten, every other label (newest kept) so they
    stay readable, and the toolbar's zoom shows the rest."""
    labels = period_labels(data, periods)
    step = 1 if len(labels) <= MAX_PERIOD_LABELS else -(-len(labels) // MAX_PERIOD_LABELS)
    ticks = list(range(len(labels) - 1, -1, -step))[::-1]
    crowded = is_crowded(ax, labels)
    ax.set_xticks(ticks, [labels[i] for i in ticks], rotation=30 if crowded else 0,
                  ha="right" if crowded else "center", rotation_mode="anchor" if crowded else "default")
    ax.set_xlim(-0.6, len(labels) - 0.4)


__all__ = ["TOO_FEW", "empty", "not_held", "note", "period_ticks", "tidy", "title", "top_legend", "withheld"]
