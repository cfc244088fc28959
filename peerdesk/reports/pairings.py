"""The pairing list for the facilitator, and one slip per participant to hand out.

The list shows every pair and trio with the reasons and score the engine gave. A slip
says, in a sentence, who the person's partner is and why; it leaves scores and
negative reasons out, since it is handed to the participant.
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Frame,
    FrameBreak,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.i18n import _, ngettext
from peerdesk.i18n import gettext_noop as M_
from peerdesk.reports import styles
from peerdesk.reports.base import DocumentRenderer, Furniture, session_line
from peerdesk.reports.data import (
    Group,
    Member,
    PairingsData,
    SessionInfo,
    good_reasons,
    plain_reason,
    reason_points,
    sort_key,
)
from peerdesk.reports.fonts import SANS, SANS_BOLD, SANS_ITALIC, FontSet

SLIPS_PER_PAGE = 8
_ROLE = {"buddy": M_("buddy"), "recruit": M_("new joiner"), "peer": ""}


class PairingListRenderer(DocumentRenderer):
    title = "Pairing list"

    def __init__(self, data: PairingsData, furniture: Furniture, fontset: FontSet | None = None):
        super().__init__(furniture, fontset)
        self.data = data
        self.styles = dict(self.styles)
        self.styles["cell_reason"] = ParagraphStyle("cell_reason", parent=self.styles["cell"],
                                                    fontSize=8, leading=11.5)

    def summary(self) -> str:
        groups = self.data.groups
        pairs = sum(1 for g in groups if len(g.members) == 2)
        trios = len(groups) - pairs
        people = sum(len(g.members) for g in groups)
        text = ngettext("{n} pair", "{n} pairs", pairs).format(n=pairs)
        if trios:
            text = _("{pairs} and {trios}").format(
                pairs=text, trios=ngettext("{n} trio", "{n} trios", trios).format(n=trios))
        return text + " · " + ngettext("{n} person", "{n} people", people).format(n=people)

    def members_cell(self, group: Group) -> Flowable:
        """One paragraph per cell (name in bold, department and role small below): a single
        paragraph lays out much faster than four."""
        muted = styles.MUTED.hexval().replace("0x", "#")
        lines = []
        for m in group.members:
            role = _(_ROLE.get(m.role, m.role))
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
        depts = [" · ".join(x for x in (m.department, _(_ROLE.get(m.role, m.role))) if x)
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

    def why(self, group: Group, width: float):
        """The reasons in one small paragraph, without points: "teaches SQL; different
        departments". One or two lines, where the four lines of bullets used to be."""
        parts = []
        firsts = [short_first(m.name) for m in group.members]
        for reason in group.reasons:
            words, points = plain_reason(reason), reason_points(reason)
            if len(set(firsts)) == len(firsts):  # the row names them in full already
                for m, first in zip(group.members, firsts, strict=True):
                    words = words.replace(m.name, first)
            words = _DEPARTMENTS.sub("different departments", words)  # the column says which
            if words:
                parts.append(_("against: {reason}").format(reason=words)
                             if points is not None and points < 0 else words)
        text = "; ".join(parts)
        if not text:
            return "—"
        return self.cell(text, "cell_reason", width)

    def table(self) -> Table:
        w = self.frame_width
        widths = [12 * mm, 0.27 * w, 0.19 * w, 0]
        widths[3] = w - sum(widths)
        inner = [x - 6 for x in widths]
        rows: list[list] = [[self.p("#", "head"), self.p(_("Members"), "head"),
                             self.p(_("Department"), "head"),
                             self.p(_("Why this pairing"), "head")]]
        spans = []
        for g in self.data.groups:
            number = f"{g.number}\n" + _("pinned") if g.pinned else str(g.number)
            names, depts, span = self.member_columns(g, inner[1:3])
            if span:
                spans.append(len(rows))
            rows.append([number, names, depts, self.why(g, inner[3])])
        heights = self.row_heights(rows, inner, pad=5)
        heights[0] = None
        wide = [inner[0], inner[1] + widths[2], 0, inner[3]]
        for r in spans:
            heights[r] = self.row_heights([rows[r]], wide, pad=5)[0]
        cmds = styles.table_style(rows=len(rows) - 1)
        cmds += [*self.font_cmds((0, 0), (1, -1), "cell_muted"),
                 *self.font_cmds((1, 1), (1, -1), "cell_bold"),
                 *self.font_cmds((2, 2), (1, -1), "cell_dept"),
                 *self.font_cmds((3, 3), (1, -1), "cell_reason"),
                 ("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        cmds += [("SPAN", (1, r), (2, r)) for r in spans]
        table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
        table.setStyle(TableStyle(cmds))
        return table

    def unpaired(self) -> list[Flowable]:
        if not self.data.unpaired:
            return []
        w = self.frame_width
        widths = [0.3 * w, 0.2 * w, 0.5 * w]
        rows = [[self.p(_("Name"), "head"), self.p(_("Department"), "head"),
                 self.p(_("Why"), "head")]]
        rows += [[self.p(p.name, "cell_bold"), self.p(p.department, "cell"),
                  self.p(p.note, "cell_muted")] for p in self.data.unpaired]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(styles.table_style(zebra=False)))
        return [Spacer(0, 6 * mm), self.p(_("Not in a pair or trio"), "h2"), Spacer(0, 1 * mm),
                table]

    def story(self) -> list[Flowable]:
        d = self.data
        out: list[Flowable] = [self.p(_("Pairing list"), "title"), self.p(d.cycle_name, "h2")]
        if not d.groups:
            return [*out, self.p(_("No pairs have been made for this cycle yet."), "muted")]
        out.append(self.p(self.summary() + " · " + _("for the facilitator"), "muted"))
        out.append(self.p(_("Scores are left out: the Pairings tab and “peerdesk why” show how "
                            "each pair's score adds up."), "note"))
        if d.draft:
            out.append(self.p(_("Draft: these pairs have not been published yet."), "note"))
        out += [Spacer(0, 4 * mm), self.table(), *self.unpaired()]
        return out


def _you(reason: str, me: Member) -> str:
    """A reason as the reader of the slip hears it: "You teach SQL; Oskar wants to learn it"."""
    if _BUDDY.match(reason):
        return ""  # the slip's first sentence says who is whose buddy
    taught = _TEACHES.match(reason)
    if taught:
        teacher, skill, learner = taught["teacher"], taught["skill"], taught["learner"]
        mine = {me.name, short_first(me.name)}
        if teacher in mine:
            return _("You teach {skill}; {learner} wants to learn it").format(
                skill=skill, learner=learner)
        if learner in mine:
            return _("{teacher} teaches {skill}; you want to learn it").format(
                teacher=teacher, skill=skill)
        return _("{teacher} teaches {skill}; {learner} wants to learn it").format(
            teacher=teacher, skill=skill, learner=learner)
    for pattern, words in _SECOND_PERSON:
        found = pattern.match(reason)
        if found:
            return _(words).format(*found.groups())
    return reason[:1].upper() + reason[1:]


_BUDDY = re.compile(r"^.+ \(seasoned\) is the buddy of .+ \(new recruit\)$")
_DEPARTMENTS = re.compile(r"different departments \(.*\)")
_TEACHES = re.compile(r"^(?P<teacher>.+?) teaches (?P<skill>.+?), (?P<learner>.+) wants .+$")
_SECOND_PERSON = (
    (re.compile(r"^different departments \((.+), (.+)\)$"),
     M_("You bring different departments together ({0} and {1})")),
    (re.compile(r"^different departments$"), M_("You work in different departments")),
    (re.compile(r"^same office \((.+)\)$"), M_("You both work in {0}")),
    (re.compile(r"^both available: (.+)$"), M_("You are both free {0}")),
    (re.compile(r"^a new recruit with a seasoned colleague$"),
     M_("One of you is new here, the other has been here for years")),
    (re.compile(r"^different tenure \((.+), (.+)\)$"),
     M_("You have been here for different lengths of time")),
    (re.compile(r"^compatible availability.*$"), M_("Your free times fit together")),
)


class SlipsRenderer(DocumentRenderer):
    """One slip per participant, eight to a page (two columns of four) with crop marks.

    Each slip says whom it is for (name and department, so two people with one name can
    tell theirs apart), who the partner is, how to reach them (email, office) and why
    they were paired, in the second person. No scores: a slip is handed to the person."""

    title = "Partner slips"
    columns, rows = 2, 4

    def __init__(self, data: PairingsData, furniture: Furniture, session: SessionInfo | None = None,
                 fontset: FontSet | None = None):
        super().__init__(furniture, fontset)
        self.data = data
        self.session = session
        sheet = self.styles
        self.styles = dict(sheet)
        self.styles["slip_for"] = ParagraphStyle("slip_for", parent=sheet["slip_name"],
                                                 fontSize=11.5, leading=14)
        self.styles["slip"] = ParagraphStyle("slip", parent=sheet["body"], fontSize=9.5,
                                             leading=12.5)
        self.styles["slip_small"] = ParagraphStyle("slip_small", parent=sheet["small"],
                                                   fontSize=8, leading=10)
        self.styles["slip_small_bullet"] = ParagraphStyle(
            "slip_small_bullet", parent=sheet["small_bullet"], fontSize=8, leading=10)

    # -- one slip -----------------------------------------------------------------------
    def sentence(self, me: Member, group: Group) -> str:
        """Paragraph markup: "Your buddy this cycle is <b>Ana</b> (Sales)."."""
        others = [m for m in group.members if m.id != me.id]
        bold = []
        for m in others:
            name = f'<font name="{SANS_BOLD}">{self.fonts.markup(m.name, SANS_BOLD)}</font>'
            bold.append(f"{name} ({self.fonts.markup(m.department)})" if m.department else name)
        who = bold[0] if len(bold) == 1 else _("{names} and {last}").format(
            names=", ".join(bold[:-1]), last=bold[-1])
        if group.kind == "buddy" and me.role == "recruit":
            return _("Your buddy this cycle is {who}.").format(who=who)
        if group.kind == "buddy" and me.role == "buddy":
            return _("This cycle you are the buddy of {who}.").format(who=who)
        if len(others) == 1:
            return _("Your learning partner this cycle is {who}.").format(who=who)
        return _("Your learning partners this cycle are {who}.").format(who=who)

    def contact(self, me: Member, group: Group) -> list[str]:
        """"Ana: ana@x.example · Lisbon" for each partner with an email or office."""
        out = []
        for m in group.members:
            if m.id == me.id or not (m.email or m.office):
                continue
            how = " · ".join(x for x in (m.email, m.office) if x)
            out.append(f"{short_first(m.name)}: {how}")
        return out

    def slip(self, me: Member, group: Group) -> list[Flowable]:
        """Three paragraphs (who it is for; the partner; the details): a slip is laid out
        300 times, so it is made of as few paragraphs as reads well."""
        muted = styles.MUTED.hexval().replace("0x", "#")
        fs = self.fonts
        who = _("For {name}").format(name=me.name) + (
            f" ({me.department})" if me.department else "")
        head = (f'<font size="8" color="{muted}" name="{SANS}">'
                f"{fs.markup(f'{self.furniture.program_name} · {self.data.cycle_name}')}"
                f"</font><br/>{fs.markup(who, SANS_BOLD)}")
        details = [fs.markup(line) for line in self.contact(me, group)]
        reasons = [x for x in (_you(r, me) for r in good_reasons(group.reasons)) if x][:2]
        if reasons:
            details.append(_("Why you two:") if len(group.members) == 2 else _("Why you three:"))
            details += [f"• {fs.markup(r)}" for r in reasons]
        if self.session is not None:
            details.append(fs.markup(_("Next session: {title}, {when}").format(
                title=self.session.title, when=session_line(self.session))))
        details.append(f'<font color="{muted}" name="{SANS_ITALIC}">' + fs.markup(_(
            "Say hello and agree what each of you will teach and learn.")) + "</font>")
        return [self.pm(head, "slip_for"), Spacer(0, 1.2 * mm),
                self.pm(self.sentence(me, group), "slip"), Spacer(0, 1 * mm),
                self.pm("<br/>".join(details), "slip_small")]

    # -- the page: a grid of frames, crop marks in the margins -------------------------
    def cell_size(self) -> tuple[float, float]:
        return self.frame_width / self.columns, self.frame_height / self.rows

    def make_template(self, out):
        doc = super().make_template(out)
        w, h = self.cell_size()
        pad = 4 * mm
        frames = [Frame(styles.MARGIN_X + c * w, styles.MARGIN_BOTTOM + (self.rows - 1 - r) * h,
                        w, h, leftPadding=pad, rightPadding=pad, topPadding=pad,
                        bottomPadding=pad, id=f"slip{r}{c}")
                  for r in range(self.rows) for c in range(self.columns)]
        doc.pageTemplates[0].frames = frames
        return doc

    def draw_furniture(self, canv, doc) -> None:
        super().draw_furniture(canv, doc)
        w, h = self.cell_size()
        x0, y0 = styles.MARGIN_X, styles.MARGIN_BOTTOM
        xs = [x0 + c * w for c in range(self.columns + 1)]
        ys = [y0 + r * h for r in range(self.rows + 1)]
        mark, gap = 3 * mm, 1 * mm  # short enough to clear the header and footer rules
        canv.saveState()
        canv.setStrokeColor(styles.INK)
        canv.setLineWidth(0.3)
        for x in xs:  # crop marks above and below the grid
            canv.line(x, ys[-1] + gap, x, ys[-1] + gap + mark)
            canv.line(x, ys[0] - gap, x, ys[0] - gap - mark)
        for y in ys:  # and to its left and right
            canv.line(xs[0] - gap, y, xs[0] - gap - mark, y)
            canv.line(xs[-1] + gap, y, xs[-1] + gap + mark, y)
        canv.setStrokeColor(styles.RULE)  # faint cut lines between the slips
        canv.setDash(2, 2)
        for x in xs[1:-1]:
            canv.line(x, ys[0], x, ys[-1])
        for y in ys[1:-1]:
            canv.line(xs[0], y, xs[-1], y)
        canv.restoreState()

    def story(self) -> list[Flowable]:
        people = sorted(((m, g) for g in self.data.groups for m in g.members),
                        key=lambda mg: sort_key(mg[0].name))
        if not people:
            return [self.p(_("Partner slips"), "title"),
                    self.p(_("No pairs have been made for this cycle yet."), "muted")]
        w, h = self.cell_size()
        inner_w, inner_h = w - 8 * mm, h - 8 * mm - 0.5
        out: list[Flowable] = []
        for me, group in people:
            out += [Fit(self.slip(me, group), inner_w, inner_h), FrameBreak()]
        return out[:-1]


class Fit(Flowable):
    """Flowables stacked in a box of fixed size, scaled down if they would not fit: what
    reportlab's KeepInFrame(mode="shrink") does, laid out at most twice instead of once per
    scale it tries (300 slips)."""

    def __init__(self, items: list[Flowable], width: float, height: float):
        super().__init__()
        self.items, self.box_width, self.box_height = items, width, height
        self.scale = 1.0
        self._heights: list[float] | None = None

    def _lay(self, width: float) -> float:
        self._heights = [item.wrap(width, 1e6)[1] for item in self.items]
        return sum(h + item.getSpaceBefore() + item.getSpaceAfter()
                   for item, h in zip(self.items, self._heights, strict=True))

    def wrap(self, available_width, available_height):
        if self._heights is None:
            total = self._lay(self.box_width)
            if total > self.box_height:
                self.scale = self.box_height / total
                total = self._lay(self.box_width / self.scale)
                self.scale = min(self.scale, self.box_height / total)
        return self.box_width, self.box_height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.translate(0, self.box_height)
        canv.scale(self.scale, self.scale)
        y = 0.0
        for item, h in zip(self.items, self._heights or [], strict=True):
            y -= item.getSpaceBefore() + h
            item.drawOn(canv, 0, y)
            y -= item.getSpaceAfter()
        canv.restoreState()


def short_first(name: str) -> str:
    """The first word of a name ("Ana" of "Ana Ribeiro"), or the name if it is one word."""
    words = name.split()
    return words[0] if len(words) > 1 else name


def render_pairing_list(data: PairingsData, furniture: Furniture,
                        fontset: FontSet | None = None) -> bytes:
    return PairingListRenderer(data, furniture, fontset).render()


def render_slips(data: PairingsData, furniture: Furniture, session: SessionInfo | None = None,
                 fontset: FontSet | None = None) -> bytes:
    return SlipsRenderer(data, furniture, session, fontset).render()
