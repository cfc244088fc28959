"""Who took part, with whom, and who stayed (core/participation.py), counted by hand from
the programs written out below.

Departments are "Eng", "ops" (written in lower case) and "Sales": shown in the order a
person reads them, ignoring case (Eng, ops, Sales), not in code-point order (Eng, Sales, ops).
"""

from __future__ import annotations

from datetime import date

from peerdesk.core.defaults import DEFAULT_QUESTIONS
from peerdesk.core.feedback import AttendanceRecord, FeedbackData, Period, Scope
from peerdesk.core.models import Cycle, Pairing, Participant, Session
from peerdesk.core.participation import (
    cross_department_share,
    department_heatmap,
    participation_by_department,
    retention,
)
from peerdesk.core.small_groups import Ratio

SPRING = Period("Spring", 1)


def paired() -> FeedbackData:
    """Ten people; everyone but 7 present at both sessions (one per cycle)."""
    depts = {1: "Eng", 2: "Sales", 3: "ops", 4: "Eng", 5: "Sales", 6: "ops", 7: "Sales",
             8: "Sales", 9: "ops", 10: "Eng"}
    people = [Participant(f"P{i}", id=i, department=d) for i, d in depts.items()]
    attendance = [AttendanceRecord(s, i, "present") for s in (1, 2) for i in depts if i != 7]
    attendance.append(AttendanceRecord(1, 7, "absent"))
    pairings = [Pairing(2, [1, 2]),  # another cycle: listed first, left out of cycle 1's figures
                Pairing(1, [2, 3]),  # Sales-ops
                Pairing(1, [1, 2]),  # Eng-Sales
                Pairing(1, [4, 5]),  # Eng-Sales
                Pairing(1, [5, 7]),  # Sales-Sales, never met (7 was not there)
                Pairing(1, [8, 9, 10])]  # a trio: Sales-ops, Sales-Eng, ops-Eng
    return FeedbackData(
        cycles=[Cycle("Spring", id=1, start_date=date(2027, 3, 1)),
                Cycle("Autumn", id=2, start_date=date(2027, 9, 1))],
        sessions=[Session(1, "S1", id=1, date=date(2027, 3, 5)),
                  Session(2, "S2", id=2, date=date(2027, 9, 5))],
        questions=list(DEFAULT_QUESTIONS), responses=[], attendance=attendance,
        pairings=pairings, people=people, min_group_size=3)


def test_the_heatmap_counts_each_link_that_met_by_the_two_departments_it_joins():
    heat = department_heatmap(paired(), Scope(cycle_ids=(1,)))
    assert heat.departments == ["Eng", "ops", "Sales"]
    # Eng-Sales: 1-2, 4-5, 10-8; ops-Sales: 3-2, 9-8; Eng-ops: 10-9; 5-7 never met
    assert heat.counts == [[0, 1, 3],
                           [1, 0, 2],
                           [3, 2, 0]]


def test_with_a_department_chosen_the_heatmap_counts_the_links_touching_it():
    heat = department_heatmap(paired(), Scope(cycle_ids=(1,), department="Eng"))
    # 1-2, 4-5 (Eng first), 8-10 and 9-10 (Eng second, after the trio's Sales-ops link)
    assert heat.departments == ["Eng", "ops", "Sales"]
    assert heat.counts == [[0, 1, 3],
                           [1, 0, 0],
                           [3, 0, 0]]


def test_cross_department_share_of_one_cycle_all_departments_and_one():
    # cycle 1's five pairs: four cross departments (not 5-7), four met (not 5-7)
    assert cross_department_share(paired(), Scope(cycle_ids=(1,))) == [
        _cross(SPRING, Ratio(4, 5), Ratio(4, 5))]
    # with Eng chosen: the pairs with someone of Eng (1-2, 4-5, the trio), all cross, all met
    assert cross_department_share(paired(), Scope(cycle_ids=(1,), department="Eng")) == [
        _cross(SPRING, Ratio(3, 3), Ratio(3, 3))]


def _cross(period, pairs, met):
    from peerdesk.core.participation import CrossShare

    return CrossShare(period, pairs, met)


START = date(2027, 3, 1)  # Spring starts; Autumn on 1 September


def staff() -> FeedbackData:
    """Who counts in a department's headcount: in the program, or at the company when the
    first cycle started."""
    people = [
        Participant("in the program", id=1, department="Eng", hire_date=date(2020, 1, 1)),
        Participant("hired the day Spring starts", id=2, department="Eng", hire_date=START),
        Participant("hired after Spring starts", id=3, department="Eng",
                    hire_date=date(2027, 5, 1)),
        Participant("left the day Spring starts", id=4, department="Eng",
                    hire_date=date(2021, 1, 1), left_company=True, archived_on=START),
        Participant("left, day not known", id=5, department="Eng", left_company=True),
        Participant("hired later, came to a session", id=6, department="Eng",
                    hire_date=date(2027, 6, 1)),
        Participant("ops member", id=7, department="ops", hire_date=date(2020, 1, 1)),
        Participant("Sales, not in it", id=8, department="Sales", hire_date=date(2020, 1, 1)),
        Participant("Sales, hired after Spring starts", id=9, department="Sales",
                    hire_date=date(2027, 4, 1)),
    ]
    attendance = [AttendanceRecord(1, 1, "present"), AttendanceRecord(1, 6, "present"),
                  AttendanceRecord(1, 7, "excused"), AttendanceRecord(1, 8, "absent"),
                  AttendanceRecord(2, 1, "present"), AttendanceRecord(2, 7, "present")]
    return FeedbackData(
        cycles=[Cycle("Spring", id=1, start_date=START),
                Cycle("Autumn", id=2, start_date=date(2027, 9, 1))],
        sessions=[Session(1, "S1", id=1, date=date(2027, 6, 10)),
                  Session(2, "S2", id=2, date=date(2027, 9, 10))],
        questions=list(DEFAULT_QUESTIONS), responses=[], attendance=attendance,
        pairings=[Pairing(1, [1, 7])], people=people, min_group_size=3)


def rows(found):
    return [(d.department, d.people, d.attendance) for d in found]


def test_participation_by_department_counts_who_was_at_the_company_when_the_program_began():
    # members: 1, 7 (paired), 6 (present). Eng's headcount: 1 and 6 (members), 2 (hired
    # that day), 4 (left that day); not 3 (hired after) nor 5 (left, day unknown).
    # Sales: 8 only (9 was hired after). Attendance: Eng 3 present of 3; ops' excused
    # absence counts neither way; Sales absent.
    assert rows(participation_by_department(staff())) == [
        ("Eng", Ratio(2, 4), Ratio(3, 3)),
        ("ops", Ratio(1, 1), Ratio(1, 1)),
        ("Sales", Ratio(0, 1), Ratio(0, 1)),
    ]
    assert rows(participation_by_department(staff(), Scope(department="Eng"))) == [
        ("Eng", Ratio(2, 4), Ratio(3, 3))]


def test_without_start_dates_everyone_still_at_the_company_counts():
    data = staff()
    for cycle in data.cycles:
        cycle.start_date = None
    # no day to compare hire dates with: 1, 6 (members), 2 and 3 (still there); not 4, 5 (left)
    assert rows(participation_by_department(data))[0] == ("Eng", Ratio(2, 4), Ratio(3, 3))


def test_retention_compares_the_cycles_people_with_those_at_the_company_when_it_began():
    got = retention(staff())
    # Spring: members 1, 6, 7, none left. Others then: 2, 4 (left that day: still there
    # then, gone now), 8; not 3 or 9 (hired later) nor 5 (left, day unknown): 2 of 3 stayed.
    # Autumn: members 1, 7. Others: 2, 3, 6, 8, 9 (4 had left by then): all 5 stayed.
    assert [(p.period, p.participants, p.others) for p in got] == [
        (SPRING, Ratio(3, 3), Ratio(2, 3)),
        (Period("Autumn", 2), Ratio(2, 2), Ratio(5, 5)),
    ]
    eng = retention(staff(), Scope(department="Eng"))
    assert [(p.participants, p.others) for p in eng] == [
        (Ratio(2, 2), Ratio(1, 2)),  # 1, 6; others 2 and 4 (left)
        (Ratio(1, 1), Ratio(3, 3)),  # 1; others 2, 3, 6
    ]
