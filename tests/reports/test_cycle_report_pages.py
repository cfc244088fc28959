"""The cycle report's figures and pages (issue 17): one attendance rate everywhere, one
clear page for a cycle not yet held, vector charts, bookmarks, the paper size."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from peerdesk.__main__ import main
from peerdesk.charts import KINDS
from peerdesk.charts.build import chart_pdf
from peerdesk.core import feedback as fb
from peerdesk.core.models import Cycle, Session
from peerdesk.reports.cycle_report import CHARTS, gather, render_cycle_report
from peerdesk.store import demo
from peerdesk.store.attendance import cycle_attendance
from peerdesk.store.cycles import add_cycle, list_cycles
from peerdesk.store.feedback import load_feedback_data
from peerdesk.store.program import Program
from peerdesk.store.sessions import add_session

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


def test_headline_attendance_is_the_sessions_tab_and_the_charts_rate(demo_program):
    for cycle in list_cycles(demo_program):
        headline = gather(demo_program, cycle.id, TODAY).numbers.attendance
        tab = cycle_attendance(demo_program, cycle.id).cycle
        chart = fb.engagement(load_feedback_data(demo_program),
                              fb.Scope(cycle_ids=(cycle.id,)))
        if not tab.marked:
            continue
        assert (headline.num, headline.den) == (tab.present, tab.present + tab.absent)
        assert headline.value == pytest.approx(tab.rate)
        assert tab.excused, "the demo must hold an excused absence for this test to bite"
        sessions = [p.attendance for p in chart]  # the engagement chart, one point a session
        assert sum(r.num for r in sessions) == headline.num
        assert sum(r.den for r in sessions) == headline.den


def test_the_report_names_its_attendance_rule(demo_program):
    cycle = list_cycles(demo_program)[0]
    text = _text(render_cycle_report(demo_program, cycle.id, today=TODAY))
    numbers = gather(demo_program, cycle.id, TODAY).numbers
    assert f"{numbers.attendance.num} present of {numbers.attendance.den} expected" in text
    assert "an excused absence counts neither way" in text


def test_a_cycle_not_yet_held_is_one_clear_page_without_charts():
    program = Program.create(None, "Demo")
    demo.populate(program, today=TODAY)
    cycle_id = add_cycle(program, Cycle("Winter 2028", start_date=date(2028, 1, 10)))
    add_session(program, Session(cycle_id, "Kick-off", date=date(2028, 1, 12)))
    pdf = render_cycle_report(program, cycle_id, charts=chart_pdf, today=TODAY)
    program.close()
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = _text(pdf)
    assert "Nothing to report yet" in text and "12 January 2028" in text
    assert not any(KINDS[kind].split(":")[0] in text for kind, _ in CHARTS)


@pytest.fixture(scope="module")
def vector_report(demo_program):
    cycle = list_cycles(demo_program)[-1]
    return render_cycle_report(demo_program, cycle.id, charts=chart_pdf, today=TODAY)


def test_charts_are_vector_graphics_with_their_words_as_text(vector_report):
    reader = PdfReader(io.BytesIO(vector_report))
    text = _text(vector_report)
    for kind, _which in CHARTS:  # a bitmap chart's title would not be text
        assert KINDS[kind].split(":")[0] in text, kind
    pixels = [img.image.size for page in reader.pages for img in page.images]
    assert all(w * h < 300 * 300 for w, h in pixels), pixels  # no whole chart as a bitmap


def test_the_report_has_bookmarks_and_opens_showing_them(vector_report):
    reader = PdfReader(io.BytesIO(vector_report))
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles[:2] == ["Key numbers", "The cycle in charts"]
    assert "What participants said" in titles and "How these figures are made" in titles
    nested = next(o for o in reader.outline if isinstance(o, list))
    assert len(nested) == len(CHARTS)
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_report_paper_from_the_command_line(tmp_path, capsys):
    path = tmp_path / "demo.peerdesk"
    program = Program.create(path, "Demo")
    demo.populate(program, today=TODAY)
    cycle = list_cycles(program)[0].name
    program.close()
    for paper, size in (("letter", (612, 792)), ("a4", (595, 842))):
        out = tmp_path / f"report-{paper}.pdf"
        assert main(["export", "report", str(path), "--cycle", cycle, "-o", str(out),
                     "--paper", paper]) == 0, capsys.readouterr().err
        box = PdfReader(out).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == size
