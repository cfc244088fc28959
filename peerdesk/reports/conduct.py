"""The code-of-conduct sheet: the current version, then lines to sign and date."""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from peerdesk.i18n import _
from peerdesk.i18n import gettext_noop as M_
from peerdesk.reports.base import CopyStart, DocumentRenderer, Furniture, format_date
from peerdesk.reports.data import ConductData
from peerdesk.reports.fonts import FontSet
from peerdesk.reports.widgets import SignatureLines

_ITEM = re.compile(r"^\s*(\d{1,2}[.)]|[-*•–])\s+(.*)$")
SIGNATURE_ROWS = 8  # people sign one sheet in turn at the door


def typographic(text: str) -> str:
    """Straight quotes made typographic: "a" -> “a”, 'a' -> ‘a’, don't -> don’t."""
    text = re.sub(r'(^|[\s(\[{—–-])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[{—–-])'", "\\1\u2018", text)
    return text.replace("'", "\u2019")


class ConductRenderer(DocumentRenderer):
    title = M_("Code of conduct")

    def __init__(self, data: ConductData, furniture: Furniture, fontset: FontSet | None = None,
                 copies: int = 1):
        super().__init__(furniture, fontset)
        self.data = data
        self.copies = max(1, copies)

    def body(self) -> list[Flowable]:
        """The text line by line: numbered or bulleted lines hang, others are paragraphs."""
        lines = typographic(self.data.text).strip("\n").split("\n")
        if lines and "code of conduct" in lines[0].lower() and len(lines[0]) < 60:
            lines = lines[1:]  # the sheet's own title says it already
        out: list[Flowable] = []
        for line in lines:
            if not line.strip():
                out.append(Spacer(0, 2 * mm))
                continue
            match = _ITEM.match(line)
            if match:
                bullet = match.group(1) if match.group(1)[0].isdigit() else "•"
                out.append(self.fonts.paragraph(match.group(2), self.styles["item"],
                                                bullet=bullet))
            else:
                out.append(self.p(line.strip(), "body"))
                out.append(Spacer(0, 1.5 * mm))
        return out

    def sheet(self) -> list[Flowable]:
        d = self.data
        version = _("Version {version}").format(version=d.version)
        if d.created_on:
            version += " · " + _("adopted {date}").format(date=format_date(d.created_on))
        out: list[Flowable] = [self.p(_("Code of conduct"), "title"),
                               self.p(version, "subtitle"),
                               *self.body(), Spacer(0, 6 * mm)]
        signing = [self.p(_("I have read this code of conduct and I will follow it."), "h2"),
                   self.p(_("Each person signs on a line of their own."), "small"),
                   Spacer(0, 2 * mm)]
        signing += [SignatureLines(fontset=self.fonts) for _row in range(SIGNATURE_ROWS)]
        out.append(KeepTogether(signing))
        return out

    def story(self) -> list[Flowable]:
        out: list[Flowable] = []
        for copy in range(self.copies):
            if copy:
                out.append(PageBreak())
            if self.copies > 1:
                out.append(CopyStart(copy + 1, self.copies))
            out += self.sheet()
        return out


def render_conduct(data: ConductData, furniture: Furniture, fontset: FontSet | None = None,
                   copies: int = 1) -> bytes:
    return ConductRenderer(data, furniture, fontset, copies).render()
