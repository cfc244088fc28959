"""One slip per participant to hand out, naming their partner and why.

A slip says, in a sentence, who the person's partner is and why, in the second person
("You teach SQL; Oskar wants to learn it"); it leaves scores and negative reasons out,
since it is handed to the participant. The facilitator's pairing list is
:mod:`peerdesk.reports.pairings` (which re-exports :class:`SlipsRenderer` and
:func:`render_slips`).
"""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Frame, FrameBreak

from peerdesk.core.reasons import render
from peerdesk.i18n import _
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
    sort_key,
)
from peerdesk.reports.fonts import SANS, SANS_BOLD, SANS_ITALIC, FontSet
from peerdesk.reports.textblock import Para, TextBlock

__all__ = ["SLIPS_PER_PAGE", "SlipsRenderer", "render_slips", "short_first"]

SLIPS_PER_PAGE = 8


def short_first(name: str) -> str:
    """The first word of a name ("Ana" of "Ana Ribeiro"), or the name if it is one word."""
    words = name.split()
    return words[0] if len(words) > 1 else name


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

    title = M_("Partner slips")
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


def render_slips(data: PairingsData, furniture: Furniture, session: SessionInfo | None = None,
                 fontset: FontSet | None = None) -> bytes:
    return SlipsRenderer(data, furniture, session, fontset).render()
