"""The sign-in sheet: who was invited, a box to sign, a tick for the code of conduct.

Rows are tall enough to sign in (10 mm and more), names wrap rather than overflow, and
the header repeats on every page, so 300 people print as well as 12.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from peerdesk.reports import styles
from peerdesk.reports.base import DocumentRenderer, Furniture, session_line
from peerdesk.reports.data import SigninData
from peerdesk.reports.fonts import FontSet
from peerdesk.reports.widgets import TickBox

ROW_HEIGHT = 10.5 * mm


class SigninRenderer(DocumentRenderer):
    title = "Sign-in sheet"

    def __init__(self, data: SigninData, furniture: Furniture, fontset: FontSet | None = None):
        super().__init__(furniture, fontset)
        self.data = data

    def heading(self) -> list[Flowable]:
        s = self.data.session
        out = [self.p("Sign-in sheet", "title"), self.p(s.title, "h2")]
        meta = session_line(s)
        if s.facilitator:
            meta += f" · Facilitator: {s.facilitator}"
        out.append(self.p(meta, "muted"))
        version = f" (version {self.data.conduct_version})" if self.data.conduct_version else ""
        out += [Spacer(0, 2 * mm),
                self.p("Please sign next to your name, and tick the box once you have read the "
                       f"code of conduct{version}. Not on the list? Add your name at the end.",
                       "small"),
                Spacer(0, 3 * mm)]
        return out

    def table(self) -> Table:
        w = self.frame_width
        widths = [8 * mm, 0.31 * w, 0.22 * w, 23 * mm]
        widths.append(w - sum(widths))
        inner = [x - 8 for x in widths]  # less the cell padding
        head = [self.p("#", "head"), self.p("Name", "head"), self.p("Department", "head"),
                self.p("Read the code of conduct", "head_centre"), self.p("Signature", "head")]
        rows: list[list] = [head]
        for n, person in enumerate(self.data.people, start=1):
            rows.append([str(n), self.cell(person.name, "cell_bold", inner[1]),
                         self.cell(person.department, "cell", inner[2]), TickBox(), ""])
        for _ in range(self.data.blank_rows):
            rows.append(["", "", "", TickBox(), ""])
        heights = self.row_heights(rows, inner, pad=8, minimum=ROW_HEIGHT)
        heights[0] = None  # the header measures itself
        cmds = styles.table_style(rows=len(rows) - 1, zebra=False)
        cmds += [("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                 ("LINEBEFORE", (4, 1), (4, -1), 0.4, styles.RULE),
                 ("LINEBEFORE", (3, 1), (3, -1), 0.4, styles.RULE),
                 *self.font_cmds((0, 0), (1, -1), "cell_muted"),
                 *self.font_cmds((1, 1), (1, -1), "cell_bold"),
                 *self.font_cmds((2, 2), (1, -1), "cell")]
        table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1, splitByRow=True)
        table.setStyle(TableStyle(cmds))
        return table

    def story(self) -> list[Flowable]:
        count = len(self.data.people)
        footer = self.p(f"{count} {'person' if count == 1 else 'people'} invited.", "note")
        return [*self.heading(), self.table(), Spacer(0, 2 * mm), footer]


def render_signin(data: SigninData, furniture: Furniture, fontset: FontSet | None = None) -> bytes:
    return SigninRenderer(data, furniture, fontset).render()
