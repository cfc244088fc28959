"""Build any chart, or the whole dashboard, as a ``Figure``; save it as PNG, SVG or PDF.

Figures are made with ``matplotlib.figure.Figure`` directly, never through ``pyplot``:
no global state, nothing kept alive after the caller drops the figure, and the same
object can be put on a Qt canvas or written to a file.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.typing import RcKeyType

from peerdesk.charts import (
    DASHBOARD,
    FORMATS,
    KINDS,
    collaboration,
    learning,
    style,
    text,
    title,
    trends,
)
from peerdesk.core.feedback import FeedbackData, Scope
from peerdesk.i18n import _, format_number, ngettext
from peerdesk.store.atomic import write_bytes_atomic

Draw = Callable[[Axes, FeedbackData, Scope], None]

DRAW: dict[str, Draw] = {
    "engagement": trends.engagement,
    "safety": trends.safety,
    "enps": trends.enps,
    "confidence": learning.confidence,
    "heatmap": collaboration.heatmap,
    "cross-department": collaboration.cross_department,
    "participation": collaboration.participation,
    "retention": learning.retention,
}
assert list(DRAW) == list(KINDS)

# Settings read while drawing (not while building), applied around every draw and save.
# Unhinted glyphs rasterise about a fifth faster than autohinted ones, and at chart sizes
# the difference in sharpness does not show.
RENDER_RC: dict[RcKeyType, object] = {"text.hinting": "no_hinting"}

CHART_SIZE = (8.0, 4.8)  # inches
DASHBOARD_SIZE = (12.0, 14.4)  # inches, for files; the height follows the width


def scope_label(data: FeedbackData, scope: Scope) -> str:
    """The filters in words, printed on every chart so a saved image says what it shows."""
    if scope.cycle_ids is None:
        cycles = _("All cycles")
    else:
        names = [c.name for c in data.cycles if c.id in scope.cycle_ids]
        cycles = (", ".join(names) if len(names) <= 2
                  else ngettext("{n} cycle", "{n} cycles", len(names)).format(
                      n=format_number(len(names))))
    parts = [cycles, scope.department or _("all departments")]
    if not data.anonymous:
        parts.append(_("named feedback (not anonymous)"))
    return " \u00b7 ".join(parts)


def new_figure(size: tuple[float, float] = CHART_SIZE, dpi: float = 100) -> Figure:
    return Figure(figsize=size, dpi=dpi, layout="constrained", facecolor="white")


def draw(kind: str, ax: Axes, data: FeedbackData, scope: Scope, subtitle: bool = True,
         title_x: float = 0.0) -> None:
    """Draw one chart on ``ax`` (the tab and the dashboard share this)."""
    if kind not in DRAW:
        raise ValueError(_("Unknown chart “{kind}”: choose one of {kinds}.").format(
            kind=kind, kinds=", ".join(KINDS)))
    DRAW[kind](ax, data, scope)
    style.title(ax, title(kind), scope_label(data, scope) if subtitle else "",
                legend=ax.get_legend() is not None, x=title_x)


def chart_figure(kind: str, data: FeedbackData, scope: Scope = Scope(),
                 size: tuple[float, float] = CHART_SIZE, dpi: float = 100,
                 figure: Figure | None = None) -> Figure:
    """One chart as a figure; pass ``figure`` to redraw into an existing (on-screen) one."""
    fig = figure if figure is not None else new_figure(size, dpi)
    fig.clear()
    draw(kind, fig.add_subplot(), data, scope)
    return fig


# The dashboard's grid, in inches, so it reads the same at any width: room above each plot
# for its title and legend row, below it for tick labels and a two-line footnote, on the
# left for department names, on the right for a second scale.
HEAD_IN, ABOVE_IN, BELOW_IN, LEFT_IN, RIGHT_IN, GAP_IN = 0.75, 0.62, 0.85, 1.25, 0.6, 0.55
TWO_COLUMNS_FROM_IN = 10.0  # narrower than this, the charts stand in one column
# What Dashboard.prepare makes ahead: each chart's grid (as its drawing asks style.tidy),
# and tick objects on each axis, enough for ten periods or fourteen skills or departments.
PREPARED_GRID: dict[str, Literal["x", "y", "both", ""]] = {
    "engagement": "y", "safety": "y", "enps": "y", "confidence": "x", "heatmap": "",
    "cross-department": "y", "participation": "x", "retention": "y"}
PREPARED_TICKS = 14


def dashboard_columns(width_in: float) -> int:
    return 2 if width_in >= TWO_COLUMNS_FROM_IN else 1


def dashboard_size(width_in: float) -> tuple[float, float]:
    """The dashboard's height for a width: every chart a little wider than it is tall."""
    columns = dashboard_columns(width_in)
    rows = -(-len(KINDS) // columns)
    axes_w = (width_in - columns * (LEFT_IN + RIGHT_IN) - (columns - 1) * GAP_IN) / columns
    axes_h = max(1.6, 0.55 * axes_w)
    return width_in, HEAD_IN + rows * (ABOVE_IN + axes_h + BELOW_IN)


class Dashboard:
    """Every chart on one page, in two columns (one when narrow), the filters in the
    heading; ``width`` in inches, the height follows from it.

    Built once and redrawn in place: a new drawing empties the eight axes and draws into
    them again (:func:`style.reset`), so the axes, their spines and their tick objects,
    about a third of the work, are made once per size instead of once per drawing. The
    chart worker keeps one for the size the window shows."""

    def __init__(self, width: float, dpi: float = 100):
        width, height = dashboard_size(width)
        # A fixed grid: constrained layout would measure every label of eight charts, twice.
        self.figure = fig = Figure(figsize=(width, height), dpi=dpi, layout="none",  # type: ignore[arg-type]  # matplotlib takes "none"; its stubs omit it
                                   facecolor="white")
        self.columns = dashboard_columns(width)
        rows = -(-len(KINDS) // self.columns)
        axes = fig.subplots(rows, self.columns, squeeze=False).flatten()
        for ax in axes[len(KINDS):]:
            ax.remove()
        self.axes = dict(zip(KINDS, axes, strict=False))
        for ax in self.axes.values():
            style.lean_axes(ax)
        self.title = fig.text(0.01, 1, "", ha="left", va="top",
                              fontsize=style.TITLE_SIZE + 3, color=style.INK, fontweight="bold")
        self.heading = fig.text(0.01, 1, "", ha="left", va="top",
                                fontsize=style.LABEL_SIZE, color=style.MUTED)
        self._drawn = False
        self.key = (0.0, 0.0)
        self.resize(width, dpi)

    def resize(self, width: float, dpi: float) -> None:
        """The same eight axes laid out for another width or resolution, in one column or
        two as the width asks: a window resized keeps its dashboard, ticks and all, instead
        of building one anew (and the one the worker prepared fits any first width)."""
        from matplotlib.gridspec import GridSpec

        width, height = dashboard_size(width)
        if (width, dpi) == self.key:
            return
        self.key = (width, dpi)
        fig = self.figure
        fig.set_dpi(dpi)
        fig.set_size_inches(width, height, forward=False)
        columns = dashboard_columns(width)
        rows = -(-len(KINDS) // columns)
        if columns != self.columns:  # each chart (and its second scale) to its new cell
            self.columns, grid = columns, GridSpec(rows, columns, figure=fig)
            for i, ax in enumerate(self.axes.values()):
                cell = grid[i // columns, i % columns]
                for each in (ax, style.twin_if_made(ax)):
                    if each is not None:
                        each.set_subplotspec(cell)
        self.axes_w = (width - columns * (LEFT_IN + RIGHT_IN) - (columns - 1) * GAP_IN) / columns
        axes_h = (height - HEAD_IN) / rows - ABOVE_IN - BELOW_IN
        grid = next(iter(self.axes.values())).get_gridspec()
        assert grid is not None
        grid.update(left=LEFT_IN / width, right=1 - RIGHT_IN / width,
                    top=1 - (HEAD_IN + ABOVE_IN) / height, bottom=BELOW_IN / height,
                    hspace=(ABOVE_IN + BELOW_IN) / axes_h,
                    wspace=(LEFT_IN + RIGHT_IN + GAP_IN) / self.axes_w)
        for ax in fig.axes:  # the eight and their second scales
            if (spec := ax.get_subplotspec()) is not None:
                ax._set_position(spec.get_position(fig))  # type: ignore[attr-defined]  # as GridSpec.update does
        top = 1 - 0.12 / height
        self.title.set_y(top)
        self.heading.set_y(top - 0.3 / height)

    def prepare(self) -> None:
        """Make now what a first drawing would: each chart's frame and grid, the engagement
        chart's second scale, and tick objects enough for a long program (each tick is five
        artists). What the chart worker does when it starts, before any program is open."""
        for kind, ax in self.axes.items():
            style.tidy(ax, PREPARED_GRID[kind])
            ax.xaxis.get_major_ticks(PREPARED_TICKS)
            ax.yaxis.get_major_ticks(PREPARED_TICKS)
        right = style.twin(self.axes["engagement"])
        style.tidy(right, grid="")
        right.xaxis.get_major_ticks(PREPARED_TICKS)  # hidden, but its labels are listed
        right.yaxis.get_major_ticks(6)
        right.set_visible(False)

    def draw(self, data: FeedbackData, scope: Scope = Scope()) -> Figure:
        for kind, ax in self.axes.items():
            if self._drawn:
                style.reset(ax)
            draw(kind, ax, data, scope, subtitle=False, title_x=-(LEFT_IN - 0.1) / self.axes_w)
        self._drawn = True
        self.title.set_text(_("Is the program working?"))  # in the language in force now
        self.heading.set_text(scope_label(data, scope))
        return self.figure


def dashboard_figure(data: FeedbackData, scope: Scope = Scope(),
                     size: tuple[float, float] | None = None, dpi: float = 100) -> Figure:
    """The dashboard as a new figure (see :class:`Dashboard`); ``size`` gives the width."""
    return Dashboard((size or DASHBOARD_SIZE)[0], dpi).draw(data, scope)


_kept: list[Dashboard] = []  # the dashboard last drawn by :func:`picture`, for reuse


def kept_dashboard(width: float, dpi: float) -> Dashboard:
    """The dashboard the process drew last (or prepared), resized to this width and
    resolution; a new one if there is none."""
    if _kept:
        _kept[0].resize(width, dpi)
    else:
        _kept[:] = [Dashboard(width, dpi)]
    return _kept[0]


def prepare(width_px: int, pixel_ratio: float = 1.0) -> Dashboard:
    """The chart worker, when it starts: an empty dashboard made, prepared
    (:meth:`Dashboard.prepare`) and drawn once, so its canvas, renderer and fonts are ready
    for the first program the window opens."""
    board = kept_dashboard(max(width_px, 320) / 100, 100 * pixel_ratio)
    board.prepare()
    render(board.figure)
    return board


def save_figure(fig: Figure, path: Path | str, dpi: float = 150) -> Path:
    """Write the figure in the format its file name ends with (.png, .svg or .pdf)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(_("Charts are saved as {formats}: “{name}” ends otherwise.").format(
            formats=", ".join("." + f for f in FORMATS), name=path.name))
    metadata = {"Creator": "PeerDesk"} if fmt in ("pdf", "svg") else {"Software": "PeerDesk"}
    buffer = io.BytesIO()
    with rc_context(RENDER_RC):
        fig.savefig(buffer, format=fmt, dpi=dpi, facecolor="white", metadata=metadata)
    write_bytes_atomic(path, buffer.getvalue())  # a failure leaves the old file whole
    return path


def save_chart(kind: str, data: FeedbackData, scope: Scope, path: Path | str) -> Path:
    """``kind`` (a chart, or "dashboard") at its file size, written to ``path`` in the
    format its name ends with: what the window's Export Chart… asks the worker for."""
    fig = (dashboard_figure(data, scope) if kind == DASHBOARD
           else chart_figure(kind, data, scope))
    return save_figure(fig, path)


def render(fig: Figure) -> FigureCanvasAgg:
    """Draw the figure into pixels (what a screen shows), with the app's render settings."""
    # A figure drawn again (the kept dashboard) keeps its canvas: the same pixel buffer
    # and the fonts measured last time.
    canvas = fig.canvas if type(fig.canvas) is FigureCanvasAgg else FigureCanvasAgg(fig)
    with rc_context(RENDER_RC):
        renderer = canvas.get_renderer()  # the one draw() uses: same size, same dpi
        if not hasattr(renderer, "_get_font_height_metrics"):
            text.remembering(renderer, fig.dpi)
        with text.laying_out_once(renderer):
            canvas.draw()
    return canvas


@dataclass(frozen=True)
class Picture:
    """A chart drawn into pixels (RGBA, row by row) and the words on it: what the window
    shows, made wherever the caller likes (the window draws it on a worker thread)."""

    rgba: bytes
    width: int
    height: int
    texts: tuple[str, ...]


def picture(kind: str, data: FeedbackData, scope: Scope, width_px: int,
            pixel_ratio: float = 1.0) -> Picture:
    """``kind`` ("dashboard" for every chart) drawn ``width_px`` logical pixels wide, in
    ``pixel_ratio`` device pixels each, so it is sharp on a high-density screen."""
    width_in = max(width_px, 320) / 100
    dpi = 100 * pixel_ratio
    if kind == DASHBOARD:
        fig = kept_dashboard(width_in, dpi).draw(data, scope)
    else:
        fig = chart_figure(kind, data, scope, size=(width_in, max(3.2, 0.6 * width_in)), dpi=dpi)
    canvas = render(fig)
    buffer = canvas.buffer_rgba()
    return Picture(bytes(buffer), buffer.shape[1], buffer.shape[0], shown_texts(fig))


def shown_texts(fig: Figure) -> tuple[str, ...]:
    """The words drawn on the figure, in the figure's own order (``findobj``'s): visible
    texts only, and of each axis only the tick labels in use (a reused axes keeps spare
    ticks from a longer drawing, not drawn).

    Walked by hand rather than with ``findobj``: an axis' children are all its ticks, the
    minor ones worked out afresh each time, a tenth of a redrawn dashboard; here an axis
    gives its label, its offset text and the labels of the ticks at its tick places."""
    from matplotlib.axis import Axis
    from matplotlib.text import Text
    from matplotlib.ticker import NullLocator

    def visible(artist) -> bool:
        while artist is not None:
            if not artist.get_visible():
                return False
            artist = artist.axes if artist.axes is not None and artist.axes is not artist else None
        return True

    def in_use(axis: Axis) -> list:
        ax = axis.axes
        if not (ax.get_visible() and ax.axison):
            return []
        if axis.stale:  # set but not drawn: the labels' words are written as a drawing would
            axis._update_ticks()  # type: ignore[attr-defined]  # what get_ticklabels calls
        ticks = axis.get_major_ticks(len(axis.get_majorticklocs()))
        if not isinstance(axis.get_minor_locator(), NullLocator):
            ticks = [*ticks, *axis.get_minor_ticks(len(axis.get_minorticklocs()))]
        return [label for tick in ticks for label in (tick.label1, tick.label2)
                if label.get_visible()]

    words: list[str] = []

    def walk(artist) -> None:
        if isinstance(artist, Axis):
            children = [artist.label, artist.offsetText, *in_use(artist)]
        else:
            children = artist.get_children()
        for child in children:
            walk(child)
        if isinstance(artist, Text) and (word := artist.get_text()) and visible(artist):
            words.append(word)

    walk(fig)
    return tuple(words)


def chart_png(kind: str, data: FeedbackData, scope: Scope, size: tuple[float, float] = CHART_SIZE,
              dpi: float = 150) -> bytes:
    """One chart as PNG bytes: what the cycle report places on its pages (the reports
    layer does not import the charts; the caller hands it this function)."""
    buffer = io.BytesIO()
    with rc_context(RENDER_RC):
        chart_figure(kind, data, scope, size=size, dpi=dpi).savefig(
            buffer, format="png", dpi=dpi, facecolor="white", metadata={"Software": "PeerDesk"})
    return buffer.getvalue()


def chart_pdf(kind: str, data: FeedbackData, scope: Scope, size: tuple[float, float] = CHART_SIZE,
              dpi: float = 150) -> bytes:
    """One chart as a one-page vector PDF: what the cycle report lays onto its pages, so the
    charts print sharp at any size (``dpi`` is accepted for the same call as
    :func:`chart_png` and ignored)."""
    buffer = io.BytesIO()
    with rc_context({**RENDER_RC, "pdf.fonttype": 42}):
        chart_figure(kind, data, scope, size=size, dpi=72).savefig(
            buffer, format="pdf", facecolor="white", metadata={"Creator": "PeerDesk"})
    return buffer.getvalue()
