"""File > Import Intake: the preview of who is updated or new and of each proposed skill
merge (accept or reject each), then one undoable import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.io import intake
from peerdesk.io.tabular import Table
from peerdesk.ui import dialogs
from peerdesk.ui.context import EditRefused, ProgramContext
from peerdesk.ui.intake.merges import KeepAsDelegate, MergeModel
from peerdesk.ui.language import QT_TRANSLATE_NOOP


class PeopleModel(QAbstractTableModel):
    """One row per person who answered: new (tick to add) or updated, and what changes."""

    HEADERS = (QT_TRANSLATE_NOOP("PeopleModel", "Add"), QT_TRANSLATE_NOOP("PeopleModel", "Name"), QT_TRANSLATE_NOOP("PeopleModel", "Email"), QT_TRANSLATE_NOOP("PeopleModel", "What happens"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.changes: list[intake.Change] = []

    def set_changes(self, changes: list[intake.Change]) -> None:
        keep = {c.answer.email.casefold(): c.add for c in self.changes if c.new}
        for c in changes:
            if c.new:
                c.add = keep.get(c.answer.email.casefold(), True)
        self.beginResetModel()
        self.changes = list(changes)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PeopleModel", self.HEADERS[section])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.changes[index.row()].new:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self.changes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0 and c.new:
            return Qt.CheckState.Checked if c.add else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1:
                return c.person.name
            if column == 2:
                return c.answer.email
            if column == 3:
                if c.new:
                    return self.tr("not in the program: a new participant") if c.add else \
                        self.tr("not in the program: left out")
                return (self.tr("updates {what}").format(what=", ".join(c.what)) if c.what
                        else self.tr("no change"))
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        c = self.changes[index.row()]
        if not c.new:
            return False
        c.add = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 3))
        return True


class IntakeImportDialog(QDialog):
    def __init__(self, ctx: ProgramContext, path: str, table: Table, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.table = table
        self.result_: intake.IntakeResult | None = None
        self.setWindowTitle(self.tr("Import intake answers from {name}").format(name=Path(path).name))
        self.resize(1100, 720)
        self.plan = intake.build_plan(ctx.require_program(), table)
        self._build_columns()
        self._build_people()
        self._build_merges()
        self._build_buttons()
        self._build_layout()

        self._plan_shown()

    def _build_columns(self) -> None:
        self.columns_table = QTableWidget(len(self.table.headers), 2)
        self.columns_table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Read as")])
        self.columns_table.verticalHeader().hide()
        self.columns_table.setAccessibleName(self.tr("Columns of the file"))
        self.columns_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.column_combos: list[QComboBox] = []
        self._fill_columns()

        self.columns = QLabel()
        self.columns.setWordWrap(True)
        self.columns.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_people(self) -> None:
        self.people = PeopleModel(self)
        self.people_view = QTableView()
        self.people_view.setModel(self.people)
        self.people_view.setAccessibleName(self.tr("People in the file"))
        self.people_view.verticalHeader().hide()
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _build_merges(self) -> None:
        self.merges = MergeModel(self)
        self.merges_view = QTableView()
        self.merges_view.setModel(self.merges)
        self.merges_view.setAccessibleName(self.tr("Skill merges"))
        self.merges_view.setItemDelegateForColumn(1, KeepAsDelegate(self.merges_view))
        self.merges_view.verticalHeader().hide()
        self.merges_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.merges_label = QLabel()
        self.merges_label.setWordWrap(True)
        self.accept_all = QPushButton(self.tr("Accept &All Merges"))
        self.reject_all = QPushButton(self.tr("&Reject All Merges"))
        self.accept_all.clicked.connect(lambda: self.merges.set_all(True))
        self.reject_all.clicked.connect(lambda: self.merges.set_all(False))
        self.merges.dataChanged.connect(lambda *_a: self.refresh())
        self.people.dataChanged.connect(lambda *_a: self._summarise())

    def _build_buttons(self) -> None:
        self.messages = QListWidget()
        self.messages.setAccessibleName(self.tr("Problems and notes"))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

    def _build_layout(self) -> None:
        merges_box = QWidget()
        merges_layout = QVBoxLayout(merges_box)
        merges_layout.setContentsMargins(0, 0, 0, 0)
        merges_layout.addWidget(self.merges_label)
        merges_layout.addWidget(self.merges_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.accept_all)
        row.addWidget(self.reject_all)
        row.addStretch(1)
        merges_layout.addLayout(row)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.columns_table)
        top.addWidget(self.people_view)
        top.setStretchFactor(1, 2)
        top.setSizes([420, 680])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(merges_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>{name}</b>: {describe}, "
                                "{n_table} rows.").format(name=Path(self.path).name, describe=self.table.describe(), n_table=len(self.table))))
        layout.addWidget(self.columns)
        layout.addWidget(split, 1)
        layout.addWidget(self.messages)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def _fill_columns(self) -> None:
        """One row per column of the file, with what it is read as (change it there)."""
        from PySide6.QtWidgets import QTableWidgetItem

        for i, (header, target) in enumerate(zip(self.table.headers, self.plan.mapping,
                                                 strict=False)):
            item = QTableWidgetItem(header)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.columns_table.setItem(i, 0, item)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("What “{header}” is").format(header=header))
            combo.addItem(self.tr("Not used"), "")
            if target.startswith(intake.GRID):
                combo.addItem(self.tr("Can teach {value}").format(value=target[len(intake.GRID):]), target)
            for key, label in intake.field_labels().items():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(target)))
            combo.currentIndexChanged.connect(lambda _i, column=i: self._remap(column))
            self.columns_table.setCellWidget(i, 1, combo)
            self.column_combos.append(combo)
        self.columns_table.resizeColumnToContents(1)

    def mapping(self) -> list[str]:
        return [c.currentData() for c in self.column_combos]

    def _remap(self, column: int) -> None:
        """A field feeds one column: choosing it here frees the column that had it."""
        chosen = self.column_combos[column].currentData()
        for i, combo in enumerate(self.column_combos):
            if i != column and chosen and combo.currentData() == chosen:
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        self.plan = intake.build_plan(self.ctx.require_program(), self.table, self.mapping())
        self._plan_shown()

    def _plan_shown(self) -> None:
        self.merges.set_merges(self.plan.merges)
        self.merges_view.resizeColumnsToContents()
        self.merges_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._describe_columns()
        self.messages.clear()
        for line in [*self.plan.blocking, *(str(p) for p in self.plan.problems),
                     *self.plan.notes]:
            self.messages.addItem(line)
        if self.plan.same_as_before:
            n = len(self.plan.same_as_before)
            self.messages.addItem(self.tr("%n person(s) answered as at the "
                                  "last import: left alone.", "", n))
        self.messages.setVisible(self.messages.count() > 0)
        self.refresh()

    def _describe_columns(self) -> None:
        understood, ignored = [], []
        for header, target in zip(self.table.headers, self.plan.mapping, strict=False):
            if target.startswith(intake.GRID):
                understood.append(self.tr("can teach {value}").format(value=target[len(intake.GRID):]))
            elif target:
                understood.append(f"{header} → {intake.field_label(target)}")
            else:
                ignored.append(f"“{header}”")
        text = self.tr("{n_understood} of {n_headers} columns understood.").format(n_understood=len(understood), n_headers=len(self.table.headers))
        if ignored:
            text += self.tr(" Not used: ") + ", ".join(ignored) + self.tr(" (choose what they are on the left).")
        self.columns.setText(text)

    def refresh(self) -> None:
        """The people's changes with the merges ticked now."""
        if self.plan.blocking:
            self.people.set_changes([])
        else:
            self.people.set_changes(intake.changes(self.ctx.require_program(), self.plan,
                                                   self.merges.merges))
        self.people_view.resizeColumnsToContents()
        self.people_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        n = len(self.merges.merges)
        self.merges_label.setText(
            self.tr("Skill names that look like one skill ({n}). Tick the merges to take and choose "
            "the name to keep; an untaken merge keeps the names as typed.").format(n=n) if n else
            self.tr("Every skill name is new or already in the program's vocabulary: no merges to "
            "decide."))
        self.merges_view.setVisible(bool(n))
        self.accept_all.setVisible(bool(n))
        self.reject_all.setVisible(bool(n))
        self._summarise()

    def _summarise(self) -> None:
        changes = self.people.changes
        new = sum(1 for c in changes if c.new and c.add)
        offered = sum(1 for c in changes if c.new)
        updated = sum(1 for c in changes if not c.new and c.what)
        taken = len(self.merges.accepted())
        if self.plan.blocking:
            self.summary.setText(self.tr("Nothing to import."))
        else:
            self.summary.setText(
                self.tr("{updated} participants updated, {new} of {offered} new people added, "
                "%n skill merge(s) taken.", "", taken).format(updated=updated, new=new, offered=offered))
        self.import_button.setEnabled(not self.plan.blocking and bool(new or updated or taken))

    def do_import(self) -> None:
        plan = self.plan
        if plan.blocking:
            return
        program = self.ctx.program
        if program is None:  # perform() would refuse it too
            return
        merges = list(self.merges.merges)
        add = {c.answer.email.casefold() for c in self.people.changes if c.new and c.add}
        originally_new = [a for a in plan.answers if a.participant_id is None]
        state: dict = {}

        def do():
            for answer in originally_new:  # a redo adds them again, with the same ids
                answer.participant_id = None
            state["result"] = intake.apply_plan(program, plan, merges, add_new=add,
                                                ids=state.get("ids"))
            state["ids"] = state["result"].added
            return state["result"]

        def undo():
            intake.undo_intake(program, state["result"])

        try:
            self.result_ = self.ctx.perform(self.tr("Import intake answers from {name}").format(name=Path(self.path).name),
                                            do, undo, ("participants", "pairings"))
        except EditRefused:
            return
        except Exception as exc:
            dialogs.error(self, self.tr("The import failed"), self.tr("Nothing was imported: {exc}.").format(exc=exc))
            return
        self.accept()
