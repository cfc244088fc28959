"""Postponing a session with the later ones of its cycle (store/session_dates.py).

The expected dates are the dates the test wrote plus the days asked, written out here;
the rows are read back with SQL of the test's own, not through the module under test."""

from datetime import date, timedelta

import pytest

from peerdesk.core.models import Cycle, Facilitator, Participant
from peerdesk.core.validation import ValidationError
from peerdesk.store import attendance as A
from peerdesk.store import session_dates as D
from peerdesk.store import sessions as S
from peerdesk.store.cycles import add_cycle
from peerdesk.store.participants import add_participant, appoint_facilitator

SPRING = [(date(2027, 3, 3), "10:00"), (date(2027, 3, 17), "10:00"), (date(2027, 3, 17), "14:00"),
          (date(2027, 3, 31), "10:00"), (date(2027, 4, 14), "10:00")]


@pytest.fixture
def plan(program):
    """Five sessions in Spring (two on one day), one in Summer; returns their ids in order."""
    spring = add_cycle(program, Cycle("Spring 2027", start_date=date(2027, 3, 1),
                                      end_date=date(2027, 6, 30)))
    summer = add_cycle(program, Cycle("Summer 2027"))
    ana = add_participant(program, Participant("Ana", email="ana@acme.example"))
    appoint_facilitator(program, Facilitator(participant_id=ana))
    ids = []
    for n, (on, start) in enumerate(SPRING, 1):
        s = S.new_session(program, spring, date=on, start_time=start, minutes=60, title=f"S{n}")
        ids.append(S.add_session(program, s, template="regular"))
    other = S.new_session(program, summer, date=date(2027, 3, 24), start_time="10:00", minutes=60,
                          title="Summer one")
    ids.append(S.add_session(program, other))
    return program, ids, ana


def rows(program):
    """{id: (date, ics_sequence, title)} straight from the file."""
    return {r[0]: (r[1], r[2], r[3]) for r in program.db.execute(
        "SELECT id, date, ics_sequence, title FROM sessions")}


def agendas(program):
    return program.db.execute("SELECT session_id, position, title, minutes FROM agenda_items "
                              "ORDER BY 1, 2").fetchall()


def test_postpone_moves_the_session_and_the_later_ones_of_its_cycle_only(plan):
    program, ids, _ = plan
    before, items = rows(program), agendas(program)
    old = D.postpone(program, ids[2], days=7)  # S3: 17 March at 14:00
    after = rows(program)
    # S1 and S2 (17 March, but 10:00: before S3) stay; so does the Summer session
    for kept in (ids[0], ids[1], ids[5]):
        assert after[kept] == before[kept]
    assert {k: after[k][0] for k in ids[2:5]} == {ids[2]: "2027-03-24", ids[3]: "2027-04-07",
                                                  ids[4]: "2027-04-21"}
    assert old == {ids[2]: date(2027, 3, 17), ids[3]: date(2027, 3, 31), ids[4]: date(2027, 4, 14)}
    # the calendar invites are stale: each moved session's sequence rises by one
    assert all(after[k][1] == before[k][1] + 1 for k in ids[2:5])
    assert all(after[k][2] == before[k][2] for k in ids)  # titles untouched
    assert agendas(program) == items


def test_set_dates_puts_the_old_dates_back_and_the_sequence_keeps_rising(plan):
    program, ids, _ = plan
    before = rows(program)
    old = D.postpone(program, ids[0], days=14)
    assert rows(program)[ids[4]][0] == "2027-04-28"
    D.set_dates(program, old)
    after = rows(program)
    assert {k: v[0] for k, v in after.items()} == {k: v[0] for k, v in before.items()}
    assert all(after[k][1] == before[k][1] + 2 for k in ids[:5])
    assert after[ids[5]][1] == before[ids[5]][1]


def test_a_session_already_held_refuses_the_whole_move(plan):
    program, ids, ana = plan
    A.set_attendance(program, ids[3], {ana: "present"})  # S4 was held (say)
    before = rows(program)
    with pytest.raises(ValidationError) as caught:
        D.postpone(program, ids[1])
    assert "S4" in str(caught.value) and "2027-03-31" in str(caught.value)
    assert "nothing was postponed" in str(caught.value)
    assert rows(program) == before
    D.postpone(program, ids[4])  # the one after it has not happened: it may move
    assert rows(program)[ids[4]][0] == "2027-04-21"


@pytest.mark.parametrize("days", [0, -7, D.MAX_DAYS + 1])
def test_days_out_of_range_are_refused(plan, days):
    program, ids, _ = plan
    before = rows(program)
    with pytest.raises(ValidationError, match="from 1 to 366 days"):
        D.postpone(program, ids[0], days=days)
    assert rows(program) == before


def test_a_move_past_the_last_planned_year_is_refused_whole(plan):
    program, ids, _ = plan
    program.db.execute("UPDATE sessions SET date = '2200-12-30' WHERE id = ?", [ids[4]])
    before = rows(program)
    with pytest.raises(ValidationError, match="past 2200"):
        D.postpone(program, ids[3], days=7)
    assert rows(program) == before
    D.postpone(program, ids[3], days=1)  # 2200-12-31 is still a year PeerDesk plans for
    assert rows(program)[ids[4]][0] == "2200-12-31"


def test_a_later_session_that_breaks_a_rule_refuses_the_whole_move(plan):
    program, ids, _ = plan
    program.db.execute("UPDATE sessions SET timezone = 'Mars/Olympus' WHERE id = ?", [ids[4]])
    before = rows(program)
    with pytest.raises(ValidationError, match="Mars/Olympus"):
        D.postpone(program, ids[0])
    assert rows(program) == before


def test_an_unknown_session_is_refused(plan):
    program, _ids, _ = plan
    with pytest.raises(ValidationError, match="no session with id 999"):
        D.postpone(program, 999)


def test_week_after_last(plan):
    program, ids, _ = plan
    spring = S.get_session(program, ids[0]).cycle_id
    assert D.week_after_last(program, spring) == date(2027, 4, 14) + timedelta(days=7)
    empty = add_cycle(program, Cycle("Empty"))
    assert D.week_after_last(program, empty) is None
