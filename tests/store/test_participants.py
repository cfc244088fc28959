from datetime import date

import pytest

from peerdesk.core.models import Facilitator, Participant, SkillLevel
from peerdesk.core.validation import ValidationError
from peerdesk.store import participants as store


def add(program, name, email="", **kw):
    return store.add_participant(program, Participant(name=name, email=email, **kw))


def test_add_and_read_back_with_skills(program):
    pid = add(program, "Nguyễn Thị Hương", "huong@acme.vn", department="Engineering",
              hire_date=date(2026, 1, 5),
              skills=[SkillLevel("SQL", "teach", 3), SkillLevel("sql", "learn", 1),
                      SkillLevel("Presenting", "learn", 2)])
    p = store.get_participant(program, pid)
    assert p.name == "Nguyễn Thị Hương" and p.hire_date == date(2026, 1, 5)
    assert p.teaches() == {"SQL": 3}
    assert p.learns() == {"Presenting": 2, "SQL": 1}
    assert store.list_skills(program) == ["Presenting", "SQL"]  # one vocabulary, case-insensitive


def test_bad_email_refused_and_nothing_written(program):
    with pytest.raises(ValidationError) as info:
        add(program, "Anna", "anna-at-acme")
    assert info.value.problems[0].field == "email"
    assert program.count("participants") == 0


def test_duplicate_email_refused(program):
    add(program, "Anna", "anna@acme.com")
    with pytest.raises(ValidationError, match="already used by Anna"):
        add(program, "Anne", "Anna@Acme.com")


def test_reporting_loop_refused(program):
    a = add(program, "A")
    b = add(program, "B", manager_id=a)
    person = store.get_participant(program, a)
    person.manager_id = b
    with pytest.raises(ValidationError, match="loop"):
        store.update_participant(program, person)
    assert store.get_participant(program, a).manager_id is None


def test_archive_and_unarchive(program):
    pid = add(program, "Intern")
    store.archive_participant(program, pid, "Internship ended", date(2026, 11, 1), left_company=True)
    p = store.get_participant(program, pid)
    assert p.archived and p.left_company and p.archive_reason == "Internship ended"
    assert store.list_participants(program, include_archived=False) == []
    store.unarchive_participant(program, pid)
    assert not store.get_participant(program, pid).archived


def test_delete_and_restore_puts_everything_back(program):
    boss = add(program, "Boss", skills=[SkillLevel("Go", "teach", 2)])
    worker = add(program, "Worker", manager_id=boss)
    store.appoint_facilitator(program, Facilitator(participant_id=boss))
    snap = store.delete_participant(program, boss)
    assert store.get_participant(program, worker).manager_id is None
    assert store.list_facilitators(program) == []
    store.restore(program, snap)
    assert store.get_participant(program, boss).teaches() == {"Go": 2}
    assert store.get_participant(program, worker).manager_id == boss
    assert len(store.list_facilitators(program)) == 1


def test_history_blocks_delete(demo_program):
    someone = demo_program.db.execute("SELECT participant_id FROM attendance LIMIT 1").fetchone()[0]
    assert store.has_history(demo_program, someone)
    with pytest.raises(ValidationError, match="archive them instead"):
        store.delete_participant(demo_program, someone)


def test_neutrality_through_the_store(program):
    tom = add(program, "Tom", "tom@acme.com")
    add(program, "Ana", manager_id=tom)
    add(program, "Ben", manager_id=tom)
    aylin = add(program, "Aylin")
    fid = store.appoint_facilitator(program, Facilitator(participant_id=tom))
    [warning] = store.neutrality(program)
    assert warning.over == ("Ana", "Ben")
    store.remove_facilitator(program, fid)
    store.appoint_facilitator(program, Facilitator(participant_id=aylin))
    assert store.neutrality(program) == []


def test_outside_facilitator_needs_a_name(program):
    with pytest.raises(ValidationError, match="outside facilitator"):
        store.appoint_facilitator(program, Facilitator())


def test_demo_program_shape(demo_program):
    from peerdesk.core.tenure import NEW, tenure_band

    people = store.list_participants(demo_program, include_archived=False)
    assert 38 <= len(people) <= 42
    assert len({p.department for p in people}) >= 6
    new = [p for p in people if tenure_band(p.hire_date) == NEW]
    assert len(people) / 4 <= len(new) <= len(people) / 2
    assert all(p.skills for p in people if p.opted_in)
    assert store.neutrality(demo_program) == []
