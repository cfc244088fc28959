"""The printed intake form, for those who fill it in on paper.

The same questions, in the same order, as the online form and the .xlsx template
(:mod:`peerdesk.core.intake`), so typing a paper form in follows the page.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from peerdesk.core.intake import (
    CAPACITY,
    CONSENT,
    OPT_IN,
    TEACH,
    TEACH_OTHER,
    IntakeQuestion,
    levels,
)
from peerdesk.i18n import _
from peerdesk.i18n import gettext_noop as M_
from peerdesk.reports import styles
from peerdesk.reports.base import DocumentRenderer, Furniture
from peerdesk.reports.fonts import FontSet
from peerdesk.reports.widgets import TickBox, WritingLines


class IntakeFormRenderer(DocumentRenderer):
    title = M_("Intake form")

    def __init__(self, qs: list[IntakeQuestion], furniture: Furniture,
                 fontset: FontSet | None = None):
        super().__init__(furniture, fontset)
        self.qs = qs

    def _grid(self, q: IntakeQuestion) -> Flowable:
        """Skills down the side, a box per level: tick one box in a row, or none."""
        w = self.frame_width
        head = [self.p(_("Skill"), "head"), *(self.p(c, "head_centre") for c in q.choices)]
        rows = [head] + [[self.cell(s, "cell", 0.55 * w), *(TickBox() for _ in q.choices)]
                         for s in q.rows]
        level_w = 0.45 * w / len(q.choices)
        table = Table(rows, colWidths=[0.55 * w] + [level_w] * len(q.choices), repeatRows=1)
        table.setStyle(TableStyle([
            *styles.table_style(rows=len(rows)), *self.font_cmds((0, -1), (1, -1), "cell"),
            ("ALIGN", (1, 1), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
        ]))
        return table

    def _choices(self, q: IntakeQuestion, columns: int) -> Flowable:
        w = self.frame_width
        options = list(q.choices) + ([_("Other:")] if q.other else [])
        cells = [[TickBox(), self.cell(o, "cell", w / columns - 9 * mm)] for o in options]
        while len(cells) % columns:
            cells.append(["", ""])
        rows = [[c for cell in cells[i:i + columns] for c in cell]
                for i in range(0, len(cells), columns)]
        widths = [7 * mm, w / columns - 7 * mm] * columns
        table = Table(rows, colWidths=widths)
        table.setStyle(TableStyle([
            *self.font_cmds((0, -1), (0, -1), "cell"),
            *(cmd for c in range(columns) for cmd in self.font_cmds((2 * c + 1, 2 * c + 1),
                                                                      (0, -1), "cell")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        return table

    def question(self, number: int, q: IntakeQuestion) -> list[Flowable]:
        head = [Spacer(0, 3 * mm), self.p(f"{number}.  {q.text}"
                                          f"{' *' if q.required else ''}", "question")]
        if q.help:
            head.append(self.p(q.help, "note"))
        head.append(Spacer(0, 1.5 * mm))
        if q.key == CONSENT:
            body: list[Flowable] = [self._choices(q, 1), Spacer(0, 2 * mm),
                                    WritingLines(1, gap=8 * mm, label=_("Signature and date:"),
                                                 fontset=self.fonts)]
        elif q.grid:
            # A long grid may run over pages; its heading stays with its first rows.
            return [KeepTogether(head), self._grid(q)]
        elif q.choices:
            columns = 4 if q.key in (CAPACITY, OPT_IN) else (1 if len(q.choices) < 4 else 3)
            body = [self._choices(q, columns)]
            if q.other:
                body.append(WritingLines(1, gap=7 * mm, fontset=self.fonts))
        else:
            lines = (3 if q.key == TEACH_OTHER else 2) if q.paragraph else 1
            body = [WritingLines(lines, gap=8 * mm, fontset=self.fonts)]
        return [KeepTogether(head + body)]

    def story(self) -> list[Flowable]:
        basic, good, expert = levels()  # as the grid offers them, in the form's language
        out: list[Flowable] = [
            self.p(_("Peer learning: about you"), "title"),
            self.p(_("{program} · what you could teach and would like to learn").format(
                program=self.furniture.program_name), "subtitle"),
            self.p(_("Fill in what you like; questions marked * are needed. Hand the form to "
                     "the facilitator, who types it in. Levels: {basic} — you know the basics; "
                     "{good} — you use it every week; {expert} — others come to you. Thank "
                     "you!").format(basic=basic, good=good, expert=expert), "small"),
            Spacer(0, 1 * mm),
        ]
        for number, q in enumerate(self.qs, start=1):
            out += self.question(number, q)
            if q.key == TEACH:
                out.append(Spacer(0, 1 * mm))
        return out


def render_intake_form(qs: list[IntakeQuestion], furniture: Furniture,
                       fontset: FontSet | None = None) -> bytes:
    return IntakeFormRenderer(qs, furniture, fontset).render()
