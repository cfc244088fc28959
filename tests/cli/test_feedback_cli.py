"""``peerdesk chart``, ``peerdesk feedback add``, ``peerdesk questions`` and
``peerdesk export report``."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from peerdesk.__main__ import main
from peerdesk.charts import KINDS
from peerdesk.store import demo
from peerdesk.store.program import Program

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.peerdesk"
    program = Program.create(path, "Demo")
    demo.populate(program, today=date(2027, 6, 1))
    program.close()
    return path


def _last_cycle(path) -> str:
    program = Program.open(path, read_only=True)
    try:
        return program.db.execute("SELECT name FROM cycles ORDER BY start_date DESC").fetchone()[0]
    finally:
        program.close()


@pytest.mark.parametrize(("kind", "suffix", "magic"), [
    ("engagement", "png", b"\x89PNG"), ("heatmap", "svg", b"<?xml"), ("dashboard", "pdf", b"%PDF")])
def test_chart_writes_each_format(demo_file, tmp_path, capsys, kind, suffix, magic):
    out = tmp_path / f"chart.{suffix}"
    code, stdout, err = run(capsys, "chart", demo_file, "--kind", kind, "--cycle",
                            _last_cycle(demo_file), "-o", out)
    assert (code, err) == (0, "")
    assert out.read_bytes().startswith(magic)
    assert str(out) in stdout


def test_chart_help_lists_every_kind(capsys):
    with pytest.raises(SystemExit):
        main(["chart", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert all(kind in text for kind in KINDS)


@pytest.mark.parametrize(("args", "words"), [
    (["--kind", "enps", "--cycle", "Winter 1999"], "no cycle called"),
    (["--kind", "enps", "--department", "Astronauts"], "no department called"),
])
def test_chart_refusals_in_plain_words(demo_file, tmp_path, capsys, args, words):
    code, _, err = run(capsys, "chart", demo_file, *args, "-o", tmp_path / "x.png")
    assert code == 1 and words in err and "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


def test_chart_refuses_an_unknown_format(demo_file, tmp_path, capsys):
    code, _, err = run(capsys, "chart", demo_file, "--kind", "enps", "-o", tmp_path / "x.jpg")
    assert code == 1 and ".png, .svg or .pdf" in err


def test_chart_does_not_change_the_file(demo_file, tmp_path, capsys):
    before = demo_file.read_bytes()
    assert run(capsys, "chart", demo_file, "--kind", "retention", "-o", tmp_path / "r.png")[0] == 0
    assert demo_file.read_bytes() == before


def test_feedback_add_stores_a_paper_form_without_identity(tmp_path, capsys):
    path = tmp_path / "p.peerdesk"
    program = Program.create(path, "P")
    demo.populate(program, today=date(2027, 6, 1))
    session = program.db.execute(  # one whose feedback is still open (no forms yet)
        "SELECT id FROM sessions WHERE id NOT IN (SELECT session_id FROM feedback_responses "
        "WHERE session_id IS NOT NULL) ORDER BY id").fetchone()[0]
    email = program.db.execute("SELECT email FROM participants LIMIT 1").fetchone()[0]
    before = program.count("feedback_responses")
    program.close()
    code, out, err = run(capsys, "feedback", "add", path, "--session", session, "usefulness=4",
                         "recommend=10", "comment=Pairs were great", "--department", "Sales",
                         "--person", email)
    assert code == 0, err
    program = Program.open(path)
    row = program.db["feedback_responses"].get(int(out))
    assert row["participant_id"] is None and row["department"] == "Sales"
    assert program.count("feedback_responses") == before + 1
    program.close()
    code, _, err = run(capsys, "feedback", "add", path, "--session", session, "usefulness=9")
    assert code == 1 and "out of range" in err
    code, _, err = run(capsys, "feedback", "add", path, "--session", session, "usefulness")
    assert code == 1 and "KEY=VALUE" in err
    code, out, _ = run(capsys, "feedback", "add", path, "--after", _last_cycle(path),
                       "confidence=2", "--skill", "SQL")
    assert code == 0 and int(out) > 0
    # the department as the entry grid takes it: known, by the start of its name, any case
    code, out, err = run(capsys, "feedback", "add", path, "--session", session, "usefulness=3",
                         "--department", "engin")
    assert code == 0, err
    program = Program.open(path)
    assert program.db["feedback_responses"].get(int(out))["department"] == "Engineering"
    program.close()
    code, _, err = run(capsys, "feedback", "add", path, "--session", session, "usefulness=3",
                       "--department", "Marketing")  # a typo would make a group of one
    assert code == 1 and "No department matches “Marketing”. Departments: " in err
    assert "Sales" in err


def test_questions_list_add_and_deactivate(tmp_path, capsys):
    path = tmp_path / "q.peerdesk"
    Program.create(path, "Q").close()
    code, out, _ = run(capsys, "questions", "list", path)
    assert code == 0 and "usefulness" in out and "reverse-scored" in out
    assert "Edmondson (1999)" in out
    code, out, _ = run(capsys, "questions", "add", path, "Was the room comfortable?")
    assert (code, out.strip()) == (0, "was_the_room_comfortable")
    assert run(capsys, "questions", "deactivate", path, "was_the_room_comfortable")[0] == 0
    _, out, _ = run(capsys, "questions", "list", path, "--json")
    assert "was_the_room_comfortable" not in [q["key"] for q in json.loads(out)]
    _, out, _ = run(capsys, "questions", "list", path, "--all", "--json")
    assert [q["active"] for q in json.loads(out) if q["key"] == "was_the_room_comfortable"] == [False]
    code, _, err = run(capsys, "questions", "deactivate", path, "nope")
    assert code == 1 and "no question" in err


def test_cli_start_does_not_load_matplotlib():
    code = ("import argparse, sys\nfrom peerdesk.cli import feedback\n"
            "feedback.register(argparse.ArgumentParser().add_subparsers())\n"
            "print(sorted(m for m in ('matplotlib', 'reportlab') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_export_report(demo_file, tmp_path, capsys):
    from pypdf import PdfReader

    out = tmp_path / "report.pdf"
    code, _, err = run(capsys, "export", "report", demo_file, "--cycle", _last_cycle(demo_file),
                       "-o", out)
    assert (code, err) == (0, "")
    reader = PdfReader(out)
    assert "Cycle report" in reader.pages[0].extract_text()
    from peerdesk.charts import KINDS  # the charts are vector: their titles are text

    text = " ".join(page.extract_text() for page in reader.pages)
    assert all(title.split(":")[0] in text for title in KINDS.values())
    code, _, err = run(capsys, "export", "report", demo_file, "--cycle", "Nope", "-o", out)
    assert code == 1 and "no cycle called" in err
    code, _, err = run(capsys, "export", "report", demo_file, "--cycle", _last_cycle(demo_file),
                       "-o", tmp_path / "report.png")
    assert code == 1 and "PDF" in err


def test_export_report_takes_the_current_cycle_by_default(demo_file, tmp_path, capsys):
    """Like ``status`` and the other documents: no --cycle means the cycle running today."""
    from pypdf import PdfReader

    from peerdesk.store.cycles import current_cycle

    with Program.open(demo_file, read_only=True) as p:
        running = current_cycle(p).name
        assert p.db["cycles"].count > 1  # a choice to make
    out = tmp_path / "report.pdf"
    code, _, err = run(capsys, "export", "report", demo_file, "-o", out)
    assert (code, err) == (0, "")
    assert f"Cycle report: {running}" in PdfReader(out).pages[0].extract_text()
    empty = tmp_path / "empty.peerdesk"
    Program.create(empty).close()
    code, _, err = run(capsys, "export", "report", empty, "-o", out)
    assert code == 1 and "No cycles yet" in err and "Traceback" not in err
