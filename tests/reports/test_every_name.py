"""Every name, in every script, comes back out of every document as it was typed.

A program whose people write their names in Devanagari, Thai, Arabic, Hebrew, Chinese,
Japanese, Korean, with emoji, with Ł, Ø and É and at 75 characters, is exported as every
kind of document on A4 and on Letter; pdftotext must find each name (the text layer is
what search, copy and a screen reader get). An emoji no font draws is dropped, never a
"?", so it is left out of the comparison where this machine has no emoji font.
"""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from datetime import date, timedelta

import pytest

from peerdesk.core.models import Cycle, Participant
from peerdesk.reports.export import KINDS, export_document
from peerdesk.reports.fontfind import is_emoji
from peerdesk.reports.fonts import fonts
from peerdesk.store.cycles import add_cycle
from peerdesk.store.participants import add_participant
from tests.pdftext import pdf_text as read_pdf_text
from tests.pdftext import same_text

TODAY = date(2027, 3, 1)
NAMES = [
    ("प्रिया शर्मा", "Engineering"), ("สมชาย ใจดี", "Sales"), ("محمد عبد الله", "Product"),
    ("שרה לוי", "Finance"), ("王小明", "Engineering"), ("山田 花子", "Design"),
    ("김민준", "Data"), ("Zoë 🌻 Faure", "Product"), ("Łukasz Øster", "Sales"),
    ("Émile Dubois", "Finance"), ("Ana Ribeiro", "Sales"),
    ("Maria-Fernanda Albuquerque-Vasconcelos de Oliveira-Santos e Castro-Mello", "Legal"),
]
FACILITATOR = "Ngozi Ọkọnkwọ"


def _plain(text: str) -> str:
    """Compared without spaces, line breaks or hyphens (a long name wraps, and pdftotext
    joins a word broken after its hyphen without it), emoji no font draws, or invisible
    marks; letters composed (NFC) and presentation forms undone (NFKC)."""
    text = unicodedata.normalize("NFKC", text)
    drawn = fonts()
    return "".join(ch for ch in text if not ch.isspace() and ch != "-"
                   and unicodedata.category(ch) != "Cf"
                   and not (is_emoji(ch) and drawn.font_for(ch) is None))


def _text(pdf: bytes) -> str:
    return _plain(same_text(read_pdf_text(pdf)))


def fill(program) -> int:
    """Everyone in pairs and trios of one published cycle; the session to print for."""
    ids = [add_participant(program, Participant(name=n, department=d,
                                                email=f"p{k}@x.example", location="Lisbon"))
           for k, (n, d) in enumerate([*NAMES, (FACILITATOR, "People")])]
    cycle_id = add_cycle(program, Cycle("Spring 2027", start_date=TODAY,
                                        end_date=TODAY + timedelta(days=80)))
    db = program.db
    with program.atomic():
        sid = db["sessions"].insert({"cycle_id": cycle_id, "title": "Kick-off",
                                     "date": (TODAY + timedelta(days=3)).isoformat(),
                                     "start_time": "10:00", "minutes": 60,
                                     "location": "Room Ada"}).last_pk
        db["agenda_items"].insert({"session_id": sid, "position": 0, "title": "Pair work",
                                   "minutes": 50, "lead": FACILITATOR, "notes": ""})
        people = ids[:-1]
        groups = [people[k:k + 2] for k in range(0, len(people) - 3, 2)] + [people[-3:]]
        for members in groups:
            names = [NAMES[people.index(m)][0] for m in members]
            reasons = [f"{names[0]} & {names[1]} (+3): {names[0]} teaches SQL, {names[1]} "
                       "wants SQL"] if len(members) == 3 else [
                f"+3 {names[0]} teaches SQL, {names[1]} wants SQL"]
            pid = db["pairings"].insert({"cycle_id": cycle_id, "kind": "peer", "score": 3,
                                         "reasons": json.dumps(reasons), "published": 1}).last_pk
            db["pairing_members"].insert_all({"pairing_id": pid, "participant_id": m,
                                              "role": "peer"} for m in members)
    return sid


@pytest.fixture
def world(program):
    return program, fill(program)


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("kind", ["signin", "pairings", "slips", "pack"])
def test_every_name_comes_back_out_of_every_document(world, kind, paper):
    program, sid = world
    result = export_document(program, kind, session_id=sid, paper=paper, today=TODAY)
    text = _text(result.pdf)
    missing = [name for name, _dept in NAMES if _plain(same_text(name)) not in text]
    assert missing == [], f"{kind} on {paper}: not found {missing}"
    assert result.unprintable == []


@pytest.mark.parametrize("kind", sorted(set(KINDS) - {"signin", "pairings", "slips", "pack"}))
def test_the_other_documents_print_the_program_and_session_as_written(world, kind):
    program, sid = world
    program.set_setting("program_name", "Programa de mentoria Ł Ø É प्रिया")
    text = _text(export_document(program, kind, session_id=sid, today=TODAY).pdf)
    assert _plain("Programa de mentoria Ł Ø É प्रिया") in text


def test_a_one_page_agenda_from_the_command_line_loads_no_pairing_engine_or_charts(
        program_file, tmp_path):
    """Most of a one-page document's start-up used to be imports it does not need."""
    from peerdesk.store.program import Program

    path = program_file
    with Program.open(path) as program:
        sid = fill(program)
    out = tmp_path / "agenda.pdf"
    code = ("import sys; from peerdesk.__main__ import main; "
            f"rc = main(['export', 'agenda', {str(path)!r}, '--session', '{sid}', '-o', "
            f"{str(out)!r}]); "
            "print(sorted(m for m in ('numpy', 'scipy', 'networkx', 'matplotlib', 'PySide6', "
            "'openpyxl', 'http.client') if m in sys.modules)); sys.exit(rc)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "[]"
    assert out.read_bytes().startswith(b"%PDF")
