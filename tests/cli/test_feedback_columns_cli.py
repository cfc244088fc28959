"""A Forms export worded differently from PeerDesk's questions: every column imported or
asked about; the sanity checks ask before writing; attendance for a future session asks."""

from __future__ import annotations

from datetime import datetime

import pytest

from peerdesk.__main__ import main
from peerdesk.store.program import Program
from tests import samples

HEADINGS = ["How useful was today's session? (1-5)", "What should we change next time?",
            "Rate the facilitator (1-5)", "Would you recommend the program to a colleague? 0-10"]


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def setup(tmp_path):
    path = tmp_path / "demo.peerdesk"
    program = Program.create(path, "Demo")
    # A program whose figures nobody has read yet: in the demo, eight forms more would
    # move figures already shown in ways that single some out, and would wait.
    cycle = program.db["cycles"].insert({"name": "Spring 2027", "start_date": "2027-03-01"}).last_pk
    for name in ("Ana Ribeiro", "Ben Okafor", "Chen Wei"):
        program.db["participants"].insert({"name": name,
                                           "email": f"{name.split()[0].lower()}@acme.example"})
    program.db["sessions"].insert({"cycle_id": cycle, "title": "Kick-off", "date": "2027-02-24"})
    # A new session, dated when the export's answers were given, nobody marked yet.
    session = program.db["sessions"].insert({"cycle_id": cycle, "title": "Extra",
                                             "date": "2027-03-04"}).last_pk
    future = program.db["sessions"].insert({"cycle_id": cycle, "title": "Later",
                                            "date": "2099-01-01"}).last_pk
    email = program.db.execute("SELECT email FROM participants WHERE email <> ''").fetchone()[0]
    program.close()
    answers = [[str(1 + i % 5), f"comment {i}", str(5 - i % 5), str(i % 11)] for i in range(8)]
    export = samples.google_forms_csv(tmp_path / "form.csv", HEADINGS, answers,
                                      when=datetime(2027, 3, 4, 16, 0))
    return path, session, future, export, email


def _count(path, sql):
    program = Program.open(path, read_only=True)
    try:
        return program.db.execute(sql).fetchone()[0]
    finally:
        program.close()


def test_unmatched_column_refused_then_added_as_a_question(setup, capsys):
    path, session, _future, export, _ = setup
    questions = _count(path, "SELECT count(*) FROM feedback_questions")
    code, out, err = run(capsys, "import", "feedback", path, export, "--session", session)
    assert code == 1
    assert "“Rate the facilitator (1-5)” (looks like scale 1-5)" in err
    assert "--add-unmatched" in err and "--ignore-unmatched" in err
    assert _count(path, "SELECT count(*) FROM feedback_responses WHERE session_id = "
                  f"{session}") == 0
    code, out, err = run(capsys, "import", "feedback", path, export, "--session", session,
                         "--add-unmatched")
    assert code == 0, err
    assert "What should we change next time? → Anything else" in out  # the comment column
    assert "How useful was today's session? (1-5) → How useful was this session" in out
    assert "Imported 8 responses." in out
    assert _count(path, "SELECT count(*) FROM feedback_questions") == questions + 1
    assert _count(path, "SELECT count(*) FROM feedback_answers a JOIN feedback_questions q ON "
                  "q.id = a.question_id WHERE q.text = 'Rate the facilitator'") == 8
    assert _count(path, "SELECT count(*) FROM feedback_answers a JOIN feedback_questions q ON "
                  "q.id = a.question_id WHERE q.key = 'comment' AND a.value_text LIKE "
                  "'comment %'") == 8


def test_ignore_or_map_the_unmatched_column(setup, capsys):
    path, session, _future, export, _ = setup
    code, out, err = run(capsys, "import", "feedback", path, export, "--session", session,
                         "--map", "Rate the facilitator (1-5)=usefulness", "--dry-run")
    # The usefulness column gave way to the one mapped by hand: now it is the one asked about.
    assert code == 1 and "“How useful was today's session? (1-5)”" in err
    code, out, err = run(capsys, "import", "feedback", path, export, "--session", session,
                         "--map", "Rate the facilitator (1-5)=usefulness", "--dry-run",
                         "--map", "How useful was today's session? (1-5)=ignore")
    assert code == 0, err
    code, out, err = run(capsys, "import", "feedback", path, export, "--session", session,
                         "--ignore-unmatched")
    assert code == 0, err
    assert "Imported 8 responses." in out


def test_sanity_checks_ask_before_writing(setup, capsys):
    path, session, _future, export, _email = setup
    # Only 3 people were present.
    program = Program.open(path)
    ids = [r[0] for r in program.db.execute("SELECT id FROM participants LIMIT 3")]
    program.db["attendance"].insert_all({"session_id": session, "participant_id": i,
                                         "status": "present"} for i in ids)
    other = program.db.execute("SELECT id FROM sessions WHERE id <> ? AND date < '2027-03-01' "
                               "ORDER BY date DESC", [session]).fetchone()[0]
    program.close()
    code, _out, err = run(capsys, "import", "feedback", path, export, "--session", session,
                          "--ignore-unmatched")
    assert code == 1 and "8 feedback forms for this session (0 already in) but only 3" in err
    code, _out, err = run(capsys, "import", "feedback", path, export, "--session", session,
                          "--ignore-unmatched", "--yes")
    assert code == 0, err
    # The same export for an earlier session: dated after it, and already imported.
    code, _out, err = run(capsys, "import", "feedback", path, export, "--session", other,
                         "--ignore-unmatched")
    assert code == 1 and "already imported for “Extra”" in err


def test_answers_dated_before_the_session(setup, capsys):
    path, _session, future, export, _ = setup
    code, _out, err = run(capsys, "import", "feedback", path, export, "--session", future,
                         "--ignore-unmatched")
    assert code == 1 and "8 answers are dated before the session (1 January 2099)" in err


def test_attendance_for_a_future_session_asks(setup, capsys):
    path, _session, future, _export, email = setup
    code, _out, err = run(capsys, "attendance", path, "--session", future, "--present", email)
    assert code == 1 and "in the future" in err and "--yes" in err
    code, _out, err = run(capsys, "attendance", path, "--session", future, "--present", email,
                         "--yes")
    assert code == 0, err
