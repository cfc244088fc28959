"""The charts beside the entry grid: matplotlib figures drawn into a picture on a worker
thread (chart_worker), as wide as the panel, so the window never waits for them.

matplotlib is imported by the worker the first time a chart is drawn, not when the
window starts: it is the heaviest import in the app and most sessions never look at a
chart. The picture is redrawn only when it is visible and something it shows has
changed (or the panel got wider or narrower).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peerdesk import i18n
from peerdesk.charts import DASHBOARD, FORMATS, KINDS, title
from peerdesk.core.feedback import Scope
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.feedback.chart_worker import ChartDrawer, ChartRequest, ChartSaver, Drawn
from peerdesk.ui.icons import icon
from peerdesk.ui.language import QT_TRANSLATE_NOOP
from peerdesk.ui.widgets import RefreshWhenShown

THIS_CYCLE, ALL_CYCLES = "cycle", "all"
REDRAW_ON = ("feedback", "sessions", "pairings", "participants", "settings")
CHART_FILTER = QT_TRANSLATE_NOOP("dialogs", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)")
RESIZE_DELAY_MS = 150


class ChartsPanel(QWidget):
    def __init__(self, ctx: ProgramContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.texts: tuple[str, ...] = ()
        self._drawn_width = 0
        self._data_version = 0
        self._saving = Path()
        self.saver = ChartSaver(self)
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self._not_saved)
        self.saver.busyChanged.connect(self._show_saving)
        self.use_drawer(ChartDrawer(self))
        # drawn a moment after the last change, and only while the panel is on screen
        self._when_shown = RefreshWhenShown(self, self._draw, delay_ms=0)
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(RESIZE_DELAY_MS)
        self._resized.timeout.connect(self._redraw_if_width_changed)

        self._build_choices()
        filters = self._build_filters()
        self._build_picture()
        self._build_layout(filters)

        ctx.dataChanged.connect(lambda area: self._data_changed() if area in REDRAW_ON else None)
        ctx.programChanged.connect(self._data_changed)
        ctx.cycleChanged.connect(self.invalidate)

    def _build_choices(self) -> None:
        self.kind = QComboBox()
        self.kind.setObjectName("chart_kind")
        self.kind.setAccessibleName(self.tr("Chart"))
        for kind in KINDS:
            self.kind.addItem(title(kind), kind)
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

    def _build_filters(self) -> QVBoxLayout:
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
        return filters

    def _build_picture(self) -> None:
        self.status = QLabel()
        self.status.setObjectName("chart_status")
        self.status.setStyleSheet("color: #616e7c;")
        self.status.setWordWrap(True)
        # The chart is a picture as wide as the panel: it scrolls up and down (the
        # dashboard is tall), never sideways.
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("Chart"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll_area.setStyleSheet("QScrollArea { background: white; }")
        self.picture = QLabel(self.tr("The charts appear here."))
        self.picture.setObjectName("chart_picture")
        self.picture.setAccessibleName(self.tr("Chart picture"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.picture.setStyleSheet("background: white;")
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.scroll_area.setWidget(self.picture)
        self.scroll_area.viewport().installEventFilter(self)
        self.rule_note = QLabel()
        self.rule_note.setObjectName("small_group_note")
        self.rule_note.setWordWrap(True)
        self.rule_note.setStyleSheet("color: #616e7c;")

    def _build_layout(self, filters: QVBoxLayout) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.rule_note)

    def use_drawer(self, drawer: ChartDrawer) -> None:
        """Who draws the pictures (the app's one chart worker; tests pass their own)."""
        self.drawer = drawer
        drawer.drawn.connect(self._show_drawn)
        drawer.failed.connect(self._show_failure)
        drawer.busyChanged.connect(self._show_busy)

    def _data_changed(self, *_args) -> None:
        self._data_version += 1  # the worker reads the file again, not its kept copy
        self.invalidate()

    def invalidate(self, *_args) -> None:
        """Something shown changed: redraw now if visible, else when next shown."""
        self._when_shown.request()

    @property
    def stale(self) -> bool:
        """True until the picture on screen shows the latest data and filters."""
        return self._when_shown.stale or self.drawer.busy

    def eventFilter(self, watched, event) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self._resized.start()
        return False

    def _redraw_if_width_changed(self) -> None:
        if abs(self._chart_width() - self._drawn_width) > 8:
            self.invalidate()

    # -- drawing -----------------------------------------------------------------------
    def current_scope(self) -> Scope:
        cycle = self.ctx.cycle_id
        cycles = (cycle,) if self.scope.currentData() == THIS_CYCLE and cycle is not None else None
        return Scope(cycles, self.department.currentData() or None)

    def load(self):
        from peerdesk.store.feedback import load_feedback_data

        return load_feedback_data(self.ctx.require_program())

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

    def _chart_width(self) -> int:
        return max(320, self.scroll_area.viewport().width() - 4)

    def refresh(self) -> None:
        """Draw now if anything changed since the last drawing and the panel is shown."""
        if self._when_shown.stale and self.isVisible():
            self._draw()
            self._when_shown.done()

    def _draw(self) -> None:
        """Ask the worker for a new picture; the window stays free while it draws."""
        self._fill_departments()
        program = self.ctx.program
        if program is None:
            self.texts = ()
            self.picture.setPixmap(QPixmap())
            self.picture.setText(self.tr("Open or create a program to see its charts."))
            return
        width = self._drawn_width = self._chart_width()
        self.drawer.request(ChartRequest(self.kind.currentData(), self.current_scope(), width,
                                         self.devicePixelRatioF(), **self.source(),
                                         version=self._data_version,
                                         language=i18n.current_language()))

    def source(self) -> dict:
        """Where the worker reads the figures: the program file (it opens its own
        read-only connection), or, for a program in memory, the data handed over."""
        program = self.ctx.require_program()
        if program.path is not None:
            return {"path": program.path}
        return {"data": self.load()}

    def _show_busy(self, busy: bool) -> None:
        dashboard = self.kind.currentData() == DASHBOARD
        if self.saver.busy:
            self.status.setText(self.tr("Saving the chart as {name}…").format(name=self._saving.name))
        else:
            self.status.setText((self.tr("Drawing the dashboard…") if dashboard
                                 else self.tr("Drawing the chart…")) if busy else "")
        self.status.setVisible(busy or self.saver.busy)
        if busy and self.picture.pixmap().isNull():
            self.picture.setText(self.tr("Drawing the charts…"))

    def _show_drawn(self, drawn: Drawn) -> None:
        self.texts = drawn.texts
        self.picture.setPixmap(QPixmap.fromImage(drawn.image))
        self.picture.setToolTip("")
        self.rule_note.setText(
            ("" if drawn.anonymous else self.tr("Feedback in this program is NOT anonymous. "))
            + self.tr("Figures resting on fewer than {min_group_size} responses show “too few "
            "responses”, and so do figures that would let one be worked out by subtraction, "
            "so nobody's answer can be singled out. Department figures are per cycle.").format(
                min_group_size=drawn.min_group_size))

    def _show_failure(self, message: str) -> None:
        self.texts = ()
        self.picture.setPixmap(QPixmap())
        self.picture.setText(self.tr("The chart could not be drawn. Change a filter or reopen "
                                     "the program to try again.") + f"\n({message})")

    def figure_texts(self) -> list[str]:
        """What the chart on screen says, for tests and for screen readers' summaries."""
        return list(self.texts)

    # -- export --------------------------------------------------------------------------
    def export_chart(self) -> None:
        """Save the chart shown as a file: drawn and written by the chart worker, so the
        window stays free; the button waits and the status line says so meanwhile."""
        if self.ctx.program is None or self.saver.busy:
            return
        kind = self.kind.currentData()
        path = dialogs.save_file(self, self.tr("Export chart"), CHART_FILTER, f"{kind}.png")
        if not path:
            return
        target = Path(path)
        if target.suffix.lower().lstrip(".") not in FORMATS:
            target = target.with_name(target.name + ".png")
        self._saving = target
        self.saver.save(ChartRequest(kind, self.current_scope(), 0, 1.0, **self.source(),
                                     version=self._data_version,
                                     language=i18n.current_language(), save_to=target))

    def _show_saving(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)  # busy, and still free to use
        else:
            self.unsetCursor()
        self._show_busy(self.drawer.busy)

    def _saved(self, target: Path) -> None:
        dialogs.info(self, self.tr("Chart saved"),
                     self.tr("The chart was saved as {target}.").format(target=target))

    def _not_saved(self, message: str) -> None:
        dialogs.error(self, self.tr("Chart not saved"),
                      self.tr("{target} could not be written: {value}.").format(
                          target=self._saving, value=message))
