"""File > Import Feedback: answers from a survey tool for one session, one undoable step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QListWidget,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from peerdesk.core.models import stored_id
from peerdesk.io import feedback_import
from peerdesk.io.tabular import Table, TabularError, read_table
from peerdesk.store.feedback import FormsWait
from peerdesk.store.responses import list_questions
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.importing.preview import (
    MappingTable,
    PreviewModel,
    SourceBar,
    fit_columns,
    sheet_names,
)
from peerdesk.ui.locale import weekday_date
from peerdesk.ui.unmatched_columns import UnmatchedColumns


def session_choices(ctx: ProgramContext) -> list[tuple[str, int, int]]:
    """(label, session id, cycle id) for every session, the current cycle's first."""
    from peerdesk.store.cycles import list_cycles
    from peerdesk.store.sessions import list_sessions

    program = ctx.require_program()
    names = {c.id: c.name for c in list_cycles(program)}
    sessions = list_sessions(program, with_agenda=False)
    sessions.sort(key=lambda s: (s.cycle_id != ctx.cycle_id, s.cycle_id, s.date or s.id))
    untitled = QCoreApplication.translate("importing.feedback_dialog", "Session")
    return [(f"{names.get(s.cycle_id, '?')} — {s.title or untitled}"
             f"{' — ' + weekday_date(s.date) if s.date else ''}", stored_id(s.id), s.cycle_id)
            for s in sessions]


class FeedbackImportDialog(QDialog):
    def __init__(self, ctx: ProgramContext, path: str, table: Table, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.table = table
        self.plan: feedback_import.FeedbackPlan | None = None
        self.ids: list[int] = []
        self.questions = list_questions(ctx.require_program(), active_only=False)
        self.fields = feedback_import.target_labels(self.questions)
        self.setWindowTitle(self.tr("Import feedback from {name}").format(name=Path(path).name))
        self.resize(1100, 680)

        self._build_choices()
        self._build_preview()
        self._build_layout()

        self.source.show_table(table, sheet_names(path))
        self._fill_mapping()
        self.replan()

    def _build_choices(self) -> None:
        self.source = SourceBar()
        self.source.changed.connect(self._reread)
        self.kind = QLabel()
        self.kind.setObjectName("kind")
        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("Session"))
        choices = session_choices(self.ctx)
        for label, session_id, _cycle in choices:
            self.session.addItem(label, session_id)
        from peerdesk.store.feedback import OPEN, feedback_state

        program = self.ctx.require_program()  # the first session that takes answers, not a closed one
        self.session.setCurrentIndex(next((i for i, (_label, sid, cycle) in enumerate(choices)
                                           if feedback_state(program, cycle, sid, "session") == OPEN), 0))
        self.session.currentIndexChanged.connect(lambda _i: self.replan())
        self.mapping = MappingTable()
        self.mapping.setAccessibleName(self.tr("How each column is understood"))
        self.mapping.changed.connect(self.replan)
        self.unmatched = UnmatchedColumns()  # never drop a column without asking
        self.unmatched.changed.connect(self.replan)
        self.keep_open = QCheckBox(self.tr("Keep the session's feedback open"))
        self.keep_open.setObjectName("keep_open")
        self.keep_open.setToolTip(self.tr(
            "Unticked, the import closes the session's feedback: all its forms, typed or "
            "imported, join the figures together, and the session takes no more forms. Tick "
            "it when more forms for this session are still to come."))

    def _build_preview(self) -> None:
        self.preview = PreviewModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)
        self.view.setAccessibleName(self.tr("Preview of the rows"))
        self.view.setModel(self.preview)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.messages = QListWidget()
        self.messages.setAccessibleName(self.tr("Problems and notes"))
        self.messages.setWordWrap(True)  # a long reason reads whole, not scrolled sideways
        self.messages.setResizeMode(QListView.ResizeMode.Adjust)
        self.messages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

    def _build_layout(self) -> None:
        top = QFormLayout()
        top.addRow(self.tr("File"), self.source)
        top.addRow(self.tr("Recognised as"), self.kind)
        top.addRow(self.tr("&Session"), self.session)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.mapping)
        split.addWidget(self.view)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.unmatched)
        layout.addWidget(self.privacy)
        layout.addWidget(self.keep_open)
        layout.addWidget(self.summary)
        layout.addWidget(self.messages)
        layout.addWidget(self.buttons)

    def _fill_mapping(self) -> None:
        self.mapping.fill(self.table, feedback_import.map_columns(
            self.table.headers, self.questions, table=self.table), self.fields)

    def _reread(self) -> None:
        try:
            self.table = read_table(self.path, **self.source.options())
        except TabularError as exc:
            dialogs.error(self, self.tr("Cannot read the file"), str(exc))
            return
        self.source.show_table(self.table, sheet_names(self.path))
        self._fill_mapping()
        self.replan()

    def replan(self) -> None:
        session_id = self.session.currentData()
        self.messages.clear()
        if session_id is None:
            self.plan = None
            self.summary.setText(self.tr("This program has no sessions yet: add the session on the "
                                 "Sessions tab first, then import its feedback."))
            self.import_button.setEnabled(False)
            self.messages.setVisible(False)
            return
        if getattr(self, "_personal_for", None) is not self.table:
            from peerdesk.io.feedback_columns import personal

            self._personal_for, self._personal = self.table, personal(self.ctx.require_program(), self.table)
        self.unmatched.show_columns(self.table, self.mapping.mapping(), self.questions,
                                    self._personal)
        mapping = self.unmatched.resolve(self.mapping.mapping())
        plan = feedback_import.build_plan(self.ctx.require_program(), self.table, session_id, mapping)
        self.plan = plan
        self.kind.setText(feedback_import.kind_name(plan.kind))
        self.privacy.setText(
            self.tr("This program's feedback is anonymous: names, emails, times and anything else in "
            "the file that could tell who answered are not read and not stored.") if plan.anonymous else
            self.tr("Respondents are linked to participants by their email."))
        self.keep_open.setVisible(plan.anonymous)
        status = {row: "ok" for row in plan.rows}
        self.preview.set_data(self.table, [self.fields.get(m, "") for m in mapping], status,
                              plan.problems)
        fit_columns(self.view)
        closed = self._closed_reason(plan)
        for line in [*plan.blocking, *([closed] if closed else []), *plan.dropped_lines(),
                     *(str(p) for p in plan.problems), *plan.notes]:
            self.messages.addItem(line)
        self.messages.setVisible(self.messages.count() > 0)
        self.summary.setText(plan.summary() + "." if not plan.blocking else self.tr("Nothing to import."))
        self.import_button.setEnabled(not plan.blocking and bool(plan.responses)
                                      and not closed and not self.unmatched.undecided())
        if self.unmatched.undecided() and not plan.blocking:
            self.summary.setText(self.summary.text() + self.tr(" First say what each column below is."))

    def _closed_reason(self, plan: feedback_import.FeedbackPlan) -> str:
        """Why a session whose feedback is closed takes none of the rows ("" if open)."""
        from peerdesk.store.feedback import OPEN, FeedbackClosed, feedback_state

        if not plan.anonymous or not plan.responses:
            return ""
        state = feedback_state(self.ctx.require_program(), plan.cycle_id, plan.session_id,
                               plan.phase)
        return "" if state == OPEN else str(FeedbackClosed(state))

    def do_import(self) -> None:
        plan = self.plan
        if plan is None or plan.blocking or not plan.responses:
            return
        if plan.problems:
            bad = len(plan.bad_rows)
            if not dialogs.confirm(self, self.tr("Import without the bad rows?"),
                                   self.tr("%n row(s) have answers that "
                                   "do not fit the questions and will not be imported. Import "
                                   "the other responses now?", "", bad), yes=self.tr("Import the others")):
                return
        program = self.ctx.require_program()
        from peerdesk.io import feedback_columns as fc

        asked = fc.sanity_checks(program, plan.session_id, plan.responses, plan.dates_read)
        if asked and not dialogs.confirm(self, self.tr("Import these answers?"), "\n\n".join(asked),
                                         yes=self.tr("Import anyway")):
            return
        state: dict = {}
        add, mapping = self.unmatched.to_add(), self.unmatched.resolve(self.mapping.mapping())
        keep_open = self.keep_open.isChecked()

        def do():
            if add:  # the new questions first, then the plan that feeds them
                new_mapping, state["questions"] = fc.add_questions(program, self.table,
                                                                   mapping, add)
                built = feedback_import.build_plan(program, self.table, plan.session_id,
                                                   new_mapping)
                built.left_out = plan.left_out
            else:
                built = plan
            try:
                redo = state["done"].ids if "done" in state else None
                state["done"] = feedback_import.apply_feedback(program, built, ids=redo,
                                                               keep_open=keep_open)
            except Exception:  # refused (the answers wait) or failed: no question left behind
                fc.remove_questions(program, state.pop("questions", []))
                raise
            return state["done"].ids

        def undo():
            feedback_import.undo_feedback(program, state["done"], plan)
            fc.remove_questions(program, state.get("questions", []))

        try:
            self.ids = self.ctx.perform(
                self.tr("Import {n_responses} feedback responses from {name}").format(n_responses=len(plan.responses), name=Path(self.path).name),
                do, undo, "feedback")
        except FormsWait as exc:  # the rule holds them back: not a failure, say what to do
            self._held_back(exc)
            return
        except Exception as exc:
            dialogs.error(self, self.tr("The import failed"), self.tr("Nothing was imported: {exc}.").format(exc=exc))
            return
        self.accept()

    def _held_back(self, wait: FormsWait) -> None:
        """Nothing was stored; when the same answers with some departments left out would
        be taken, offer that (naming them), else just say why."""
        if wait.offer is None or self.plan is None:
            dialogs.info(self, self.tr("Not imported yet"), str(wait))
            return
        if dialogs.confirm(self, self.tr("Not imported yet"), str(wait),
                           yes=self.tr("Leave Them Out and Import")):
            self.plan.left_out = wait.offer.left_out
            self.do_import()
