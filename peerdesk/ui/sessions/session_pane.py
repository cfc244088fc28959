"""The right-hand side for a session: its details, its agenda, and who came."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.agenda import AgendaTemplate, parse_hhmm
from peerdesk.core.attendance import tally
from peerdesk.core.models import AgendaItem, Session, stored_id
from peerdesk.core.validation import ValidationError
from peerdesk.store import agenda_templates as template_store
from peerdesk.store import attendance as attendance_store
from peerdesk.store import sessions as store
from peerdesk.store.participants import list_facilitators
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.icons import icon
from peerdesk.ui.locale import percent, weekday_date
from peerdesk.ui.sessions import edits
from peerdesk.ui.sessions.agenda_model import TITLE, AgendaModel, AgendaView
from peerdesk.ui.sessions.attendance_model import STATUS, AttendanceModel, AttendanceView
from peerdesk.ui.sessions.session_form import SessionForm
from peerdesk.ui.sessions.templates import fill_template_menu, save_template, template_key
from peerdesk.ui.style import ERROR_TEXT, WARNING_TEXT
from peerdesk.ui.widgets import push_button


class SessionPane(edits.ShowsOneSession, QWidget):
    """Emits the tab-level requests it cannot do itself (export, duplicate, delete)."""

    exportRequested = Signal()
    printRequested = Signal()
    duplicateRequested = Signal()
    deleteRequested = Signal()

    def __init__(self, ctx: ProgramContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.session: Session | None = None
        top = self._build_header()
        scroll = self._build_details()
        self.pages = QTabWidget()
        self.pages.addTab(self._build_agenda_page(), icon("agenda"), self.tr("&Agenda"))
        self.pages.addTab(self._build_attendance_page(), icon("attendance"), self.tr("Atte&ndance"))
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self._form_height: int | None = None
        self.pages.currentChanged.connect(self._give_attendance_room)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # -- building --------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        """The session's title and what can be done with the whole session."""
        self.heading = QLabel()
        self.heading.setObjectName("session_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        self.print_button = push_button(self.tr("Print…"), self.printRequested.emit, "print",
                                        self.tr("Session pack, agenda, sign-in sheet and feedback forms as PDF"))
        self.ics_button = push_button(self.tr("Calendar (.ics)…"), self.exportRequested.emit, "calendar",
                                      self.tr("Save this session as a calendar invite"))
        self.duplicate_button = push_button(self.tr("Duplicate"), self.duplicateRequested.emit, "duplicate",
                                            self.tr("A copy of this session a week after the cycle's last one (Ctrl+D)"))
        self.delete_button = push_button(self.tr("Delete"), self.deleteRequested.emit, "delete",
                                         self.tr("Delete this session (you can undo)"))
        for b in (self.print_button, self.ics_button, self.duplicate_button, self.delete_button):
            top.addWidget(b)
        return top

    def _build_details(self) -> QScrollArea:
        """The session's form and its warnings, scrolling when the pane is short."""
        self.form = SessionForm()
        self.form.submitted.connect(self._save_details)
        self.form.inviteModeChosen.connect(self._mode_chosen)
        self.form.chooseInvitees.connect(lambda: self._choose_invitees(
            self.form.invite_mode.currentData()))
        self.warnings = QLabel()
        self.warnings.setObjectName("session_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_TEXT)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.form)
        details_layout.addWidget(self.warnings)
        details_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Session details"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(details)
        return scroll

    def _build_agenda_page(self) -> QWidget:
        """The agenda's table, its running total, and the buttons that edit it."""
        self.agenda_model = AgendaModel(self)
        self.agenda_model.edited.connect(self._agenda_edited)
        self.agenda_view = AgendaView()
        self.agenda_view.setObjectName("agenda_table")
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.addRequested.connect(self.add_item)
        self.agenda_summary = QLabel()
        self.agenda_summary.setObjectName("agenda_summary")
        self.agenda_summary.setWordWrap(True)
        self.agenda_problems = QLabel()
        self.agenda_problems.setObjectName("agenda_problems")
        self.agenda_problems.setWordWrap(True)
        self.agenda_problems.setStyleSheet(ERROR_TEXT)
        self.agenda_model.refused.connect(self.agenda_problems.setText)
        self.template_button = QToolButton()
        self.template_button.setText(self.tr("Start from…"))
        self.template_button.setIcon(icon("template"))
        self.template_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_menu = QMenu(self.template_button)
        self.template_menu.aboutToShow.connect(self._fill_template_menu)
        self.template_button.setMenu(self.template_menu)
        buttons = QHBoxLayout()
        for text, slot, name, tip in (
                (self.tr("&Add item"), self.add_item, "add", self.tr("Add an item after the selected one (Insert)")),
                (self.tr("Remove"), self.agenda_view.remove_current, "delete", self.tr("Remove the selected item (Del)")),
                ("", lambda: self.agenda_view.move_current(-1), "up", self.tr("Move up (Alt+Up)")),
                ("", lambda: self.agenda_view.move_current(1), "down", self.tr("Move down (Alt+Down)"))):
            button = push_button(text, slot, name, tip)
            if not text:
                button.setAccessibleName(tip)
            buttons.addWidget(button)
        buttons.addStretch(1)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_button)
        template_row.addWidget(push_button(self.tr("Save as template…"), self.save_as_template, "template"))
        template_row.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.agenda_summary)
        layout.addWidget(self.agenda_view, 1)
        layout.addWidget(self.agenda_problems)
        layout.addLayout(buttons)
        layout.addLayout(template_row)
        return page

    def _build_attendance_page(self) -> QWidget:
        """Who came: the invitees' marks, typed P, A or E as the sign-in sheet is read."""
        self.attendance_model = AttendanceModel(self)
        self.attendance_model.marksRequested.connect(self._marks_requested)
        self.attendance_view = AttendanceView()
        self.attendance_view.setObjectName("attendance_table")
        self.attendance_view.setModel(self.attendance_model)
        self.attendance_summary = QLabel()
        self.attendance_summary.setObjectName("attendance_summary")
        self.attendance_summary.setWordWrap(True)  # a second line when forms wait
        buttons = QHBoxLayout()
        for text, status in ((self.tr("&Present (P)"), "present"), (self.tr("A&bsent (A)"), "absent"),
                             (self.tr("&Excused (E)"), "excused"), (self.tr("Clear (Del)"), None)):
            buttons.addWidget(push_button(text, lambda _=False, s=status: self._mark_selected(s)))
        buttons.addStretch(1)
        # one row of buttons, so the list of names gets the height
        buttons.addWidget(push_button(self.tr("Everyone else present"), self.mark_rest_present, "ok",
                                  self.tr("Mark everyone not marked yet as present")))
        hint = QLabel(self.tr("Type P, A or E for each name as you read the sign-in sheet; the next "
                      "name is selected each time."))
        hint.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.attendance_summary)
        layout.addWidget(self.attendance_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        return page

    def _give_attendance_room(self, page: int) -> None:
        """Ticking attendance needs the names, not the session's details: while the
        Attendance page is shown the details shrink to their first rows (they scroll),
        and get their height back with the Agenda."""
        if page == 1 and self.isVisible():  # chosen: the keyboard goes to the names (P, A, E)
            self.attendance_view.setFocus()
        sizes = self.splitter.sizes()
        if not (total := sum(sizes)):
            return
        if page == 1:
            self._form_height = sizes[0]
            small = min(sizes[0], 4 * self.fontMetrics().height() + 24)
            self.splitter.setSizes([small, total - small])
        elif self._form_height is not None:
            self.splitter.setSizes([self._form_height, total - self._form_height])
            self._form_height = None

    # -- loading ---------------------------------------------------------------------
    def show_session(self, session_id: int) -> None:
        program = self.ctx.require_program()
        same = self.session is not None and self.session.id == session_id
        self.session = store.get_session(program, session_id)
        s = self.session
        self.heading.setText(f"{s.title} — {weekday_date(s.date)}")
        if not same:
            locations = sorted({x.location for x in store.list_sessions(program, with_agenda=False)
                                if x.location})
            self.form.set_choices(list_facilitators(program), locations)
            self.agenda_problems.clear()
        summary = self._invite_summary()
        if not (same and self.form.keep_typing(s, summary)):
            self.form.edit(s, summary)
        editable = not self.ctx.read_only
        self.form.set_editable(editable)
        for widget in (self.duplicate_button, self.delete_button, self.template_button,
                       self.agenda_view, self.attendance_view):
            widget.setEnabled(editable)
        self.warnings.setText("\n".join(store.session_warnings(program, s)))
        self._show_agenda()
        self._show_attendance()

    def _invite_summary(self) -> str:
        n = len(store.invited_ids(self.ctx.require_program(), self.session_id))
        return self.tr("%n person(s) invited", "", n)

    def _show_agenda(self) -> None:
        s = self.shown
        self.agenda_model.set_agenda(s.agenda, parse_hhmm(s.start_time), s.minutes, s.date)
        timing = self.agenda_model.timing
        text = self.tr("Running total: {summary}").format(summary=timing.summary())
        warning = timing.warning()
        self.agenda_summary.setText(f"{text}\n{warning}" if warning else text)
        self.agenda_summary.setStyleSheet(ERROR_TEXT + " font-weight: bold;" if warning else "")

    def _show_attendance(self) -> None:
        program = self.ctx.require_program()
        people = store.invitees(program, self.session_id)
        marks = attendance_store.attendance(program, self.session_id)
        report = attendance_store.cycle_attendance(program, self.shown.cycle_id)
        self.attendance_model.set_rows(people, marks, report)
        counts = tally(marks.values())
        waiting = len(people) - counts.marked
        parts = [self.tr("{n} present").format(n=counts.present), self.tr("{n} absent").format(n=counts.absent),
                 self.tr("{n} excused").format(n=counts.excused)]
        if waiting:
            parts.append(self.tr("{waiting} not marked").format(waiting=waiting))
        self.attendance_summary.setText(" · ".join(parts) + self.tr(" — rate {percent}").format(percent=percent(counts.rate)) + edits.waiting_line(program, self.session_id))

    # -- edits -----------------------------------------------------------------------
    def _save_details(self, _form) -> None:
        session, problems = self.form.value()
        program = self.ctx.require_program()
        problems += store.check_session(program, session)
        if problems:
            self.form.show_problems(problems)
            return
        before = store.get_session(program, stored_id(session.id))
        try:
            self.ctx.perform(self.tr("Edit session {title}").format(title=session.title),
                             lambda: store.update_session(program, session),
                             lambda: store.update_session(program, before), edits.AREA)
        except ValidationError as exc:
            self.form.show_problems(exc.problems)

    def _mode_chosen(self, mode: str) -> None:
        if mode == "cycle":
            edits.set_invitees(self.ctx, self.session_id, "cycle", [], [])
        else:
            self._choose_invitees(mode)

    def _choose_invitees(self, mode: str) -> None:
        from peerdesk.ui.sessions.new_session import InviteesDialog

        dialog = InviteesDialog(self.ctx, self.session_id, mode, self)
        accepted = dialogs.run_dialog(dialog)
        chosen = dialog.chosen()
        dialog.deleteLater()
        if not accepted:
            self.form.edit(store.get_session(self.ctx.require_program(), self.session_id),
                           self._invite_summary())
            return
        people, pairs = (chosen, []) if mode == "people" else ([], chosen)
        try:
            edits.set_invitees(self.ctx, self.session_id, mode, people, pairs)
        except ValidationError as exc:
            dialogs.error(self, self.tr("Cannot invite them"), str(exc))

    def _agenda_edited(self, items: list[AgendaItem], text: str) -> None:
        try:
            edits.set_agenda(self.ctx, self.session_id, items, text)
        except ValidationError as exc:
            self.agenda_problems.setText("\n".join(p.message for p in exc.problems))
            self.session = store.get_session(self.ctx.require_program(), self.session_id)
            self._show_agenda()
            return
        self.agenda_problems.clear()

    def add_item(self) -> None:
        if self.session is None or self.ctx.read_only:
            return
        current = self.agenda_view.currentIndex()
        row = current.row() + 1 if current.isValid() else self.agenda_model.rowCount()
        self.agenda_model.insert_item(row, AgendaItem(self.tr("New item"), 10))
        index = self.agenda_model.index(row, TITLE)
        self.agenda_view.setCurrentIndex(index)
        self.agenda_view.edit(index)

    def _fill_template_menu(self) -> None:
        fill_template_menu(self.template_menu, self.ctx.require_program(), self.session_id,
                           self.use_template, self.copy_agenda, self.edit_templates)

    def _replace_agenda(self, items: list[AgendaItem], text: str) -> None:
        if self.shown.agenda and not dialogs.confirm(
                self, self.tr("Replace the agenda?"), self.tr("Replace the {n_agenda} items of "
                "this agenda? You can undo this.").format(n_agenda=len(self.shown.agenda)), self.tr("Replace")):
            return
        self._agenda_edited([replace(i, id=None) for i in items], text)

    def use_template(self, key: str) -> None:
        template = template_store.get_template(self.ctx.require_program(), key)
        self._replace_agenda(template.items, self.tr("Agenda from template {name}").format(name=template.name))

    def copy_agenda(self, other_id: int) -> None:
        other = store.get_session(self.ctx.require_program(), other_id)
        self._replace_agenda(other.agenda, self.tr("Copy the agenda of {title}").format(title=other.title))

    def save_as_template(self) -> None:
        if self.session is None or not self.session.agenda:
            return
        name = dialogs.ask_text(self, self.tr("Save as template"), self.tr("Name of the template:"),
                                self.session.title)
        if not name or not name.strip():
            return
        taken = {t.key for t in template_store.list_templates(self.ctx.require_program())}
        template = AgendaTemplate(template_key(name, taken), name.strip(),
                                  [replace(i, id=None) for i in self.session.agenda])
        save_template(self.ctx, template, self.tr("Save template {name}").format(name=template.name))

    def edit_templates(self) -> None:
        from peerdesk.ui.sessions.templates import TemplatesDialog

        dialog = TemplatesDialog(self.ctx, self)
        dialogs.run_dialog(dialog)
        dialog.deleteLater()

    def _marks_requested(self, marks: dict) -> None:
        statuses = set(marks.values())
        what = (statuses.pop() or "unmarked") if len(statuses) == 1 else "marked"
        what = {"present": self.tr("present"), "absent": self.tr("absent"), "excused": self.tr("excused"), "unmarked": self.tr("unmarked"), "marked": self.tr("marked")}.get(what, what)
        if len(marks) == 1:
            who = next((p.name for p in self.attendance_model.people if p.id in marks), self.tr("1 person"))
        else:
            who = self.tr("%n people", "", len(marks))
        if not self._attendance_allowed(marks):
            self._show_attendance()  # the list showed the marks at once: put it back
            return
        edits.mark_attendance(self.ctx, self, self.session_id, marks, self.tr("Mark {who} {what}").format(who=who, what=what), self._show_attendance)

    _future_confirmed: int | None = None  # the future session already confirmed, once

    def _attendance_allowed(self, marks: dict) -> bool:
        """Marking someone present or absent before the session happens is usually a slip
        (the wrong session chosen): ask once per session, as the command line does."""
        from peerdesk.store.import_checks import future_session

        if not any(marks.values()) or self._future_confirmed == self.session_id:
            return True
        warning = future_session(self.ctx.require_program(), self.session_id)
        if warning is None:
            return True
        if not dialogs.confirm(self, self.tr("Mark attendance for a future session?"),
                               warning + self.tr(" Mark it anyway?"), yes=self.tr("Mark Attendance")):
            return False
        self._future_confirmed = self.session_id
        return True

    def _mark_selected(self, status: str | None) -> None:
        self.attendance_view.mark(status)
        self.attendance_view.setFocus()

    def mark_rest_present(self) -> None:
        model = self.attendance_model
        model.request([r for r in range(model.rowCount()) if model.status(r) is None], "present")

    def focus_attendance(self) -> None:
        self.pages.setCurrentIndex(1)
        self.attendance_view.setFocus()
        if not self.attendance_view.currentIndex().isValid() and self.attendance_model.rowCount():
            self.attendance_view.setCurrentIndex(self.attendance_model.index(0, STATUS))
