"""Text written straight into a page's PDF operators, for the documents' bulk text.

reportlab's text object re-encodes every string it draws (the font subset each character
falls in, PDF escaping) and a table draws each line of each cell through a text object
of its own. The slips and the long tables of a 300-person pack draw thousands of short
strings, most of them again and again (department names, the same sentence on every
slip): :func:`encoded` keeps each string's encoding for the document, and
:func:`text_ops` writes the same operators reportlab would, in one text object.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Table


def encoded(canv, font_name: str, text: str) -> list[tuple[str, str]]:
    """``text`` in the TrueType font ``font_name`` as (subset font name, escaped string)
    parts, as reportlab's text object writes them, kept for the rest of the document."""
    cache = canv.__dict__.setdefault("_pd_encoded", {})
    parts = cache.get((font_name, text))
    if parts is None:
        font = getFont(font_name)
        if not isinstance(font, TTFont):  # PeerDesk registers TrueType fonts only
            raise TypeError(f"{font_name} is not a TrueType font")
        doc = canv._doc
        parts = cache[(font_name, text)] = [
            (font.getSubsetInternalName(subset, doc), canv._escape(chunk))
            for subset, chunk in font.splitString(text, doc)]
    return parts


def rgb(colour: Color) -> str:
    return f"{fp_str(colour.red, colour.green, colour.blue)} rg"


def text_ops(canv, lines: Iterable[tuple[float, float, float, Iterable[tuple[str, str, Color]]]]
             ) -> str:
    """One PDF text object: for each (x, baseline y, size, runs of (font, text, colour)),
    the line's runs drawn from (x, y). The caller wraps it in q/Q (it sets the colour)."""
    code = ["BT"]
    current: tuple[str, float] | None = None
    colour = None
    for x, y, size, runs in lines:
        code.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        for font, chunk, run_colour in runs:
            if run_colour is not colour:
                code.append(rgb(run_colour))
                colour = run_colour
            for name, escaped in encoded(canv, font, chunk):
                if (name, size) != current:
                    code.append(f"{name} {fp_str(size)} Tf")
                    current = (name, size)
                code.append(f"({escaped}) Tj")
    code.append("ET")
    return " ".join(code)


class FastTable(Table):
    """A reportlab Table whose plain-string, left-aligned cells are written by
    :func:`text_ops` (one text object a cell, encodings kept) instead of one reportlab
    text object per line; everything else is reportlab's own drawing."""

    def _drawCell(self, cellval, cellstyle, pos, size):
        if (not isinstance(cellval, str) or cellstyle.alignment != "LEFT"
                or getattr(cellstyle, "direction", None) or getattr(cellstyle, "shaping", None)
                or cellstyle.href or cellstyle.destination or getattr(cellval, "onDraw", None)
                or not getFont(cellstyle.fontname)._dynamicFont):
            return super()._drawCell(cellval, cellstyle, pos, size)
        if not cellval:
            return None
        colpos, rowpos = pos
        rowheight = size[1]
        vals = cellval.split("\n")
        n, leading, fontsize = len(vals), cellstyle.leading, cellstyle.fontsize
        valign = cellstyle.valign  # as Table._drawCell places a string
        if valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + n * leading - fontsize
        elif valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding - fontsize
        else:
            y = rowpos + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding
                          + n * leading) / 2.0 - fontsize
        x = colpos + cellstyle.leftPadding
        colour = cellstyle.color
        lines = [(x, y - k * leading, fontsize, [(cellstyle.fontname, v, colour)])
                 for k, v in enumerate(vals) if v]
        self.canv._code.append(f"q {text_ops(self.canv, lines)} Q")
        return None
