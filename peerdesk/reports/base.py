"""Page furniture shared by every PDF: program name, document title, date, "Page x of y".

A renderer subclasses :class:`DocumentRenderer`, overrides :meth:`story` (and perhaps
:attr:`title`), and calls :meth:`render` for the PDF bytes. A document made of parts
(the session pack) puts a :class:`PartStart` before each part: it adds a bookmark and
changes the running title in the header from that page on.

"Page x of y" needs the page count before it is known; each page draws a small form
XObject that is filled in when the canvas is saved, so the document is laid out once.
"""

from __future__ import annotations

import io
import locale as _locale
import os
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from peerdesk.reports import styles
from peerdesk.reports.fonts import SANS, SANS_BOLD, FontSet, fonts

PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}

# Regions that use US Letter; everyone else uses A4 (CLDR's paper-size data).
LETTER_REGIONS = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PR", "PA",
                            "SV", "DO", "NI", "BZ", "BS", "HN"})

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def paper_for_locale(locale_name: str | None = None) -> str:
    """"letter" for a North or Central American locale such as "en_US", else "a4"."""
    if not locale_name:
        locale_name = (os.environ.get("LC_PAPER") or os.environ.get("LC_ALL")
                       or os.environ.get("LANG") or (_locale.getlocale()[0] or ""))
    code = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    region = code.split("_")[1].upper() if "_" in code else ""
    return "letter" if region in LETTER_REGIONS else "a4"


def resolve_paper(value: str | None, locale_name: str | None = None) -> str:
    """A paper name from a setting or option; empty means "from the locale"."""
    value = (value or "").strip().lower()
    if not value:
        return paper_for_locale(locale_name)
    if value not in PAPER_SIZES:
        raise ValueError(f"Unknown paper size “{value}”: use a4 or letter.")
    return value


def format_date(d: date | None, weekday: bool = False) -> str:
    """"17 March 2027" (or "Wednesday 17 March 2027"): unambiguous in every country."""
    if d is None:
        return "date to be set"
    text = f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
    return f"{_DAYS[d.weekday()]} {text}" if weekday else text


@dataclass(slots=True)
class Furniture:
    """What every page shows around the content."""

    program_name: str
    title: str
    printed_on: date = field(default_factory=date.today)
    paper: str = "a4"
    subject: str = ""


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
        canv = self.canv
        canv.bookmarkPage(self.key)
        canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)
        canv._pd_running_title = self.running_title  # noqa: SLF001 - read by the page hook


class _Canvas(Canvas):
    """A canvas that fills in "Page x of y" once the page count is known."""

    fontset: FontSet | None = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pd_numbers: list[tuple[int, float, float]] = []
        self._pd_running_title = ""

    def page_number_slot(self, x: float, y: float) -> None:
        number = self.getPageNumber()
        self._pd_numbers.append((number, x, y))
        self.doForm(f"pdPageNo{number}")

    def save(self) -> None:
        if self._code:  # a page still open: close it so the count is final
            self.showPage()
        total = len(self._pd_numbers)
        fs = self.fontset or fonts()
        for number, x, y in self._pd_numbers:
            self.beginForm(f"pdPageNo{number}")
            self.setFillColor(styles.MUTED)
            fs.draw(self, x, y, f"Page {number} of {total}", SANS, 8, align="right")
            self.endForm()
        super().save()


class DocumentRenderer:
    """A PDF document over the shared furniture; subclasses supply the story."""

    title = "Document"

    def __init__(self, furniture: Furniture, fontset: FontSet | None = None):
        self.furniture = furniture
        self.fonts = fontset or fonts()
        self.styles = styles.stylesheet()

    # -- helpers for subclasses -----------------------------------------------------------
    def p(self, text: str, style: str = "body", bold: bool = False) -> Paragraph:
        """A paragraph of plain text (escaped, shaped, with font fallback)."""
        st = self.styles[style]
        base = SANS_BOLD if bold else st.fontName
        body = self.fonts.markup(text, base)
        if bold and base != st.fontName:
            body = f'<font name="{SANS_BOLD}">{body}</font>'
        return Paragraph(body, st)

    def pm(self, markup: str, style: str = "body") -> Paragraph:
        """A paragraph from markup already made safe with :meth:`FontSet.markup`."""
        return Paragraph(markup, self.styles[style])

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

    # -- page furniture -------------------------------------------------------------------
    def draw_furniture(self, canv: _Canvas, doc) -> None:
        width, height = self.page_size
        left, right = styles.MARGIN_X, width - styles.MARGIN_X
        top = height - 12 * mm
        canv.saveState()
        canv.setFillColor(styles.MUTED)
        self.fonts.draw(canv, left, top, self.furniture.program_name, SANS, 8)
        canv.setFillColor(styles.INK)
        running = canv._pd_running_title or self.furniture.title  # noqa: SLF001
        self.fonts.draw(canv, right, top, running, SANS_BOLD, 8, align="right")
        canv.setStrokeColor(styles.RULE)
        canv.setLineWidth(0.5)
        canv.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
        bottom = 12 * mm
        canv.line(left, bottom + 3.5 * mm, right, bottom + 3.5 * mm)
        canv.setFillColor(styles.MUTED)
        self.fonts.draw(canv, left, bottom, f"Printed {format_date(self.furniture.printed_on)}",
                        SANS, 8)
        canv.page_number_slot(right, bottom)
        canv.restoreState()

    # -- building -------------------------------------------------------------------------
    def make_template(self, out: io.BytesIO) -> BaseDocTemplate:
        width, height = self.page_size
        doc = BaseDocTemplate(
            out, pagesize=self.page_size, leftMargin=styles.MARGIN_X,
            rightMargin=styles.MARGIN_X, topMargin=styles.MARGIN_TOP,
            bottomMargin=styles.MARGIN_BOTTOM, title=self.furniture.title,
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
        out = io.BytesIO()
        doc = self.make_template(out)
        fontset = self.fonts

        class BoundCanvas(_Canvas):
            pass

        BoundCanvas.fontset = fontset
        doc.build(story if story is not None else self.story(), canvasmaker=BoundCanvas)
        return out.getvalue()

    def render_to(self, target) -> None:
        """Write the PDF to a path or a binary file object."""
        data = self.render()
        if hasattr(target, "write"):
            target.write(data)
        else:
            with open(target, "wb") as fh:
                fh.write(data)
