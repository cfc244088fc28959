"""The PDF export dialog: choose the document, session and paper, see the pages, save.

The PDF is rendered off the UI thread whenever a choice changes, then its pages are
drawn for the preview by QtPdf (poppler's ``pdftoppm`` where QtPdf is missing); when
neither can, the preview says how many pages there are. Saving
writes the bytes already made, so what was previewed is what is saved.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.i18n import _ as core_words
from peerdesk.reports.base import paper_for_locale
from peerdesk.reports.export import KINDS, NEEDS_SESSION, PRINTS_SIGNIN, USES_CYCLE
from peerdesk.store.atomic import write_bytes_atomic
from peerdesk.ui import dialogs, settings
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.documents.page_view import PageView
from peerdesk.ui.documents.rendering import PREVIEW_DPI, Choice, Rendered, Renderer
from peerdesk.ui.icons import icon
from peerdesk.ui.language import QT_TRANSLATE_NOOP
from peerdesk.ui.locale import weekday_date

PDF_FILTER = QT_TRANSLATE_NOOP("dialogs", "PDF documents (*.pdf)")
WARNING_STYLE = "color: #8A5300;"
COPIED = ("feedback-form", "conduct", "pack")  # the documents --copies applies to


def _show_whole(combo: QComboBox) -> None:
    """A combo whose entries may be longer than the side panel is wide (a session's date,
    title and cycle): its list opens as wide as its longest entry, and the entry shown,
    cut at the panel's edge, is whole in its tooltip."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    view = combo.view()
    metrics = QFontMetrics(view.font())
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
                 default=0)
    view.setMinimumWidth(widest + metrics.averageCharWidth() * 4
                         + view.verticalScrollBar().sizeHint().width())
    combo.setToolTip(combo.currentText())
    combo.currentTextChanged.connect(combo.setToolTip)


def default_paper(program) -> str:
    """The program's paper setting, else the app's, else the one the locale uses."""
    for value in (program.settings().paper if program else "", settings.get("paper")):
        if value in ("a4", "letter"):
            return value
    return paper_for_locale(QLocale().name())


class ExportDialog(QDialog):
    """``kind`` and ``session_id`` preselect the document and session."""

    def __init__(self, ctx: ProgramContext, kind: str = "pack", session_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Print Documents"))
        self.setWindowIcon(icon("pdf"))
        self.resize(980, 720)
        self.current: Rendered | None = None
        self._recorded: Rendered | None = None
        self.saved_path: Path | None = None
        self._threads: list[Renderer] = []
        self._wanted: Choice | None = None

        self._build_choices()
        self._build_status()
        self._build_preview()
        self._build_buttons()
        self._build_layout()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.refresh)
        self._fill(kind, session_id)
        for combo in (self.kind, self.session, self.cycle, self.paper):
            combo.currentIndexChanged.connect(self._changed)
        self.copies.valueChanged.connect(self._changed)
        self.sheets.valueChanged.connect(self._changed)
        self.large.toggled.connect(self._changed)
        self._update_fields()
        self.refresh()

    def _build_choices(self) -> None:
        self.kind = QComboBox()
        self.kind.setObjectName("export_kind")
        for key, title in KINDS.items():
            self.kind.addItem(core_words(title), key)  # the core's catalogue
        self.session = QComboBox()
        self.session.setObjectName("export_session")
        self.cycle = QComboBox()
        self.cycle.setObjectName("export_cycle")
        self.paper = QComboBox()
        self.paper.setObjectName("export_paper")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.copies = QSpinBox()
        self.copies.setObjectName("export_copies")
        self.copies.setRange(1, 500)
        self.copies.setToolTip(self.tr("Copies of the feedback form and the code-of-conduct sheet "
                               "(one form per attendee, say)"))
        self.sheets = QSpinBox()
        self.sheets.setObjectName("export_sheets")
        self.sheets.setRange(1, 6)
        self.sheets.setToolTip(self.tr("Split the sign-in sheet by initial (A–K, L–Z) for that many "
                               "tables at the door"))
        self.large = QCheckBox(self.tr("Large print, for the wall"))
        self.large.setObjectName("export_large")
        form = QFormLayout()
        form.addRow(self.tr("&Document:"), self.kind)
        form.addRow(self.tr("&Session:"), self.session)
        form.addRow(self.tr("C&ycle:"), self.cycle)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("Copies of &forms:"), self.copies)
        form.addRow(self.tr("Sign-in s&heets:"), self.sheets)
        form.addRow("", self.large)
        self.form = form

    def _build_status(self) -> None:
        self.warning = QLabel()
        self.warning.setObjectName("export_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.status = QLabel()
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)

    def _build_preview(self) -> None:
        self.preview = PageView()

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Sa&ve PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setIcon(icon("pdf"))
        self.save_button.setDefault(True)
        self.open_button = self.buttons.addButton(self.tr("&Open in PDF Viewer"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setIcon(icon("print"))
        self.open_button.setToolTip(self.tr("Open the document in your PDF viewer to print it"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.buttons.rejected.connect(self.reject)

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self.warning)
        left.addWidget(self.status)
        left.addStretch(1)
        side = QWidget()
        side.setLayout(left)
        side.setMaximumWidth(420)
        body = QHBoxLayout()
        body.addWidget(side)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

    # -- choices ---------------------------------------------------------------------------
    def _fill(self, kind: str, session_id: int | None) -> None:
        from peerdesk.store.cycles import get_cycle, list_cycles
        from peerdesk.store.sessions import list_sessions

        program = self.ctx.require_program()
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        cycles = list_cycles(program)
        for c in reversed(cycles):  # newest first
            self.cycle.addItem(c.name, c.name)
        if self.ctx.cycle_id is not None:
            current = get_cycle(program, self.ctx.cycle_id).name
            self.cycle.setCurrentIndex(max(0, self.cycle.findData(current)))
        names = {c.id: c.name for c in cycles}
        sessions = list_sessions(program, with_agenda=False)
        for s in sorted(sessions, key=lambda s: (s.date is None, s.date), reverse=True):
            when = weekday_date(s.date, self.tr("no date"))
            title = s.title or self.tr("Session")
            label = f"{when} · {title} ({names.get(s.cycle_id, '')})"
            self.session.addItem(label, s.id)
        if session_id is None and self.ctx.cycle_id is not None:
            from peerdesk.core.validation import ValidationError
            from peerdesk.reports.data import choose_session

            try:
                session_id = choose_session(program, None, get_cycle(program, self.ctx.cycle_id).name)
            except ValidationError:  # no session in the cycle yet: leave the first
                session_id = None
        if session_id is not None:
            self.session.setCurrentIndex(max(0, self.session.findData(session_id)))
        self.paper.setCurrentIndex(max(0, self.paper.findData(default_paper(program))))
        for combo in (self.kind, self.session, self.cycle):
            _show_whole(combo)

    def choice(self) -> Choice:
        kind = self.kind.currentData()
        session_id = self.session.currentData() if kind in NEEDS_SESSION | {"slips",
                                                                           "feedback-form"} else None
        cycle = self.cycle.currentData() if kind in USES_CYCLE and session_id is None else None
        copies = self.copies.value() if kind in COPIED else 1
        sheets = self.sheets.value() if kind in ("signin", "pack") else 1
        large = self.large.isChecked() and kind == "agenda"
        return Choice(kind, session_id, cycle, self.paper.currentData(), copies, sheets, large)

    def _update_fields(self) -> None:
        kind = self.kind.currentData()
        uses_session = kind in NEEDS_SESSION or kind in ("slips", "feedback-form")
        self.form.setRowVisible(self.session, uses_session)
        self.form.setRowVisible(self.cycle, kind in USES_CYCLE and not uses_session)
        self.form.setRowVisible(self.copies, kind in COPIED)
        self.form.setRowVisible(self.sheets, kind in ("signin", "pack"))
        self.form.setRowVisible(self.large, kind == "agenda")

    def _changed(self, *_args) -> None:
        if self.sender() is self.paper:
            settings.put("paper", self.paper.currentData())
        self._update_fields()
        self._debounce.start()

    # -- rendering -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Render the current choice in the background (a newer choice wins)."""
        choice = self.choice()
        if self.current is not None and self.current.choice == choice:
            return
        self._wanted = choice
        self.save_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the pages…"))
        worker = Renderer(self.ctx.program, choice, self)
        worker.done.connect(self._rendered)
        worker.failed.connect(self._failed)
        worker.finished.connect(lambda: self._threads.remove(worker))
        self._threads.append(worker)
        worker.start()

    @property
    def busy(self) -> bool:
        return bool(self._threads)

    def _rendered(self, rendered: Rendered) -> None:
        if rendered.choice != self._wanted:
            return
        self.current = rendered
        export = rendered.export
        pages = self.tr("%n page(s)", "", export.pages)
        paper = "A4" if export.paper == "a4" else self.tr("Letter")
        summary = f"{export.title}: {pages}, {paper}."
        if rendered.images is None:
            summary += (self.tr(" The pages cannot be drawn here: use Open in PDF Viewer to look at "
                        "them."))
        elif export.pages > len(rendered.images):
            summary += self.tr(" The preview shows the first {n_images}.").format(n_images=len(rendered.images))
        if export.kind in PRINTS_SIGNIN:
            summary += self.tr(" Saving records that this session's sign-in sheet was printed.")
        self.status.setText(summary)
        warning = " ".join(x for x in (export.warning(), export.note) if x)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self._show_pages(rendered.images or [], rendered.dpi)
        self.save_button.setEnabled(True)
        self.open_button.setEnabled(True)

    def _failed(self, choice: Choice, message: str) -> None:
        if choice != self._wanted:
            return
        self.current = None
        self._show_pages([])
        self.warning.hide()
        self.status.setText(message)

    def _show_pages(self, images: list, dpi: int = PREVIEW_DPI) -> None:
        self.preview.set_pages(images, dpi)

    @property
    def preview_count(self) -> int:
        return self.preview.count

    # -- saving and opening -----------------------------------------------------------------
    def _write(self, path: Path) -> bool:
        if self.current is None:
            return False
        try:
            write_bytes_atomic(path, self.current.export.pdf)
        except OSError as exc:
            dialogs.error(self, self.tr("Cannot save the PDF"),
                          self.tr("{path} could not be written: {value}.").format(path=path, value=exc.strerror or exc))
            return False
        return True

    def _record(self) -> None:
        from peerdesk.reports.export import record_printed
        from peerdesk.store.sessions import restore_signin_printed, signin_printed_on

        if self.current is None:
            return
        export = self.current.export
        if (export.kind not in PRINTS_SIGNIN or export.session_id is None or self.ctx.read_only
                or self._recorded is self.current):
            return
        self._recorded = self.current
        program, session_id = self.ctx.require_program(), export.session_id
        before = signin_printed_on(program, session_id)
        self.ctx.perform(self.tr("Print Sign-in Sheet"), lambda: record_printed(program, export),
                         lambda: restore_signin_printed(program, session_id, before), "sessions")

    def save(self) -> None:
        if self.current is None:
            return
        export = self.current.export
        last = settings.get("last_file")
        folder = Path(last).parent if last else Path.home()
        path = dialogs.save_file(self, self.tr("Save {lower}").format(lower=export.title.lower()), PDF_FILTER,
                                 str(folder / export.filename))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if self._write(target):
            self.saved_path = target
            self._record()
            self.accept()

    def open_in_viewer(self) -> None:
        """Write the PDF to a temporary file and hand it to the system's viewer to print."""
        if self.current is None:
            return
        folder = Path(tempfile.gettempdir()) / "PeerDesk"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / self.current.export.filename
        if self._write(target):
            self._record()
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
                dialogs.error(self, self.tr("No PDF viewer"),
                              self.tr("No program opened the PDF. It is saved at {target}.").format(target=target))

    def done(self, result: int) -> None:
        for worker in list(self._threads):
            worker.wait()
        super().done(result)
