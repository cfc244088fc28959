"""The editor of one session's own fields, with its validation messages beside them.

Length and end time are two views of one value: typing either updates the other, and
an end time before the start is refused in words ("End time: the session ends (09:00)
before it starts (10:00).") instead of silently becoming a 23-hour session.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.agenda import MAX_SESSION_MINUTES, minutes_between
from peerdesk.core.models import Facilitator, Session
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.ui.icons import icon
from peerdesk.ui.language import QT_TRANSLATE_NOOP
from peerdesk.ui.locale import pydate, pytime, qdate, qtime, short_format, time_format
from peerdesk.ui.style import ERROR_BORDER, ERROR_TEXT
from peerdesk.ui.zone_picker import ZonePicker

INVITE_LABELS = {"cycle": QT_TRANSLATE_NOOP("SessionForm", "Everyone in the cycle"), "pairs": QT_TRANSLATE_NOOP("SessionForm", "Chosen pairs"), "people": QT_TRANSLATE_NOOP("SessionForm", "Chosen people")}
ERROR_STYLE = ERROR_TEXT


class SessionForm(QWidget):
    submitted = Signal(object)  # the Session as typed
    inviteModeChosen = Signal(str)
    chooseInvitees = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._original: Session | None = None
        self._syncing = False
        self._end_problem: Problem | None = None

        self._build_fields()
        form = self._build_form()
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)

        for line in (self.title, self.topic, self.location.lineEdit(), self.timezone.lineEdit()):
            if line is not None:  # the two combos are editable, so they have one
                line.returnPressed.connect(self._submit)
        save = QShortcut(QKeySequence("Ctrl+Return"), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self._submit)
        self.start_time.timeChanged.connect(self._update_end)
        self.minutes.valueChanged.connect(self._update_end)
        self.end_time.timeChanged.connect(self._end_edited)

    def _build_fields(self) -> None:
        """One editor per detail of a session, and who is invited."""
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Kick-off"))
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("What this session is about (shown in the invite)"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(short_format())
        self.start_time = QTimeEdit()
        self.start_time.setDisplayFormat(time_format())
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_SESSION_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length"))
        self.end_time = QTimeEdit()
        self.end_time.setAccessibleName(self.tr("Ends at"))
        self.end_time.setDisplayFormat(time_format())
        self.timezone = ZonePicker()
        self.timezone.setToolTip(self.tr("Where the session happens: a remote session can keep its own "
                                 "zone, and invitations carry it"))
        self.location = QComboBox()
        self.location.setEditable(True)
        self.location.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        location_line = self.location.lineEdit()
        assert location_line is not None  # an editable combo has one
        location_line.setPlaceholderText(self.tr("A room, or a video link"))
        self.facilitator = QComboBox()
        self.invite_mode = QComboBox()
        for mode, label in INVITE_LABELS.items():
            self.invite_mode.addItem(QCoreApplication.translate("SessionForm", label), mode)
        self.invite_mode.activated.connect(
            lambda _i: self.inviteModeChosen.emit(self.invite_mode.currentData()))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.chooseInvitees.emit)
        self.invite_summary = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Your own notes (not in the calendar invite)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(52)

    def _build_form(self) -> QFormLayout:
        """The editors in labelled rows, the times on one line (``_widgets``: field -> editor)."""
        times = QHBoxLayout()
        times.addWidget(self.start_time)
        times.addWidget(QLabel(self.tr("for")))
        times.addWidget(self.minutes)
        times.addWidget(QLabel(self.tr("until")))
        times.addWidget(self.end_time)
        times.addStretch(1)
        invite = QHBoxLayout()
        invite.addWidget(self.invite_mode)
        invite.addWidget(self.choose_button)
        invite.addWidget(self.invite_summary, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title *"), self.title)
        form.addRow(self.tr("T&opic"), self.topic)
        form.addRow(self.tr("&Date *"), self.date)
        starts = QLabel(self.tr("Sta&rts *"))
        starts.setBuddy(self.start_time)
        form.addRow(starts, times)
        form.addRow(self.tr("Time &zone"), self.timezone)
        form.addRow(self.tr("&Location"), self.location)
        form.addRow(self.tr("&Facilitator"), self.facilitator)
        invited = QLabel(self.tr("&Invited"))
        invited.setBuddy(self.invite_mode)
        form.addRow(invited, invite)
        form.addRow(self.tr("&Notes"), self.notes)
        self._widgets = {"title": self.title, "topic": self.topic, "date": self.date,
                         "start_time": self.start_time, "minutes": self.minutes,
                         "end_time": self.end_time, "timezone": self.timezone,
                         "location": self.location, "facilitator_id": self.facilitator,
                         "invite_mode": self.invite_mode, "notes": self.notes}
        return form

    def _build_buttons(self) -> QHBoxLayout:
        """What is wrong with the input, and the Save and Revert buttons."""
        self.problems = QLabel()
        self.problems.setObjectName("session_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.hide()
        self.apply_button = QPushButton(icon("ok"), self.tr("&Save"))
        self.apply_button.setToolTip(self.tr("Save this session (Enter, or Ctrl+Enter from the notes)"))
        self.apply_button.clicked.connect(self._submit)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.clicked.connect(self._revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        return buttons

    # -- filling ---------------------------------------------------------------------
    def set_choices(self, facilitators: list[Facilitator], locations: list[str]) -> None:
        self.facilitator.clear()
        self.facilitator.addItem(self.tr("No facilitator"), None)
        for f in facilitators:
            self.facilitator.addItem(f"{f.name} <{f.email}>" if f.email else f.name, f.id)
        text = self.location.currentText()
        self.location.clear()
        self.location.addItems(locations)
        self.location.setCurrentText(text)

    def edit(self, session: Session, invite_summary: str = "") -> None:
        self._original = session
        self._syncing = True
        self.title.setText(session.title)
        self.topic.setText(session.topic)
        if session.date:
            self.date.setDate(qdate(session.date))
        try:
            from peerdesk.core.agenda import parse_hhmm

            self.start_time.setTime(qtime(parse_hhmm(session.start_time)))
        except ValidationError:
            pass
        self.minutes.setValue(session.minutes)
        self.timezone.set_zone(session.timezone)
        self.location.setCurrentText(session.location)
        self.facilitator.setCurrentIndex(max(0, self.facilitator.findData(session.facilitator_id)))
        self.invite_mode.setCurrentIndex(max(0, self.invite_mode.findData(session.invite_mode)))
        self.choose_button.setEnabled(session.invite_mode != "cycle")
        self.invite_summary.setText(invite_summary)
        self.notes.setPlainText(session.notes)
        self._syncing = False
        self._update_end()
        self.show_problems([])

    def set_editable(self, editable: bool) -> None:
        for widget in self._widgets.values():
            widget.setEnabled(editable)
        self.choose_button.setEnabled(editable and self.invite_mode.currentData() != "cycle")
        self.apply_button.setEnabled(editable)
        self.revert_button.setEnabled(editable)

    # -- length and end time ---------------------------------------------------------
    def _update_end(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        start = datetime.combine(pydate(self.date.date()), pytime(self.start_time.time()))
        self.end_time.setTime(qtime((start + timedelta(minutes=self.minutes.value())).time()))
        self._end_problem = None
        self._syncing = False

    def _end_edited(self) -> None:
        if self._syncing:
            return
        try:
            length = minutes_between(pytime(self.start_time.time()), pytime(self.end_time.time()))
        except ValidationError as exc:
            self._end_problem = exc.problems[0]
            self.show_problems([self._end_problem])
            return
        self._end_problem = None
        self._syncing = True
        self.minutes.setValue(length)
        self._syncing = False
        self.show_problems([])

    # -- reading ---------------------------------------------------------------------
    def value(self) -> tuple[Session, list[Problem]]:
        base = self._original
        assert base is not None  # read only once edit() has shown a session
        session = replace(
            base, title=self.title.text().strip(), topic=self.topic.text().strip(),
            date=pydate(self.date.date()),
            start_time=pytime(self.start_time.time()).strftime("%H:%M"),
            minutes=self.minutes.value(), timezone=self.timezone.zone() or self.timezone.text_typed(),
            location=self.location.currentText().strip(),
            facilitator_id=self.facilitator.currentData(),
            notes=self.notes.toPlainText().rstrip(), agenda=list(base.agenda))
        return session, [self._end_problem] if self._end_problem else []

    def differs_from(self, session: Session | None) -> bool:
        """True when what the form holds is not ``session`` as saved."""
        if session is None:
            return False
        fields = ("title", "topic", "date", "start_time", "minutes", "timezone", "location",
                  "facilitator_id", "notes")
        typed = self.value()[0]
        return self._end_problem is not None or any(
            getattr(typed, f) != getattr(session, f) for f in fields)

    def keep_typing(self, session: Session, invite_summary: str) -> bool:
        """After a reload: keep changes typed but not saved, over a fresh ``session``.

        Returns False (nothing kept) when the form holds no such changes, or exactly
        what was just saved; the caller then shows ``session`` afresh.
        """
        if not self.differs_from(self._original) or not self.differs_from(session):
            return False
        self._original = session
        self.invite_mode.setCurrentIndex(max(0, self.invite_mode.findData(session.invite_mode)))
        self.invite_summary.setText(invite_summary)
        return True

    def show_problems(self, problems: list[Problem]) -> None:
        fields = {p.field for p in problems}
        for key, widget in self._widgets.items():
            widget.setStyleSheet(ERROR_BORDER if key in fields else "")
        if problems:
            self.problems.setText("\n".join(f"• {p.message}" for p in problems))
            self.problems.show()
            first = next((self._widgets[p.field] for p in problems if p.field in self._widgets),
                         None)
            if first is not None and first.isEnabled():
                first.setFocus()
        else:
            self.problems.clear()
            self.problems.hide()

    def _submit(self) -> None:
        if self._original is not None:
            self.submitted.emit(self)

    def _revert(self) -> None:
        if self._original is not None:
            self.edit(self._original, self.invite_summary.text())
