"""Long Arabic and Hebrew paragraphs wrap with their lines in reading order, right-aligned.

pdftotext (or pypdf, where pdftotext is missing: tests/pdftext.py) gives each right-to-left
line back in logical order, so a paragraph printed correctly reads, line after line, as the
words were written.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from peerdesk.reports import base, bidi, data, styles
from peerdesk.reports.conduct import ConductRenderer
from peerdesk.reports.export import export_document
from peerdesk.reports.fonts import SANS, SANS_BOLD, FontSet, direction, fonts, has_rtl, shape
from peerdesk.store import conduct
from peerdesk.store.program import Program
from tests.pdftext import needs_word_boxes, pdf_words, plain, same_text
from tests.pdftext import pdf_text as read_pdf_text

ARABIC = ("نحن نحترم بعضنا بعضا في كل جلسة ونستمع إلى الآخرين دون مقاطعة ونحافظ على سرية ما "
          "يقال في الجلسة ولا ننقله إلى أي شخص خارج المجموعة ونصل في الموعد المحدد ونبلغ "
          "المنسق مسبقا إذا لم نتمكن من الحضور ونقدم الملاحظات بلطف وصدق ونركز على السلوك "
          "لا على الشخص")
HEBREW = ("אנחנו מכבדים זה את זה בכל מפגש ומקשיבים לאחרים בלי להפריע שומרים על סודיות של מה "
          "שנאמר במפגש ולא מעבירים אותו לאיש מחוץ לקבוצה מגיעים בזמן ומודיעים למנחה מראש אם "
          "איננו יכולים להגיע ונותנים משוב בעדינות ובכנות ומתמקדים בהתנהגות ולא באדם")
LTR = {
    "latin": "Everyone listens without interrupting, keeps what is said in a session inside "
             "the group, arrives on time and tells the facilitator ahead of time when they "
             "cannot come; feedback is kind, honest and about what someone did.",
    "greek": "Όλοι ακούν χωρίς να διακόπτουν, κρατούν ό,τι λέγεται στη συνάντηση μέσα στην "
             "ομάδα, έρχονται στην ώρα τους και ενημερώνουν τον συντονιστή από πριν.",
    "cyrillic": "Все слушают не перебивая, хранят сказанное на встрече внутри группы, "
                "приходят вовремя и заранее предупреждают ведущего, если не смогут прийти.",
    "mixed": "Every pairing slip names the partner, for example محمد عبد الله or שרה לוי.",
}
RIGHT_EDGE = 595.28 - styles.MARGIN_X  # A4


def pdf_text(pdf: bytes) -> str:
    return same_text(read_pdf_text(pdf, layout=True))


def rtl_lines(pdf: bytes) -> list[str]:
    """The printed lines that hold right-to-left letters, top to bottom, page after page."""
    return [" ".join(line.split()) for line in pdf_text(pdf).splitlines() if has_rtl(line)]


def word_lines(pdf: bytes) -> list[list[tuple[float, float, str]]]:
    """(xMin, xMax, word) of the words of every printed line holding right-to-left text."""
    lines: dict[tuple[int, float], list[tuple[float, float, str]]] = {}
    for w in pdf_words(pdf):
        lines.setdefault((w.page, round(w.y0)), []).append((w.x0, w.x1, plain(w.text)))
    return [words for _key, words in sorted(lines.items()) if any(has_rtl(w) for *_, w in words)]


def program_with_conduct(text: str) -> Program:
    program = Program.create(None, "Test program")
    conduct.save_text(program, text, on=date(2027, 1, 5))
    return program


def assert_reading_order(lines: list[str], text: str) -> None:
    words = same_text(text).split()
    assert len(lines) >= 3, lines  # it did wrap
    assert lines[0].split()[:3] == words[:3], lines[0]  # the first words open the block
    assert lines[-1].split()[-2:] == words[-2:], lines[-1]
    assert " ".join(lines).split() == words  # every line in order, nothing lost


# -- the code-of-conduct sheet --------------------------------------------------------------


@pytest.mark.parametrize("text", [ARABIC, HEBREW], ids=["arabic", "hebrew"])
def test_exported_conduct_sheet_prints_rtl_lines_in_reading_order(text):
    export = export_document(program_with_conduct(text), "conduct", today=date(2027, 1, 6))
    assert_reading_order(rtl_lines(export.pdf), text)


class _Conduct(ConductRenderer):
    """The conduct sheet with its paragraphs made the way DocumentRenderer.p will make them."""

    def p(self, text, style="body", bold=False):
        st = self.styles[style]
        return self.fonts.paragraph(text, st, SANS_BOLD if bold else st.fontName)


def render_conduct_sheet(text: str) -> bytes:
    furniture = base.Furniture("Test program", "Code of conduct", printed_on=date(2027, 1, 6))
    return _Conduct(data.conduct(program_with_conduct(text)), furniture).render()


@pytest.mark.parametrize("text", [ARABIC, HEBREW], ids=["arabic", "hebrew"])
def test_conduct_sheet_prints_rtl_lines_in_reading_order(text):
    pdf = render_conduct_sheet(f"{text}\n\nPhones on silent.\n")
    assert_reading_order(rtl_lines(pdf), text)
    assert "Phones on silent." in pdf_text(pdf)


@needs_word_boxes
def test_rtl_paragraphs_are_right_aligned_inside_the_margins():
    pdf = render_conduct_sheet(f"{ARABIC}\n\n{HEBREW}\n")
    lines = word_lines(pdf)
    assert len(lines) >= 6
    for words in lines:
        assert max(x1 for _x0, x1, _w in words) == pytest.approx(RIGHT_EDGE, abs=1.5)
        assert min(x0 for x0, _x1, _w in words) >= styles.MARGIN_X - 1
    # the last line of a paragraph is short: it starts well away from the left margin
    assert min(x0 for x0, _x1, _w in lines[-1]) > styles.MARGIN_X + 50


def test_a_paragraph_split_across_pages_stays_in_order():
    text = " ".join([ARABIC] * 25)
    pdf = render_conduct_sheet(text + "\n")
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 2
    assert " ".join(rtl_lines(pdf)).split() == same_text(text).split()


# -- the paragraph itself --------------------------------------------------------------------


class _Story(base.DocumentRenderer):
    title = "Story"

    def __init__(self, flowables):
        super().__init__(base.Furniture("Test program", "Story", printed_on=date(2027, 1, 6)))
        self.flowables = flowables

    def story(self):
        return self.flowables


def page_content(flowables) -> bytes:
    pdf = _Story(flowables).render()
    return PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data()


@pytest.mark.parametrize("key", list(LTR))
@pytest.mark.parametrize("style", ["body", "item", "h2"])
def test_left_to_right_text_prints_exactly_as_before(key, style):
    fs, st, text = fonts(), styles.stylesheet()[style], LTR[key]
    bullet = "1." if style == "item" else None
    before = Paragraph(fs.markup(text, st.fontName), st, bulletText=bullet)
    assert page_content([fs.paragraph(text, st, bullet=bullet)]) == page_content([before])


def test_bold_paragraph_matches_the_old_markup():
    fs, st = fonts(), styles.stylesheet()["body"]
    old = Paragraph(f'<font name="{SANS_BOLD}">{fs.markup(LTR["latin"], SANS_BOLD)}</font>', st)
    assert page_content([fs.paragraph(LTR["latin"], st, SANS_BOLD)]) == page_content([old])


@needs_word_boxes
def test_a_numbered_rtl_item_has_its_number_on_the_right():
    fs, st = fonts(), styles.stylesheet()["item"]
    pdf = _Story([fs.paragraph(ARABIC, st, bullet="3.")]).render()
    lines = rtl_lines(pdf)
    assert lines[0][:2] in ("3.", ".3")  # the number first: drawn ".3", right of the text
    assert_reading_order([lines[0][2:], *lines[1:]], ARABIC)
    first = word_lines(pdf)[0]
    number = [x0 for x0, _x1, w in first if "3" in w]
    text_right = max(x1 for _x0, x1, w in first if has_rtl(w))
    assert number and number[0] > text_right  # right of the text, in the indent
    assert text_right == pytest.approx(RIGHT_EDGE - st.leftIndent, abs=1.5)


def test_lines_are_cut_in_reading_order_and_fill_the_width():
    fs = FontSet(fallbacks=[])
    widths = [150.0, 220.0]
    lines = bidi.cut_lines(fs, ARABIC, SANS, 10, widths)
    assert " ".join(lines) == ARABIC
    space = fs.width(" ", SANS, 10)
    for i, line in enumerate(lines):
        room = widths[min(i, 1)]
        assert fs.width(line, SANS, 10) <= room
        if i + 1 < len(lines):  # greedy: the next word would not have fitted
            following = lines[i + 1].split()[0]
            assert fs.width(line, SANS, 10) + space + fs.width(following, SANS, 10) > room


def test_a_word_longer_than_the_line_is_cut():
    fs = FontSet(fallbacks=[])
    lines = bidi.cut_lines(fs, "שלום " + "א" * 60 + " סוף", SANS, 10, [100.0])
    assert len(lines) >= 3 and "".join(lines).replace(" ", "") == "שלום" + "א" * 60 + "סוף"
    assert all(fs.width(line, SANS, 10) <= 100 for line in lines)


def test_each_line_keeps_the_paragraph_direction():
    """A line of an Arabic paragraph that starts with a Latin word still reads right to
    left (the Latin words at its right end), and the Latin words keep their own order."""
    fs = FontSet(fallbacks=[])
    text = "نحن نستخدم PeerDesk 2027 في كل جلسة"
    widths = [fs.width("نحن نستخدم", SANS, 10) + 1, 1000.0]
    assert bidi.cut_lines(fs, text, SANS, 10, widths) == ["نحن نستخدم",
                                                          "PeerDesk 2027 في كل جلسة"]
    _first, second = bidi.display_lines(fs, text, SANS, 10, widths)
    assert second.endswith("PeerDesk 2027")
    assert shape("PeerDesk 2027 في كل جلسة").startswith("PeerDesk 2027")  # alone: left to right


def test_direction_follows_most_of_the_letters():
    opted_out = "محمد عبد الله الهاشمي has opted out of pairing."
    assert direction(opted_out) == "L"  # the first letter alone would say "R"
    assert shape(opted_out).endswith(" has opted out of pairing.")
    assert direction("PeerDesk هو برنامج للتعلم بين الزملاء") == "R"
    assert direction("2027") is None and direction("ab אב") == "L" and direction("אב ab") == "R"
    st = styles.stylesheet()["body"]
    assert fonts().paragraph(opted_out, st).style is st  # left-aligned like its document


def test_brackets_in_right_to_left_text_are_mirrored():
    assert shape("(שרה)") == "(הרש)"  # drawn left to right: the opening bracket at the right
    assert shape("Sara (שרה)") == "Sara (הרש)"
    assert shape("1.", "R") == ".1" and shape("1.") == "1."


def test_rtl_style_is_mirrored_once():
    st = ParagraphStyle("x", leftIndent=20, rightIndent=5)
    assert bidi.mirrored(st) is bidi.mirrored(st)
    assert (bidi.mirrored(st).leftIndent, bidi.mirrored(st).rightIndent) == (5, 20)


def test_the_document_direction_follows_its_language_not_the_names():
    from peerdesk.i18n import interface_language
    from peerdesk.reports.fonts import document_direction

    assert [document_direction(x) for x in ("en", "de", "pt_PT", "ar", "he", "fa")] == \
        ["L", "L", "L", "R", "R", "R"]
    assert document_direction("not a language") == "L"
    with interface_language("de"):
        assert document_direction() == "L"
    heading = "For محمد عبد الله (Product)"  # more Arabic letters than Latin ones
    assert direction(heading) == "R"
    assert shape(heading, document_direction("en")).startswith("For ")
    assert shape(heading, document_direction("ar")).endswith(" For")
