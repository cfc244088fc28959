"""Small pieces every dialog and form uses the same way."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.icons import icon
from peerdesk.ui.style import ERROR_TEXT


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The wait cursor for work of a second or two that must stay on the UI thread (an
    edit of the file, which lives there)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


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


class MessageLine(QLabel):
    """A line of news above a view, shown only while it says something (an empty one left a
    gap as tall as a line)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()


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


class FlowLayout(QLayout):
    """Buttons in a row that wraps onto a second line when the panel is narrow (Qt's flow
    layout example): a row of three long German buttons no longer sets the window's minimum
    width past a 1280-pixel screen."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._items) + self._spacing * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()
