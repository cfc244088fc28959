"""The charts beside the entry grid, drawn by matplotlib on a Qt canvas with its toolbar.

matplotlib is imported the first time the panel is shown, not when the window starts:
it is the heaviest import in the app and most sessions never look at a chart. The
figure is redrawn only when it is visible and something it shows has changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.charts import FORMATS, KINDS
from peerdesk.core.feedback import Scope
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.icons import icon
from peerdesk.ui.widgets import RefreshWhenShown

DASHBOARD = "dashboard"
THIS_CYCLE, ALL_CYCLES = "cycle", "all"
REDRAW_ON = ("feedback", "sessions", "pairings", "participants", "settings")
CHART_FILTER = QT_TRANSLATE_NOOP("dialogs", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)")
DASHBOARD_MIN = (1100, 1320)


def _canvas_class():
    """The Qt canvas, drawing with the charts' render settings."""
    from matplotlib import rc_context
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from peerdesk.charts.build import RENDER_RC

    class Canvas(FigureCanvasQTAgg):
        def draw(self):
            with rc_context(RENDER_RC):
                super().draw()

    return Canvas


def _toolbar_class():
    """matplotlib's navigation toolbar, with Save going through our file dialog."""
    from matplotlib.backends.backend_qtagg import NavigationToolbar2QT

    class Toolbar(NavigationToolbar2QT):
        def __init__(self, canvas, panel: ChartsPanel):
            super().__init__(canvas, panel)
            self._panel = panel

        def save_figure(self, *args):
            self._panel.export_chart()

        def _icon(self, name):
            # Qt's own SVG engine: matplotlib's icon engine asks Qt for an attribute that
            # PySide6 6.7+ deprecates, which would warn on every repaint.
            from matplotlib import cbook
            from PySide6.QtGui import QIcon

            path = cbook._get_data_path("images", name)
            svg = path.with_suffix(".svg")
            return QIcon(str(svg if svg.exists() else path))

    return Toolbar


class ChartsPanel(QWidget):
    def __init__(self, ctx: ProgramContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.figure = None
        self.canvas = None
        self.toolbar = None
        # drawn a moment after the last change, and only while the panel is on screen
        self._when_shown = RefreshWhenShown(self, self._draw, delay_ms=0)

        self.kind = QComboBox()
        self.kind.setObjectName("chart_kind")
        self.kind.setAccessibleName(self.tr("Chart"))
        for kind, title in KINDS.items():
            self.kind.addItem(title, kind)
        self.kind.addItem(self.tr("Dashboard: every chart"), DASHBOARD)
        self.scope = QComboBox()
        self.scope.setObjectName("chart_scope")
        self.scope.setAccessibleName(self.tr("Cycles shown"))
        self.scope.addItem(self.tr("This cycle, session by session"), THIS_CYCLE)
        self.scope.addItem(self.tr("All cycles"), ALL_CYCLES)
        self.department = QComboBox()
        self.department.setObjectName("chart_department")
        self.department.setAccessibleName(self.tr("Department shown"))
        self.department.addItem(self.tr("All departments"), "")
        for combo in (self.kind, self.scope, self.department):
            combo.currentIndexChanged.connect(self.invalidate)
        self.export_button = QPushButton(icon("export"), self.tr("Export Chart…"))
        self.export_button.setToolTip(self.tr("Save this chart as PNG, SVG or PDF"))
        self.export_button.clicked.connect(self.export_chart)

        for combo in (self.kind, self.scope, self.department):  # long titles must not widen the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        filters = QVBoxLayout()
        first = QHBoxLayout()
        first.addWidget(self.kind, 1)
        first.addWidget(self.export_button)
        second = QHBoxLayout()
        second.addWidget(self.scope, 1)
        second.addWidget(self.department, 1)
        filters.addLayout(first)
        filters.addLayout(second)
        self.scroll = QScrollArea()
        self.scroll.setAccessibleName(self.tr("Chart"))
        self.scroll.setWidgetResizable(True)
        self.placeholder = QLabel(self.tr("The charts appear here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidget(self.placeholder)
        self.rule_note = QLabel()
        self.rule_note.setObjectName("small_group_note")
        self.rule_note.setWordWrap(True)
        self.rule_note.setStyleSheet("color: #616e7c;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        self.toolbar_slot = QVBoxLayout()
        layout.addLayout(self.toolbar_slot)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.rule_note)
        ctx.dataChanged.connect(lambda area: self.invalidate() if area in REDRAW_ON else None)
        ctx.programChanged.connect(self.invalidate)
        ctx.cycleChanged.connect(self.invalidate)

    # -- the canvas, made on first show ------------------------------------------------
    def ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from peerdesk.charts.build import new_figure

        self.figure = new_figure()
        self.canvas = _canvas_class()(self.figure)
        self.canvas.setObjectName("chart_canvas")
        self.toolbar = _toolbar_class()(self.canvas, self)
        self.toolbar.setObjectName("chart_toolbar")
        self.toolbar_slot.addWidget(self.toolbar)
        self.scroll.setWidget(self.canvas)
        self.placeholder = None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_canvas()

    def invalidate(self, *_args) -> None:
        """Something shown changed: redraw now if visible, else when next shown."""
        self._when_shown.request()

    @property
    def stale(self) -> bool:
        return self._when_shown.stale

    # -- drawing -----------------------------------------------------------------------
    def current_scope(self) -> Scope:
        cycle = self.ctx.cycle_id
        cycles = (cycle,) if self.scope.currentData() == THIS_CYCLE and cycle is not None else None
        return Scope(cycles, self.department.currentData() or None)

    def load(self):
        from peerdesk.store.feedback import load_feedback_data

        return load_feedback_data(self.ctx.program)

    def _fill_departments(self) -> None:
        from peerdesk.store.feedback import departments

        current = self.department.currentData()
        names = departments(self.ctx.program) if self.ctx.program else []
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("All departments"), "")
        for name in names:
            self.department.addItem(name, name)
        self.department.setCurrentIndex(max(0, self.department.findData(current)))
        self.department.blockSignals(False)

    def refresh(self) -> None:
        """Draw now if anything changed since the last drawing and the panel is shown."""
        if self._when_shown.stale and self.isVisible():
            self._draw()
            self._when_shown.done()

    def _draw(self) -> None:
        self.ensure_canvas()
        if self.canvas is None:
            return
        from peerdesk.charts.build import chart_figure, dashboard_figure

        self._fill_departments()
        if self.ctx.program is None:
            self.figure.clear()
            self.canvas.draw_idle()
            return
        data = self.load()
        kind = self.kind.currentData()
        if kind == DASHBOARD:
            self.canvas.setMinimumSize(*DASHBOARD_MIN)
            dashboard_figure(data, self.current_scope(), figure=self.figure)
        else:
            self.canvas.setMinimumSize(0, 0)
            chart_figure(kind, data, self.current_scope(), figure=self.figure)
        self.rule_note.setText(
            ("" if data.anonymous else self.tr("Feedback in this program is NOT anonymous. "))
            + self.tr("Figures resting on fewer than {min_group_size} responses show “too few "
            "responses”, and so do figures that would let one be worked out by subtraction, "
            "so nobody's answer can be singled out. Department figures are per cycle.").format(min_group_size=data.min_group_size))
        self.canvas.draw_idle()

    def figure_texts(self) -> list[str]:
        """What the chart says, for tests and for screen readers' summaries."""
        from matplotlib.text import Text

        return [t.get_text() for t in self.figure.findobj(Text)] if self.figure else []

    # -- export --------------------------------------------------------------------------
    def export_chart(self) -> None:
        if self.ctx.program is None:
            return
        kind = self.kind.currentData()
        path = dialogs.save_file(self, self.tr("Export chart"), CHART_FILTER, f"{kind}.png")
        if not path:
            return
        target = Path(path)
        if target.suffix.lower().lstrip(".") not in FORMATS:
            target = target.with_name(target.name + ".png")
        from peerdesk.charts.build import chart_figure, dashboard_figure, save_figure

        data = self.load()
        fig = (dashboard_figure(data, self.current_scope()) if kind == DASHBOARD
               else chart_figure(kind, data, self.current_scope()))
        try:
            save_figure(fig, target)
        except OSError as exc:
            dialogs.error(self, self.tr("Chart not saved"), self.tr("{target} could not be written: "
                                                   "{value}.").format(target=target, value=exc.strerror or exc))
            return
        dialogs.info(self, self.tr("Chart saved"), self.tr("The chart was saved as {target}.").format(target=target))
