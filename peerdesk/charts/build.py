"""Build any chart, or the whole dashboard, as a ``Figure``; save it as PNG, SVG or PDF.

Figures are made with ``matplotlib.figure.Figure`` directly, never through ``pyplot``:
no global state, nothing kept alive after the caller drops the figure, and the same
object can be put on a Qt canvas or written to a file.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from peerdesk.charts import FORMATS, KINDS, collaboration, learning, style, trends
from peerdesk.core.feedback import FeedbackData, Scope

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
RENDER_RC = {"text.hinting": "no_hinting"}

CHART_SIZE = (8.0, 4.8)  # inches
DASHBOARD_SIZE = (12.0, 14.4)  # inches; at 100 dpi, what the tab shows unscaled


def scope_label(data: FeedbackData, scope: Scope) -> str:
    """The filters in words, printed on every chart so a saved image says what it shows."""
    if scope.cycle_ids is None:
        cycles = "All cycles"
    else:
        names = [c.name for c in data.cycles if c.id in scope.cycle_ids]
        cycles = ", ".join(names) if len(names) <= 2 else f"{len(names)} cycles"
    named = "" if data.anonymous else " \u00b7 named feedback (not anonymous)"
    return f"{cycles} \u00b7 {scope.department or 'all departments'}{named}"


def new_figure(size: tuple[float, float] = CHART_SIZE, dpi: float = 100) -> Figure:
    return Figure(figsize=size, dpi=dpi, layout="constrained", facecolor="white")


def draw(kind: str, ax: Axes, data: FeedbackData, scope: Scope, subtitle: bool = True) -> None:
    """Draw one chart on ``ax`` (the tab and the dashboard share this)."""
    if kind not in DRAW:
        raise ValueError(f"Unknown chart “{kind}”: choose one of {', '.join(KINDS)}.")
    DRAW[kind](ax, data, scope)
    style.title(ax, KINDS[kind], scope_label(data, scope) if subtitle else "",
                legend=ax.get_legend() is not None)


def chart_figure(kind: str, data: FeedbackData, scope: Scope = Scope(),
                 size: tuple[float, float] = CHART_SIZE, dpi: float = 100,
                 figure: Figure | None = None) -> Figure:
    """One chart as a figure; pass ``figure`` to redraw into an existing (on-screen) one."""
    fig = figure if figure is not None else new_figure(size, dpi)
    fig.clear()
    draw(kind, fig.add_subplot(), data, scope)
    return fig


def dashboard_figure(data: FeedbackData, scope: Scope = Scope(),
                     size: tuple[float, float] = DASHBOARD_SIZE, dpi: float = 100,
                     figure: Figure | None = None) -> Figure:
    """Every chart on one page, two columns, the filters in the heading."""
    fig = figure if figure is not None else new_figure(size, dpi)
    fig.clear()
    # A fixed grid: constrained layout would measure every label of eight charts, twice.
    fig.set_layout_engine("none")
    axes = fig.subplots(4, 2, gridspec_kw={"left": 0.11, "right": 0.96, "top": 0.93,
                                           "bottom": 0.05, "hspace": 0.78, "wspace": 0.38}
                        ).flatten()
    for kind, ax in zip(KINDS, axes, strict=True):
        draw(kind, ax, data, scope, subtitle=False)
    fig.suptitle(f"Is the program working? \u2014 {scope_label(data, scope)}", x=0.01, ha="left",
                 fontsize=style.TITLE_SIZE + 3, color=style.INK, fontweight="bold")
    return fig


def save_figure(fig: Figure, path: Path | str, dpi: float = 150) -> Path:
    """Write the figure in the format its file name ends with (.png, .svg or .pdf)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"Charts are saved as {', '.join('.' + f for f in FORMATS)}: "
                         f"“{path.name}” ends otherwise.")
    metadata = {"Creator": "PeerDesk"} if fmt in ("pdf", "svg") else {"Software": "PeerDesk"}
    with rc_context(RENDER_RC):
        fig.savefig(path, format=fmt, dpi=dpi, facecolor="white", metadata=metadata)
    return path


def render(fig: Figure) -> FigureCanvasAgg:
    """Draw the figure into pixels (what a screen shows), with the app's render settings."""
    canvas = FigureCanvasAgg(fig)
    with rc_context(RENDER_RC):
        canvas.draw()
    return canvas


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
