"""Thin Qt models over a cycle's pairs and the people left unpaired."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)

from peerdesk.core.models import stored_id
from peerdesk.core.pairing import missing_skills
from peerdesk.core.reasons import render, render_all
from peerdesk.store import pairings as store
from peerdesk.store.program import Program
from peerdesk.ui.icons import icon
from peerdesk.ui.language import QT_TRANSLATE_NOOP
from peerdesk.ui.locale import collation_key, number
from peerdesk.ui.qt_types import ModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ROLE_WORDS = {"buddy": QT_TRANSLATE_NOOP("PairsModel", "buddy"), "recruit": QT_TRANSLATE_NOOP("PairsModel", "new recruit"), "peer": ""}
PERSON_MIME = "application/x-peerdesk-person"


def person_mime(person_id: int) -> QMimeData:
    """What a dragged person carries: their id."""
    data = QMimeData()
    data.setData(PERSON_MIME, str(person_id).encode())
    data.setText(str(person_id))
    return data


def dropped_person(data: QMimeData) -> int | None:
    if not data.hasFormat(PERSON_MIME):
        return None
    try:
        return int(bytes(data.data(PERSON_MIME).data()).decode())
    except ValueError:
        return None


@dataclass(slots=True)
class PairRow:
    id: int
    members: list[tuple[int, str, str]]  # (id, name, role)
    kind: str
    score: float
    reasons: list[str] = field(default_factory=list)
    pinned: bool = False
    published: bool = False

    def people(self) -> str:
        parts = []
        for _pid, name, role in self.members:
            word = QCoreApplication.translate("PairsModel", ROLE_WORDS.get(role, "")) if ROLE_WORDS.get(role) else ""
            parts.append(f"{name} ({word})" if word else name)
        return " + ".join(parts)

    def why(self) -> str:
        """The strongest reason, for the table; the detail shows them all."""
        scored = [r for r in self.reasons if getattr(r, "code", "") in ("scored", "link")
                  or r.startswith("+") or ": +" in r]
        return render(scored[0]) if scored else (render(self.reasons[0]) if self.reasons else "")


def points(value: float) -> str:
    """A score (in halves and quarters) with the decimals it needs, the locale's way."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return number(round(value, 2), len(text.split(".")[1]) if "." in text else None)


class PairsModel(QAbstractTableModel):
    """The pairs; a person dropped on a row asks to move into that pair."""

    COLUMNS = ("", QT_TRANSLATE_NOOP("PairsModel", "People"), QT_TRANSLATE_NOOP("PairsModel", "Kind"), QT_TRANSLATE_NOOP("PairsModel", "Score"), QT_TRANSLATE_NOOP("PairsModel", "Why"))
    personDropped = Signal(int, object)  # person id, pairing id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[PairRow] = []

    def set_rows(self, rows: list[PairRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, pairing_id: int | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == pairing_id), -1)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDropEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return dropped_person(data) is not None and parent.isValid()

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        person = dropped_person(data)
        if person is None or not parent.isValid():
            return False
        self.personDropped.emit(person, self.rows[parent.row()].id)
        return False  # the tab moves the person; nothing is copied by Qt

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PairsModel", self.COLUMNS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Pinned pairs are kept when you generate again") if section == 0 else None
        return None

    def data(self, index: ModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return ("", row.people(), self.tr("Buddy") if row.kind == "buddy" else
                    (self.tr("Trio") if len(row.members) == 3 else self.tr("Peers")), points(row.score),
                    row.why())[column]
        if role == SORT_ROLE:
            return (int(row.pinned), collation_key(row.people()), row.kind, row.score,
                    row.why())[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and row.pinned:
            return icon("pin")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return self.tr("Pinned: kept when you generate again") if row.pinned else self.tr("Not pinned")
            return "\n".join(render_all(row.reasons)) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return self.tr("pinned") if row.pinned else self.tr("not pinned")
        return None


class UnpairedModel(QAbstractTableModel):
    """People in no pair: dragged onto a pair to join it; a member dropped here leaves theirs."""

    COLUMNS = (QT_TRANSLATE_NOOP("UnpairedModel", "Not paired"), QT_TRANSLATE_NOOP("UnpairedModel", "Why"))
    personDropped = Signal(int, object)  # person id, None (out of any pair)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[int, str, str]] = []  # (id, name, reason)

    def set_rows(self, rows: list[tuple[int, str, str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = {i.row() for i in indexes if i.isValid()}
        return person_mime(self.rows[min(rows)][0]) if rows else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        person = dropped_person(data)
        return person is not None and all(person != r[0] for r in self.rows)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        person = dropped_person(data)
        if person is None or any(person == r[0] for r in self.rows):
            return False
        self.personDropped.emit(person, None)
        return False

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("UnpairedModel", self.COLUMNS[section])
        return None

    def data(self, index: ModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        pid, name, reason = self.rows[index.row()]
        if role == ID_ROLE:
            return pid
        if role == SORT_ROLE and index.column() == 0:
            return collation_key(name)  # the order of the printed lists
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return (name, reason)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return reason
        return None


def cycle_rows(program: Program | None, cycle_id: int | None
               ) -> tuple[list[PairRow], list[tuple[int, str, str]], str]:
    """A cycle's pairs as rows, the people not paired with why (only once there are pairs),
    and the note on skills nobody can teach; all empty without a program or a cycle."""
    rows: list[PairRow] = []
    unpaired: list[tuple[int, str, str]] = []
    note = ""
    if program is not None and cycle_id is not None:
        ctx = store.context(program, cycle_id)
        note = missing_skills(ctx)
        roles = store.roles(program, cycle_id)
        for p in store.list_pairings(program, cycle_id):
            pair_id = stored_id(p.id)
            members = [(m, ctx.names.get(m, f"#{m}"), roles.get(pair_id, {}).get(m, "peer"))
                       for m in p.member_ids]
            rows.append(PairRow(pair_id, members, p.kind, p.score, p.reasons, p.pinned,
                                p.published))
        if rows:
            unpaired = [(u.id, ctx.names[u.id], u.reason)
                        for u in store.unpaired(program, cycle_id, ctx)]
    return rows, unpaired, note
