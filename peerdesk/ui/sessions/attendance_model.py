"""Attendance: the invited people with their mark, typed in fast from the sign-in sheet.

Keyboard: P present, A absent, E excused (or 1, 2, 3), Space to cycle, Delete to clear;
each key marks the selected rows and moves on to the next person, so a sheet of thirty
names is a column of keystrokes. Like the agenda, the model only announces changes
(``marksRequested``); the tab saves them through the undo stack.
"""

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
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
)

from peerdesk.core.attendance import AttendanceReport
from peerdesk.core.models import ATTENDANCE_STATUSES, Participant, stored_id
from peerdesk.ui.language import QT_TRANSLATE_NOOP
from peerdesk.ui.locale import percent
from peerdesk.ui.qt_types import ModelIndex
from peerdesk.ui.style import ERROR, OK, WARNING
from peerdesk.ui.widgets import editor_name

COLUMNS = (QT_TRANSLATE_NOOP("AttendanceModel", "Name"), QT_TRANSLATE_NOOP("AttendanceModel", "Department"), QT_TRANSLATE_NOOP("AttendanceModel", "Attendance"), QT_TRANSLATE_NOOP("AttendanceModel", "Rate this cycle"), QT_TRANSLATE_NOOP("AttendanceModel", "Follow-up"))
NAME, DEPARTMENT, STATUS, RATE, FOLLOW_UP = range(len(COLUMNS))
LABELS = {"present": QT_TRANSLATE_NOOP("AttendanceModel", "Present"), "absent": QT_TRANSLATE_NOOP("AttendanceModel", "Absent"), "excused": QT_TRANSLATE_NOOP("AttendanceModel", "Excused"), None: "—"}
COLOURS = {"present": QColor(OK), "absent": QColor(ERROR), "excused": QColor(WARNING)}
KEYS = {Qt.Key.Key_P: "present", Qt.Key.Key_1: "present", Qt.Key.Key_A: "absent",
        Qt.Key.Key_2: "absent", Qt.Key.Key_E: "excused", Qt.Key.Key_3: "excused",
        Qt.Key.Key_Delete: None, Qt.Key.Key_Backspace: None}
CYCLE = {None: "present", "present": "absent", "absent": "excused", "excused": None}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AttendanceModel(QAbstractTableModel):
    marksRequested = Signal(object)  # {participant id: status or None}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[Participant] = []
        self.marks: dict[int, str] = {}
        self.report: AttendanceReport | None = None
        self._flagged: set[int] = set()

    def set_rows(self, people: list[Participant], marks: dict[int, str],
                 report: AttendanceReport | None) -> None:
        """Same people as shown: refresh in place, so the current row stays where it is."""
        same = [p.id for p in people] == [p.id for p in self.people]
        self._flagged = report.flagged() if report else set()
        if same:
            self.people, self.marks, self.report = people, dict(marks), report
            if people:
                self.dataChanged.emit(self.index(0, 0), self.index(len(people) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.people, self.marks, self.report = people, dict(marks), report
        self.endResetModel()

    def status(self, row: int) -> str | None:
        return self.marks.get(stored_id(self.people[row].id))

    def request(self, rows: list[int], status: str | None) -> None:
        """Mark ``rows``; shown at once, saved by whoever listens to ``marksRequested``."""
        changes = {stored_id(self.people[r].id): status for r in rows if 0 <= r < len(self.people)
                   and self.marks.get(stored_id(self.people[r].id)) != status}
        if not changes:
            return
        for person, value in changes.items():
            if value is None:
                self.marks.pop(person, None)
            else:
                self.marks[person] = value
        for r in rows:
            if 0 <= r < len(self.people):
                self.dataChanged.emit(self.index(r, STATUS), self.index(r, STATUS))
        self.marksRequested.emit(changes)

    def counts(self) -> dict[str | None, int]:
        out: dict[str | None, int] = dict.fromkeys((*ATTENDANCE_STATUSES, None), 0)
        for p in self.people:
            out[self.marks.get(stored_id(p.id))] += 1
        return out

    # -- QAbstractTableModel ----------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate("AttendanceModel", COLUMNS[section])
        return None

    def data(self, index: ModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        person = self.people[index.row()]
        person_id = stored_id(person.id)
        status = self.marks.get(person_id)
        column = index.column()
        report = self.report
        tally = report.per_person.get(person_id) if report else None
        flagged = person_id in self._flagged
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return person.name + (" (archived)" if person.archived else "")
            if column == DEPARTMENT:
                return person.department
            if column == STATUS:
                return QCoreApplication.translate("AttendanceModel", LABELS[status])
            if column == RATE:
                return percent(tally.rate) if tally else "–"
            if column == FOLLOW_UP:
                return self.tr("Missed two in a row") if flagged else ""
        if role == Qt.ItemDataRole.EditRole and column == STATUS:
            return status or ""
        if role == ID_ROLE:
            return person.id
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and status:
            return QBrush(COLOURS[status])
        if role == Qt.ItemDataRole.ForegroundRole and column == FOLLOW_UP and flagged:
            return QBrush(COLOURS["absent"])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATUS:
                return self.tr("P present · A absent · E excused · Space next · Del clear")
            if column == RATE and tally:
                return (self.tr("{present} present, {absent} absent, {excused} "
                        "excused in this cycle (excused absences do not count against the rate)").format(present=tally.present, absent=tally.absent, excused=tally.excused))
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == STATUS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: ModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != STATUS:
            return False
        value = value or None
        if value is not None and value not in ATTENDANCE_STATUSES:
            return False
        self.request([index.row()], value)
        return True


class StatusDelegate(QStyledItemDelegate):
    """A combo box for mouse users; the keyboard keys are quicker."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setAccessibleName(editor_name(index))
        for status in (None, *ATTENDANCE_STATUSES):
            combo.addItem(QCoreApplication.translate("AttendanceModel", LABELS[status]), status or "")
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AttendanceView(QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setItemDelegateForColumn(STATUS, StatusDelegate(self))
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # P, A, E mark and move down; Tab moves on
        self.verticalHeader().hide()
        # compact rows: a sign-in sheet's names are read down the list, the more at once
        # the better
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setToolTip(self.tr("Mark with the keyboard: P present, A absent, E excused, "
                        "Space to cycle, Del to clear; the next person is selected."))

    def setModel(self, model) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return rows

    def mark(self, status: str | None) -> None:
        """Mark the selected people and go on to the next one."""
        model = self.model()
        rows = self.selected_rows()
        if not isinstance(model, AttendanceModel) or not rows:
            return
        model.request(rows, status)
        self._advance(rows[-1])

    def _advance(self, last: int) -> None:
        model = self.model()
        following = min(last + 1, model.rowCount() - 1)
        self.setCurrentIndex(model.index(following, STATUS))
        self.selectRow(following)

    def keyPressEvent(self, event) -> None:
        model = self.model()
        key = Qt.Key(event.key())
        if isinstance(model, AttendanceModel) and self.state() != QAbstractItemView.State.EditingState \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if key in KEYS:
                self.mark(KEYS[key])
                return
            if key == Qt.Key.Key_Space and self.selected_rows():
                rows = self.selected_rows()
                model.request(rows, CYCLE[model.status(rows[0])])
                return
        super().keyPressEvent(event)
