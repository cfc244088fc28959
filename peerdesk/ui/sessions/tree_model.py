"""The tree on the left of the Sessions tab: each cycle, bold, with its sessions under it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from peerdesk.core.models import Cycle
from peerdesk.store import sessions as store
from peerdesk.store.cycles import list_cycles
from peerdesk.store.program import Program
from peerdesk.ui.icons import icon
from peerdesk.ui.locale import format_time, long_date, weekday_date

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "cycle" or "session"
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class SessionsTreeModel(QStandardItemModel):
    def fill(self, program: Program | None) -> list[Cycle]:
        """Every cycle of ``program`` (none without one) and its sessions; the cycles."""
        self.clear()
        if program is None:
            return []
        cycles = list_cycles(program)
        for cycle in cycles:
            item = QStandardItem(icon("calendar"), cycle.name)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            item.setData("cycle", KIND_ROLE)
            item.setData(cycle.id, ID_ROLE)
            if cycle.start_date and cycle.end_date:
                item.setToolTip(f"{long_date(cycle.start_date)} – "
                                f"{long_date(cycle.end_date)}")
            for s in store.list_sessions(program, cycle.id, with_agenda=False):
                start = store.starts_at(s) if s.date else None
                label = f"{weekday_date(s.date)} {format_time(start) if start else ''} · {s.title}"
                child = QStandardItem(icon("sessions"), label)
                child.setData("session", KIND_ROLE)
                child.setData(s.id, ID_ROLE)
                child.setToolTip(f"{s.title}\n{s.location}" if s.location else s.title)
                item.appendRow(child)
            self.appendRow(item)
        return cycles

    def find(self, kind: str, key: int) -> QModelIndex:
        """The row of a cycle or a session, invalid when it is not in the tree."""
        for row in range(self.rowCount()):
            cycle = self.index(row, 0)
            if kind == "cycle" and cycle.data(ID_ROLE) == key:
                return cycle
            for child in range(self.rowCount(cycle)):
                index = self.index(child, 0, cycle)
                if kind == "session" and index.data(ID_ROLE) == key:
                    return index
        return QModelIndex()
