"""Program-wide dialogs: a new program, a new cycle, and the program's settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
)

from peerdesk.core.models import Cycle
from peerdesk.core.settings import MIN_GROUP_FLOOR, ProgramSettings
from peerdesk.core.validation import ValidationError
from peerdesk.store.cycles import add_cycle, delete_cycle, restore_rows
from peerdesk.store.responses import (
    is_anonymous,
    largest_k_allowed,
    set_anonymous,
    smallest_k_allowed,
)
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.locale import setup_date_edit
from peerdesk.ui.widgets import ok_cancel, problems_label
from peerdesk.ui.zone_picker import ZonePicker, shown


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class NewProgramDialog(QDialog):
    """The new program's name and time zone (this computer's, unless changed)."""

    def __init__(self, suggested_name: str, parent=None):
        super().__init__(parent)
        from peerdesk.core.zones import system_zone

        self.setWindowTitle(self.tr("New program"))
        self.name = QLineEdit(suggested_name)
        self.name.setObjectName("new_program_name")
        self.name.setPlaceholderText(self.tr("e.g. Spring 2027 peer learning"))
        self.name.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        self.timezone = ZonePicker()
        self.timezone.setObjectName("new_program_timezone")
        here = system_zone()
        self.timezone.set_zone(here)
        note = QLabel(self.tr("This computer is set to {here}. Sessions start in the program's zone; "
                      "a remote session can have its own.").format(here=shown(here)))
        note.setWordWrap(True)
        self.problems = problems_label("new_program_problems")
        form = QFormLayout(self)
        form.addRow(self.tr("Program &name"), self.name)
        form.addRow(self.tr("Time &zone"), self.timezone)
        form.addRow(note)
        form.addRow(self.problems)
        form.addRow(ok_cancel(self))

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), self.timezone.zone()

    def accept(self) -> None:
        name, zone = self.values()
        if not name:
            self.problems.setText(self.tr("Give the program a name, such as “Spring 2027”."))
            self.name.setFocus()
            return
        if not zone:
            self.problems.setText(self.tr("“{text_typed}” is not a time zone; type a "
                                  "city and pick it from the list, e.g. Europe/Lisbon.").format(text_typed=self.timezone.text_typed()))
            self.timezone.setFocus()
            return
        super().accept()


class CycleDialog(QDialog):
    def __init__(self, ctx: ProgramContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New cycle"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Spring 2027"))
        self.name.setMinimumWidth(self.fontMetrics().averageCharWidth() * 32)
        today = date.today()
        self.start = QDateEdit(_qdate(today))
        self.start.setCalendarPopup(True)
        self.end = QDateEdit(_qdate(today + timedelta(weeks=12)))
        self.end.setCalendarPopup(True)
        setup_date_edit(self.start)
        setup_date_edit(self.end)
        self.problems = problems_label()
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Starts"), self.start)
        form.addRow(self.tr("&Ends"), self.end)
        form.addRow(self.problems)
        form.addRow(ok_cancel(self))

    def accept(self) -> None:
        program = self.ctx.require_program()
        cycle = Cycle(name=self.name.text().strip(), start_date=_pydate(self.start.date()),
                      end_date=_pydate(self.end.date()))
        state: dict = {}

        def do():
            if "snapshot" in state:  # redo: the same cycle, the same id
                restore_rows(program, state.pop("snapshot"))
            else:
                state["id"] = add_cycle(program, cycle)
            return state["id"]

        def undo():
            state["snapshot"] = delete_cycle(program, state["id"])

        try:
            new_id = self.ctx.perform(self.tr("New cycle {name}").format(name=cycle.name), do, undo, "sessions")
        except ValidationError as exc:
            self.problems.setText("\n".join(p.message for p in exc.problems))
            return
        self.ctx.set_cycle(new_id)
        super().accept()


class SettingsDialog(QDialog):
    """The program's own settings (stored in the program file, not on this computer)."""

    def __init__(self, ctx: ProgramContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        program = ctx.require_program()
        self.setWindowTitle(self.tr("Program settings"))
        self.name = QLineEdit(program.name)
        self.new_months = QSpinBox()
        self.new_months.setRange(1, 36)
        self.new_months.setSuffix(self.tr(" months"))
        current = program.settings()
        self.new_months.setValue(current.new_recruit_months)
        self.seasoned_months = QSpinBox()
        self.seasoned_months.setRange(1, 240)
        self.seasoned_months.setSuffix(self.tr(" months"))
        self.seasoned_months.setValue(current.seasoned_months)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 10)
        self.capacity.setValue(current.buddy_capacity)
        self.min_group = QSpinBox()
        least = smallest_k_allowed(program)
        self.min_group.setRange(least, largest_k_allowed(program))  # fixed once feedback is in
        self.min_group.setValue(max(least, current.group_size))
        self.anonymous = QCheckBox(self.tr("Feedback is anonymous (recommended)"))
        self.anonymous.setChecked(is_anonymous(program))
        self.timezone = ZonePicker()
        self.timezone.set_zone(current.timezone)
        self.timezone.setToolTip(self.tr("New sessions start in this zone; sessions already planned keep "
                                 "their own"))
        self.problems = problems_label()
        self._build_languages(current)
        form = QFormLayout(self)
        form.addRow(self.tr("Program &name"), self.name)
        form.addRow(self.tr("New recruit: under"), self.new_months)
        form.addRow(self.tr("Seasoned: from"), self.seasoned_months)
        form.addRow(self.tr("Recruits per &buddy"), self.capacity)
        form.addRow(self.tr("Smallest group &shown"), self.min_group)
        form.addRow(rule := QLabel(self.tr("Results from fewer responses than this show “too few responses”, "
                           "so nobody's answers can be singled out. Never below 3")
                           + (self.tr("; with anonymous feedback stored, never below {least}: "
                              "figures read before and after lowering it could single an "
                              "answer out.").format(least=least) if least > 3 else ".")))
        rule.setWordWrap(True)  # a longer language wraps instead of widening the dialog
        form.addRow("", self.anonymous)
        form.addRow(self.tr("&Time zone"), self.timezone)
        if self.documents is not None:
            form.addRow(self.tr("&Documents in"), self.documents)
        form.addRow(self.tr("&Window language"), self.window_language)
        form.addRow("", self.language_note)
        form.addRow(self.problems)
        form.addRow(ok_cancel(self))

    def _build_languages(self, current: ProgramSettings) -> None:
        """The window's language (this computer's choice, used from the next start) and, when
        the program has one, the language its documents and messages are printed in."""
        from peerdesk.ui import language
        from peerdesk.ui import settings as app_settings

        self.window_language = QComboBox()
        self.window_language.setObjectName("window_language")
        computer = language.NAMES[language.system_language()]
        self.window_language.addItem(self.tr("As this computer ({language})").format(language=computer), "")
        for code in language.LANGUAGES:
            self.window_language.addItem(language.NAMES[code], code)
        chosen = language.normalise(str(app_settings.get("language") or "")) or ""
        self.window_language.setCurrentIndex(max(0, self.window_language.findData(chosen)))
        self.language_note = QLabel(self.tr("The window changes language the next time PeerDesk "
                                            "starts. This choice is kept on this computer, not in "
                                            "the program."))
        self.language_note.setWordWrap(True)
        self.documents = None
        if hasattr(current, "language"):  # the program's document language (peerdesk.i18n)
            self.documents = QComboBox()
            self.documents.setObjectName("document_language")
            self.documents.setToolTip(self.tr("The language of everything printed and of the "
                                              "messages to participants, whatever the window's"))
            for code in language.LANGUAGES:
                self.documents.addItem(language.NAMES[code], code)
            self.documents.setCurrentIndex(max(0, self.documents.findData(current.language)))

    def _save_window_language(self) -> None:
        from peerdesk.ui import settings as app_settings

        app_settings.put("language", self.window_language.currentData() or "")

    def chosen(self) -> ProgramSettings:
        """The program's settings as the dialog now shows them."""
        return replace(self.ctx.require_program().settings(),
                       program_name=self.name.text().strip() or "Peer learning program",
                       new_recruit_months=self.new_months.value(),
                       seasoned_months=self.seasoned_months.value(),
                       buddy_capacity=self.capacity.value(),
                       min_group_size=max(MIN_GROUP_FLOOR, self.min_group.value()),
                       anonymous_feedback=self.anonymous.isChecked(),
                       timezone=self.timezone.zone(),
                       **({"language": self.documents.currentData()} if self.documents is not None else {}))

    def accept(self) -> None:
        program = self.ctx.require_program()
        new = self.chosen()
        problems = new.problems()
        if problems:
            self.problems.setText(" ".join(p.message for p in problems))
            return
        if not new.timezone:
            self.problems.setText(self.tr("“{text_typed}” is not a time zone; type a "
                                  "city and pick it from the list, e.g. Europe/Lisbon.").format(text_typed=self.timezone.text_typed()))
            return
        old = replace(program.settings(), anonymous_feedback=is_anonymous(program))
        if old.anonymous_feedback and not new.anonymous_feedback and not dialogs.confirm(
                self, self.tr("Make feedback named?"),
                self.tr("Participants were told their feedback is anonymous. From now on, forms will "
                "be stored with the respondent's name, and every view and report will say the "
                "feedback is not anonymous. Answers stored so far stay anonymous. The switch "
                "is logged in the program file."), yes=self.tr("Make feedback named")):
            return
        if not old.anonymous_feedback and new.anonymous_feedback and not dialogs.confirm(
                self, self.tr("Make feedback anonymous?"),
                self.tr("Every form stored so far loses its respondent's name, its date and any "
                "department filled in from the participant list, for good. Undo switches "
                "back to named feedback, but cannot give those names back. The switch is "
                "logged in the program file."), yes=self.tr("Make feedback anonymous")):
            return

        def write(values: ProgramSettings) -> None:
            with program.atomic():
                if values.anonymous_feedback != is_anonymous(program):
                    set_anonymous(program, values.anonymous_feedback, self.tr("changed in Program settings"))
                program.save_settings(values)

        self._save_window_language()
        self.ctx.perform(self.tr("Change program settings"), lambda: write(new), lambda: write(old), "settings")
        super().accept()
