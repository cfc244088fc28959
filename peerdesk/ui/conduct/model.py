"""Who has signed a version of the code of conduct, as a table with a tick per person.

A thin adapter over :mod:`peerdesk.store.conduct`: ticking calls ``on_toggle`` (which
goes through the undo stack), and the table reloads when the store changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from peerdesk.ui.language import QT_TRANSLATE_NOOP
from peerdesk.ui.locale import short_date
from peerdesk.ui.qt_types import ModelIndex

SIGNED, NAME, DEPARTMENT, SIGNED_ON = range(4)
HEADERS = (QT_TRANSLATE_NOOP("SignatureModel", "Signed"), QT_TRANSLATE_NOOP("SignatureModel", "Name"), QT_TRANSLATE_NOOP("SignatureModel", "Department"), QT_TRANSLATE_NOOP("SignatureModel", "Signed on"))
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
SIGNED_ROLE = Qt.ItemDataRole.UserRole + 2

@dataclass(slots=True)
class Row:
    participant_id: int
    name: str
    department: str
    signed_on: date | None
    signed: bool
    expected: bool  # still expected to sign (active, opted in)


class AckModel(QAbstractTableModel):
    def __init__(self, on_toggle: Callable[[list[int], bool], None] | None = None, parent=None):
        super().__init__(parent)
        self.rows: list[Row] = []
        self.on_toggle = on_toggle

    def load(self, program, version_id: int | None) -> None:
        """Everyone expected to sign, plus anyone who signed this version and has left since."""
        from peerdesk.store import conduct
        from peerdesk.store.participants import list_participants

        self.beginResetModel()
        self.rows = []
        if program is not None and version_id is not None:
            acks = conduct.acknowledgements(program, version_id)
            expected = {p.id for p in conduct.expected_signers(program)}
            for p in list_participants(program):
                if p.id is not None and (p.id in expected or p.id in acks):
                    self.rows.append(Row(p.id, p.name, p.department, acks.get(p.id),
                                         p.id in acks, p.id in expected))
        self.endResetModel()

    def counts(self) -> tuple[int, int]:
        """(signed, expected) among the people still expected to sign."""
        expected = [r for r in self.rows if r.expected]
        return sum(1 for r in expected if r.signed), len(expected)

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return QCoreApplication.translate("SignatureModel", HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == PERSON_ROLE:
            return row.participant_id
        if role == SIGNED_ROLE:
            return row.signed
        if role == Qt.ItemDataRole.CheckStateRole and col == SIGNED:
            return Qt.CheckState.Checked if row.signed else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME:
                return row.name if row.expected else self.tr("{name} (no longer taking part)").format(name=row.name)
            if col == DEPARTMENT:
                return row.department
            if col == SIGNED_ON:
                return short_date(row.signed_on) if row.signed_on else ("—" if not row.signed else "")
        if role == Qt.ItemDataRole.ToolTipRole and col == SIGNED:
            return self.tr("Ticked: has signed this version") if row.signed else self.tr("Not signed yet")
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == SIGNED and self.on_toggle is not None:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != SIGNED
                or role != Qt.ItemDataRole.CheckStateRole or self.on_toggle is None):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) \
            else value
        row = self.rows[index.row()]
        if checked == row.signed:
            return False
        self.on_toggle([row.participant_id], checked)
        row.signed = checked  # the owner reloads from the store later, with the date
        row.signed_on = date.today() if checked else None
        self.dataChanged.emit(self.index(index.row(), SIGNED), self.index(index.row(), SIGNED_ON))
        return True
