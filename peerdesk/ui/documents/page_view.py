"""The print preview's pages: zoom (fit width, fit page, steps) and page by page navigation.

The pages arrive as images drawn off the UI thread (``pdf_pages``) at ``dpi``; the view
only scales them, so zooming and leafing through never wait for the PDF to be drawn
again. 100 % is the page's real size on this screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.locale import percent

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 3.0)
FIT_WIDTH, FIT_PAGE, CUSTOM = "width", "page", "custom"
SPACING = 12


def _button(text: str, tip: str, checkable: bool = False) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip.split(" (")[0])
    button.setCheckable(checkable)
    button.setAutoRaise(True)
    return button


class PageView(QWidget):
    """Pages one under the other in a scroll area, with a zoom and page bar above them."""

    pageChanged = Signal(int)  # 1-based

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.dpi = 72
        self.images: list[QImage] = []
        self.labels: list[QLabel] = []
        self.mode = FIT_WIDTH
        self.factor = 1.0
        self._jumping = False

        bar = self._build_toolbar()
        self._build_pages(bar)

        self.fit_width.clicked.connect(lambda: self.set_mode(FIT_WIDTH))
        self.fit_page.clicked.connect(lambda: self.set_mode(FIT_PAGE))
        self.zoom_in.clicked.connect(lambda: self.step(+1))
        self.zoom_out.clicked.connect(lambda: self.step(-1))
        self.previous.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page.valueChanged.connect(self.go_to)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._scrolled)
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, lambda: self.step(+1)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self.step(-1)),
                           (QKeySequence(Qt.Key.Key_PageDown),
                            lambda: self.go_to(self.current_page() + 1)),
                           (QKeySequence(Qt.Key.Key_PageUp),
                            lambda: self.go_to(self.current_page() - 1))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._update_bar()

    def _build_toolbar(self) -> QHBoxLayout:
        self.fit_width = _button(self.tr("Fit &Width"), self.tr("Fit the page width to the window"), True)
        self.fit_page = _button(self.tr("Fit P&age"), self.tr("Show a whole page"), True)
        self.zoom_out = _button("−", self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in = _button("+", self.tr("Zoom in (Ctrl++)"))
        self.zoom_label = QLabel("100%")
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("300%") + 8)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous = _button("‹", self.tr("Previous page (Page Up)"))
        self.next = _button("›", self.tr("Next page (Page Down)"))
        self.page = QSpinBox()
        self.page.setObjectName("preview_page_number")
        self.page.setAccessibleName(self.tr("Page"))
        self.page.setRange(0, 0)
        self.page.setKeyboardTracking(False)
        self.of = QLabel(self.tr("of 0"))
        page_label = QLabel(self.tr("Pa&ge"))
        page_label.setBuddy(self.page)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        widget: QWidget
        for widget in (self.fit_width, self.fit_page, self.zoom_out, self.zoom_label,
                       self.zoom_in):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.previous, page_label, self.page, self.of, self.next):
            bar.addWidget(widget)
        return bar

    def _build_pages(self, bar: QHBoxLayout) -> None:
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(SPACING)
        self.pages_layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("export_preview")
        self.scroll_area.setAccessibleName(self.tr("Preview of the pages"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.pages)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Mid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)

    # -- pages ------------------------------------------------------------------------------
    def set_pages(self, images: list, dpi: int = 72) -> None:
        """Show ``images`` (QImages, or PNG bytes) drawn at ``dpi``, keeping the page in view."""
        self.dpi = dpi
        keep = self.current_page()
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.images = [i if isinstance(i, QImage) else QImage.fromData(i) for i in images]
        self.labels = []
        for number in range(1, len(self.images) + 1):
            label = QLabel()
            label.setObjectName(f"preview_page_{number}")
            label.setFrameShape(QFrame.Shape.Box)
            label.setToolTip(self.tr("Page {number}").format(number=number))
            label.setStyleSheet("background: white;")  # paper, behind transparent pages
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            label.show()  # now, so the layout places it before a page is looked up
            self.labels.append(label)
        self.page.blockSignals(True)
        self.page.setRange(1 if self.images else 0, len(self.images))
        self.page.blockSignals(False)
        self.of.setText(self.tr("of {n_images}").format(n_images=len(self.images)))
        self._apply()
        if self.images:
            self.go_to(min(max(keep, 1), len(self.images)))

    @property
    def count(self) -> int:
        return len(self.labels)

    # -- zoom -------------------------------------------------------------------------------
    def _screen_scale(self) -> float:
        """Image pixels to screen pixels at 100 % (the page at its real size)."""
        return self.logicalDpiX() / self.dpi

    def fitted_factor(self, mode: str) -> float:
        if not self.images:
            return 1.0
        first = self.images[0]
        scale = self._screen_scale()
        # the room without scroll bars, less the vertical bar's real width where pages stack up
        # (a bar's size hint is narrower than the bar some styles draw: fitted to the hint, the
        # page came out two pixels too wide, with a horizontal scroll bar under it)
        room = self.scroll_area.maximumViewportSize()
        bar = self.scroll_area.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent, None, self.scroll_area.verticalScrollBar())
        stacked = mode == FIT_WIDTH or len(self.images) > 1
        edge = 2 * (self.labels[0].frameWidth() + self.labels[0].margin()) if self.labels else 0
        width = max(50, room.width() - 2 * SPACING - (bar if stacked else 0) - edge - 1)  # 1: rounding
        factor = width / (first.width() * scale)
        if mode == FIT_PAGE:
            height = max(50, room.height() - 2 * SPACING)
            factor = min(factor, height / (first.height() * scale))
        return factor

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._apply()

    def set_zoom(self, factor: float) -> None:
        self.mode = CUSTOM
        self.factor = min(max(factor, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self._apply()

    def step(self, direction: int) -> None:
        """The next zoom step in or out from what is shown now."""
        now = self.zoom()
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > now + 0.005]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [z for z in ZOOM_STEPS if z < now - 0.005]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def zoom(self) -> float:
        return self.factor if self.mode == CUSTOM else self.fitted_factor(self.mode)

    def _apply(self) -> None:
        page = self.current_page()
        factor = self.zoom()
        scale = factor * self._screen_scale()
        for image, label in zip(self.images, self.labels, strict=True):
            width = max(1, round(image.width() * scale))
            label.setPixmap(QPixmap.fromImage(image).scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation))
        self._update_bar(factor)
        if page:
            self.go_to(page)

    def _update_bar(self, factor: float | None = None) -> None:
        self.fit_width.setChecked(self.mode == FIT_WIDTH)
        self.fit_page.setChecked(self.mode == FIT_PAGE)
        self.zoom_label.setText(percent(factor or self.zoom()))
        has = bool(self.images)
        for widget in (self.fit_width, self.fit_page, self.zoom_in, self.zoom_out, self.page):
            widget.setEnabled(has)
        page = self.current_page()
        self.previous.setEnabled(has and page > 1)
        self.next.setEnabled(has and page < len(self.images))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.mode != CUSTOM and self.images:
            self._apply()

    # -- leafing through -----------------------------------------------------------------
    def current_page(self) -> int:
        return self.page.value() if self.images else 0

    def go_to(self, number: int) -> None:
        if not self.labels:
            return
        number = min(max(number, 1), len(self.labels))
        label = self.labels[number - 1]
        self._lay_out()
        self._jumping = True  # the scroll area must follow, the page number must not
        self.scroll_area.verticalScrollBar().setValue(max(0, label.y() - SPACING // 2))
        self._jumping = False
        self._set_page_number(number)

    def _lay_out(self) -> None:
        """Place the pages now (after a zoom), so a page's position is known at once."""
        self.pages_layout.activate()
        self.pages.resize(self.pages.sizeHint().expandedTo(self.scroll_area.viewport().size()))
        self.pages_layout.setGeometry(self.pages.rect())

    def _set_page_number(self, number: int) -> None:
        if self.page.value() != number:
            self.page.blockSignals(True)
            self.page.setValue(number)
            self.page.blockSignals(False)
            self.pageChanged.emit(number)
        self._update_bar()

    def _scrolled(self, value: int) -> None:
        """Scrolling by hand moves the page number to the page mostly in view."""
        if self._jumping:
            return
        middle = value + self.scroll_area.viewport().height() // 3
        for number, label in enumerate(self.labels, start=1):
            if label.y() + label.height() + SPACING >= middle:
                self._set_page_number(number)
                return
