"""Rendering a chosen document off the UI thread, for the Print Documents preview.

A ``Renderer`` makes the PDF of one ``Choice`` and draws its first pages (QtPdf, else
poppler's ``pdftoppm``); the dialog keeps only the result of the choice it still shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtGui import QImage

from peerdesk.reports.export import Export

# Pages are drawn once, sharp enough to zoom past 100 % on a short document; a long one
# (a pack with forty feedback forms) is drawn finer than it is shown, at less memory.
PREVIEW_DPI = 110
PREVIEW_DPI_LONG = 72
SHORT_DOCUMENT = 12  # pages
PREVIEW_PAGES = 40  # enough to leaf through; the page count says if there are more


@dataclass(frozen=True, slots=True)
class Choice:
    kind: str
    session_id: int | None
    cycle_name: str | None
    paper: str
    copies: int
    sheets: int = 1  # the sign-in sheet split by initial into this many
    large: bool = False  # the agenda in large print, for the wall


@dataclass(slots=True)
class Rendered:
    choice: Choice
    export: Export
    images: list[QImage] | None  # one per page, None when neither QtPdf nor pdftoppm can draw them
    dpi: int = PREVIEW_DPI


class Renderer(QThread):
    """Renders one choice; the dialog ignores results for choices it no longer shows."""

    done = Signal(object)
    failed = Signal(object, str)

    def __init__(self, program, choice: Choice, parent: QObject | None = None):
        super().__init__(parent)
        self.program = program
        self.choice = choice

    def run(self) -> None:
        from peerdesk.core.validation import ValidationError
        from peerdesk.reports.export import export_document
        from peerdesk.ui.documents.pdf_pages import page_qimages

        c = self.choice
        try:
            result = export_document(self.program, c.kind, session_id=c.session_id,
                                     cycle_name=c.cycle_name, paper=c.paper, form_copies=c.copies,
                                     signin_parts=c.sheets, large_print=c.large)
            dpi = PREVIEW_DPI if result.pages <= SHORT_DOCUMENT else PREVIEW_DPI_LONG
            images = page_qimages(result.pdf, dpi, PREVIEW_PAGES)
        except ValidationError as exc:
            self.failed.emit(c, " ".join(p.message for p in exc.problems))
        except Exception as exc:
            self.failed.emit(c, QCoreApplication.translate("ExportDialog", "The document could not be made: {exc}").format(exc=exc))
        else:
            self.done.emit(Rendered(c, result, images, dpi))
