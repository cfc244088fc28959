"""Program > Skills: the vocabulary with how often each skill is used; rename, merge, and
the merges PeerDesk proposes. Every change is one undoable command (Edit > Undo, or the
dialog's Undo button)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from peerdesk.core.skills import Merge, propose_merges
from peerdesk.store import skills as store
from peerdesk.ui import dialogs
from peerdesk.ui.context import EditRefused, ProgramContext
from peerdesk.ui.intake.merges import KeepAsDelegate, MergeModel
from peerdesk.ui.language import QT_TRANSLATE_NOOP


class SkillsModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("SkillsModel", "Skill"), QT_TRANSLATE_NOOP("SkillsModel", "Can teach"), QT_TRANSLATE_NOOP("SkillsModel", "Want to learn"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.uses: list[store.SkillUse] = []

    def set_uses(self, uses: list[store.SkillUse]) -> None:
        self.beginResetModel()
        self.uses = list(uses)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.uses)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SkillsModel", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        use = self.uses[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (use.name, use.teach, use.learn)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SkillsDialog(QDialog):
    def __init__(self, ctx: ProgramContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Skills"))
        self.resize(820, 560)
        self._build_table()
        self._build_merges()
        self._build_layout()

        ctx.dataChanged.connect(self._data_changed)
        ctx.undo_stack.indexChanged.connect(lambda _i: self._update_buttons())
        self.reload()

    def _build_table(self) -> None:
        self.model = SkillsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Skills"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(False)
        self.empty = QLabel(self.tr("No skills yet. They come from the participants' forms "
                            "(“Can teach”, “Wants to learn”) or from File > Import Intake."))
        self.empty.setWordWrap(True)
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.rename_button.setShortcut(QKeySequence("F2"))
        self.merge_button = QPushButton(self.tr("&Merge Selected…"))
        self.delete_button = QPushButton(self.tr("&Delete Unused"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.rename_button.clicked.connect(self.rename)
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button.clicked.connect(self.delete_unused)
        self.undo_button.clicked.connect(self._undo)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.rename())

    def _build_merges(self) -> None:
        self.merge_model = MergeModel(self)
        self.merges = QTableView()
        self.merges.setModel(self.merge_model)
        self.merges.setAccessibleName(self.tr("Merge skills"))
        self.merges.setItemDelegateForColumn(1, KeepAsDelegate(self.merges))
        self.merges.verticalHeader().hide()
        self.merges.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.merges.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.proposed_label = QLabel()
        self.proposed_label.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Merge the &Ticked Ones"))
        self.apply_button.clicked.connect(self.apply_proposed)
        self.merge_model.dataChanged.connect(self._update_buttons)

    def _build_layout(self) -> None:
        row = QHBoxLayout()
        for b in (self.rename_button, self.merge_button, self.delete_button, self.undo_button):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(self.proposed_label)
        layout.addWidget(self.merges, 2)
        apply_row = QHBoxLayout()
        apply_row.addStretch(1)
        apply_row.addWidget(self.apply_button)
        layout.addLayout(apply_row)
        layout.addWidget(close)

    # -- state ---------------------------------------------------------------------------
    def _data_changed(self, area: str) -> None:
        if area == "participants":
            self.reload()

    def reload(self) -> None:
        program = self.ctx.program
        uses = store.skill_usage(program) if program is not None else []
        self.model.set_uses(uses)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        proposed = propose_merges([], vocabulary=[u.name for u in uses],
                                  uses=Counter({u.name: u.teach + u.learn for u in uses}))
        self.merge_model.set_merges(proposed)
        self.merges.resizeColumnsToContents()
        self.merges.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(not uses)
        self.table.setVisible(bool(uses))
        self.proposed_label.setText(
            self.tr("PeerDesk thinks these look like one skill ({n_proposed}). Tick the merges "
            "you want, choose the name to keep, then merge:").format(n_proposed=len(proposed)) if proposed else
            self.tr("No two skills look alike."))
        self.merges.setVisible(bool(proposed))
        self.apply_button.setVisible(bool(proposed))
        self._update_buttons()

    def selected_names(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.uses[r].name for r in rows]

    def _update_buttons(self, *_args) -> None:
        names = self.selected_names()
        writable = not self.ctx.read_only
        self.rename_button.setEnabled(writable and len(names) == 1)
        self.merge_button.setEnabled(writable and len(names) >= 2)
        unused = {u.name for u in self.model.uses if u.teach + u.learn == 0}
        self.delete_button.setEnabled(writable and bool(names) and set(names) <= unused)
        self.apply_button.setEnabled(writable and bool(self.merge_model.accepted()))
        self.undo_button.setEnabled(self.ctx.undo_stack.canUndo())
        self.undo_button.setToolTip(self.ctx.undo_stack.undoText())

    def _undo(self) -> None:
        self.ctx.undo_stack.undo()

    # -- edits ---------------------------------------------------------------------------
    def _perform(self, text: str, do) -> bool:
        program = self.ctx.program
        if program is None:  # perform() would refuse it too
            return False
        state: dict = {}

        def run():
            state["snap"] = do()

        try:
            self.ctx.perform(text, run, lambda: store.restore_skills(program, state["snap"]),
                             ("participants", "pairings", "feedback"))
        except EditRefused:
            return False
        except (KeyError, ValueError) as exc:
            dialogs.error(self, self.tr("Skills not changed"), str(exc).strip("'\""))
            return False
        return True

    def rename(self) -> None:
        names = self.selected_names()
        if len(names) != 1:
            return
        new = dialogs.ask_text(self, self.tr("Rename skill"), self.tr("New name for “{value}” (a name "
                               "another skill has merges the two):").format(value=names[0]), names[0])
        if new is None or new.strip() == names[0]:
            return
        program = self.ctx.require_program()
        self._perform(self.tr("Rename skill {value} to {strip}").format(value=names[0], strip=new.strip()),
                      lambda: store.rename_skill(program, names[0], new))

    def merge_selected(self) -> None:
        names = self.selected_names()
        if len(names) < 2:
            return
        index = dialogs.pick(self, self.tr("Merge skills"), self.tr("Make {n_names} skills one. Keep the "
                             "name:").format(n_names=len(names)), names)
        if index is None:
            return
        self.merge([Merge(names[index], [n for n in names if n != names[index]], "sure",
                          self.tr("chosen by you"), accepted=True)])

    def merge(self, merges: list[Merge]) -> bool:
        program = self.ctx.program
        if not merges or program is None:  # perform() refuses without a program too
            return False
        text = (self.tr("Merge {join} into {into}").format(join=', '.join(merges[0].names), into=merges[0].into) if len(merges) == 1
                else self.tr("Merge {n_merges} groups of skills").format(n_merges=len(merges)))

        def do():
            snaps = [store.merge_skills(program, m.names, m.into) for m in merges]
            return snaps

        state: dict = {}

        def run():
            state["snaps"] = do()

        def undo():
            for snap in reversed(state["snaps"]):
                store.restore_skills(program, snap)

        try:
            self.ctx.perform(text, run, undo, ("participants", "pairings", "feedback"))
        except EditRefused:
            return False
        except ValueError as exc:
            dialogs.error(self, self.tr("Skills not merged"), str(exc))
            return False
        return True

    def apply_proposed(self) -> None:
        self.merge(self.merge_model.accepted())

    def delete_unused(self) -> None:
        names = self.selected_names()
        program = self.ctx.program
        if not names or program is None:  # perform() refuses without a program too
            return
        state: dict = {}

        def run():
            state["snaps"] = [store.delete_unused_skill(program, n) for n in names]

        def undo():
            for snap in reversed(state["snaps"]):
                store.restore_skills(program, snap)

        try:
            self.ctx.perform(self.tr("Delete {n_names} unused skills").format(n_names=len(names)), run, undo, "participants")
        except EditRefused:
            return
        except ValueError as exc:
            dialogs.error(self, self.tr("Skill not deleted"), str(exc))
