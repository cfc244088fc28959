"""The right-hand side for a cycle: its name and dates, and how attendance went."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.models import Cycle, stored_id
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.store import attendance as attendance_store
from peerdesk.store import sessions as store
from peerdesk.store.cycles import check_cycle, get_cycle, update_cycle
from peerdesk.store.participants import list_participants
from peerdesk.ui.context import Area, ProgramContext
from peerdesk.ui.icons import icon
from peerdesk.ui.locale import percent, pydate, qdate, short_date, short_format, weekday_date
from peerdesk.ui.sessions.edits import AREA
from peerdesk.ui.style import ERROR_TEXT


class CyclePane(QWidget):
    newSessionRequested = Signal()
    exportRequested = Signal()
    duplicateRequested = Signal()
    deleteRequested = Signal()
    sessionActivated = Signal(int)

    def __init__(self, ctx: ProgramContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.cycle: Cycle | None = None
        top = self._build_header()
        form, save_row = self._build_details()
        self._build_sessions()
        self._build_layout(top, form, save_row)

    def _build_header(self) -> QHBoxLayout:
        """The cycle's name as a heading, and what can be done with the whole cycle."""
        self.heading = QLabel()
        self.heading.setObjectName("cycle_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        top = QHBoxLayout()  # the buttons, under the heading so a narrow window still fits
        self.buttons = []
        for text, signal, name, tip in (
                (self.tr("New session…"), self.newSessionRequested, "add", self.tr("Add a session to this cycle")),
                (self.tr("Calendar (.ics)…"), self.exportRequested, "calendar",
                 self.tr("Save all the cycle's sessions as calendar invites")),
                (self.tr("Duplicate…"), self.duplicateRequested, "duplicate",
                 self.tr("A new cycle with the same sessions, moved to new dates")),
                (self.tr("Delete"), self.deleteRequested, "delete", self.tr("Delete this cycle (you can undo)"))):
            button = QPushButton(icon(name), text)
            button.setToolTip(tip)
            button.clicked.connect(signal.emit)
            top.addWidget(button)
            self.buttons.append(button)
        top.addStretch(1)
        return top

    def _build_details(self) -> tuple[QFormLayout, QHBoxLayout]:
        """The cycle's name, dates and notes, and the Save button with what is wrong beside it."""
        self.name = QLineEdit()
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(short_format())
        self.notes = QLineEdit()
        self.problems = QLabel()
        self.problems.setObjectName("cycle_problems")
        self.problems.setStyleSheet(ERROR_TEXT)
        self.problems.setWordWrap(True)
        self.save_button = QPushButton(icon("ok"), self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        for line in (self.name, self.notes):
            line.returnPressed.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("&Name *"), self.name)
        form.addRow(self.tr("Sta&rts"), self.start)
        form.addRow(self.tr("&Ends"), self.end)
        form.addRow(self.tr("N&otes"), self.notes)
        save_row = QHBoxLayout()
        save_row.addWidget(self.problems, 1)
        save_row.addWidget(self.save_button)
        return form, save_row

    def _build_sessions(self) -> None:
        """The cycle's sessions with their attendance, who to follow up with, or how to start."""
        self.summary = QLabel()
        self.summary.setObjectName("cycle_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("cycle_sessions")
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Sessions of the cycle"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Session"), self.tr("Present"), self.tr("Absent"), self.tr("Excused"),
                                              self.tr("Rate")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(self._activated)
        self.follow_ups = QListWidget()
        self.follow_ups.setObjectName("cycle_follow_ups")
        self.follow_ups.setAccessibleName(self.tr("Follow up with"))
        self.follow_ups.setMaximumHeight(120)
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_label = QLabel(self.tr("No sessions in this cycle yet."))
        self.empty_add = QPushButton(icon("add"), self.tr("Add the first session…"))
        self.empty_add.setObjectName("cycle_empty_add")
        self.empty_add.clicked.connect(self.newSessionRequested.emit)
        empty_layout.addWidget(empty_label)
        empty_layout.addWidget(self.empty_add)
        empty_layout.addStretch(1)

    def _build_layout(self, top: QHBoxLayout, form: QFormLayout, save_row: QHBoxLayout) -> None:
        """Everything in one column; the sessions' table takes the height."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addLayout(save_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        follow = QLabel(self.tr("Follow up with (missed two sessions in a row, unexcused):"))
        follow.setWordWrap(True)
        layout.addWidget(follow)
        layout.addWidget(self.follow_ups)

    def _activated(self, item: QTableWidgetItem) -> None:
        first = self.table.item(item.row(), 0)  # the date's cell holds the session's id
        if first is not None:
            self.sessionActivated.emit(first.data(Qt.ItemDataRole.UserRole))

    def show_cycle(self, cycle_id: int) -> None:
        program = self.ctx.require_program()
        fresh = get_cycle(program, cycle_id)
        keep = (self.cycle is not None and self.cycle.id == cycle_id
                and self.value() not in (self.cycle, fresh))  # typed, not saved yet
        self.cycle = fresh
        c = self.cycle
        self.heading.setText(c.name)
        if not keep:  # a reload keeps what is being typed
            self.name.setText(c.name)
            for edit, day in ((self.start, c.start_date), (self.end, c.end_date)):
                if day:
                    edit.setDate(qdate(day))
            self.notes.setText(c.notes)
            self.problems.clear()
        editable = not self.ctx.read_only
        for widget in (*self.buttons, self.save_button, self.name, self.start, self.end,
                       self.notes, self.empty_add):
            widget.setEnabled(editable)
        self.buttons[1].setEnabled(True)  # exporting reads only

        sessions = store.list_sessions(program, cycle_id, with_agenda=False)
        report = attendance_store.cycle_attendance(program, cycle_id)
        self.empty.setVisible(not sessions)
        self.table.setVisible(bool(sessions))
        self.table.setRowCount(len(sessions))
        for row, s in enumerate(sessions):
            t = report.per_session.get(stored_id(s.id))
            values = [weekday_date(s.date), s.title] + (
                [str(t.present), str(t.absent), str(t.excused), percent(t.rate)] if t
                else ["", "", "", self.tr("not taken")])
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, s.id)
                self.table.setItem(row, column, item)
        taken = len(report.taken_session_ids)
        self.summary.setText(
            self.tr("%n session(s), attendance taken at "
            "{taken}. Attendance this cycle: {rate} "
            "({present} present, {absent} absent, "
            "{excused} excused; excused absences do not count against the rate).", "", len(sessions)).format(
                taken=taken, rate=percent(report.cycle.rate), present=report.cycle.present,
                absent=report.cycle.absent, excused=report.cycle.excused))
        names = {p.id: p.name for p in list_participants(program)}
        titles = {s.id: f"{s.title} ({short_date(s.date)})" if s.date else s.title
                  for s in sessions}  # the date says how long ago, the title which one
        self.follow_ups.clear()
        for f in report.follow_ups:
            missed = ", ".join(titles.get(s, "?") for s in f.session_ids)
            self.follow_ups.addItem(self.tr("{get} — missed {missed}").format(get=names.get(f.participant_id, '?'), missed=missed))
        if not report.follow_ups:
            self.follow_ups.addItem(self.tr("Nobody: no one missed two sessions in a row."))

    def value(self) -> Cycle:
        assert self.cycle is not None  # read only while a cycle is shown
        return replace(self.cycle, name=self.name.text().strip(), start_date=pydate(self.start.date()),
                       end_date=pydate(self.end.date()), notes=self.notes.text().strip())

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems.setText("\n".join(p.message for p in problems))

    def save(self) -> None:
        if self.cycle is None or self.ctx.read_only:
            return
        program = self.ctx.require_program()
        cycle, before = self.value(), get_cycle(program, stored_id(self.cycle.id))
        problems = check_cycle(program, cycle)
        if problems:
            self.show_problems(problems)
            return
        if cycle == before:
            return
        try:
            self.ctx.perform(self.tr("Edit cycle {name}").format(name=cycle.name), lambda: update_cycle(program, cycle),
                             lambda: update_cycle(program, before, restoring=True), (AREA, Area.PAIRINGS))
        except ValidationError as exc:
            self.show_problems(exc.problems)
