"""File > Import Participants: see what was read, fix the mapping, then import.

Nothing is written until the user presses Import having seen the problems; the whole
import is then one undoable command (undo deletes the added people and puts every
updated or archived one back as it was).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.io import dates, people_apply, people_import
from peerdesk.io.tabular import Table, TabularError, read_table
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.importing.preview import (
    MappingTable,
    PreviewModel,
    SourceBar,
    fit_columns,
    sheet_names,
)

WRITE_PROGRESS_FROM = 2000  # rows; a smaller import is written before anyone could look


class PeopleImportDialog(QDialog):
    def __init__(self, ctx: ProgramContext, path: str, table: Table, parent=None,
                 plan: people_import.PeoplePlan | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.table = table
        self.plan: people_import.PeoplePlan | None = None
        self.imported: people_apply.PeopleResult | None = None
        self.setWindowTitle(self.tr("Import participants from {name}").format(name=Path(path).name))
        self.resize(1100, 700)

        self._build_preview()
        self._build_date_question()
        self._build_outcome()
        self._build_layout()

        self.source.show_table(table, sheet_names(path))
        self.mapping.fill(table, people_import.map_columns(table.headers), people_import.field_labels())
        if plan is not None and plan.mapping[:len(table.headers)] == self.mapping.mapping():
            self._use_plan(plan, self.mapping.mapping(), None)  # checked in the background
        else:
            self.replan()

    def _build_preview(self) -> None:
        self.source = SourceBar()
        self.source.changed.connect(self._reread)
        self.mapping = MappingTable()
        self.mapping.setAccessibleName(self.tr("How each column is understood"))
        self.mapping.changed.connect(self.replan)
        self.preview = PreviewModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)
        self.view.setAccessibleName(self.tr("Preview of the rows"))
        self.view.setModel(self.preview)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)

    def _build_date_question(self) -> None:
        self.date_box = QWidget()
        date_row = QHBoxLayout(self.date_box)
        date_row.setContentsMargins(0, 0, 0, 0)
        self.date_question = QLabel()
        self.date_question.setWordWrap(True)
        self.day_first = QRadioButton(self.tr("&Day first (31/12)"))
        self.month_first = QRadioButton(self.tr("&Month first (12/31)"))
        self.date_group = QButtonGroup(self)
        self.date_group.addButton(self.day_first)
        self.date_group.addButton(self.month_first)
        self.date_group.buttonToggled.connect(lambda _b, on: self.replan() if on else None)
        date_row.addWidget(self.date_question, 1)
        date_row.addWidget(self.day_first)
        date_row.addWidget(self.month_first)

    def _build_outcome(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.itemActivated.connect(self._show_row)
        self.problems.itemClicked.connect(self._show_row)
        self.archive = QCheckBox()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>1. Columns</b> — change any that were not understood")))
        left_layout.addWidget(self.mapping)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("<b>2. Preview</b> — every row of the file")))
        right_layout.addWidget(self.view)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(split, 1)
        layout.addWidget(self.date_box)
        layout.addWidget(QLabel(self.tr("<b>3. What will happen</b>")))
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.archive)
        layout.addWidget(self.buttons)

    # -- reading and planning ------------------------------------------------------------
    def _reread(self) -> None:
        try:
            table = read_table(self.path, **self.source.options())
        except TabularError as exc:
            dialogs.error(self, self.tr("Cannot read the file"), str(exc))
            return
        self.table = table
        self.source.show_table(table, sheet_names(self.path))
        self.mapping.fill(table, people_import.map_columns(table.headers), people_import.field_labels())
        self.replan()

    def date_order(self) -> str | None:
        if self.day_first.isChecked():
            return dates.DMY
        if self.month_first.isChecked():
            return dates.MDY
        return None

    def replan(self) -> None:
        mapping = self.mapping.mapping()
        order = self.date_order()
        plan = people_import.build_plan(self.ctx.require_program(), self.table, mapping, date_order=order)
        self._use_plan(plan, mapping, order)

    def _use_plan(self, plan: people_import.PeoplePlan, mapping: list[str],
                  order: str | None) -> None:
        if plan.needs_date_order or order is not None:
            examples = ", ".join(plan.date_examples) or self.tr("for example 03/04/2024")
            self.date_question.setText(self.tr("The hire dates could be read day-first or month-first "
                                       "({examples}). Which does the file use?").format(examples=examples))
            self.date_box.setVisible(True)
        else:
            self.date_box.setVisible(False)
        self.plan = plan
        labels = [people_import.field_labels().get(m, "") for m in mapping]
        self.preview.set_data(self.table, labels, plan.status, plan.problems)
        fit_columns(self.view)
        self._show_plan(plan)

    def _show_plan(self, plan: people_import.PeoplePlan) -> None:
        self.problems.clear()
        for problem in plan.problems:
            item = QListWidgetItem(str(problem))
            item.setData(Qt.ItemDataRole.UserRole, problem.row)
            self.problems.addItem(item)
        self.problems.setVisible(bool(plan.problems))
        if plan.blocking:
            self.summary.setText(" ".join(plan.blocking))
        elif plan.needs_date_order:
            self.summary.setText(self.tr("Choose the date order above to see what will be imported."))
        else:
            text = plan.summary() + "."
            if plan.problems:
                text += self.tr(" Rows with problems are left out unless you fix the file and import again.")
            self.summary.setText(text)
        missing = len(plan.missing) if plan.can_write else 0
        self.archive.setVisible(missing > 0)
        self.archive.setText(self.tr("Archive the %n person(s) no longer in the file "
                             "({names})", "", missing).format(names=', '.join(m['name'] for m in plan.missing[:5])
                             + (', …' if missing > 5 else '')))
        writes = bool(plan.new or plan.updates or missing)
        self.import_button.setEnabled(plan.can_write and writes)
        good = len(plan.new) + len(plan.updates)
        self.import_button.setText(self.tr("&Import {good}").format(good=good) if plan.problems else self.tr("&Import"))

    def _show_row(self, item: QListWidgetItem) -> None:
        row = self.preview.row_of(item.data(Qt.ItemDataRole.UserRole))
        self.view.selectRow(row)
        self.view.scrollTo(self.preview.index(row, 0))

    # -- writing -----------------------------------------------------------------------
    def do_import(self) -> None:
        plan = self.plan
        if plan is None or not plan.can_write:
            return
        if plan.problems:
            bad = len(plan.bad_rows)
            if not dialogs.confirm(self, self.tr("Import without the bad rows?"),
                                   self.tr("%n row(s) have problems and "
                                   "will not be imported. Import the other rows now?", "", bad),
                                   yes=self.tr("Import the others")):
                return
        archive = bool(plan.missing) and self.archive.isChecked()
        program = self.ctx.program
        if program is None:  # perform() would refuse it too
            return
        state: dict = {}

        count = len(plan.new) + len(plan.updates)
        report = self._writing_progress(count)

        def do():
            ids = state["result"].new_ids if "result" in state else None
            state["result"] = people_apply.apply_plan(program, plan, archive_missing=archive,
                                                      ids=ids, progress=report)
            return state["result"]

        def undo():
            people_apply.undo_import(program, state["result"])

        try:
            self.imported = self.ctx.perform(
                self.tr("Import {count} participants from {name}").format(count=count, name=Path(self.path).name), do, undo,
                "participants")
        except people_import.ImportCancelled:
            return  # rolled back: nothing written, the preview stays open
        except Exception as exc:
            dialogs.error(self, self.tr("The import failed"), self.tr("Nothing was imported: {exc}.").format(exc=exc))
            return
        finally:
            if self._progress is not None:
                self._progress.close()
                self._progress = None
        self.accept()

    _progress: QProgressDialog | None = None

    def _writing_progress(self, count: int):
        """For a big file, a cancellable progress dialog while the rows are written (the
        write is one transaction: Cancel rolls all of it back)."""
        if count < WRITE_PROGRESS_FROM:
            return None
        dialog = QProgressDialog(self.tr("Writing participants…"), self.tr("Cancel"), 0, count, self)
        dialog.setWindowTitle(self.tr("Importing participants"))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self._progress = dialog

        def report(done: int, total: int, what: str) -> bool:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            dialog.setLabelText(self.tr("{what}: {done} of {total}").format(
                what=what, done=QLocale().toString(done), total=QLocale().toString(total)))
            QApplication.processEvents()
            return not dialog.wasCanceled()

        return report
