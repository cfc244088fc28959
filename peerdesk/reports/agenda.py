"""The printed agenda: each item with its computed start and end, who leads it, and notes."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from peerdesk.reports import styles
from peerdesk.reports.base import DocumentRenderer, Furniture, session_line
from peerdesk.reports.data import AgendaData
from peerdesk.reports.fonts import FontSet


class AgendaRenderer(DocumentRenderer):
    title = "Agenda"

    def __init__(self, data: AgendaData, furniture: Furniture, fontset: FontSet | None = None):
        super().__init__(furniture, fontset)
        self.data = data

    def heading(self) -> list[Flowable]:
        s = self.data.session
        out = [self.p("Agenda", "title"), self.p(s.title, "h2"), self.p(session_line(s), "muted")]
        details = []
        if s.topic:
            details.append(f"Topic: {s.topic}")
        if s.facilitator:
            details.append(f"Facilitator: {s.facilitator}")
        if details:
            out.append(self.p(" · ".join(details), "muted"))
        return [*out, Spacer(0, 5 * mm)]

    def table(self) -> Table:
        w = self.frame_width
        widths = [26 * mm, 0, 0.22 * w, 14 * mm]
        widths[1] = w - sum(widths)
        rows: list[list] = [[self.p("Time", "head"), self.p("Item", "head"),
                             self.p("Led by", "head"), self.p("Min", "head")]]
        for r in self.data.rows:
            item = [self.p(r.title, "cell_bold")]
            if r.notes.strip():
                item.append(self.p(r.notes.strip(), "cell_muted"))
            rows.append([self.p(f"{r.start}–{r.end}", "cell"), item, self.p(r.lead, "cell"),
                         self.p(str(r.minutes), "cell_right")])
        table = Table(rows, colWidths=widths, repeatRows=1)
        cmds = styles.table_style(rows=len(rows) - 1)
        cmds += [("TOPPADDING", (0, 1), (-1, -1), 6), ("BOTTOMPADDING", (0, 1), (-1, -1), 6)]
        table.setStyle(TableStyle(cmds))
        return table

    def story(self) -> list[Flowable]:
        out = self.heading()
        if not self.data.rows:
            return [*out, self.p("No agenda items yet.", "muted")]
        s = self.data.session
        out += [self.table(), Spacer(0, 3 * mm),
                self.p(f"The session ends at {s.end_time}.", "note")]
        overruns = [r for r in self.data.rows if r.overruns]
        if overruns:
            out.append(self.p(f"The items run past the end: {self.data.summary}.", "note"))
        return out


def render_agenda(data: AgendaData, furniture: Furniture, fontset: FontSet | None = None) -> bytes:
    return AgendaRenderer(data, furniture, fontset).render()
