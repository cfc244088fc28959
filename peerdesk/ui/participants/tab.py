"""The Participants tab: search and filters, the table, and the selected person's editor."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.models import Participant, stored_id
from peerdesk.core.settings import ProgramSettings
from peerdesk.core.tenure import BANDS
from peerdesk.core.validation import ValidationError
from peerdesk.store import participants as store
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.icons import icon
from peerdesk.ui.language import QT_TRANSLATE_NOOP
from peerdesk.ui.participants import edits
from peerdesk.ui.participants.archive import ArchiveDialog
from peerdesk.ui.participants.form import ParticipantForm
from peerdesk.ui.participants.model import ID_ROLE, ParticipantsFilter, ParticipantsModel
from peerdesk.ui.widgets import action_button, empty_page

STATUSES = (QT_TRANSLATE_NOOP("ParticipantsTab", "Active"), QT_TRANSLATE_NOOP("ParticipantsTab", "Opted out"), QT_TRANSLATE_NOOP("ParticipantsTab", "Archived"), QT_TRANSLATE_NOOP("ParticipantsTab", "All"))
WARNING_STYLE = ("QFrame#neutrality { background: #FFF4E0; border: 1px solid #E8B860; "
                 "border-radius: 4px; padding: 4px; }")


class ParticipantsTab(QWidget):
    def __init__(self, ctx: ProgramContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = ParticipantsModel(self)
        self.proxy = ParticipantsFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build_filters()
        self._build_table()
        buttons = self._build_actions()
        self._build_neutrality_banner()
        self._build_empty_state()
        self._build_layout(buttons)
        self._sized = False
        ctx.programChanged.connect(self.reload)
        ctx.dataChanged.connect(lambda area: self.reload() if area in ("participants", "settings") else None)
        self.reload()

    # -- construction ----------------------------------------------------------------
    def _build_filters(self) -> None:
        """The search box and the department, tenure and status filters (Ctrl+F searches)."""
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search participants"))
        self.search.setObjectName("participant_search")
        self.search.setPlaceholderText(self.tr("Search names, emails, departments, skills…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.department_filter = QComboBox()
        self.department_filter.setAccessibleName(self.tr("Department filter"))
        self.department_filter.setToolTip(self.tr("Department"))
        self.band_filter = QComboBox()
        self.band_filter.setAccessibleName(self.tr("Tenure filter"))
        self.band_filter.addItem(self.tr("All tenures"), "")
        for band in BANDS:
            self.band_filter.addItem(band.capitalize(), band)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        for status in STATUSES:
            self.status_filter.addItem(self.tr(status), status)
        for combo in (self.department_filter, self.band_filter, self.status_filter):
            # as wide as the longest choice ("All departments", "Customer Success"): no clipping
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        for widget in (self.search,):
            widget.textChanged.connect(self._apply_filters)
        for combo in (self.department_filter, self.band_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._find)
        self.addAction(find)

    def _find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _build_table(self) -> None:
        """The people, one row each; Enter, F2 or a double-click edits the selected one."""
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setObjectName("participants_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.table.setTabKeyNavigation(False)  # a list to choose from: Tab moves on
        edit = QAction(self.tr("Edit the Selected Participant"), self.table)
        edit.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter),
                           QKeySequence(Qt.Key.Key_F2)])
        edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.triggered.connect(self.edit_current)
        self.table.addAction(edit)


    def _build_actions(self) -> QHBoxLayout:
        """Add, archive, delete and import; the row of buttons under the table."""
        self.act_add = QAction(icon("add"), self.tr("&Add Participant"), self)
        self.act_add.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.act_add.setToolTip(self.tr("Add a participant (Ctrl+Shift+N)"))
        self.act_add.triggered.connect(self.start_new)
        self.act_archive = QAction(icon("archive"), self.tr("Archi&ve"), self)
        self.act_archive.setToolTip(self.tr("Archive the selected person (keeps their history)"))
        self.act_archive.triggered.connect(self.archive_selected)
        self.act_delete = QAction(icon("delete"), self.tr("&Delete"), self)
        self.act_delete.setShortcut(QKeySequence.StandardKey.Delete)
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_delete.setToolTip(self.tr("Delete the selected person, or archive them if they have history (Del)"))
        self.act_delete.triggered.connect(self.delete_selected)
        self.table.addAction(self.act_delete)
        self.act_import = QAction(icon("import"), self.tr("&Import People…"), self)
        self.act_import.setToolTip(self.tr("Add or update participants from an HR export (.csv or .xlsx)"))
        self.act_import.triggered.connect(self._import)
        buttons = QHBoxLayout()
        add_button, self.archive_button = action_button(self.act_add), action_button(self.act_archive)
        buttons.addWidget(add_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        self.count_label = QLabel()
        buttons.addWidget(self.count_label)
        return buttons

    def _build_neutrality_banner(self) -> None:
        """The warning shown when the facilitators are not neutral enough."""
        self.neutrality = QFrame()
        self.neutrality.setObjectName("neutrality")
        self.neutrality.setStyleSheet(WARNING_STYLE)
        banner = QHBoxLayout(self.neutrality)
        warn_icon = QLabel()
        warn_icon.setPixmap(icon("warning").pixmap(20, 20))
        self.neutrality_text = QLabel()
        self.neutrality_text.setObjectName("neutrality_text")
        self.neutrality_text.setWordWrap(True)
        fix = QPushButton(self.tr("Facilitators…"))
        fix.clicked.connect(self._open_facilitators)
        banner.addWidget(warn_icon)
        banner.addWidget(self.neutrality_text, 1)
        banner.addWidget(fix)
        self.neutrality.hide()


    def _build_empty_state(self) -> None:
        """What the tab says (and offers) before anyone is in the program."""
        self.empty_add = QPushButton(icon("add"), self.tr("Add the first participant"))
        self.empty_add.clicked.connect(self.start_new)
        self.empty_import = QPushButton(icon("import"), self.tr("Import the staff list…"))
        self.empty_import.setDefault(True)
        self.empty_import.clicked.connect(self.act_import.trigger)
        self.empty = empty_page(
            self.tr("<h3>No participants yet</h3><p>Import the staff list HR sent you "
                    "(File &gt; Import Participants), or add people one by one.</p>"),
            self.empty_import, self.empty_add)

    def _build_layout(self, buttons: QHBoxLayout) -> None:
        """Filters, table and buttons on the left; the person's details on the right."""
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.department_filter, 1)
        filters.addWidget(self.band_filter, 1)
        filters.addWidget(self.status_filter, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        left_layout.addWidget(self.stack, 1)
        left_layout.addLayout(buttons)

        self.form = ParticipantForm()
        self.form.submitted.connect(self._save)
        self.unarchive_button = QPushButton(icon("unarchive"), self.tr("&Unarchive"))
        self.unarchive_button.clicked.connect(self.unarchive_selected)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.form, 1)
        right_layout.addWidget(self.unarchive_button)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 440])
        right.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        layout.addWidget(self.neutrality)
        layout.addWidget(splitter, 1)

    def toolbar_actions(self) -> list[QAction]:
        return [self.act_import, self.act_add]

    def _import(self) -> None:
        self.ctx.invoke("import-participants")

    # -- loading ---------------------------------------------------------------------
    def reload(self) -> None:
        program = self.ctx.program
        keep = self.selected_id()
        if program is None:
            self.model.set_people([], ProgramSettings().thresholds)
            self._update_state()
            return
        people = store.list_participants(program)
        thresholds = program.settings().thresholds
        self.model.set_people(people, thresholds)
        self.form.set_choices(people, store.list_skills(program))
        self._fill_departments(people)
        self._apply_filters()
        if not self._sized and people:
            self._sized = True
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self._update_neutrality()
        self._update_state()
        if keep is not None and self.select(keep):
            return
        first = self.proxy.index(0, 0)
        if first.isValid():
            self.select(first.data(ID_ROLE))
        else:
            self.start_new()

    def _fill_departments(self, people: list[Participant]) -> None:
        current = self.department_filter.currentData()
        self.department_filter.blockSignals(True)
        self.department_filter.clear()
        self.department_filter.addItem(self.tr("All departments"), "")
        for d in sorted({p.department for p in people if p.department}):
            self.department_filter.addItem(d, d)
        self.department_filter.setCurrentIndex(max(0, self.department_filter.findData(current)))
        self.department_filter.blockSignals(False)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(self.search.text(), self.department_filter.currentData() or "",
                               self.band_filter.currentData() or "", self.status_filter.currentData())
        self._update_state()

    def _update_state(self) -> None:
        total = len(self.model.people)
        shown = self.proxy.rowCount()
        self.stack.setCurrentWidget(self.empty if total == 0 else self.table)
        self.count_label.setText(self.tr("{shown} of %n person(s) shown", "", total).format(shown=shown)
                                 if shown != total else self.tr("%n person(s)", "", total))
        editable = self.ctx.program is not None and not self.ctx.read_only
        self.act_add.setEnabled(editable)
        self.act_import.setEnabled(editable)
        self.empty_add.setEnabled(editable)
        self.empty_import.setEnabled(editable)
        person = self._selected()
        self.act_archive.setEnabled(editable and person is not None and not person.archived)
        self.archive_button.setEnabled(self.act_archive.isEnabled())
        self.act_delete.setEnabled(editable and person is not None)
        self.unarchive_button.setVisible(person is not None and person.archived)
        self.form.apply_button.setEnabled(editable and not (person and person.archived))

    def _update_neutrality(self) -> None:
        warnings = store.neutrality(self.ctx.program) if self.ctx.program else []
        self.neutrality.setVisible(bool(warnings))
        self.neutrality_text.setText("\n".join(w.message() for w in warnings))

    def _open_facilitators(self) -> None:
        from peerdesk.ui.participants.facilitators import FacilitatorsDialog

        FacilitatorsDialog(self.ctx, self).exec()

    # -- selection -------------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return index.data(ID_ROLE)

    def _selected(self) -> Participant | None:
        row = self.model.row_of(self.selected_id())
        return self.model.people[row] if row >= 0 else None

    def select(self, participant_id: int) -> bool:
        row = self.model.row_of(participant_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current, _previous) -> None:
        person = self._selected() if current.isValid() else None
        if person is not None:
            self.form.edit(person)
        self._update_state()

    # -- edits -----------------------------------------------------------------------
    def edit_current(self) -> None:
        """Enter, F2 or a double-click on a person: on to their details, name selected."""
        if self.table.currentIndex().isValid() and self.form.name.isEnabled():
            self.form.name.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.form.name.selectAll()

    def start_new(self) -> None:
        self.table.clearSelection()
        self.table.setCurrentIndex(self.proxy.index(-1, -1))
        self.form.edit(Participant(name=""))
        self.form.name.setFocus()
        self._update_state()

    def _save(self, _form) -> None:
        program = self.ctx.program
        if program is None or program.read_only:
            return
        person, problems = self.form.value()
        if problems:  # what the form itself could not read (skill levels)
            self.form.show_problems(problems)
            return
        try:  # the store checks the rest (email, manager loop, ...) and says what is wrong
            if person.id is None:
                person.id = edits.add(self.ctx, person)  # redo re-inserts with the same id
            else:
                edits.update(self.ctx, person)
            self.select(person.id)
        except ValidationError as exc:
            self.form.show_problems(exc.problems)
            return
        self.form.show_problems([])

    def archive_selected(self) -> None:
        person = self._selected()
        program = self.ctx.program
        if person is None or program is None or person.archived:
            return
        dialog = ArchiveDialog(person.name, self)
        if not dialogs.run_dialog(dialog):  # tests answer it there
            return
        edits.archive(self.ctx, person, dialog.reason.text().strip(), dialog.left.isChecked())

    def unarchive_selected(self) -> None:
        person = self._selected()
        program = self.ctx.program
        if person is None or program is None or not person.archived:
            return
        edits.unarchive(self.ctx, person)

    def delete_selected(self) -> None:
        person = self._selected()
        program = self.ctx.program
        if person is None or program is None or program.read_only:
            return
        if store.has_history(program, stored_id(person.id)):
            if dialogs.confirm(self, self.tr("Archive instead?"),
                               self.tr("{name} already has history in this program (pairs, "
                               "attendance or feedback), so they can't be deleted. Archive them "
                               "instead? Their history stays.").format(name=person.name), self.tr("Archive…")):
                self.archive_selected()
            return
        if not dialogs.confirm(self, self.tr("Delete {name}?").format(name=person.name),
                               self.tr("Delete {name} from the program? You can undo this with "
                               "Edit > Undo.").format(name=person.name), self.tr("Delete")):
            return
        edits.delete(self.ctx, person)
