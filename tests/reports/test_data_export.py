"""Gathering from the program and exporting: the right people, sessions, and no comments."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from peerdesk.core.models import Cycle, Participant
from peerdesk.core.validation import ValidationError
from peerdesk.reports import data
from peerdesk.reports.export import KINDS, export_document, record_printed
from peerdesk.reports.fonts import FontSet
from peerdesk.store import conduct
from peerdesk.store.cycles import add_cycle
from peerdesk.store.participants import add_participant, archive_participant
from tests.pdftext import pdf_text as read_pdf_text
from tests.pdftext import plain

TODAY = date(2027, 3, 1)


def pdf_text(pdf: bytes) -> str:
    return " ".join(plain(read_pdf_text(pdf)).split())


@pytest.fixture
def small(program):
    """Five people in one cycle: two sessions, a buddy pair and a peer trio, one archived."""
    ids = {n: add_participant(program, Participant(name=n, department=d, email=e)) for n, d, e in [
        ("Ana Ribeiro", "Sales", "ana@x.example"), ("王小明", "Engineering", "wang@x.example"),
        ("Ελένη Παπαδοπούλου", "Finance", "eleni@x.example"),
        ("محمد عبد الله", "Product", "omar@x.example"), ("Zoë Faure", "Product", "zoe@x.example"),
        ("Léa Left", "Sales", "lea@x.example")]}
    archive_participant(program, ids["Léa Left"], "left")
    cycle_id = add_cycle(program, Cycle("Spring 2027", start_date=TODAY,
                                        end_date=TODAY + timedelta(days=80)))
    db = program.db
    with program.atomic():
        for n, day in enumerate([TODAY + timedelta(days=2), TODAY + timedelta(days=16)]):
            sid = db["sessions"].insert({"cycle_id": cycle_id, "title": f"Session {n + 1}",
                                         "date": day.isoformat(), "start_time": "10:00",
                                         "minutes": 60, "location": "Room Ada"}).last_pk
            db["agenda_items"].insert_all([
                {"session_id": sid, "position": 0, "title": "Check-in", "minutes": 15,
                 "lead": "", "notes": ""},
                {"session_id": sid, "position": 1, "title": "Pair work", "minutes": 50,
                 "lead": "Pairs", "notes": ""}])
        groups = [("buddy", [("Ana Ribeiro", "buddy"), ("王小明", "recruit")],
                   ["+3 Ana teaches SQL, 王小明 wants SQL"]),
                  ("peer", [("Ελένη Παπαδοπούλου", "peer"), ("محمد عبد الله", "peer"),
                            ("Zoë Faure", "peer")], ["+2 different departments"])]
        for kind, members, reasons in groups:
            pid = db["pairings"].insert({"cycle_id": cycle_id, "kind": kind, "score": 3,
                                         "reasons": json.dumps(reasons), "published": 1}).last_pk
            db["pairing_members"].insert_all({"pairing_id": pid, "participant_id": ids[m],
                                              "role": r} for m, r in members)
    return program, ids, cycle_id


def test_choose_session_takes_the_next_one_and_checks_the_cycle(small):
    program, _ids, _cycle = small
    first, second = [r[0] for r in program.db.execute("SELECT id FROM sessions ORDER BY date")]
    assert data.choose_session(program, today=TODAY) == first
    assert data.choose_session(program, today=TODAY + timedelta(days=5)) == second
    assert data.choose_session(program, today=TODAY + timedelta(days=99)) == second
    add_cycle(program, Cycle("Summer 2027"))
    with pytest.raises(ValidationError, match="not in the cycle"):
        data.choose_session(program, first, "Summer 2027")
    with pytest.raises(ValidationError, match="no sessions"):
        data.choose_session(program, None, "Summer 2027")


def test_signin_lists_the_cycle_sorted_without_people_who_left(small):
    program, _ids, _cycle = small
    sid = data.choose_session(program, today=TODAY)
    names = [p.name for p in data.signin(program, sid).people]
    assert names == ["Ana Ribeiro", "Zoë Faure", "Ελένη Παπαδοπούλου", "محمد عبد الله", "王小明"]


def test_agenda_start_times_are_computed(small):
    program, _ids, _cycle = small
    agenda = data.agenda(program, data.choose_session(program, today=TODAY))
    assert [(r.start, r.end, r.title) for r in agenda.rows] == [
        ("10:00", "10:15", "Check-in"), ("10:15", "11:05", "Pair work")]
    assert agenda.rows[1].overruns and "5 over" in agenda.summary


def test_pairings_and_reasons(small):
    program, _ids, cycle_id = small
    pairs = data.pairings(program, cycle_id)
    assert [[m.role for m in g.members] for g in pairs.groups] == [["buddy", "recruit"],
                                                                   ["peer"] * 3]
    assert not pairs.draft and pairs.unpaired == []  # everyone active is in a group
    archive = program.db["participants"]
    archive.update(_ids["Zoë Faure"], {"opted_in": 0})
    program.db.execute("DELETE FROM pairing_members WHERE participant_id = ?", [_ids["Zoë Faure"]])
    unpaired = data.pairings(program, cycle_id).unpaired
    assert [(p.name, "opted out" in p.note) for p in unpaired] == [("Zoë Faure", True)]
    assert data.good_reasons(["+2 different departments", "+0 allowed pair", "-1 same office",
                              "+0.5 both available: Mondays"]) == [
        "different departments", "both available: Mondays"]
    # the engine's newer lines: a buddy line, a trio's link lines with the points inside,
    # a pair nothing scores, and a participant's own request
    assert data.good_reasons([
        "Ana (seasoned) is the buddy of Ben, Cy (new recruit)",
        "Ana & Ben (+3): Ana teaches SQL, Ben wants SQL; same office (Lisbon)",
        "Ana & Cy (+2): different departments (Sales, Data)",
        "Ben & Cy (+0): nothing in common to score",
        "Nothing in their profiles adds to the score (no skill to teach or learn): paired so "
        "that neither is left out",
        "+1 Ben asked to learn from Ana"]) == [
        "Ana teaches SQL, Ben wants SQL", "same office (Lisbon)",
        "different departments (Sales, Data)", "Ben asked to learn from Ana"]


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_exports_with_every_name(small, kind):
    program, _ids, _cycle = small
    result = export_document(program, kind, paper="letter", today=TODAY)
    assert result.pdf.startswith(b"%PDF") and result.pages >= 1
    box = PdfReader(io.BytesIO(result.pdf)).pages[0].mediabox
    assert round(float(box.width)) == 612
    text = pdf_text(result.pdf)
    assert result.title in text
    if kind in ("signin", "pairings", "slips", "pack"):
        for name in ("Ana Ribeiro", "王小明", "Ελένη Παπαδοπούλου", "محمد عبد الله", "Zoë Faure"):
            assert name in text, name
    assert result.filename.endswith(".pdf") and result.unprintable == []


def test_paper_comes_from_the_setting_then_the_locale(small):
    program, _ids, _cycle = small
    assert export_document(program, "conduct", locale_name="en_US").paper == "letter"
    assert export_document(program, "conduct", locale_name="de_DE").paper == "a4"
    program.set_setting("paper", "letter")
    assert export_document(program, "conduct", locale_name="de_DE").paper == "letter"


def test_names_no_font_can_print_are_reported(small):
    program, _ids, _cycle = small
    result = export_document(program, "signin", today=TODAY, fontset=FontSet(fallbacks=[]))
    assert result.unprintable == [("王小明", "王小明")]
    assert "王小明" in result.warning() and "Install a TrueType CJK font" in result.warning()
    assert "fonts-wqy-microhei" in result.warning()


def test_signin_export_records_when_it_was_printed(small):
    program, _ids, _cycle = small
    result = export_document(program, "pack", today=TODAY)
    printed = lambda: program.db.execute(  # noqa: E731
        "SELECT signin_printed_on FROM sessions WHERE id = ?", [result.session_id]).fetchone()[0]
    assert printed() is None  # rendering (a preview) is not printing
    assert record_printed(program, result, on=TODAY)
    assert printed() == TODAY.isoformat()
    assert not record_printed(program, export_document(program, "conduct"))


def test_the_code_of_conduct_sheet_is_the_current_version(small):
    program, _ids, _cycle = small
    conduct.save_text(program, "Be kind.\n1. Phones on silent.")
    text = pdf_text(export_document(program, "conduct").pdf)
    assert "Version 2" in text and "Phones on silent." in text and "Respect." not in text


def test_free_text_comments_never_reach_handouts(demo_program):
    comments = [r[0] for r in demo_program.db.execute(
        "SELECT value_text FROM feedback_answers WHERE value_text <> ''")]
    assert comments
    for kind in ("pack", "slips", "feedback-form", "agenda", "signin"):
        text = pdf_text(export_document(demo_program, kind).pdf)
        assert not [c for c in comments if c in text], kind


def test_signin_sheet_and_attendance_screen_list_people_in_one_order(small):
    from peerdesk.reports import data
    from peerdesk.store.sessions import invitees

    program, ids, _cycle = small
    program.db["participants"].update(ids["Zoë Faure"], {"name": "Łukasz Faure"})
    program.db["participants"].update(ids["Ana Ribeiro"], {"name": "Émile Ribeiro"})
    session_id = data.choose_session(program, None, None, TODAY)
    sheet = [p.name for p in data.signin(program, session_id).people]
    screen = [p.name for p in invitees(program, session_id)]
    assert sheet == screen
    assert sheet.index("Émile Ribeiro") < sheet.index("Łukasz Faure") < sheet.index(
        "Ελένη Παπαδοπούλου")  # not code-point order, where É and Ł come after Z


def test_without_a_session_the_next_upcoming_one_of_any_cycle_is_printed_and_named(small):
    from peerdesk.reports import data

    program, _ids, _cycle = small
    later = add_cycle(program, Cycle("Autumn 2027", start_date=TODAY + timedelta(days=200)))
    program.db["sessions"].insert({"cycle_id": later, "title": "Autumn kick-off",
                                   "date": (TODAY + timedelta(days=201)).isoformat(),
                                   "start_time": "10:00", "minutes": 60})
    # the current cycle's sessions are past: the next upcoming session is the later cycle's
    past = TODAY + timedelta(days=30)
    chosen = data.session_info(program, data.choose_session(program, None, None, past))
    assert chosen.title == "Autumn kick-off"
    result = export_document(program, "agenda", today=past)
    assert "Autumn kick-off" in result.chosen and "the next session" in result.chosen
    assert export_document(program, "agenda", session_id=chosen.id, today=past).chosen == ""


def test_the_department_question_needs_the_setting_and_no_small_department(small):
    """A department of fewer than k people would single its answers out, so the form asks
    for the department only while none is that small, and says why to the facilitator."""
    from dataclasses import replace

    program, _ids, _cycle = small
    form = data.feedback_form(program)
    assert not form.ask_department and form.department_left_out == ""
    program.save_settings(replace(program.settings(), ask_department=True, min_group_size=5))
    form = data.feedback_form(program)
    assert not form.ask_department
    assert "Engineering, Finance, Product, Sales" in form.department_left_out
    result = export_document(program, "feedback-form", today=TODAY)
    assert "Your department" not in pdf_text(result.pdf) and "Engineering" in result.note
    for n in range(5):  # every department reaches five people
        for dept in ("Sales", "Engineering", "Finance", "Product"):
            add_participant(program, Participant(name=f"{dept} {n}", department=dept,
                                                 email=f"{dept}{n}@x.example"))
    form = data.feedback_form(program)
    assert form.ask_department and form.department_left_out == ""
    result = export_document(program, "pack", today=TODAY)
    assert "Your department" in pdf_text(result.pdf) and result.note == ""
