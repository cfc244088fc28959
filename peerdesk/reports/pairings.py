"""The pairing list for the facilitator.

The list shows every pair and trio with the reasons the engine gave, in short words. The
slips handed to each participant are :mod:`peerdesk.reports.slips`; their renderer is
re-exported here, where callers have always found it.
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from peerdesk.core.reasons import render
from peerdesk.i18n import _, ngettext
from peerdesk.i18n import gettext_noop as M_
from peerdesk.reports import styles
from peerdesk.reports.base import DocumentRenderer, Furniture
from peerdesk.reports.data import BUDDY_LINE, Group, PairingsData, reason_parts
from peerdesk.reports.fonts import FontSet, has_rtl
from peerdesk.reports.pdftext import FastTable
from peerdesk.reports.slips import SLIPS_PER_PAGE, SlipsRenderer, render_slips, short_first

__all__ = ["SLIPS_PER_PAGE", "PairingListRenderer", "SlipsRenderer", "render_pairing_list",
           "render_slips", "short_first"]

_ROLE = {"buddy": M_("buddy"), "recruit": M_("new joiner"), "peer": ""}


class PairingListRenderer(DocumentRenderer):
    title = M_("Pairing list")

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


def render_pairing_list(data: PairingsData, furniture: Furniture,
                        fontset: FontSet | None = None) -> bytes:
    return PairingListRenderer(data, furniture, fontset).render()


