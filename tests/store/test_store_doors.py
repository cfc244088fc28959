"""The store functions that replaced raw SQL in the feedback import, the feedback CLI and the
pairings document: each answers for a missing row, and keeps what it was asked for apart."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.core.models import Cycle, Participant, Session
from peerdesk.store import feedback_imports as imports
from peerdesk.store import pairings as pair_store
from peerdesk.store.cycles import add_cycle
from peerdesk.store.pairing_rows import insert_group
from peerdesk.store.participants import add_participant
from peerdesk.store.responses import Response, add_responses, list_questions, set_anonymous
from peerdesk.store.sessions import add_session, cycle_of


def _session(program) -> tuple[int, int]:
    cycle_id = add_cycle(program, Cycle("Spring", start_date=date(2027, 3, 1)))
    session_id = add_session(program, Session(cycle_id=cycle_id, title="Kick-off",
                                              date=date(2027, 3, 4)))
    return cycle_id, session_id


def test_the_cycle_of_a_session_and_of_none(program):
    cycle_id, session_id = _session(program)
    assert cycle_of(program, session_id) == cycle_id
    assert cycle_of(program, session_id + 99) is None
    assert imports.session_cycle_and_date(program, session_id) == (cycle_id, "2027-03-04")
    assert imports.session_cycle_and_date(program, session_id + 99) is None


def test_people_by_email_fold_case_and_skip_the_blank(program):
    ann = add_participant(program, Participant(name="Ann", email="Ann@X.example",
                                               department="Sales"))
    add_participant(program, Participant(name="Bob", email=""))
    assert imports.people_by_email(program) == {"ann@x.example": (ann, "Sales")}
    names, employee_ids = imports.names_and_employee_ids(program)
    assert sorted(names) == ["Ann", "Bob"] and len(employee_ids) == 2


def test_rows_done_is_per_session_phase_and_tool(program):
    _, session_id = _session(program)
    assert imports.rows_done(program, session_id, "session", "google") == 0
    with program.atomic():
        imports.set_rows_done(program, session_id, "session", "google", 7)
    with program.atomic():
        imports.set_rows_done(program, session_id, "session", "google", 9)  # replaces
    assert imports.rows_done(program, session_id, "session", "google") == 9
    assert imports.rows_done(program, session_id, "session", "microsoft") == 0
    assert imports.rows_done(program, session_id, "before", "google") == 0


def test_stored_answers_keep_the_tools_apart_when_asked(program):
    set_anonymous(program, False)  # an anonymous program keeps no tool per form
    cycle_id, session_id = _session(program)
    key = next(q.key for q in list_questions(program) if q.kind != "text")
    add_responses(program, [
        Response(cycle_id=cycle_id, session_id=session_id, answers={key: 4}, source="google"),
        Response(cycle_id=cycle_id, session_id=session_id, answers={key: 2}, source="paper"),
    ])
    every = imports.stored_answers(program, session_id, "session")
    assert sorted(a[key] for a in every.values()) == [2, 4]
    google = imports.stored_answers(program, session_id, "session", "google")
    assert [a[key] for a in google.values()] == [4]
    assert imports.stored_answers(program, session_id, "before") == {}


def test_reasons_that_are_not_a_json_list_still_read(program):
    cycle_id = add_cycle(program, Cycle("Spring", start_date=date(2027, 3, 1)))
    a = add_participant(program, Participant(name="Ann"))
    b = add_participant(program, Participant(name="Bob"))
    with program.atomic():
        pairing_id = insert_group(program, cycle_id, [a, b], "peer", {}, 50, ["x"],
                                  pinned=False)
    for stored, read in (("not json", ["not json"]), ('"one line"', ["one line"]),
                         ("[1, \"two\"]", ["1", "two"])):
        with program.atomic():
            program.db.execute("UPDATE pairings SET reasons = ? WHERE id = ?",
                               [stored, pairing_id])
        assert pair_store.list_pairings(program, cycle_id)[0].reasons == read


def test_a_rolled_back_import_leaves_the_old_ids_for_the_import_that_is_taken(program):
    """A survey row an undo took out gets its old id back when imported again; an import
    refused or only tried (rolled back) in between must not use that up."""
    from peerdesk.store.responses import delete_responses

    cycle_id, session_id = _session(program)
    key = next(q.key for q in list_questions(program) if q.kind != "text")

    def row():
        return Response(cycle_id=cycle_id, session_id=session_id, answers={key: 3},
                        source="google")

    [first] = add_responses(program, [row()])
    delete_responses(program, [first])  # the undo of its import

    class Tried(Exception):
        pass

    with pytest.raises(Tried), program.atomic():
        assert add_responses(program, [row()]) == [first]
        raise Tried
    assert program.count("feedback_responses") == 0
    assert add_responses(program, [row(), row()])[0] == first  # still its id; one only
