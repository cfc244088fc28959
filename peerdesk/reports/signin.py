"""The sign-in sheet: who was invited, a box to sign, a tick for the code of conduct.

Rows are tall enough to sign in (10 mm and more) and names wrap rather than overflow.
The sheet is cut into pages here, not by reportlab, so that each page can say which
names it holds: every page names the session, its date and room, and its name range
("Anna I.–Ben R."), both in the page header and above the table, so a page that gets
separated from the others still says where it belongs. Names are in the attendance
screen's order (:mod:`peerdesk.core.collation`). Blank rows for walk-ins follow, as many
as the group is likely to need; a big group can be split into sheets by initial (A–K,
L–Z) for two tables at the door.
"""

from __future__ import annotations

import itertools
import math

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from peerdesk.core.collation import initial
from peerdesk.i18n import _, ngettext
from peerdesk.reports import styles
from peerdesk.reports.base import DocumentRenderer, Furniture, PartStart, format_date, session_line
from peerdesk.reports.data import Person, SigninData
from peerdesk.reports.fonts import FontSet
from peerdesk.reports.pdftext import FastTable
from peerdesk.reports.widgets import TickBox

ROW_HEIGHT = 10.5 * mm
_SLACK = 5 * mm  # kept free at the foot of each page: the count line, rounding


def walk_in_rows(invited: int) -> int:
    """Blank rows for people not on the list: about one in ten, at least four, at most 30."""
    return max(4, min(30, math.ceil(invited / 10)))


def short_name(name: str) -> str:
    """"Anna Ivanova" -> "Anna I.": enough to find a page, short enough for a header."""
    words = name.split()
    if len(words) < 2:
        return name.strip()
    return f"{words[0]} {words[-1][0]}."


def name_range(people: list[Person]) -> str:
    if not people:
        return ""
    first, last = short_name(people[0].name), short_name(people[-1].name)
    if first == last:  # one name, or two that shorten alike: say them in full
        a, b = people[0].name.strip(), people[-1].name.strip()
        return a if a == b else f"{a}–{b}"
    return f"{first}–{last}"


def split_by_initial(people: list[Person], parts: int) -> list[list[Person]]:
    """``people`` (in name order) cut into up to ``parts`` sheets of about equal size, each
    cut between two initials so a latecomer knows which sheet holds their name."""
    if parts <= 1 or len(people) < 2:
        return [people]
    cuts = [i for i in range(1, len(people))
            if initial(people[i].name) != initial(people[i - 1].name)]
    chosen: list[int] = []
    for k in range(1, parts):
        target = len(people) * k / parts
        options = [c for c in cuts if c not in chosen and (not chosen or c > chosen[-1])]
        if options:
            chosen.append(min(options, key=lambda c: abs(c - target)))
    bounds = [0, *chosen, len(people)]
    return [people[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def letters(group: list[Person]) -> str:
    """"A–K": the initials a sheet covers."""
    a, b = initial(group[0].name), initial(group[-1].name)
    return a if a == b else f"{a}–{b}"


class SigninRenderer(DocumentRenderer):
    title = "Sign-in sheet"
    part_level = 0  # the pack nests the pages' bookmarks under its own "Sign-in sheet"

    def __init__(self, data: SigninData, furniture: Furniture, fontset: FontSet | None = None,
                 parts: int = 1):
        super().__init__(furniture, fontset)
        self.data = data
        self.parts = max(1, parts)
        self._head: list | None = None

    # -- text ---------------------------------------------------------------------------
    def where_when(self) -> str:
        """"Kick-off · 17 March 2027 · Room Ada": on every page."""
        s = self.data.session
        return " · ".join(x for x in (s.title, format_date(s.date), s.location) if x)

    def heading(self, sheet: str) -> list[Flowable]:
        s = self.data.session
        title = _("Sign-in sheet {sheet}").format(sheet=sheet) if sheet else _("Sign-in sheet")
        out: list[Flowable] = [self.p(title, "title"), self.p(s.title, "h2")]
        meta = session_line(s)
        if s.facilitator:
            meta += " · " + _("Facilitator: {name}").format(name=s.facilitator)
        out.append(self.p(meta, "muted", in_document_direction=True))
        version = self.data.conduct_version
        please = (_("Please sign next to your name, and tick the box once you have read the "
                    "code of conduct (version {version}).").format(version=version) if version
                  else _("Please sign next to your name, and tick the box once you have read "
                         "the code of conduct."))
        if sheet:
            please += " " + _("Names starting with another letter are on the other sheet.")
        please += " " + _("Not on the list? Add your name in the blank rows at the end.")
        out += [Spacer(0, 2 * mm),
                self.p(please, "small"),
                Spacer(0, 3 * mm)]
        return out

    def page_line(self, sheet: str, names: str, page: int, pages: int) -> Flowable:
        """Above each page's table: which names it holds, and which page of the sheet it is."""
        parts = [_("Sheet {sheet}").format(sheet=sheet) if sheet else "",
                 _("Names {range}").format(range=names) if names else _("Walk-ins"),
                 _("page {page} of {pages}").format(page=page, pages=pages) if pages > 1 else ""]
        return self.p(" · ".join(x for x in parts if x), "h2", in_document_direction=True)

    # -- the table ----------------------------------------------------------------------
    def widths(self) -> list[float]:
        w = self.frame_width
        widths = [8 * mm, 0.31 * w, 0.22 * w, 23 * mm]
        widths.append(w - sum(widths))
        return widths

    def head_row(self) -> list:
        """The column titles: bare strings where they can be (each page repeats them)."""
        if self._head is None:
            inner = [x - 8 for x in self.widths()]
            labels = ("#", _("Name"), _("Department"), _("Read the code of conduct"),
                      _("Signature"))
            self._head = [self.cell(label, "head", width)
                          for label, width in zip(labels, inner, strict=True)]
        return self._head

    def rows_for(self, people: list[Person], first_number: int, walk_ins: int) -> list[list]:
        inner = [x - 8 for x in self.widths()]  # less the cell padding
        rows = [[str(n), self.cell(p.name, "cell_bold", inner[1]),
                 self.cell(p.department, "cell", inner[2]), TickBox(), ""]
                for n, p in enumerate(people, start=first_number)]
        rows += [["", "", "", TickBox(), ""] for _ in range(walk_ins)]
        return rows

    def table(self, rows: list[list], heights: list[float]) -> Table:
        cmds = styles.table_style(rows=len(rows), zebra=False)
        cmds += [("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                 ("LINEBEFORE", (4, 1), (4, -1), 0.4, styles.RULE),
                 ("LINEBEFORE", (3, 1), (3, -1), 0.4, styles.RULE),
                 *self.font_cmds((0, 0), (1, -1), "cell_muted"),
                 *self.font_cmds((1, 1), (1, -1), "cell_bold"),
                 *self.font_cmds((2, 2), (1, -1), "cell"),
                 *self.font_cmds((0, -1), (0, 0), "head"), ("ALIGN", (3, 0), (3, 0), "CENTER")]
        table = FastTable([self.head_row(), *rows], colWidths=self.widths(),
                      rowHeights=[None, *heights])
        table.setStyle(TableStyle(cmds))
        return table

    def _height(self, flowables: list[Flowable]) -> float:
        return sum(f.wrap(self.frame_width, self.frame_height)[1] + f.getSpaceBefore()
                   + f.getSpaceAfter() for f in flowables)

    def _paginate(self, heights: list[float], first_room: float, room: float) -> list[int]:
        """How many rows go on each page."""
        counts, used, cap = [0], 0.0, first_room
        for h in heights:
            if counts[-1] and used + h > cap:
                counts.append(0)
                used, cap = 0.0, room
            counts[-1] += 1
            used += h
        return counts

    def sheet(self, people: list[Person], sheet: str, first_number: int) -> list[Flowable]:
        """One sheet (all the names, or one letter range) cut into pages."""
        walk_ins = walk_in_rows(len(people))
        rows = self.rows_for(people, first_number, walk_ins)
        inner = [x - 8 for x in self.widths()]
        heights = self.row_heights(rows, inner, pad=8, minimum=ROW_HEIGHT)
        head = Table([self.head_row()], colWidths=self.widths())
        head.setStyle(TableStyle(styles.table_style(rows=0, zebra=False)
                                 + self.font_cmds((0, -1), (0, 0), "head")))
        head_h = head.wrap(self.frame_width, self.frame_height)[1]
        line_h = self._height([self.page_line("A–K", "Anna I.–Ben R.", 1, 2)])
        top = self._height(self.heading(sheet))
        room = self.frame_height - head_h - line_h - _SLACK
        counts = self._paginate(heights, room - top, room)
        out: list[Flowable] = []
        start = 0
        for page, count in enumerate(counts, start=1):
            page_people = people[start:min(start + count, len(people))]
            names = name_range(page_people)
            label = names or _("Walk-ins")
            running = " · ".join(x for x in (_(self.title), self.where_when(),
                                              _("Sheet {sheet}").format(sheet=sheet) if sheet
                                              else "", label) if x)
            if page > 1:
                out.append(PageBreak())
            out.append(PartStart(f"{sheet} {label}".strip(), f"signin-{sheet}-{page}",
                                 self.part_level + (1 if sheet else 0), running_title=running))
            if page == 1:
                out += self.heading(sheet)
            else:
                out.append(self.p(self.where_when(), "muted"))
            out += [self.page_line(sheet, names, page, len(counts)),
                    self.table(rows[start:start + count], heights[start:start + count])]
            start += count
        return out

    def story(self) -> list[Flowable]:
        people = self.data.people
        groups = split_by_initial(people, self.parts) if self.parts > 1 else [people]
        out: list[Flowable] = []
        number = 1
        for group in groups:
            sheet = letters(group) if len(groups) > 1 else ""
            if out:
                out.append(PageBreak())
            if sheet:
                out.append(PartStart(_("Sheet {sheet}").format(sheet=sheet),
                                     f"signin-sheet-{sheet}", self.part_level,
                                     running_title=_(self.title)))
            out += self.sheet(group, sheet, number)
            number += len(group)
        count = len(people)
        out += [Spacer(0, 2 * mm),
                self.p(ngettext("{n} person invited.", "{n} people invited.", count).format(
                    n=count), "note")]
        return out


def render_signin(data: SigninData, furniture: Furniture, fontset: FontSet | None = None,
                  parts: int = 1) -> bytes:
    return SigninRenderer(data, furniture, fontset, parts).render()
