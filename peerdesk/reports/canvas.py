"""The canvas every PeerDesk document is drawn on, and the markers that talk to it.

"Page x of y" needs the page count before it is known; each page draws a small form
XObject that is filled in when the canvas is saved, so the document is laid out once.
The zero-size markers a story holds (:class:`PartStart`, :class:`CopyStart`) tell the
canvas where a part or a copy of a form begins; :class:`PageRef` prints the page a part
landed on; :class:`VectorGraphic` places a chart that is laid onto the finished page.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from peerdesk.i18n import _
from peerdesk.reports import styles
from peerdesk.reports.fonts import SANS, FontSet, fonts


class PartStart(Flowable):
    """Zero-size marker: a bookmark (outline entry) and the running title from here on."""

    def __init__(self, title: str, key: str, level: int = 0, running_title: str | None = None):
        super().__init__()
        self.title = title
        self.key = key
        self.level = level
        self.running_title = running_title if running_title is not None else title
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        canv = _ours(self.canv)
        canv.bookmarkPage(self.key)
        canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)
        canv.showOutline()  # the reader opens with the bookmarks showing
        canv._pd_running_title = self.running_title
        canv._pd_copies[canv.getPageNumber()] = None
        canv._pd_part_pages[self.key] = canv.getPageNumber()


class CopyStart(Flowable):
    """Zero-size marker: copy ``copy`` of ``copies`` of a form starts here. Its pages are
    numbered "Copy 2 of 4" (a handout is not page 2 of 4 of anything)."""

    def __init__(self, copy: int, copies: int):
        super().__init__()
        self.copy, self.copies = copy, copies
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        _ours(self.canv)._pd_copies[self.canv.getPageNumber()] = (
            self.copy, self.copies)


class PageRef(Flowable):
    """The page number a :class:`PartStart` landed on, right-aligned (a table of contents)."""

    def __init__(self, key: str, size: float = 10, width: float = 12 * mm):
        super().__init__()
        self.key, self.size, self.ref_width = key, size, width

    def wrap(self, available_width, available_height):
        return self.ref_width, self.size * 1.2

    def draw(self) -> None:
        _ours(self.canv).page_ref_slot(self.key, self.ref_width, self.size)


class VectorGraphic(Flowable):
    """A one-page PDF (a matplotlib chart) placed at its size: laid out like an image, then
    laid onto the finished page as vector graphics by
    :meth:`~peerdesk.reports.base.DocumentRenderer.render`, so it prints sharp at any size
    and its words stay text."""

    def __init__(self, pdf: bytes, width: float, height: float):
        super().__init__()
        self.pdf, self.width, self.height = pdf, width, height

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        _ours(self.canv)._pd_overlays.append(
            (self.canv.getPageNumber(), x, y, self.width, self.height, self.pdf))


def _lay_overlays(pdf: bytes, overlays: list[tuple[int, float, float, float, float, bytes]]
                  ) -> bytes:
    """``pdf`` with each overlay's first page scaled into its box on its page."""
    from pypdf import PdfReader, PdfWriter, Transformation

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page_number, x, y, width, height, graphic in overlays:
        page = PdfReader(io.BytesIO(graphic)).pages[0]
        box = page.mediabox
        sx, sy = width / float(box.width), height / float(box.height)
        move = Transformation().translate(-float(box.left), -float(box.bottom)).scale(sx, sy)
        writer.pages[page_number - 1].merge_transformed_page(page, move.translate(x, y))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _ours(canv: Canvas) -> _Canvas:
    """The canvas a document draws on: always PeerDesk's
    (:meth:`~peerdesk.reports.base.DocumentRenderer.render` builds with it), which keeps the
    page numbers, parts, copies and charts."""
    if not isinstance(canv, _Canvas):
        raise TypeError("PeerDesk's page furniture draws only on PeerDesk's canvas")
    return canv


class _Canvas(Canvas):
    """A canvas that fills in "Page x of y" once the page count is known."""

    fontset: FontSet | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if not kwargs.get("initialFontName"):  # never reference Helvetica, even unused
            kwargs["initialFontName"] = SANS
        super().__init__(*args, **kwargs)
        self._pd_numbers: list[tuple[int, float, float]] = []
        self._pd_running_title: str | None = None  # None: the document's title; "": none
        self._pd_part_pages: dict[str, int] = {}
        self._pd_refs: list[tuple[str, float, float]] = []
        self._pd_overlays: list[tuple[int, float, float, float, float, bytes]] = []
        self._pd_copies: dict[int, tuple[int, int] | None] = {}  # page -> copy started there

    def _page_labels(self, total: int) -> dict[int, str]:
        """"Copy 2 of 4" (or "Copy 2 of 4, page 1 of 2") for the pages of a copied form."""
        runs: list[tuple[tuple[int, int], list[int]]] = []
        current = None
        for page in range(1, total + 1):
            if page in self._pd_copies:
                current = self._pd_copies[page]
                if current is not None:
                    runs.append((current, []))
            if current is not None:
                runs[-1][1].append(page)
        labels = {}
        for (copy, copies), pages in runs:
            for k, page in enumerate(pages, start=1):
                labels[page] = (_("Copy {copy} of {copies}").format(copy=copy, copies=copies)
                                if len(pages) == 1 else
                                _("Copy {copy} of {copies}, page {page} of {pages}").format(
                                    copy=copy, copies=copies, page=k, pages=len(pages)))
        return labels

    def page_ref_slot(self, key: str, width: float, size: float) -> None:
        self._pd_refs.append((key, width, size))
        self.doForm(f"pdRef{len(self._pd_refs)}")

    def page_number_slot(self, x: float, y: float) -> None:
        number = self.getPageNumber()
        self._pd_numbers.append((number, x, y))
        self.doForm(f"pdPageNo{number}")

    def save(self) -> None:
        if self._code:  # type: ignore[attr-defined]  # reportlab's page buffer, not in its stubs; a page still open: close it so the count is final
            self.showPage()
        total = len(self._pd_numbers)
        fs = self.fontset or fonts()
        labels = self._page_labels(total)
        for number, x, y in self._pd_numbers:
            self.beginForm(f"pdPageNo{number}")
            self.setFillColor(styles.MUTED)
            fs.draw(self, x, y, labels.get(number, _("Page {page} of {pages}").format(
                page=number, pages=total)), SANS, 8,
                    align="right")
            self.endForm()
        for n, (key, width, size) in enumerate(self._pd_refs, start=1):
            self.beginForm(f"pdRef{n}")
            self.setFillColor(styles.INK)
            fs.draw(self, width, size * 0.2, str(self._pd_part_pages.get(key, "")), SANS, size,
                    align="right")
            self.endForm()
        super().save()
