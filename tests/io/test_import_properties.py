"""Junk in, no surprises out: the importers never raise an unexpected exception, what
they write obeys the program's rules, and a failed write leaves nothing behind."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.core.chain import find_loops
from peerdesk.core.models import Cycle, Participant
from peerdesk.core.validation import check_participant
from peerdesk.io import feedback_import, people_import
from peerdesk.io.people_apply import apply_plan, undo_import
from peerdesk.io.tabular import TabularError, read_table_bytes
from peerdesk.store.cycles import add_cycle
from peerdesk.store.participants import add_participant, list_participants
from peerdesk.store.program import Program
from peerdesk.store.responses import list_questions
from tests import samples

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

INTERESTING = ["", " ", "Ana", "Bo", "ana", "Ελένη Παπαδοπούλου", "王芳", "محمد العلي", "Nguyễn Văn Đức",
               "Анна", "a@acme.example", "A@ACME.EXAMPLE", "b@acme.example", "not@", "x@y",
               "1", "2", "01", "2024-02-29", "2024-02-30", "03/04/2024", "25/12/2020", "12/25/2020",
               "45000", "0", "-3", "2099-01-01", "=1+1", ",", ";", '"', "\n", "\t", "'", "Ana, Bo",
               "existing@acme.example", "E1", "Existing One", "7", "5 - good", "NaN", "1e9"]
CELL = st.one_of(st.sampled_from(INTERESTING), st.text(max_size=10))
PEOPLE_HEADERS = ["Name", "First Name", "Last Name", "Email", "Employee ID", "Hire Date",
                  "Reports To", "Manager Email", "Manager ID", "Department", "Junk", "Name"]
STYLES = [samples.EXCEL_CSV_UTF8, samples.PLAIN_UTF8, samples.EXCEL_UNICODE_TEXT,
          samples.LIBREOFFICE_SEMICOLON, ("utf-16", ",")]


@st.composite
def files(draw, header_pool):
    headers = draw(st.lists(st.sampled_from(header_pool), min_size=1, max_size=6))
    width = len(headers)
    lengths = st.one_of(st.just(width), st.integers(0, width + 2))
    rows = draw(st.lists(lengths.flatmap(lambda n: st.lists(CELL, min_size=n, max_size=n)),
                         max_size=12))
    style = draw(st.sampled_from(STYLES))
    return samples.csv_bytes(headers, rows, *style)


def _program() -> Program:
    program = Program.create(None, "prop")
    boss = add_participant(program, Participant("Existing One", email="existing@acme.example",
                                                employee_id="E1"))
    add_participant(program, Participant("Ana", email="ana.old@acme.example", employee_id="1",
                                         manager_id=boss))
    return program


def _dump(program):
    return [tuple(r) for r in program.db.execute("SELECT * FROM participants ORDER BY id")]


def _table(data: bytes):
    try:
        return read_table_bytes(data, "junk.csv")
    except TabularError:
        return None


@SETTINGS
@given(data=st.binary(max_size=300))
def test_any_bytes_read_or_refuse_in_plain_words(data):
    table = _table(data)
    if table is not None:
        program = _program()
        people_import.build_plan(program, table)
        program.close()


@SETTINGS
@given(data=files(PEOPLE_HEADERS), order=st.sampled_from([None, "dmy", "mdy"]),
       archive=st.booleans())
def test_people_import_obeys_the_rules_or_writes_nothing(data, order, archive):
    table = _table(data)
    if table is None:
        return
    program = _program()
    try:
        before = _dump(program)
        plan = people_import.build_plan(program, table, date_order=order)
        if not plan.can_write:
            assert plan.blocking or plan.needs_date_order
            return
        result = apply_plan(program, plan, archive_missing=archive)
        people = list_participants(program)
        assert len(people) == len(before) + len(plan.new)
        manager_of = {p.id: p.manager_id for p in people}
        assert find_loops(manager_of) == []
        for p in people:  # what the bulk checks let in passes the one-by-one rules
            assert check_participant(p, people, manager_of=manager_of) == [], p
        undo_import(program, result)
        assert _dump(program) == before
    finally:
        program.close()


@SETTINGS
@given(data=files(PEOPLE_HEADERS), which=st.integers(0, 20))
def test_a_failure_midway_leaves_the_program_as_it_was(data, which):
    table = _table(data)
    if table is None:
        return
    program = _program()
    try:
        plan = people_import.build_plan(program, table, date_order="dmy")
        if not plan.can_write or not plan.new:
            return
        before = _dump(program)
        doomed = _dump(program)[-1][0] + 1 + which % len(plan.new)
        program.db.execute(f"CREATE TRIGGER boom BEFORE INSERT ON participants "
                           f"WHEN NEW.id = {doomed} BEGIN SELECT RAISE(ABORT, 'boom'); END")
        try:
            apply_plan(program, plan)
        except Exception as exc:
            assert "boom" in str(exc)
        else:
            raise AssertionError("the trigger did not fire")
        assert _dump(program) == before
    finally:
        program.close()


FEEDBACK_HEADERS = ["Timestamp", "Email Address", "usefulness", "recommend", "comment",
                    "confidence", "Skill", "Department", "How useful was this session for you?"]


@SETTINGS
@given(data=files(FEEDBACK_HEADERS))
def test_feedback_import_stores_only_answers_in_range(data):
    table = _table(data)
    if table is None:
        return
    program = _program()
    try:
        cycle = add_cycle(program, Cycle("C", start_date=date(2027, 1, 1)))
        with program.atomic():
            session = program.db["sessions"].insert({"cycle_id": cycle, "title": "S",
                                                     "date": "2027-01-05"}).last_pk
        plan = feedback_import.build_plan(program, table, session)
        if plan.blocking:
            assert not plan.responses
            return
        ids = feedback_import.apply_feedback(program, plan).ids
        assert len(ids) == len(plan.responses)
        questions = {q.id: q for q in list_questions(program, active_only=False)}
        for qid, value in program.db.execute("SELECT question_id, value_num FROM feedback_answers"):
            q = questions[qid]
            if q.kind != "text":
                assert q.min_value <= value <= q.max_value and value == int(value)
        assert program.db.execute("SELECT count(*) FROM feedback_responses WHERE "
                                  "participant_id IS NOT NULL").fetchone()[0] == 0
    finally:
        program.close()
