from datetime import date

import pytest

from peerdesk.core.agenda import AgendaTemplate
from peerdesk.core.models import AgendaItem, Cycle, Facilitator, Participant
from peerdesk.core.validation import ValidationError
from peerdesk.store import agenda_templates as T
from peerdesk.store import attendance as A
from peerdesk.store import sessions as S
from peerdesk.store.cycles import (
    add_cycle,
    cycle_contents,
    delete_cycle,
    duplicate_cycle,
    get_cycle,
    list_cycles,
    restore_rows,
    update_cycle,
)
from peerdesk.store.participants import add_participant, appoint_facilitator


@pytest.fixture
def setup(program):
    cycle_id = add_cycle(program, Cycle("Spring 2027", start_date=date(2027, 3, 1),
                                        end_date=date(2027, 6, 30)))
    people = {name: add_participant(program, Participant(name, email=f"{name.lower()}@acme.example"))
              for name in ("Ana", "Bo", "Cleo", "Dan")}
    appoint_facilitator(program, Facilitator(participant_id=people["Dan"]))
    return program, cycle_id, people


def kickoff(program, cycle_id, **fields):
    fields.setdefault("date", date(2027, 3, 3))
    session = S.new_session(program, cycle_id, start_time="10:00", minutes=90, **fields)
    return S.add_session(program, session, template="kickoff")


def counts(program):
    return {t: program.count(t) for t in ("sessions", "agenda_items", "session_invitees",
                                          "attendance")}


def test_add_from_template_fills_title_agenda_zone_and_uid(setup):
    program, cycle_id, _people = setup
    sid = kickoff(program, cycle_id)
    s = S.get_session(program, sid)
    assert s.title == "Kick-off"
    assert [i.title for i in s.agenda][:3] == ["Welcome and why we are here",
                                                "Reading the code of conduct together", "Icebreaker"]
    assert s.timezone == program.setting("timezone")
    assert s.ics_uid.endswith("@peerdesk") and s.ics_sequence == 0
    assert S.facilitator_of(program, s).name == "Dan"
    assert S.timing(s).summary() == "85 of 90 min (5 spare)"
    assert S.starts_at(s).isoformat() == "2027-03-03T10:00:00+00:00"  # Lisbon, winter


def test_untitled_session_is_numbered(setup):
    program, cycle_id, _ = setup
    kickoff(program, cycle_id)
    sid = S.add_session(program, S.new_session(program, cycle_id, date=date(2027, 3, 17)))
    assert S.get_session(program, sid).title == "Session 2"


@pytest.mark.parametrize("fields,field_name", [
    ({"minutes": 0}, "minutes"),
    ({"minutes": -30}, "minutes"),
    ({"start_time": "24:10"}, "start_time"),
    ({"date": None}, "date"),
    ({"timezone": "Lisbon"}, "timezone"),
    ({"invite_mode": "friends"}, "invite_mode"),
])
def test_bad_session_is_refused_and_nothing_saved(setup, fields, field_name):
    program, cycle_id, _ = setup
    before = counts(program)
    session = S.new_session(program, cycle_id, **{"date": date(2027, 3, 3), "minutes": 90,
                                                  "title": "Kick-off", **fields})
    with pytest.raises(ValidationError) as err:
        S.add_session(program, session, template="kickoff")
    assert field_name in [p.field for p in err.value.problems]
    assert counts(program) == before


def test_bad_agenda_item_is_refused_and_nothing_saved(setup):
    program, cycle_id, _ = setup
    session = S.new_session(program, cycle_id, title="T", date=date(2027, 3, 3))
    session.agenda = [AgendaItem("Welcome", 10), AgendaItem("Icebreaker", 0)]
    with pytest.raises(ValidationError, match=r"Agenda item 2 .*Icebreaker.* at least 1 minute"):
        S.add_session(program, session)
    assert program.count("sessions") == 0 and program.count("agenda_items") == 0
    sid = kickoff(program, cycle_id)
    old = S.agenda(program, sid)
    with pytest.raises(ValidationError):
        S.set_agenda(program, sid, [AgendaItem("Only", -5)])
    assert S.agenda(program, sid) == old


def test_update_refuses_without_touching_the_row(setup):
    program, cycle_id, _ = setup
    sid = kickoff(program, cycle_id)
    s = S.get_session(program, sid)
    s.minutes, s.location = -10, "Room Ada"
    with pytest.raises(ValidationError, match="Length"):
        S.update_session(program, s)
    again = S.get_session(program, sid)
    assert again.minutes == 90 and again.location == ""


def test_sequence_rises_on_visible_changes_only(setup):
    program, cycle_id, people = setup
    sid = kickoff(program, cycle_id)
    seq = lambda: S.get_session(program, sid).ics_sequence  # noqa: E731
    s = S.get_session(program, sid)
    S.update_session(program, s)
    assert seq() == 0  # saved unchanged
    s.location = "Room Ada"
    S.update_session(program, s)
    assert seq() == 1
    items = S.agenda(program, sid)
    S.set_agenda(program, sid, S.agenda(program, sid)[::-1])
    assert seq() == 2
    S.set_agenda(program, sid, items)  # undo: back to the old order, sequence still rises
    assert seq() == 3 and S.agenda(program, sid) == items
    A.set_attendance(program, sid, {people["Ana"]: "present"})
    assert seq() == 3  # attendance is not in the invite
    S.set_invitees(program, sid, "people", [people["Ana"], people["Bo"]])
    assert seq() == 4
    s = S.get_session(program, sid)
    s.notes = "private note"
    S.update_session(program, s)
    assert seq() == 5


def test_templates_apply_copy_and_edit(setup):
    program, cycle_id, _ = setup
    first = kickoff(program, cycle_id)
    second = S.add_session(program, S.new_session(program, cycle_id, date=date(2027, 3, 17),
                                                  minutes=90), template="regular")
    assert S.get_session(program, second).title == "Regular session"
    S.copy_agenda(program, first, second)
    assert [i.title for i in S.agenda(program, second)] == [i.title for i in S.agenda(program, first)]
    S.apply_template(program, second, "closeout")
    assert S.agenda(program, second)[1].title == "What went well"

    keys = [t.key for t in T.list_templates(program)]
    assert keys == ["kickoff", "regular", "closeout"]
    regular = T.get_template(program, "regular")
    regular.items[0].minutes = 20
    regular.name = "Regular (long check-in)"
    T.save_template(program, regular)
    assert T.get_template(program, "regular").items[0].minutes == 20
    assert T.get_template(program, "Regular (long check-in)").key == "regular"
    gone = T.delete_template(program, "regular")
    with pytest.raises(ValidationError, match="no agenda template “regular”"):
        T.get_template(program, "regular")
    T.save_template(program, gone)  # undo
    assert [t.key for t in T.list_templates(program)] == keys
    with pytest.raises(ValidationError) as err:
        T.save_template(program, AgendaTemplate("x", "X", [AgendaItem("Zero", 0)]))
    assert err.value.problems[0].field == "minutes"
    assert [t.key for t in T.list_templates(program)] == keys


def test_invitees_by_mode(setup):
    program, cycle_id, people = setup
    sid = kickoff(program, cycle_id)
    assert S.invited_ids(program, sid) == set(people.values())  # no pairs yet: everyone active
    pair = program.db["pairings"].insert({"cycle_id": cycle_id}).last_pk
    program.db["pairing_members"].insert_all([{"pairing_id": pair, "participant_id": people["Ana"]},
                                              {"pairing_id": pair, "participant_id": people["Bo"]}])
    assert S.invited_ids(program, sid) == {people["Ana"], people["Bo"]}
    S.set_invitees(program, sid, "pairs", pairing_ids=[pair])
    assert S.invitation(program, sid) == ("pairs", [], [pair])
    S.set_invitees(program, sid, "people", [people["Cleo"]])
    assert [p.name for p in S.invitees(program, sid)] == ["Cleo"]
    A.set_attendance(program, sid, {people["Dan"]: "present"})  # a walk-in
    assert [p.name for p in S.invitees(program, sid)] == ["Cleo", "Dan"]
    with pytest.raises(ValidationError, match="not pairs of this session's cycle"):
        S.set_invitees(program, sid, "pairs", pairing_ids=[999])
    assert S.invitation(program, sid)[0] == "people"


def test_attendance_marks_and_clears_all_or_nothing(setup):
    program, cycle_id, people = setup
    sid = kickoff(program, cycle_id)
    A.set_attendance(program, sid, {people["Ana"]: "present", people["Bo"]: "absent"})
    A.set_attendance(program, sid, {people["Bo"]: "excused", people["Ana"]: None})
    assert A.attendance(program, sid) == {people["Bo"]: "excused"}
    with pytest.raises(ValidationError, match="“late” is not one of"):
        A.set_attendance(program, sid, {people["Cleo"]: "present", people["Dan"]: "late"})
    assert A.attendance(program, sid) == {people["Bo"]: "excused"}


def test_marks_by_email(setup):
    program, _, people = setup
    marks = A.marks_by_email(program, present=["ANA@acme.example"], excused=["bo@acme.example"])
    assert marks == {people["Ana"]: "present", people["Bo"]: "excused"}
    with pytest.raises(ValidationError) as err:
        A.marks_by_email(program, present=["ana@acme.example", "zed@acme.example"],
                         absent=["ana@acme.example"])
    text = str(err.value)
    assert "zed@acme.example" in text and "both as present and as absent" in text


def test_cycle_attendance_flags_two_in_a_row(setup):
    program, cycle_id, people = setup
    ids = [kickoff(program, cycle_id, date=date(2027, 3, d)) for d in (17, 3, 31)]  # out of order
    marks = {people["Ana"]: "absent", people["Bo"]: "present", people["Cleo"]: "present"}
    A.set_attendance(program, ids[1], marks)  # 3 March
    A.set_attendance(program, ids[0], {**marks, people["Cleo"]: "excused"})  # 17 March
    report = A.cycle_attendance(program, cycle_id)
    assert report.taken_session_ids == [ids[1], ids[0]]
    assert report.flagged() == {people["Ana"]}
    assert report.per_person[people["Bo"]].rate == 1.0
    assert report.cycle.rate == pytest.approx(3 / 5)  # the excused mark left out


def test_delete_and_restore_session_with_everything_on_it(setup):
    program, cycle_id, people = setup
    sid = kickoff(program, cycle_id)
    S.set_invitees(program, sid, "people", [people["Ana"], people["Bo"]])
    A.set_attendance(program, sid, {people["Ana"]: "present"})
    response = program.db["feedback_responses"].insert({"cycle_id": cycle_id,
                                                        "session_id": sid}).last_pk
    question = program.db.execute("SELECT id FROM feedback_questions LIMIT 1").fetchone()[0]
    program.db["feedback_answers"].insert({"response_id": response, "question_id": question,
                                           "value_num": 4})
    before = S.get_session(program, sid)
    tables = ("sessions", "agenda_items", "session_invitees", "attendance",
              "feedback_responses", "feedback_answers")
    full = {t: program.count(t) for t in tables}
    snap = S.delete_session(program, sid)
    assert {t: program.count(t) for t in tables} == dict.fromkeys(tables, 0)
    S.restore_session(program, snap)
    assert {t: program.count(t) for t in tables} == full
    assert S.get_session(program, sid) == before


def test_duplicate_session(setup):
    program, cycle_id, people = setup
    sid = kickoff(program, cycle_id)
    S.set_invitees(program, sid, "people", [people["Ana"]])
    A.set_attendance(program, sid, {people["Ana"]: "present"})
    copy = S.get_session(program, S.duplicate_session(program, sid, on=date(2027, 3, 10)))
    original = S.get_session(program, sid)
    assert copy.title == "Kick-off (copy)" and copy.date == date(2027, 3, 10)
    assert copy.ics_uid != original.ics_uid and copy.ics_sequence == 0
    assert [(i.title, i.minutes) for i in copy.agenda] == [(i.title, i.minutes) for i in original.agenda]
    assert S.invitation(program, copy.id) == ("people", [people["Ana"]], [])
    assert A.attendance(program, copy.id) == {}


def test_list_sessions_in_date_order_with_agendas(setup):
    program, cycle_id, _ = setup
    late = kickoff(program, cycle_id, date=date(2027, 4, 1))
    early = kickoff(program, cycle_id, date=date(2027, 3, 3))
    other = add_cycle(program, Cycle("Summer 2027"))
    kickoff(program, other)
    listed = S.list_sessions(program, cycle_id)
    assert [s.id for s in listed] == [early, late]
    assert all(len(s.agenda) == 5 for s in listed)
    assert len(S.list_sessions(program)) == 3


def test_session_warnings(setup):
    program, cycle_id, _ = setup
    sid = kickoff(program, cycle_id, date=date(2027, 8, 1))
    s = S.get_session(program, sid)
    s.agenda[2].minutes += 10
    warnings = " ".join(S.session_warnings(program, s))
    assert "after the cycle ends" in warnings and "runs 5 minutes past" in warnings


def test_cycle_update_duplicate_delete_restore(setup):
    program, cycle_id, people = setup
    sid = kickoff(program, cycle_id, date=date(2027, 3, 3))
    kickoff(program, cycle_id, date=date(2027, 3, 17))
    A.set_attendance(program, sid, {people["Ana"]: "present"})
    cycle = get_cycle(program, cycle_id)
    cycle.end_date = date(2027, 2, 1)
    with pytest.raises(ValidationError, match="ends before it starts"):
        update_cycle(program, cycle)
    cycle.end_date, cycle.notes = date(2027, 7, 1), "Wednesdays"
    update_cycle(program, cycle)
    assert get_cycle(program, cycle_id).notes == "Wednesdays"

    new_id = duplicate_cycle(program, cycle_id, "Autumn 2027", start_date=date(2027, 9, 6))
    copies = S.list_sessions(program, new_id)
    assert [s.date for s in copies] == [date(2027, 9, 8), date(2027, 9, 22)]  # still Wednesdays
    assert get_cycle(program, new_id).end_date == date(2028, 1, 6)  # same length
    assert all(A.attendance(program, s.id) == {} for s in copies)

    assert cycle_contents(program, cycle_id) == {"sessions": 2, "pairings": 0,
                                                 "feedback_responses": 0}
    snap = delete_cycle(program, cycle_id)
    assert [c.name for c in list_cycles(program)] == ["Autumn 2027"]
    assert program.count("attendance") == 0
    restore_rows(program, snap)
    assert len(S.list_sessions(program, cycle_id)) == 2
    assert A.attendance(program, sid) == {people["Ana"]: "present"}


def test_demo_program_reads(demo_program):
    cycles = list_cycles(demo_program)
    assert cycles
    for cycle in cycles:
        for s in S.list_sessions(demo_program, cycle.id):
            assert S.timing(s).total_minutes > 0
        report = A.cycle_attendance(demo_program, cycle.id)
        assert report.cycle.rate is None or 0 <= report.cycle.rate <= 1
