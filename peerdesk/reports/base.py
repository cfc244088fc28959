"""Page furniture shared by every PDF: program name, document title, date, "Page x of y".

A renderer subclasses :class:`DocumentRenderer`, overrides :meth:`story` (and perhaps
:attr:`title`), and calls :meth:`render` for the PDF bytes. A document made of parts
(the session pack) puts a :class:`PartStart` before each part: it adds a bookmark and
changes the running title in the header from that page on.

The numbered canvas and the markers live in :mod:`peerdesk.reports.canvas`; paper sizes,
dates and clock times in :mod:`peerdesk.reports.conventions`. Both are re-exported here,
where the renderers import them from.
"""

from __future__ import annotations

import gc
import io
import re
import threading
from collections.abc import Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from peerdesk.i18n import _, translation_for
from peerdesk.reports import styles
from peerdesk.reports.canvas import (
    CopyStart,
    PageRef,
    PartStart,
    VectorGraphic,
    _Canvas,
    _lay_overlays,
    _ours,
)
from peerdesk.reports.conventions import (
    LETTER_REGIONS,
    PAPER_SIZES,
    TWELVE_HOUR_REGIONS,
    clock,
    format_date,
    paper_for_locale,
    resolve_paper,
    session_line,
    short_date,
    twelve_hour_for_locale,
)
from peerdesk.reports.fonts import (
    SANS,
    SANS_BOLD,
    FontSet,
    document_direction,
    fonts,
    has_rtl,
    paragraph,
)

# where a line may break inside a cell: spaces and hyphens
_BREAKS = re.compile(r"[\s\-\u2010]+")
MIN_FITTED_SIZE = 6.0  # points: a word is set no smaller than this to fit its column

__all__ = [
    "LETTER_REGIONS", "PAPER_SIZES", "TWELVE_HOUR_REGIONS", "CopyStart", "DocumentRenderer",
    "Furniture", "PageRef", "PartStart", "VectorGraphic", "clock", "collector_paused",
    "format_date", "paper_for_locale", "resolve_paper", "session_line", "short_date",
    "twelve_hour_for_locale",
]


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
        smaller = self.fitting_style(text, style, width)
        if smaller is not None:  # a word longer than the column: smaller, never cut in two
            return self.fonts.paragraph(text, smaller, base_dir=document_direction())
        return self.p(text, style, in_document_direction=True)  # wraps; a word too long
        # for a line is broken at its hyphens

    def fitting_style(self, text: str, style: str, width: float) -> ParagraphStyle | None:
        """``style`` made small enough for the longest word of ``text`` (between spaces and
        hyphens, where a line may break) to fit ``width``; None when it fits as it is. A German
        compound such as "Verhaltenskodex" in a narrow column came out cut in two, "Verhaltensk"
        above "odex", with no hyphen."""
        st = self.styles[style]
        words = [w for w in _BREAKS.split(text) if w]
        widest = max((self.fonts.width(w, st.fontName, st.fontSize) for w in words), default=0)
        if widest <= width:
            return None
        size = max(MIN_FITTED_SIZE, st.fontSize * width / widest)
        return ParagraphStyle(f"{st.name}_fitted", parent=st, fontSize=size,
                              leading=st.leading * size / st.fontSize)

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
