"""The text of a PDF, for tests: poppler's pdftotext when it is installed, pypdf otherwise.

A PDF test never skips because pdftotext is missing: pypdf (a test dependency) reads
the same text layer. ``PEERDESK_PDF_TEXT=pypdf`` makes the pypdf path run on a machine
that has pdftotext too, so both are kept honest::

    PEERDESK_PDF_TEXT=pypdf python -m pytest tests/reports
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass

import pytest
from pypdf import PdfReader


@dataclass(frozen=True, slots=True)
class Word:
    """One printed word: its page (from 1), its box in points from the top-left corner."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


def use_pdftotext() -> bool:
    return os.environ.get("PEERDESK_PDF_TEXT", "") != "pypdf" and bool(shutil.which("pdftotext"))


def plain(text: str) -> str:
    """Without presentation forms (NFKC) or bidi control marks, as a reader would type it."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def pdf_text(data: bytes, *, layout: bool = False, raw: bool = False,
             first: int | None = None, last: int | None = None) -> str:
    """The text of pages ``first`` to ``last`` (all unless told), each page ending in a form
    feed. ``layout`` keeps the columns of a line on one line (a table row reads across);
    without it text comes in reading order. ``raw``: strictly in drawing order, each line
    as drawn (a word broken after its hyphen is not joined again, as pdftotext otherwise
    does; pypdf never joins it). The text is returned as stored: pass it through
    :func:`plain` to compare with what was typed."""
    if layout and raw:
        raise ValueError("layout and raw are two different orders: ask for one")
    if use_pdftotext():
        cmd = ["pdftotext", *(["-layout"] if layout else []), *(["-raw"] if raw else [])]
        if first:
            cmd += ["-f", str(first), "-l", str(last or first)]
        out = subprocess.run([*cmd, "-", "-"], input=data, capture_output=True, check=True)
        return out.stdout.decode("utf-8")
    pages = PdfReader(io.BytesIO(data)).pages
    lo = (first or 1) - 1
    hi = (last or first or len(pages))
    # pypdf's plain reading follows form objects (a "Page 2 of 5" footer), switches of font
    # inside a word and right-to-left lines (given back in logical order); its layout mode
    # does none of these, so ``layout`` asks for nothing more here.
    return "".join(page.extract_text() + "\n\f" for page in pages[lo:hi])


_RTL = {"R", "AL"}


def same_text(text: str) -> str:
    """Text to compare with what was typed. pypdf hands back an Arabic lam-alef ligature
    (one glyph for lam + alef) with its two letters swapped whenever it puts a
    right-to-left line in order, and nothing in its output tells the ligature from an
    alef followed by a lam; so on the pypdf path both spellings compare as one. With
    pdftotext the text is only made :func:`plain`."""
    text = plain(text)
    if use_pdftotext():
        return text
    return re.sub("\u0644([\u0627\u0622\u0623\u0625])", lambda m: m[1] + "\u0644", text)


# Word boxes need each glyph's width, which pypdf does not give: the few tests that measure
# where a word ends (right-aligned lines, margins) still need pdftotext, and say so.
needs_word_boxes = pytest.mark.skipif(
    not use_pdftotext(), reason="measures word boxes: needs pdftotext (apt: poppler-utils)")


# pypdf reads a table cell by cell, not row by row as pdftotext -layout does: a test
# that reads a row across (a contents line and its page number) needs pdftotext.
needs_layout = pytest.mark.skipif(
    not use_pdftotext(), reason="reads table rows across: needs pdftotext (apt: poppler-utils)")


def pdf_words(data: bytes) -> list[Word]:
    """Every word with its box, page after page (pdftotext -bbox)."""
    xml = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=data, capture_output=True,
                         check=True).stdout.decode("utf-8")
    words = []
    for page, chunk in enumerate(re.split(r"<page ", xml)[1:], start=1):
        for x0, y0, x1, y1, text in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                r"([^<]*)</word>", chunk):
            words.append(Word(page, float(x0), float(y0), float(x1), float(y1),
                              _unescape(text)))
    return words


def _unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))
