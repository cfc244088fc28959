"""``peerdesk export signin|agenda|conduct|pairings|slips|feedback-form|pack`` and
``peerdesk conduct show|set|ack``."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from peerdesk.__main__ import main
from peerdesk.store import demo
from peerdesk.store.program import Program

KINDS = ["signin", "agenda", "conduct", "pairings", "slips", "feedback-form", "pack"]


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.peerdesk"
    program = Program.create(path, "Demo")
    demo.populate(program)
    program.close()
    return path


def _query(path, sql, params=()):
    program = Program.open(path)
    try:
        return program.db.execute(sql, list(params)).fetchall()
    finally:
        program.close()


@pytest.mark.parametrize("kind", KINDS)
def test_export_each_document(demo_file, tmp_path, capsys, kind):
    out = tmp_path / f"{kind}.pdf"
    code, stdout, err = run(capsys, "export", kind, demo_file, "-o", out, "--paper", "letter")
    assert code == 0, err
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert f"({len(reader.pages)} page" in stdout and "Letter" in stdout and str(out) in stdout
    assert err == ""


def test_export_pack_for_a_session_with_copies_marks_the_signin_printed(demo_file, tmp_path, capsys):
    session_id = _query(demo_file, "SELECT id FROM sessions ORDER BY date LIMIT 1")[0][0]
    program = Program.open(demo_file)
    program.db["sessions"].update(session_id, {"signin_printed_on": None})
    program.close()
    out = tmp_path / "pack.pdf"
    code, _out, err = run(capsys, "export", "pack", demo_file, "--session", session_id,
                          "--copies", 3, "-o", out)
    assert code == 0, err
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    titles = [item["/Title"] for item in reader.outline if not isinstance(item, list)]
    assert titles == ["Cover", "Agenda", "Sign-in sheet", "Pairing list", "Code of conduct",
                      "Feedback form"]
    feedback_start = reader.get_destination_page_number(reader.outline[-1])
    assert len(reader.pages) - feedback_start == 3
    printed = _query(demo_file, "SELECT signin_printed_on FROM sessions WHERE id = ?", [session_id])
    assert printed[0][0] is not None


@pytest.mark.parametrize(("args", "message"), [
    (["--session", "999"], "no session with id 999"),
    (["--cycle", "Nope"], "no cycle called “Nope”"),
])
def test_export_errors_are_plain_words(demo_file, tmp_path, capsys, args, message):
    code, _out, err = run(capsys, "export", "pack", demo_file, *args, "-o", tmp_path / "x.pdf")
    assert code == 1 and message in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_export_to_a_missing_folder(demo_file, tmp_path, capsys):
    code, _out, err = run(capsys, "export", "conduct", demo_file, "-o", tmp_path / "no" / "x.pdf")
    assert code == 1 and "does not exist" in err


def test_export_needs_a_session_when_the_cycle_has_none(program_file, tmp_path, capsys):
    code, _out, err = run(capsys, "export", "signin", program_file, "-o", tmp_path / "x.pdf")
    assert code == 1 and "no cycle yet" in err


def test_conduct_show_set_ack(demo_file, tmp_path, capsys):
    code, out, _err = run(capsys, "conduct", "show", demo_file)
    assert code == 0 and "version 1" in out and "stays in the session" in out
    assert "Signed the current version (v1):" in out

    text = tmp_path / "conduct.txt"
    text.write_text("Our code of conduct\n1. Be kind.\n2. Phones on silent.\n", encoding="utf-8")
    code, out, _err = run(capsys, "conduct", "set", demo_file, "--from", text)
    assert code == 0 and "Saved version 2" in out
    code, out, _err = run(capsys, "conduct", "set", demo_file, "--from", text)
    assert "No change: version 2" in out

    code, out, _err = run(capsys, "conduct", "show", demo_file, "--unsigned")
    unsigned = out.splitlines()
    assert any(line.startswith("Ana Ribeiro\t") for line in unsigned)
    code, out, _err = run(capsys, "conduct", "ack", demo_file, "Ana Ribeiro",
                          "lena.hoffmann@acme.example", "--date", "2027-03-03")
    assert code == 0 and "Recorded the signature of Ana Ribeiro, Lena Hoffmann (version 2)" in out
    _code, out, _err = run(capsys, "conduct", "show", demo_file, "--unsigned")
    assert len(out.splitlines()) == len(unsigned) - 2
    signed = _query(demo_file, "SELECT a.signed_on FROM conduct_acks a JOIN conduct_versions v "
                               "ON v.id = a.version_id WHERE v.version = 2")
    assert [r[0] for r in signed] == ["2027-03-03", "2027-03-03"]

    code, out, _err = run(capsys, "conduct", "ack", demo_file, "Ana Ribeiro", "--undo")
    assert code == 0 and "Removed the signature of Ana Ribeiro" in out
    code, out, _err = run(capsys, "conduct", "show", demo_file, "--version", "1")
    assert "not current: version 2 is" in out and "Respect." in out


def test_conduct_errors(demo_file, capsys):
    code, _out, err = run(capsys, "conduct", "ack", demo_file, "Nobody Here")
    assert code == 1 and "No participant" in err
    code, _out, err = run(capsys, "conduct", "ack", demo_file, "Ana Ribeiro", "--date", "3/3/27")
    assert code == 1 and "YYYY-MM-DD" in err
    code, _out, err = run(capsys, "conduct", "show", demo_file, "--version", "9")
    assert code == 1 and "no version 9" in err
    code, _out, err = run(capsys, "conduct", "set", demo_file, "--text", "  ")
    assert code == 1 and "cannot be empty" in err


def test_strict_refuses_a_name_no_font_can_print_and_writes_nothing(demo_file, tmp_path, capsys,
                                                                    monkeypatch):
    from peerdesk.reports import data
    from peerdesk.reports import fonts as fonts_module
    from peerdesk.reports.fonts import FontSet

    program = Program.open(demo_file)
    signin = data.signin(program, data.choose_session(program, None, None, None))
    program.db["participants"].update(signin.people[0].id, {"name": "प्रिया शर्मा"})
    program.close()
    monkeypatch.setattr(fonts_module, "_default", FontSet(fallbacks=[]))
    out = tmp_path / "signin.pdf"
    code, _out, err = run(capsys, "export", "signin", demo_file, "-o", out, "--strict")
    assert code != 0 and not out.exists()
    assert "प्रिया शर्मा" in err and "Noto Sans Devanagari" in err and "--strict" in err
    code, _out, err = run(capsys, "export", "signin", demo_file, "-o", out)
    assert code == 0 and out.exists() and "warning" in err and "fonts-noto-core" in err
