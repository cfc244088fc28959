"""The Pairings tab: generate, read, change by hand, pin and publish a cycle's pairs.

The tab only shows what the store says and sends every change through
``ctx.perform`` with a snapshot of the cycle's pairings for undo. Generating runs
the engine on a worker thread (``ctx.run_task``); the file is read before and
written after, on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.pairing import PairingCancelled, Result, missing_skills, proof_words
from peerdesk.core.reasons import render_all
from peerdesk.core.validation import ValidationError
from peerdesk.store import pairings as store
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.icons import icon
from peerdesk.ui.pairings.changes import HandChanges
from peerdesk.ui.pairings.model import (
    ID_ROLE,
    SORT_ROLE,
    PairRow,
    PairsModel,
    UnpairedModel,
    person_mime,
    points,
)
from peerdesk.ui.widgets import RefreshWhenShown


class _Members(QListWidget):
    """The selected pair's members; drag one onto another pair to move them there."""

    def mimeTypes(self) -> list[str]:
        from peerdesk.ui.pairings.model import PERSON_MIME

        return [PERSON_MIME]

    def mimeData(self, items):
        return person_mime(items[0].data(ID_ROLE)) if items else super().mimeData(items)


def _table(model, name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # a list to choose from, not an editor: Tab moves on
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view, proxy


class PairingsTab(HandChanges, QWidget):
    def __init__(self, ctx: ProgramContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.results: dict[int, Result] = {}  # the last run of each cycle, for its bound
        self.running = False

        self.act_generate = self._action("generate", self.tr("&Generate Pairs"), self.generate,
                                         self.tr("Pair the cycle's participants, keeping pinned pairs "
                                         "(Ctrl+Shift+G)"), "Ctrl+Shift+G")
        self.act_publish = self._action("publish", self.tr("&Publish Pairs"), self.toggle_publish,
                                        self.tr("Publish the pairs: they then count for the no-repeat rule"),
                                        "Ctrl+Shift+P")
        self.act_pin = self._action("pin", self.tr("P&in"), self.toggle_pin,
                                    self.tr("Pin the selected pair: generating again keeps it (Ctrl+Shift+I)"),
                                    "Ctrl+Shift+I")
        self.act_swap = self._action("swap", self.tr("&Swap…"), self.swap_selected,
                                     self.tr("Swap the chosen member with someone in another pair"))
        self.act_move = self._action("edit", self.tr("&Move…"), self.move_selected,
                                     self.tr("Move the chosen member into another pair, or out of any "
                                     "(or drag them from this list onto a pair)"))
        self.act_add = self._action("add", self.tr("&Add to a Pair…"), self.add_unpaired,
                                    self.tr("Put the selected person into a pair"))
        self.act_pair_up = self._action("pairs", self.tr("Pair &With…"), self.pair_up_unpaired,
                                        self.tr("Make a new pair with another person who has none"))
        self.act_never = self._action("delete", self.tr("&Never Pair With…"), self.never_pair_chosen,
                                      self.tr("Never pair the chosen person with someone (an exclusion)"))
        self.act_unexclude = self._action("undo", self.tr("&Remove an Exclusion…"), self.remove_exclusion,
                                          self.tr("Allow two people who were never to be paired again"))
        self.act_opt_in = self._action("facilitator", self.tr("Pair This &Facilitator"),
                                       self.opt_in_facilitator,
                                       self.tr("Let the selected facilitator be paired like everyone else"))

        self.act_settings = self._action("settings", self.tr("Pairing &Rules and Weights…"),
                                         self.edit_settings,
                                         self.tr("What each part of the score weighs; how far back "
                                         "the no-repeat rule looks"))

        # header
        self.title = QLabel()
        self.title.setObjectName("pairings_title")
        self.total_label = QLabel()
        self.total_label.setObjectName("pairings_total")
        self.message = QLabel()
        self.message.setObjectName("pairings_message")
        self.message.setWordWrap(True)
        self.skills_note = QLabel()
        self.skills_note.setObjectName("pairings_skills_note")
        self.skills_note.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.total_label)
        bar = QHBoxLayout()
        for action in (self.act_generate, self.act_publish):
            bar.addWidget(self._button(action))
        bar.addStretch(1)
        bar.addWidget(self._button(self.act_settings))

        # the pairs and the unpaired
        self.model = PairsModel(self)
        self.table, self.proxy = _table(self.model, "pairs_table")
        self.table.setAccessibleName(self.tr("Pairs"))
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.table.addAction(self.act_pin)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.table.setDropIndicatorShown(True)
        self.model.personDropped.connect(self._dropped)
        self.unpaired_model = UnpairedModel(self)
        self.unpaired_table, self.unpaired_proxy = _table(self.unpaired_model, "unpaired_table")
        self.unpaired_table.setAccessibleName(self.tr("Not paired"))
        self.unpaired_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.unpaired_table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.unpaired_table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.unpaired_table.setDragDropOverwriteMode(False)
        self.unpaired_model.personDropped.connect(self._dropped)
        self.unpaired_label = QLabel()
        unpaired_bar = QHBoxLayout()
        unpaired_bar.addWidget(self.unpaired_label, 1)
        for action in (self.act_add, self.act_pair_up, self.act_opt_in):
            unpaired_bar.addWidget(self._button(action))
        self.opt_in_button = unpaired_bar.itemAt(unpaired_bar.count() - 1).widget()
        lists = QSplitter(Qt.Orientation.Vertical)
        lists.addWidget(self.table)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addLayout(unpaired_bar)
        below_layout.addWidget(self.unpaired_table, 1)
        lists.addWidget(below)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 1)

        # the empty state
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        self.empty_text = QLabel()
        self.empty_text.setObjectName("pairings_empty_text")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        empty_layout.addWidget(self.empty_text)
        self.empty_generate = QPushButton(icon("generate"), self.tr("Generate pairs"))
        self.empty_generate.setObjectName("empty_generate")
        self.empty_generate.setDefault(True)
        self.empty_generate.clicked.connect(self.generate)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_generate)
        self.empty_new_cycle = QPushButton(icon("calendar"), self.tr("New cycle…"))
        self.empty_new_cycle.setObjectName("empty_new_cycle")
        self.empty_new_cycle.clicked.connect(self._new_cycle)
        row.addWidget(self.empty_new_cycle)
        row.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(lists)
        self.stack.addWidget(self.empty)

        # the selected pair
        self.detail_title = QLabel()
        self.detail_title.setObjectName("pair_title")
        self.detail_title.setWordWrap(True)
        self.members = _Members()
        self.members.setDragEnabled(True)
        self.members.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.members.setObjectName("pair_members")
        self.members.setAccessibleName(self.tr("Members of the selected pair"))
        self.members.setMaximumHeight(90)
        self.members.currentRowChanged.connect(lambda _row: self._update())
        self.reasons = QLabel()
        self.reasons.setObjectName("pair_reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail_buttons = QHBoxLayout()
        for action in (self.act_swap, self.act_move, self.act_pin):
            detail_buttons.addWidget(self._button(action))
        self.pin_button = detail_buttons.itemAt(2).widget()
        never_row = QHBoxLayout()
        never_row.addStretch(1)
        never_row.addWidget(self._button(self.act_never))
        never_row.addWidget(self._button(self.act_unexclude))  # beside its opposite; the bar fits a longer language
        right = QWidget()
        right.setMinimumWidth(320)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_title)
        right_layout.addWidget(QLabel(self.tr("Members (choose one to swap or move):")))
        right_layout.addWidget(self.members)
        right_layout.addWidget(QLabel(self.tr("Why this pair:")))
        right_layout.addWidget(self.reasons, 1)
        right_layout.addLayout(detail_buttons)
        right_layout.addLayout(never_row)
        right.setMinimumWidth(max(320, right_layout.minimumSize().width()))  # never cuts a button's words

        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.stack, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.skills_note)
        layout.addWidget(splitter, 1)

        ctx.programChanged.connect(self.reload)
        ctx.cycleChanged.connect(lambda _cycle: self.reload())
        ctx.dataChanged.connect(self._data_changed)
        # Why each person is unpaired weighs every possible partner: with thousands of
        # people that is seconds, so a hidden tab catches up when it is next shown.
        self._when_shown = RefreshWhenShown(self, self.reload)
        self.reload()

    def _data_changed(self, area: str) -> None:
        if area == "pairings":
            self.reload()
        elif area in ("participants", "settings"):
            self._when_shown.request()

    @property
    def stale(self) -> bool:
        """Whether the tab waits to be shown to catch up with an edit made elsewhere."""
        return self._when_shown.stale

    # -- building blocks --------------------------------------------------------------
    def _action(self, icon_name: str, text: str, slot, tip: str, shortcut: str = "") -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.icon(), action.text().replace("&", ""))
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: (button.setEnabled(action.isEnabled()),
                                        button.setText(action.text().replace("&", ""))))
        return button

    def toolbar_actions(self) -> list[QAction]:
        return [self.act_generate]

    # -- state -------------------------------------------------------------------------
    @property
    def cycle_id(self) -> int | None:
        return self.ctx.cycle_id if self.ctx.program is not None else None

    def _published(self) -> bool:
        return any(r.published for r in self.model.rows)

    def reload(self) -> None:
        self._when_shown.done()
        program, cycle_id = self.ctx.program, self.cycle_id
        keep = self.selected_id()
        rows: list[PairRow] = []
        unpaired: list[tuple[int, str, str]] = []
        note = ""
        if program is not None and cycle_id is not None:
            ctx = store.context(program, cycle_id)
            note = missing_skills(ctx)
            roles = store.roles(program, cycle_id)
            for p in store.list_pairings(program, cycle_id):
                members = [(m, ctx.names.get(m, f"#{m}"), roles.get(p.id, {}).get(m, "peer"))
                           for m in p.member_ids]
                rows.append(PairRow(p.id, members, p.kind, p.score, p.reasons, p.pinned,
                                    p.published))
            if rows:
                unpaired = [(u.id, ctx.names[u.id], u.reason)
                            for u in store.unpaired(program, cycle_id, ctx)]
        self.skills_note.setText(note)
        self.skills_note.setVisible(bool(note))
        self.model.set_rows(rows)
        self.unpaired_model.set_rows(unpaired)
        if rows:
            self.table.resizeColumnToContents(0)
            self.table.setColumnWidth(1, max(self.table.columnWidth(1), 280))
        if keep is None or not self.select(keep):
            first = self.proxy.index(0, 0)
            if first.isValid():
                self.select(first.data(ID_ROLE))
        self._show_detail()

    def _cycle_name(self) -> str:
        if self.ctx.program is None or self.cycle_id is None:
            return ""
        from peerdesk.store.cycles import get_cycle

        try:
            return get_cycle(self.ctx.program, self.cycle_id).name
        except KeyError:
            return ""

    def _update(self) -> None:
        program = self.ctx.program
        editable = program is not None and not self.ctx.read_only and not self.running
        has_cycle = self.cycle_id is not None
        rows = self.model.rows
        published = self._published()
        name = self._cycle_name()
        if program is None:
            self.empty_text.setText(self.tr("<h3>No program open</h3><p>Open or create a program "
                                    "(File menu) to pair its participants.</p>"))
        elif not has_cycle:
            self.empty_text.setText(self.tr("<h3>No cycle yet</h3><p>Pairs belong to a cycle, such as "
                                    "“Spring 2027”, with its own sessions and feedback. Create "
                                    "the first one.</p>"))
        else:
            self.empty_text.setText(
                self.tr("<h3>No pairs yet for {name}</h3><p>Generate them: every new recruit gets a "
                "seasoned buddy where the rules allow, and everyone else is paired for the "
                "best total score. Each pair says why it was made, and you can change it "
                "afterwards.</p>").format(name=name))
        self.stack.setCurrentWidget(self.stack.widget(0) if rows else self.empty)
        self.empty_generate.setVisible(has_cycle)
        self.empty_new_cycle.setVisible(not has_cycle and self.ctx.program is not None)
        self.empty_new_cycle.setEnabled(editable)
        self.empty_generate.setEnabled(editable)
        state = self.tr("published") if published else self.tr("draft")
        self.title.setText(self.tr("<b>Pairs of {name}</b> · {state}").format(name=name, state=state) if rows else
                           (self.tr("<b>Pairs of {name}</b>").format(name=name) if name else ""))
        total = sum(r.score for r in rows)
        # the catalogue's words, the locale's number ("{total:g}" would print 12.5 in German)
        text = self.tr("Total score {total:g}").replace(":g}", "}").format(
            total=points(total)) if rows else ""
        result = self.results.get(self.cycle_id) if self.cycle_id is not None else None
        if rows and result is not None:
            text += f" · {proof_words(result, total)}"
        self.total_label.setText(text)
        self.unpaired_label.setText(self.tr("Not paired: {rowCount}").format(rowCount=self.unpaired_model.rowCount()))
        self.act_generate.setEnabled(editable and has_cycle and not published)
        self.act_generate.setText(self.tr("Re&generate Pairs") if rows else self.tr("&Generate Pairs"))
        self.act_publish.setEnabled(editable and bool(rows))
        self.act_publish.setText(self.tr("Un&publish Pairs") if published else self.tr("&Publish Pairs"))
        pair = self.selected_row()
        self.act_pin.setEnabled(editable and pair is not None)
        self.act_pin.setText(self.tr("Un&pin") if pair is not None and pair.pinned else self.tr("P&in"))
        self.act_pin.setIcon(icon("unpin" if pair is not None and pair.pinned else "pin"))
        member = self.chosen_member()
        self.act_swap.setEnabled(editable and member is not None)
        self.act_move.setEnabled(editable and member is not None)
        person = self.selected_unpaired()
        self.act_add.setEnabled(editable and person is not None and bool(rows))
        self.act_pair_up.setEnabled(editable and person is not None
                                    and self.unpaired_model.rowCount() > 1)
        self.act_never.setEnabled(editable and member is not None)
        self.act_unexclude.setEnabled(editable and bool(self._exclusions()))
        self.act_settings.setEnabled(editable)
        self.act_opt_in.setEnabled(editable and self._facilitator(person))
        self.opt_in_button.setVisible(self._facilitator(person))

    def _show_detail(self) -> None:
        pair = self.selected_row()
        self.members.blockSignals(True)
        self.members.clear()
        if pair is None:
            self.detail_title.setText(self.tr("Select a pair to see why it was made."))
            self.reasons.setText("")
        else:
            pinned = self.tr(" · pinned") if pair.pinned else ""
            self.detail_title.setText(
                self.tr("<b>{people}</b><br>Score {score:g}{pinned}").replace(":g}", "}").format(
                    people=pair.people(), score=points(pair.score), pinned=pinned))
            for pid, name, role in pair.members:
                word = {"buddy": self.tr(" (buddy)"), "recruit": self.tr(" (new recruit)")}.get(role, "")
                item = QListWidgetItem(name + word)
                item.setData(ID_ROLE, pid)
                self.members.addItem(item)
            self.members.setCurrentRow(0)
            self.reasons.setText("\n".join(render_all(pair.reasons)))
        self.members.blockSignals(False)
        self._update()

    # -- selection -------------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_row(self) -> PairRow | None:
        row = self.model.row_of(self.selected_id())
        return self.model.rows[row] if row >= 0 else None

    def select(self, pairing_id: int) -> bool:
        row = self.model.row_of(pairing_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 1))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def chosen_member(self) -> int | None:
        item = self.members.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def selected_unpaired(self) -> int | None:
        index = self.unpaired_table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _name(self, pid: int) -> str:
        for row in self.model.rows:
            for m, name, _ in row.members:
                if m == pid:
                    return name
        return next((name for m, name, _ in self.unpaired_model.rows if m == pid), f"#{pid}")

    # -- generating ------------------------------------------------------------------
    def _new_cycle(self) -> None:
        from peerdesk.ui.program_dialogs import CycleDialog

        if self.ctx.program is not None:
            dialogs.run_dialog(CycleDialog(self.ctx, self))

    def generate(self) -> None:
        program, cycle_id = self.ctx.program, self.cycle_id
        if program is None or cycle_id is None or self.running or self.ctx.read_only:
            return
        try:
            work = store.prepare_run(program, cycle_id)
        except ValidationError as exc:
            dialogs.error(self, self.tr("Pairs not generated"), str(exc))
            return
        self.running = True
        self.message.setText(self.tr("Generating pairs…"))
        self._update()
        self.ctx.run_task(self, self.tr("Generating pairs"), work,
                          lambda result: self._generated(cycle_id, result), self._failed)

    def _generated(self, cycle_id: int, result: Result) -> None:
        self.running = False
        program = self.ctx.program
        if program is None:
            return
        before = store.snapshot(program, cycle_id)
        try:
            self.ctx.perform(self.tr("Generate pairs"), lambda: store.save_run(program, cycle_id, result),
                             lambda: store.restore(program, cycle_id, before), "pairings")
        except ValidationError as exc:
            dialogs.error(self, self.tr("Pairs not saved"), str(exc))
            self._update()
            return
        self.results[cycle_id] = result
        groups = len(result.groups)
        notes = " ".join(result.notes)
        self.message.setText((self.tr("%n pair(s) and trio(s) made", "", groups) + ", "
                              + self.tr("%n person(s) not paired.", "", len(result.unpaired)) + f" {notes}").strip())
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if isinstance(exc, PairingCancelled):
            self.message.setText(self.tr("Generating was cancelled; nothing changed."))
        else:
            dialogs.error(self, self.tr("Pairs not generated"), str(exc) or type(exc).__name__)
            self.message.setText("")
        self._update()
