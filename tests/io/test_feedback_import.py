"""Feedback answers from Google Forms, Microsoft Forms and plain CSV files."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.core.models import Cycle, Participant
from peerdesk.io.feedback_import import (
    GOOGLE,
    MICROSOFT,
    PLAIN,
    apply_feedback,
    build_plan,
    map_columns,
    undo_feedback,
)
from peerdesk.io.mapping import MappingError
from peerdesk.io.tabular import read_table, read_table_bytes
from peerdesk.store.cycles import add_cycle
from peerdesk.store.participants import add_participant
from peerdesk.store.responses import list_questions, set_anonymous
from peerdesk.store.sessions import add_session, new_session
from tests import samples

# usefulness, safe_to_ask, ps_mistake_held, ps_raise_problems, ps_risk, ps_ask_help,
# recommend (0-10), confidence, comment
GOOD = [["4", "5", "2", "4", "5", "2", "9", "3", "Très utile, merci"],
        ["5 - Strongly agree", "4", "1", "5", "5", "1", "10", "4", "很好"],
        ["3", "3", "3", "3", "3", "3", "0", "3", ""]]


@pytest.fixture
def setup(program):
    cycle = add_cycle(program, Cycle("Spring 2027", start_date=date(2027, 3, 1)))
    session = add_session(program, new_session(program, cycle, date=date(2027, 3, 4)))
    ids = [add_participant(program, Participant(n, email=e, department=d)) for n, e, d in (
        ("Ελένη Παπαδοπούλου", "eleni@acme.example", "Sales"),
        ("Nguyễn Thị Hương", "huong@acme.example", "Engineering"),
        ("فاطمة الزهراء", "fatima@acme.example", "Finance"))]
    return program, session, ids


def texts(program):
    return [q.text for q in list_questions(program)]


def stored(program):
    return [dict(r) for r in program.db.query(
        "SELECT participant_id, department, source, submitted_on, session_id "
        "FROM feedback_responses ORDER BY id")]


def test_google_forms_named_program_links_participants(setup, tmp_path):
    program, session, ids = setup
    set_anonymous(program, False, "test: named program")
    path = samples.google_forms_csv(tmp_path / "g.csv", texts(program), GOOD,
                                    emails=["eleni@acme.example", "HUONG@acme.example",
                                            "stranger@other.example"])
    plan = build_plan(program, read_table(path), session)
    assert plan.kind == GOOGLE and plan.ok
    assert plan.mapping[:3] == ["timestamp", "email", "usefulness"]
    assert any("stranger@other.example" in n for n in plan.notes)
    new_ids = apply_feedback(program, plan)
    rows = stored(program)
    assert [r["participant_id"] for r in rows] == [ids[0], ids[1], None]
    assert [r["department"] for r in rows] == ["Sales", "Engineering", ""]
    assert {r["source"].partition("#")[0] for r in rows} == {"google-forms"}
    assert rows[0]["submitted_on"] == "2027-03-04"
    answers = program.db.execute("SELECT count(*) FROM feedback_answers").fetchone()[0]
    assert answers == 9 + 9 + 8  # the empty comment is not stored
    undo_feedback(program, new_ids)
    assert stored(program) == []
    assert program.db.execute("SELECT count(*) FROM feedback_answers").fetchone()[0] == 0


def test_anonymous_program_keeps_no_identity_no_time_and_no_hr_department(setup, tmp_path):
    program, session, _ = setup
    assert program.setting("anonymous_feedback")
    path = samples.google_forms_csv(tmp_path / "g.csv", texts(program), GOOD[:2],
                                    emails=["eleni@acme.example", "huong@acme.example"])
    plan = build_plan(program, read_table(path), session)
    assert all(r.participant_id is None for r in plan.responses)  # dropped before storing
    assert {h for h, _ in plan.dropped} >= {"Timestamp", "Email Address"}
    apply_feedback(program, plan)
    # the form did not ask for a department: none is looked up from HR
    assert sorted((r["participant_id"], r["department"], r["submitted_on"], r["source"])
                  for r in stored(program)) == [(None, "", None, "")] * 2  # nor the tool: a lone
    # paper form among imported ones would stand out
    columns = [c[1] for c in program.db.execute("PRAGMA table_info(feedback_responses)")]
    assert "email" not in columns


def test_microsoft_forms_workbook(setup, tmp_path):
    program, session, _ = setup
    answers = [[int(v) if v.isdigit() else v for v in row] for row in GOOD]
    path = samples.microsoft_forms_xlsx(tmp_path / "m.xlsx", texts(program), answers)
    plan = build_plan(program, read_table(path), session)
    assert plan.kind == MICROSOFT and plan.ok, plan.problems
    assert plan.mapping[:5] == ["", "", "", "", ""]  # time, email and name: not read
    assert len(plan.responses) == 3
    assert plan.responses[1].answers["usefulness"] == 5
    assert plan.responses[0].submitted_on is None  # anonymous: no moment finer than the session
    assert [h for h, _ in plan.dropped] == ["ID", "Start time", "Completion time", "Email",
                                            "Name"]


def test_plain_csv_with_keys_and_departments(setup):
    program, session, _ = setup
    data = "usefulness;recommend;Department;comment\n4;8;Legal;Ελληνικά\n2;3;;\n"
    plan = build_plan(program, read_table_bytes(data.encode("utf-16"), "p.csv"), session)
    assert plan.kind == PLAIN and plan.ok
    assert [r.department for r in plan.responses] == ["Legal", ""]
    assert plan.responses[0].submitted_on is None  # anonymous: the session says when
    assert plan.responses[0].answers == {"usefulness": 4, "recommend": 8, "comment": "Ελληνικά"}


@pytest.mark.parametrize(
    ("cell", "message"),
    [("7", "7 is outside the scale from 1 to 5"), ("0", "outside the scale"),
     ("great", "“great” is not a number from 1 to 5"), ("3.5", "not a whole number"),
     ("-1", "outside")],
)
def test_out_of_range_answers_are_bad_rows(setup, cell, message):
    program, session, _ = setup
    data = f"Timestamp,How useful was this session for you?,recommend\n2027-03-04,4,9\n2027-03-04,{cell},11\n"
    plan = build_plan(program, read_table_bytes(data.encode(), "g.csv"), session)
    assert [(p.row, p.column) for p in plan.problems] == [
        (3, "How useful was this session for you?"), (3, "recommend")]
    assert message in plan.problems[0].message
    assert "outside the scale from 0 to 10" in plan.problems[1].message
    assert len(plan.responses) == 1


def test_skill_column_for_confidence(setup):
    program, session, _ = setup
    data = "Skill,confidence\nSQL,4\n"
    plan = build_plan(program, read_table_bytes(data.encode(), "p.csv"), session)
    apply_feedback(program, plan)
    row = program.db.execute("SELECT s.name FROM feedback_answers a JOIN skills s "
                             "ON s.id = a.skill_id").fetchone()
    assert row[0] == "SQL"


def test_mapping_overrides_and_fuzzy_headers(setup):
    program, _, _ = setup
    questions = list_questions(program)
    headers = ["Timestamp", "How useful was this session for you", "Anything else?", "Score"]
    assert map_columns(headers, questions)[:2] == ["timestamp", "usefulness"]
    mapped = map_columns(headers, questions, ["Anything else?=comment", "Score=ignore"])
    assert mapped[2:] == ["comment", ""]
    with pytest.raises(MappingError):
        map_columns(headers, questions, ["Anything else?=nonsense"])


def test_a_department_question_worded_as_a_question_is_the_department(setup):
    """A Google Form asks "Which department are you in?": that column is the respondent's
    own department (found by its words and its answers), not a column left out; a
    question about a department with numbers for answers stays a question, and only one
    column is the department (found by a new-user walk: the departments were lost)."""
    program, _, _ = setup
    questions = list_questions(program)
    table = read_table_bytes(
        b"Timestamp,Which department are you in?,How useful was this session for you?,"
        b"Rate your department's support (1-5),Your team\n"
        b"2027/03/04 10:00:00,Sales,4,3,Blue\n2027/03/04 10:05:00,Engineering,5,2,Red\n"
, "form.csv")
    mapped = map_columns(table.headers, questions, table=table)
    assert mapped[:3] == ["timestamp", "department", "usefulness"]
    assert mapped[3] != "department" and mapped[4] != "department"
    numbers = read_table_bytes(b"Which department helped most?,usefulness\n3,4\n", "x.csv")
    assert "department" not in map_columns(numbers.headers, questions, table=numbers)
    exact = read_table_bytes(b"Department,Which department are you in?\nSales,Sales\n", "x.csv")
    assert map_columns(exact.headers, questions, table=exact) == ["department", ""]


def test_departments_a_form_gives_are_matched_to_the_programs_and_comments_found(setup):
    """Respondents type their department: "sales" and "Enginering" are Sales and
    Engineering (one group, not two), "Fin" the start of Finance; "Marketing", which no
    one in the program is in, is kept as written and said so. "Any other comments?" is the
    comment question (a new-user walk: both were lost)."""
    program, session, _ = setup
    table = read_table_bytes(
        b"Timestamp,Which department are you in?,How useful was this session for you?,"
        b"Any other comments?\n"
        b"2027/03/04 10:00:00,sales,4,Good\n2027/03/04 10:01:00,Enginering,5,\n"
        b"2027/03/04 10:02:00,Fin,3,More time\n2027/03/04 10:03:00,Marketing,2,\n"
        b"2027/03/04 10:04:00,Sales,4,\n", "form.csv")
    plan = build_plan(program, table, session)
    assert plan.mapping[1] == "department" and plan.mapping[3] == "comment"
    assert [r.department for r in plan.responses] == [
        "Sales", "Engineering", "Finance", "Marketing", "Sales"]
    assert "The department “sales” was read as “Sales”." in plan.notes
    assert "The department “Enginering” was read as “Engineering”." in plan.notes
    assert any(n.startswith("“Marketing” is not a department of the program's people")
               for n in plan.notes)


def test_nothing_to_import_is_blocked(setup):
    program, session, _ = setup
    plan = build_plan(program, read_table_bytes(b"Colour,Size\nred,3\n", "x.csv"), session)
    assert plan.blocking and not plan.responses
    with pytest.raises(ValueError):
        apply_feedback(program, plan)
    plan = build_plan(program, read_table_bytes(b"usefulness\n3\n", "x.csv"), 999)
    assert "no session with id 999" in plan.blocking[0]


def test_redo_reuses_the_ids(setup):
    program, session, _ = setup
    plan = build_plan(program, read_table_bytes(b"usefulness\n3\n4\n", "x.csv"), session)
    first = apply_feedback(program, plan)
    undo_feedback(program, first)
    assert apply_feedback(program, plan, ids=first.ids).ids == first.ids


def test_ambiguous_timestamps_fall_back_to_the_session_date(setup):
    program, session, _ = setup
    set_anonymous(program, False, "test: only a named program reads the times")
    data = "Timestamp,usefulness\n3/4/2027 10:00:00,4\n5/6/2027 11:00:00,5\n"
    plan = build_plan(program, read_table_bytes(data.encode(), "g.csv"), session)
    assert any("day-first or month-first" in n for n in plan.notes)
    assert {r.submitted_on for r in plan.responses} == {date(2027, 3, 4)}
    plan = build_plan(program, read_table_bytes(data.encode(), "g.csv"), session, date_order="dmy")
    assert [r.submitted_on for r in plan.responses] == [date(2027, 4, 3), date(2027, 6, 5)]


def test_a_later_export_of_the_same_form_adds_only_the_new_answers(tmp_path):
    """Google Forms exports hold every answer so far: importing the next export must not
    count the earlier ones twice."""
    from peerdesk.core.models import Cycle
    from peerdesk.io.feedback_import import apply_feedback, build_plan
    from peerdesk.io.tabular import read_table
    from peerdesk.store.cycles import add_cycle
    from peerdesk.store.feedback import FeedbackClosed
    from peerdesk.store.program import Program
    from peerdesk.store.sessions import add_session, new_session

    program = Program.create(None)
    cycle = add_cycle(program, Cycle("Autumn", start_date=date(2026, 11, 1)))
    session_id = add_session(program, new_session(program, cycle, date=date(2026, 11, 2)))
    header = "Timestamp,Email Address,How useful was this session for you?\n"
    rows = [f"2026/11/02 10:{i:02d}:00,p{i}@acme.example,{1 + i % 5}\n" for i in range(11)]
    for name, upto in (("a.csv", 5), ("b.csv", 10), ("c.csv", 11)):
        (tmp_path / name).write_text(header + "".join(rows[:upto]), encoding="utf-8")
    before = program.count("feedback_responses")
    plan = build_plan(program, read_table(tmp_path / "a.csv"), session_id)
    apply_feedback(program, plan, keep_open=True)  # more answers to come
    assert program.count("feedback_responses") == before + 5
    again = build_plan(program, read_table(tmp_path / "b.csv"), session_id)
    assert len(again.responses) == 5 and len(again.already_imported) == 5
    assert "5 already imported" in again.summary()
    apply_feedback(program, again)
    assert program.count("feedback_responses") == before + 10
    # One more row, after the import closed the session: refused, nothing stored.
    late = build_plan(program, read_table(tmp_path / "c.csv"), session_id)
    assert len(late.responses) == 1
    with pytest.raises(FeedbackClosed, match="closed"):
        apply_feedback(program, late)
    assert program.count("feedback_responses") == before + 10
    assert len(build_plan(program, read_table(tmp_path / "c.csv"), session_id).responses) == 1
    stored = [r[0] for r in program.db.execute("SELECT source FROM feedback_responses WHERE session_id = ?",
                                               [session_id]) if r[0].startswith("google")]
    assert all("acme" not in s for s in stored)  # no identity in what is stored
