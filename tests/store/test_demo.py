"""The demo shows a program in progress on whatever day it is made."""

from datetime import date, timedelta

import pytest

from peerdesk.store import demo
from peerdesk.store import pairings as pair_store
from peerdesk.store.cycles import list_cycles
from peerdesk.store.overview import overview
from peerdesk.store.participants import list_participants
from peerdesk.store.program import Program
from peerdesk.store.sessions import list_sessions

# A Monday, a Wednesday (a session day), a Sunday, New Year's Eve, a leap day.
DAYS = [date(2026, 11, 30), date(2027, 3, 3), date(2027, 6, 6), date(2027, 12, 31),
        date(2028, 2, 29)]


@pytest.fixture(params=DAYS, ids=str)
def made(request):
    today = request.param
    program = Program.create(None, "Demo")
    demo.populate(program, today=today)
    yield program, today
    program.close()


def _months(hired: date, today: date) -> int:
    return (today.year - hired.year) * 12 + today.month - hired.month - (today.day < hired.day)


def test_the_current_cycle_is_under_way(made):
    program, today = made
    past, current = list_cycles(program)
    assert past.end_date < current.start_date <= today <= current.end_date
    assert past.name != current.name
    sessions = list_sessions(program, current.id)
    held = [s for s in sessions if s.date < today]
    ahead = [s for s in sessions if s.date >= today]
    assert len(held) >= 2 and len(ahead) >= 2
    db = program.db
    for s in held:
        marked = db.execute("SELECT count(*) FROM attendance WHERE session_id = ?", [s.id]).fetchone()[0]
        forms = db.execute("SELECT count(*) FROM feedback_responses WHERE session_id = ?",
                           [s.id]).fetchone()[0]
        assert marked > 20 and forms >= 3, s.title
    for s in ahead:
        assert not db.execute("SELECT count(*) FROM attendance WHERE session_id = ?",
                              [s.id]).fetchone()[0]
    assert all(s.date < today for s in list_sessions(program, past.id))
    assert all(s.timezone == "Europe/Lisbon" for s in sessions)


def test_pairs_come_from_the_engine_with_buddies_a_trio_and_a_pin(made):
    program, today = made
    current = list_cycles(program)[-1]
    people = {p.id: p for p in list_participants(program)}
    groups = pair_store.list_pairings(program, current.id)
    roles = pair_store.roles(program, current.id)
    placed = {m for g in groups for m in g.member_ids}
    # Oracle from the raw data: a new recruit is someone hired under 6 months ago.
    recruits = {pid for pid, p in people.items() if p.opted_in and not p.archived
                and p.hire_date and _months(p.hire_date, today) < 6}
    assert len(recruits) >= 5
    for g in groups:
        for m in g.member_ids:
            if m in recruits:
                assert g.kind == "buddy" and roles[g.id][m] == "recruit", people[m].name
                buddy = next(b for b in g.member_ids if roles[g.id][b] == "buddy")
                assert _months(people[buddy].hire_date, today) >= 24
        for a in g.member_ids:  # nobody with their own manager
            assert all(people[a].manager_id != b for b in g.member_ids)
    assert recruits <= placed
    assert sum(len(g.member_ids) == 3 for g in groups) >= 1
    assert sum(g.pinned for g in groups) == 1
    assert all(g.published for g in groups)
    assert sum(any(" teaches " in r for r in g.reasons) for g in groups) >= len(groups) // 2
    # Nobody is paired again with a partner from the earlier cycle.
    before = {frozenset((a, b)) for g in pair_store.list_pairings(program, list_cycles(program)[0].id)
              for a in g.member_ids for b in g.member_ids if a < b}
    now = {frozenset((a, b)) for g in groups for a in g.member_ids for b in g.member_ids if a < b}
    assert not before & now


def test_the_checklist_shows_a_program_in_progress(made):
    program, today = made
    current = list_cycles(program)[-1]
    steps = overview(program, current.id, today)
    assert [s.state for s in steps] == ["ok"] * 7 + ["todo"], [
        (s.number, s.summary) for s in steps if s.state != "ok"]
    unpaired = pair_store.unpaired(program, current.id)
    assert len(unpaired) == 3  # the CEO and someone on leave opted out; the facilitator
    assert "3 not paired (3 not taking part)" in steps[3].summary
    assert "to go" in steps[7].summary


def test_the_same_day_gives_the_same_demo():
    def digest(today):
        with Program.create(None, "Demo") as program:
            demo.populate(program, today=today)
            return [tuple(g.member_ids) for c in list_cycles(program)
                    for g in pair_store.list_pairings(program, c.id)]

    assert digest(DAYS[0]) == digest(DAYS[0])
    assert digest(DAYS[0] + timedelta(days=1))  # and another day gives one too
