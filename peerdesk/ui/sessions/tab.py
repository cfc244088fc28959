"""The Sessions tab: cycles and their sessions on the left, the selected one on the right.

Other features hang their own buttons on the selected session (the PDF sign-in sheet,
agenda and pack): they read :meth:`SessionsTab.selected_session_id` or listen to
``sessionSelected``, and never reach into this tab's widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.validation import ValidationError
from peerdesk.store import attendance as attendance_store
from peerdesk.store import sessions as store
from peerdesk.store.cycles import (
    cycle_contents,
    delete_cycle,
    get_cycle,
    restore_rows,
)
from peerdesk.store.feedback import forms_in_figures
from peerdesk.store.feedback_gate import has_counted_forms
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.icons import icon
from peerdesk.ui.locale import weekday_date
from peerdesk.ui.sessions import calendar_export, duplicate, edits, postpone, rename
from peerdesk.ui.sessions.cycle_pane import CyclePane
from peerdesk.ui.sessions.session_pane import SessionPane
from peerdesk.ui.sessions.tree_model import ID_ROLE, KIND_ROLE, SessionsTreeModel
from peerdesk.ui.widgets import action_button, empty_page

REFRESH_ON = ("sessions", "participants", "pairings", "settings")


class SessionsTab(QWidget):
    sessionSelected = Signal(object)  # the selected session's id, or None

    def __init__(self, ctx: ProgramContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._following = False
        self._build_actions()
        left = self._build_tree_side()
        self._build_panes()
        splitter = self.splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right_stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        ctx.programChanged.connect(self.reload)
        ctx.dataChanged.connect(lambda area: self.reload() if area in REFRESH_ON else None)
        ctx.cycleChanged.connect(self._cycle_changed)
        self.reload()

    # -- construction ----------------------------------------------------------------
    def _build_tree_side(self) -> QWidget:
        """The tree of cycles and sessions (or what to do when there is none), and the
        New Cycle and New Session buttons under it."""
        self.model = SessionsTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("sessions_tree")
        self.tree.setAccessibleName(self.tr("Cycles and sessions"))
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(self._activated)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)  # these four:
        self.tree.addActions([self.act_rename, self.act_duplicate, self.act_postpone, self.act_delete])
        self.empty_cycle = QPushButton(icon("add"), self.tr("Create the first cycle…"))
        self.empty_cycle.setObjectName("sessions_empty_button")
        self.empty_cycle.clicked.connect(self.new_cycle)
        self.left_stack = QStackedWidget()
        self.left_stack.addWidget(self.tree)
        self.left_stack.addWidget(empty_page(
            self.tr("<h3>No cycles yet</h3><p>A cycle is a period such as “Spring 2027” that holds its "
            "sessions, pairs and feedback. Create one, then plan its sessions.</p>"),
            self.empty_cycle))
        self.left_stack.addWidget(empty_page(self.tr("Open or create a program (File menu) to plan "
                                            "sessions.")))
        buttons = QHBoxLayout()
        for action in (self.act_new_cycle, self.act_new_session):
            buttons.addWidget(action_button(action))  # enabled only when the action is
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.left_stack, 1)
        left_layout.addLayout(buttons)
        return left

    def _build_panes(self) -> None:
        """The right-hand side: the selected cycle's pane, the session's, or a hint."""
        self.cycle_pane = CyclePane(self.ctx)
        self.cycle_pane.newSessionRequested.connect(self.new_session)
        self.cycle_pane.exportRequested.connect(self.export_cycle)
        self.cycle_pane.duplicateRequested.connect(self.duplicate_selected)
        self.cycle_pane.deleteRequested.connect(self.delete_selected)
        self.cycle_pane.sessionActivated.connect(self.select_session)
        self.session_pane = SessionPane(self.ctx)
        self.session_pane.exportRequested.connect(self.export_session)
        self.session_pane.printRequested.connect(self.print_session)
        self.session_pane.duplicateRequested.connect(self.duplicate_selected)
        self.session_pane.deleteRequested.connect(self.delete_selected)
        self.hint = empty_page(self.tr("Choose a cycle or a session on the left."))
        self.right_stack = QStackedWidget()
        for page in (self.hint, self.cycle_pane, self.session_pane):
            self.right_stack.addWidget(page)

    # -- actions ---------------------------------------------------------------------
    def _action(self, text: str, slot, icon_name: str, tip: str, shortcut=None,
                tree_only: bool = False) -> QAction:
        """An action; its shortcut works anywhere in the tab, or (``tree_only``) in the tree,
        where Delete must not clash with Delete in the agenda and attendance tables."""
        action = QAction(icon(icon_name), text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            if tree_only:
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            else:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.act_new_session = self._action(self.tr("New &Session…"), self.new_session, "sessions",
                                            self.tr("Plan a session, from a template or a copy"))
        self.act_new_session.setShortcut(QKeySequence("Ctrl+Shift+M"))  # anywhere in the window
        self.act_new_cycle = self._action(self.tr("New C&ycle…"), self.new_cycle, "calendar",
                                          self.tr("Start a cycle such as “Summer 2027”"))
        self.act_duplicate = self._action(self.tr("&Duplicate"), self.duplicate_selected, "duplicate",
                                          self.tr("Duplicate the selected session or cycle"), "Ctrl+D")
        self.act_postpone = self._action(self.tr("Postpone by a &Week"), self.postpone_selected, "calendar", self.tr(
            "Move the selected session and the later ones of its cycle a week later (you can undo)"), "Ctrl+Shift+W")
        self.act_rename = self._action(self.tr("&Rename Cycle…"), self.rename_selected, "edit", self.tr(
            "Give the selected cycle a new name (you can undo)"), "F2", tree_only=True)
        self.act_delete = self._action(self.tr("De&lete"), self.delete_selected, "delete",
                                       self.tr("Delete the selected session or cycle (you can undo)"),
                                       QKeySequence.StandardKey.Delete, tree_only=True)
        self.act_export_session = self._action(self.tr("Calendar for This Sess&ion (.ics)…"),
                                               self.export_session, "calendar",
                                               self.tr("Save the selected session as a calendar invite"))
        self.act_export_cycle = self._action(self.tr("Calendar for This C&ycle (.ics)…"), self.export_cycle,
                                             "calendar", self.tr("Save every session of the cycle as "
                                             "calendar invites"))
        self.act_templates = self._action(self.tr("Agenda &Templates…"), self.edit_templates, "template",
                                          self.tr("Edit the kick-off, regular and close-out agendas"))

    def toolbar_actions(self) -> list[QAction]:
        return [self.act_new_session]

    def _fit_tree(self) -> None:
        """Widen the tree (never narrow it) so session titles are not cut, up to 45 %."""
        needed = (self.tree.sizeHintForColumn(0) + self.tree.indentation()
                  + 2 * self.tree.frameWidth() + self.tree.verticalScrollBar().sizeHint().width())
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0 or sizes[0] >= needed:
            return
        left = min(needed, int(total * 0.45))
        self.splitter.setSizes([left, total - left])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_tree()

    # -- selection -------------------------------------------------------------------
    def _selected(self) -> tuple[str | None, int | None]:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None, None
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def selected_session_id(self) -> int | None:
        kind, key = self._selected()
        return key if kind == "session" else None

    def selected_cycle_id(self) -> int | None:
        """The selected cycle, or the selected session's cycle, or the current cycle."""
        index = self.tree.currentIndex()
        if index.isValid():
            if index.data(KIND_ROLE) == "session":
                index = index.parent()
            return index.data(ID_ROLE)
        return self.ctx.cycle_id

    def _select(self, kind: str, key: int | None) -> bool:
        index = self.model.find(kind, key) if key is not None else QModelIndex()
        if not index.isValid():
            return False
        if index.parent().isValid():
            self.tree.expand(index.parent())
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.tree.scrollTo(index)
        return True

    def select_session(self, session_id: int) -> bool:
        return self._select("session", session_id)

    def select_cycle(self, cycle_id: int) -> bool:
        return self._select("cycle", cycle_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_selected()
        cycle_id = self.selected_cycle_id()
        if current.isValid() and cycle_id != self.ctx.cycle_id:
            self._following = True
            try:
                self.ctx.set_cycle(cycle_id)
            finally:
                self._following = False
        self.sessionSelected.emit(self.selected_session_id())

    def _cycle_changed(self, cycle_id) -> None:
        if self._following or cycle_id is None or self.selected_cycle_id() == cycle_id:
            return
        self.select_cycle(cycle_id)

    def _activated(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == "session":
            self.session_pane.form.title.setFocus()
        else:
            self.cycle_pane.name.setFocus()

    # -- loading ---------------------------------------------------------------------
    def reload(self) -> None:
        program = self.ctx.program
        kind, key = self._selected()
        expanded = {self.model.index(r, 0).data(ID_ROLE) for r in range(self.model.rowCount())
                    if self.tree.isExpanded(self.model.index(r, 0))}
        self.tree.selectionModel().blockSignals(True)
        cycles = self.model.fill(program)
        self.tree.selectionModel().blockSignals(False)
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ID_ROLE) in expanded or index.data(ID_ROLE) == self.ctx.cycle_id:
                self.tree.expand(index)
        self.left_stack.setCurrentIndex(2 if program is None else (1 if not cycles else 0))
        self._fit_tree()
        editable = program is not None and not self.ctx.read_only
        for action in (self.act_new_cycle, self.act_templates):
            action.setEnabled(editable)
        self.act_new_session.setEnabled(editable and bool(cycles))
        self.empty_cycle.setEnabled(editable)
        if program is not None and self.ctx.cycle_id not in {c.id for c in cycles}:
            # the current cycle was just deleted (or its creation undone): follow a live one
            from peerdesk.store.cycles import current_cycle

            fallback = current_cycle(program)
            self.ctx.set_cycle(fallback.id if fallback else None)
        if not (kind and self._select(kind, key)):
            if not (self.ctx.cycle_id and self.select_cycle(self.ctx.cycle_id)):
                self._show_selected()
                self.sessionSelected.emit(None)
        else:
            self._show_selected()

    def _show_selected(self) -> None:
        kind, key = self._selected()
        editable = self.ctx.program is not None and not self.ctx.read_only
        self.act_duplicate.setEnabled(editable and kind is not None)
        self.act_delete.setEnabled(editable and kind is not None)
        self.act_export_session.setEnabled(kind == "session")
        self.act_postpone.setEnabled(editable and kind == "session")
        self.act_rename.setEnabled(editable and kind == "cycle")
        self.act_export_cycle.setEnabled(kind is not None)
        if kind == "session" and key is not None:
            self.session_pane.show_session(key)
            self.right_stack.setCurrentWidget(self.session_pane)
        elif kind == "cycle" and key is not None:
            self.cycle_pane.show_cycle(key)
            self.right_stack.setCurrentWidget(self.cycle_pane)
        else:
            self.right_stack.setCurrentWidget(self.hint)

    # -- creating --------------------------------------------------------------------
    def new_cycle(self) -> None:
        from peerdesk.ui.program_dialogs import CycleDialog

        if self.ctx.program is None or self.ctx.read_only:
            return
        dialog = CycleDialog(self.ctx, self)
        if dialogs.run_dialog(dialog) and self.ctx.cycle_id is not None:
            self.select_cycle(self.ctx.cycle_id)
        dialog.deleteLater()

    def new_session(self, copy_from: int | None = None) -> int | None:
        from peerdesk.ui.sessions.new_session import NewSessionDialog

        if self.ctx.program is None or self.ctx.read_only:
            return None
        cycle_id = self.selected_cycle_id()
        if cycle_id is None:
            dialogs.info(self, self.tr("No cycle yet"), self.tr("Create a cycle first: sessions belong to a cycle."))
            return None
        dialog = NewSessionDialog(self.ctx, cycle_id, self, copy_from=copy_from or None)
        created = dialog.created_id if dialogs.run_dialog(dialog) else None
        dialog.deleteLater()
        if created is not None:
            self.select_session(created)
        return created

    def duplicate_selected(self) -> None:
        kind, key = self._selected()
        if kind is None or key is None or self.ctx.program is None or self.ctx.read_only:
            return
        if kind == "session":
            self.select_session(duplicate.session(self.ctx, key))
        elif (new_id := duplicate.cycle(self, self.ctx, key)) is not None:
            self.select_cycle(new_id)

    def postpone_selected(self) -> None:
        postpone.session(self, self.ctx, self.selected_session_id())

    def rename_selected(self) -> None:
        rename.cycle(self, self.ctx, self._selected()[1] if self._selected()[0] == "cycle" else None)

    # -- deleting --------------------------------------------------------------------
    def delete_selected(self) -> None:
        kind, key = self._selected()
        program = self.ctx.program
        if kind is None or key is None or program is None or self.ctx.read_only:
            return
        if kind == "session":
            session = store.get_session(program, key)
            marked = len(attendance_store.attendance(program, key))
            extra = self.tr(" and its attendance ({marked} marks)").format(marked=marked) if marked else ""
            kept = (" " + self.tr("Its feedback forms stay in the cycle's figures, as forms of "
                                  "the cycle: taking them out would move the figures by just "
                                  "those forms.")) if has_counted_forms(program, key) else ""
            if not dialogs.confirm(self, self.tr("Delete session?"),
                                   self.tr("Delete “{title}” of {weekday_date} with "
                                   "its agenda{extra}? You can undo this.").format(title=session.title, weekday_date=weekday_date(session.date), extra=extra) + kept, self.tr("Delete")):
                return
            try:
                edits.remove(self.ctx, self.tr("Delete session {title}").format(title=session.title),
                             lambda: store.delete_session(program, key),
                             lambda snap: store.restore_session(program, snap))
            except ValidationError as exc:
                dialogs.error(self, self.tr("Session not deleted"), str(exc))
            return
        cycle = get_cycle(program, key)
        counts = cycle_contents(program, key)
        # Feedback forms: a number only where the figures show one (a raw count, read
        # before and after one more form, says that one came in).
        forms, _why = forms_in_figures(program, key)
        held = ", ".join(label for label, n in (
            (self.tr("%n session(s)", "", counts["sessions"]), counts["sessions"]), (self.tr("%n pair(s)", "", counts["pairings"]), counts["pairings"]),
            (self.tr("%n feedback form(s)", "", forms) if forms is not None
             else self.tr("feedback forms"), counts["feedback_responses"])) if n)
        if not dialogs.confirm(self, self.tr("Delete cycle?"),
                               self.tr("Delete the cycle “{name}”{held}? You can undo this.").format(
                                   name=cycle.name, held=self.tr(" with its {held}").format(held=held) if held else ""),
                               self.tr("Delete")):
            return
        try:
            edits.remove(self.ctx, self.tr("Delete cycle {name}").format(name=cycle.name), lambda: delete_cycle(program, key),
                         lambda snap: restore_rows(program, snap))
        except ValidationError as exc:
            dialogs.error(self, self.tr("Cycle not deleted"), str(exc))

    # -- calendar --------------------------------------------------------------------
    def print_session(self) -> None:
        """The print dialog (PDF documents) for the selected session, the pack first."""
        session_id = self.selected_session_id()
        if session_id is not None:
            self.ctx.invoke("print-document", "pack", session_id, self.window())

    def export_session(self) -> None:
        calendar_export.session(self, self.ctx, self.selected_session_id())

    def export_cycle(self) -> None:
        calendar_export.cycle(self, self.ctx, self.selected_cycle_id())

    def edit_templates(self) -> None:
        if self.ctx.program is not None and not self.ctx.read_only:
            self.session_pane.edit_templates()
