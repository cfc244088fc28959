"""Pieces both import dialogs share: the file's rows with their fate, the column-to-field
table, and the bar that shows (and lets the user correct) the detected encoding and
separator."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QWidget,
)

from peerdesk.io.mapping import RowProblem
from peerdesk.io.tabular import COMMON_ENCODINGS, DELIMITERS, Table, cell_text
from peerdesk.ui.language import QT_TRANSLATE_NOOP
from peerdesk.ui.qt_types import ModelIndex

_BAD = QColor("#FBE9E7")
_NEW = QColor("#E8F5E9")
_UPDATED = QColor("#FFF8E1")
STATUS_TEXT = {"new": QT_TRANSLATE_NOOP("PreviewModel", "New"), "updated": QT_TRANSLATE_NOOP("PreviewModel", "Updated"), "unchanged": QT_TRANSLATE_NOOP("PreviewModel", "Unchanged"), "ok": QT_TRANSLATE_NOOP("PreviewModel", "OK"),
               "bad": QT_TRANSLATE_NOOP("PreviewModel", "Problem"), "": QT_TRANSLATE_NOOP("PreviewModel", "Left out")}

class PreviewModel(QAbstractTableModel):
    """The rows of the file as read, a status column first; bad rows say why."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self.labels: list[str] = []
        self.status: dict[int, str] = {}
        self.problems: dict[int, list[RowProblem]] = {}

    def set_data(self, table: Table, labels: list[str], status: dict[int, str],
                 problems: list[RowProblem]) -> None:
        self.beginResetModel()
        self.table = table
        self.labels = labels
        self.status = status
        self.problems = {}
        for p in problems:
            self.problems.setdefault(p.row, []).append(p)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.headers) + 2

    def row_number(self, row: int) -> int:
        assert self.table is not None  # rows exist only once set_data gave a table
        return self.table.row_numbers[row]

    def row_of(self, number: int) -> int:
        assert self.table is not None  # rows exist only once set_data gave a table
        return self.table.row_numbers.index(number)

    def _status(self, number: int) -> str:
        return "bad" if number in self.problems else self.status.get(number, "")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        number = self.table.row_numbers[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(number)
            if column == 1:
                return QCoreApplication.translate("PreviewModel", STATUS_TEXT[self._status(number)])
            record = self.table.rows[index.row()]
            return cell_text(record[column - 2]) if column - 2 < len(record) else ""
        if role == Qt.ItemDataRole.ToolTipRole and number in self.problems:
            return "\n".join(str(p) for p in self.problems[number])
        if role == Qt.ItemDataRole.BackgroundRole:
            color = {"bad": _BAD, "new": _NEW, "updated": _UPDATED}.get(self._status(number))
            return QBrush(color) if color else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) or \
                orientation != Qt.Orientation.Horizontal:
            return None
        if self.table is None:
            return None
        if section == 0:
            return self.tr("Row")
        if section == 1:
            return self.tr("Status")
        if section - 2 >= len(self.table.headers):
            return None
        heading = self.table.headers[section - 2] or self.tr("Column {value}").format(value=section - 1)
        label = self.labels[section - 2] if section - 2 < len(self.labels) else ""
        if role == Qt.ItemDataRole.DisplayRole:  # long form questions wrap, never cut short
            heading, label = _wrap(heading), _wrap(label)
        return f"{heading}\n→ {label}" if label else self.tr("{heading}\n(ignored)").format(heading=heading)


class MappingTable(QTableWidget):
    """One line per column of the file: its heading, an example, and the field it feeds."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Example"), self.tr("Imported as")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []

    def fill(self, table: Table, mapping: list[str], fields: dict[str, str]) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        self.combos = []
        self.setRowCount(len(table.headers))
        for i, heading in enumerate(table.headers):
            example = next((cell_text(r[i]) for r in table.rows
                            if i < len(r) and cell_text(r[i]).strip()), "")
            self.setItem(i, 0, QTableWidgetItem(heading or self.tr("Column {value}").format(value=i + 1)))
            shown = QTableWidgetItem(example.replace("\n", " ")[:60])
            shown.setToolTip(example)
            self.setItem(i, 1, shown)
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for key, label in fields.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(mapping[i] if i < len(mapping) else "")))
            combo.currentIndexChanged.connect(lambda _i, row=i: self._picked(row))
            combo.setAccessibleName(self.tr("Field for column {heading}").format(heading=heading))
            self.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self._fit()

    def _fit(self) -> None:
        """Every column wide enough to read (an example up to about 30 characters), and the
        table asks for that width, so the window gives it room instead of clipping."""
        self.resizeColumnsToContents()
        cap = self.fontMetrics().averageCharWidth() * 30
        self.setColumnWidth(0, min(self.columnWidth(0), cap))
        self.setColumnWidth(1, min(max(self.columnWidth(1), self.fontMetrics().horizontalAdvance(
            self.tr("Example")) + 24), cap))
        combo = max((c.sizeHint().width() for c in self.combos), default=120)
        self.setColumnWidth(2, min(combo, self.fontMetrics().averageCharWidth() * 36))
        width = sum(self.columnWidth(c) for c in range(3)) + 2 * self.frameWidth()
        self.setMinimumWidth(width + self.verticalScrollBar().sizeHint().width())

    def mapping(self) -> list[str]:
        return [c.currentData() or "" for c in self.combos]

    def set_field(self, column: int, field: str) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field))

    def _picked(self, row: int) -> None:
        """One column per field: picking a field elsewhere clears it here."""
        field = self.combos[row].currentData()
        if field:
            for i, combo in enumerate(self.combos):
                if i != row and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.changed.emit()


class SourceBar(QWidget):
    """What was detected, with the means to correct it; ``changed`` asks for a re-read."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.detected = QLabel()
        self.detected.setObjectName("detected")
        self.detected.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.encoding = QComboBox()
        self.encoding.setAccessibleName(self.tr("Encoding"))
        self.encoding.addItem(self.tr("Detect"), None)
        for name in COMMON_ENCODINGS:
            self.encoding.addItem(name, name)
        self.delimiter = QComboBox()
        self.delimiter.setAccessibleName(self.tr("Separator"))
        self.delimiter.addItem(self.tr("Detect"), None)
        for char, name in DELIMITERS.items():
            self.delimiter.addItem(name.capitalize(), char)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.detected, 1)
        self.csv_labels = [QLabel(self.tr("&Encoding")), QLabel(self.tr("Se&parator"))]
        self.csv_labels[0].setBuddy(self.encoding)
        self.csv_labels[1].setBuddy(self.delimiter)
        self.sheet_label = QLabel(self.tr("S&heet"))
        self.sheet_label.setBuddy(self.sheet)
        for widget in (self.csv_labels[0], self.encoding, self.csv_labels[1], self.delimiter,
                       self.sheet_label, self.sheet):
            layout.addWidget(widget)
        for combo in (self.encoding, self.delimiter, self.sheet):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def show_table(self, table: Table, sheets: list[str]) -> None:
        self.detected.setText(self.tr("Read as: <b>{describe}</b>, {n_table} rows").format(describe=table.describe(), n_table=len(table)))
        is_csv = table.kind == "csv"
        for widget in (*self.csv_labels, self.encoding, self.delimiter):
            widget.setVisible(is_csv)
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for name in sheets:
            self.sheet.addItem(name, name)
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(table.sheet)))
        self.sheet.blockSignals(False)
        self.sheet.setVisible(len(sheets) > 1)
        self.sheet_label.setVisible(len(sheets) > 1)

    def options(self) -> dict:
        return {"encoding": self.encoding.currentData(), "delimiter": self.delimiter.currentData(),
                "sheet": self.sheet.currentData()}


def sheet_names(path: str) -> list[str]:
    """The sheets of a workbook, or [] for anything else (never raises)."""
    try:
        with open(path, "rb") as fh:
            if fh.read(4) != b"PK\x03\x04":
                return []
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True)
        try:
            return list(wb.sheetnames)
        finally:
            wb.close()
    except Exception:
        return []


def _wrap(text: str, width: int = 26) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width)) or text


def fit_columns(view, cap_chars: int = 32) -> None:
    """Size a preview's columns to their headings and cells, none wider than ``cap_chars``."""
    view.resizeColumnsToContents()
    cap = view.fontMetrics().averageCharWidth() * cap_chars
    for column in range(view.model().columnCount()):
        view.setColumnWidth(column, min(view.columnWidth(column), cap))
