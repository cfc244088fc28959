"""The Feedback tab: type in paper forms on the left, see whether the program works on the right.

Left: the session picker and the fast entry grid (one row per paper form), the reason
when an answer is refused, and the cycle's comments behind a button (they are for the
facilitator only: :mod:`~peerdesk.ui.feedback.comments_panel`). Right: the charts with
matplotlib's toolbar. Above: the question editor and the cycle report for management
(:mod:`~peerdesk.ui.feedback.report_export`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.models import stored_id
from peerdesk.core.validation import ValidationError
from peerdesk.store import feedback as store
from peerdesk.store.responses import is_anonymous
from peerdesk.ui import dialogs
from peerdesk.ui.context import EditRefused, ProgramContext
from peerdesk.ui.feedback.charts_panel import ChartsPanel
from peerdesk.ui.feedback.closing import (
    TITLE_ROLE,
    ClosingRow,
    offer_after_hold,
    open_elsewhere,
)
from peerdesk.ui.feedback.comments_panel import CommentsPanel
from peerdesk.ui.feedback.entry_grid import EntryGrid
from peerdesk.ui.feedback.entry_model import FormsModel
from peerdesk.ui.feedback.report_export import export_cycle_report
from peerdesk.ui.icons import icon
from peerdesk.ui.locale import weekday_date
from peerdesk.ui.widgets import busy_cursor

RELOAD_ON = ("feedback", "sessions", "participants", "settings")
ERROR_STYLE = "color: #b3261e;"


def _button(action: QAction) -> QPushButton:
    button = QPushButton(action.icon(), action.text().replace("&", ""))
    button.setToolTip(action.toolTip())
    button.clicked.connect(action.trigger)
    return button


class FeedbackTab(QWidget):
    def __init__(self, ctx: ProgramContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._build_actions()
        self._build_entry()
        self.comments_panel = CommentsPanel(ctx, self._perform)
        entry = self._build_entry_layout()

        self.charts = ChartsPanel(ctx)
        splitter = QSplitter()
        splitter.addWidget(entry)
        splitter.addWidget(self.charts)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 640])

        self._build_empty_state()

        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(_button(self.act_questions))
        self.report_button = _button(self.act_report)
        top.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        ctx.programChanged.connect(self.reload)
        ctx.cycleChanged.connect(lambda _cycle: self.reload())
        ctx.dataChanged.connect(lambda area: self.reload() if area in RELOAD_ON else None)
        self.reload()

    def _build_actions(self) -> None:
        self.act_questions = QAction(icon("edit"), self.tr("Feedback &Questions…"), self)
        self.act_questions.setToolTip(self.tr("Add, edit, reorder or deactivate the feedback questions"))
        self.act_questions.triggered.connect(self.edit_questions)
        self.act_report = QAction(icon("report"), self.tr("&Cycle Report…"), self)
        self.act_report.setToolTip(self.tr("The cycle report for management, as a PDF"))
        self.act_report.triggered.connect(self.export_report)

    def _build_entry(self) -> None:
        self.session = QComboBox()
        self.session.setObjectName("feedback_session")
        self.session.setToolTip(self.tr("The session whose paper forms you are typing in"))
        self.session.currentIndexChanged.connect(self._session_chosen)
        self.count = QLabel()
        self.model = FormsModel(self)
        self.grid = EntryGrid()
        self.grid.setModel(self.model)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        # Wrapped to the panel's width: a longer text takes more lines, not the charts' width.
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint.setStyleSheet("color: #616e7c;")
        self.question_label = QLabel()
        self.question_label.setObjectName("feedback_question")
        self.question_label.setWordWrap(True)
        self.grid.selectionModel().currentChanged.connect(
            lambda current, _previous: self.question_label.setText(
                self.model.describe(current.column()) if current.isValid() else ""))
        self.message = QLabel()
        self.message.setObjectName("feedback_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete Form"))
        self.delete_button.setToolTip(self.tr("Delete the selected forms (Del); Edit > Undo brings them back"))
        self.delete_button.clicked.connect(self._delete_selected)
        self.comments_button = QPushButton(icon("feedback"), self.tr("Show Comments"))
        self.comments_button.setCheckable(True)
        self.comments_button.setToolTip(self.tr("The cycle's written comments: for you, the facilitator, "
                                        "only. They never appear in participants' handouts."))
        self.comments_button.toggled.connect(self._show_comments)
        self.closing = ClosingRow()  # where the session's feedback stands, and its close
        self.state, self.finish_button = self.closing.state, self.closing.finish_button
        self.finish_button.clicked.connect(self._close_feedback)
        self.closing.goTo.connect(lambda choice: self.choose(*choice))
        self.model.refused.connect(self.message.setText)
        self.model.formFinished.connect(self._add_form)
        self.model.formEdited.connect(self._correct_form)
        self.grid.deleteRequested.connect(self._delete_rows)

    def _build_entry_layout(self) -> QWidget:
        picker = QHBoxLayout()
        session_label = QLabel(self.tr("&Session:"))
        session_label.setBuddy(self.session)
        picker.addWidget(session_label)
        picker.addWidget(self.session, 1)
        picker.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.comments_button)
        entry = QWidget()
        entry_layout = QVBoxLayout(entry)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        entry_layout.addLayout(picker)
        entry_layout.addWidget(self.hint)
        entry_layout.addWidget(self.closing)
        entry_layout.addWidget(self.grid, 3)
        entry_layout.addWidget(self.question_label)
        entry_layout.addWidget(self.message)
        entry_layout.addLayout(buttons)
        entry_layout.addWidget(self.comments_panel, 1)
        return entry

    def _build_empty_state(self) -> None:
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        self.empty_text = QLabel()
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        empty_layout.addWidget(self.empty_text)
        self.empty_button = _button(self.act_questions)
        self.empty_button.setText(self.tr("Set Up the Feedback Questions…"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(2)

    def toolbar_actions(self) -> list[QAction]:
        return [self.act_report]

    # -- loading ---------------------------------------------------------------------
    def reload(self) -> None:
        program, cycle_id = self.ctx.program, self.ctx.cycle_id
        editable = program is not None and not self.ctx.read_only
        self.act_questions.setEnabled(program is not None)
        self.act_report.setEnabled(program is not None and cycle_id is not None)
        sessions = store.list_sessions(program, cycle_id) if program and cycle_id else []
        if program is None or cycle_id is None or not sessions:
            self.empty_text.setText(
                self.tr("<h3>No sessions to collect feedback from yet</h3><p>Plan the cycle's sessions "
                "on the Sessions tab; their paper forms are typed in here afterwards. Meanwhile "
                "you can set up the questions the forms will ask.</p>") if program is not None
                else self.tr("<h3>No program open</h3><p>Open or create a program with the File menu.</p>"))
            self.stack.setCurrentWidget(self.empty)
            self.model.set_forms([], [], None, [], [], editable)
            return
        self.stack.setCurrentIndex(0)
        self._fill_sessions(sessions)
        self._load_forms()
        if self.comments_button.isChecked():
            self._show_comments(True)

    def _fill_sessions(self, sessions) -> None:
        cycle_id = self.ctx.cycle_id
        assert cycle_id is not None  # reload() lists sessions only within a cycle
        current = self.session.currentData()
        self.session.blockSignals(True)
        self.session.clear()
        from peerdesk.core.disclosure import Key
        from peerdesk.core.feedback import book

        figures = book(store.load_feedback_data(self.ctx.require_program()))  # counts obey the rule too
        for s in sessions:
            when = f"{weekday_date(s.date)} · " if s.date else ""
            forms = figures.get(Key("forms", "session", cycle_id, s.id))
            counted = ((self.tr("ahead") if s.date and s.date > date.today() else self.tr("too few to show"))
                       if forms.withheld else self.tr("%n form(s)", "", forms.n or 0))
            typing = store.typing_open(self.ctx.require_program(), cycle_id, s.id, "session")
            more = self.tr(", {typing} being typed").format(typing=typing) if typing else ""
            self.session.addItem(f"{when}{s.title} ({counted}{more})", ("session", s.id))
            self.session.setItemData(self.session.count() - 1, f"{when}{s.title}", TITLE_ROLE)
        self.session.addItem(self.tr("Skill confidence, before the cycle"), ("before", None))
        self.session.addItem(self.tr("Skill confidence, after the cycle"), ("after", None))
        index = self._index_of(current) if current is not None else -1
        if index < 0:  # the latest session that has happened, else the first
            today = date.today()
            past = [i for i, s in enumerate(sessions) if s.date and s.date <= today]
            index = past[-1] if past else 0
        self.session.setCurrentIndex(index)
        self.session.blockSignals(False)

    def _index_of(self, choice) -> int:
        # findData cannot compare Python tuples: look through the items ourselves
        return next((i for i in range(self.session.count())
                     if self.session.itemData(i) == choice), -1)

    def choose(self, phase: str, session_id: int | None = None) -> None:
        """Show the forms of a session (or of the before/after round)."""
        index = self._index_of((phase, session_id))
        if index >= 0:
            self.session.setCurrentIndex(index)

    def _session_chosen(self) -> None:
        self.message.clear()
        self._load_forms()
        self.grid.start_draft()

    def _load_forms(self) -> None:
        program, cycle_id = self.ctx.program, self.ctx.cycle_id
        choice = self.session.currentData()
        if program is None or cycle_id is None or choice is None:
            return
        phase, session_id = choice
        from peerdesk.store.participants import list_skills

        forms = store.list_forms(program, cycle_id, session_id, phase)
        state = store.feedback_state(program, cycle_id, session_id, phase)
        waiting = bool(store.open_forms(program, cycle_id, session_id, phase))
        draft = store.PaperForm(cycle_id, {}, session_id, phase) if state == store.OPEN else None
        anonymous = is_anonymous(program)
        people = None
        if not anonymous:
            from peerdesk.store.participants import list_participants

            people = {stored_id(p.id): (p.name, p.department) for p in list_participants(program)}
        self.model.set_forms(store.form_questions(program, phase), forms, draft,
                             store.departments(program), list_skills(program),
                             editable=not self.ctx.read_only, people=people)
        if anonymous:
            self.count.setText(self.tr("{n_forms} being typed").format(n_forms=len(forms)) if forms else "")
            self.hint.setText(
                self.tr("One row per paper form: type each answer and press Tab or Enter; the form is "
                "saved at the end of its row. Forms are anonymous: only a department written "
                "on the form is kept. Typed forms stay here to be corrected while the session's "
                "feedback is open. Close Feedback joins all of the session's forms, typed or "
                "imported, to the figures at once; after that the session takes no more forms. "
                "Imported answers are never listed one by one."))
            self.closing.show_state(state, *open_elsewhere(self.session, program, cycle_id, state),
                                    store.kept_out(program, cycle_id, session_id, phase))
        else:
            self.count.setText(self.tr("%n form(s)", "", len(forms)))
            self.hint.setText(
                self.tr("Feedback in this program is NOT anonymous: each form is stored with who "
                "filled it in. One row per paper form; type who filled it in in the Person "
                "column."))
            self.hint.setStyleSheet(ERROR_STYLE)
            self.state.clear()
        self.closing.setVisible(anonymous)
        self.delete_button.setEnabled(bool(forms) and not self.ctx.read_only)
        self.finish_button.setVisible(anonymous)
        self.finish_button.setEnabled(waiting and not self.ctx.read_only)
        self.grid.resize_columns()

    # -- saving ----------------------------------------------------------------------
    def _perform(self, text: str, do, undo) -> bool:
        try:
            self.ctx.perform(text, do, undo, "feedback")
        except ValidationError as exc:
            self.message.setText(" ".join(p.message for p in exc.problems))
            return False
        except EditRefused:
            return False
        self.message.clear()
        return True

    def _add_form(self, form: store.PaperForm) -> None:
        program = self.ctx.program
        if program is None:  # perform() would refuse it too
            return
        state: dict = {}

        def do():
            state["id"] = store.add_paper_form(program, replace(form, id=state.get("id")))

        if self._perform(self.tr("Add feedback form"), do,
                         lambda: store.delete_forms(program, [state["id"]])):
            self.model.clear_draft()
            self.grid.start_draft()

    def _correct_form(self, form: store.PaperForm) -> None:
        program = self.ctx.program
        if program is None:  # perform() would refuse it too
            return
        state: dict = {}

        def do():
            state["snap"] = store.replace_paper_form(program, form)

        if not self._perform(self.tr("Correct feedback form"), do,
                             lambda: store.restore_forms(program, state["snap"])):
            self._load_forms()  # show the stored form again

    def _delete_rows(self, rows: list[int]) -> None:
        program = self.ctx.program
        ids = [stored_id(self.model.forms[r].id) for r in rows if 0 <= r < len(self.model.forms)]
        if program is None or not ids or self.ctx.read_only:
            return
        state: dict = {}

        def do():
            state["snap"] = store.delete_forms(program, ids)

        self._perform(self.tr("Delete %n feedback form(s)", "", len(ids)), do,
                      lambda: store.restore_forms(program, state["snap"]))

    def _delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.grid.selectedIndexes()}
                      | {self.grid.currentIndex().row()})
        self._delete_rows([r for r in rows if r >= 0])

    def _close_feedback(self, left_out: frozenset[str] = frozenset(),
                        keep_out: bool = False) -> None:
        program, cycle_id = self.ctx.program, self.ctx.cycle_id
        choice = self.session.currentData()
        if program is None or cycle_id is None or choice is None or self.ctx.read_only:
            return
        phase, session_id = choice
        self.model.finish_draft()  # a half-typed form is saved first, not dropped (a walk lost one)
        state: dict = {}
        if keep_out:
            text, reopen = self.tr("Close the session's feedback, its forms kept out"), store.undo_keeping_out
        else:
            text = (self.tr("Close the session's feedback without some departments") if left_out
                    else self.tr("Close the session's feedback"))
            reopen = store.reopen_feedback

        def do():
            state["closed"] = (store.close_keeping_out(program, cycle_id, session_id, phase) if keep_out
                               else store.close_feedback(program, cycle_id, session_id, phase, left_out))

        with busy_cursor():  # the check over every reading: a second or two on a big program
            taken = self._perform(text, do, lambda: reopen(program, state["closed"]))
        if not (taken or left_out or keep_out or self.ctx.read_only):
            offer_after_hold(self.ctx, self, cycle_id, session_id, phase, self._close_feedback)

    def _show_comments(self, shown: bool) -> None:
        self.comments_button.setText(self.tr("Hide Comments") if shown else self.tr("Show Comments"))
        self.comments_panel.show_comments(shown)

    def edit_questions(self) -> None:
        if self.ctx.program is None:
            return
        from peerdesk.ui.feedback.questions import QuestionsDialog

        dialogs.run_dialog(QuestionsDialog(self.ctx, self))

    def export_report(self) -> None:
        export_cycle_report(self.ctx, self)
