"""Right-to-left paragraphs that wrap: lines cut in reading order, then each reordered.

:func:`peerdesk.reports.fonts.shape` turns a whole text into display order, which is
right for a line that fits. reportlab wraps what it is given from left to right, so a
long Arabic or Hebrew paragraph reordered as a whole came out with its last line on
top. A :class:`BidiParagraph` waits until it knows its width: it cuts the text into
lines in logical (reading) order, measured with the very fonts and per-glyph fallbacks
that will draw it, reorders each line on its own, and gives reportlab one line per
``<br/>``. A paragraph that reads right to left is right-aligned, its indents and
bullet mirrored.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from functools import cache
from typing import TYPE_CHECKING, TypeVar

from reportlab import rl_config
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paragraph import split as split_words  # type: ignore[attr-defined]  # not in reportlab's stubs

from peerdesk.reports.direction import direction, join_arabic, shape

if TYPE_CHECKING:
    from peerdesk.reports.fonts import FontSet

# A line cut here must never be cut again by reportlab, which measures the same glyphs.
_SLACK = 0.01  # points


Tag = TypeVar("Tag", bound=Hashable)


def visual_runs(pieces: Sequence[tuple[str, Tag]], base_dir: str) -> list[tuple[str, Tag]]:
    """One line of ``pieces`` (text, tag), in logical order, as runs to draw left to right.

    Arabic is joined within each piece; the whole line's embedding levels are resolved
    with ``base_dir`` ("L" or "R") as the paragraph direction (UAX #9, rules X1–I2), then
    reordered by rules L1–L2 and brackets mirrored (L4). Each character keeps its piece's
    tag (a font and a colour), so a bold name inside a sentence stays bold wherever the
    reordering puts it. Meant for a line already cut from its paragraph in logical order:
    reordering before cutting puts the end of a long name on the first line."""
    from bidi import algorithm as uax9

    storage = uax9.get_empty_storage()
    storage["base_level"] = 1 if base_dir == "R" else 0
    storage["base_dir"] = "R" if base_dir == "R" else "L"
    tags: list[Tag] = []
    for text, tag in pieces:
        joined = join_arabic(text)
        uax9.get_embedding_levels(joined, storage)
        tags += [tag] * (len(storage["chars"]) - len(tags))
    for char, tag in zip(storage["chars"], tags, strict=True):
        char["tag"] = tag
    uax9.explicit_embed_and_overrides(storage)
    uax9.resolve_weak_types(storage, False)
    uax9.resolve_neutral_types(storage, False)
    uax9.resolve_implicit_levels(storage, False)
    uax9.reorder_resolved_levels(storage, False)
    uax9.apply_mirroring(storage, False)
    runs: list[tuple[str, Tag]] = []
    for char in storage["chars"]:
        if runs and runs[-1][1] == char["tag"]:
            runs[-1] = (runs[-1][0] + char["ch"], char["tag"])
        else:
            runs.append((char["ch"], char["tag"]))
    return runs


def _cut_word(fs: FontSet, word: str, base: str, size: float, room: float) -> tuple[str, str]:
    """A word wider than a whole line: as many characters as fit, and the rest."""
    end = 1
    while end < len(word) and fs.width(word[:end + 1], base, size) <= room:
        end += 1
    return word[:end], word[end:]


def cut_lines(fs: FontSet, text: str, base: str, size: float, widths: list[float],
              done: int = 0) -> list[str]:
    """One line of ``text`` (no line breaks) cut to ``widths`` in logical order.

    ``widths`` holds the first line's room, then every later line's; ``done`` lines of
    the paragraph come before this text."""
    space = stringWidth(" ", base, size)
    lines: list[str] = []
    words: list[str] = []
    used = 0.0

    def room() -> float:
        return widths[min(done + len(lines), len(widths) - 1)] - _SLACK

    for word in (w for w in split_words(text) if w):
        width = fs.width(word, base, size)
        if words and used + space + width <= room():
            words.append(word)
            used += space + width
            continue
        if words:
            lines.append(" ".join(words))
        while width > room() and len(word) > 1:
            head, word = _cut_word(fs, word, base, size, room())
            lines.append(head)
            width = fs.width(word, base, size)
        words, used = [word], width
    lines.append(" ".join(words))
    return lines


def display_lines(fs: FontSet, text: str, base: str, size: float,
                  widths: list[float], base_dir: str | None = None) -> list[str]:
    """The lines of ``text`` top to bottom, each reshaped and in display order.

    Each line break starts a new bidi paragraph (Unicode's rule) with a direction of its
    own (:func:`~peerdesk.reports.fonts.direction`); a line of digits only takes the
    direction of the whole text. ``base_dir`` ("L" or "R") sets every line's direction
    instead (a name in a table of a document written left to right)."""
    overall = direction(text) or "L"
    out: list[str] = []
    for hard in text.split("\n"):
        towards = base_dir or direction(hard) or overall
        out += [shape(line, towards) for line in cut_lines(fs, hard, base, size, widths,
                                                            len(out))]
    return out


@cache
def mirrored(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` for a paragraph read right to left: aligned right, indents swapped."""
    alignment = TA_RIGHT if style.alignment in (TA_LEFT, TA_JUSTIFY) else style.alignment
    return ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=alignment,
                          leftIndent=style.rightIndent, rightIndent=style.leftIndent)


class BidiParagraph(Paragraph):
    """A paragraph of plain text holding right-to-left letters; make it with
    :meth:`peerdesk.reports.fonts.FontSet.paragraph`.

    The lines are cut when reportlab first asks for a width; the two parts of a split
    are ordinary paragraphs of lines already cut (reportlab makes them with ``frags``)."""

    _source: tuple[FontSet, str, str, str | None] | None = None  # (fonts, logical text,
    # base font, direction of its lines: None for each line its own)
    _laid_for: float | None = None
    _rtl_bullet: tuple[FontSet, str] | None = None  # drawn at the right by drawPara

    @classmethod
    def of(cls, fs: FontSet, text: str, style: ParagraphStyle, base: str,
           bullet: str | None = None, base_dir: str | None = None) -> BidiParagraph:
        rtl = (base_dir or direction(text)) == "R"
        if rtl:
            style = mirrored(style)
        para = cls(cls._markup(fs, shape(text, base_dir), base, style), style,
                   bulletText=None if rtl else bullet)
        para._source = (fs, text, base, base_dir)
        if rtl and bullet:
            para._rtl_bullet = (fs, bullet)
        return para

    @staticmethod
    def _markup(fs: FontSet, shaped: str, base: str, style: ParagraphStyle) -> str:
        body = fs.markup(shaped, base, shaped=True)
        return body if base == style.fontName else f'<font name="{base}">{body}</font>'

    def _widths(self, width: float) -> list[float]:
        """Each line's room, as reportlab's own ``wrap`` works it out."""
        st = self.style
        first = width - st.leftIndent - st.firstLineIndent - st.rightIndent
        later = width - st.leftIndent - st.rightIndent
        if self.bulletText:  # a left bullet wider than the indent narrows the first line
            reach = (st.bulletIndent + 0.6 * st.bulletFontSize
                     + stringWidth(self.bulletText, st.bulletFontName, st.bulletFontSize))
            first -= max(0.0, reach - st.leftIndent - st.firstLineIndent)
        return [first, later]

    def wrap(self, availWidth, availHeight):
        if self._source is not None and availWidth > 1 and availWidth != self._laid_for:
            fs, text, base, base_dir = self._source
            st = self.style
            lines = display_lines(fs, text, base, st.fontSize, self._widths(availWidth),
                                  base_dir)
            body = "<br/>".join(self._markup(fs, line, base, st) for line in lines)
            self._setup(body, st, self.bulletText, None, cleanBlockQuotedText)
            self._laid_for = availWidth
        return super().wrap(availWidth, availHeight)

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            parts[0]._rtl_bullet = self._rtl_bullet
        return parts

    def drawPara(self, debug=0):
        super().drawPara(debug)
        if self._rtl_bullet and self.blPara.lines:
            self._draw_bullet(*self._rtl_bullet)

    def _draw_bullet(self, fs: FontSet, bullet: str) -> None:
        """The bullet at the right of the first line, where a right-to-left reader starts."""
        st, canv = self.style, self.canv
        first = self.blPara.lines[0] if self.blPara.kind == 1 else self.blPara  # type: ignore[attr-defined]  # set by wrap(); not in reportlab's stubs
        drop = first.fontSize if rl_config.paraFontSizeHeightOffset else getattr(
            first, "ascent", first.fontSize)
        y = self.height - drop + getattr(st, "bulletOffsetY", 0)
        x = self.width - st.bulletIndent
        runs = fs.runs(shape(bullet, "R"), st.bulletFontName, shaped=True)
        x -= sum(stringWidth(chunk, font, st.bulletFontSize) for font, chunk in runs)
        canv.saveState()
        canv.setFillColor(getattr(st, "bulletColor", None) or st.textColor)
        for font, chunk in runs:
            canv.setFont(font, st.bulletFontSize)
            canv.drawString(x, y, chunk)
            x += stringWidth(chunk, font, st.bulletFontSize)
        canv.restoreState()
