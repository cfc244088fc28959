"""Which way text runs, and text put in the order it is drawn.

Arabic and Hebrew are stored in logical order; PDF draws glyphs left to right, so text
is reshaped (Arabic letters take their joined forms) and reordered for display first
(:func:`shape`); the text layer still reads back as the ordinary letters in typed order.
A line takes the direction of most of its letters (:func:`direction`); a line the
document composes takes the document language's (:func:`document_direction`).
Re-exported by :mod:`peerdesk.reports.fonts`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from peerdesk.reports.font_files import _DEJAVU, SANS, dejavu_dir

_RTL_CLASSES = {"R", "AL", "RLE", "RLO", "RLI"}
# Every character of those classes lies in these ranges (checked over all of Unicode in the
# tests); a text with none of them holds no right-to-left letter.
_MAYBE_RTL = re.compile("[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufefe"
                        "\U00010800-\U00010fff\U0001e800-\U0001efff]")


@cache
def _reshaper():
    import arabic_reshaper

    try:  # only the ligatures DejaVu Sans can draw
        config = arabic_reshaper.config_for_true_type_font(str(dejavu_dir() / _DEJAVU[SANS]))
    except Exception:
        config = {"ARABIC LIGATURE ALLAH": False}
    return arabic_reshaper.ArabicReshaper(configuration=config)


def _get_display(text: str, base_dir: str | None = None) -> str:
    # python-bidi's pure-Python algorithm mirrors brackets, so "(שרה)" is not drawn
    # ")שרה("; its faster Rust one (0.5 on) leaves mirroring to the renderer: us.
    try:
        from bidi.algorithm import get_display
    except ImportError:  # a python-bidi without it: order right, brackets unmirrored
        from bidi import get_display
    return get_display(text, base_dir=base_dir) if base_dir else get_display(text)


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds right-to-left letters (Arabic, Hebrew ...)."""
    if text.isascii() or not _MAYBE_RTL.search(text):  # most text, without a per-letter look
        return False
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def direction(text: str) -> str | None:
    """"R" or "L": the direction most of the letters of ``text`` are written in (the first
    letter's on a tie), None when no character has one (digits and punctuation only).

    Unicode's own rule takes the first letter only, which reads the document's English
    sentences that open with an Arabic name ("محمد has opted out.") right to left."""
    left = right = 0
    first = None
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            left += 1
        elif kind in ("R", "AL"):
            right += 1
        else:
            continue
        first = first or ("L" if kind == "L" else "R")
    if left == right:
        return first
    return "R" if right > left else "L"


def document_direction(language: str | None = None) -> str:
    """"R" when the document's language (``language``, else the current one) is written
    right to left (Arabic, Hebrew ...), else "L": the base direction of a line the document
    composes around a name ("For محمد عبد الله (Product)"), whatever script the name is in."""
    if language is None:
        from peerdesk.i18n import current_language

        language = current_language()
    return _direction_of(language)


@cache
def _direction_of(language: str) -> str:
    try:
        from babel import Locale

        return "R" if Locale.parse(language).character_order == "right-to-left" else "L"
    except (ValueError, TypeError, LookupError, ImportError):
        return "L"


def join_arabic(text: str) -> str:
    """``text`` with its Arabic letters in their joined (presentation) forms, still in
    logical order; any other text as it is."""
    if any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in text):
        return _reshaper().reshape(text)
    return text


def shape(text: str, base_dir: str | None = None) -> str:
    """``text`` as it must be drawn: composed (NFC), Arabic joined, right-to-left reordered.

    Each line takes the direction of most of its letters (:func:`direction`) unless
    ``base_dir`` ("L" or "R") is given: a line cut from a longer paragraph keeps the
    paragraph's."""
    text = unicodedata.normalize("NFC", text)
    if base_dir == "R" or has_rtl(text):  # even "1." alone: in a right-to-left line, ".1"
        text = "\n".join(_get_display(join_arabic(line), base_dir or direction(line) or "L")
                          for line in text.split("\n"))
    return text
