"""The Pairings tab: generate, read, change by hand, pin and publish a cycle's pairs.

The tab only shows what the store says and sends every change through
``ctx.perform`` with a snapshot of the cycle's pairings for undo. Generating runs
the engine on a worker thread (``ctx.run_task``); the file is read before and
written after, on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.pairing import PairingCancelled, Result, proof_words
from peerdesk.core.validation import ValidationError
from peerdesk.store import pairings as store
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.icons import icon
from peerdesk.ui.pairings.changes import HandChanges
from peerdesk.ui.pairings.detail import PairDetail
from peerdesk.ui.pairings.model import (
    ID_ROLE,
    PairRow,
    PairsModel,
    UnpairedModel,
    cycle_rows,
    points,
)
from peerdesk.ui.pairings.views import hand_actions, live_button, pair_table, tab_action
from peerdesk.ui.widgets import FlowLayout, MessageLine, RefreshWhenShown, empty_page


class PairingsTab(HandChanges, QWidget):
    def __init__(self, ctx: ProgramContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.results: dict[int, Result] = {}  # the last run of each cycle, for its bound
        self.running = False
        self._build_actions()
        header, bar = self._build_header()
        lists = self._build_lists()
        self._build_empty_state(lists)
        right = self._build_detail()
        self._build_layout(header, bar, right)
        ctx.programChanged.connect(self.reload)
        ctx.cycleChanged.connect(lambda _cycle: self.reload())
        ctx.dataChanged.connect(self._data_changed)
        # Why each person is unpaired weighs every possible partner: with thousands of
        # people that is seconds, so a hidden tab catches up when it is next shown.
        self._when_shown = RefreshWhenShown(self, self.reload)
        self.reload()

    # -- construction ----------------------------------------------------------------
    def _build_actions(self) -> None:
        self.act_generate = tab_action(self, "generate", self.tr("&Generate Pairs"), self.generate,
                                         self.tr("Pair the cycle's participants, keeping pinned pairs "
                                         "(Ctrl+Shift+G)"), "Ctrl+Shift+G")
        self.act_publish = tab_action(self, "publish", self.tr("&Publish Pairs"), self.toggle_publish,
                                        self.tr("Publish the pairs: they then count for the no-repeat rule"),
                                        "Ctrl+Shift+P")
        self.act_pin = tab_action(self, "pin", self.tr("P&in"), self.toggle_pin,
                                    self.tr("Pin the selected pair: generating again keeps it (Ctrl+Shift+I)"),
                                    "Ctrl+Shift+I")
        self.act_swap = tab_action(self, "swap", self.tr("&Swap…"), self.swap_selected,
                                     self.tr("Swap the chosen member with someone in another pair"))
        self.act_move = tab_action(self, "edit", self.tr("&Move…"), self.move_selected,
                                     self.tr("Move the chosen member into another pair, or out of any "
                                     "(or drag them from this list onto a pair)"))
        self.act_add = tab_action(self, "add", self.tr("&Add to a Pair…"), self.add_unpaired,
                                    self.tr("Put the selected person into a pair"))
        self.act_pair_up = tab_action(self, "pairs", self.tr("Pair &With…"), self.pair_up_unpaired,
                                        self.tr("Make a new pair with another person who has none"))
        self.act_never = tab_action(self, "delete", self.tr("&Never Pair With…"), self.never_pair_chosen,
                                      self.tr("Never pair the chosen person with someone (an exclusion)"))
        self.act_unexclude = tab_action(self, "undo", self.tr("&Remove an Exclusion…"), self.remove_exclusion,
                                          self.tr("Allow two people who were never to be paired again"))
        self.act_opt_in = tab_action(self, "facilitator", self.tr("Pair This &Facilitator"),
                                       self.opt_in_facilitator,
                                       self.tr("Let the selected facilitator be paired like everyone else"))
        self.act_settings = tab_action(self, "settings", self.tr("Pairing &Rules and Weights…"),
                                         self.edit_settings,
                                         self.tr("What each part of the score weighs; how far back "
                                         "the no-repeat rule looks"))

    def _build_header(self) -> tuple[QHBoxLayout, FlowLayout]:
        """The cycle's title and total, the messages, and the Generate and Publish bar."""
        self.title = QLabel()
        self.title.setObjectName("pairings_title")
        self.total_label = QLabel()
        self.total_label.setObjectName("pairings_total")
        self.message = MessageLine()  # shown while it says something: no empty gap above the bar
        self.message.setObjectName("pairings_message")
        self.message.setWordWrap(True)
        self.skills_note = QLabel()
        self.skills_note.setObjectName("pairings_skills_note")
        self.skills_note.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.total_label)
        bar = FlowLayout()  # wraps when the panel is narrow (long German labels)
        for action in (self.act_generate, self.act_publish, self.act_settings):
            bar.addWidget(live_button(action))
        return header, bar

    def _build_lists(self) -> QSplitter:
        """The pairs above, the people not paired below (drag one onto a pair)."""
        self.model = PairsModel(self)
        self.table, self.proxy = pair_table(self.model, "pairs_table")
        self.table.setAccessibleName(self.tr("Pairs"))
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        for action in hand_actions(self):  # Shift+F10 or the menu key on a pair offers them
            self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.table.setDropIndicatorShown(True)
        self.model.personDropped.connect(self._dropped)
        self.unpaired_model = UnpairedModel(self)
        self.unpaired_table, self.unpaired_proxy = pair_table(self.unpaired_model, "unpaired_table")
        self.unpaired_table.setAccessibleName(self.tr("Not paired"))
        self.unpaired_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.unpaired_table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.unpaired_table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.unpaired_table.setDragDropOverwriteMode(False)
        self.unpaired_model.personDropped.connect(self._dropped)
        self.unpaired_label = QLabel()
        unpaired_bar = QHBoxLayout()
        unpaired_bar.addWidget(self.unpaired_label, 1)
        buttons = [live_button(a) for a in (self.act_add, self.act_pair_up, self.act_opt_in)]
        for button in buttons:
            unpaired_bar.addWidget(button)
        self.opt_in_button = buttons[-1]
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
        return lists

    def _build_empty_state(self, lists: QSplitter) -> None:
        """What the tab says (and offers) with no program, no cycle or no pairs yet."""
        self.empty_text = QLabel()
        self.empty_text.setObjectName("pairings_empty_text")
        self.empty_generate = QPushButton(icon("generate"), self.tr("Generate pairs"))
        self.empty_generate.setObjectName("empty_generate")
        self.empty_generate.setDefault(True)
        self.empty_generate.clicked.connect(self.generate)
        self.empty_new_cycle = QPushButton(icon("calendar"), self.tr("New cycle…"))
        self.empty_new_cycle.setObjectName("empty_new_cycle")
        self.empty_new_cycle.clicked.connect(self._new_cycle)
        self.empty = empty_page(self.empty_text, self.empty_generate, self.empty_new_cycle)
        self.stack = QStackedWidget()
        self.stack.addWidget(lists)
        self.stack.addWidget(self.empty)

    def _build_detail(self) -> PairDetail:
        """The selected pair: its members, why it was made, and what can change it."""
        self.detail = PairDetail((self.act_swap, self.act_move, self.act_pin),
                                 (self.act_never, self.act_unexclude))
        self.detail_title, self.members, self.reasons = (self.detail.title, self.detail.members,
                                                         self.detail.reasons)
        self.members.currentRowChanged.connect(lambda _row: self._update())
        self.pin_button = self.detail.buttons[2]
        return self.detail

    def _build_layout(self, header: QHBoxLayout, bar: FlowLayout, right: QWidget) -> None:
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

    def _data_changed(self, area: str) -> None:
        if area == "pairings":
            self.reload()
        elif area in ("participants", "settings"):
            self._when_shown.request()

    @property
    def stale(self) -> bool:
        """Whether the tab waits to be shown to catch up with an edit made elsewhere."""
        return self._when_shown.stale

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
        rows, unpaired, note = cycle_rows(program, cycle_id)
        self.skills_note.setText(note)
        self.skills_note.setVisible(bool(note))
        self.model.set_rows(rows)
        self.unpaired_model.set_rows(unpaired)
        if rows:
            self.table.resizeColumnToContents(0)
            self.table.setColumnWidth(1, max(self.table.columnWidth(1), 280))
        if unpaired:  # the names whole ("Paul Zimmerm…" was cut at 1280×800); "Why" takes the rest
            self.unpaired_table.resizeColumnToContents(0)
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
        if rows:
            self.stack.setCurrentIndex(0)
        else:
            self.stack.setCurrentWidget(self.empty)
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
        self.detail.show_pair(self.selected_row())
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
        return self.detail.chosen_member()

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
