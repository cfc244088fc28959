"""Every script prints as itself: embedded DejaVu, per-character CJK fallback, RTL shaping."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from reportlab.platypus import Paragraph

from peerdesk.reports import base
from peerdesk.reports.fonts import SANS, FontSet, find_fallback_fonts, fonts, shape

NAMES = [
    "Zoë Ångström-Øvergård", "François Lefèvre", "Łukasz Wróblewski", "Ελένη Παπαδοπούλου",
    "Дмитрий Фёдоров", "Nguyễn Thị Minh Khai", "王小明", "محمد عبد الله", "שרה לוי",
]

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext")


def pdf_text(data: bytes) -> str:
    """Text as pdftotext reads it, back in logical order and without presentation forms."""
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True,
                         check=True).stdout.decode("utf-8")
    out = unicodedata.normalize("NFKC", out)
    return "".join(ch for ch in out if unicodedata.category(ch) != "Cf")


class _Names(base.DocumentRenderer):
    title = "Names"

    def __init__(self, names, fontset=None):
        super().__init__(base.Furniture("Test program", "Names"), fontset)
        self.names = names

    def story(self):
        return [self.p(n) for n in self.names]


@needs_pdftotext
def test_every_script_reads_back_as_itself():
    text = pdf_text(_Names(NAMES).render())
    for name in NAMES:
        assert name in text, name


@needs_pdftotext
def test_chinese_japanese_korean_print_with_an_installed_font():
    if not find_fallback_fonts():
        pytest.skip("no TrueType CJK font installed")
    names = ["王小明", "山田太郎", "やまだ たろう", "김민준", "Zhāng Wěi (张伟)"]
    fs = fonts()
    if any(fs.missing(n) for n in names):
        pytest.skip("the installed CJK font lacks kana or hangul")
    text = pdf_text(_Names(names).render())
    for name in names:
        assert name in text, name


def test_cjk_falls_back_per_character_to_an_installed_font():
    fs = fonts()
    if not find_fallback_fonts():
        pytest.skip("no TrueType CJK font installed")
    runs = fs.runs("Li 王小明")
    assert runs[0] == (SANS, "Li ")
    assert runs[1][0] != SANS and runs[1][1] == "王小明"
    assert fs.missing("王小明") == ""


def test_without_fallbacks_missing_glyphs_are_reported_not_boxed():
    fs = FontSet(fallbacks=[])
    assert fs.missing("王小明 Ana") == "王小明"
    assert fs.unprintable(["Ana", "王小明", "Ana"]) == [("王小明", "王小明")]
    assert "".join(chunk for _f, chunk in fs.runs("王 Ana")) == "? Ana"


def test_unusable_font_files_are_skipped(tmp_path):
    bogus = tmp_path / "broken.ttf"
    bogus.write_bytes(b"not a font")
    fs = FontSet(fallbacks=[bogus])
    assert fs.font_for("王") is None


def test_cff_opentype_is_refused():
    otf = next(iter(sorted(__import__("pathlib").Path("/usr/share/fonts").rglob("*.otf"))), None)
    if otf is None:
        pytest.skip("no .otf font here")
    fs = FontSet(fallbacks=[otf])
    assert fs.font_for("王") is None
    assert fs.fallback_names == []  # reportlab cannot embed CFF outlines: never loaded


def test_shape_reorders_rtl_and_composes_decomposed_latin():
    assert shape("Nguye\u0302\u0303n") == "Nguyễn"
    assert shape("שרה") == "הרש"
    shaped = shape("محمد")
    assert shaped != "محمد" and unicodedata.normalize("NFKC", shaped)[::-1] == "محمد"
    assert shape("Plain") == "Plain"


def test_markup_escapes_and_wraps_fallback_runs():
    fs = fonts()
    body = fs.markup("A & B <c>")
    assert body == "A &amp; B &lt;c&gt;"
    Paragraph(fs.markup("Ana 王 & Bo"), base.styles.stylesheet()["body"])  # parses


def test_bidi_marks_are_dropped_not_flagged():
    assert FontSet(fallbacks=[]).missing("\u200fAna\u200d") == ""
