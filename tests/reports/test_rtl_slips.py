"""A right-to-left name that wraps on a partner slip starts on the first line, as it is read.

A slip is laid out by :class:`peerdesk.reports.textblock.TextBlock`: its lines must be cut
in logical (reading) order first and only then reordered for display, or the first line of
a long Arabic or Hebrew name shows the end of the name. pdftotext (or pypdf, see
tests/pdftext.py) hands each printed line back in reading order, so a slip printed right
reads, line after line, as the words were typed. Checked for long Arabic and Hebrew names,
names mixing Latin and Arabic with digits and parentheses, a name longer than a whole
line, in the heading ("For …"), the partner sentence and the reasons, on A4 and Letter;
and once through ``peerdesk export slips``.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from peerdesk.__main__ import main
from peerdesk.reports import base
from peerdesk.reports import data as D
from peerdesk.reports.fonts import has_rtl
from peerdesk.reports.pairings import render_pairing_list, render_slips
from tests.pdftext import needs_word_boxes, pdf_words, plain, same_text
from tests.pdftext import pdf_text as read_pdf_text

ANA = D.Member("Ana Ribeiro", "Customer Success Operations", "peer", 1)
LONG_ARABIC = "محمد عبد الله بن سعيد الفلاني القحطاني"
LONGER_ARABIC = "عبد الرحمن بن عبد العزيز بن محمد بن سعود بن فيصل آل سعود الهاشمي القرشي"
HEBREW = "שרה בת אברהם יצחק לוי כהן מזרחי אשכנזי בן דוד"
MIXED = "Omar عمر بن خالد (2) الحداد 3 Haddad-Rahman"
DIGITS = "ليلى بنت خالد 2 (الصغرى) الحسيني الموسوي"
ONE_WORD = "عبدالرحمنبنعبدالعزيزبنمحمدبنسعودبنفيصلالهاشميالقرشيالحسينيالموسوي"
NAMES = [LONG_ARABIC, LONGER_ARABIC, HEBREW, MIXED, DIGITS]


def furniture(paper: str) -> base.Furniture:
    return base.Furniture("Acme peer learning", "Partner slips", printed_on=date(2027, 3, 1),
                          paper=paper)


def pair(name: str, dept: str = "Product") -> D.PairingsData:
    other = D.Member(name, dept, "peer", 2)
    reasons = [f"+3 Ana Ribeiro teaches SQL, {name} wants SQL"]
    return D.PairingsData("Spring 2027", [D.Group(1, [ANA, other], reasons, 3.0)])


def words(text: str) -> list[str]:
    """The words in reading order, compared without punctuation or hyphens: pdftotext puts
    a bracket at the edge of a right-to-left run on either side, and joins a word broken
    after its hyphen, and marks a right-to-left run with no space before what follows."""
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", " ", text)  # a run's marks
    text = re.sub(r"-\s*", "", same_text(text))
    text = re.sub("(?<=[\u0590-\u08ff\ufb1d-\ufeff])(?=[A-Za-z0-9])|"  # pypdf may glue a
                  "(?<=[A-Za-z0-9])(?=[\u0590-\u08ff\ufb1d-\ufeff])", " ", text)  # run on
    return re.findall(r"[^\s()\[\].,;:•]+", text)


def printed_lines(pdf: bytes) -> list[str]:
    """The lines of text, a line that ends after a hyphen joined to the next (as
    pdftotext does itself; pypdf does not)."""
    lines: list[str] = []
    for line in (x.strip() for x in read_pdf_text(pdf).splitlines()):
        if lines and lines[-1].endswith("-") and line[:1].isalpha():
            lines[-1] += line
        elif line:
            lines.append(line)
    return lines


def lines_reading(pdf: bytes, expected: str, exact: bool = True) -> list[str]:
    """The consecutive printed lines that together read ``expected``, word for word in
    reading order; fails showing the slip's lines when no lines do.

    Not ``exact``: each line holds the next words of ``expected``, in any order. A line
    mixing directions with digits between them is read back by pdftotext with its own
    guesses, not Unicode's rules; which words each line holds is still what wrapping in
    reading order decides."""
    want = words(expected)
    lines = printed_lines(pdf)
    for i, line in enumerate(lines):
        if words(line)[:1] != want[:1]:
            continue
        got: list[str] = []
        for j in range(i, len(lines)):
            more = words(lines[j])
            if not exact and sorted(more) == sorted(want[len(got):len(got) + len(more)]):
                more = want[len(got):len(got) + len(more)]  # the next words, in some order
            got += more
            if got == want:
                return lines[i:j + 1]
            if got != want[:len(got)]:
                break
    raise AssertionError(f"no lines read {want}:\n" + "\n".join(lines))


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("name", NAMES, ids=["arabic", "arabic-longer", "hebrew", "mixed",
                                             "digits"])
def test_a_wrapping_rtl_name_starts_on_the_first_line_of_its_slip(name, paper):
    pdf = render_slips(pair(name), furniture(paper))
    exact = name not in (MIXED, DIGITS)
    heading = lines_reading(pdf, f"For {name} (Product)", exact)
    assert len(heading) >= 2, heading  # it did wrap: the name itself is split
    first_rtl_word = next(w for w in words(name) if has_rtl(w))
    assert first_rtl_word in words(heading[0]), heading  # the name's first words on top
    assert words(name)[-1] not in words(heading[0]), heading
    sentence = lines_reading(pdf, f"Your learning partner this cycle is {name} (Product).",
                             exact)
    assert len(sentence) >= 2, sentence
    reason = lines_reading(pdf, f"• You teach SQL; {name} wants to learn it", exact)
    assert any(has_rtl(line) for line in reason)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_partners_own_slip_reads_in_order_too(paper):
    """The Latin partner on the slip of a person with a long Arabic name and department."""
    data = pair(LONG_ARABIC, "خدمة العملاء والعمليات التشغيلية في المنطقة الشرقية")
    pdf = render_slips(data, furniture(paper))
    lines_reading(pdf, f"For {LONG_ARABIC} (خدمة العملاء والعمليات التشغيلية في المنطقة "
                       "الشرقية)")
    lines_reading(pdf, "Your learning partner this cycle is Ana Ribeiro (Customer Success "
                       "Operations).")
    lines_reading(pdf, "• Ana Ribeiro teaches SQL; you want to learn it")


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_name_longer_than_a_whole_line_is_printed_whole_and_in_order(paper):
    """One word wider than the slip: the slip's text is made smaller, the word never cut."""
    pdf = render_slips(pair(ONE_WORD), furniture(paper))
    lines_reading(pdf, f"For {ONE_WORD} (Product)")
    assert any(words(ONE_WORD)[0] in words(line) for line in printed_lines(pdf))  # whole
    long_line = f"{LONGER_ARABIC} {LONG_ARABIC} {HEBREW}"  # three lines or more
    pdf = render_slips(pair(long_line), furniture(paper))
    heading = lines_reading(pdf, f"For {long_line} (Product)")
    assert len(heading) >= 3 and words(LONGER_ARABIC)[0] in words(heading[0]), heading


def test_a_latin_and_arabic_sentence_keeps_the_documents_direction():
    """An English sentence with an Arabic name of more letters than the English words:
    still an English line (read from "You"), not turned right to left by its letters."""
    pdf = render_slips(pair(LONGER_ARABIC), furniture("a4"))
    reason = lines_reading(pdf, f"• You teach SQL; {LONGER_ARABIC} wants to learn it")
    assert words(reason[0])[:3] == ["You", "teach", "SQL"], reason


@needs_word_boxes
def test_the_heading_starts_at_the_left_in_an_english_document():
    pdf = render_slips(pair(LONG_ARABIC), furniture("a4"))
    found = pdf_words(pdf)
    fors = [w for w in found if w.text == "For"]
    tops = [w for w in found if w.text == "Acme"  # the program's name, first on each slip
            and any(0 < f.y0 - w.y0 < 20 for f in fors)]
    assert len(fors) == len(tops) == 2
    for word in fors:  # both headings start at the slip's left edge
        assert any(abs(top.x0 - word.x0) < 0.5 for top in tops), (word, tops)
    line = [w for w in found if abs(w.y0 - fors[1].y0) < 2 and abs(w.x0 - fors[1].x0) < 200]
    mohammed = next(w for w in line if plain(w.text)[::-1] == "محمد")
    assert mohammed.x0 > fors[1].x1  # the name's first word on the line of "For", after it


@needs_word_boxes
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_name_in_the_pairing_list_starts_at_the_left_of_its_cell(paper):
    """An English document's name column: Arabic, Hebrew and mixed names start at the left
    edge of the cell like Ana's; a name that wraps keeps its first words on top."""
    members = [ANA, *(D.Member(n, "Product", "peer", k) for k, n in enumerate(NAMES, 2)),
               D.Member("محمد", "Sales", "peer", 9)]
    groups = [D.Group(k, members[2 * k - 2:2 * k], [], 1.0) for k in (1, 2, 3)]
    data = D.PairingsData("Spring 2027", groups, unpaired=[D.Person(HEBREW, "Design", 10)])
    pdf = render_pairing_list(data, base.Furniture("Acme", "Pairing list", paper=paper))
    found = pdf_words(pdf)

    def first(text: str):
        return next(w for w in found if w.text == text)

    def line_starts(left: float, right: float, top: float, bottom: float) -> list[float]:
        lines: dict[int, list[float]] = {}
        for w in found:
            if left - 1 <= w.x0 < right and top < w.y0 < bottom:
                lines.setdefault(round(w.y0), []).append(w.x0)
        return [min(xs) for _y, xs in sorted(lines.items())]

    column, header = first("Ana").x0, first("Members")
    table_end = first("Not").y0  # "Not in a pair or trio"
    starts = line_starts(column, first("Department").x0, header.y1, table_end)
    assert len(starts) >= 12  # every line of every name, wrapped ones too
    assert starts == pytest.approx([column] * len(starts), abs=0.5)
    dept = next(w for w in found if w.text == "Department" and w.y0 > table_end)
    unpaired = line_starts(first("Name").x0, dept.x0, dept.y1, first("Printed").y0)
    assert len(unpaired) == 2 and unpaired == pytest.approx([first("Name").x0] * 2, abs=0.5)
    text = same_text(read_pdf_text(pdf, layout=True))
    first_line = next(line for line in text.splitlines() if "محمد" in line)
    assert words(LONG_ARABIC)[:2] == [w for w in words(first_line) if has_rtl(w)][:2]


def test_export_slips_from_the_command_line_reads_in_order(tmp_path, capsys):
    """The repro of the report: a program made and paired with the CLI, slips exported."""
    path, out = tmp_path / "p.peerdesk", tmp_path / "slips.pdf"
    for argv in (["new", path, "--name", "Acme"],
                 ["participant", "add", path, "--name", "Ana Ribeiro", "--department",
                  "Customer Success Operations", "--teach", "SQL", "--email", "a@x.example"],
                 ["participant", "add", path, "--name", LONG_ARABIC, "--department",
                  "Product", "--learn", "SQL", "--email", "m@x.example"],
                 ["cycle", "add", path, "Spring 2027", "--start", "2027-03-01"],
                 ["pair", path, "--cycle", "Spring 2027", "--publish"],
                 ["export", "slips", path, "-o", out, "--paper", "letter"]):
        assert main([str(a) for a in argv]) == 0, capsys.readouterr()
    pdf = out.read_bytes()
    heading = lines_reading(pdf, f"For {LONG_ARABIC} (Product)")
    assert words(LONG_ARABIC)[0] in words(heading[0]) and len(heading) == 2
    lines_reading(pdf, f"Your learning partner this cycle is {LONG_ARABIC} (Product).")
    lines_reading(pdf, f"• You teach SQL; {LONG_ARABIC} wants to learn it")


@needs_word_boxes
def test_in_a_document_written_right_to_left_slip_lines_end_at_the_right(monkeypatch):
    """No right-to-left translation ships yet; the layout is ready for one: each line of a
    slip ends at the slip's right edge, its hanging indent on the right too."""
    from peerdesk.reports import textblock

    monkeypatch.setattr(textblock, "document_direction", lambda: "R")
    pdf = render_slips(pair(LONG_ARABIC), furniture("a4"))
    lines: dict[tuple[bool, int], list[float]] = {}
    for w in pdf_words(pdf):
        if 70 < w.y0 < 300:  # the first row of slips
            lines.setdefault((w.x0 > 300, round(w.y0)), []).append(w.x1)
    ends = {side: [max(xs) for (right, _y), xs in sorted(lines.items()) if right == side]
            for side in (False, True)}
    for side, xs in ends.items():
        assert len(xs) >= 6, (side, xs)
        edge = max(xs)
        at_edge = [x for x in xs if edge - x < 1]
        indented = [x for x in xs if 4 < edge - x < 12]  # a bullet's second line
        assert len(at_edge) >= len(xs) - 2 and len(at_edge) + len(indented) == len(xs), xs
    assert max(ends[False]) < 300 < min(ends[True])


def test_a_long_rtl_name_in_the_note_of_unprintable_names_wraps_in_order():
    """The note at the end listing names no font prints: a long Arabic name wraps in reading
    order there too (here a Devanagari letter makes it unprintable: DejaVu only)."""
    from peerdesk.reports.fonts import FontSet
    from peerdesk.reports.pairings import SlipsRenderer

    name = f"{LONGER_ARABIC} {LONG_ARABIC} क"
    renderer = SlipsRenderer(pair(name), furniture("a4"), fontset=FontSet(fallbacks=[]))
    renderer.unprintable = [(name, "क")]
    pdf = renderer.render()
    note = lines_reading(pdf, f"• {name.replace('क', '?')} (Devanagari: U+0915)",
                         exact=False)  # pdftotext reads the "?" into the Arabic run
    assert len(note) >= 2 and words(LONGER_ARABIC)[0] in words(note[0]), note


@needs_word_boxes
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_sign_in_sheet_and_agenda_start_arabic_names_and_their_lines_at_the_left(paper):
    """A sign-in sheet of Arabic names only, an agenda led by an Arabic name: the page's
    "Names …" line, the facilitator line and each name cell start where the English ones do
    (an Arabic name has more letters than "Names", which once turned the line around)."""
    from peerdesk.reports.agenda import render_agenda
    from peerdesk.reports.signin import render_signin
    from peerdesk.reports.styles import MARGIN_X

    arabic = ["محمد عبد الله", "يوسف بن خالد الحسيني", "عبد الرحمن القرشي الهاشمي"]
    session = D.SessionInfo(7, 1, "Spring 2027", "Kick-off", date(2027, 3, 3), "15:00", "16:30",
                            90, "Room Ada", facilitator=LONG_ARABIC)
    people = [D.Person(n, "Product", k) for k, n in enumerate(arabic, 1)]
    pdf = render_signin(D.SigninData(session, people), base.Furniture("Acme", "Sign-in sheet",
                                                                      paper=paper))
    found = pdf_words(pdf)
    names = next(w for w in found if w.text == "Names" and w.y0 > 100)
    assert names.x0 == pytest.approx(MARGIN_X, abs=0.5)
    facilitator = next(w for w in found if w.text == "Facilitator:")
    assert facilitator.x0 < max(w.x1 for w in found if abs(w.y0 - facilitator.y0) < 2
                                and has_rtl(plain(w.text)))  # the name after it, on its right
    product = [w for w in found if w.text == "Product"]
    column = min(w.x0 for w in found if w.text == "Name") - 1
    starts = [min(w.x0 for w in found if abs(w.y0 - p.y0) < 2 and column < w.x0 < p.x0)
              for p in product]
    assert len(starts) == 3 and max(starts) - min(starts) < 0.5, starts

    rows = [D.AgendaRow("15:00", "15:30", "Welcome", 30, "Ana Ribeiro"),
            D.AgendaRow("15:30", "16:30", "Pair work", 60, LONG_ARABIC)]
    pdf = render_agenda(D.AgendaData(session, rows), base.Furniture("Acme", "Agenda",
                                                                    paper=paper))
    found = pdf_words(pdf)
    ana = next(w for w in found if w.text == "Ana")
    lead = [w for w in found if has_rtl(plain(w.text)) and w.y0 > ana.y1 + 2
            and w.x0 > ana.x0 - 1]
    assert lead and min(w.x0 for w in lead) == pytest.approx(ana.x0, abs=0.5)
