"""The detail editor for one participant, with its validation messages beside it."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.models import LEARN, TEACH, Participant, SkillLevel
from peerdesk.core.validation import Problem
from peerdesk.ui.icons import icon
from peerdesk.ui.language import QT_TRANSLATE_NOOP
from peerdesk.ui.locale import setup_date_edit
from peerdesk.ui.style import ERROR_BORDER, ERROR_TEXT

NO_DATE = QDate(1900, 1, 1)
_SKILL_RE = re.compile(r"^(.*?)\s*(?:\((\d)\))?$")
LEVEL_HELP = QT_TRANSLATE_NOOP("ParticipantForm", "Levels: 1 basic, 2 good, 3 expert. Write them in brackets: “SQL (3), Git (2)”.")


def format_skills(skills: list[SkillLevel], direction: str) -> str:
    return ", ".join(f"{s.skill} ({s.level})" for s in skills if s.direction == direction)


def parse_skills(text: str, direction: str) -> tuple[list[SkillLevel], list[str]]:
    """Skills from “SQL (3), Git”; returns the skills and the problems found. A line
    break separates skills as a comma does (a column pasted from a spreadsheet)."""
    skills, problems = [], []
    for part in re.split(r"[,\n]", text):
        part = part.strip()
        if not part:
            continue
        match = _SKILL_RE.match(part)
        assert match is not None  # the pattern matches any one line
        name, level = match.group(1).strip(), match.group(2)
        if not name:
            problems.append(QCoreApplication.translate("participants.form", "“{part}” has no skill name.").format(part=part))
            continue
        value = int(level) if level else 2
        if not 1 <= value <= 3:
            problems.append(QCoreApplication.translate("participants.form", "The level of {name} must be 1, 2 or 3.").format(name=name))
            continue
        skills.append(SkillLevel(name, direction, value))
    return skills, problems


class ParticipantForm(QWidget):
    """Emits ``submitted(Participant)`` when the user applies; shows problems it is given."""

    submitted = Signal(object)
    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._original: Participant | None = None
        self._build_fields()
        form = self._build_form()
        buttons = self._build_buttons()
        self._build_layout(form, buttons)
        for line in (self.name, self.email, self.employee_id, self.job_title, self.manager_name,
                     self.manager_email, self.level, self.teaches, self.learns, self.availability,
                     self.notes):
            line.returnPressed.connect(self._submit)
        self.manager.currentIndexChanged.connect(self._manager_changed)

    def _build_fields(self) -> None:
        """The heading and one editor per detail of a person."""
        self.heading = QLabel()
        self.heading.setObjectName("form_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)

        self.name = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@company.com"))
        self.employee_id = QLineEdit()
        self.department = QComboBox()
        self.department.setEditable(True)
        self.job_title = QLineEdit()
        self.location = QComboBox()
        self.location.setEditable(True)
        self.hire_date = QDateEdit()
        self.hire_date.setCalendarPopup(True)
        self.hire_date.setMinimumDate(NO_DATE)
        self.hire_date.setSpecialValueText(self.tr("Not known"))
        setup_date_edit(self.hire_date)  # the short date format every view uses
        self.manager = QComboBox()
        self.manager.setEditable(False)
        self.manager_name = QLineEdit()
        self.manager_name.setAccessibleName(self.tr("Outside manager's name"))
        self.manager_name.setPlaceholderText(self.tr("Outside manager's name (not in the program)"))
        self.manager_email = QLineEdit()
        self.manager_email.setAccessibleName(self.tr("Outside manager's email"))
        self.manager_email.setPlaceholderText(self.tr("Outside manager's email"))
        self.level = QLineEdit()
        self.teaches = QLineEdit()
        self.teaches.setPlaceholderText(self.tr("What they can teach, e.g. SQL (3), Presenting (2)"))
        self.teaches.setToolTip(QCoreApplication.translate("ParticipantForm", LEVEL_HELP))
        self.learns = QLineEdit()
        self.learns.setPlaceholderText(self.tr("What they want to learn, e.g. Negotiation (1)"))
        self.learns.setToolTip(QCoreApplication.translate("ParticipantForm", LEVEL_HELP))
        self.availability = QLineEdit()
        self.availability.setPlaceholderText(self.tr("e.g. Mornings, not Fridays"))
        self.opted_in = QCheckBox(self.tr("Takes part in the program"))
        self.capacity = QSpinBox()
        self.capacity.setRange(-1, 10)
        self.capacity.setSpecialValueText(self.tr("Program default"))
        self.capacity.setToolTip(self.tr("How many new recruits this person can buddy at once"))
        self.notes = QLineEdit()

    def _build_form(self) -> QFormLayout:
        """The editors in labelled rows (``_rows``: field -> label and editor)."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a long label beside a wide field ("Capacité de parrainage" and "Valeur par défaut du
        # programme") goes above it instead of widening the form past the panel
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._rows = {
            "name": (self.tr("&Name *"), self.name), "email": (self.tr("&Email"), self.email),
            "employee_id": (self.tr("Employee ID"), self.employee_id),
            "department": (self.tr("&Department"), self.department), "job_title": (self.tr("&Job title"), self.job_title),
            "location": (self.tr("&Office"), self.location), "hire_date": (self.tr("&Hire date"), self.hire_date),
            "manager_id": (self.tr("&Manager"), self.manager), "manager_name": ("", self.manager_name),
            "manager_email": ("", self.manager_email), "level": (self.tr("Level"), self.level),
            "teaches": (self.tr("Can &teach"), self.teaches), "learns": (self.tr("Wants to &learn"), self.learns),
            "availability": (self.tr("&Availability"), self.availability), "opted_in": ("", self.opted_in),
            "capacity": (self.tr("Buddy capacity"), self.capacity), "notes": (self.tr("Notes"), self.notes),
        }
        for label, widget in self._rows.values():
            form.addRow(label, widget)
        return form

    def _build_buttons(self) -> QHBoxLayout:
        """What is wrong with the input, and the Save and Revert buttons."""
        self.problems = QLabel()
        self.problems.setObjectName("form_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_TEXT)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()

        self.apply_button = QPushButton(icon("ok"), self.tr("&Save"))
        self.apply_button.setDefault(True)
        self.apply_button.setToolTip(self.tr("Save this person (Enter)"))
        self.apply_button.clicked.connect(self._submit)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setToolTip(self.tr("Throw away the changes in this form"))
        self.revert_button.clicked.connect(self._revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        return buttons

    def _build_layout(self, form: QFormLayout, buttons: QHBoxLayout) -> None:
        """Everything in one column that scrolls when the tab is short."""
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Participant details"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- filling ---------------------------------------------------------------------
    def set_choices(self, people: list[Participant], skills: list[str]) -> None:
        """Departments, offices, managers and skills offered by the combos and completers."""
        for combo, values in ((self.department, {p.department for p in people}),
                              (self.location, {p.location for p in people})):
            text = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(sorted(v for v in values if v))
            combo.setCurrentText(text)
            combo.blockSignals(False)
        self._people = [p for p in people if not p.archived]
        self._skills = skills
        for line in (self.teaches, self.learns):
            completer = QCompleter(skills, line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            line.setCompleter(completer)

    def _fill_managers(self, person: Participant) -> None:
        self.manager.blockSignals(True)
        self.manager.clear()
        self.manager.addItem(self.tr("No manager in the program"), None)
        for p in getattr(self, "_people", []):
            if p.id != person.id or person.id is None:
                self.manager.addItem(f"{p.name} — {p.department}" if p.department else p.name, p.id)
        index = self.manager.findData(person.manager_id) if person.manager_id is not None else 0
        self.manager.setCurrentIndex(max(0, index))
        self.manager.blockSignals(False)
        self._manager_changed()

    def _manager_changed(self) -> None:
        outside = self.manager.currentData() is None
        self.manager_name.setEnabled(outside)
        self.manager_email.setEnabled(outside)

    def edit(self, person: Participant) -> None:
        self._original = person
        self.heading.setText(person.name if person.id is not None else self.tr("New participant"))
        self.name.setText(person.name)
        self.email.setText(person.email)
        self.employee_id.setText(person.employee_id)
        self.department.setCurrentText(person.department)
        self.job_title.setText(person.job_title)
        self.location.setCurrentText(person.location)
        d = person.hire_date
        self.hire_date.setDate(QDate(d.year, d.month, d.day) if d else NO_DATE)
        self._fill_managers(person)
        self.manager_name.setText(person.manager_name)
        self.manager_email.setText(person.manager_email)
        self.level.setText(person.level)
        self.teaches.setText(format_skills(person.skills, TEACH))
        self.learns.setText(format_skills(person.skills, LEARN))
        self.availability.setText(person.availability)
        self.opted_in.setChecked(person.opted_in)
        self.capacity.setValue(-1 if person.capacity is None else person.capacity)
        self.notes.setText(person.notes)
        for line in (self.name, self.email, self.employee_id, self.job_title, self.manager_name,
                     self.manager_email, self.level, self.teaches, self.learns, self.availability,
                     self.notes):
            line.setCursorPosition(0)  # a long value shows its start, not "l hygiene (3), …"
        self.show_problems([])
        read_only = person.archived
        for _label, widget in self._rows.values():
            widget.setEnabled(not read_only)
        self.apply_button.setEnabled(not read_only)
        if read_only:
            self.heading.setText(self.tr("{name} (archived — unarchive to edit)").format(name=person.name))
        self._manager_changed() if not read_only else None

    # -- reading ---------------------------------------------------------------------
    def value(self) -> tuple[Participant, list[Problem]]:
        base = self._original or Participant(name="")
        teach, teach_problems = parse_skills(self.teaches.text(), TEACH)
        learn, learn_problems = parse_skills(self.learns.text(), LEARN)
        q = self.hire_date.date()
        hire = None if q == NO_DATE else date(q.year(), q.month(), q.day())
        manager_id = self.manager.currentData()
        p = Participant(
            id=base.id, name=self.name.text().strip(), email=self.email.text().strip(),
            employee_id=self.employee_id.text().strip(), department=self.department.currentText().strip(),
            job_title=self.job_title.text().strip(), location=self.location.currentText().strip(),
            hire_date=hire, level=self.level.text().strip(), manager_id=manager_id,
            manager_name="" if manager_id is not None else self.manager_name.text().strip(),
            manager_email="" if manager_id is not None else self.manager_email.text().strip(),
            availability=self.availability.text().strip(), opted_in=self.opted_in.isChecked(),
            archived_on=base.archived_on, archive_reason=base.archive_reason,
            left_company=base.left_company,
            capacity=None if self.capacity.value() < 0 else self.capacity.value(),
            notes=self.notes.text().strip(), skills=teach + learn)
        problems = [Problem("teaches", m) for m in teach_problems] + \
                   [Problem("learns", m) for m in learn_problems]
        return p, problems

    def show_problems(self, problems: list[Problem]) -> None:
        fields = {p.field for p in problems}
        for key, (_label, widget) in self._rows.items():
            widget.setProperty("invalid", key in fields)
            widget.setStyleSheet(ERROR_BORDER if key in fields else "")
        if problems:
            self.problems.setText("\n".join(f"• {p.message}" for p in problems))
            self.problems.show()
            first = next((self._rows[p.field][1] for p in problems if p.field in self._rows), None)
            if first is not None:
                first.setFocus()
        else:
            self.problems.clear()
            self.problems.hide()

    def _submit(self) -> None:
        self.submitted.emit(self)

    def _revert(self) -> None:
        if self._original is not None:
            self.edit(self._original)
        self.cancelled.emit()
