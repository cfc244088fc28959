"""Small pieces every dialog and form uses the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.icons import icon
from peerdesk.ui.style import ERROR_TEXT


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, wired to the dialog's accept (which may refuse) and reject."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ProblemsLabel(QLabel):
    """A wrapped label that makes room for itself: a dialog sized for its fields grows when a
    message of two lines appears in it, instead of showing its top half."""

    def setText(self, text: str) -> None:
        super().setText(text)
        window = self.window()
        layout = window.layout() if window is not self else None
        if layout is None or not window.isVisible() or window.isMaximized():
            return
        layout.activate()
        width = window.width()
        need = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                else layout.totalSizeHint().height())
        if need > window.height():
            window.resize(width, need)


def problems_label(object_name: str = "") -> QLabel:
    """Where a form says, in red, what is wrong with what was typed."""
    label = ProblemsLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_TEXT)
    return label


def editor_name(index) -> str:
    """What a cell editor is called for a screen reader: its column, and its row's first cell."""
    model = index.model()
    column = str(model.headerData(index.column(), Qt.Orientation.Horizontal) or "")
    row = str(model.index(index.row(), 0, index.parent()).data() or "")
    return f"{column}, {row}" if row and index.column() != 0 else column or row


class NamedEditors(QStyledItemDelegate):
    """The default cell editors, each named after its column and row (screen readers read it)."""

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if editor is not None:
            editor.setAccessibleName(editor_name(index))
        return editor


def action_button(action) -> QPushButton:
    """A push button for ``action``: its text, icon and tip, enabled exactly when it is."""
    button = QPushButton(action.icon(), action.text().replace("&", "").rstrip("…")
                         + ("…" if action.text().endswith("…") else ""))
    button.setToolTip(action.toolTip())
    button.clicked.connect(action.trigger)

    def follow() -> None:
        button.setEnabled(action.isEnabled())
        button.setToolTip(action.toolTip())

    action.changed.connect(follow)
    follow()
    return button


class RefreshWhenShown(QObject):
    """Redraw a widget when what it shows has changed: at once if it is on screen, else the
    next time it is shown. The one mechanism for every tab, panel and dock that is costly to
    redraw (a hidden Pairings tab weighs every partner of thousands of people; a chart takes
    a tenth of a second), so a burst of edits elsewhere costs nothing until it is looked at.

    ``delay_ms`` (None: at once) waits for the current burst of signals to end first."""

    def __init__(self, widget, refresh: Callable[[], object], delay_ms: int | None = None):
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self.stale = True
        self._timer: QTimer | None = None
        if delay_ms is not None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(delay_ms)
            self._timer.timeout.connect(self._run)
        widget.installEventFilter(self)

    def request(self, *_args: object) -> None:
        """What the widget shows changed."""
        self.stale = True
        if self._widget.isVisible():
            self._start()

    def done(self) -> None:
        """The widget has just redrawn itself (its refresh calls this)."""
        self.stale = False

    def _start(self) -> None:
        if self._timer is not None:
            self._timer.start()
        else:
            self._run()

    def _run(self) -> None:
        if self.stale and self._widget.isVisible():
            self._refresh()
            self.stale = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            if self._timer is not None:
                self._timer.start()
            else:
                self._refresh()
                self.stale = False
        return False


def empty_page(message: QLabel | str, *buttons: QPushButton) -> QWidget:
    """What a view shows when it has nothing yet: a centred message and the buttons that
    get it started, side by side under it."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    label = message if isinstance(message, QLabel) else QLabel(message)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(label)
    if buttons:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
    layout.addStretch(2)
    return page


def push_button(text: str, slot: Callable[..., object], icon_name: str = "",
                tip: str = "") -> QPushButton:
    """A button that calls ``slot``, with an icon and a tooltip when given."""
    button = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(slot)
    return button
