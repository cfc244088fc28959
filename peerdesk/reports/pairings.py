"""The pairing list for the facilitator, and one slip per participant to hand out.

The list shows every pair and trio with the reasons and score the engine gave. A slip
says, in a sentence, who the person's partner is and why; it leaves scores and
negative reasons out, since it is handed to the participant.
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Frame,
    FrameBreak,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.core.reasons import render
from peerdesk.i18n import _, ngettext
from peerdesk.i18n import gettext_noop as M_
from peerdesk.reports import styles
from peerdesk.reports.base import DocumentRenderer, Furniture, session_line
from peerdesk.reports.data import (
    BUDDY_LINE,
    Group,
    Member,
    PairingsData,
    SessionInfo,
    good_reasons,
    reason_parts,
    sort_key,
)
from peerdesk.reports.fonts import (
    SANS,
    SANS_BOLD,
    SANS_ITALIC,
    FontSet,
    has_rtl,
)
from peerdesk.reports.pdftext import FastTable
from peerdesk.reports.textblock import Para, TextBlock

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

    def member_columns(self, group: Group, widths: list[float]):
        """(names, departments) for one group: side by side, one member's name level with
        their department, each wrapping in its own column when it must.

        Bare strings when they can (fast), else one paragraph per name and per department,
        the shorter of the two padded so the next member starts level in both columns
        (names in a fallback font, right-to-left or too long for one line)."""
        names = [m.name for m in group.members]
        depts = [" · ".join(x for x in (m.department, _(_ROLE.get(m.role, m.role))) if x)
                 for m in group.members]
        plain = self.plain_lines(names, depts, widths)
        if plain is not None:
            return plain
        name_col: list[Flowable] = []
        dept_col: list[Flowable] = []
        for name, dept in zip(names, depts, strict=True):
            one = self.p(name, self._name_style(name, widths[0]), in_document_direction=True)
            two = self.p(dept, "cell_dept", in_document_direction=True) if dept else Spacer(0, 0)
            high = [one.wrap(widths[0], 1e6)[1], two.wrap(widths[1], 1e6)[1]]
            tallest = max(high)
            name_col += [one, *([Spacer(0, tallest - high[0])] if high[0] < tallest else [])]
            dept_col += [two, *([Spacer(0, tallest - high[1])] if high[1] < tallest else [])]
        return name_col, dept_col

    def _name_style(self, name: str, width: float) -> str:
        """"cell_bold", or its variant that breaks between any two characters when a word
        of the name is wider than the column even after its hyphens (a long Chinese or
        Japanese name has no spaces; "Albuquerque-Vasconcelos" breaks after its hyphen)."""
        st = self.styles["cell_bold"]
        if all(self.fonts.width(part, st.fontName, st.fontSize) <= width
               for part in _BREAKS.split(name) if part):
            return "cell_bold"
        if "cell_bold_any" not in self.styles:
            self.styles["cell_bold_any"] = ParagraphStyle("cell_bold_any", parent=st,
                                                          wordWrap="CJK")
        return "cell_bold_any"

    def plain_lines(self, names: list[str], depts: list[str], widths: list[float]
                    ) -> tuple[str, str] | None:
        """Names and departments as two bare-string cells (fast to lay out), a department
        too long for its column wrapped at a space and its name's line padded so each
        member's lines stay level; None when a text needs a fallback font or a word is
        wider than its column, or holds right-to-left letters (wrapped in reading order by
        a paragraph)."""
        name_st, dept_st = self.styles["cell_bold"], self.styles["cell_dept"]
        name_lines: list[str] = []
        dept_lines: list[str] = []
        for name, dept in zip(names, depts, strict=True):
            if has_rtl(name) or has_rtl(dept):
                return None
            one = self.lines_cell([name], "cell_bold", widths[0])
            two = self.lines_cell([dept], "cell_dept", 1e6)
            if one is None or two is None:
                return None
            wrapped_dept = simpleSplit(two, dept_st.fontName, dept_st.fontSize, widths[1]) or [""]
            if len(wrapped_dept) > 1 and " · " in two:  # the role on a line of its own
                wrapped_dept = [x for part in two.rsplit(" · ", 1) for x in simpleSplit(
                    part, dept_st.fontName, dept_st.fontSize, widths[1])]
            wrapped_name = simpleSplit(one, name_st.fontName, name_st.fontSize, widths[0]) or [""]
            if any(stringWidth(x, dept_st.fontName, dept_st.fontSize) > widths[1]
                   for x in wrapped_dept):
                return None
            rows = max(len(wrapped_dept), len(wrapped_name))
            name_lines += wrapped_name + [""] * (rows - len(wrapped_name))
            dept_lines += wrapped_dept + [""] * (rows - len(wrapped_dept))
        return "\n".join(name_lines), "\n".join(dept_lines)

    def why(self, group: Group, width: float):
        """The reasons in one small paragraph, without points and in short words:
        "SQL: Ana → Ben; different departments; same office (Lisbon)". One or two lines;
        the role column already says who is whose buddy."""
        firsts = [short_first(m.name) for m in group.members]
        unique = len(set(firsts)) == len(firsts)  # the row names them in full already
        parts: list[str] = []
        for reason in group.reasons:
            if BUDDY_LINE.match(reason):
                continue
            for points, part in reason_parts(reason):
                words = _short(part)  # the short form, else the reason in the document's language
                if unique:
                    for m, first in zip(group.members, firsts, strict=True):
                        words = words.replace(m.name, first)
                if words and points is not None and points < 0:
                    words = _("against: {reason}").format(reason=words)
                if words and words not in parts:
                    parts.append(words)
        text = "; ".join(parts)
        if not text:
            return "—"
        return self.cell(text, "cell_reason", width)

    def table(self) -> Table:
        w = self.frame_width
        widths = [12 * mm, 0.25 * w, 0.22 * w, 0]
        widths[3] = w - sum(widths)
        inner = [x - 6 for x in widths]
        rows: list[list] = [[self.p("#", "head"), self.p(_("Members"), "head"),
                             self.p(_("Department"), "head"),
                             self.p(_("Why this pairing"), "head")]]
        for g in self.data.groups:
            number = f"{g.number}\n" + _("pinned") if g.pinned else str(g.number)
            names, depts = self.member_columns(g, inner[1:3])
            rows.append([number, names, depts, self.why(g, inner[3])])
        heights: list[float | None] = [*self.row_heights(rows, inner, pad=5)]
        heights[0] = None  # the header row: reportlab sizes it
        cmds = styles.table_style(rows=len(rows) - 1)
        cmds += [*self.font_cmds((0, 0), (1, -1), "cell_muted"),
                 *self.font_cmds((1, 1), (1, -1), "cell_bold"),
                 *self.font_cmds((2, 2), (1, -1), "cell_dept"),
                 *self.font_cmds((3, 3), (1, -1), "cell_reason"),
                 ("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        table = FastTable(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
        table.setStyle(TableStyle(cmds))
        return table

    def unpaired(self) -> list[Flowable]:
        if not self.data.unpaired:
            return []
        w = self.frame_width
        widths = [0.3 * w, 0.2 * w, 0.5 * w]
        rows = [[self.p(_("Name"), "head"), self.p(_("Department"), "head"),
                 self.p(_("Why"), "head")]]
        rows += [[self.p(p.name, "cell_bold", in_document_direction=True),
                  self.p(p.department, "cell", in_document_direction=True),
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
    if BUDDY_LINE.match(reason):
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
    asked = _ASKED.match(reason)
    if asked:
        learner, teacher = asked.groups()
        mine = {me.name, short_first(me.name)}
        if learner in mine:
            return _("You asked to learn from {teacher}").format(teacher=teacher)
        if teacher in mine:
            return _("{learner} asked to learn from you").format(learner=learner)
    for pattern, words in _SECOND_PERSON:
        found = pattern.match(reason)
        if found:
            return _(words).format(*found.groups())
    text = render(reason)
    return text[:1].upper() + text[1:]


_SHORT = (  # the pairing list's words for the engine's reasons (the columns say the rest)
    (re.compile(r"^(?P<teacher>.+?) teaches (?P<skill>.+?), (?P<learner>.+) wants .+$"),
     M_("{skill}: {teacher} → {learner}")),
    (re.compile(r"^different departments \(.*\)$"), ""),  # the column shows them
    (re.compile(r"^different tenure \(.*\)$"), M_("mixed tenure")),
    (re.compile(r"^a new recruit with a seasoned colleague$"), M_("new with seasoned")),
    (re.compile(r"^compatible availability.*$"), M_("free times fit")),
    (re.compile(r"^both available: (?P<when>.+)$"), M_("both free {when}")),
    (re.compile(r"^(?P<learner>.+?) asked to learn from (?P<teacher>.+)$"),
     M_("{learner} asked for {teacher}")),
)


def _short(words: str) -> str:
    for pattern, short in _SHORT:
        found = pattern.match(words)
        if found:
            return _(short).format(**found.groupdict()) if short else ""
    return render(words)


_BREAKS = re.compile(r"\s+|(?<=[^\s-]-)(?=[^\s-])")  # where a name may wrap: spaces, hyphens
_ASKED = re.compile(r"^(.+?) asked to learn from (.+)$")
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
        self._fixed: dict[tuple, Para] = {}

    # -- one slip -----------------------------------------------------------------------
    @staticmethod
    def reasons_for(me: Member, group: Group) -> list[str]:
        """Two reasons for the slip, in the second person, those about the reader first (in
        a trio, what the other two share comes last)."""
        said = [x for x in (_you(r, me) for r in good_reasons(group.reasons)) if x]
        return sorted(said, key=lambda r: not ("You " in r or "you " in r))[:2]

    def contact(self, me: Member, group: Group) -> list[str]:
        """"Ana: ana@x.example · Lisbon" for each partner with an email or office."""
        out = []
        for m in group.members:
            if m.id == me.id or not (m.email or m.office):
                continue
            how = " · ".join(x for x in (m.email, m.office) if x)
            out.append(f"{short_first(m.name)}: {how}")
        return out

    def slip_paras(self, me: Member, group: Group) -> list[Para]:
        """The slip's paragraphs (whom it is for; the partner; the details) as plain runs
        for a :class:`TextBlock`: far faster to lay out 300 times than paragraphs of markup,
        and a long right-to-left name wraps in reading order."""
        ink, muted, accent = styles.INK, styles.MUTED, styles.ACCENT
        who = _("For {name}").format(name=me.name) + (
            f" ({me.department})" if me.department else "")
        people = []  # each partner: the name in bold, the department after it
        for m in (m for m in group.members if m.id != me.id):
            person = [(m.name, SANS_BOLD, ink)]
            if m.department:
                person.append((f" ({m.department})", SANS, ink))
            people.append(person)
        names = people[0]
        if len(people) > 1:  # "A, B and C" in the document's language
            before, _n, rest = _("{names} and {last}").partition("{names}")
            middle, _l, after = rest.partition("{last}")
            names = [(before, SANS, ink)]
            for k, person in enumerate(people[:-1]):
                names += ([(", ", SANS, ink)] if k else []) + person
            names += [(middle, SANS, ink), *people[-1], (after, SANS, ink)]
        if group.kind == "buddy" and me.role == "recruit":
            template = _("Your buddy this cycle is {who}.")
        elif group.kind == "buddy" and me.role == "buddy":
            template = _("This cycle you are the buddy of {who}.")
        elif len(people) == 1:
            template = _("Your learning partner this cycle is {who}.")
        else:
            template = _("Your learning partners this cycle are {who}.")
        opening, _w, closing = template.partition("{who}")
        sentence = [x for x in [(opening, SANS, ink), *names, (closing, SANS, ink)] if x[0]]
        out = [self.fixed(f"{self.furniture.program_name} · {self.data.cycle_name}", SANS,
                          muted, 8, 10),
               Para([(who, SANS_BOLD, accent)], 11.5, 14),
               Para(sentence, 9.5, 12.5, space_before=1.2 * mm)]
        gap = 1 * mm  # before the first of the small lines
        for line in self.contact(me, group):
            out.append(Para([(line, SANS, ink)], 8, 10, space_before=gap))
            gap = 0.0
        reasons = self.reasons_for(me, group)
        if reasons:
            out.append(self.fixed(_("Why you two:") if len(group.members) == 2
                                  else _("Why you three:"), SANS, ink, 8, 10, gap))
            gap = 0.0
            bullet = self.fonts.width("• ", SANS, 8)
            out += [Para([("• ", SANS, ink), (r, SANS, ink)], 8, 10, indent=bullet)
                    for r in reasons]
        if self.session is not None:
            out.append(self.fixed(_("Next session: {title}, {when}").format(
                title=self.session.title, when=session_line(self.session)), SANS, ink, 8, 10,
                gap))
            gap = 0.0
        out.append(self.fixed(_("Say hello and agree what each of you will teach and learn."),
                              SANS_ITALIC, muted, 8, 10, gap))
        return out

    def fixed(self, text: str, font: str, colour, size: float, leading: float,
              space_before: float = 0.0) -> Para:
        """A paragraph every slip has, made (and split into lines) once for all of them."""
        key = (text, font, size, leading, space_before, id(colour))
        para = self._fixed.get(key)
        if para is None:
            para = self._fixed[key] = Para([(text, font, colour)], size, leading, space_before)
        return para

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
            out += [TextBlock.make(self.fonts, self.slip_paras(me, group), inner_w, inner_h),
                    FrameBreak()]
        return out[:-1]


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
