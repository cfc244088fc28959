"""The pairing list for the facilitator, and one slip per participant to hand out.

The list shows every pair and trio with the reasons and score the engine gave. A slip
says, in a sentence, who the person's partner is and why; it leaves scores and
negative reasons out, since it is handed to the participant.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table, TableStyle

from peerdesk.reports import styles
from peerdesk.reports.base import DocumentRenderer, Furniture, session_line
from peerdesk.reports.data import (
    Group,
    Member,
    PairingsData,
    SessionInfo,
    good_reasons,
    sort_key,
)
from peerdesk.reports.fonts import SANS_BOLD, FontSet

SLIPS_PER_PAGE = 4
_ROLE = {"buddy": "buddy", "recruit": "new joiner", "peer": ""}


class PairingListRenderer(DocumentRenderer):
    title = "Pairing list"

    def __init__(self, data: PairingsData, furniture: Furniture, fontset: FontSet | None = None):
        super().__init__(furniture, fontset)
        self.data = data

    def summary(self) -> str:
        groups = self.data.groups
        pairs = sum(1 for g in groups if len(g.members) == 2)
        trios = len(groups) - pairs
        people = sum(len(g.members) for g in groups)
        parts = [f"{pairs} pair{'s' * (pairs != 1)}"]
        if trios:
            parts.append(f"{trios} trio{'s' * (trios != 1)}")
        return f"{' and '.join(parts)} · {people} people"

    def members_cell(self, group: Group) -> Flowable:
        """One paragraph per cell (name in bold, department and role small below): a single
        paragraph lays out much faster than four."""
        muted = styles.MUTED.hexval().replace("0x", "#")
        lines = []
        for m in group.members:
            role = _ROLE.get(m.role, m.role)
            detail = " · ".join(x for x in (m.department, role) if x)
            line = f'<font name="{SANS_BOLD}">{self.fonts.markup(m.name, SANS_BOLD)}</font>'
            if detail:
                line += f'<br/><font size="8" color="{muted}">{self.fonts.markup(detail)}</font>'
            lines.append(line)
        return self.pm("<br/>".join(lines), "cell")

    def member_columns(self, group: Group, widths: list[float]):
        """(names, departments, spans) for one group.

        Names and departments sit side by side, one line per member, as bare strings when
        they can (fast), else as two paragraphs with the same leading; a name too long for
        one line gets the old layout (department under the name) across both columns."""
        names = [m.name for m in group.members]
        depts = [" · ".join(x for x in (m.department, _ROLE.get(m.role, m.role)) if x)
                 for m in group.members]
        plain_names = self.lines_cell(names, "cell_bold", widths[0])
        plain_depts = self.lines_cell(depts, "cell_dept", widths[1])
        if plain_names is not None and plain_depts is not None:
            return plain_names, plain_depts, False
        if (all(self.fits(n, "cell_bold", widths[0]) for n in names)
                and all(self.fits(d, "cell_dept", widths[1]) for d in depts)):
            return (self.pm("<br/>".join(self.fonts.markup(n, SANS_BOLD) for n in names),
                            "cell_bold"),
                    self.pm("<br/>".join(self.fonts.markup(d) for d in depts), "cell_dept"),
                    False)
        return self.members_cell(group), "", True

    def table(self) -> Table:
        w = self.frame_width
        widths = [10 * mm, 0.28 * w, 0.21 * w, 0, 13 * mm]
        widths[3] = w - sum(widths)
        inner = [x - 8 for x in widths]
        rows: list[list] = [[self.p("#", "head"), self.p("Members", "head"),
                             self.p("Department", "head"), self.p("Why this pairing", "head"),
                             self.p("Score", "head")]]
        spans = []
        for g in self.data.groups:
            number = f"{g.number}\npinned" if g.pinned else str(g.number)
            names, depts, span = self.member_columns(g, inner[1:3])
            if span:
                spans.append(len(rows))
            reasons = self.lines_cell([f"• {r}" for r in g.reasons], "cell", inner[3])
            if reasons is None:
                reasons = [self.pm(self.fonts.markup(r), "cell", bullet="•") for r in g.reasons]
            rows.append([number, names, depts, reasons or "—", f"{g.score:.1f}"])
        heights = self.row_heights(rows, inner, pad=8)
        heights[0] = None
        wide = [inner[0], inner[1] + widths[2], 0, inner[3], inner[4]]
        for r in spans:
            heights[r] = self.row_heights([rows[r]], wide, pad=8)[0]
        cmds = styles.table_style(rows=len(rows) - 1)
        cmds += [*self.font_cmds((0, 0), (1, -1), "cell_muted"),
                 *self.font_cmds((1, 1), (1, -1), "cell_bold"),
                 *self.font_cmds((2, 2), (1, -1), "cell_dept"),
                 *self.font_cmds((3, 4), (1, -1), "cell"),
                 ("ALIGN", (4, 1), (4, -1), "RIGHT")]
        cmds += [("SPAN", (1, r), (2, r)) for r in spans]
        table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
        table.setStyle(TableStyle(cmds))
        return table

    def unpaired(self) -> list[Flowable]:
        if not self.data.unpaired:
            return []
        w = self.frame_width
        widths = [0.3 * w, 0.2 * w, 0.5 * w]
        rows = [[self.p("Name", "head"), self.p("Department", "head"), self.p("Why", "head")]]
        rows += [[self.p(p.name, "cell_bold"), self.p(p.department, "cell"),
                  self.p(p.note, "cell_muted")] for p in self.data.unpaired]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(styles.table_style(zebra=False)))
        return [Spacer(0, 6 * mm), self.p("Not in a pair or trio", "h2"), Spacer(0, 1 * mm),
                table]

    def story(self) -> list[Flowable]:
        d = self.data
        out: list[Flowable] = [self.p("Pairing list", "title"), self.p(d.cycle_name, "h2")]
        if not d.groups:
            return [*out, self.p("No pairs have been made for this cycle yet.", "muted")]
        out.append(self.p(f"{self.summary()} · for the facilitator", "muted"))
        if d.draft:
            out.append(self.p("Draft: these pairs have not been published yet.", "note"))
        out += [Spacer(0, 4 * mm), self.table(), *self.unpaired()]
        return out


class SlipsRenderer(DocumentRenderer):
    """One slip per participant, four to a page with cut lines between."""

    title = "Partner slips"

    def __init__(self, data: PairingsData, furniture: Furniture, session: SessionInfo | None = None,
                 fontset: FontSet | None = None):
        super().__init__(furniture, fontset)
        self.data = data
        self.session = session

    def sentence(self, me: Member, group: Group) -> str:
        """Paragraph markup: "Your buddy this cycle is <b>Ana</b> (Sales)."."""
        others = [m for m in group.members if m.id != me.id]
        bold = []
        for m in others:
            name = f'<font name="{SANS_BOLD}">{self.fonts.markup(m.name, SANS_BOLD)}</font>'
            bold.append(f"{name} ({self.fonts.markup(m.department)})" if m.department else name)
        who = bold[0] if len(bold) == 1 else ", ".join(bold[:-1]) + " and " + bold[-1]
        if group.kind == "buddy" and me.role == "recruit":
            return f"Your buddy this cycle is {who}."
        if group.kind == "buddy" and me.role == "buddy":
            return f"This cycle you are the buddy of {who}."
        if len(others) == 1:
            return f"Your learning partner this cycle is {who}."
        return f"Your learning partners this cycle are {who}."

    def slip(self, me: Member, group: Group, height: float) -> Table:
        w = self.frame_width
        body: list[Flowable] = [
            self.p(f"{self.furniture.program_name} · {self.data.cycle_name}", "muted"),
            Spacer(0, 1.5 * mm), self.p(me.name, "slip_name"), Spacer(0, 2 * mm),
            self.pm(self.sentence(me, group), "slip")]
        reasons = good_reasons(group.reasons)[:4]
        if reasons:
            body += [Spacer(0, 1.5 * mm), self.p("You were paired because:", "small")]
            body += [self.pm(self.fonts.markup(r), "small", bullet="•") for r in reasons]
        if self.session is not None:
            body += [Spacer(0, 2 * mm), self.p(f"Next session: {self.session.title}, "
                                               f"{session_line(self.session)}", "small")]
        body += [Spacer(0, 1.5 * mm),
                 self.p("Say hello before the session and agree what each of you will teach "
                        "and learn.", "note")]
        inner = KeepInFrame(w - 12 * mm, height - 10 * mm, body, mode="shrink")
        table = Table([[inner]], colWidths=[w], rowHeights=[height])
        table.setStyle(TableStyle([*styles.BASE_CMDS,
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm),
            ("LINEBELOW", (0, 0), (-1, -1), 0.6, styles.RULE, None, (3, 3)),
        ]))
        return table

    def story(self) -> list[Flowable]:
        people = sorted(((m, g) for g in self.data.groups for m in g.members),
                        key=lambda mg: sort_key(mg[0].name))
        if not people:
            return [self.p("Partner slips", "title"),
                    self.p("No pairs have been made for this cycle yet.", "muted")]
        height = self.frame_height / SLIPS_PER_PAGE - 0.5
        return [self.slip(m, g, height) for m, g in people]


def render_pairing_list(data: PairingsData, furniture: Furniture,
                        fontset: FontSet | None = None) -> bytes:
    return PairingListRenderer(data, furniture, fontset).render()


def render_slips(data: PairingsData, furniture: Furniture, session: SessionInfo | None = None,
                 fontset: FontSet | None = None) -> bytes:
    return SlipsRenderer(data, furniture, session, fontset).render()
