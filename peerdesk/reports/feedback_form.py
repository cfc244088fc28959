"""The paper feedback form, matching the program's questions, to fill in by hand.

Its numbering and scales follow the questions in the program, so typing the answers
back in (the Feedback tab's fast entry grid) goes question by question.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from peerdesk.core.models import FeedbackQuestion
from peerdesk.i18n import _
from peerdesk.reports import styles
from peerdesk.reports.base import CopyStart, DocumentRenderer, Furniture, format_date
from peerdesk.reports.data import FormData
from peerdesk.reports.fonts import FontSet
from peerdesk.reports.styles import RULE
from peerdesk.reports.widgets import ScaleBoxes, WritingLines


def scale_labels(q: FeedbackQuestion) -> tuple[str, str]:
    """Words for both ends of a question's scale."""
    if q.kind == "nps":
        return _("Not at all likely"), _("Extremely likely")
    if q.kind == "confidence":
        return _("Not confident"), _("Very confident")
    # TRANSLATORS: how a question asking "how much" starts, in lower case, with the space
    # after it ("how "): such a question is answered from "Not at all" to "Very".
    if q.text.lower().startswith(("how ", _("how ").lower())):
        return _("Not at all"), _("Very")
    return _("Strongly disagree"), _("Strongly agree")


class FeedbackFormRenderer(DocumentRenderer):
    title = "Feedback form"

    def __init__(self, data: FormData, furniture: Furniture, copies: int = 1,
                 fontset: FontSet | None = None):
        super().__init__(furniture, fontset)
        self.data = data
        self.copies = max(1, copies)

    def question(self, number: int, q: FeedbackQuestion) -> Flowable:
        """One question: text on the left and boxes on the right; long scales and free text
        go full width under the question."""
        w = self.frame_width
        text = self.p(f"{number}.  {q.text}", "question")
        if q.kind == "text":
            return KeepTogether([Spacer(0, 3 * mm), text, Spacer(0, 1 * mm),
                                 WritingLines(3, gap=7.5 * mm, fontset=self.fonts),
                                 Spacer(0, 2 * mm)])
        low = q.min_value if q.min_value is not None else (0 if q.kind == "nps" else 1)
        high = q.max_value if q.max_value is not None else (10 if q.kind == "nps" else 5)
        boxes = ScaleBoxes(low, high, *scale_labels(q), fontset=self.fonts)
        left: list[Flowable] = [text]
        if q.kind == "confidence":
            left += [Spacer(0, 2 * mm), WritingLines(1, gap=6 * mm, label=_("Skill:"),
                                                     fontset=self.fonts)]
        if high - low + 1 > 7:
            rows, widths = [[left], [boxes]], [w]
        else:
            rows, widths = [[left, boxes]], [0.55 * w, 0.45 * w]
        table = Table(rows, colWidths=widths)
        table.setStyle(TableStyle([*styles.BASE_CMDS,
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
        ]))
        return table

    def form(self) -> list[Flowable]:
        d = self.data
        out: list[Flowable] = [self.p(_("Session feedback"), "title")]
        if d.session is not None:
            out.append(self.p(f"{d.session.title} · {format_date(d.session.date, weekday=True)}",
                              "subtitle"))
        hint = _("Tick one box per question.") + " "
        hint += (_("This form is anonymous: please do not write your name.")
                 if d.anonymous else _("Thank you for your honest answers."))
        out += [self.p(hint + " " + confidentiality(d), "small"), Spacer(0, 1 * mm),
                WritingLines(1, gap=8 * mm, label=_("Your department (optional):"),
                             fontset=self.fonts, width=0.7 * self.frame_width),
                Spacer(0, 2 * mm)]
        for number, q in enumerate(d.questions, start=1):
            out.append(self.question(number, q))
        out += [Spacer(0, 3 * mm),
                self.p(_("Thank you! Please hand this form to the facilitator."), "note")]
        return out

    def story(self) -> list[Flowable]:
        out: list[Flowable] = []
        for copy in range(self.copies):
            if copy:
                out.append(PageBreak())
            if self.copies > 1:  # numbered "Copy 2 of 4", not "Page 2 of 4"
                out.append(CopyStart(copy + 1, self.copies))
            out += self.form()
        return out


def confidentiality(d: FormData) -> str:
    """What the program promises about this form, printed on it (the README says the same)."""
    k = d.min_group_size
    shown = _("Results (comments too) are shown only for groups of at least {k}, never so "
              "that a smaller group can be worked out.").format(k=k)
    if not d.anonymous:
        return _("NOT anonymous: your answers are kept with your name.") + " " + shown
    return _("Kept without your name or the time you answered.") + " " + shown


def render_feedback_form(data: FormData, furniture: Furniture, copies: int = 1,
                         fontset: FontSet | None = None) -> bytes:
    return FeedbackFormRenderer(data, furniture, copies, fontset).render()
