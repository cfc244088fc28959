"""The printed agenda: each item with its computed start and end, who leads it, and notes.

Items that run past the session's end are marked in the table; time left when the items
end early is shown as a row of its own. ``large`` prints it for the wall (20 pt and more),
and times follow the clock the locale uses (15:00 or 3:00 PM)."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from peerdesk.i18n import _, pgettext
from peerdesk.reports import styles
from peerdesk.reports.base import DocumentRenderer, Furniture, clock, format_date
from peerdesk.reports.data import AgendaData
from peerdesk.reports.fonts import FontSet

LATE_TINT = styles.HexColor("#fbeee4")
LARGE = 2.25  # large print: the items in 20 pt


class AgendaRenderer(DocumentRenderer):
    title = "Agenda"

    def __init__(self, data: AgendaData, furniture: Furniture, fontset: FontSet | None = None,
                 large: bool = False, twelve_hour: bool = False):
        super().__init__(furniture, fontset)
        self.data = data
        self.large = large
        self.twelve_hour = twelve_hour
        if large:  # for the wall: every size doubled, 20 pt and more for the items
            sheet = self.styles
            self.styles = {name: ParagraphStyle(f"{name}-large", parent=st,
                                                fontSize=st.fontSize * LARGE,
                                                leading=st.leading * LARGE)
                           for name, st in sheet.items()}

    def t(self, hhmm: str) -> str:
        return clock(hhmm, self.twelve_hour)

    def when(self) -> str:
        s = self.data.session
        parts = [format_date(s.date, weekday=True), f"{self.t(s.start_time)}–{self.t(s.end_time)}"]
        if s.location:
            parts.append(s.location)
        return " · ".join(parts)

    def heading(self) -> list[Flowable]:
        s = self.data.session
        out = [self.p(_("Agenda"), "title"), self.p(s.title, "h2"), self.p(self.when(), "muted")]
        details = []
        if s.topic:
            details.append(_("Topic: {topic}").format(topic=s.topic))
        if s.facilitator:
            details.append(_("Facilitator: {name}").format(name=s.facilitator))
        if details:
            out.append(self.p(" · ".join(details), "muted", in_document_direction=True))
        return [*out, Spacer(0, 5 * mm)]

    def free_minutes(self) -> tuple[str, int]:
        """(start, minutes) of the time left after the last item, or ("", 0)."""
        rows, end = self.data.rows, self.data.session.end_time
        if not rows:
            return "", 0
        gap = (datetime.strptime(end, "%H:%M") - datetime.strptime(rows[-1].end, "%H:%M"))
        minutes = int(gap.total_seconds() // 60)
        return (rows[-1].end, minutes) if 0 < minutes < 24 * 60 else ("", 0)

    def table(self) -> Table:
        """Time, item, who leads it, minutes; for the wall: start time, item, who leads it
        (no notes, no minutes: read from across the room)."""
        w = self.frame_width
        large = self.large
        if large:
            widths = [(40 if self.twelve_hour else 30) * mm, 0, 0.24 * w]
        else:
            widths = [(34 if self.twelve_hour else 26) * mm, 0, 0.22 * w, 14 * mm]
        widths[1] = w - sum(widths)
        head = [self.p(_("Time"), "head"), self.p(_("Item"), "head"), self.p(_("Led by"), "head")]
        rows: list[list] = [head if large else [*head, self.p(pgettext("minutes", "Min"), "head")]]
        late: list[int] = []
        end = self.t(self.data.session.end_time)
        for r in self.data.rows:
            item = [self.p(r.title, "cell_bold")]
            if r.overruns:
                late.append(len(rows))
                item.append(self.p(_("Runs past the session's end ({end})").format(end=end), "cell_late"))
            if r.notes.strip() and not large:
                item.append(self.p(r.notes.strip(), "cell_muted"))
            when = self.t(r.start) if large else f"{self.t(r.start)}–{self.t(r.end)}"
            row = [self.p(when, "cell"), item, self.p(r.lead, "cell", in_document_direction=True)]
            rows.append(row if large else [*row, self.p(str(r.minutes), "cell_right")])
        start, free = self.free_minutes()
        if free:
            when = self.t(start) if large else f"{self.t(start)}–{end}"
            row = [self.p(when, "cell_muted"),
                   self.p(_("Free time: nothing planned ({n} min)").format(n=free), "cell_muted"), ""]
            rows.append(row if large else [*row, ""])
        table = Table(rows, colWidths=widths, repeatRows=1)
        cmds = styles.table_style(rows=len(rows) - 1)
        cmds += [("TOPPADDING", (0, 1), (-1, -1), 6), ("BOTTOMPADDING", (0, 1), (-1, -1), 6)]
        cmds += [("BACKGROUND", (0, r), (-1, r), LATE_TINT) for r in late]
        cmds += [("LINEBEFORE", (0, r), (0, r), 3, styles.WARN) for r in late]
        table.setStyle(TableStyle(cmds))
        return table

    def story(self) -> list[Flowable]:
        self.styles.setdefault("cell_late", ParagraphStyle(
            "cell_late", parent=self.styles["cell"], textColor=styles.WARN))
        out = self.heading()
        if not self.data.rows:
            return [*out, self.p(_("No agenda items yet."), "muted")]
        out += [self.table(), Spacer(0, 3 * mm),
                self.p(_("The session ends at {time}.").format(time=self.t(self.data.session.end_time)),
                       "note")]
        overruns = [r for r in self.data.rows if r.overruns]
        if overruns:
            out.append(self.p(_("The items run past the end: {summary}.").format(
                summary=self.data.summary), "note"))
        return out


def render_agenda(data: AgendaData, furniture: Furniture, fontset: FontSet | None = None,
                  large: bool = False, twelve_hour: bool = False) -> bytes:
    return AgendaRenderer(data, furniture, fontset, large, twelve_hour).render()
