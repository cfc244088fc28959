"""The participants table: a thin Qt model over the store's list of Participant."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from peerdesk.core.models import Participant, stored_id
from peerdesk.core.settings import ProgramSettings
from peerdesk.core.tenure import NEW, SEASONED, tenure_band
from peerdesk.ui.language import QT_TRANSLATE_NOOP
from peerdesk.ui.locale import collation_key, short_date
from peerdesk.ui.qt_types import ModelIndex

COLUMNS = (QT_TRANSLATE_NOOP("ParticipantsModel", "Name"), QT_TRANSLATE_NOOP("ParticipantsModel", "Email"), QT_TRANSLATE_NOOP("ParticipantsModel", "Department"), QT_TRANSLATE_NOOP("ParticipantsModel", "Job title"), QT_TRANSLATE_NOOP("ParticipantsModel", "Office"), QT_TRANSLATE_NOOP("ParticipantsModel", "Hire date"), QT_TRANSLATE_NOOP("ParticipantsModel", "Tenure"),
           QT_TRANSLATE_NOOP("ParticipantsModel", "Manager"), QT_TRANSLATE_NOOP("ParticipantsModel", "Teaches"), QT_TRANSLATE_NOOP("ParticipantsModel", "Learns"), QT_TRANSLATE_NOOP("ParticipantsModel", "Status"))
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def status_of(p: Participant) -> str:
    if p.archived:
        return QCoreApplication.translate("participants.model", "Left the company") if p.left_company else QCoreApplication.translate("participants.model", "Archived")
    return QCoreApplication.translate("participants.model", "Active") if p.opted_in else QCoreApplication.translate("participants.model", "Opted out")


class ParticipantsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[Participant] = []
        self._names: dict[int, str] = {}
        self._bands: list[str] = []
        self.thresholds = ProgramSettings().thresholds
        self.today = date.today()

    def set_people(self, people: list[Participant], thresholds: tuple[int, int]) -> None:
        self.beginResetModel()
        self.people = people
        self.thresholds = thresholds
        self._names = {stored_id(p.id): p.name for p in people}
        self._bands = [tenure_band(p.hire_date, self.today, *thresholds) for p in people]
        self.endResetModel()

    def band(self, row: int) -> str:
        return self._bands[row]

    def row_of(self, participant_id: int | None) -> int:
        for row, p in enumerate(self.people):
            if p.id == participant_id:
                return row
        return -1

    # -- QAbstractTableModel ----------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate("ParticipantsModel", COLUMNS[section])
        return None

    def _manager(self, p: Participant) -> str:
        if p.manager_id is not None:
            return self._names.get(p.manager_id, "")
        return p.manager_name or p.manager_email

    def data(self, index: ModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.people)):
            return None
        p = self.people[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == 5:
                if p.hire_date is None:
                    return "" if role == Qt.ItemDataRole.DisplayRole else "9999"
                if role == SORT_ROLE:
                    return p.hire_date.isoformat()
                return short_date(p.hire_date)
            values = (p.name, p.email, p.department, p.job_title, p.location, "",  # 5: above
                      self._bands[index.row()], self._manager(p),
                      ", ".join(p.teaches()), ", ".join(p.learns()), status_of(p))
            value = values[column]
            return collation_key(value) if role == SORT_ROLE else value  # as printed lists sort
        if role == ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.ForegroundRole and p.archived:
            return QBrush(QColor("#7a7f85"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 6:
                new, seasoned = self.thresholds
                return (self.tr("New recruit: under {new} months; seasoned: {seasoned} months or more").format(new=new, seasoned=seasoned))
            if column == 10 and p.archived:
                return self.tr("Archived on {short_date}: {value}").format(short_date=short_date(p.archived_on), value=p.archive_reason or self.tr("no reason given"))
        return None


class ParticipantsFilter(QSortFilterProxyModel):
    """Search text over name/email/department/skills, plus the department, tenure and status filters."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.department = ""
        self.band = ""
        self.status = "Active"  # Active | Opted out | Archived | All
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filters(self, text: str, department: str, band: str, status: str) -> None:
        self.beginFilterChange()
        self.text, self.department, self.band, self.status = text.casefold().strip(), department, band, status
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = cast(ParticipantsModel, self.sourceModel())  # the one source it is given
        p = model.people[source_row]
        if self.department and p.department != self.department:
            return False
        if self.band and model.band(source_row) != self.band:
            return False
        if self.status == "Active" and (p.archived or not p.opted_in):
            return False
        if self.status == "Opted out" and (p.archived or p.opted_in):
            return False
        if self.status == "Archived" and not p.archived:
            return False
        if self.text:
            hay = " ".join((p.name, p.email, p.department, p.job_title, p.location,
                            " ".join(s.skill for s in p.skills))).casefold()
            return all(word in hay for word in self.text.split())
        return True


BAND_CHOICES = ("", NEW, "between", SEASONED, "unknown")
