"""Complex scripts drawn with HarfBuzz, and a text layer that reads back as the letters typed.

Devanagari, Thai and their kin change the order and shape of letters in context
(प्रि is drawn ि + the conjunct प्र). HarfBuzz (uharfbuzz) shapes a run in the font that
will draw it; each glyph is then given a character code the font can be asked for: its
own character where the glyph is simply that character, otherwise a private code
registered on the reportlab font, whose width is the advance HarfBuzz chose. reportlab
draws, measures, wraps and embeds such a string like any other.

reportlab 5 can call HarfBuzz itself, but only per word and in the paragraph style's own
font; our names mix fonts within a word (per-character fallback) and Arabic and Hebrew
lines are reordered by us, so we shape each single-font run here instead.

The text layer: a PDF maps each drawn character code back to Unicode (its ToUnicode
map). reportlab maps a code to itself, so Arabic's joined forms read back as
presentation forms (U+FExx) and a private code as nothing useful. :func:`install`
replaces that map: presentation forms read back as the ordinary letters (NFKC), the
glyphs of a shaped cluster as the cluster's letters in typed order (see :func:`_part`), so pdftotext, search and copy find "प्रिया" and "محمد" as typed.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache

_lock = threading.Lock()
_meaning: dict[int, str] = {}  # private code -> the text its glyph stands for
_codes: dict[tuple[str, int, str, int], int] = {}  # (font, glyph, text, advance) -> code
_next = [0xF0000]  # Supplementary Private Use Area-A: never a font's own character


def available() -> bool:
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True


@cache
def _hb_font(font_name: str):
    import uharfbuzz
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    ttf = pdfmetrics.getFont(font_name)
    if not isinstance(ttf, TTFont):  # PeerDesk registers TrueType fonts only
        raise TypeError(f"{font_name} is not a TrueType font")
    face = uharfbuzz.Face(uharfbuzz.Blob(ttf.face._ttf_data))  # type: ignore[attr-defined]  # the font file's bytes; not in reportlab's stubs
    return uharfbuzz.Font(face), face.upem


def _code_for(font, glyph: int, text: str, advance: int) -> int:
    """A character code that draws ``glyph`` with ``advance`` (1000ths of the size) and
    reads back as ``text``."""
    face = font.face
    if len(text) == 1 and face.charToGlyph.get(ord(text)) == glyph and \
            face.charWidths.get(ord(text), face.defaultWidth) == advance:
        return ord(text)
    key = (font.fontName, glyph, text, advance)
    with _lock:
        code = _codes.get(key)
        if code is None:
            code = _codes[key] = _next[0]
            _next[0] += 1
            _meaning[code] = text
            face.charToGlyph[code] = glyph
            face.glyphToChar.setdefault(glyph, []).append(code)
            face.charWidths[code] = advance
    return code


@cache
def shape_run(font_name: str, text: str) -> str:
    """``text`` (one script, left to right) as the character codes that draw it shaped in
    ``font_name``; ``text`` itself if HarfBuzz is not installed."""
    if not available():
        return text
    import uharfbuzz
    from reportlab.pdfbase import pdfmetrics

    hb_font, upem = _hb_font(font_name)
    buf = uharfbuzz.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    uharfbuzz.shape(hb_font, buf, {"kern": True, "liga": True})
    infos, positions = buf.glyph_infos, buf.glyph_positions
    starts = sorted({info.cluster for info in infos})
    ends = {s: (starts[i + 1] if i + 1 < len(starts) else len(text))
            for i, s in enumerate(starts)}
    glyphs_in: dict[int, int] = {}
    for info in infos:
        glyphs_in[info.cluster] = glyphs_in.get(info.cluster, 0) + 1
    font = pdfmetrics.getFont(font_name)
    out = []
    done: dict[int, int] = {}
    for info, pos in zip(infos, positions, strict=True):
        cluster = info.cluster
        meaning = _part(text[cluster:ends[cluster]], done.get(cluster, 0), glyphs_in[cluster])
        done[cluster] = done.get(cluster, 0) + 1
        advance = round(pos.x_advance * 1000 / upem)
        out.append(chr(_code_for(font, info.codepoint, meaning, advance)))
    return "".join(out)


def _part(letters: str, index: int, count: int) -> str:
    """The letters glyph ``index`` of ``count`` in a cluster reads back as: one letter
    each in drawing order, the last glyph the rest, so the glyphs read as the letters in
    typed order with no gap that a text extractor would take for a space."""
    if index < count - 1:
        return letters[index:index + 1]
    return letters[index:] if index < len(letters) else ""


def reads_as(code: int) -> str:
    """What a drawn character code means to a reader of the text layer."""
    if code in _meaning:
        return _meaning[code]
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:  # Arabic presentation forms
        # drawn right to left: a ligature's letters (lam-alef) in drawing order, which a
        # reader of the page turns back into typed order with the rest of the line
        return unicodedata.normalize("NFKC", chr(code))[::-1]
    return chr(code)


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with each code mapped to what it reads as (see the
    module text), astral characters (emoji, rare CJK) as UTF-16 surrogate pairs, and a
    glyph that only completes a cluster mapped to nothing."""
    entries = [f"<{i:02X}> <{_utf16_hex(reads_as(v))}>" for i, v in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(entries)} beginbfchar", *entries, "endbfchar", "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


def install() -> None:
    """Make reportlab write our ToUnicode maps (idempotent)."""
    from reportlab.pdfbase import ttfonts

    if ttfonts.makeToUnicodeCMap is not to_unicode_cmap:
        ttfonts.makeToUnicodeCMap = to_unicode_cmap
