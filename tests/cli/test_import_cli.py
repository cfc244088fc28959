"""``peerdesk import participants|feedback`` and ``peerdesk export participants``."""

from __future__ import annotations

from datetime import datetime

import pytest

from peerdesk.__main__ import main
from peerdesk.store.program import Program
from tests import samples


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def count(path, table="participants"):
    program = Program.open(path)
    try:
        return program.count(table)
    finally:
        program.close()


@pytest.fixture
def staff_csv(tmp_path):
    rows = samples.hr_rows(len(samples.NAMES), date_style="dmy")
    return samples.write_csv(tmp_path / "staff.csv", samples.HR_HEADERS, rows,
                             *samples.EXCEL_CSV_UTF8)


def test_import_then_reimport_then_export(program_file, staff_csv, tmp_path, capsys):
    code, out, err = run(capsys, "import", "participants", program_file, staff_csv)
    assert code == 0, err
    assert "CSV, UTF-8 with BOM, separated by commas" in out
    assert "Reports To → Manager (name or email)" in out
    assert f"Imported: {len(samples.NAMES)} added, 0 updated." in out
    assert count(program_file) == len(samples.NAMES)
    code, out, _ = run(capsys, "import", "participants", program_file, staff_csv)
    assert code == 0 and f"0 new, 0 updated, {len(samples.NAMES)} unchanged" in out
    for suffix in ("csv", "xlsx"):
        target = tmp_path / f"out.{suffix}"
        code, out, _ = run(capsys, "export", "participants", program_file, "-o", target)
        assert code == 0 and f"Wrote {len(samples.NAMES)} participants" in out
        code, out, _ = run(capsys, "import", "participants", program_file, target, "--dry-run")
        assert code == 0 and "0 new, 0 updated" in out


def test_bad_rows_exit_non_zero_and_write_nothing(program_file, tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text("Name;Email\nAna;ana@acme.example\n;nobody@acme.example\nBo;bo@\n",
                    encoding="cp1252")
    code, out, err = run(capsys, "import", "participants", program_file, path)
    assert code == 1
    assert "Row 3, column “Name”: A name is required." in err
    assert "Row 4, column “Email”" in err and "nothing was imported" in err
    assert "Traceback" not in err
    assert count(program_file) == 0
    code, out, err = run(capsys, "import", "participants", program_file, path, "--dry-run")
    assert code == 1 and "Dry run" in out and count(program_file) == 0
    code, out, err = run(capsys, "import", "participants", program_file, path, "--skip-bad")
    assert code == 0 and "Imported: 1 added" in out and "Row 3" in err
    assert count(program_file) == 1


def test_ambiguous_dates_need_date_order(program_file, tmp_path, capsys):
    path = tmp_path / "dates.csv"
    path.write_text("Name,Start Date\nAna,03/04/2024\nBo,05/06/2023\n")
    code, _, err = run(capsys, "import", "participants", program_file, path)
    assert code == 1 and "--date-order" in err and "03/04/2024" in err
    assert count(program_file) == 0
    code, out, _ = run(capsys, "import", "participants", program_file, path, "--date-order", "dmy")
    assert code == 0 and "day first" in out
    program = Program.open(program_file)
    assert [r[0] for r in program.db.execute("SELECT hire_date FROM participants ORDER BY name")] == [
        "2024-04-03", "2023-06-05"]
    program.close()


def test_map_option_and_mistakes_in_it(program_file, tmp_path, capsys):
    path = tmp_path / "odd.txt"
    path.write_bytes("Wer\tWo\tBoss\nΑνδρέας\tΑθήνα\tEve\n".encode("utf-16"))
    code, _, err = run(capsys, "import", "participants", program_file, path)
    assert code == 1 and "No column holds the names" in err
    code, out, err = run(capsys, "import", "participants", program_file, path, "--map", "Wer=name",
                         "--map", "Wo=location", "--map", "Boss=manager")
    assert code == 0, err
    assert "CSV, UTF-16, separated by tabs" in out
    code, _, err = run(capsys, "import", "participants", program_file, path, "--map", "Nope=name")
    assert code == 1 and "no column “Nope”" in err


def test_archive_missing(program_file, tmp_path, capsys):
    first = tmp_path / "a.csv"
    first.write_text("Email,Name\na@x.example,Ana\nb@x.example,Bo\n")
    second = tmp_path / "b.csv"
    second.write_text("Email,Name\na@x.example,Ana\n")
    run(capsys, "import", "participants", program_file, first)
    code, out, _ = run(capsys, "import", "participants", program_file, second)
    assert code == 0 and "No longer in the file: Bo" in out and "--archive-missing" in out
    code, out, _ = run(capsys, "import", "participants", program_file, second, "--archive-missing")
    assert code == 0 and "1 archived" in out


def test_unreadable_source_and_bad_options(program_file, tmp_path, capsys):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code, _, err = run(capsys, "import", "participants", program_file, empty)
    assert code == 1 and "is empty" in err and "Traceback" not in err
    code, _, err = run(capsys, "import", "participants", program_file, tmp_path / "missing.csv")
    assert code == 1 and "cannot be read" in err
    code, _, err = run(capsys, "import", "participants", program_file, empty, "--delimiter", "x")
    assert code == 1 and "--delimiter" in err
    code, _, err = run(capsys, "export", "participants", program_file, "-o", tmp_path / "x.pdf")
    assert code == 1 and ".pdf" in err


def test_import_feedback(tmp_path, capsys):
    path = tmp_path / "demo.peerdesk"
    assert run(capsys, "new", path, "--demo")[0] == 0
    program = Program.open(path)
    session = program.db.execute("SELECT max(id) FROM sessions").fetchone()[0]
    texts = [r[0] for r in program.db.execute(
        "SELECT text FROM feedback_questions WHERE active = 1 ORDER BY position, id")]
    emails = [r[0] for r in program.db.execute("SELECT email FROM participants LIMIT 3")]
    before = program.count("feedback_responses")
    program.close()
    answers = [["4", "5", "2", "4", "5", "2", "9", "3", "ok"],
               ["5", "4", "1", "5", "5", "1", "10", "4", ""],
               ["9", "4", "1", "5", "5", "1", "10", "4", ""]]
    form = samples.google_forms_csv(tmp_path / "form.csv", texts, answers, emails=emails,
                                    when=datetime(2001, 1, 1, 10, 0))
    code, out, err = run(capsys, "import", "feedback", path, form, "--session", session)
    assert code == 1 and "Row 4, column “How useful was this session for you?”" in err
    assert "Google Forms export" in out and "anonymous" in out
    assert count(path, "feedback_responses") == before
    code, out, err = run(capsys, "import", "feedback", path, form, "--session", session, "--skip-bad")
    assert code == 1 and "dated before the session" in err  # asked first
    code, out, err = run(capsys, "import", "feedback", path, form, "--session", session,
                         "--skip-bad", "--yes")
    # Two more answers in a session whose figures are out would move them by two: they
    # wait in the export until a later one holds enough more (nothing is written).
    assert code == 0 and "Nothing imported yet" in out and "cannot join the figures" in out
    assert count(path, "feedback_responses") == before
    code, _, err = run(capsys, "import", "feedback", path, form, "--session", 9999)
    assert code == 1 and "no session with id 9999" in err
