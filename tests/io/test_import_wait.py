"""An import the disclosure rule holds back: nothing stored, said so in plain words, and
the one thing that would let it in now (the form's department column left out) offered
only when it really would."""

from __future__ import annotations

import random

import pytest

from peerdesk.io.feedback_import import apply_feedback, build_plan, department_column
from peerdesk.io.mapping import IGNORE
from peerdesk.io.tabular import read_table_bytes
from peerdesk.store import feedback as store
from peerdesk.store.program import Program
from peerdesk.store.sessions import list_sessions

HEADER = ("Timestamp,Your department,How useful was this session for you?,"
          "How likely are you to recommend the program to a colleague?")
DEPARTMENTS = ["Πωλήσεις", "研发部", "Sales", "Ingeniería", "Łódź Ops"]


@pytest.fixture
def program(demo_copy):
    program = Program.open(demo_copy)
    yield program
    program.close()


def _open_session(program: Program) -> tuple[int, int]:
    cycle_id = max(c for (c,) in program.db.execute("SELECT id FROM cycles"))
    session = next(s for s in list_sessions(program, cycle_id)
                   if store.feedback_state(program, cycle_id, s.id, "session") == store.OPEN)
    return cycle_id, session.id


def _export(rows: int, seed: int = 3) -> bytes:
    rng = random.Random(seed)
    lines = [HEADER] + [f"2026/12/09 16:{i:02d}:13,{DEPARTMENTS[i % 5]},{rng.randint(1, 5)},"
                        f"{rng.randint(0, 10)}" for i in range(rows)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _snapshot(program: Program) -> tuple:
    return tuple(program.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                 for t in ("feedback_responses", "feedback_answers", "feedback_imports"))


def test_small_department_groups_hold_an_import_back_and_the_advice_is_true(program):
    cycle_id, session_id = _open_session(program)
    table = read_table_bytes(_export(12), "forms.csv")
    plan = build_plan(program, table, session_id)
    assert department_column(plan) == "Your department"
    before = _snapshot(program)
    with pytest.raises(store.FormsWait) as held:
        apply_feedback(program, plan)
    wait = held.value
    assert not wait.stored and wait.count == 12
    text = str(wait)
    assert "Nothing was stored" in text and "They wait, counted" not in text
    assert "“Your department”" in wait.advice
    assert _snapshot(program) == before  # neither the try nor the advice's trial kept a thing
    assert store.feedback_state(program, cycle_id, session_id, "session") == store.OPEN
    assert [r.department for r in plan.responses] == [DEPARTMENTS[i % 5] for i in range(12)]
    # The advice holds: the same export with the column ignored is taken.
    mapping = [IGNORE if h == "Your department" else m for h, m in zip(table.headers, plan.mapping, strict=True)]
    done = apply_feedback(program, build_plan(program, table, session_id, mapping))
    assert len(done.ids) == 12
    assert {r[0] for r in program.db.execute(
        "SELECT department FROM feedback_responses WHERE session_id = ?", [session_id])} == {""}


def test_no_advice_when_leaving_the_department_out_would_not_help(program):
    _cycle_id, session_id = _open_session(program)
    plan = build_plan(program, read_table_bytes(_export(3), "forms.csv"), session_id)
    before = _snapshot(program)
    with pytest.raises(store.FormsWait) as held:
        apply_feedback(program, plan)
    assert held.value.advice == "" and not held.value.stored
    assert _snapshot(program) == before


def test_the_command_line_says_nothing_was_imported_and_the_flag_that_would(program, capsys):
    from peerdesk.__main__ import main

    path = program.path
    program.close()
    export = path.parent / "forms.csv"
    export.write_bytes(_export(12))
    reopened = Program.open(path)
    _cycle_id, session_id = _open_session(reopened)
    reopened.close()
    assert main(["import", "feedback", str(path), str(export), "--session", str(session_id)]) == 0
    out = capsys.readouterr().out
    assert "Nothing imported yet" in out and "--map 'Your department=ignore'" in out
    assert main(["import", "feedback", str(path), str(export), "--session", str(session_id),
                 "--map", "Your department=ignore"]) == 0
    assert "Imported 12 responses." in capsys.readouterr().out
    Program.open(path).close()  # the fixture closes it again


def test_a_dry_run_into_a_closed_session_says_it_would_be_refused(program, capsys):
    from peerdesk.__main__ import main

    cycle_id = max(c for (c,) in program.db.execute("SELECT id FROM cycles"))
    closed = next(s.id for s in list_sessions(program, cycle_id)
                  if store.feedback_state(program, cycle_id, s.id, "session") == store.CLOSED)
    path = program.path
    program.close()
    export = path.parent / "forms.csv"
    export.write_bytes(_export(12))
    code = main(["import", "feedback", str(path), str(export), "--session", str(closed),
                 "--dry-run"])
    captured = capsys.readouterr()
    assert code == 1 and "feedback is closed" in captured.err
    assert "Dry run" not in captured.out and "to import" not in captured.out
    Program.open(path).close()


def test_a_held_back_import_adds_no_question_either(program, capsys):
    """With --add-unmatched, an import the rule holds back takes its new question away
    again: "Nothing imported yet" means nothing."""
    from peerdesk.__main__ import main

    questions = program.db.execute("SELECT count(*) FROM feedback_questions").fetchone()[0]
    path = program.path
    program.close()
    export = path.parent / "forms.csv"
    lines = _export(12).decode().splitlines()
    lines = [lines[0] + ",Anything else you would like to tell us?,What did you learn today?"] + [
        row + ",,a lot" for row in lines[1:]]  # the comment is matched: the last column is new
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reopened = Program.open(path)
    _cycle_id, session_id = _open_session(reopened)
    reopened.close()
    assert main(["import", "feedback", str(path), str(export), "--session", str(session_id),
                 "--add-unmatched"]) == 0
    assert "Nothing imported yet" in capsys.readouterr().out
    reopened = Program.open(path)
    assert reopened.db.execute("SELECT count(*) FROM feedback_questions").fetchone()[0] == questions
    reopened.close()
    Program.open(path).close()


def test_a_dry_run_says_whether_the_import_would_be_held_back(program, capsys):
    from peerdesk.__main__ import main

    path = program.path
    _cycle_id, session_id = _open_session(program)
    before = _snapshot(program)
    program.close()
    export = path.parent / "forms.csv"
    export.write_bytes(_export(12))
    args = ["import", "feedback", str(path), str(export), "--session", str(session_id),
            "--dry-run"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "The import would be held back" in out and "Dry run: nothing was written." in out
    assert main([*args, "--map", "Your department=ignore"]) == 0
    assert "The import would be taken: the answers would join the figures together and " \
           "close the session's feedback." in capsys.readouterr().out
    reopened = Program.open(path)
    assert _snapshot(reopened) == before  # both tries rolled back
    reopened.close()
    Program.open(path).close()


def _skewed(seed: int = 3) -> bytes:
    """20 answers: Sales on 9, Design on 6, Ops on 3, Legal on 2 (the demo's people are in
    Sales, none in the other three)."""
    rng = random.Random(seed)
    departments = ["Sales"] * 9 + ["Legal"] * 2 + ["Ops"] * 3 + ["Design"] * 6
    lines = [HEADER] + [f"2026/12/09 16:{i:02d}:13,{d},{rng.randint(1, 5)},{rng.randint(0, 10)}"
                        for i, d in enumerate(departments)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_only_the_departments_that_must_go_are_left_out_of_an_import(program):
    """The import's offer is the close's search: every department left out is tried,
    then each kept, the one on the most answers first. Here Sales (9 answers) keeps its
    department; taking the offer stores exactly that, and nothing of the tries."""
    _cycle_id, session_id = _open_session(program)
    plan = build_plan(program, read_table_bytes(_skewed(), "forms.csv"), session_id)
    before = _snapshot(program)
    with pytest.raises(store.FormsWait) as held:
        apply_feedback(program, plan)
    offer = held.value.offer
    assert offer is not None and offer.kept == ["Sales"]
    assert offer.names_left_out() == ["Design", "Legal", "Ops"] and offer.forms_left_out == 11
    assert "left out on 11 answers (Design, Legal, Ops)" in held.value.advice
    assert _snapshot(program) == before
    plan.left_out = offer.left_out
    done = apply_feedback(program, plan)
    assert len(done.ids) == 20
    stored = sorted(r[0] for r in program.db.execute(
        "SELECT department FROM feedback_responses WHERE session_id = ?", [session_id]))
    assert stored == [""] * 11 + ["Sales"] * 9
    assert [r.department for r in plan.responses].count("Design") == 6  # the plan is unchanged


def test_the_command_line_flag_leaves_out_only_those_and_names_them(program, capsys):
    from peerdesk.__main__ import main

    path = program.path
    _cycle_id, session_id = _open_session(program)
    program.close()
    export = path.parent / "forms.csv"
    export.write_bytes(_skewed())
    args = ["import", "feedback", str(path), str(export), "--session", str(session_id)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Nothing imported yet" in out and "add --without-departments" in out
    assert main([*args, "--dry-run", "--without-departments"]) == 0
    assert ("The import would be taken with the departments left out: Design, Legal, Ops."
            in capsys.readouterr().out)
    assert main([*args, "--without-departments"]) == 0
    out = capsys.readouterr().out
    assert "Imported 20 responses." in out
    assert "The departments on 11 answers were left out, as asked: Design, Legal, Ops." in out
    reopened = Program.open(path)
    assert {r[0] for r in reopened.db.execute(
        "SELECT department FROM feedback_responses WHERE session_id = ?", [session_id])} == {
        "", "Sales"}
    reopened.close()
    Program.open(path).close()
