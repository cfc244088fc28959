"""Dialogs of the Sessions tab: a new session (from a template or a copy), and who is invited."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
)

from peerdesk.core.agenda import MAX_SESSION_MINUTES, parse_hhmm
from peerdesk.core.models import Cycle, Session
from peerdesk.core.validation import ValidationError
from peerdesk.store import agenda_templates as template_store
from peerdesk.store import sessions as store
from peerdesk.store.cycles import get_cycle, list_cycles
from peerdesk.store.program import Program
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.locale import (
    pydate,
    pytime,
    qdate,
    qtime,
    short_date,
    short_format,
    time_format,
)
from peerdesk.ui.sessions import edits
from peerdesk.ui.widgets import ok_cancel, problems_label
from peerdesk.ui.zone_picker import ZonePicker


class NewSessionDialog(QDialog):
    """Date, time, length, place, and what the agenda starts from; OK creates it (undoable).

    ``source`` items carry "template:KEY", "copy:SESSION_ID" or "empty:".
    """

    def __init__(self, ctx: ProgramContext, cycle_id: int, parent=None,
                 copy_from: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.cycle_id = cycle_id
        self.created_id: int | None = None
        program = ctx.require_program()
        cycle = get_cycle(program, cycle_id)
        self.setWindowTitle(self.tr("New session in {name}").format(name=cycle.name))
        existing = store.list_sessions(program, cycle_id, with_agenda=False)
        last = existing[-1] if existing else None

        self._build_source(program, existing, copy_from)
        self._build_fields(program, cycle, last)
        form = QFormLayout(self)
        form.addRow(self.tr("&Agenda from"), self.source)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Starts at"), self.start)
        form.addRow(self.tr("&Length"), self.minutes)
        form.addRow(self.tr("L&ocation"), self.location)
        form.addRow(self.tr("Time &zone"), self.timezone)
        form.addRow(self.problems)
        form.addRow(ok_cancel(self))

    def _build_source(self, program: Program, existing: list[Session], copy_from: int | None) -> None:
        """What the agenda starts from: a template, nothing, or a copy of a session's agenda."""
        self.source = QComboBox()
        self.source.setObjectName("new_session_source")
        for template in template_store.list_templates(program):
            self.source.addItem(self.tr("Template: {name} ({total_minutes} min)").format(name=template.name, total_minutes=template.total_minutes),
                                f"template:{template.key}")
        self.source.addItem(self.tr("An empty agenda"), "empty:")
        for other in list_cycles(program):
            for s in store.list_sessions(program, other.id, with_agenda=False):
                self.source.addItem(self.tr("Copy the agenda of “{title}” ({name}, "
                                    "{short_date})").format(title=s.title, name=other.name, short_date=short_date(s.date)), f"copy:{s.id}")
        default = f"copy:{copy_from}" if copy_from else (
            "template:kickoff" if not existing else "template:regular")
        self.source.setCurrentIndex(max(0, self.source.findData(default)))

    def _build_fields(self, program: Program, cycle: Cycle, last: Session | None) -> None:
        """Title, date, time, length, place and zone, proposed from the cycle's last session."""
        self.title = QLineEdit()
        self.title.setObjectName("new_session_title")
        self.title.setPlaceholderText(self.tr("Default: the template's name, or “Session N”"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(short_format())
        on = (last.date + timedelta(days=14)) if last and last.date else (
            cycle.start_date or date.today())
        self.date.setDate(qdate(on))
        self.start = QTimeEdit()
        self.start.setDisplayFormat(time_format())
        self.start.setTime(qtime(parse_hhmm(last.start_time if last else "10:00")))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_SESSION_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(last.minutes if last else 90)
        self.location = QComboBox()
        self.location.setEditable(True)
        self.location.addItems(sorted({s.location for s in store.list_sessions(
            program, with_agenda=False) if s.location}))
        self.location.setCurrentText(last.location if last else "")
        self.timezone = ZonePicker()
        self.timezone.setObjectName("new_session_timezone")
        self.timezone.set_zone(last.timezone if last else program.settings().timezone)
        self.timezone.setToolTip(self.tr("The zone the session happens in; the calendar invitations "
                                 "carry it. The program's zone is "
                                 "{setting}.").format(setting=program.setting('timezone')))
        self.problems = problems_label("new_session_problems")

    def session(self) -> tuple[Session, str | None]:
        program = self.ctx.require_program()
        kind, _, value = str(self.source.currentData()).partition(":")
        session = store.new_session(
            program, self.cycle_id, title=self.title.text().strip(),
            date=pydate(self.date.date()), start_time=f"{pytime(self.start.time()):%H:%M}",
            minutes=self.minutes.value(), location=self.location.currentText().strip(),
            timezone=self.timezone.zone() or self.timezone.text_typed())
        if kind == "copy":
            session.agenda = store.agenda(program, int(value))
        return session, value if kind == "template" else None

    def accept(self) -> None:
        program = self.ctx.require_program()
        session, template = self.session()
        try:
            self.created_id = edits.create_session(
                self.ctx, self.tr("New session {title}").format(title=session.title or '').strip(),
                lambda: store.add_session(program, session, template=template))
        except ValidationError as exc:
            self.problems.setText("\n".join(f"• {p.message}" for p in exc.problems))
            return
        super().accept()


class InviteesDialog(QDialog):
    """Tick the people, or the pairs of this cycle, who are invited."""

    def __init__(self, ctx: ProgramContext, session_id: int, mode: str, parent=None):
        super().__init__(parent)
        program = ctx.require_program()
        self.mode = mode
        session = store.get_session(program, session_id)
        _, people, pairs = store.invitation(program, session_id)
        self.setWindowTitle(self.tr("Invite pairs") if mode == "pairs" else self.tr("Invite people"))
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Filter the list"))
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("invitee_list")
        self.list.setAccessibleName(self.tr("Invited: tick each one"))
        if mode == "pairs":
            names = {p.id: p.name for p in _people(program)}
            entries = [(pid, " & ".join(names.get(m, "?") for m in members))
                       for pid, members in store.cycle_pairs(program, session.cycle_id)]
            chosen = set(pairs)
        else:
            entries = [(p.id, f"{p.name} — {p.department}" if p.department else p.name)
                       for p in _people(program) if not p.archived or p.id in people]
            chosen = set(people)
        for key, label in entries:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        hint = QLabel(self.tr("This cycle has no pairs yet: generate them in the Pairings tab first.")
                      if mode == "pairs" and not entries else
                      self.tr("Space ticks the selected line; Ctrl+A then Space ticks them all."))
        hint.setWordWrap(True)
        self.filter.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addWidget(ok_cancel(self))
        self.resize(420, 520)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def set_checked(self, keys: set[int]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in keys
                               else Qt.CheckState.Unchecked)

    def chosen(self) -> list[int]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]


def _people(program):
    from peerdesk.store.participants import list_participants

    return list_participants(program)
