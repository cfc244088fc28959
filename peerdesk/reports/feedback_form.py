"""The paper feedback form, matching the program's questions, to fill in by hand.

Its numbering and scales follow the questions in the program, so typing the answers
back in (the Feedback tab's fast entry grid) goes question by question.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

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


class RoomToWrite(WritingLines):
    """Lines under a free-text question: as many as the page has room for (keeping a
    little for the closing line), from 3 to 6, so the form stays one sheet on A4 and on
    Letter and a comment never has to squeeze into three lines when there is room."""

    FEWEST, MOST, KEEP = 3, 6, 11 * mm  # KEEP: the closing line and its space

    def __init__(self, gap: float, fontset: FontSet | None = None):
        super().__init__(self.MOST, gap=gap, fontset=fontset)

    def wrap(self, available_width, available_height):
        room = int((available_height - self.KEEP) // self.gap)
        self.lines = max(self.FEWEST, min(self.MOST, room))
        return super().wrap(available_width, available_height)


class FeedbackFormRenderer(DocumentRenderer):
    title = "Feedback form"

    def __init__(self, data: FormData, furniture: Furniture, copies: int = 1,
                 fontset: FontSet | None = None):
        super().__init__(furniture, fontset)
        self.data = data
        self.copies = max(1, copies)

    def question(self, number: int, q: FeedbackQuestion) -> Flowable | list[Flowable]:
        """One question: text on the left and boxes on the right; long scales and free text
        go full width under the question. A confidence question's "Skill" line comes first,
        on a line of its own, as the typing grid has its Skill column before the answer."""
        w = self.frame_width
        text = self.p(f"{number}.  {q.text}", "question")
        if q.kind == "text":  # room for a few sentences in ordinary handwriting
            text.keepWithNext = True  # the lines measure the room left on the page
            return [Spacer(0, 3 * mm), text, Spacer(0, 1 * mm),
                    RoomToWrite(gap=8.5 * mm, fontset=self.fonts), Spacer(0, 2 * mm)]
        low = q.min_value if q.min_value is not None else (0 if q.kind == "nps" else 1)
        high = q.max_value if q.max_value is not None else (10 if q.kind == "nps" else 5)
        boxes = ScaleBoxes(low, high, *scale_labels(q), fontset=self.fonts)
        rows: list[list] = []
        if q.kind == "confidence":
            rows.append([WritingLines(1, gap=8 * mm, label=_("Skill you are learning:"),
                                      fontset=self.fonts, width=0.7 * w), ""])
        if high - low + 1 > 7:
            rows += [[text, ""], [boxes, ""]]
            widths = [w, 0]
        else:
            rows.append([text, boxes])
            widths = [0.55 * w, 0.45 * w]
        table = Table(rows, colWidths=widths)
        cmds = [*styles.BASE_CMDS,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE)]
        if q.kind == "confidence":
            cmds.append(("SPAN", (0, 0), (1, 0)))
        if high - low + 1 > 7:
            cmds += [("SPAN", (0, r), (1, r)) for r in range(len(rows))]
        table.setStyle(TableStyle(cmds))
        return table

    def form(self) -> list[Flowable]:
        d = self.data
        out: list[Flowable] = [self.p(_("Session feedback"), "title")]
        if d.session is not None:
            out.append(self.p(f"{d.session.title} · {format_date(d.session.date, weekday=True)}",
                              "subtitle", in_document_direction=True))
        hint = _("Tick one box per question.") + " "
        hint += (_("This form is anonymous: please do not write your name.")
                 if d.anonymous else _("Thank you for your honest answers."))
        out += [self.p(hint + " " + confidentiality(d), "small"), Spacer(0, 1 * mm)]
        if d.ask_department:  # only while no department is small enough to single one out
            out += [WritingLines(1, gap=8 * mm, label=_("Your department (optional):"),
                                 fontset=self.fonts, width=0.7 * self.frame_width),
                    Spacer(0, 2 * mm)]
        for number, q in enumerate(d.questions, start=1):
            asked = self.question(number, q)
            out += asked if isinstance(asked, list) else [asked]
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
