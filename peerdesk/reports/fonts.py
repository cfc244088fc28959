"""Fonts for the printed documents: every name must print as itself, in every script.

reportlab's built-in Helvetica covers Latin-1 only, so the documents embed DejaVu Sans,
which matplotlib already ships (Latin with diacritics, Greek, Cyrillic, Vietnamese,
Hebrew, Arabic). A character DejaVu lacks falls back, one character at a time, to an
installed font found by :mod:`peerdesk.reports.fontfind` (the Noto family for its script
first: Devanagari, Thai, ...; a TrueType CJK font for Chinese, Japanese and Korean; an
outline emoji font for emoji). Complex scripts are shaped with HarfBuzz
(:mod:`peerdesk.reports.shaping`). An emoji no font has is dropped; any other character
no font has is reported (see :meth:`FontSet.missing`, with the font to install) and
printed as "?" rather than as an empty box.

Arabic and Hebrew are reordered for display first (:mod:`peerdesk.reports.direction`). A
paragraph that may wrap is made by :meth:`FontSet.paragraph`, which reorders each line
only once the lines are known (see :mod:`peerdesk.reports.bidi`). The font files (DejaVu,
the fallbacks found on this machine) are :mod:`peerdesk.reports.font_files`; both modules'
names are re-exported here, where the documents import them from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.reports import fontfind, shaping
from peerdesk.reports.direction import (
    direction,
    document_direction,
    has_rtl,
    join_arabic,
    shape,
)
from peerdesk.reports.font_files import (
    FALLBACK_FILES,
    FONT_PATH_ENV,
    SANS,
    SANS_BOLD,
    SANS_BOLD_ITALIC,
    SANS_ITALIC,
    _load,
    _lock,
    _register_primary,
    dejavu_dir,
    find_fallback_fonts,
    font_dirs,
)

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

__all__ = [
    "FALLBACK_FILES", "FONT_PATH_ENV", "SANS", "SANS_BOLD", "SANS_BOLD_ITALIC", "SANS_ITALIC",
    "FontSet", "dejavu_dir", "direction", "document_direction", "escape", "find_fallback_fonts",
    "font_dirs", "fonts", "has_rtl", "join_arabic", "paragraph", "shape",
]


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` escaped for paragraph markup (as xml.sax.saxutils.escape, whose
    import brings urllib and http.client: a tenth of a one-page document's start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# A space inside guillemets or before the high punctuation French spaces off (« oui », « non » ;
# « Date : ») is kept with its mark: a line never starts with "»" or ":" nor ends with "«".
_GLUE_AFTER = re.compile(r"([«‹]) ")
_GLUE_BEFORE = re.compile(r" ([»›:;!?])")


def glue_punctuation(text: str) -> str:
    """``text`` with the space after an opening guillemet and before a closing one or ``: ; ! ?``
    made non-breaking (U+00A0, as wide as a space)."""
    return _GLUE_BEFORE.sub("\u00a0\\1", _GLUE_AFTER.sub("\\1\u00a0", text))


def _ignorable(ch: str) -> bool:
    """Format characters (bidi marks, zero-width joiners) and variation selectors: they
    draw nothing of their own."""
    return unicodedata.category(ch) == "Cf" or fontfind.is_variation(ch)


class FontSet:
    """The embedded fonts plus the fallbacks found on this machine, loaded when first needed.

    ``fallbacks`` None means search the machine; a list means those font files only (an
    empty list: DejaVu only; tests use it to check what happens when no font has a glyph)."""

    def __init__(self, fallbacks: Iterable[Path] | None = None):
        _register_primary()
        self._search = fallbacks is None
        self._candidates = list(fallbacks) if fallbacks is not None else None
        self._loaded: list[tuple[str, dict]] = []
        self._tried = 0
        self._choice: dict[str, str | None] = {}
        self._by_path: dict[Path, str | None] = {}
        self._runs: dict[tuple[str, str, bool], list[tuple[str, str]]] = {}
        self._bold: dict[str, str] = {}  # fallback font -> its bold face, once looked for

    @property
    def fallback_names(self) -> list[str]:
        """The fallback fonts loaded so far (registered reportlab names)."""
        return [name for name, _cmap in self._loaded]

    # -- which font draws a character ---------------------------------------------------
    def _cmap(self, name: str) -> dict:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        font = pdfmetrics.getFont(name)
        if not isinstance(font, TTFont):  # PeerDesk registers TrueType fonts only
            raise TypeError(f"{name} is not a TrueType font")
        return font.face.charToGlyph

    def _take(self, path: Path, code: int, fallback: bool = True) -> str | None:
        """Load ``path`` (once) and return its name if it draws ``code``; ``fallback``:
        try it for other characters too (a bold face is only for bold text)."""
        if path not in self._by_path:
            font = _load(path)
            self._by_path[path] = font.fontName if font is not None else None
            if fallback and font is not None and font.fontName not in self.fallback_names:
                self._loaded.append((font.fontName, font.face.charToGlyph))
        name = self._by_path[path]
        return name if name is not None and code in self._cmap(name) else None

    def _fallback_for(self, ch: str) -> str | None:
        code = ord(ch)
        with _lock:
            if self._search:  # the fonts made for this script first (Noto ...)
                for path in fontfind.preferred_fonts(fontfind.script_of(ch)):
                    if fontfind.covers(path, code) and (name := self._take(path, code)):
                        return name
            for name, cmap in self._loaded:
                if code in cmap:
                    return name
            if self._candidates is None:
                self._candidates = find_fallback_fonts()
            while self._tried < len(self._candidates):
                path = self._candidates[self._tried]
                self._tried += 1
                name = self._take(path, code)
                if name is not None:
                    return name
            if self._search:  # last resort: any installed font that has it
                for path in fontfind.system_fonts():
                    if fontfind.covers(path, code) and (name := self._take(path, code)):
                        return name
        return None

    def font_for(self, ch: str, base: str = SANS) -> str | None:
        """The font that draws ``ch`` when the text is set in ``base``; None if none has it."""
        if ord(ch) in self._cmap(base):
            return base
        if ch not in self._choice:
            self._choice[ch] = self._fallback_for(ch)
        found = self._choice[ch]
        if found is not None and base in (SANS_BOLD, SANS_BOLD_ITALIC):
            return self._bold_of(found, ord(ch))
        return found

    def _bold_of(self, name: str, code: int) -> str:
        """The bold face of fallback font ``name`` where one is installed beside it
        (NotoSansThai-Bold.ttf beside NotoSansThai-Regular.ttf), else ``name``."""
        if name not in self._bold:
            self._bold[name] = name
            path = next((p for p, n in self._by_path.items() if n == name), None)
            if path is not None and "-Regular" in path.stem:
                bold = path.with_name(path.stem.replace("-Regular", "-Bold") + path.suffix)
                if bold.is_file():
                    with _lock:
                        taken = self._take(bold, code, fallback=False)
                    if taken is not None:
                        self._bold[name] = taken
        bold_name = self._bold[name]
        return bold_name if code in self._cmap(bold_name) else name

    def runs(self, text: str, base: str = SANS, shaped: bool = False) -> list[tuple[str, str]]:
        """Split ``text`` into (font name, characters) runs, complex scripts shaped; an emoji
        no font has is dropped, any other unprintable character becomes "?"."""
        if text.isascii() and text.isprintable():  # most text: DejaVu has every character
            return [(base, text)] if text else []
        key = (text, base, shaped)
        cached = self._runs.get(key)
        if cached is not None:
            return cached
        if len(self._runs) > 50_000:
            self._runs.clear()
        self._runs[key] = found = self._find_runs(text, base, shaped)
        return found

    def _find_runs(self, text: str, base: str, shaped: bool) -> list[tuple[str, str]]:
        if not shaped:
            text = shape(text)
        cmap = self._cmap(base)
        runs: list[tuple[str, str]] = []
        for ch in text:
            if ord(ch) in cmap or ch in " \t\n":
                font = base
            elif _ignorable(ch):
                continue
            else:
                found = self.font_for(ch, base)
                if found is None:
                    if fontfind.is_emoji(ch):
                        continue
                    found, ch = base, "?"
                font = found
            if runs and runs[-1][0] == font:
                runs[-1] = (font, runs[-1][1] + ch)
            else:
                runs.append((font, ch))
        return [(font, self._shaped(font, chunk)) if font != base else (font, chunk)
                for font, chunk in runs]

    @staticmethod
    def _shaped(font: str, chunk: str) -> str:
        if any(fontfind.script_of(ch) in fontfind.COMPLEX_SCRIPTS for ch in chunk):
            return shaping.shape_run(font, chunk)
        return chunk

    def missing(self, text: str) -> str:
        """The characters of ``text`` that no available font can draw, in order, once each
        (emoji, which are left out when no font has them, are not counted)."""
        if text.isascii() and text.isprintable():  # DejaVu Sans draws every one of these
            return ""
        out: list[str] = []
        for ch in shape(text):
            if ch.isspace() or _ignorable(ch) or ch in out or fontfind.is_emoji(ch):
                continue
            if self.font_for(ch) is None:
                out.append(ch)
        return "".join(out)

    def unprintable(self, texts: Iterable[str]) -> list[tuple[str, str]]:
        """(text, missing characters) for every text that would not print as itself."""
        result = []
        for text in dict.fromkeys(texts):
            gone = self.missing(text)
            if gone:
                result.append((text, gone))
        return result

    # -- output ---------------------------------------------------------------------------
    def markup(self, text: str, base: str = SANS, shaped: bool = False) -> str:
        """Paragraph markup for plain ``text``: escaped, with fallback fonts around their runs.

        Right-to-left text is reordered as one line; for a paragraph that may wrap use
        :meth:`paragraph`."""
        parts = []
        text = glue_punctuation(text)
        for font, chunk in self.runs(text, base, shaped):
            chunk = escape(chunk).replace("\n", "<br/>")
            parts.append(chunk if font == base else f'<font name="{font}">{chunk}</font>')
        return "".join(parts)

    def paragraph(self, text: str, style: ParagraphStyle, base: str | None = None,
                  bullet: str | None = None, base_dir: str | None = None) -> Paragraph:
        """A reportlab Paragraph of plain ``text`` in ``style`` (``base`` font if not the
        style's own): exactly ``Paragraph(markup(text))`` unless the text holds Arabic or
        Hebrew, whose lines are then cut in reading order and right-aligned if it reads
        right to left (:class:`peerdesk.reports.bidi.BidiParagraph`). ``base_dir`` ("L" or
        "R"), when given, is the direction instead of the text's own: a name in a table of
        an English document starts at the left of its cell like every other name."""
        if has_rtl(text):
            from peerdesk.reports.bidi import BidiParagraph

            return BidiParagraph.of(self, text, style, base or style.fontName, bullet,
                                    base_dir)
        base = base or style.fontName
        body = self.markup(text, base)
        if base != style.fontName:
            body = f'<font name="{base}">{body}</font>'
        return paragraph(body, style, bullet)

    def width(self, text: str, base: str, size: float) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return sum(stringWidth(chunk, font, size) for font, chunk in self.runs(text, base))

    def draw(self, canvas, x: float, y: float, text: str, base: str = SANS, size: float = 9,
             align: str = "left") -> float:
        """Draw one line on a canvas, switching fonts per run; returns its width."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        runs = self.runs(text, base)
        widths = [stringWidth(chunk, font, size) for font, chunk in runs]
        total = sum(widths)
        if align == "right":
            x -= total
        elif align == "centre":
            x -= total / 2
        for (font, chunk), w in zip(runs, widths, strict=True):
            canvas.setFont(font, size)
            canvas.drawString(x, y, chunk)
            x += w
        return total


def paragraph(markup: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """``Paragraph(markup, style)`` that stays right when laid out at a second width
    (:mod:`peerdesk.reports.paragraphs`)."""
    from peerdesk.reports.paragraphs import RewrappableParagraph

    return RewrappableParagraph(markup, style, bullet)


_default: FontSet | None = None


def fonts() -> FontSet:
    """The program-wide font set (fallbacks searched once per run)."""
    global _default
    with _lock:
        if _default is None:
            _default = FontSet()
        return _default
