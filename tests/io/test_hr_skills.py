"""The people import maps Skills / Can teach / Wants to learn / Mentoring capacity / Availability."""

from __future__ import annotations

from peerdesk.io import people_apply
from peerdesk.io.people_import import build_plan, map_columns
from peerdesk.io.tabular import read_table
from peerdesk.store import participants as store
from tests import samples

HEADERS = ["Name", "Work Email", "Department", "Skills", "Wants to learn", "Mentoring capacity",
           "Availability"]


def _state(program):
    return [list(program.db.query(f"SELECT * FROM {t} ORDER BY 1, 2"))
            for t in ("participants", "participant_skills")]


def test_columns_mapped_in_english_and_the_story_languages():
    assert map_columns(HEADERS)[3:] == ["teach", "learn", "capacity", "availability"]
    assert map_columns(["Name", "Kann unterrichten", "Möchte lernen", "Kapazität",
                        "Verfügbarkeit"])[1:] == ["teach", "learn", "capacity", "availability"]
    assert map_columns(["Nome", "Pode ensinar", "Quer aprender", "Disponibilidade"])[1:] == \
        ["teach", "learn", "availability"]
    assert map_columns(["Name", "Can teach", "Mentees"])[1:] == ["teach", "capacity"]


def test_import_then_reimport_then_undo(program, tmp_path):
    from peerdesk.core.models import Participant, SkillLevel

    store.add_participant(program, Participant(name="Old Timer", email="old@x.com", skills=[
        SkillLevel("Python", "teach", 3), SkillLevel("Budgeting", "learn", 1)]))
    rows = [["Ana Ribeiro", "ana@x.com", "Sales", "Negotiation (3), python programming",
             "SQL", "2", "Tue, Thu afternoons"],
            ["Old Timer", "old@x.com", "Finance", "", "Excel", "", ""]]
    path = samples.write_csv(tmp_path / "hr.csv", HEADERS, rows)
    plan = build_plan(program, read_table(path))
    assert not plan.problems
    result = people_apply.apply_plan(program, plan)
    ana = store.find_by_email(program, "ana@x.com")
    assert ana.teaches() == {"Negotiation": 3, "Python": 2}  # vocabulary name taken
    assert ana.learns() == {"SQL": 2} and ana.capacity == 2
    assert ana.availability == "Tue, Thu afternoons"
    old = store.find_by_email(program, "old@x.com")
    assert old.teaches() == {"Python": 3}  # an empty cell erases nothing
    assert old.learns() == {"Excel": 2}
    # The same file again: nothing changes; then only a skill changes for Ana.
    plan = build_plan(program, read_table(path))
    assert plan.summary().startswith("0 new, 0 updated, 2 unchanged")
    rows[0][4] = "SQL, Figma"
    before = _state(program)
    plan = build_plan(program, read_table(samples.write_csv(tmp_path / "hr2.csv", HEADERS, rows)))
    assert plan.summary().startswith("0 new, 1 updated, 1 unchanged")
    again = people_apply.apply_plan(program, plan)
    assert store.find_by_email(program, "ana@x.com").learns() == {"SQL": 2, "Figma": 2}
    people_apply.undo_import(program, again)
    assert _state(program) == before
    people_apply.undo_import(program, result)
    assert store.find_by_email(program, "ana@x.com") is None
    assert store.find_by_email(program, "old@x.com").learns() == {"Budgeting": 1}


def test_bad_capacity_is_a_row_problem(program, tmp_path):
    path = samples.write_csv(tmp_path / "hr.csv", ["Name", "Email", "Capacity"],
                             [["Ana", "ana@x.com", "lots"], ["Ben", "ben@x.com", "3 mentees"]])
    plan = build_plan(program, read_table(path))
    assert [str(p) for p in plan.problems] == [
        "Row 2, column “Capacity”: “lots” is not a number of people (0 to 20)."]
    people_apply.apply_plan(program, plan)
    assert store.find_by_email(program, "ben@x.com").capacity == 3
