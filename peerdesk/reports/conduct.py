"""The code-of-conduct sheet: the current version, then lines to sign and date."""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from peerdesk.reports.base import DocumentRenderer, Furniture, format_date
from peerdesk.reports.data import ConductData
from peerdesk.reports.fonts import FontSet
from peerdesk.reports.widgets import SignatureLines

_ITEM = re.compile(r"^\s*(\d{1,2}[.)]|[-*•–])\s+(.*)$")


class ConductRenderer(DocumentRenderer):
    title = "Code of conduct"

    def __init__(self, data: ConductData, furniture: Furniture, fontset: FontSet | None = None):
        super().__init__(furniture, fontset)
        self.data = data

    def body(self) -> list[Flowable]:
        """The text line by line: numbered or bulleted lines hang, others are paragraphs."""
        lines = self.data.text.strip("\n").split("\n")
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

    def story(self) -> list[Flowable]:
        d = self.data
        adopted = f" · adopted {format_date(d.created_on)}" if d.created_on else ""
        out: list[Flowable] = [self.p("Code of conduct", "title"),
                               self.p(f"Version {d.version}{adopted}", "subtitle"),
                               *self.body(), Spacer(0, 8 * mm)]
        out.append(KeepTogether([
            self.p("I have read this code of conduct and I will follow it.", "h2"),
            Spacer(0, 8 * mm), SignatureLines(fontset=self.fonts)]))
        return out


def render_conduct(data: ConductData, furniture: Furniture, fontset: FontSet | None = None) -> bytes:
    return ConductRenderer(data, furniture, fontset).render()
