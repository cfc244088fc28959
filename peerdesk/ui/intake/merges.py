"""The proposed skill merges as a table: tick to accept, choose the name to keep.

Used by the intake import preview and by Program > Skills. The model is a thin adapter
over :class:`peerdesk.core.skills.Merge` objects; the list it holds is the one the caller
passes on to the store.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from peerdesk.core.skills import LIKELY, Merge
from peerdesk.ui.language import QT_TRANSLATE_NOOP

COLUMNS = (QT_TRANSLATE_NOOP("MergeModel", "Merge"), QT_TRANSLATE_NOOP("MergeModel", "Keep as"), QT_TRANSLATE_NOOP("MergeModel", "Names merged into it"), QT_TRANSLATE_NOOP("MergeModel", "Why"))


class MergeModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.merges: list[Merge] = []

    def set_merges(self, merges: list[Merge]) -> None:
        self.beginResetModel()
        self.merges = list(merges)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.merges)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MergeModel", COLUMNS[section])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == 1:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self.merges[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if m.accepted else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return self.tr("likely typo") if m.kind == LIKELY else self.tr("same skill")
            if column == 1:
                return m.into
            if column == 2:
                return ", ".join(m.names)
            if column == 3:
                return m.reason
        if role == Qt.ItemDataRole.ToolTipRole:
            return m.describe()
        if role == Qt.ItemDataRole.UserRole and column == 1:
            return [m.into, *m.names]
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = index.row()
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.merges[row].accepted = checked
            self.dataChanged.emit(index, index, [role])
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == 1:
            try:
                self.merges[row] = self.merges[row].with_target(str(value))
            except ValueError:
                return False
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            return True
        return False

    def set_all(self, accepted: bool) -> None:
        for m in self.merges:
            m.accepted = accepted
        if self.merges:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.merges) - 1, 0))

    def accepted(self) -> list[Merge]:
        return [m for m in self.merges if m.accepted]


class KeepAsDelegate(QStyledItemDelegate):
    """The "Keep as" cell offers the names of its group."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.addItems(index.data(Qt.ItemDataRole.UserRole) or [])
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
