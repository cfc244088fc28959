import pytest

from peerdesk.core.models import Participant, SkillLevel
from peerdesk.store import participants as people
from peerdesk.store import skills as store


def _add(program, name, *skills):
    return people.add_participant(program, Participant(name=name, skills=list(skills)))


def _state(program):
    return (list(program.db.query("SELECT * FROM skills ORDER BY id")),
            list(program.db.query("SELECT * FROM participant_skills ORDER BY 1, 2, 3")))


def test_merge_moves_uses_keeps_higher_level_and_undoes_exactly(program):
    a = _add(program, "Ana", SkillLevel("Python", "teach", 1), SkillLevel("Pyhton", "teach", 3),
             SkillLevel("Pyhton", "learn", 2))
    b = _add(program, "Ben", SkillLevel("python programming", "learn", 1))
    before = _state(program)
    snap = store.merge_skills(program, ["Pyhton", "python programming"], "Python")
    assert people.get_participant(program, a).teaches() == {"Python": 3}
    assert people.get_participant(program, a).learns() == {"Python": 2}
    assert people.get_participant(program, b).learns() == {"Python": 1}
    assert people.list_skills(program) == ["Python"]
    store.restore_skills(program, snap)
    assert _state(program) == before


def test_merge_into_a_new_name_and_undo(program):
    _add(program, "Ana", SkillLevel("SQL", "teach", 2), SkillLevel("databases", "learn", 2))
    before = _state(program)
    snap = store.merge_skills(program, ["SQL", "databases"], "SQL and databases")
    assert people.list_skills(program) == ["SQL and databases"]
    store.restore_skills(program, snap)
    assert _state(program) == before


def test_rename_then_rename_onto_existing_merges(program):
    pid = _add(program, "Ana", SkillLevel("Exel", "teach", 2), SkillLevel("Excel", "learn", 1))
    snap = store.rename_skill(program, "Exel", "EXCEL")  # another skill has it: a merge
    assert people.get_participant(program, pid).teaches() == {"Excel": 2}  # its spelling kept
    assert people.get_participant(program, pid).learns() == {"Excel": 1}
    store.restore_skills(program, snap)
    assert people.get_participant(program, pid).teaches() == {"Exel": 2}
    assert people.list_skills(program) == ["Excel", "Exel"]
    snap = store.rename_skill(program, "Exel", "exel")  # case only: the same skill
    assert people.list_skills(program) == ["Excel", "exel"]
    with pytest.raises(KeyError):
        store.rename_skill(program, "Word", "Docs")
    with pytest.raises(ValueError):
        store.rename_skill(program, "Excel", "  ")


def test_usage_counts(program):
    _add(program, "Ana", SkillLevel("SQL", "teach", 2))
    _add(program, "Ben", SkillLevel("SQL", "learn", 2))
    _add(program, "Cy", SkillLevel("SQL", "learn", 2))
    [use] = store.skill_usage(program)
    assert (use.name, use.teach, use.learn) == ("SQL", 1, 2)


def test_delete_only_unused(program):
    _add(program, "Ana", SkillLevel("SQL", "teach", 2))
    people.ensure_skill(program, "Cobol")
    with pytest.raises(ValueError, match="still used"):
        store.delete_unused_skill(program, "SQL")
    snap = store.delete_unused_skill(program, "Cobol")
    assert people.list_skills(program) == ["SQL"]
    store.restore_skills(program, snap)
    assert people.list_skills(program) == ["Cobol", "SQL"]


def test_merge_keeps_feedback_answers_about_the_skill(demo_program):
    row = demo_program.db.execute(
        "SELECT s.name, count(*) FROM feedback_answers a JOIN skills s ON s.id = a.skill_id "
        "GROUP BY s.id ORDER BY 2 DESC LIMIT 2").fetchall()
    if len(row) < 2:
        pytest.skip("demo has no skill ratings")
    (first, n1), (second, n2) = row
    total = demo_program.db.execute("SELECT count(*) FROM feedback_answers").fetchone()[0]
    snap = store.merge_skills(demo_program, [second], first)
    assert demo_program.db.execute("SELECT count(*) FROM feedback_answers").fetchone()[0] == total
    assert demo_program.db.execute(
        "SELECT count(*) FROM feedback_answers WHERE skill_id = ?",
        [store.skill_id(demo_program, first)]).fetchone()[0] == n1 + n2
    store.restore_skills(demo_program, snap)
    assert demo_program.db.execute(
        "SELECT count(*) FROM feedback_answers WHERE skill_id = ?",
        [store.skill_id(demo_program, second)]).fetchone()[0] == n2
