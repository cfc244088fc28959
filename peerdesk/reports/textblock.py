"""Short paragraphs laid out and drawn straight onto the canvas.

A partner slip is a few short paragraphs, and 300 of them make one document: reportlab's
Paragraph parses its markup, splits it into fragments and measures them again for each
slip, which made the slips 25 times slower than a table of the same names. A
:class:`TextBlock` takes plain text runs (text, font, colour) instead of markup, breaks
lines at spaces with the fonts' own widths (reportlab's C accelerated ``stringWidth``)
and draws every line of a slip into one PDF text object.

It does only what the slips need: one size per paragraph, a hanging indent, fallback
fonts and shaped complex scripts (through :meth:`FontSet.runs`), scaled down as a whole
when it would overflow its box. A paragraph holding right-to-left letters (an Arabic
or Hebrew name in an English sentence) is cut into lines in logical (reading) order
first, and only then is each line reordered for display (UAX #9 rules L1–L2, by
:func:`peerdesk.reports.bidi.visual_runs`) with the document's direction as the
paragraph's: so a long Arabic name that wraps starts on the first line, as it is read.
Lines break at spaces and after hyphens; a word wider than a line even so shrinks the
block until it fits, so no word is ever cut. Lines start at the left, or at the right in
a document written right to left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from peerdesk.reports.bidi import visual_runs
from peerdesk.reports.fonts import FontSet, document_direction, has_rtl
from peerdesk.reports.pdftext import text_ops

Piece = tuple[str, str, Color]  # font, text (no spaces), colour
# a word: its pieces, its width at size 1, and the space after it (font, width at size 1).
# In a paragraph laid out by direction (Para.bidi) a piece holds the base font and the
# text in logical order; the drawing fonts are chosen once the line is reordered.
Word = tuple[list[Piece], float, str, float]


@dataclass(slots=True)
class Para:
    """One paragraph: ``segments`` of (text, font, colour), all at ``size``."""

    segments: list[tuple[str, str, Color]]
    size: float
    leading: float
    space_before: float = 0.0
    indent: float = 0.0  # continuation lines start this far in (a hanging bullet)
    runs: list[Piece] = field(default_factory=list)  # the whole text, one run per font
    width: float = 0.0  # of ``runs`` at size 1
    words: list[Word] | None = None  # split only when the paragraph needs two lines
    fonts: FontSet | None = None
    bidi: str | None = None  # "L" or "R": laid out by direction (right-to-left letters)


class TextBlock(Flowable):
    """Paragraphs in a box of fixed size, scaled down if they would not fit."""

    def __init__(self, paras: list[Para], width: float, height: float):
        super().__init__()
        self.paras, self.box_width, self.box_height = paras, width, height
        self.scale = 1.0
        self.lines: list[tuple[float, float, Para, int, int]] = []  # x, y, words from, to
        self.laid_width = width

    @classmethod
    def make(cls, fonts: FontSet, paras: list[Para], width: float, height: float) -> TextBlock:
        """The block, its text made smaller if it would not fit its box otherwise."""
        towards = document_direction()
        for para in paras:
            if towards == "R" or any(has_rtl(text) for text, _f, _c in para.segments):
                para.fonts, para.bidi = fonts, towards
                para.words = _words(fonts, para.segments, logical=True)
                para.width = sum(w[1] + w[3] for w in para.words[:-1]) + (
                    para.words[-1][1] if para.words else 0.0)
                continue
            runs: list[Piece] = []
            total = 0.0
            for text, base, colour in para.segments:
                for font, chunk in fonts.runs(" ".join(text.split("\n")), base):
                    total += _width(chunk, font)
                    if runs and runs[-1][0] == font and runs[-1][2] is colour:
                        runs[-1] = (font, runs[-1][1] + chunk, colour)
                    else:
                        runs.append((font, chunk, colour))
            para.runs, para.width, para.fonts = runs, total, fonts
        block = cls(paras, width, height)
        laid = block._lay(width)
        if laid is None:  # a word wider than the line, even after its hyphens: made
            need = max(para.indent + max(w[1] for w in para.words) * para.size  # smaller,
                       for para in paras if para.words)  # never cut
            laid = block._lay_at(width, width / need * 0.999)
        if laid * block.scale > height:
            laid = block._lay_at(width, height / laid)
            block.scale = min(block.scale, height / laid)
        return block

    def _lay_at(self, width: float, scale: float) -> float:
        """Lay the block out at ``scale`` (smaller still if rounding leaves a word wider
        than its line); its height."""
        self.scale = scale
        while (laid := self._lay(width / self.scale)) is None:
            self.scale *= 0.99
        return laid

    def _lay(self, width: float) -> float | None:
        """Break every paragraph into lines at ``width``; the total height, or None when a
        word is wider than a line. A line is kept as a range of words (-1: the whole
        paragraph on one line), drawn by :meth:`draw`."""
        lines = []
        y = 0.0
        self.laid_width = width
        for n, para in enumerate(self.paras):
            size = para.size
            if n:
                y += para.space_before
            if para.width * size <= width:  # most paragraphs: one line, nothing to split
                lines.append((0.0, y, para, -1, -1))
                y += para.leading
                continue
            if para.words is None:
                if para.fonts is None:
                    raise ValueError("a paragraph is laid out only after make() measured it")
                para.words = _words(para.fonts, para.segments, logical=False)
            first = 0
            x = start = owed = 0.0
            for k, (_pieces, w1, _space_font, space1) in enumerate(para.words):
                w = w1 * size
                if k > first and start + x + owed + w > width:
                    lines.append((start, y, para, first, k))
                    y += para.leading
                    first, x, start = k, 0.0, para.indent
                elif k > first:
                    x += owed
                if start + w > width:
                    return None
                x += w
                owed = space1 * size
            lines.append((start, y, para, first, len(para.words)))
            y += para.leading
        self.lines = lines
        return y

    def wrap(self, available_width, available_height):
        return self.box_width, self.box_height

    def draw(self) -> None:
        """Every line into one PDF text object (:mod:`peerdesk.reports.pdftext`)."""
        canv = self.canv
        canv.saveState()
        canv.translate(0, self.box_height)
        canv.scale(self.scale, self.scale)
        canv._code.append(text_ops(canv, (  # type: ignore[attr-defined]  # reportlab's page buffer, not in its stubs
            self._placed(x, y, para, first, last) for x, y, para, first, last in self.lines)))
        canv.restoreState()

    def _placed(self, x: float, y: float, para: Para, first: int, last: int
                ) -> tuple[float, float, float, list[Piece]]:
        """A line as text_ops draws it: (x, baseline, size, runs left to right)."""
        baseline = -(y + para.size)
        if para.bidi is None:
            return x, baseline, para.size, (
                para.runs if first < 0 or para.words is None
                else _line_pieces(para.words, first, last))
        words = para.words or []
        pieces = _display_pieces(para, *((0, len(words)) if first < 0 else (first, last)))
        if para.bidi == "R":  # from the right edge, the hanging indent on the right
            x = self.laid_width - x - sum(_width(text, font) for font, text, _c in pieces
                                          ) * para.size
        return x, baseline, para.size, pieces


def _line_pieces(words: list[Word], first: int, last: int) -> list[Piece]:
    """The words ``first`` to ``last`` as runs to draw, the spaces between them included
    (so the text layer has them), one run per font and colour."""
    line: list[Piece] = []
    for k in range(first, last):
        pieces, _w, space_font, _space = words[k]
        if k < last - 1 and space_font:
            pieces = [*pieces, (space_font, " ", pieces[-1][2])]
        for piece_font, chunk, piece_colour in pieces:
            if line and line[-1][0] == piece_font and line[-1][2] is piece_colour:
                line[-1] = (piece_font, line[-1][1] + chunk, piece_colour)
            else:
                line.append((piece_font, chunk, piece_colour))
    return line


_AFTER_HYPHEN = re.compile(r"(?<=[^\s-]-)(?=[^\s-])")  # "Oliveira-|Santos", not "-5" or "--"
_widths: dict[tuple[str, str], float] = {}  # (font, text) -> width at size 1


def _width(text: str, font: str) -> float:
    """``text``'s width in ``font`` at size 1, kept (a word comes back on every slip)."""
    width = _widths.get((font, text))
    if width is None:
        if len(_widths) > 100_000:
            _widths.clear()
        width = _widths[(font, text)] = stringWidth(text, font, 1)
    return width


def _display_pieces(para: Para, first: int, last: int) -> list[Piece]:
    """The words ``first`` to ``last`` of a paragraph laid out by direction, reordered for
    display as one line (:func:`~peerdesk.reports.bidi.visual_runs`), in their fonts."""
    fonts, words = para.fonts, para.words or []
    if fonts is None or para.bidi is None:
        raise ValueError("a paragraph is laid out only after make() measured it")
    looks: list[tuple[str, Color]] = []  # (base font, colour) of each tag
    logical: list[tuple[str, int]] = []
    for piece_base, chunk, colour in _line_pieces(words, first, last):
        look = (piece_base, colour)
        tag = next((k for k, seen in enumerate(looks)
                    if seen[0] == piece_base and seen[1] is colour), None)
        if tag is None:
            tag = len(looks)
            looks.append(look)
        logical.append((chunk, tag))
    out: list[Piece] = []
    for text, tag in visual_runs(logical, para.bidi):
        base, colour = looks[tag]
        out += [(font, chunk, colour) for font, chunk in fonts.runs(text, base, shaped=True)]
    return out


def _words(fonts: FontSet, segments: list[tuple[str, str, Color]], logical: bool) -> list[Word]:
    """The words of a paragraph, each as pieces in their fonts, with widths at size 1.

    A word may cross segments ("<b>Ana</b>." is one word); it ends at a space. ``logical``:
    the pieces keep their segment's base font and reading order, measured as they will be
    drawn (Arabic joined), for a line to be reordered once it is cut."""
    words: list[Word] = []
    pieces: list[Piece] = []
    width = 0.0

    def end(space_font: str) -> None:
        nonlocal pieces, width
        if pieces:
            words.append((pieces, width, space_font,
                          _width(" ", space_font) if space_font else 0.0))
        elif words and space_font and not words[-1][2]:  # spaces in a row count as one
            words[-1] = (*words[-1][:2], space_font, _width(" ", space_font))
        pieces, width = [], 0.0

    for text, base, colour in segments:
        text = " ".join(text.split("\n"))
        for font, chunk in [(base, text)] if logical else fonts.runs(text, base):
            parts = chunk.split(" ")
            for k, part in enumerate(parts):
                if k:
                    end(font)
                for n, piece in enumerate(_AFTER_HYPHEN.split(part) if "-" in part else [part]):
                    if n:
                        end("")  # a line may break after a hyphen, with no space
                    if piece:
                        pieces.append((font, piece, colour))
                        width += fonts.width(piece, font, 1) if logical else _width(piece, font)
    end("")
    return words
