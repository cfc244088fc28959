"""``peerdesk intake form`` and ``peerdesk import intake``."""

from __future__ import annotations

import pypdf

from peerdesk.__main__ import main
from peerdesk.core import intake as q
from peerdesk.store.program import Program
from tests import samples


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _demo(tmp_path, capsys):
    path = tmp_path / "demo.peerdesk"
    assert run(capsys, "new", path, "--demo")[0] == 0
    return path


def test_intake_form_writes_all_three(tmp_path, capsys):
    path = _demo(tmp_path, capsys)
    txt, pdf, xlsx = tmp_path / "q.txt", tmp_path / "form.pdf", tmp_path / "t.xlsx"
    code, _out, err = run(capsys, "intake", "form", path, "-o", txt, "-o", pdf, "-o", xlsx)
    assert code == 0, err
    text = txt.read_text(encoding="utf-8")
    assert "Multiple choice grid" in text and "Checkboxes, with “Other”" in text
    assert "Rows: Budgeting;" in text  # the program's vocabulary as choices
    pages = pypdf.PdfReader(pdf).pages
    body = " ".join(p.extract_text() for p in pages)
    for wanted in ("Your work email", "What could you teach", "Basic", "Expert", "Python",
                   "How many colleagues could you buddy", "learn from", "Consent",
                   "Signature"):
        assert wanted in body, wanted
    assert xlsx.stat().st_size > 0
    code, _, err = run(capsys, "intake", "form", path, "-o", tmp_path / "x.docx")
    assert code == 1 and ".pdf (to print)" in err


def test_import_intake_then_again(tmp_path, capsys):
    path = _demo(tmp_path, capsys)
    program = Program.open(path)
    emails = [r[0] for r in program.db.execute(
        "SELECT email FROM participants WHERE email <> '' AND archived_on IS NULL LIMIT 2")]
    program.close()
    teach = q.TEXTS[q.TEACH_OTHER]
    source = samples.google_forms_csv(
        tmp_path / "answers.csv", [teach, "Wants to learn", q.TEXTS[q.CONSENT]],
        [["Pyhton (Expert)", "SQL", "Yes"], ["Negociation (Good)", "Python", "Yes"],
         ["Python", "SQL", "Yes"]],
        emails=[*emails, "newbie@acme.example"])
    code, out, err = run(capsys, "import", "intake", path, source, "--dry-run")
    assert code == 0, err
    assert "skip  merge “Pyhton” → “Python”" in out and "Dry run" in out
    assert "--add-new adds them" in out
    code, out, err = run(capsys, "import", "intake", path, source, "--accept-merges",
                         "--reject-merge", "Negociation", "--add-new")
    assert code == 0, err
    assert "Imported: 1 added, 2 updated, 1 skill merge taken." in out
    code, out, err = run(capsys, "skills", "list", path, "--json")
    assert "Pyhton" not in out and "Negociation" in out
    code, out, err = run(capsys, "import", "intake", path, source)
    assert code == 0 and "3 people answered as at the last import" in out
    assert "Imported: 0 added, 0 updated." in out
