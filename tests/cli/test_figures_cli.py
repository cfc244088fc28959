"""Issue 12, what is shown: each attack replayed on a program a facilitator built with
the command line, against everything ``peerdesk figures --json`` publishes (and the other
views, which read the same figures)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from peerdesk.__main__ import main
from peerdesk.core.models import Cycle, Participant
from peerdesk.store.attendance import set_attendance
from peerdesk.store.cycles import add_cycle
from peerdesk.store.feedback import PaperForm, add_paper_form, close_feedback, load_feedback_data
from peerdesk.store.participants import add_participant
from peerdesk.store.program import Program
from peerdesk.store.sessions import add_session, new_session

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from disclosure_auditor import audit


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def figures(capsys, path, *more) -> dict:
    code, out, err = run(capsys, "figures", path, "--json", *more)
    assert code == 0, err
    return json.loads(out)


def find(published: dict, measure: str, cycle=None, session=None, department=None, phase="session"):
    return next(f for f in published["figures"] if f["measure"] == measure
                and f["phase"] == phase and f["cycle"] == cycle and f["session"] == session
                and f.get("department") == department)


def build(tmp_path, forms_a: list[tuple[str, int, int]], forms_b: list[tuple[str, int, int]],
          people: list[tuple[str, str]] = ()) -> Path:
    """Spring 2027 with two sessions; forms are (department, usefulness, recommend)."""
    path = tmp_path / "p.peerdesk"
    program = Program.create(path, "Spring")
    cycle = add_cycle(program, Cycle("Spring 2027", start_date=date(2027, 3, 1)))
    a = add_session(program, new_session(program, cycle, date=date(2027, 3, 4)))
    b = add_session(program, new_session(program, cycle, date=date(2027, 3, 18)))
    ids = [add_participant(program, Participant(n, department=d)) for n, d in people]
    if ids:
        set_attendance(program, b, dict.fromkeys(ids, "present"))
    for session, forms in ((a, forms_a), (b, forms_b)):
        for dept, useful, recommend in forms:
            add_paper_form(program, PaperForm(cycle, {"usefulness": str(useful),
                                                      "recommend": str(recommend)},
                                              session_id=session, department=dept))
    # The second session's forms first: a lone late form typed after the first session's
    # figures were read would wait (figures move only by k forms or more).
    for session in (b, a):
        close_feedback(program, cycle, session, "session")
    data = load_feedback_data(program)
    program.close()
    build.data = data  # the raw forms, for the auditor
    return path


def test_the_eighth_answer_cannot_be_worked_out_from_a_cycle_and_a_session(tmp_path, capsys):
    """A cycle mean over 8 forms and a session mean over 7 gave the eighth answer."""
    path = build(tmp_path, [("", 4, 9)] * 7, [("", 1, 3)])
    shown = figures(capsys, path)
    cycle = find(shown, "usefulness", "Spring 2027")
    first = find(shown, "usefulness", "Spring 2027", "04 Mar 2027")
    second = find(shown, "usefulness", "Spring 2027", "18 Mar 2027")
    assert second["value"] is None and second["n"] is None and "too few" in second["reason"]
    assert cycle["value"] is None or first["value"] is None
    enps_cycle, enps_first = (find(shown, "enps", "Spring 2027"),
                              find(shown, "enps", "Spring 2027", "04 Mar 2027"))
    assert enps_cycle["value"] is None or enps_first["value"] is None  # detractor or not
    assert find(shown, "forms", "Spring 2027", "18 Mar 2027")["n"] is None  # count too
    audit(build.data, shown)


def test_all_departments_minus_the_shown_ones_gives_nothing(tmp_path, capsys):
    forms = [("Sales", 4, 9)] * 6 + [("Engineering", 3, 7)] * 6 + [("Legal", 1, 0)]
    path = build(tmp_path, forms, [])
    shown = figures(capsys, path)
    assert find(shown, "usefulness", "Spring 2027", department="Legal")["value"] is None
    shown_depts = [find(shown, "usefulness", "Spring 2027", department=d)["value"]
                   for d in ("Sales", "Engineering")]
    total = find(shown, "usefulness", "Spring 2027")["value"]
    assert total is None or None in shown_depts
    audit(build.data, shown)


def test_a_one_person_department_does_not_say_that_its_member_answered(tmp_path, capsys):
    people = [("Ana", "Legal")] + [(f"S{i}", "Sales") for i in range(6)]
    path = build(tmp_path, [("Sales", 4, 9)] * 6, [("Legal", 5, 10)] + [("Sales", 3, 8)] * 6,
                 people)
    shown = figures(capsys, path)
    for cycle, session in (("Spring 2027", None), (None, None)):
        legal = find(shown, "response_rate", cycle, session, "Legal")
        assert legal["value"] is None and legal["n"] is None
        assert find(shown, "forms", cycle, session, "Legal")["n"] is None
    rate = find(shown, "response_rate", "Spring 2027", "18 Mar 2027")
    assert rate["value"] == 1.0 and rate["n"] == 7  # the session as a whole: 7 of 7
    audit(build.data, shown)
    code, out, _ = run(capsys, "status", path, "--json")
    assert code == 0 and "Legal" not in out


def test_figures_table_and_cycle_filter(tmp_path, capsys):
    path = build(tmp_path, [("", 4, 9)] * 7, [("", 1, 3)])
    code, out, _ = run(capsys, "figures", path)
    assert code == 0 and "anonymous feedback" in out and "too few responses" in out
    only = figures(capsys, path, "--cycle", "Spring 2027")
    assert {f["cycle"] for f in only["figures"]} == {"Spring 2027"}
    code, _, err = run(capsys, "figures", path, "--cycle", "Nope")
    assert code != 0 and "Nope" in err


@pytest.mark.parametrize("kind", ["enps", "engagement"])
def test_charts_draw_only_published_figures(tmp_path, capsys, kind):
    path = build(tmp_path, [("", 4, 9)] * 7, [("", 1, 3)])
    out = tmp_path / f"{kind}.svg"
    code, _, err = run(capsys, "chart", path, "--kind", kind, "--cycle", "Spring 2027", "-o", out)
    assert code == 0, err
    from peerdesk.core import feedback as fb

    scope = fb.Scope(cycle_ids=(build.data.cycles[0].id,))
    points = {"safety": lambda: [p.stat for p in fb.safety_trend(build.data, scope)],
              "enps": lambda: [p.stat for p in fb.enps_trend(build.data, scope)],
              "engagement": lambda: [p.usefulness for p in fb.engagement(build.data, scope)]}
    assert [s.withheld for s in points[kind]()] == [True, True]  # what the chart draws
