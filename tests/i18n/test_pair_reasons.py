"""Why two people were paired is kept as codes and values, and worded when shown: the window
in its language, a document in the program's. Reasons an older PeerDesk wrote as English
text stay readable as they were."""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path

import pytest

from peerdesk.cli import run
from peerdesk.core.reasons import Reason, from_data, render, render_all, to_data
from peerdesk.i18n import translation_for
from peerdesk.store.cycles import list_cycles
from peerdesk.store.pairings import list_pairings
from peerdesk.store.program import Program
from tests.pdftext import pdf_text


@pytest.fixture
def demo(tmp_path, capsys):
    path = tmp_path / "demo.peerdesk"
    assert run(["new", str(path), "--demo"]) == 0
    capsys.readouterr()
    return path


def _pairs(path: Path):
    with Program.open(path) as program:
        cycle = list_cycles(program)[-1]
        return cycle, list_pairings(program, cycle.id)


def test_a_reason_is_english_text_and_words_itself_in_each_language():
    part = Reason("teaches", teacher="Ana", skill="SQL", level=3, learner="Ben")
    line = Reason("scored", points="+4.5", part=part)
    assert line == "+4.5 Ana teaches SQL (expert), Ben wants SQL"
    with translation_for("de").active():
        assert render(line) == "+4.5 Ana bringt SQL (Expertise) bei, Ben möchte SQL lernen"
    with translation_for("pt_PT").active():
        assert render(Reason("office", office="Lisboa")) == "mesmo escritório (Lisboa)"
    scored = Reason("scored", points="+0.5", units=50, part=Reason("office", office="Lisboa"))
    assert scored == "+0.5 same office (Lisboa)"
    with translation_for("fr").active():
        assert render(scored) == "+0,5 même bureau (Lisboa)"  # the language's decimal sign
    assert render("+2 typed by hand") == "+2 typed by hand"  # old text: as it is
    for same in (copy.deepcopy(line), pickle.loads(pickle.dumps(line)), from_data(to_data(line))):
        assert isinstance(same, Reason) and same == line and same.code == "scored"
        with translation_for("fr").active():
            assert render(same) == render(line)


def test_the_file_keeps_codes_and_the_window_words_them_in_its_language(demo):
    with Program.open(demo) as program:
        raw = program.db.execute("SELECT reasons FROM pairings LIMIT 1").fetchone()[0]
    stored = json.loads(raw)
    assert stored["v"] == 2 and stored["reasons"][0]["code"]
    _cycle, pairs = _pairs(demo)
    lines = [r for p in pairs for r in p.reasons]
    assert all(isinstance(r, Reason) for r in lines)
    office = next(r for r in lines if "same office" in r)
    with translation_for("es").active():
        assert "misma oficina" in render(office)
    with translation_for("de").active():
        german = render_all(lines)
    assert not [line for line in german if "same office" in line or "teaches" in line]


def test_reasons_an_older_peerdesk_wrote_stay_readable(demo):
    _cycle, pairs = _pairs(demo)
    first, second = pairs[0].id, pairs[1].id
    with Program.open(demo) as program, program.atomic():
        program.db.execute("UPDATE pairings SET reasons = ? WHERE id = ?",
                           [json.dumps(["+2 different departments (Sales, Finance)"]), first])
        program.db.execute("UPDATE pairings SET reasons = 'paired by hand' WHERE id = ?",
                           [second])
    _cycle, pairs = _pairs(demo)
    by_id = {p.id: p for p in pairs}
    assert by_id[first].reasons == ["+2 different departments (Sales, Finance)"]
    assert by_id[second].reasons == ["paired by hand"]
    with translation_for("de").active():
        assert render_all(by_id[first].reasons) == ["+2 different departments (Sales, Finance)"]


def test_a_code_from_a_newer_peerdesk_shows_its_english():
    assert from_data({"code": "from_the_future", "values": {}, "text": "+1 met at lunch"}) \
        == "+1 met at lunch"


def test_the_pairing_list_prints_the_reasons_in_the_programs_language(demo, tmp_path, capsys):
    assert run(["settings", str(demo), "--language", "pt_PT"]) == 0
    pdf = tmp_path / "pares.pdf"
    cycle, _pairs_now = _pairs(demo)
    assert run(["export", "pairings", str(demo), "--cycle", cycle.name, "-o", str(pdf)]) == 0
    capsys.readouterr()
    text = " ".join(pdf_text(pdf.read_bytes()).split())
    assert "mesmo escritório" in text
    assert "same office" not in text and "compatible availability" not in text


def test_the_command_line_says_why_in_its_language(demo, capsys):
    assert run(["cycle", "add", str(demo), "Spring 2027", "--start", "2027-03-01"]) == 0
    assert run(["--lang", "fr", "pair", str(demo), "--cycle", "Spring 2027"]) == 0
    out = capsys.readouterr().out
    assert "même bureau" in out and "enseigne" in out
    assert "same office" not in out and "teaches" not in out
