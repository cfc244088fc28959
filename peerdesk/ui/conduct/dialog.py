"""The code-of-conduct editor: versions on top, the text on the left, who signed on the right.

Saving changed words makes a new version (earlier signatures stay with the version
signed); ticking people records signatures from the paper sheet. Every change goes
through ``ctx.perform``, so Undo takes it back.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.models import stored_id
from peerdesk.core.validation import ValidationError
from peerdesk.store import conduct
from peerdesk.ui import dialogs
from peerdesk.ui.conduct.model import NAME, PERSON_ROLE, SIGNED_ROLE, AckModel
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.icons import icon
from peerdesk.ui.locale import short_date
from peerdesk.ui.undo_actions import undo_redo_actions


class _Filter(QSortFilterProxyModel):
    """Search by name or department; optionally only the people who have not signed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.unsigned_only = False
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_unsigned_only(self, value: bool) -> None:
        self.beginFilterChange()
        self.unsigned_only = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        model = self.sourceModel()
        if self.unsigned_only and model.data(model.index(source_row, 0, source_parent), SIGNED_ROLE):
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class ConductDialog(QDialog):
    def __init__(self, ctx: ProgramContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Code of Conduct"))
        self.setWindowIcon(icon("conduct"))
        self.resize(1000, 640)
        self.versions: list = []

        top = self._build_version()
        left = self._build_text()
        table_page = self._build_acks()
        self._build_empty_state(table_page)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setSizes([520, 480])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        for action in undo_redo_actions(ctx.undo_stack, self):
            self.addAction(action)
        self.actions()[0].setShortcut(QKeySequence.StandardKey.Undo)
        self.actions()[1].setShortcut(QKeySequence.StandardKey.Redo)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.timeout.connect(self.reload)
        ctx.dataChanged.connect(self._data_changed)
        ctx.programChanged.connect(self._program_changed)
        self.reload()

    def _build_version(self) -> QHBoxLayout:
        self.version = QComboBox()
        self.version.setObjectName("conduct_version")
        self.version.currentIndexChanged.connect(self._version_changed)
        self.version_note = QLabel()
        self.version_note.setWordWrap(True)
        top = QHBoxLayout()
        version_label = QLabel(self.tr("&Version:"))
        version_label.setBuddy(self.version)
        top.addWidget(version_label)
        top.addWidget(self.version)
        top.addWidget(self.version_note, 1)
        return top

    def _build_text(self) -> QWidget:
        self.text = QPlainTextEdit()
        self.text.setObjectName("conduct_text")
        self.text.setAccessibleName(self.tr("Text of the code of conduct"))
        self.text.textChanged.connect(self._text_changed)
        self.save_button = QPushButton(icon("ok"), self.tr("&Save as New Version"))
        self.save_button.setObjectName("conduct_save")
        self.save_button.setToolTip(self.tr("Save the changed text as a new version; everyone is then "
                                    "asked to sign it (Ctrl+S)"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_version)
        self.discard_button = QPushButton(self.tr("&Discard Changes"))
        self.discard_button.clicked.connect(self._show_version)
        self.print_button = QPushButton(icon("pdf"), self.tr("&Print Sheet…"))
        self.print_button.setToolTip(self.tr("The code of conduct as a PDF with lines to sign"))
        self.print_button.clicked.connect(self.print_sheet)
        text_buttons = QHBoxLayout()
        for b in (self.save_button, self.discard_button):
            text_buttons.addWidget(b)
        text_buttons.addStretch(1)
        text_buttons.addWidget(self.print_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.text, 1)
        left_layout.addLayout(text_buttons)
        return left

    def _build_acks(self) -> QWidget:
        self.model = AckModel(self.toggle)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.DisplayRole)
        self.table = QTableView()
        self.table.setObjectName("conduct_acks")
        self.table.setTabKeyNavigation(False)  # Space ticks; Tab moves on
        self.table.setAccessibleName(self.tr("Who has signed"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.search = QLineEdit()
        self.search.setObjectName("conduct_search")
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setPlaceholderText(self.tr("Find a person or department"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.unsigned_only = QCheckBox(self.tr("Only who has &not signed"))
        self.unsigned_only.setObjectName("conduct_unsigned_only")
        self.unsigned_only.toggled.connect(self.proxy.set_unsigned_only)
        self.counts = QLabel()
        self.counts.setObjectName("conduct_counts")
        self.sign_button = QPushButton(icon("ok"), self.tr("&Mark Selected as Signed"))
        self.sign_button.clicked.connect(lambda: self.toggle(self.selected_ids(), True))
        self.unsign_button = QPushButton(self.tr("Mark as Not Si&gned"))
        self.unsign_button.clicked.connect(lambda: self.toggle(self.selected_ids(), False))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.unsigned_only)
        ack_buttons = QHBoxLayout()
        ack_buttons.addWidget(self.sign_button)
        ack_buttons.addWidget(self.unsign_button)
        ack_buttons.addStretch(1)
        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.counts)
        table_layout.addLayout(filters)
        table_layout.addWidget(self.table, 1)
        table_layout.addLayout(ack_buttons)
        return table_page

    def _build_empty_state(self, table_page: QWidget) -> None:
        self.people_button = QPushButton(icon("people"), self.tr("Go to Participants"))
        self.people_button.clicked.connect(self._go_to_participants)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        hint = QLabel(self.tr("<h3>Nobody to sign yet</h3><p>Everyone taking part signs the code of "
                      "conduct. Add participants on the Participants tab (or import them), "
                      "then tick here who has signed the paper sheet.</p>"))
        hint.setWordWrap(True)
        empty_layout.addStretch(1)
        empty_layout.addWidget(hint)
        empty_layout.addWidget(self.people_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.right = QStackedWidget()
        self.right.addWidget(table_page)
        self.right.addWidget(empty)

    # -- loading -----------------------------------------------------------------------------
    def _data_changed(self, area: str) -> None:
        if area in ("conduct", "participants"):
            self._reload_timer.start(0)  # after the edit that caused it has finished

    def _program_changed(self) -> None:
        if self.ctx.program is None:
            self.close()
        else:
            self.reload()

    @property
    def current(self):
        return self.versions[-1] if self.versions else None

    @property
    def shown(self):
        index = self.version.currentIndex()
        return self.versions[index] if 0 <= index < len(self.versions) else None

    def reload(self) -> None:
        program = self.ctx.program
        if program is None:
            return
        shown = self.shown.version if self.shown else None
        was_current = self.shown is None or self.shown is self.current
        self.versions = conduct.list_versions(program)
        self.version.blockSignals(True)
        self.version.clear()
        for v in self.versions:
            made = f" · {short_date(v.created_on)}" if v.created_on else ""
            current = " (current)" if v is self.versions[-1] else ""
            self.version.addItem(self.tr("Version {version}{made}{current}").format(version=v.version, made=made, current=current), v.version)
        target = len(self.versions) - 1 if was_current or shown is None else \
            max(0, self.version.findData(shown))
        self.version.setCurrentIndex(target)
        self.version.blockSignals(False)
        self._show_version(keep_edits=True)

    def _version_changed(self, _index: int) -> None:
        self._show_version()

    def _show_version(self, keep_edits: bool = False) -> None:
        v = self.shown
        is_current = v is not None and v is self.current
        if not (keep_edits and is_current and self.text.document().isModified()):
            self.text.blockSignals(True)
            self.text.setPlainText(v.text if v else "")
            self.text.document().setModified(False)
            self.text.blockSignals(False)
        self.text.setReadOnly(not is_current or self.ctx.read_only)
        if v is None:
            note = self.tr("There is no code of conduct yet: write one and save it.")
        elif is_current:
            note = self.tr("Edit the text and save: a change makes a new version for everyone to sign.")
        else:
            note = (self.tr("An earlier version, kept with its signatures. Version "
                    "{version} is current.").format(version=self.current.version))
        self.version_note.setText(note)
        self.model.on_toggle = None if self.ctx.read_only else self.toggle
        self.model.load(self.ctx.program, v.id if v else None)
        signed, expected = self.model.counts()
        self.right.setCurrentIndex(0 if self.model.rows else 1)
        which = self.tr("version {version}").format(version=v.version) if v else self.tr("the code of conduct")
        self.counts.setText(self.tr("{signed} of {expected} people have signed {which}.").format(signed=signed, expected=expected, which=which)
                            + (self.tr(" {value} have not.").format(value=expected - signed) if expected - signed else ""))
        self._text_changed()

    def _edited(self) -> bool:
        current = self.current
        return current is not None and self.text.toPlainText().strip() != current.text.strip()

    def _text_changed(self) -> None:
        editable = not self.text.isReadOnly()
        changed = editable and (self.current is None or self._edited()) and \
            bool(self.text.toPlainText().strip())
        self.save_button.setEnabled(changed)
        self.discard_button.setEnabled(changed)
        writable = not self.ctx.read_only and bool(self.model.rows)
        self.sign_button.setEnabled(writable)
        self.unsign_button.setEnabled(writable)

    # -- edits ---------------------------------------------------------------------------------
    def save_version(self) -> None:
        program = self.ctx.program
        text = self.text.toPlainText()
        if program is None or not self.save_button.isEnabled():
            return
        made: dict[str, int] = {}

        def do():
            version = conduct.save_text(program, text)
            made["id"] = stored_id(version.id)
            return version

        try:
            version = self.ctx.perform(self.tr("Change Code of Conduct"), do,
                                       lambda: conduct.delete_version(program, made["id"]),
                                       "conduct")
        except ValidationError as exc:
            dialogs.error(self, self.tr("Cannot save the code of conduct"),
                          " ".join(p.message for p in exc.problems))
            return
        self.text.document().setModified(False)
        self.reload()
        self.version.setCurrentIndex(self.version.findData(version.version))
        self._show_version()

    def toggle(self, participant_ids: list[int], signed: bool) -> None:
        """Tick (or untick) people for the version shown, as one undoable step."""
        program, v = self.ctx.program, self.shown
        if program is None or v is None or not participant_ids or self.ctx.read_only:
            return
        version_id = v.id
        before: dict = {}

        def do():
            before.clear()
            before.update(conduct.set_acknowledged(program, participant_ids, signed, version_id))

        names = [r.name for r in self.model.rows if r.participant_id in participant_ids]
        who = names[0] if len(names) == 1 else self.tr("%n people", "", len(participant_ids))
        text = (self.tr("Mark {who} as Signed") if signed else self.tr("Mark {who} as Not Signed")).format(who=who)
        self.ctx.perform(text, do, lambda: conduct.restore_acknowledgements(
            program, version_id, participant_ids, before), "conduct")

    def selected_ids(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.data(self.model.index(r, 0), PERSON_ROLE) for r in sorted(rows)]

    # -- elsewhere ------------------------------------------------------------------------------
    def print_sheet(self) -> None:
        self.ctx.invoke("print-document", "conduct", None, self)

    def _go_to_participants(self) -> None:
        window = self.parent()
        show = getattr(window, "show_tab", None)
        if callable(show):
            show("participants")
        self.close()
