"""The Announce dialog: who gets which message, a preview of any one, then the drafts.

Everything is read from the program on the UI thread when a choice changes (it is quick);
writing the files, which is the slow part for many people, runs on a worker thread with a
progress dialog that can cancel it. The folder is only written when every draft is ready.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.messages import KIND_TITLES, KINDS
from peerdesk.core.validation import ValidationError
from peerdesk.io.messages import Prepared
from peerdesk.io.messages import safe_name as _safe
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.style import OK, WARNING
from peerdesk.ui.widgets import MessageLine

NO_EMAIL = Qt.ItemDataRole.UserRole + 1


class AnnounceDialog(QDialog):
    """``kind`` preselects the message (pairs for Pairings, session for Sessions)."""

    def __init__(self, ctx: ProgramContext, kind: str = "pairs", session_id: int | None = None,
                 parent: QWidget | None = None, window=None):
        super().__init__(parent)
        self.ctx = ctx
        self.window_ = window
        self.prepared: Prepared | None = None
        self.written = None
        self.setWindowTitle(self.tr("Announce Pairs") if kind == "pairs" else self.tr("Announce Session"))
        self.resize(980, 640)

        choose = self._build_choices(kind)
        split = self._build_recipients()
        missing_row = self._build_missing()
        folder_row = self._build_folder()
        buttons = self._build_buttons()
        self._build_pages(split, missing_row, folder_row)

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self._fill_sessions(session_id)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.session.currentIndexChanged.connect(self.refresh)
        self.people.currentRowChanged.connect(self._show_preview)
        self.refresh()

    def _build_choices(self, kind: str) -> QFormLayout:
        self.kind = QComboBox()
        self.kind.setObjectName("announce_kind")
        for key in KINDS:
            self.kind.addItem(str(KIND_TITLES[key]), key)
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.session = QComboBox()
        self.session.setObjectName("announce_session")
        self.session.setMinimumContentsLength(28)
        choose = QFormLayout()
        choose.addRow(self.tr("&Message:"), self.kind)
        choose.addRow(self.tr("&Session:"), self.session)
        return choose

    def _build_recipients(self) -> QSplitter:
        self.people = QListWidget()
        self.people.setObjectName("announce_people")
        self.people.setAccessibleName(self.tr("Recipients"))
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("announce_preview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview of the message"))
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.count = QLabel()
        self.count.setObjectName("announce_count")
        lv.addWidget(self.count)
        lv.addWidget(self.people)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("Preview (as the draft will open in your mail client):")))
        rv.addWidget(self.preview)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([300, 660])
        return split

    def _build_missing(self) -> QHBoxLayout:
        self.missing = QLabel()
        self.missing.setObjectName("announce_missing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(f"color: {WARNING};")
        self.slips = QPushButton(self.tr("Print Partner S&lips…"))
        self.slips.setObjectName("announce_slips")
        self.slips.clicked.connect(self._print_slips)
        missing_row = QHBoxLayout()
        missing_row.addWidget(self.missing, 1)
        missing_row.addWidget(self.slips)
        return missing_row

    def _build_folder(self) -> QHBoxLayout:
        self.folder = QLineEdit()
        self.folder.setObjectName("announce_folder")
        self._folder_typed = False
        self.folder.textEdited.connect(lambda _text: setattr(self, "_folder_typed", True))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.csv = QCheckBox(self.tr("Also write a mail-merge &CSV (to, subject, body)"))
        self.csv.setObjectName("announce_csv")
        folder_row = QHBoxLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        return folder_row

    def _build_buttons(self) -> QHBoxLayout:
        self.result_label = MessageLine()  # shown once the drafts are written
        self.result_label.setObjectName("announce_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("&Open Folder"))
        self.open_folder.setObjectName("announce_open_folder")
        self.open_folder.setVisible(False)
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text())))
        self.write = QPushButton(self.tr("&Write Drafts"))
        self.write.setObjectName("announce_write")
        self.write.setDefault(True)
        self.write.clicked.connect(self.write_drafts)
        templates = QPushButton(self.tr("Edit &Templates…"))
        templates.setObjectName("announce_templates")
        templates.clicked.connect(self._edit_templates)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result_label, 1)
        buttons.addWidget(self.open_folder)
        buttons.addWidget(templates)
        buttons.addWidget(self.write)
        buttons.addWidget(close)
        return buttons

    def _build_pages(self, split: QSplitter, missing_row: QHBoxLayout, folder_row: QHBoxLayout) -> None:
        main = QWidget()
        mv = QVBoxLayout(main)
        mv.setContentsMargins(0, 0, 0, 0)
        mv.addWidget(split, 1)
        mv.addLayout(missing_row)
        mv.addLayout(folder_row)
        mv.addWidget(self.csv)

        self.empty_text = QLabel()
        self.empty_text.setObjectName("announce_empty")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton()
        self.empty_button.setObjectName("announce_empty_button")
        self.empty_button.clicked.connect(self._go_there)
        empty = QWidget()
        ev = QVBoxLayout(empty)
        ev.addStretch(1)
        ev.addWidget(self.empty_text)
        ev.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignCenter)
        ev.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(main)
        self.pages.addWidget(empty)

    # -- choices ------------------------------------------------------------------------
    def chosen_kind(self) -> str:
        return self.kind.currentData()

    def chosen_session(self) -> int | None:
        return self.session.currentData()

    def _fill_sessions(self, session_id: int | None) -> None:
        from peerdesk.core.messages import format_day
        from peerdesk.store.messages import default_session
        from peerdesk.store.sessions import list_sessions

        program, cycle = self.ctx.program, self.ctx.cycle_id
        self.session.blockSignals(True)
        self.session.clear()
        if program is not None and cycle is not None:
            for s in list_sessions(program, cycle, with_agenda=False):
                when = format_day(s.date) if s.date else self.tr("no date yet")
                self.session.addItem(f"{s.title} — {when}", s.id)
            wanted = session_id or default_session(program, cycle, self.chosen_kind())
            index = self.session.findData(wanted)
            self.session.setCurrentIndex(max(index, 0))
        self.session.setEnabled(self.session.count() > 0)
        self.session.blockSignals(False)

    def _kind_changed(self) -> None:
        self._fill_sessions(None)
        self.refresh()

    # -- reading --------------------------------------------------------------------------
    def refresh(self) -> None:
        from peerdesk.io.messages import prepare

        self.prepared = None
        self.result_label.clear()
        self.open_folder.setVisible(False)
        program, cycle = self.ctx.program, self.ctx.cycle_id
        if program is None or cycle is None:
            self._empty(self.tr("This program has no cycle yet. Make one with Program > New Cycle, "
                        "add its sessions and pairs, then announce them."), "", "")
            return
        kind = self.chosen_kind()
        try:
            self.prepared = prepare(program, cycle, kind, self.chosen_session())
        except ValidationError as exc:
            text = " ".join(p.message for p in exc.problems)
            if any(p.field == "pairs" for p in exc.problems):
                self._empty(text, self.tr("Go to &Pairings"), "pairings")
            elif any(p.field == "session" for p in exc.problems):
                self._empty(text, self.tr("Go to &Sessions"), "sessions")
            else:
                self._empty(text, "", "")
            return
        self.pages.setCurrentIndex(0)
        batch = self.prepared.batch
        self.write.setEnabled(bool(batch.letters))
        if not self._folder_typed:  # one folder per announcement, so runs never mix
            name = (self.tr("{cycle} - pairs").format(cycle=batch.cycle) if kind == "pairs"
                    else f"{batch.cycle} - {batch.session_title} - {kind}")
            self.folder.setText(str(Path.home() / self.tr("PeerDesk messages") / _safe(name)))
        self._fill_people()

    def _empty(self, text: str, button: str, target: str) -> None:
        self.empty_text.setText(text)
        self.empty_button.setText(button)
        self.empty_button.setVisible(bool(target))
        self.empty_button.setProperty("target", target)
        self.pages.setCurrentIndex(1)
        self.write.setEnabled(False)

    def _fill_people(self) -> None:
        assert self.prepared is not None  # called once refresh() prepared the batch
        batch = self.prepared.batch
        self.people.blockSignals(True)
        self.people.clear()
        for letter in batch.letters:
            item = QListWidgetItem(letter.person.name)
            item.setToolTip(letter.person.email)
            self.people.addItem(item)
        for person, why in batch.without_email:
            item = QListWidgetItem(self.tr("{name} — no draft: {why}").format(name=person.name, why=why))
            item.setData(NO_EMAIL, why)
            item.setForeground(Qt.GlobalColor.darkGray)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.people.addItem(item)
        self.people.blockSignals(False)
        n = len(batch.letters)
        self.count.setText(self.tr("%n draft(s) to write", "", n)
                           + (self.tr(", {n_without_email} without e-mail").format(n_without_email=len(batch.without_email))
                              if batch.without_email else ""))
        self.missing.setText(batch.advice())
        self.missing.setVisible(bool(batch.without_email))
        self.slips.setVisible(bool(batch.without_email) and batch.kind == "pairs")
        if n:
            self.people.setCurrentRow(0)
        else:
            self.preview.setPlainText("")

    def _show_preview(self, row: int) -> None:
        from peerdesk.io.messages import preview

        if self.prepared is None or not 0 <= row < len(self.prepared.batch.letters):
            return
        self.preview.setPlainText(preview(self.prepared, row))

    def preview_for(self, name: str) -> str:
        """The preview shown for the person called ``name`` (selects them)."""
        letters = self.prepared.batch.letters if self.prepared is not None else []
        for row, letter in enumerate(letters):
            if letter.person.name == name:
                self.people.setCurrentRow(row)
                return self.preview.toPlainText()
        raise KeyError(name)

    # -- writing --------------------------------------------------------------------------
    def write_drafts(self) -> None:
        from peerdesk.io.messages import WriteCancelled, write_drafts

        if self.prepared is None:
            return
        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip():
            dialogs.error(self, self.tr("Choose a folder"), self.tr("Choose the folder for the drafts first."))
            return
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            dialogs.error(self, self.tr("Drafts not written"), self.tr("The folder {parent} cannot be "
                                                      "made: {value}.").format(parent=folder.parent, value=exc.strerror or exc))
            return
        prepared, with_csv = self.prepared, self.csv.isChecked()
        self.write.setEnabled(False)

        def work(progress):
            return write_drafts(prepared, folder, with_csv=with_csv, progress=progress)

        def done(written) -> None:
            self.written = written
            self.write.setEnabled(True)
            self.result_label.setText(written.summary())
            self.result_label.setStyleSheet(f"color: {OK};")
            self.open_folder.setVisible(True)

        def failed(exc) -> None:
            self.write.setEnabled(True)
            if isinstance(exc, WriteCancelled):
                self.result_label.setText(str(exc))
                self.result_label.setStyleSheet("")
            elif isinstance(exc, ValidationError):
                dialogs.error(self, self.tr("Drafts not written"),
                              " ".join(p.message for p in exc.problems))
            else:
                dialogs.error(self, self.tr("Drafts not written"), self.tr("The drafts could not be written: "
                                                          "{exc}. Nothing was written.").format(exc=exc))

        self.ctx.run_task(self, self.tr("Writing the drafts"), work, done, failed)

    def _browse(self) -> None:
        path = dialogs.choose_folder(self, self.tr("Folder for the drafts"), self.folder.text())
        if path:
            self.folder.setText(path)
            self._folder_typed = True

    def _print_slips(self) -> None:
        self.ctx.invoke("print-document", "slips", None, self)

    def _edit_templates(self) -> None:
        from peerdesk.ui.messages.templates import TemplatesDialog

        dialog = TemplatesDialog(self.ctx, self.chosen_kind(), self)
        if dialogs.run_dialog(dialog):
            self.refresh()

    def _go_there(self) -> None:
        target = self.empty_button.property("target")
        if target and self.window_ is not None and hasattr(self.window_, "show_tab"):
            self.window_.show_tab(target)
        self.reject()
