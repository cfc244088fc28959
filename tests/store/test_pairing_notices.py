"""What a facilitator is told: a recruit losing their buddy, pins that overlap or break a
rule, reasons in plain words, missing skills, and why two people were not paired."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from peerdesk.core.models import Cycle, Participant, SkillLevel
from peerdesk.core.pairing import generate, missing_skills
from peerdesk.core.rules import Context, Options, Rules
from peerdesk.store import pairings as store
from peerdesk.store.cycles import add_cycle
from peerdesk.store.participants import add_participant

TODAY = date.today()
SEASONED = TODAY - timedelta(days=1500)
NEW = TODAY - timedelta(days=40)
BETWEEN = TODAY - timedelta(days=400)


@pytest.fixture
def cycle(program):
    return add_cycle(program, Cycle("Spring 2027", start_date=TODAY))


def _add(program, name, hired, dept="A", **extra):
    return add_participant(program, Participant(name=name, email=f"{name.split()[0]}@x.example",
                                                department=dept, hire_date=hired, **extra))


def test_a_swap_that_leaves_a_recruit_without_a_buddy_says_so_before_it_happens(program, cycle):
    ana = _add(program, "Ana Ribeiro", NEW, "Sales")
    sam = _add(program, "Sam Costa", SEASONED, "Data")
    ben = _add(program, "Ben Tran", BETWEEN, "Ops")
    cai = _add(program, "Cai Xu", BETWEEN, "Legal")
    store.save_run(program, cycle, store.run(program, cycle))
    pairs = {frozenset(p.member_ids) for p in store.list_pairings(program, cycle)}
    assert frozenset((ana, sam)) in pairs
    change = store.plan_swap(program, cycle, sam, ben)  # Ben takes the buddy's place
    assert change.allowed
    assert "Ana Ribeiro (a new recruit) loses the seasoned buddy Sam Costa" in change.describe()
    assert change.describe().index("loses") < change.describe().index("total score")
    assert store.plan_swap(program, cycle, ben, cai).warnings == []
    assert cai


def test_overlapping_pins_say_who_is_already_pinned_with_whom():
    people = [Participant(name=n, id=i, hire_date=BETWEEN) for i, n in
              enumerate(["Ana", "Ben", "Cai", "Dee"], start=1)]
    result = generate(people, Rules(), Options(today=TODAY), pins=[[1, 2], [2, 3]])
    assert any("Ben is already pinned with Ana" in note for note in result.notes)
    assert not any("fewer than two" in note for note in result.notes)


def test_pinning_a_manager_with_their_report_warns_of_the_rule(program, cycle):
    boss = _add(program, "Bea Boss", BETWEEN)
    report = _add(program, "Rui Report", BETWEEN, "B")
    store.pair_up(program, cycle, boss, report)  # allowed: no chain yet
    from peerdesk.store.participants import get_participant, update_participant

    person = get_participant(program, report)
    person.manager_id = boss
    update_participant(program, person)
    pairing = store.list_pairings(program, cycle)[0]
    problems = store.pin_problems(program, cycle, pairing.id)
    assert problems and "Bea Boss is Rui Report's manager" in problems[0]
    assert "reporting chain" in problems[0]
    store.set_pinned(program, pairing.id, True)
    result = store.run(program, cycle)
    assert any("breaks a rule" in n and "manager" in n for n in result.notes)


def test_reasons_read_as_a_person_would_say_them():
    people = [Participant(name="Ana", id=1, department="Data", location="Lisbon", hire_date=BETWEEN,
                          skills=[SkillLevel("SQL", "teach")]),
              Participant(name="Ben", id=2, department="Sales", location="Lisbon",
                          hire_date=BETWEEN, skills=[SkillLevel("SQL", "learn")]),
              Participant(name="Cai", id=3, department="Sales", hire_date=BETWEEN)]
    ctx = Context(people, Rules(), Options(today=TODAY))
    trio = ctx.describe([1, 2, 3]).reasons
    assert len(trio) == 3  # one line for each two of them, not one per reason per pair
    assert trio[0].startswith("Ana & Ben (+6): Ana teaches SQL, Ben wants SQL")
    plain = ctx.describe([2, 3]).reasons
    assert len(plain) == 1 and "+0" not in plain[0] and "allowed pair" not in plain[0]
    assert "paired so that neither is left out" in plain[0]
    # "the 1 person ... are" never again
    alone = Context(people, Rules(exclusions={frozenset((1, 2)): ""}), Options(today=TODAY))
    text = alone.unpaired_reason(1, [1, 2, 3])
    assert "the one person Ana may be paired with is in a pair already" in text
    assert "1 person" not in text


def test_missing_skills_are_counted_and_explained():
    people = [Participant(name=f"P{i}", id=i, hire_date=BETWEEN,
                          skills=[SkillLevel("SQL", "teach")] if i < 3 else []) for i in range(1, 6)]
    text = missing_skills(Context(people, Rules(), Options(today=TODAY)))
    assert text.startswith("3 of the 5 people have no skills entered")
    assert "score the same" in text and "intake" in text
    for p in people[2:]:
        p.skills = [SkillLevel("SQL", "learn")]
    assert missing_skills(Context(people, Rules(), Options(today=TODAY))) == ""


def test_why_two_people_were_not_paired(program, cycle):
    boss = _add(program, "Bea Boss", SEASONED)
    report = _add(program, "Rui Report", NEW, "B", manager_id=boss)
    other = _add(program, "Oli Other", SEASONED, "C")
    fourth = _add(program, "Fay Fourth", BETWEEN, "D")
    store.save_run(program, cycle, store.run(program, cycle))
    rule = store.why_not_paired(program, cycle, boss, report)
    assert rule == ["Bea Boss is Rui Report's manager (rule: never pair within a reporting "
                    "chain)."]
    mine = [p for p in store.list_pairings(program, cycle) if report in p.member_ids]
    buddy = next(m for p in mine for m in p.member_ids if m != report)
    outsider = next(m for m in (other, fourth) if m != buddy)
    lines = store.why_not_paired(program, cycle, report, outsider)
    text = " ".join(lines)
    assert "together they would score" in text and "Rui Report is with" in text
    assert "total score" in text
