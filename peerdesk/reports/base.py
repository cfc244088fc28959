"""Page furniture shared by every PDF: program name, document title, date, "Page x of y".

A renderer subclasses :class:`DocumentRenderer`, overrides :meth:`story` (and perhaps
:attr:`title`), and calls :meth:`render` for the PDF bytes. A document made of parts
(the session pack) puts a :class:`PartStart` before each part: it adds a bookmark and
changes the running title in the header from that page on.

"Page x of y" needs the page count before it is known; each page draws a small form
XObject that is filled in when the canvas is saved, so the document is laid out once.
"""

from __future__ import annotations

import gc
import io
import locale as _locale
import os
import threading
from collections.abc import Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from peerdesk.i18n import _, current_language, translation_for
from peerdesk.i18n import format_date as i18n_date
from peerdesk.reports import styles
from peerdesk.reports.fonts import (
    SANS,
    SANS_BOLD,
    FontSet,
    document_direction,
    fonts,
    has_rtl,
    paragraph,
)

PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}

# Regions that use US Letter; everyone else uses A4 (CLDR's paper-size data).
LETTER_REGIONS = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PR", "PA",
                            "SV", "DO", "NI", "BZ", "BS", "HN"})

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def paper_for_locale(locale_name: str | None = None) -> str:
    """"letter" for a North or Central American locale such as "en_US", else "a4"."""
    return "letter" if _region(locale_name, "LC_PAPER", "LC_ALL", "LANG") in LETTER_REGIONS \
        else "a4"


# Regions whose clocks read 3:00 PM rather than 15:00 (CLDR's preferred hour cycle).
TWELVE_HOUR_REGIONS = frozenset({"US", "CA", "AU", "NZ", "PH", "IN", "PK", "BD", "EG", "SA",
                                 "MY", "CO", "SV", "HN", "NI", "MX", "PR"})


def _region(locale_name: str | None, *variables: str) -> str:
    if not locale_name:
        locale_name = next((os.environ[v] for v in variables if os.environ.get(v)), "") or (
            _locale.getlocale()[0] or "")
    code = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    return code.split("_")[1].upper() if "_" in code else ""


def twelve_hour_for_locale(locale_name: str | None = None) -> bool:
    """Whether times print as "3:00 PM": the locale's region uses a 12-hour clock."""
    return _region(locale_name, "LC_TIME", "LC_ALL", "LANG") in TWELVE_HOUR_REGIONS


def clock(hhmm: str, twelve_hour: bool = False) -> str:
    """"15:00", or "3:00 PM" on a 12-hour clock."""
    if not twelve_hour:
        return hhmm
    try:
        hour, minute = (int(x) for x in hhmm.split(":"))
    except ValueError:
        return hhmm
    return f"{(hour % 12) or 12}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def resolve_paper(value: str | None, locale_name: str | None = None) -> str:
    """A paper name from a setting or option; empty means "from the locale"."""
    value = (value or "").strip().lower()
    if not value:
        return paper_for_locale(locale_name)
    if value not in PAPER_SIZES:
        raise ValueError(_("Unknown paper size “{paper}”: use a4 or letter.").format(paper=value))
    return value


def format_date(d: date | None, weekday: bool = False) -> str:
    """"17 March 2027" (or "Wednesday 17 March 2027"): unambiguous in every country."""
    if current_language() != "en":  # the document's language, in its own format
        return i18n_date(d, "full" if weekday else "long")
    if d is None:
        return _("date to be set")
    text = f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
    return f"{_DAYS[d.weekday()]} {text}" if weekday else text


def short_date(d: date | None) -> str:
    """"10 Mar 2027": for titles and file names."""
    if d and current_language() != "en":
        return i18n_date(d, "medium")
    return f"{d.day} {_MONTHS[d.month - 1][:3]} {d.year}" if d else ""


@dataclass(slots=True)
class Furniture:
    """What every page shows around the content."""

    program_name: str
    title: str
    printed_on: date = field(default_factory=date.today)
    paper: str = "a4"
    subject: str = ""
    pdf_title: str = ""  # the PDF's own title, when it says more than the page header
    language: str = ""  # the document's language (the program's); "" = the one in force


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
    laid onto the finished page as vector graphics by :meth:`DocumentRenderer.render`, so
    it prints sharp at any size and its words stay text."""

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
    """The canvas a document draws on: always PeerDesk's (:meth:`DocumentRenderer.render`
    builds with it), which keeps the page numbers, parts, copies and charts."""
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


class DocumentRenderer:
    """A PDF document over the shared furniture; subclasses supply the story."""

    title = "Document"
    page_count = 0  # known after render()
    # (name, letters no font has): listed in a note at the end so nobody is left wondering
    unprintable: Sequence[tuple[str, str]] = ()

    def __init__(self, furniture: Furniture, fontset: FontSet | None = None):
        self.furniture = furniture
        self.fonts = fontset or fonts()
        self.styles = styles.stylesheet()

    # -- helpers for subclasses -----------------------------------------------------------
    def p(self, text: str, style: str = "body", bold: bool = False,
          in_document_direction: bool = False) -> Paragraph:
        """A paragraph of plain text (escaped, shaped, with font fallback).

        Right-to-left text is aligned and ordered by its own direction, unless
        ``in_document_direction``: then by the document's (a table cell, where every name
        starts at the same edge)."""
        st = self.styles[style]
        return self.fonts.paragraph(text, st, SANS_BOLD if bold else st.fontName,
                                    base_dir=document_direction() if in_document_direction
                                    else None)

    def pm(self, markup: str, style: str = "body", bullet: str | None = None) -> Paragraph:
        """A paragraph from markup already made safe with :meth:`FontSet.markup`."""
        st = self.styles[style]
        if bullet is not None:
            st = self.styles.get(f"{style}_bullet") or st
        return paragraph(markup, st, bullet)

    def cell(self, text: str, style: str, width: float):
        """Table cell content for plain text: a bare string when it fits on one line in the
        style's own font (far cheaper to lay out), else a Paragraph that wraps and falls back,
        starting at the same edge of the cell as the column's other texts, whatever their
        script (the document's direction).

        The table must set the column's font to the style's (see :meth:`font_cmds`)."""
        st = self.styles[style]
        runs = self.fonts.runs(text, st.fontName)
        if not runs:
            return ""
        if len(runs) == 1 and runs[0][0] == st.fontName and "\n" not in text \
                and not has_rtl(text):
            drawn = runs[0][1]
            if self.fonts.width(drawn, st.fontName, st.fontSize) <= width:
                return drawn
            if st.alignment == TA_LEFT:  # wrapped at spaces, as lines of a bare string
                lines = simpleSplit(drawn, st.fontName, st.fontSize, width)
                if all(stringWidth(line, st.fontName, st.fontSize) <= width for line in lines):
                    return "\n".join(lines)
        return self.p(text, style, in_document_direction=True)  # wraps; a word too long
        # for a line is broken at its hyphens

    def lines_cell(self, lines: list[str], style: str, width: float) -> str | None:
        """Several one-line texts as one bare-string cell, or None when any would need
        wrapping or a fallback font (the caller then uses paragraphs)."""
        st = self.styles[style]
        out = []
        for text in lines:
            runs = self.fonts.runs(text, st.fontName)
            if not runs:
                out.append("")
                continue
            if (len(runs) != 1 or runs[0][0] != st.fontName or "\n" in runs[0][1]
                    or self.fonts.width(runs[0][1], st.fontName, st.fontSize) > width):
                return None
            out.append(runs[0][1])
        return "\n".join(out)

    def fits(self, text: str, style: str, width: float) -> bool:
        """Whether ``text`` fits on one line of ``width`` in ``style`` (fallback fonts counted)."""
        st = self.styles[style]
        return self.fonts.width(text, st.fontName, st.fontSize) <= width

    def font_cmds(self, cols: tuple[int, int], rows: tuple[int, int], style: str) -> list[tuple]:
        """TableStyle commands giving string cells the look of paragraph style ``style``."""
        st = self.styles[style]
        a, b = (cols[0], rows[0]), (cols[1], rows[1])
        return [("FONT", a, b, st.fontName, st.fontSize, st.leading),
                ("TEXTCOLOR", a, b, st.textColor)]

    @staticmethod
    def row_heights(rows: list[list], widths: list[float], pad: float,
                    minimum: float = 0) -> list[float]:
        """Each row's height, measured once, so a long table is not re-measured at every
        page break (reportlab re-wraps every remaining row when it splits a table)."""
        heights = []
        for row in rows:
            tallest = 0.0
            for content, width in zip(row, widths, strict=True):
                items = content if isinstance(content, list | tuple) else [content]
                h = 0.0
                for item in items:
                    if isinstance(item, str):
                        h += (item.count("\n") + 1) * 11.5 if item else 0
                    else:
                        h += item.wrap(width, 1e6)[1] + item.getSpaceBefore() + item.getSpaceAfter()
                tallest = max(tallest, h)
            heights.append(max(minimum, tallest + pad))
        return heights

    @property
    def page_size(self) -> tuple[float, float]:
        return PAPER_SIZES[self.furniture.paper]

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - 2 * styles.MARGIN_X

    @property
    def frame_height(self) -> float:
        return self.page_size[1] - styles.MARGIN_TOP - styles.MARGIN_BOTTOM

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def unprintable_note(self) -> list[Flowable]:
        """A note listing the names printed with "?", and the font that would print them."""
        if not self.unprintable:
            return []
        from reportlab.platypus import Spacer

        from peerdesk.reports.fontfind import install_advice, script_of

        out: list[Flowable] = [Spacer(1, 4 * mm), self.p(
            _("Not printed as written: no font on this computer has some letters of these "
              "names, shown as “?”.") + f" {install_advice(self.unprintable)}", "small")]
        for name, chars in self.unprintable:
            scripts = ", ".join(dict.fromkeys(script_of(ch).title() or "unknown" for ch in chars))
            codes = " ".join(f"U+{ord(ch):04X}" for ch in chars[:6])
            out.append(self.fonts.paragraph(  # a long right-to-left name wraps in order
                f"{name} ({scripts}: {codes})", self.styles["small_bullet"], bullet="•",
                base_dir=document_direction()))
        return out

    # -- page furniture -------------------------------------------------------------------
    def draw_furniture(self, canv: Canvas, doc) -> None:
        canv = _ours(canv)
        width, height = self.page_size
        left, right = styles.MARGIN_X, width - styles.MARGIN_X
        top = height - 12 * mm
        canv.saveState()
        canv.setStrokeColor(styles.RULE)
        canv.setLineWidth(0.5)
        running = canv._pd_running_title
        if running is None:
            running = self.furniture.title
        if running:  # a cover page has none
            room = right - left
            ours = self.fonts.width(running, SANS_BOLD, 8)
            program = self.furniture.program_name
            if ours + 6 * mm + self.fonts.width(program, SANS, 8) <= room:
                canv.setFillColor(styles.MUTED)  # the program's name when both fit
                self.fonts.draw(canv, left, top, program, SANS, 8)
            while ours > room and len(running) > 1:
                running = running[:-2].rstrip() + "…"
                ours = self.fonts.width(running, SANS_BOLD, 8)
            canv.setFillColor(styles.INK)
            self.fonts.draw(canv, right, top, running, SANS_BOLD, 8, align="right")
            canv.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
        bottom = 12 * mm
        canv.line(left, bottom + 3.5 * mm, right, bottom + 3.5 * mm)
        canv.setFillColor(styles.MUTED)
        self.fonts.draw(canv, left, bottom, _("Printed {date}").format(date=format_date(self.furniture.printed_on)),
                        SANS, 8)
        canv.page_number_slot(right, bottom)
        canv.restoreState()

    # -- building -------------------------------------------------------------------------
    def make_template(self, out: io.BytesIO) -> BaseDocTemplate:
        _width, _height = self.page_size
        doc = BaseDocTemplate(
            out, pagesize=self.page_size, leftMargin=styles.MARGIN_X,
            rightMargin=styles.MARGIN_X, topMargin=styles.MARGIN_TOP,
            bottomMargin=styles.MARGIN_BOTTOM,
            title=self.furniture.pdf_title or self.furniture.title,
            author=self.furniture.program_name, subject=self.furniture.subject,
            creator="PeerDesk", producer="PeerDesk (reportlab)",
        )
        frame = Frame(styles.MARGIN_X, styles.MARGIN_BOTTOM, self.frame_width, self.frame_height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                           onPageEnd=self.draw_furniture, pagesize=self.page_size)])
        return doc

    def render(self, story: list[Flowable] | None = None) -> bytes:
        """The finished PDF."""
        with collector_paused():
            return self._render(story)

    def _render(self, story: list[Flowable] | None) -> bytes:
        out = io.BytesIO()
        doc = self.make_template(out)
        fontset = self.fonts

        class BoundCanvas(_Canvas):
            pass

        BoundCanvas.fontset = fontset
        lang = self.furniture.language
        with translation_for(lang).active() if lang else nullcontext():
            story = story if story is not None else self.story()
            doc.build([*story, *self.unprintable_note()], canvasmaker=BoundCanvas)
        canv = _ours(doc.canv)
        self.page_count = len(canv._pd_numbers)
        overlays = canv._pd_overlays
        return _lay_overlays(out.getvalue(), overlays) if overlays else out.getvalue()

    def render_to(self, target) -> None:
        """Write the PDF to a path or a binary file object."""
        data = self.render()
        if hasattr(target, "write"):
            target.write(data)
        else:
            from peerdesk.store.atomic import write_bytes_atomic

            write_bytes_atomic(target, data)


_paused = [0, False]  # renders under way, whether the collector was on before the first
_paused_lock = threading.Lock()


@contextmanager
def collector_paused():
    """Python's cycle collector held off while a document is laid out. Laying out a
    300-person pack allocates a great many short-lived objects, and each collection they
    set off walks every long-lived object of the program too (the collation table, the
    fonts' glyph tables): a third of the slips' time. What the render leaves in cycles is
    collected as usual once it is done. Renders on several threads at once (the print
    dialog's) share one pause: the last to finish turns the collector back on."""
    with _paused_lock:
        if _paused[0] == 0:
            _paused[1] = gc.isenabled()
            gc.disable()
        _paused[0] += 1
    try:
        yield
    finally:
        with _paused_lock:
            _paused[0] -= 1
            if _paused[0] == 0 and _paused[1]:
                gc.enable()


def session_line(session) -> str:
    """"Wednesday 17 March 2027 · 15:00–16:30 · Room Ada": when and where, on one line."""
    parts = [format_date(session.date, weekday=True),
             f"{session.start_time}–{session.end_time}"]
    if session.location:
        parts.append(session.location)
    return " · ".join(parts)
