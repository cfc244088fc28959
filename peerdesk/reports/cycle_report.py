"""The cycle report: what the program returned for the time it took, for management.

Key numbers, the charts, and the participants' comments without names, sessions or
departments, in alphabetical order. Every figure from answers comes from the program's
figure book (:mod:`peerdesk.core.disclosure`): a withheld one prints "too few responses"
and the method says why; comments are left out unless the disclosure rule shows the
cycle's pool of comments. A program with named feedback says so on the first page. The comments make this a facilitator's and management's document:
it says so on its first page, and it is never part of the participants' packs.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.core import feedback as fb
from peerdesk.core.defaults import SAFETY_CITATION
from peerdesk.core.models import Cycle, stored_id
from peerdesk.core.small_groups import NO_DATA, NO_RESPONSES, TOO_FEW
from peerdesk.i18n import _, format_number, ngettext, translation_for
from peerdesk.i18n import gettext_noop as M_
from peerdesk.reports import styles
from peerdesk.reports.base import (
    DocumentRenderer,
    Furniture,
    PartStart,
    VectorGraphic,
    format_date,
    resolve_paper,
)
from peerdesk.reports.conventions import quoted
from peerdesk.reports.fonts import FontSet
from peerdesk.store.program import Program

TITLE = M_("Cycle report")

# Draws one chart to one-page PDF bytes (vector, preferred) or PNG bytes: (kind, data, scope,
# size in inches, dpi). The caller passes ``peerdesk.charts.build.chart_pdf``; reports and
# charts are independent layers.
ChartMaker = Callable[[str, fb.FeedbackData, fb.Scope, tuple[float, float], int], bytes]
CHART_DPI = 150
CHART_SIZE = (8.0, 4.3)

# (chart kind, scope: "cycle" = this cycle's sessions, "history" = every cycle up to this one)
CHARTS: tuple[tuple[str, str], ...] = (
    ("engagement", "cycle"), ("safety", "cycle"), ("enps", "history"),
    ("confidence", "cycle"), ("heatmap", "cycle"), ("cross-department", "history"),
    ("participation", "cycle"), ("retention", "history"),
)


ATTENDANCE_RULE = M_("Attendance is the share present of those expected, at the sessions whose "
                     "attendance was taken; an excused absence counts neither way. The Sessions "
                     "tab and the engagement chart count it the same way.")
CHART_TITLES = {
    "engagement": M_("Engagement"), "safety": M_("Psychological safety"), "enps": "eNPS",
    "confidence": M_("Skill confidence"), "heatmap": M_("Pairs across departments"),
    "cross-department": M_("Cross-department pairs over time"),
    "participation": M_("Participation"), "retention": M_("Retention"),
}


@dataclass(slots=True)
class ReportData:
    """Everything the report prints, computed before any drawing."""

    program_name: str
    cycle: Cycle
    numbers: fb.KeyNumbers
    comments: fb.CommentSet
    feedback: fb.FeedbackData
    scope: fb.Scope
    history: fb.Scope
    min_group_size: int


def gather(program: Program, cycle_id: int, today: date | None = None) -> ReportData:
    from peerdesk.store.cycles import get_cycle
    from peerdesk.store.feedback import load_feedback_data

    cycle = get_cycle(program, cycle_id)
    data = load_feedback_data(program)
    scope = fb.Scope(cycle_ids=(stored_id(cycle.id),))
    start = cycle.start_date or date.max
    earlier = tuple(stored_id(c.id) for c in data.cycles
                    if c.id == cycle.id or (c.start_date or date.max) <= start)
    return ReportData(program.name, cycle, fb.key_numbers(data, scope, today),
                      fb.comments(data, scope), data, scope, fb.Scope(cycle_ids=earlier),
                      data.min_group_size)


KPI_COLUMNS = 4  # key numbers per row


class CycleReportRenderer(DocumentRenderer):
    title = TITLE

    def __init__(self, data: ReportData, furniture: Furniture, charts: ChartMaker | None = None,
                 fontset: FontSet | None = None):
        super().__init__(furniture, fontset)
        self.data = data
        self.charts = charts
        self.styles = dict(self.styles)  # the shared sheet is cached: add to a copy

        self.styles["kpi"] = ParagraphStyle("kpi", parent=self.styles["h1"], fontSize=17,
                                            leading=21, spaceBefore=0, spaceAfter=1)
        self.styles["kpi_small"] = ParagraphStyle("kpi_small", parent=self.styles["kpi"],
                                                  fontSize=11, leading=21, textColor=styles.MUTED)
        self.styles["comment"] = ParagraphStyle("comment", parent=self.styles["body"],
                                                leftIndent=5 * mm, firstLineIndent=-5 * mm,
                                                spaceAfter=4)

    # -- parts ------------------------------------------------------------------------
    def heading(self) -> list[Flowable]:
        c, d = self.data.cycle, self.data
        span = " – ".join(format_date(x) for x in (c.start_date, c.end_date) if x)
        return [
            self.p(f"{_(TITLE)}: {c.name}", "title", in_document_direction=True),
            self.p(" · ".join(x for x in (d.program_name, span) if x), "subtitle"),
            self.p(_("For the program's sponsors and the facilitator. It quotes participants' "
                     "comments anonymously; do not hand it to participants."), "note"),
            *([] if d.feedback.anonymous else [self.p(_(
                "The feedback in this program is NOT anonymous: forms are stored with the "
                "respondent's name. The figures below are still shown only for groups of "
                "at least {n}.").format(n=d.min_group_size), "body")]),
            Spacer(0, 4 * mm),
        ]

    def summary(self) -> Flowable:
        """One sentence: what the program returned for the time it took."""
        n = self.data.numbers
        parts = [ngettext("{hours} hours of peer learning delivered in {n} session to {people} "
                          "people",
                          "{hours} hours of peer learning delivered in {n} sessions to "
                          "{people} people", n.sessions_held).format(
                              hours=format_number(round(n.hours)), n=n.sessions_held,
                              people=n.participants)]
        if n.pairs:
            parts.append(_("{n} of {pairs} pairs crossed departments").format(
                n=n.cross_pairs.num, pairs=n.pairs))
        if n.confidence_gain.shown:
            parts.append(_("confidence in the skills learned rose by {gain} points on a "
                           "5-point scale").format(gain=n.confidence_gain.text("{:+.1f}")))
        return self.p("; ".join(parts) + ".", "body")

    def tile(self, value: str, label: str, detail: str = "") -> list[Flowable]:
        # a figure withheld comes as the rule's words, in English or already in the document's
        # language (a figure's text() translates them): both show small, never as a headline
        rule_words = (TOO_FEW, NO_RESPONSES, NO_DATA)
        withheld = value in rule_words or value in {_(w) for w in rule_words}
        shown = _(value) if value in rule_words else value
        cell: list[Flowable] = [self.p(shown, "kpi_small" if withheld else "kpi"),
                                self.fitted(label, "cell_bold", self.frame_width / KPI_COLUMNS - 6)]
        if detail:
            cell.append(self.p(detail, "cell_muted"))
        return cell

    def fitted(self, text: str, style: str, width: float) -> Flowable:
        """A paragraph whose longest word fits ``width`` (see :meth:`fitting_style`)."""
        smaller = self.fitting_style(text, style, width)
        return self.p(text, style) if smaller is None else self.fonts.paragraph(text, smaller)

    def key_numbers(self) -> Flowable:
        n = self.data.numbers
        tiles = [
            self.tile(str(n.participants), _("Participants"), _("paired or present at a session")),
            self.tile(_("{held} of {planned}").format(held=n.sessions_held,
                                                      planned=n.sessions_planned),
                      _("Sessions held")),
            self.tile(n.attendance.text(), _("Attendance"),
                      _("{present} present of {expected} expected (excused left out)").format(
                          present=n.attendance.num, expected=n.attendance.den)),
            self.tile(n.response_rate.text(), _("Response rate"),
                      _("{forms} forms from {present} present").format(
                          forms=n.response_rate.num, present=n.response_rate.den)
                      if not n.response_rate.withheld and n.response_rate.den
                      else n.response_rate.reason),  # why it is withheld, if it is
            self.tile(n.enps.text("{:+.0f}"), "eNPS", _("from -100 to +100")),
            self.tile(n.cross_pairs.text(), _("Pairs across departments"),
                      _("{n} of {pairs} pairs").format(n=n.cross_pairs.num, pairs=n.pairs)),
            self.tile(format_number(round(n.hours)), _("Hours of peer learning"),
                      _("attendance × session length")),
            self.tile(n.confidence_gain.text("{:+.1f}"), _("Skill-confidence gain"),
                      _("mean after minus before, 1-5")),
            self.tile(n.usefulness.text("{:.1f}"), _("Usefulness"), _("mean, 1-5")),
            self.tile(n.safety.text("{:.1f}"), _("Psychological safety"), _("mean, 1-5")),
        ]
        columns = KPI_COLUMNS
        rows: list[list[list[Flowable] | str]] = [[*tiles[i:i + columns]]
                                                  for i in range(0, len(tiles), columns)]
        rows[-1] += [""] * (columns - len(rows[-1]))
        table = Table(rows, colWidths=[self.frame_width / columns] * columns)
        table.setStyle(TableStyle([*styles.BASE_CMDS, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                                   ("LINEABOVE", (0, 0), (-1, -1), 0.4, styles.RULE)]))
        return table

    def chart(self, kind: str, which: str) -> Flowable:
        if self.charts is None:  # only called when the caller passed a chart maker
            raise ValueError("this cycle report is made without charts")
        d = self.data
        drawn = self.charts(kind, d.feedback, d.scope if which == "cycle" else d.history,
                            CHART_SIZE, CHART_DPI)
        width = self.frame_width
        height = width * CHART_SIZE[1] / CHART_SIZE[0]
        graphic = (VectorGraphic(drawn, width, height) if drawn.startswith(b"%PDF")
                   else Image(io.BytesIO(drawn), width=width, height=height))
        mark = PartStart(_(CHART_TITLES.get(kind, kind)), f"chart-{kind}", level=1,
                         running_title=self.furniture.title)
        return KeepTogether([mark, graphic, Spacer(0, 5 * mm)])

    def comments(self) -> list[Flowable]:
        said = self.data.comments
        out: list[Flowable] = [CondPageBreak(40 * mm), self.mark(_("What participants said")),
                               self.p(_("What participants said"), "h1")]
        if said.withheld:
            out.append(self.p(_("Fewer than {n} people wrote a comment this cycle (or quoting "
                                "them would let a smaller group's comments be told apart), so "
                                "the comments are left out: with so few, a comment could point "
                                "to the person who wrote it.").format(
                                    n=self.data.min_group_size), "muted"))
        elif not said.comments:
            out.append(self.p(_("No written comments this cycle."), "muted"))
        else:
            out.append(self.p(_("Anonymous, without sessions or departments, in alphabetical "
                                "order so that the order says nothing about who wrote what."),
                              "muted"))
            out.append(Spacer(0, 2 * mm))
            counts = Counter(said.comments)  # sorted already; the same words once, counted
            out += [self.p(quoted(text) + (f"  (\u00d7{counts[text]})"
                                                     if counts[text] > 1 else ""), "comment")
                    for text in dict.fromkeys(said.comments)]
        return out

    def method(self) -> list[Flowable]:
        return [
            CondPageBreak(30 * mm), self.mark(_("How these figures are made")),
            self.p(_("How these figures are made"), "h2"),
            self.p(_(ATTENDANCE_RULE), "small"),
            self.p((_("Forms are anonymous.") if self.data.feedback.anonymous else
                    _("Forms are NOT anonymous in this program.")) + " "
                   + _("Any figure resting on fewer than {n} responses shows “{too_few}” "
                       "instead, and so does any figure that, together with the others, would "
                       "let such a small group be worked out (the next-smallest session or "
                       "department is withheld too), so nobody's answer can be singled out. "
                       "eNPS is the share answering 9-10 minus the share answering 0-6 to "
                       "“{question}”. Psychological safety is the mean of the safety items "
                       "(1-5), with reverse-scored items flipped.").format(
                           n=self.data.min_group_size, too_few=_(TOO_FEW),
                           question=_("How likely are you to recommend the program to a "
                                      "colleague?")), "small"),
            self.p(_(SAFETY_CITATION), "note"),
        ]

    def mark(self, title: str, level: int = 0) -> PartStart:
        """A bookmark; the running title stays the report's."""
        return PartStart(title, f"part-{title}", level, running_title=self.furniture.title)

    def not_held_yet(self) -> bool:
        """Nothing to report: no session held, no attendance taken, no figure of forms
        shown (a withheld count, none or a few, is not told apart here either)."""
        n = self.data.numbers
        return n.sessions_held == 0 and n.attendance.den == 0 and not n.responses.shown

    def waiting_page(self) -> list[Flowable]:
        """The one page a cycle not yet held gets, instead of pages of empty axes."""
        c, n = self.data.cycle, self.data.numbers
        dates = sorted(s.date for s in self.data.feedback.sessions
                       if s.cycle_id == c.id and s.date)
        planned = ngettext("{n} session planned", "{n} sessions planned",
                           n.sessions_planned).format(n=n.sessions_planned)
        if dates:
            planned += ", " + _("the first on {date}").format(date=format_date(dates[0]))
        return [
            self.mark(_("Nothing to report yet")), self.p(_("Nothing to report yet"), "h1"),
            self.p(_("{cycle} has not been held: {planned}, {people} people taking part. No "
                     "attendance or feedback has been recorded, so there are no figures or "
                     "charts yet.").format(cycle=c.name, planned=planned,
                                           people=n.participants), "body"),
            Spacer(0, 3 * mm),
            self.p(_("Print this report again once sessions have been held, their attendance "
                     "ticked on the Sessions tab and the feedback forms entered."), "muted"),
        ]

    def story(self) -> list[Flowable]:
        if self.not_held_yet():
            return [*self.heading(), *self.waiting_page()]
        out = [*self.heading(), self.mark(_("Key numbers")), self.summary(), Spacer(0, 4 * mm),
               self.key_numbers(), Spacer(0, 6 * mm)]
        if self.charts is not None:
            out += [CondPageBreak(90 * mm), self.mark(_("The cycle in charts")),
                    self.p(_("The cycle in charts"), "h1")]
            out += [self.chart(kind, which) for kind, which in CHARTS]
        return out + self.comments() + self.method()


def furniture_for(program: Program, data: ReportData, today: date | None = None,
                  paper: str | None = None, locale_name: str | None = None) -> Furniture:
    paper = resolve_paper(paper or program.settings().paper, locale_name)
    language = program.settings().language  # the program's document language
    title = translation_for(language).gettext(TITLE)
    return Furniture(program.name, f"{title}: {data.cycle.name}", printed_on=today or date.today(),
                     paper=paper, subject=f"{title}: {data.cycle.name}", language=language)


def render(data: ReportData, furniture: Furniture, charts: ChartMaker | None = None,
           fontset: FontSet | None = None) -> bytes:
    """Lay out and draw the report; reads nothing from the program file, so the window can
    run it off the UI thread after :func:`gather`."""
    return CycleReportRenderer(data, furniture, charts, fontset).render()


def render_cycle_report(program: Program, cycle_id: int, charts: ChartMaker | None = None,
                        today: date | None = None, paper: str | None = None,
                        locale_name: str | None = None, fontset: FontSet | None = None) -> bytes:
    """The report's PDF bytes, on the program's paper size (or the locale's). Without
    ``charts`` it holds the numbers and comments only."""
    data = gather(program, cycle_id, today)
    return render(data, furniture_for(program, data, today, paper, locale_name), charts, fontset)
