"""The cycle report: key numbers, charts, anonymised comments, and the small-group rule."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from peerdesk.charts.build import chart_png
from peerdesk.core import feedback as fb
from peerdesk.core.models import Cycle
from peerdesk.core.small_groups import TOO_FEW
from peerdesk.reports.cycle_report import CHARTS, gather, render_cycle_report
from peerdesk.store import demo
from peerdesk.store.cycles import add_cycle, list_cycles
from peerdesk.store.feedback import PaperForm, add_paper_form, close_feedback
from peerdesk.store.program import Program

TODAY = date(2027, 6, 1)


@pytest.fixture(scope="module")
def demo_program():
    program = Program.create(None, "Demo")
    demo.populate(program, today=TODAY)
    yield program
    program.close()


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _images(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture(scope="module")
def report(demo_program):
    cycle = list_cycles(demo_program)[-1]
    return cycle, render_cycle_report(demo_program, cycle.id, charts=chart_png, today=TODAY)


def test_key_numbers_and_charts(demo_program, report):
    cycle, pdf = report
    text = _text(pdf)
    numbers = gather(demo_program, cycle.id, TODAY).numbers
    assert f"Cycle report: {cycle.name}" in text
    for label in ("Participants", "Sessions held", "Attendance", "Response rate", "eNPS",
                  "Pairs across departments", "Hours of peer learning", "Skill-confidence gain"):
        assert label in text
    assert f"{numbers.hours:,.0f} hours of peer learning" in text
    assert numbers.enps.text("{:+.0f}") in text
    assert f"{numbers.sessions_held} of {numbers.sessions_planned}" in text
    assert _images(pdf) == len(CHARTS)
    assert "Edmondson (1999)" in text
    assert "do not hand it to participants" in text


def test_comments_are_quoted_without_names(demo_program, report):
    cycle, pdf = report
    text = _text(pdf)
    said = fb.comments(gather(demo_program, cycle.id, TODAY).feedback, fb.Scope((cycle.id,)))
    assert said.comments
    assert all(comment in text for comment in said.comments)
    names = [r[0] for r in demo_program.db.execute("SELECT name FROM participants")]
    assert not [n for n in names if n in text]


def test_small_cycle_withholds_numbers_and_comments():
    program = Program.create(None, "Small")
    cycle_id = add_cycle(program, Cycle("Pilot", start_date=date(2027, 1, 1)))
    program.db["sessions"].insert({"id": 1, "cycle_id": cycle_id, "title": "Kick-off",
                                   "date": "2027-01-06", "minutes": 60})
    for useful in ("4", "5"):
        add_paper_form(program, PaperForm(cycle_id, {"usefulness": useful, "recommend": "10",
                                                     "comment": "Only Ana would say this"},
                                          session_id=1))
    close_feedback(program, cycle_id, 1, "session")
    pdf = render_cycle_report(program, cycle_id, today=TODAY)
    text = _text(pdf)
    assert "Only Ana would say this" not in text
    assert "comments are left out" in text
    assert text.count(TOO_FEW) >= 3  # eNPS, usefulness, safety
    assert _images(pdf) == 0  # no chart maker given: numbers and comments only


def test_paper_follows_the_setting(demo_program):
    cycle = list_cycles(demo_program)[0]
    demo_program.set_setting("paper", "letter")
    try:
        pdf = render_cycle_report(demo_program, cycle.id, today=TODAY)
    finally:
        demo_program.set_setting("paper", "")
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_participant_handouts_never_carry_comments(demo_program):
    """The confidentiality rule seen from the other side: the session pack (handed out)
    holds none of the comments that the facilitator's report quotes."""
    from peerdesk.reports.export import export_document

    cycle = list_cycles(demo_program)[-1]
    said = fb.comments(gather(demo_program, cycle.id, TODAY).feedback, fb.Scope((cycle.id,)))
    session = demo_program.db.execute("SELECT id FROM sessions WHERE cycle_id = ? ORDER BY date",
                                      [cycle.id]).fetchone()[0]
    for kind in ("pack", "slips"):
        text = _text(export_document(demo_program, kind, session_id=session, today=TODAY).pdf)
        assert not [c for c in said.comments if c in text], kind


def test_in_german_a_long_label_is_not_cut_and_a_withheld_figure_is_not_a_headline():
    """"Abteilungsübergreifende Paare" came out as "Abteilungsübergreifen / de Paare", and "zu
    wenige Antworten" in the 17-point headline style: the check for a withheld figure compared
    with the English words only."""
    from dataclasses import replace

    from pypdf import PdfReader

    program = Program.create(None, "Demo")
    demo.populate(program, today=TODAY)
    program.save_settings(replace(program.settings(), language="de"))
    cycle = list_cycles(program)[-1]
    pdf = render_cycle_report(program, cycle.id, charts=None, today=TODAY)
    text = _text(pdf)
    assert "Abteilungsübergreifende Paare" in text, text[:600]
    assert "\u201e" in text and "\u201d" not in text  # comments quoted „…“ as German prints them
    sizes: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.setdefault(text.strip(), size * tm[0])

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    withheld = [t for t in sizes if t.startswith("zu wenige")]
    assert withheld, sorted(sizes)[:40]
    assert all(sizes[t] < 15 for t in withheld), {t: sizes[t] for t in withheld}
    program.close()
