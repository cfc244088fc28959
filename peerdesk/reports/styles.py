"""One look for every printed document: colours, paragraph styles and table styles.

Declared once so the sign-in sheet, the agenda and the cycle report read as one family.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from peerdesk.reports.fonts import SANS, SANS_BOLD, SANS_ITALIC, fonts

INK: Color = HexColor("#1f2933")
MUTED: Color = HexColor("#616e7c")
ACCENT: Color = HexColor("#1f5f7a")
ACCENT_LIGHT: Color = HexColor("#e3eef3")
RULE: Color = HexColor("#c3ccd5")
ZEBRA: Color = HexColor("#f5f7fa")
WARN: Color = HexColor("#a14a0b")

MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm


@cache
def stylesheet() -> dict[str, ParagraphStyle]:
    """The paragraph styles by name; fonts are registered first."""
    fonts()
    # embeddedHyphenation=2: a long name breaks after one of its hyphens (trying the next
    # line too), not mid-word
    base = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=14, textColor=INK,
                          alignment=TA_LEFT, bulletFontName=SANS, embeddedHyphenation=2)
    s: dict[str, ParagraphStyle] = {"body": base}

    def add(name: str, **kw) -> None:
        s[name] = ParagraphStyle(name, parent=kw.pop("parent", base), **kw)

    add("title", fontName=SANS_BOLD, fontSize=20, leading=25, textColor=ACCENT, spaceAfter=2)
    add("subtitle", fontSize=11, leading=15, textColor=MUTED, spaceAfter=10)
    add("h1", fontName=SANS_BOLD, fontSize=14, leading=18, textColor=ACCENT, spaceBefore=6,
        spaceAfter=6)
    add("h2", fontName=SANS_BOLD, fontSize=11, leading=15, spaceBefore=8, spaceAfter=3)
    add("small", fontSize=8.5, leading=11)
    add("small_bullet", fontSize=8.5, leading=11, leftIndent=4 * mm, bulletIndent=1 * mm)
    add("cell_bullet", fontSize=9, leading=11.5, leftIndent=3 * mm, bulletIndent=0)
    add("question", fontName=SANS_BOLD, fontSize=9.5, leading=12.5)
    add("muted", fontSize=9, leading=12, textColor=MUTED)
    add("note", fontName=SANS_ITALIC, fontSize=8.5, leading=11, textColor=MUTED)
    add("cell", fontSize=9, leading=11.5)
    add("cell_bold", fontName=SANS_BOLD, fontSize=9, leading=11.5)
    add("cell_muted", fontSize=8, leading=10, textColor=MUTED)
    add("cell_dept", fontSize=8, leading=11.5, textColor=MUTED)  # lines up with cell_bold
    add("cell_right", fontSize=9, leading=11.5, alignment=TA_RIGHT)
    add("cell_centre", fontSize=9, leading=11.5, alignment=TA_CENTER)
    add("head", fontName=SANS_BOLD, fontSize=8, leading=10, textColor=ACCENT)
    add("head_centre", fontName=SANS_BOLD, fontSize=8, leading=10, textColor=ACCENT,
        alignment=TA_CENTER)
    add("item", fontSize=10.5, leading=15, leftIndent=7 * mm, bulletIndent=0,
        bulletFontName=SANS_BOLD, bulletFontSize=10.5, textColor=INK, spaceAfter=5)
    add("cover_title", fontName=SANS_BOLD, fontSize=28, leading=34, textColor=ACCENT,
        spaceAfter=8)
    add("cover_sub", fontSize=14, leading=19, textColor=INK, spaceAfter=4)
    add("cover_meta", fontSize=11, leading=16, textColor=MUTED)
    return s


# Every table starts from the embedded font: reportlab's default cell font is Helvetica,
# which would otherwise be referenced (unembedded) even by tables of paragraphs only.
BASE_CMDS: tuple[tuple, ...] = (("FONT", (0, 0), (-1, -1), SANS, 9, 11.5),
                                ("TEXTCOLOR", (0, 0), (-1, -1), INK))


def table_style(header_rows: int = 1, zebra: bool = True, rows: int = 0) -> list[tuple]:
    """Grid-less tables: a tinted header, hairlines between rows, optional zebra striping."""
    cmds: list[tuple] = [
        *BASE_CMDS,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, RULE),
    ]
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT_LIGHT),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ]
    if zebra and rows:  # one command, not one per row: a long table is styled per page
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [None, ZEBRA]))
    return cmds
