"""Program > Intake Form…: the questions to paste into Google Forms or Microsoft Forms (with
the answer type of each), the printed PDF form and the .xlsx template."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from peerdesk.core.intake import paste_text
from peerdesk.io.intake import form_language, program_questions, write_template
from peerdesk.store.atomic import write_bytes_atomic, write_text_atomic
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.mnemonics import settle_dialog


def write_form(program, target: Path, paper: str = "a4") -> None:
    """Write the form as ``target``'s suffix says: .txt/.md, .pdf or .xlsx, in the program's
    document language (the import recognises every language)."""
    language = form_language(program)
    with language.active():
        qs = program_questions(program)
        suffix = target.suffix.lower()
        if suffix == ".pdf":
            from peerdesk.reports.base import Furniture
            from peerdesk.reports.intake_form import render_intake_form

            write_bytes_atomic(target, render_intake_form(
                qs, Furniture(program.name, language.gettext("Intake form"), paper=paper,
                              language=language.code)))
        elif suffix == ".xlsx":
            write_template(qs, target, program.name)
        else:
            write_text_atomic(target, paste_text(qs, program.name))


def _paper(program) -> str:
    """The program's paper setting, else the app's, else the one the locale uses."""
    from PySide6.QtCore import QLocale

    from peerdesk.reports.base import paper_for_locale
    from peerdesk.ui import settings

    for value in (program.settings().paper, settings.get("paper")):
        if str(value or "").lower() in ("a4", "letter"):
            return str(value).lower()
    return paper_for_locale(QLocale().name())


class IntakeFormDialog(QDialog):
    def __init__(self, ctx: ProgramContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Intake form"))
        self.resize(760, 620)
        program = ctx.require_program()
        with form_language(program).active():  # what is pasted is what participants read
            self.text = paste_text(program_questions(program), program.name)
        intro = QLabel(self.tr("Ask each participant what they could teach and would like to learn. "
                       "Paste these questions into a new Google Form or Microsoft Form, with "
                       "the answer type given for each (the wordings let PeerDesk recognise "
                       "the answers on File > Import Intake). For paper, print the PDF form; "
                       "for a spreadsheet, hand out the Excel template."))
        intro.setWordWrap(True)
        self.view = QPlainTextEdit(self.text)
        self.view.setReadOnly(True)
        self.view.setAccessibleName(self.tr("Intake form"))
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(self.tr("&Copy Questions"))
        self.copy_button.clicked.connect(self.copy)
        self.save_text = QPushButton(self.tr("Save &Questions…"))
        self.save_text.clicked.connect(lambda: self.save("txt"))
        self.save_pdf = QPushButton(self.tr("Save &PDF Form…"))
        self.save_pdf.clicked.connect(lambda: self.save("pdf"))
        self.save_xlsx = QPushButton(self.tr("Save &Excel Template…"))
        self.save_xlsx.clicked.connect(lambda: self.save("xlsx"))
        self.status = QLabel()
        row = QHBoxLayout()
        for b in (self.copy_button, self.save_text, self.save_pdf, self.save_xlsx):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        settle_dialog(self)  # "Guardar &perguntas" and "Guardar formulário &PDF" both took Alt+P

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        self.status.setText(self.tr("The questions are on the clipboard: paste them into your form."))

    def save(self, kind: str) -> None:
        filters = {"txt": self.tr("Text (*.txt)"), "pdf": self.tr("PDF (*.pdf)"), "xlsx": self.tr("Excel workbook (*.xlsx)")}
        program = self.ctx.require_program()
        suggested = str(Path.home() / self.tr("{name} intake form.{kind}").format(name=program.name, kind=kind))
        path = dialogs.save_file(self, self.tr("Save the intake form"), filters[kind], suggested)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{kind}":
            target = target.with_suffix(f".{kind}")
        try:
            write_form(program, target, _paper(program))
        except OSError as exc:
            dialogs.error(self, self.tr("Cannot save"), self.tr("{target} could not be written: "
                          "{value}.").format(target=target, value=exc.strerror or exc))
            return
        self.status.setText(self.tr("Saved {target}").format(target=target))
