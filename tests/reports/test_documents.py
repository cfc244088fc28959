"""Each renderer on hand-made data: text read back, pages, paper, wrapping, fonts."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from peerdesk.core.defaults import DEFAULT_CONDUCT, DEFAULT_QUESTIONS
from peerdesk.reports import base
from peerdesk.reports import data as D
from peerdesk.reports.agenda import render_agenda
from peerdesk.reports.conduct import render_conduct
from peerdesk.reports.feedback_form import render_feedback_form
from peerdesk.reports.pack import render_pack
from peerdesk.reports.pairings import render_pairing_list, render_slips
from peerdesk.reports.signin import render_signin
from tests.pdftext import needs_layout, needs_word_boxes, pdf_words, plain
from tests.pdftext import pdf_text as read_pdf_text

NAMES = [
    "Zoë Ångström-Øvergård", "François Lefèvre", "Łukasz Wróblewski", "Ελένη Παπαδοπούλου",
    "Дмитрий Фёдоров", "Nguyễn Thị Minh Khai", "王小明", "محمد عبد الله", "שרה לוי",
]
SESSION = D.SessionInfo(7, 1, "Spring 2027", "Kick-off", date(2027, 3, 3), "15:00", "16:30", 90,
                        "Room Ada", "Europe/Lisbon", "", "André Faria")


def furniture(title: str, paper: str = "a4") -> base.Furniture:
    return base.Furniture("Acme peer learning", title, printed_on=date(2027, 3, 1), paper=paper)


def pdf_text(pdf: bytes, first: int | None = None, last: int | None = None) -> str:
    return plain(read_pdf_text(pdf, layout=True, first=first, last=last))


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def people(names) -> list[D.Person]:
    return [D.Person(n, "Engineering", i) for i, n in enumerate(names, start=1)]


def test_signin_prints_every_name_as_itself():
    pdf = render_signin(D.SigninData(SESSION, people(NAMES), 2), furniture("Sign-in sheet"))
    text = pdf_text(pdf)
    for name in NAMES:
        assert name in text, name
    assert "Read the" in text and "Signature" in text and "code of conduct (version 2)" in text
    assert "9 people invited" in text
    assert "Wednesday 3 March 2027 · 15:00–16:30 · Room Ada" in text


def test_300_people_flow_across_pages_with_the_header_repeated():
    names = [f"Person {n:03d} Ångström" for n in range(300)]
    pdf = render_signin(D.SigninData(SESSION, people(names)), furniture("Sign-in sheet"))
    count = pages(pdf)
    assert 10 <= count <= 16  # rows of about 10 mm: some 24 people a page
    for page in range(1, count + 1):
        text = pdf_text(pdf, page)
        assert "Signature" in text and f"Page {page} of {count}" in text
    text = pdf_text(pdf)
    assert all(name in text for name in names)


@needs_word_boxes
def test_long_names_wrap_inside_the_margins():
    long = "Maximiliana Wilhelmina Konstantinopoulou-Vasquez de la Santísima Trinidad Oyelaran"
    pdf = render_signin(D.SigninData(SESSION, people([long, "Ana"])), furniture("Sign-in sheet"))
    found = pdf_words(pdf)
    right = max(w.x1 for w in found)
    page_width = 595.28
    assert right <= page_width - base.styles.MARGIN_X + 1
    words = [w.text for w in found]
    assert "Trinidad" in words and "Maximiliana" in words  # wrapped, not cut


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_sizes(paper, size):
    pdf = render_conduct(D.ConductData(3, DEFAULT_CONDUCT, date(2027, 1, 5)),
                         furniture("Code of conduct", paper))
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_conduct_sheet_has_the_text_version_and_signature_lines():
    pdf = render_conduct(D.ConductData(3, DEFAULT_CONDUCT + "8. Phones on silent.\n",
                                       date(2027, 1, 5)), furniture("Code of conduct"))
    text = pdf_text(pdf)
    assert "Version 3 · adopted 5 January 2027" in text
    assert "What is said in a session stays in the session" in text
    assert "Phones on silent." in text
    assert re.search(r"Name\s+Signature\s+Date", text)
    assert pages(pdf) == 1


def test_agenda_shows_start_times_leads_notes_and_overrun():
    rows = [D.AgendaRow("15:00", "15:10", "Welcome", 10, "Facilitator", "Why we are here"),
            D.AgendaRow("15:10", "16:35", "Pair work", 85, "Pairs", "", overruns=True)]
    pdf = render_agenda(D.AgendaData(SESSION, rows, "95 of 90 min (5 over)"), furniture("Agenda"))
    text = pdf_text(pdf)
    # one row: the notes print under the item, read before or after the row's other cells
    assert re.search(r"15:00–15:10\s+Welcome\s+(Why we are here\s+)?Facilitator\s+10", text)
    assert "Why we are here" in text and "Facilitator: André Faria" in text
    assert "95 of 90 min (5 over)" in text
    assert "Runs past the session's end (16:30)" in text  # the row itself is marked


def test_agenda_shows_free_time_and_a_12_hour_clock_where_the_locale_uses_one():
    from peerdesk.reports.base import twelve_hour_for_locale

    rows = [D.AgendaRow("15:00", "15:10", "Welcome", 10), D.AgendaRow("15:10", "16:15", "Pairs", 65)]
    data = D.AgendaData(SESSION, rows, "75 of 90 min (15 spare)")
    text = " ".join(pdf_text(render_agenda(data, furniture("Agenda"))).split())
    assert "16:15–16:30 Free time: nothing planned (15 min)" in text
    assert twelve_hour_for_locale("en_US.UTF-8") and not twelve_hour_for_locale("de_DE")
    text = " ".join(pdf_text(render_agenda(data, furniture("Agenda", "letter"),
                                           twelve_hour=True)).split())
    assert "3:00 PM–3:10 PM Welcome" in text and "ends at 4:30 PM" in text


def test_large_print_agenda_for_the_wall():
    from peerdesk.reports.agenda import AgendaRenderer

    rows = [D.AgendaRow("15:00", "15:10", "Welcome", 10, "Facilitator", "Why we are here")]
    renderer = AgendaRenderer(D.AgendaData(SESSION, rows, ""), furniture("Agenda"), large=True)
    assert renderer.styles["cell_bold"].fontSize >= 20 and renderer.styles["cell"].fontSize >= 20
    text = pdf_text(renderer.render())
    assert "Welcome" in text and "Why we are here" not in text  # no notes on the wall


def _groups() -> D.PairingsData:
    ana = D.Member("Ana Ribeiro", "Sales", "buddy", 1)
    wang = D.Member("王小明", "Engineering", "recruit", 2)
    eleni = D.Member("Ελένη Παπαδοπούλου", "Finance", "peer", 3)
    omar = D.Member("محمد عبد الله", "Product", "peer", 4)
    sara = D.Member("שרה לוי", "Product", "peer", 5)
    return D.PairingsData("Spring 2027", [
        D.Group(1, [ana, wang], ["+3 Ana teaches SQL, 王小明 wants SQL", "-1 same office (Lisbon)"],
                2.0, "buddy", pinned=True),
        D.Group(2, [eleni, omar, sara], ["+2 different departments (Finance, Product)"], 2.0),
    ], unpaired=[D.Person("Дмитрий Фёдоров", "Sales", 6)])


def test_pairing_list_shows_groups_reasons_scores_and_unpaired():
    text = pdf_text(render_pairing_list(_groups(), furniture("Pairing list")))
    for name in ("Ana Ribeiro", "王小明", "Ελένη Παπαδοπούλου", "محمد عبد الله", "שרה לוי",
                 "Дмитрий Фёдоров"):
        assert name in text, name
    assert "SQL: Ana → 王小明;" in text and "against: same office (Lisbon)" in text
    assert not re.search(r"[+\-−]\d", text)  # scores left out, and the list says so
    assert "Scores are left out" in text
    assert "1 pair and 1 trio · 5 people" in text
    assert "pinned" in text and "Not in a pair or trio" in text


def _raw_text(pdf: bytes) -> str:
    """Text in drawing order (slips sit in two columns; -layout would interleave them)."""
    return re.sub(r"\s+", " ", read_pdf_text(pdf))


def test_slips_name_the_partner_and_why_without_scores():
    pdf = render_slips(_groups(), furniture("Partner slips"), SESSION)
    text = _raw_text(pdf)
    assert "Your buddy this cycle is 王小明" not in text  # the recruit's slip names the buddy
    assert "This cycle you are the buddy of 王小明 (Engineering)." in text
    assert "Your buddy this cycle is Ana Ribeiro (Sales)." in text
    assert "You teach SQL; 王小明 wants to learn it" in text  # in the second person
    assert "Ana teaches SQL; you want to learn it" in text
    assert "You bring different departments together (Finance and Product)" in text
    assert "same office" not in text and not re.search(r"[+\-−]\d", text)  # no scores
    assert "Your learning partners this cycle are" in text
    assert "Next session: Kick-off" in text
    assert pages(pdf) == 1  # five slips, eight to a page


def _trio() -> D.PairingsData:
    """A trio as the pairing engine words it now: one line for each two of them, with the
    points in the middle of the line, and a line for two who have nothing in common."""
    ana = D.Member("Ana Ribeiro", "Sales", "peer", 1)
    ben = D.Member("Ben Okafor", "Finance", "peer", 2)
    cy = D.Member("Cy Tanaka", "Product", "peer", 3)
    return D.PairingsData("Spring 2027", [D.Group(1, [ana, ben, cy], [
        "Ana Ribeiro & Ben Okafor (+4.5): Ana Ribeiro teaches SQL (expert), Ben Okafor wants "
        "SQL; same office (Lisbon)",
        "Ana Ribeiro & Cy Tanaka (+2): different departments (Sales, Product)",
        "Ben Okafor & Cy Tanaka (+0): nothing in common to score"], 6.5)])


def test_trio_slips_and_list_leave_the_engines_scores_out():
    text = _raw_text(render_slips(_trio(), furniture("Partner slips")))
    assert not re.search(r"[+\-−]\d|\(\+|nothing in common", text), text
    assert "You teach SQL (expert); Ben Okafor wants to learn it" in text
    assert "Ana Ribeiro teaches SQL (expert); you want to learn it" in text
    listing = pdf_text(render_pairing_list(_trio(), furniture("Pairing list")))
    assert not re.search(r"[+\-−]\d|\(\+|&", listing.replace("People & Culture", ""))
    assert "SQL (expert): Ana → Ben" in listing and "same office (Lisbon)" in listing


def test_each_slip_says_whom_it_is_for_and_how_to_reach_the_partner():
    twin_a = D.Member("Ana Ribeiro", "Sales", "peer", 1, "ana.s@x.example", "Lisbon")
    twin_b = D.Member("Ana Ribeiro", "Finance", "peer", 2, "ana.f@x.example", "Porto")
    oskar = D.Member("Oskar Lind", "Product", "peer", 3, "oskar@x.example", "Berlin")
    dora = D.Member("Dora Kim", "Product", "peer", 4, "dora@x.example", "")
    data = D.PairingsData("Spring 2027", [D.Group(1, [twin_a, oskar], [], 1.0),
                                          D.Group(2, [twin_b, dora], [], 1.0)])
    text = _raw_text(render_slips(data, furniture("Partner slips")))
    assert "For Ana Ribeiro (Sales)" in text and "For Ana Ribeiro (Finance)" in text
    assert "Oskar: oskar@x.example · Berlin" in text and "Dora: dora@x.example" in text
    assert "Ana: ana.s@x.example · Lisbon" in text


def test_slips_print_eight_to_a_page_with_crop_marks():
    people = [D.Member(f"Person {i}", "Sales", "peer", i) for i in range(300)]
    groups = [D.Group(n, people[i:i + 2], [], 1.0) for n, i in enumerate(range(0, 300, 2), 1)]
    pdf = render_slips(D.PairingsData("Spring 2027", groups), furniture("Partner slips"))
    assert pages(pdf) == 300 // 8 + 1  # 38 sheets, not 75


def test_feedback_form_matches_the_questions_and_fits_a_page():
    form = D.FormData(list(DEFAULT_QUESTIONS), SESSION, anonymous=True)
    pdf = render_feedback_form(form, furniture("Feedback form"))
    text = re.sub(r"\s+", " ", pdf_text(pdf))
    for number, q in enumerate(DEFAULT_QUESTIONS, start=1):
        assert f"{number}. {q.text}" in text
    assert "please do not write your name" in text
    assert "Extremely likely" in text and "Strongly agree" in text
    assert pages(pdf) == 1
    assert pages(render_feedback_form(form, furniture("Feedback form"), copies=3)) == 3
    letter = render_feedback_form(form, furniture("Feedback form", "letter"))
    assert pages(letter) == 1


def _pack() -> D.PackData:
    return D.PackData(
        SESSION, D.SigninData(SESSION, people(NAMES), 1),
        D.AgendaData(SESSION, [D.AgendaRow("15:00", "15:10", "Welcome", 10, "Facilitator")],
                     "10 of 90 min (80 spare)"),
        _groups(), D.ConductData(1, DEFAULT_CONDUCT), D.FormData(list(DEFAULT_QUESTIONS), SESSION))


@pytest.mark.parametrize("paper", ["a4", "letter"])
@needs_layout
def test_pack_has_every_part_bookmarked(paper):
    pdf = render_pack(_pack(), furniture("Session pack", paper))
    reader = PdfReader(io.BytesIO(pdf))
    outline = [(item["/Title"], reader.get_destination_page_number(item)) for item in reader.outline
               if not isinstance(item, list)]  # a list: a part's own pages, nested
    assert [t for t, _p in outline] == ["Cover", "Agenda", "Sign-in sheet", "Pairing list",
                                        "Code of conduct", "Feedback form"]
    assert [p for _t, p in outline] == sorted(p for _t, p in outline)
    assert len(reader.pages) == outline[-1][1] + 1
    cover = pdf_text(pdf, 1)
    for title, page in outline[1:]:  # the contents give each part's page
        assert re.search(rf"{title}.*\s{page + 1}\n", cover), title
    text = pdf_text(pdf)
    assert all(name in text for name in NAMES)


def test_only_embedded_truetype_fonts_are_used():
    reader = PdfReader(io.BytesIO(render_pack(_pack(), furniture("Session pack"))))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "Helvetica" not in font["/BaseFont"]
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), font["/BaseFont"]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")
def test_every_page_of_the_pack_renders(tmp_path):
    from PIL import Image

    pdf = render_pack(_pack(), furniture("Session pack"))
    (tmp_path / "pack.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(tmp_path / "pack.pdf"),
                    str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == pages(pdf)
    for path in images:
        with Image.open(path) as image:
            assert abs(image.size[0] - 496) <= 1 and abs(image.size[1] - 702) <= 1  # A4, 60 dpi
            darkest, lightest = image.convert("L").getextrema()
            assert darkest < 100 and lightest == 255  # ink on white, not a blank page


def test_page_images_for_the_preview():
    from peerdesk.reports import preview

    pdf = render_pack(_pack(), furniture("Session pack"))
    if preview.pdftoppm() is None:
        assert preview.page_images(pdf) is None
        return
    images = preview.page_images(pdf, dpi=30, max_pages=2)
    assert len(images) == 2 and all(i.startswith(b"\x89PNG") for i in images)
    assert len(preview.page_images(pdf, dpi=20)) == pages(pdf)


# -- the sign-in sheet in the room (issue 17) ------------------------------------------------

def _crowd(n: int) -> list[D.Person]:
    from peerdesk.core.collation import sort_by_name

    first = ["Anna", "Ben", "Łukasz", "Émile", "Ørjan", "Zoë", "Carla", "Dmitri", "Hana", "Igor",
             "Júlia", "Kofi", "Lea", "Marta", "Nils", "Olga", "Pia", "Rui", "Sven", "Tomás"]
    last = ["Ivanova", "Rossi", "Nowak", "Dubois", "Østergaard", "Zapata", "Costa", "Weiß"]
    people = [D.Person(f"{first[i % len(first)]} {last[(i * 7) % len(last)]} {i:03d}",
                       "Engineering", i) for i in range(n)]
    return sort_by_name(people, lambda p: p.name)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_signin_page_names_the_session_and_its_name_range(paper):
    from peerdesk.reports.signin import name_range

    people = _crowd(300)
    pdf = render_signin(D.SigninData(SESSION, people, 1), furniture("Sign-in sheet", paper))
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert pages >= 10
    seen: list[str] = []
    for page in range(1, pages + 1):
        text = " ".join(pdf_text(pdf, page, page).split())
        assert "Kick-off" in text and "3 March 2027" in text and "Room Ada" in text, page
        on_page = [p for p in people if p.name in text]
        if on_page:
            assert f"Names {name_range(on_page)}" in text, page
        else:
            assert "Walk-ins" in text, page
        seen += on_page
    assert seen == people  # every name once, in order, none lost at a break


def test_name_range_says_first_and_last_briefly():
    from peerdesk.reports.signin import name_range

    def ps(*names):
        return [D.Person(n) for n in names]

    assert name_range(ps("Anna Ivanova", "X Y", "Ben Rossi")) == "Anna I.–Ben R."
    assert name_range(ps("Anna Ivanova", "Anna Ito")) == "Anna Ivanova–Anna Ito"
    assert name_range(ps("王小明")) == "王小明" and name_range([]) == ""


def test_walk_in_rows_scale_with_the_group():
    from peerdesk.reports.signin import walk_in_rows

    assert walk_in_rows(8) == 4 and walk_in_rows(120) == 12 and walk_in_rows(300) == 30


def test_split_sheets_by_initial_hold_every_name_once():
    from peerdesk.core.collation import initial
    from peerdesk.reports.signin import split_by_initial

    people = _crowd(120)
    a, b = split_by_initial(people, 2)
    assert a + b == people and abs(len(a) - len(b)) < 40
    assert initial(a[-1].name) != initial(b[0].name)  # the cut falls between two letters
    pdf = render_signin(D.SigninData(SESSION, people, 1), furniture("S"), parts=2)
    text = " ".join(pdf_text(pdf).split())
    first, second = f"{initial(a[0].name)}–{initial(a[-1].name)}", \
        f"{initial(b[0].name)}–{initial(b[-1].name)}"
    assert f"Sign-in sheet {first}" in text and f"Sign-in sheet {second}" in text
    assert all(text.count(p.name) == 1 for p in people)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_pairing_list_for_300_people_fits_a_quarter_of_the_old_32_pages(paper):
    people = _crowd(300)
    groups = [D.Group(n, [D.Member(a.name, "Customer Success", "peer", a.id),
                          D.Member(b.name, "Engineering", "peer", b.id)],
                      [f"+3 {a.name} teaches SQL, {b.name} wants SQL",
                       "+2 different departments (Customer Success, Engineering)"], 5.0)
              for n, (a, b) in enumerate(zip(people[::2], people[1::2], strict=True), start=1)]
    pdf = render_pairing_list(D.PairingsData("Spring 2027", groups), furniture("P", paper))
    assert pages(pdf) <= 8
    text = pdf_text(pdf)
    assert all(p.name in text for p in people)


def test_pack_cover_links_to_each_part_and_says_how_many_forms_to_print():
    pack = _pack()
    pack.signin.people = _crowd(289)
    pdf = render_pack(pack, furniture("Session pack"), form_copies=2)
    reader = PdfReader(io.BytesIO(pdf))
    links = [a.get_object() for a in reader.pages[0].get("/Annots", [])]
    assert len(links) == 5 and all(a["/Subtype"] == "/Link" for a in links)
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    cover = " ".join(pdf_text(pdf, 1, 1).split())
    assert "2 copies here; print 289 (one per person invited)" in cover
    assert "2 sheets here; print 37 for 289 signatures" in cover


def test_conduct_sheet_has_a_line_for_each_signer_typographic_quotes_and_copies():
    data = D.ConductData(1, 'We say "thank you" and don\'t interrupt.')
    text = " ".join(pdf_text(render_conduct(data, furniture("Code of conduct"))).split())
    assert "“thank you” and don’t" in text
    assert text.count("Signature") == 8
    assert pages(render_conduct(data, furniture("Code of conduct"), copies=3)) == 3


def test_copies_are_numbered_as_copies_not_pages():
    form = D.FormData(list(DEFAULT_QUESTIONS), SESSION, anonymous=True)
    pdf = render_feedback_form(form, furniture("Feedback form"), copies=3)
    assert "Copy 2 of 3" in pdf_text(pdf, 2, 2) and "Page 2 of 3" not in pdf_text(pdf)
    pack = render_pack(_pack(), furniture("Session pack"), form_copies=2)
    text = pdf_text(pack)
    assert "Page 1 of" in text and text.count("Copy 1 of 2") == 2  # a conduct sheet, a form


def test_feedback_form_asks_the_department_only_when_told_to():
    form = D.FormData(list(DEFAULT_QUESTIONS), SESSION, anonymous=True)
    assert "Your department" not in pdf_text(render_feedback_form(form, furniture("Form")))
    form.ask_department = True
    assert "Your department" in pdf_text(render_feedback_form(form, furniture("Form")))


def test_feedback_form_gives_room_to_write_and_the_skill_before_its_answer():
    """The free-text question gets the page's spare room (up to six lines, never fewer
    than three) on A4 and Letter alike, and the Skill line is written before the
    confidence boxes, as the typing grid has its Skill column before that answer."""
    from peerdesk.reports.feedback_form import RoomToWrite

    room = RoomToWrite(gap=8.5 * mm)
    assert room.wrap(400, 500)[1] == 6 * 8.5 * mm  # a whole page: six lines at most
    assert room.wrap(400, 40 * mm)[1] == 3 * 8.5 * mm  # little room: still three
    assert room.wrap(400, 45 * mm)[1] == 4 * 8.5 * mm
    form = D.FormData(list(DEFAULT_QUESTIONS), SESSION, anonymous=True)
    for paper in ("a4", "letter"):
        pdf = render_feedback_form(form, furniture("Feedback form", paper))
        assert pages(pdf) == 1
        text = re.sub(r"\s+", " ", pdf_text(pdf))
        skill, confidence = text.index("Skill you are learning"), text.index("8. How confident")
        assert text.index("7. How likely") < skill < confidence


def test_a_slip_never_cuts_a_word_too_long_for_its_line():
    """A slip's lines break at spaces and after hyphens; a word wider than the slip even
    then makes the slip's text smaller, never cut in two."""
    from peerdesk.reports.pairings import SlipsRenderer
    from peerdesk.reports.textblock import TextBlock

    half = "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft"
    long_name = D.Member(f"Hubert {half}-{half}", "Sales", "peer", 1)
    ana = D.Member("Ana Ribeiro", "Finance", "peer", 2)
    hyphens = D.Member("Maria-Fernanda Albuquerque-Vasconcelos de Oliveira-Santos "
                       "e Castro-Mello-Albuquerque-Vasconcelos", "Legal", "peer", 3)
    dora = D.Member("Dora Kim", "Product", "peer", 4)
    data = D.PairingsData("Spring 2027", [D.Group(1, [long_name, ana], [], 1.0),
                                          D.Group(2, [hyphens, dora], [], 1.0)])
    renderer = SlipsRenderer(data, furniture("Partner slips"))
    w, h = renderer.cell_size()
    block = TextBlock.make(renderer.fonts, renderer.slip_paras(long_name, data.groups[0]),
                           w - 8 * mm, h - 8 * mm)
    assert block is not None and block.scale < 1  # smaller, to fit the word whole
    lines = [" ".join(line.split()) for line in _raw_text_lines(render_slips(data, furniture("x")))]
    words = {word for line in lines for word in line.replace("-", "- ").split()}
    assert f"{half}-" in words and all(half[:8] not in x or x.strip("().-") == half
                                       for x in words)  # whole, or broken after its hyphen
    assert any(line.endswith("-") for line in lines)  # the hyphens are where lines break
    for part in ("Maria-", "Albuquerque-", "Vasconcelos", "Oliveira-", "Santos", "Castro-",
                 "Mello-"):
        assert part in words, part


def _raw_text_lines(pdf: bytes) -> list[str]:
    """Lines as drawn (raw: pdftotext otherwise joins a word broken after its hyphen)."""
    return read_pdf_text(pdf, raw=True).splitlines()


@needs_word_boxes
def test_a_slip_for_a_mostly_arabic_heading_reads_from_for_in_an_english_document():
    """"For محمد عبد الله (Product)" has more Arabic letters than Latin ones, yet the
    document is English: the line runs left to right with the name as an embedded
    right-to-left run, so "For" comes first (drawn at the left) and the department last."""
    pdf = render_slips(_groups(), furniture("Partner slips"), SESSION)
    text = plain(read_pdf_text(pdf))
    assert re.search(r"For\W+محمد عبد الله\W*Product\)", text), text
    assert not re.search(r"Product\)\W*محمد عبد الله\W*For", text)
    words = pdf_words(pdf)  # as drawn, left to right: an Arabic word's letters reversed
    mohammed = next(w for w in words if plain(w.text)[::-1] == "محمد"
                    and any(x.text == "For" and abs(x.y0 - w.y0) < 2 for x in words))
    line = sorted((w for w in words if abs(w.y0 - mohammed.y0) < 2 and w.page == mohammed.page
                   and abs(w.x0 - mohammed.x0) < 150), key=lambda w: w.x0)
    drawn = [plain(w.text)[::-1] if not w.text.isascii() else w.text for w in line]
    assert drawn == ["For", "الله", "عبد", "محمد", "(Product)"], drawn


@needs_word_boxes
@pytest.mark.parametrize("name", ["欧阳娜娜欧阳娜娜欧阳娜娜欧阳娜娜欧阳娜娜", "محمد عبد الله الهاشمي القرشي",
                                  "Zoë 田中 Ångström-Wróblewska Papadopoulou"])
def test_a_pair_with_a_name_in_a_fallback_font_keeps_one_department_column(name):
    """A pair whose names need a fallback font or wrap lays out as every other pair: each
    department in the department column, level with its member's name."""
    pairs = [D.Group(1, [D.Member("Ana Ribeiro", "Sales", "peer", 1),
                         D.Member("Ben Okafor", "Finance", "peer", 2)], [], 1.0),
             D.Group(2, [D.Member(name, "Customer Success and Operations", "peer", 3),
                         D.Member("Oskar Lind", "Research", "buddy", 4)], [], 1.0)]
    pdf = render_pairing_list(D.PairingsData("Spring 2027", pairs), furniture("Pairing list"))
    words = pdf_words(pdf)

    def first(text: str):
        return next(w for w in words if w.text == text)

    column = first("Sales").x0
    assert first("Finance").x0 == pytest.approx(column, abs=0.5)
    assert first("Customer").x0 == pytest.approx(column, abs=0.5)  # not under the name
    assert first("Research").x0 == pytest.approx(column, abs=0.5)
    assert first("Customer").y0 == pytest.approx(min(w.y0 for w in words if w.x0 < column
                                                    and w.y0 > first("Ben").y1), abs=2)
    assert first("Research").y0 == pytest.approx(first("Oskar").y0, abs=1)  # level
    assert first("Oskar").y0 > max(w.y1 for w in words if w.text in ("Customer", "Operations"))
    assert plain(pdf_text(pdf)).count("Oskar Lind") == 1


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_pairing_list_never_cuts_a_long_name_mid_word(paper):
    """A name wider than its column breaks at its spaces and after its hyphens, like on the
    slips; only a word wider than the column even so (a long Chinese name) is cut."""
    long_name = "Maria-Fernanda Albuquerque-Vasconcelos de Oliveira-Santos e Castro-Mello"
    data = D.PairingsData("Spring 2027", [D.Group(1, [D.Member(long_name, "Legal", "peer", 1),
                                                      D.Member("Ana Ribeiro", "Sales", "peer", 2)],
                                                  [], 1.0)])
    lines = _raw_text_lines(render_pairing_list(data, furniture("Pairing list", paper)))
    words = {w for line in lines for w in line.replace("-", "- ").split()}
    assert any(line.strip().endswith("-") for line in lines)  # it did break at a hyphen
    for part in ("Maria-", "Fernanda", "Albuquerque-", "Vasconcelos", "Oliveira-", "Santos",
                 "Castro-", "Mello"):
        assert part in words, (part, lines)


def test_a_long_word_in_a_narrow_column_is_set_smaller_never_cut_in_two():
    """The German sign-in sheet's column "Verhaltenskodex gelesen" came out as "Verhaltensk"
    above "odex": a word longer than its column is now set smaller to fit."""
    fur = base.Furniture("Acme peer learning", "Anwesenheitsliste", printed_on=date(2027, 3, 1),
                         language="de")
    pdf = render_signin(D.SigninData(SESSION, people(["Ana Ribeiro", "Ben Tran"])), fur)
    words = pdf_text(pdf).split()
    assert "Verhaltenskodex" in words  # in the sentence above the table, and in the heading
    assert not {"Verhaltensk", "odex"} & set(words), [w for w in words if "odex" in w or "Verh" in w]
