"""Issue 12, what is stored: the attacks of someone holding the program file and the
participant list, each replayed on a program built the way a facilitator builds one."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from peerdesk.core.models import Cycle, Participant
from peerdesk.io.feedback_import import apply_feedback, build_plan, undo_feedback
from peerdesk.io.tabular import read_table_bytes
from peerdesk.store import schema
from peerdesk.store.cycles import add_cycle
from peerdesk.store.participants import add_participant
from peerdesk.store.program import Program
from peerdesk.store.responses import is_anonymous, set_anonymous
from peerdesk.store.sessions import add_session, new_session

PEOPLE = [("Ana Ribeiro", "ana@acme.example", "E100", "Legal"),  # a one-person department
          ("Tom Schneider", "tom@acme.example", "E101", "Sales"),
          ("Eleni Papadopoulou", "eleni@acme.example", "E102", "Sales"),
          ("Huong Nguyen", "huong@acme.example", "E103", "Engineering"),
          ("Lea Braun", "lea@acme.example", "E104", "Engineering"),
          ("Omar Haddad", "omar@acme.example", "E105", "Engineering")]


@pytest.fixture
def built(program):
    cycle = add_cycle(program, Cycle("Spring 2027", start_date=date(2027, 3, 1)))
    session = add_session(program, new_session(program, cycle, date=date(2027, 3, 4)))
    for name, email, eid, dept in PEOPLE:
        add_participant(program, Participant(name, email=email, employee_id=eid, department=dept))
    return program, session


def export(rows: int, extra_first: bool = True) -> bytes:
    """A Google Forms export whose identity columns have headings the importer does not know."""
    lines = ["Timestamp,Work email,Q7 (optional),Staff no.,How useful was this session for you?,"
             "Anything else?"]
    for i in range(rows):
        name, email, eid, _ = PEOPLE[i % len(PEOPLE)]
        lines.append(f"2027/03/04 10:{i:02d}:{i % 60:02d},{email},{name},{eid},{1 + i % 5},"
                     f"comment {i}")
    return ("\n".join(lines) + "\n").encode()


def every_text_cell(program: Program) -> list[tuple[str, str, str]]:
    out = []
    for (table,) in program.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        columns = [c[1] for c in program.db.execute(f"PRAGMA table_info([{table}])")]
        for row in program.db.execute(f"SELECT * FROM [{table}]"):
            for column, value in zip(columns, row, strict=True):
                if isinstance(value, str):
                    out.append((table, column, value))
    return out


def feedback_cells(program: Program) -> list[tuple[str, str, str]]:
    return [c for c in every_text_cell(program) if c[0].startswith(("feedback", "anonymity"))]


def test_the_file_holds_no_email_time_digest_or_hr_department_after_an_anonymous_import(built):
    program, session = built
    plan = build_plan(program, read_table_bytes(export(12), "forms.csv"), session)
    dropped = dict(plan.dropped)
    assert set(dropped) == {"Timestamp", "Work email", "Q7 (optional)", "Staff no."}
    assert "email addresses" in dropped["Work email"]
    assert "participants' names" in dropped["Q7 (optional)"]
    assert "employee ids" in dropped["Staff no."]
    apply_feedback(program, plan)
    cells = feedback_cells(program)
    assert cells, "the answers were stored"
    for table, column, value in cells:
        assert "@" not in value, (table, column, value)
        assert not re.search(r"\d{1,2}:\d{2}", value), (table, column, value)
        assert not re.fullmatch(r"[#0-9a-f]{8,}", value.split("#")[-1]), (table, column, value)
        assert not any(name in value for name, *_ in PEOPLE), (table, column, value)
        assert not any(eid == value for _, _, eid, _ in PEOPLE), (table, column, value)
    departments = {r[0] for r in program.db.execute("SELECT department FROM feedback_responses")}
    assert departments == {""}  # the form did not ask, so no department is kept
    assert {r[0] for r in program.db.execute("SELECT submitted_on FROM feedback_responses")} == {None}
    assert {r[0] for r in program.db.execute("SELECT participant_id FROM feedback_responses")} == {None}


def test_brute_forcing_a_stored_fingerprint_finds_nothing(built):
    """The old attack: try every second of the day and every email against a row hash."""
    program, session = built
    apply_feedback(program, build_plan(program, read_table_bytes(export(3), "forms.csv"), session))
    stored = {v for _, _, v in every_text_cell(program)}
    for second in range(0, 86400, 7):
        for _, email, _, _ in PEOPLE[:3]:
            row = f"2027/03/04 {second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}"
            for text in (row, f"{row}\x1f{email}"):
                assert hashlib.sha256(text.encode()).hexdigest()[:16] not in stored


def test_ids_do_not_follow_the_order_answers_came_in(built):
    program, session = built
    plan = build_plan(program, read_table_bytes(export(20), "forms.csv"), session)
    ids = apply_feedback(program, plan).ids
    assert ids != sorted(ids) and ids != sorted(ids, reverse=True)
    assert max(ids) > 10**6  # drawn at random, not counted up


def test_a_later_export_adds_only_its_new_rows_and_undo_gives_the_count_back(built):
    program, session = built
    first = build_plan(program, read_table_bytes(export(4), "f.csv"), session)
    apply_feedback(program, first, keep_open=True)
    later = build_plan(program, read_table_bytes(export(7), "f.csv"), session)
    assert len(later.already_imported) == 4 and len(later.responses) == 3
    assert not later.notes  # the first four rows are the answers stored before
    ids = apply_feedback(program, later)
    assert program.count("feedback_responses") == 7
    undo_feedback(program, ids, later)
    again = build_plan(program, read_table_bytes(export(7), "f.csv"), session)
    assert len(again.responses) == 3
    stored = program.db.execute("SELECT * FROM feedback_imports").fetchall()
    assert [r[2:] for r in stored] == [("google-forms", 4)]  # a count: nothing to invert


def test_an_older_export_than_the_one_imported_is_refused(built):
    program, session = built
    apply_feedback(program, build_plan(program, read_table_bytes(export(6), "f.csv"), session))
    plan = build_plan(program, read_table_bytes(export(3), "f.csv"), session)
    assert plan.blocking and "latest export" in plan.blocking[0]


def test_an_edited_earlier_row_is_reported(built):
    program, session = built
    apply_feedback(program, build_plan(program, read_table_bytes(export(3), "f.csv"), session))
    edited = export(5).replace(b",2,comment 1", b",5,comment 1")
    plan = build_plan(program, read_table_bytes(edited, "f.csv"), session)
    assert any("not the ones stored then" in n for n in plan.notes)


def test_an_anonymous_program_does_not_become_named_by_a_settings_write(built):
    program, _ = built
    program.set_setting("anonymous_feedback", False)  # what a trigger or another tool could do
    assert is_anonymous(program)
    program.db.execute("DELETE FROM anonymity_changes")  # even with the log emptied
    assert is_anonymous(program)
    set_anonymous(program, False, "the team agreed to named feedback")
    assert not is_anonymous(program)
    set_anonymous(program, True, "back")
    program.set_setting("anonymous_feedback", False)
    assert is_anonymous(program)


def _v1_file(path) -> None:
    """A program file as PeerDesk wrote it before schema 2, with the old leaks in it."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for statement in schema.MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("INSERT INTO settings VALUES ('program_name', '\"Old\"')")
    conn.execute("INSERT INTO cycles (id, name) VALUES (1, 'Spring')")
    conn.execute("INSERT INTO sessions (id, cycle_id, date) VALUES (1, 1, '2027-03-04')")
    conn.execute("INSERT INTO participants (id, name, department) VALUES (1, 'Ana', 'Legal')")
    conn.execute("INSERT INTO feedback_questions (id, key, text, kind, min_value, max_value) "
                 "VALUES (1, 'usefulness', 'Useful?', 'scale', 1, 5)")
    for rid in range(1, 31):
        source = f"google-forms#{rid:016x}" if rid <= 20 else "paper"
        dept = "Legal" if rid % 2 else ""
        conn.execute("INSERT INTO feedback_responses (id, cycle_id, session_id, participant_id, "
                     "department, source, submitted_on) VALUES (?, 1, 1, 1, ?, ?, '2027-03-04')",
                     [rid, dept, source])
        conn.execute("INSERT INTO feedback_answers (response_id, question_id, value_num) "
                     "VALUES (?, 1, ?)", [rid, rid])
    conn.execute("COMMIT")
    conn.close()


def test_an_old_anonymous_file_is_cleaned_when_opened(tmp_path):
    path = tmp_path / "old.peerdesk"
    _v1_file(path)
    with Program.open(path) as program:
        rows = program.db.execute("SELECT r.id, r.participant_id, r.department, r.source, "
                                  "r.submitted_on, a.value_num FROM feedback_responses r JOIN "
                                  "feedback_answers a ON a.response_id = r.id").fetchall()
        assert len(rows) == 30
        assert {r[1] for r in rows} == {None} and {r[4] for r in rows} == {None}
        assert {r[3] for r in rows} == {"google-forms", "paper"}  # digests gone
        imported = [r for r in rows if r[3] == "google-forms"]
        assert {r[2] for r in imported} == {""}  # HR's department on imports: gone
        assert {r[2] for r in rows if r[3] == "paper"} == {"Legal", ""}  # typed off the form: kept
        by_value = [r[0] for r in sorted(rows, key=lambda r: r[5])]
        assert by_value != sorted(by_value)  # ids re-drawn: old order (value = old id) lost
        assert program.db.execute("SELECT tool, rows_done FROM feedback_imports").fetchall() == [
            ("google-forms", 20)]
        assert program.db.execute("PRAGMA foreign_key_check").fetchall() == []
    raw = path.read_bytes()
    assert b"google-forms#0000" not in raw  # nowhere in the file, not in an old page either


def test_k_cannot_be_lowered_once_an_anonymous_program_holds_feedback(tmp_path):
    from peerdesk.store.responses import Response, add_responses, smallest_k_allowed

    program = Program.create(tmp_path / "k.peerdesk")
    try:
        assert smallest_k_allowed(program) == 3  # no feedback yet: anything from the floor
        program.set_setting("min_group_size", 6)
        cycle = program.db["cycles"].insert({"name": "Spring"}).last_pk
        add_responses(program, [Response(cycle_id=cycle, answers={"usefulness": 4})])
        assert smallest_k_allowed(program) == 6
        set_anonymous(program, False, "named")
        assert smallest_k_allowed(program) == 3  # a named program may lower it
    finally:
        program.close()


def _v2_file(path) -> list[int]:
    """A program file as PeerDesk wrote it at schema 2: answers' row ids numbered 1, 2, 3 in
    the order forms came in, response ids a shuffled 1..n, rows laid out in that order.
    Returns the response ids in the order they came in."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for migration in schema.MIGRATIONS[:2]:
        for statement in migration:
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("INSERT INTO settings VALUES ('program_name', '\"Old\"')")
    conn.execute("INSERT INTO cycles (id, name) VALUES (1, 'Spring')")
    conn.execute("INSERT INTO sessions (id, cycle_id, date) VALUES (1, 1, '2027-03-04')")
    conn.execute("INSERT INTO feedback_questions (id, key, text, kind, min_value, max_value) "
                 "VALUES (1, 'usefulness', 'Useful?', 'scale', 1, 5), "
                 "(2, 'comment', 'Anything else?', 'text', NULL, NULL)")
    came_in = [7, 3, 12, 1, 9, 5, 11, 2, 8, 4, 10, 6]
    for n, rid in enumerate(came_in, start=1):
        conn.execute("INSERT INTO feedback_responses (id, cycle_id, session_id, source) "
                     "VALUES (?, 1, 1, '')", [rid])
        conn.execute("INSERT INTO feedback_answers (response_id, question_id, value_num) "
                     "VALUES (?, 1, ?)", [rid, 1 + n % 5])
        conn.execute("INSERT INTO feedback_answers (response_id, question_id, value_text) "
                     "VALUES (?, 2, ?)", [rid, f"comment number {n:02d}"])
    conn.execute("COMMIT")
    conn.close()
    return came_in


def test_an_old_file_with_numbered_answer_rows_is_rewritten_when_opened(tmp_path):
    """Schema 2 files kept answer rows numbered in arrival order (rowid 1 = the first
    form's first answer); migration 3 draws every id at random and rewrites both tables
    in the order of the new ids."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversary"))
    from adversary_world import leaf_cells

    path = tmp_path / "old2.peerdesk"
    came_in = _v2_file(path)
    old_comments = {n: f"comment number {n:02d}" for n in range(1, 13)}
    with Program.open(path) as program:
        assert program.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        answers = program.db.execute(
            "SELECT a.rowid, a.response_id, a.value_text FROM feedback_answers a "
            "WHERE a.question_id = 2").fetchall()
        responses = [r[0] for r in program.db.execute("SELECT id FROM feedback_responses")]
        assert len(answers) == 12 and len(responses) == 12
        assert not set(responses) & set(range(1, 13)) or max(responses) > 10**6
        assert max(r[0] for r in answers) > 10**6  # drawn from 1..2**53, not 1..24
        by_arrival = [next(r[0] for r in answers if r[2] == old_comments[n]) for n in range(1, 13)]
        assert by_arrival != sorted(by_arrival)  # the answer row ids no longer follow arrival
        assert program.db.execute("PRAGMA foreign_key_check").fetchall() == []
        usefulness = program.db.execute("SELECT count(*) FROM feedback_answers a JOIN "
                                        "feedback_responses r ON r.id = a.response_id "
                                        "WHERE a.question_id = 1").fetchone()[0]
        assert usefulness == 12
    for table in ("feedback_responses", "feedback_answers"):
        cells = leaf_cells(path, table)  # (page, offset, rowid) as the rows lie in the file
        for page in {c[0] for c in cells}:  # a page fills from its end, in insertion order
            laid = [c[2] for c in sorted((c for c in cells if c[0] == page), key=lambda c: -c[1])]
            assert laid == sorted(laid), (table, page)  # written in key order, not arrival
    assert came_in  # the arrival order the file no longer holds


def test_migration_3_leaves_a_named_program_alone(tmp_path):
    path = tmp_path / "named.peerdesk"
    _v2_file(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO settings VALUES ('anonymous_feedback', 'false')")
    conn.execute("INSERT INTO anonymity_changes (changed_on, anonymous) VALUES ('2027-01-01', 0)")
    conn.close()
    with Program.open(path) as program:
        ids = sorted(r[0] for r in program.db.execute("SELECT id FROM feedback_responses"))
        assert ids == list(range(1, 13))


def test_the_demo_stores_its_feedback_as_an_anonymous_program_does(tmp_path):
    """The demo builder used to number its forms and answers 1, 2, 3 in the order it made
    them, with a date and a source on each."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversary"))
    from adversary_world import leaf_cells

    from peerdesk.store import demo

    path = tmp_path / "demo.peerdesk"
    with Program.create(path, "Demo") as program:
        demo.populate(program)
        rows = program.db.execute("SELECT id, source, submitted_on FROM feedback_responses").fetchall()
        assert len(rows) > 100
        assert {r[1] for r in rows} == {""} and {r[2] for r in rows} == {None}
        assert min(r[0] for r in rows) > 1000  # drawn from 1..2**53, not numbered
        rowids = [r[0] for r in program.db.execute("SELECT rowid FROM feedback_answers")]
        assert min(rowids) > 1000
    for table in ("feedback_responses", "feedback_answers"):
        cells = leaf_cells(path, table)
        for page in {c[0] for c in cells}:
            laid = [c[2] for c in sorted((c for c in cells if c[0] == page), key=lambda c: -c[1])]
            assert laid == sorted(laid), (table, page)


def test_check_and_the_cycle_delete_say_the_forms_as_the_figures_do(tmp_path, capsys):
    """`peerdesk check` printed the raw count of forms: read before and after one more
    form (which the figures hold back), it said that one came in."""
    import json

    from peerdesk.__main__ import main
    from peerdesk.core.disclosure import Key
    from peerdesk.core.feedback import book
    from peerdesk.store.feedback import forms_in_figures, load_feedback_data

    path = tmp_path / "p.peerdesk"
    assert main(["new", str(path), "--demo"]) == 0
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "feedback responses" not in out
    with Program.open(path, read_only=True) as program:
        shown = book(load_feedback_data(program)).get(Key("forms"))
        raw = program.count("feedback_responses")
        cycle = program.db.execute("SELECT id FROM cycles ORDER BY id DESC LIMIT 1").fetchone()[0]
        assert forms_in_figures(program, cycle)[0] is not None
    assert f"feedback forms: {int(shown.value)}" in out and int(shown.value) != raw
    assert main(["check", str(path), "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["feedback_forms"]["n"] == int(shown.value) and "feedback_responses" not in said["counts"]
