"""The agenda table: items with their computed start times and the running total.

The model is a thin adapter over a list of :class:`AgendaItem` timed by
:func:`peerdesk.core.agenda.time_agenda`. It never writes to the program: every
change (a cell edit, a drag-and-drop, Alt+Up/Down) is applied locally and announced
with ``edited(items, text)``; the tab saves it through the undo stack and, if the
store refuses it, puts the saved agenda back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from peerdesk.core.agenda import AgendaTiming, check_item, move, time_agenda
from peerdesk.core.models import AgendaItem
from peerdesk.ui.language import QT_TRANSLATE_NOOP
from peerdesk.ui.locale import format_time
from peerdesk.ui.qt_types import ModelIndex
from peerdesk.ui.widgets import NamedEditors

COLUMNS = (QT_TRANSLATE_NOOP("AgendaModel", "Start"), QT_TRANSLATE_NOOP("AgendaModel", "Title"), QT_TRANSLATE_NOOP("AgendaModel", "Minutes"), QT_TRANSLATE_NOOP("AgendaModel", "Lead"), QT_TRANSLATE_NOOP("AgendaModel", "Notes"), QT_TRANSLATE_NOOP("AgendaModel", "Running total"))
START, TITLE, MINUTES, LEAD, NOTES, TOTAL = range(len(COLUMNS))
_FIELDS = {TITLE: "title", MINUTES: "minutes", LEAD: "lead", NOTES: "notes"}
MIME = "application/x-peerdesk-agenda-row"
OVERRUN = QColor("#FBE3E1")


def _content(items: list[AgendaItem]) -> list[tuple]:
    return [(i.title, i.minutes, i.lead, i.notes) for i in items]


class AgendaModel(QAbstractTableModel):
    edited = Signal(list, str)  # the new items, and the undo text
    refused = Signal(str)  # an edit the agenda rules refuse, in plain words

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[AgendaItem] = []
        self.start: time | None = None  # None: show offsets (+25 min), as templates do
        self.on: date | None = None
        self.session_minutes = 0
        self.timing: AgendaTiming = time_agenda([], time(0), 0)

    # -- filling ---------------------------------------------------------------------
    def set_agenda(self, items: list[AgendaItem], start: time | None, session_minutes: int,
                   on: date | None = None) -> None:
        """Show ``items``; the same content as shown refreshes in place (no reset), so an
        open editor or the current cell survive the save that follows each edit."""
        items = [replace(i) for i in items]
        same = _content(items) == _content(self.items)
        self.start, self.on, self.session_minutes = start, on, session_minutes
        if same:
            self.items = items
            self._retime()
            return
        self.beginResetModel()
        self.items = items
        self.timing = time_agenda(items, start or time(0), session_minutes, on)
        self.endResetModel()

    def _retime(self) -> None:
        self.timing = time_agenda(self.items, self.start or time(0), self.session_minutes, self.on)
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, len(COLUMNS) - 1))

    def _changed(self, text: str) -> None:
        self._retime()
        self.edited.emit([replace(i) for i in self.items], text)

    # -- QAbstractTableModel ----------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("AgendaModel", COLUMNS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.items):
            return str(section + 1)
        return None

    def data(self, index: ModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        row = self.timing.items[index.row()] if index.row() < len(self.timing.items) else None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == START:
                if row is None:
                    return ""
                if self.start is None:
                    return self.tr("+{n} min").format(n=row.elapsed - item.minutes)
                return f"{format_time(row.start)}–{format_time(row.end)}"
            if column == TOTAL:
                if row is None:
                    return ""
                if self.session_minutes:
                    return self.tr("{n} of {total} min").format(n=row.elapsed, total=self.session_minutes)
                return self.tr("{n} min").format(n=row.elapsed)
            if column == NOTES:
                return item.notes.splitlines()[0] if item.notes.strip() else ""
            return getattr(item, _FIELDS[column])
        if role == Qt.ItemDataRole.EditRole and column in _FIELDS:
            return getattr(item, _FIELDS[column])
        overruns = row is not None and row.overruns and self.session_minutes > 0
        if role == Qt.ItemDataRole.BackgroundRole and overruns:
            return QBrush(OVERRUN)
        if role == Qt.ItemDataRole.ToolTipRole:
            if overruns:
                return self.timing.warning()
            if column == NOTES and item.notes.strip():
                return item.notes
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (MINUTES, TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in _FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: ModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in _FIELDS:
            return False
        item = self.items[index.row()]
        name = _FIELDS[index.column()]
        if name == "minutes":
            try:
                value = int(value)
            except (TypeError, ValueError):
                return False
        else:
            value = str(value)
        if getattr(item, name) == value:
            return False
        problems = check_item(replace(item, **{name: value}), index.row())
        if problems:
            self.refused.emit(problems[0].message)
            return False
        setattr(item, name, value)
        self.dataChanged.emit(index, index)
        self._changed(self.tr("Edit agenda item “{title}”").format(title=item.title))
        return True

    # -- rows: add, remove, move -----------------------------------------------------
    def insert_item(self, row: int, item: AgendaItem) -> None:
        row = max(0, min(row, len(self.items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.insert(row, item)
        self.endInsertRows()
        self._changed(self.tr("Add agenda item “{title}”").format(title=item.title))

    def remove_item(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        title = self.items[row].title
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()
        self._changed(self.tr("Remove agenda item “{title}”").format(title=title))

    def moveRows(self, source_parent: ModelIndex, source_row: int, count: int,
                 destination_parent: ModelIndex, destination_child: int) -> bool:
        """Qt's move: ``destination_child`` is the row the item goes before (old numbering)."""
        if (count != 1 or source_parent.isValid() or destination_parent.isValid()
                or not 0 <= source_row < len(self.items)
                or not 0 <= destination_child <= len(self.items)):
            return False
        if destination_child in (source_row, source_row + 1):
            return False
        if not self.beginMoveRows(QModelIndex(), source_row, source_row, QModelIndex(),
                                  destination_child):
            return False
        target = destination_child - 1 if destination_child > source_row else destination_child
        title = self.items[source_row].title
        self.items = move(self.items, source_row, target)
        self.endMoveRows()
        self._changed(self.tr("Move agenda item “{title}”").format(title=title))
        return True

    def move_item(self, row: int, target: int) -> bool:
        """Move the item at ``row`` so it ends up at index ``target``."""
        if not 0 <= target < len(self.items) or target == row:
            return False
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(),
                             target + 1 if target > row else target)

    # -- drag and drop ---------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data is not None and data.hasFormat(MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Move the dragged row here. Returns False on purpose: the move is done, and a
        True would make the view remove the source row a second time."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = int(bytes(data.data(MIME)).decode() or -1)
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.items)
        self.moveRows(QModelIndex(), source, 1, QModelIndex(), row)
        return False


class AgendaView(QTableView):
    """The agenda table: drag rows to reorder, or Alt+Up / Alt+Down; Insert adds, Del removes."""

    addRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Agenda"))
        self.setItemDelegate(NamedEditors(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.act_up = self._action(self.tr("Move &Up"), "Alt+Up", lambda: self.move_current(-1))
        self.act_down = self._action(self.tr("Move &Down"), "Alt+Down", lambda: self.move_current(1))
        self.act_remove = self._action(self.tr("&Remove Item"), QKeySequence.StandardKey.Delete,
                                       self.remove_current)
        self.act_add = self._action(self.tr("&Add Item"), "Insert", self.addRequested.emit)

    def setModel(self, model) -> None:
        super().setModel(model)
        for column in (TITLE, NOTES):
            self.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def move_current(self, step: int) -> bool:
        model = self.model()
        index = self.currentIndex()
        if not isinstance(model, AgendaModel) or not index.isValid():
            return False
        target = index.row() + step
        if not model.move_item(index.row(), target):
            return False
        self.setCurrentIndex(model.index(target, index.column()))
        return True

    def remove_current(self) -> None:
        model = self.model()
        index = self.currentIndex()
        if isinstance(model, AgendaModel) and index.isValid():
            model.remove_item(index.row())
