"""Every script prints as itself: embedded DejaVu, per-character CJK fallback, RTL shaping."""

from __future__ import annotations

import unicodedata

import pytest
from reportlab.platypus import Paragraph

from peerdesk.reports import base
from peerdesk.reports.fonts import SANS, FontSet, find_fallback_fonts, fonts, shape
from tests.pdftext import pdf_text as read_pdf_text
from tests.pdftext import plain, same_text

NAMES = [
    "Zoë Ångström-Øvergård", "François Lefèvre", "Łukasz Wróblewski", "Ελένη Παπαδοπούλου",
    "Дмитрий Фёдоров", "Nguyễn Thị Minh Khai", "王小明", "محمد عبد الله", "שרה לוי",
]


def pdf_text(data: bytes) -> str:
    """Text as a reader gets it, back in logical order and without presentation forms."""
    return plain(read_pdf_text(data, layout=True))


class _Names(base.DocumentRenderer):
    title = "Names"

    def __init__(self, names, fontset=None):
        super().__init__(base.Furniture("Test program", "Names"), fontset)
        self.names = names

    def story(self):
        return [self.p(n) for n in self.names]


def test_every_script_reads_back_as_itself():
    text = pdf_text(_Names(NAMES).render())
    for name in NAMES:
        assert name in text, name


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


# -- complex scripts, emoji, unprintable names (issue 17) ------------------------------------

COMPLEX = {"DEVANAGARI": "प्रिया शर्मा", "THAI": "สมชาย ใจดี", "BENGALI": "ক্ষিতীশ রায়",
           "TAMIL": "தமிழ்செல்வி"}


def _font_for_script_or_skip(script: str, sample: str) -> None:
    from peerdesk.reports.fontfind import SCRIPT_FONTS

    if fonts().missing(sample):
        pytest.skip(f"no font for {script.title()} installed: install {SCRIPT_FONTS[script][1]}")


@pytest.mark.parametrize("script", sorted(COMPLEX))
def test_complex_scripts_are_shaped_and_read_back_as_typed(script):
    name = COMPLEX[script]
    _font_for_script_or_skip(script, name)
    runs = fonts().runs(name)
    assert "?" not in "".join(chunk for _f, chunk in runs)
    raw = read_pdf_text(_Names([name, f"Dr. {name}-Rao"]).render())
    assert name in raw and f"Dr. {name}-Rao" in raw  # no NFKC, no stray spaces


def test_devanagari_conjuncts_go_through_harfbuzz():
    _font_for_script_or_skip("DEVANAGARI", "प्रि")
    (font, chunk), = fonts().runs("प्रि")
    assert font != SANS
    assert chunk != "प्रि"  # the i-sign moved before the conjunct glyph, not the letters as typed


def test_arabic_text_layer_holds_ordinary_letters_not_presentation_forms():
    names = ["محمد عبد الله", "لا إله"]
    raw = read_pdf_text(_Names(names).render())
    assert not any(0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF for ch in raw)
    for name in names:
        assert same_text(name) in same_text(raw)


def test_emoji_without_a_font_is_dropped_never_a_question_mark():
    fs = FontSet(fallbacks=[])
    assert "".join(chunk for _f, chunk in fs.runs("Zoë 🦄🎉")) == "Zoë "
    assert fs.missing("Zoë 🦄 👍🏽") == ""


def test_emoji_print_with_an_installed_emoji_font():
    if fonts().font_for("🦄") is None:
        pytest.skip("no outline emoji font: install Symbola (fonts-symbola)")
    assert "Zoë 🦄 Smith" in pdf_text(_Names(["Zoë 🦄 Smith"]).render())


def test_an_unprintable_name_is_listed_at_the_end_with_the_font_to_install():
    renderer = _Names(["Ana", "प्रिया"], FontSet(fallbacks=[]))
    renderer.unprintable = renderer.fonts.unprintable(renderer.names)
    text = " ".join(pdf_text(renderer.render()).split())
    assert "Not printed as written" in text and "Noto Sans Devanagari" in text
    assert "fonts-noto-core" in text and "U+092A" in text


def test_long_names_break_at_spaces_or_hyphens_never_mid_word():
    from reportlab.platypus import Table

    name = "Maximiliana-Theodora von Wolkenstein-Trostburg-Hohenembs-Liechtenstein Ortega"
    assert len(name) >= 75

    class _Narrow(_Names):
        def story(self):
            return [Table([[self.cell(name, "cell", 100)]], colWidths=[110])]

    lines = [line.strip() for line in pdf_text(_Narrow([]).render()).splitlines()]
    words = set(name.replace("-", "- ").split())
    furniture = ("Printed", "Names", "Page", "Test program")  # header and footer lines
    body = [line for line in lines if line and not any(f in line for f in furniture)]
    assert body and all(w in words for line in body for w in line.split()), body


def test_a_paragraph_laid_out_at_two_widths_keeps_its_hyphens():
    from peerdesk.reports.fonts import SANS_BOLD, paragraph

    name = "Maximiliana-Theodora von Wolkenstein-Trostburg-Hohenembs-Liechtenstein Ortega"
    para = paragraph(f'<font name="{SANS_BOLD}">{name}</font><br/><font size="8">Sales</font>',
                     base.styles.stylesheet()["cell"])
    para.wrap(100, 1000)
    para.wrap(240, 1000)  # reportlab's own Paragraph loses the hyphens here

    def words(line):
        return "".join(w if isinstance(w, str) else w.text for w in line.words)

    text = " ".join(words(line) for line in para.blPara.lines)
    assert "".join(text.split()) == "".join(name.split()) + "Sales", text  # nothing lost


def test_bold_text_in_a_fallback_script_uses_its_bold_face_where_installed():
    from peerdesk.reports.fonts import SANS_BOLD

    _font_for_script_or_skip("THAI", "สมชาย")
    fs = fonts()
    regular, bold = fs.runs("สมชาย", SANS)[0][0], fs.runs("สมชาย", SANS_BOLD)[0][0]
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(bold).face.name.decode() if isinstance(
        pdfmetrics.getFont(bold).face.name, bytes) else str(pdfmetrics.getFont(bold).face.name)
    if "Bold" not in face:
        pytest.skip("no bold face of the Thai font installed")
    assert bold != regular


def test_the_quick_right_to_left_check_covers_every_right_to_left_character():
    """has_rtl skips the per-letter look when no character is in _MAYBE_RTL's ranges: so
    every right-to-left character of Unicode must be in them."""
    import sys

    from peerdesk.reports.direction import _MAYBE_RTL, _RTL_CLASSES

    outside = [hex(c) for c in range(sys.maxunicode + 1)
               if unicodedata.bidirectional(chr(c)) in _RTL_CLASSES
               and not _MAYBE_RTL.match(chr(c))]
    assert outside == []


def test_french_guillemets_and_colons_stay_with_their_words_when_a_line_breaks():
    from reportlab.platypus import Paragraph as Plain

    from peerdesk.reports.fonts import glue_punctuation

    text = "Personne n’est censé tout savoir ; dire « je ne sais pas », c’est le début : oui !"
    assert glue_punctuation(text) == text.replace(" ;", "\u00a0;").replace("« ", "«\u00a0") \
        .replace(" »", "\u00a0»").replace(" :", "\u00a0:").replace(" !", "\u00a0!")
    style = base.styles.stylesheet()["body"]

    def line_starts(para) -> list[str]:
        starts = []
        for width in range(60, 400, 3):
            para.wrap(width, 1000)
            for line in para.blPara.lines:
                words = line[1] if isinstance(line, tuple) else [w.text for w in line.words]
                starts.append("".join(words).strip()[:1])
        return starts

    assert "»" in line_starts(Plain(text, style))  # reportlab alone puts » at a line's start
    glued = fonts().paragraph(text, style)
    assert not {"»", ";", ":", "!"} & set(line_starts(glued))
