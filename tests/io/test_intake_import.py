"""Intake answers from Google Forms, Microsoft Forms, the template or a CSV: matched by email,
skill merges proposed, re-import updating only what changed, undo putting everything back."""

from __future__ import annotations

import random

import pytest

from peerdesk.core import intake as q
from peerdesk.io import intake
from peerdesk.io.tabular import read_table
from peerdesk.store import participants as people
from peerdesk.store import skills as skills_store
from tests import samples

TEACH_Q = q.TEXTS[q.TEACH]
# How people misspell what they can teach, next to the vocabulary's own names.
SPELLINGS = ["Python", "python programming", "Python (basic)", "Pyhton", "SQL/databases",
             "SQL", "Negotiation", "Negociation", "Presenting", "Presentng", "Public speaking"]
QUESTIONS = [q.TEXTS[q.NAME], q.TEXTS[q.DEPARTMENT], f"{TEACH_Q} [Python]", f"{TEACH_Q} [SQL]",
             q.TEXTS[q.TEACH_OTHER], q.TEXTS[q.LEARN], q.TEXTS[q.CAPACITY],
             q.TEXTS[q.AVAILABILITY], q.TEXTS[q.LEARN_FROM], q.TEXTS[q.OPT_IN], q.TEXTS[q.CONSENT]]


def _state(program):
    return [list(program.db.query(f"SELECT * FROM {t} ORDER BY 1, 2"))
            for t in ("participants", "participant_skills", "skills", "settings")]


def _answers(everyone, extra=3, seed=4):
    rng = random.Random(seed)
    rows, emails = [], []
    for i, p in enumerate(everyone):
        other = ", ".join(f"{s} ({rng.choice(q.LEVELS)})" for s in rng.sample(SPELLINGS, 2))
        learn = ", ".join(rng.sample(SPELLINGS, 2))
        rows.append([p.name, p.department, rng.choice(["", "Good", "Expert"]),
                     rng.choice(["", "Basic"]), other, learn, str(i % 3),
                     rng.choice(["Tue, Thu afternoons", "Mon mornings", "any time"]),
                     everyone[(i + 1) % len(everyone)].name if i % 4 == 0 else "",
                     "Yes", q.CONSENT_TEXT])
        emails.append(p.email)
    for j in range(extra):
        rows.append([f"New Person {j}", "Sales", "Good", "", "Pyhton (Expert)", "SQL", "1",
                     "Fridays", "", "Yes", q.CONSENT_TEXT])
        emails.append(f"new{j}@acme.example")
    return rows, emails


@pytest.fixture
def google_export(demo_program, tmp_path):
    from peerdesk.core.models import Participant

    for i in range(20):  # the demo company has 40 people; the story's has 57 answering
        people.add_participant(demo_program, Participant(
            name=f"Extra Person {i}", email=f"extra{i}@acme.example", department="Sales"),
            validate=False)
    everyone = [p for p in people.list_participants(demo_program, include_archived=False)
                if p.email][:57]
    rows, emails = _answers(everyone)
    path = samples.google_forms_csv(tmp_path / "intake.csv", QUESTIONS, rows, emails=emails)
    return path, everyone


def test_template_headings_are_all_understood(demo_program, tmp_path):
    qs = intake.program_questions(demo_program)
    path = tmp_path / "template.xlsx"
    intake.write_template(qs, path, demo_program.name)
    table = read_table(path)
    assert table.sheet == "Answers"
    mapping = intake.map_columns(table.headers)
    assert all(mapping), [h for h, m in zip(table.headers, mapping, strict=True) if not m]
    skills = {m[len(intake.GRID):] for m in mapping if m.startswith(intake.GRID)}
    assert skills == set(people.list_skills(demo_program))


def test_sixty_google_answers_with_misspelt_skills(demo_program, google_export):
    path, everyone = google_export
    table = read_table(path)
    plan = intake.build_plan(demo_program, table)
    assert not plan.blocking and not plan.problems
    assert len(plan.answers) == 60
    ignored = [h for h, m in zip(table.headers, plan.mapping, strict=True) if not m]
    assert ignored == ["Timestamp"]
    merges = {m.into: m for m in plan.merges}
    assert {"Pyhton", "python programming", "Python (basic)"} <= set(merges["Python"].names)
    assert "Negociation" in merges["Negotiation"].names
    for m in plan.merges:
        m.accepted = True
    result = intake.apply_plan(demo_program, plan)  # new people are only offered
    assert result.added == [] and len(result.updated) == 57
    vocab = {s.casefold() for s in people.list_skills(demo_program)}
    assert not vocab & {"pyhton", "python programming", "python (basic)", "negociation",
                        "presentng"}
    first = people.find_by_email(demo_program, everyone[0].email)
    assert first.availability and first.capacity == 0 and first.opted_in
    learn_from = skills_store.learn_from(demo_program)
    assert learn_from[first.id] == [everyone[1].id]


def test_new_people_added_when_asked_and_undo_is_exact(demo_program, google_export):
    path, _ = google_export
    before = _state(demo_program)
    plan = intake.build_plan(demo_program, read_table(path))
    for m in plan.merges:
        m.accepted = True
    result = intake.apply_plan(demo_program, plan, add_new={"new1@acme.example"})
    assert len(result.added) == 1
    added = people.get_participant(demo_program, result.added[0])
    assert added.name == "New Person 1" and added.teaches() == {"Python": 3}
    intake.undo_intake(demo_program, result)
    assert _state(demo_program) == before


def test_reimport_updates_only_what_changed(demo_program, google_export, tmp_path):
    path, everyone = google_export
    plan = intake.build_plan(demo_program, read_table(path))
    intake.apply_plan(demo_program, plan)
    # The facilitator corrects someone by hand after the first import.
    p = people.find_by_email(demo_program, everyone[2].email)
    p.availability = "Wednesdays only"
    people.update_participant(demo_program, p)
    # A later export: the same answers, one person changed theirs, one more answered.
    rows, emails = _answers(everyone)
    rows[5][7] = "Friday mornings"
    rows.append(["Late Comer", "Sales", "", "", "", "SQL", "1", "", "", "Yes", q.CONSENT_TEXT])
    emails.append(everyone[-1].email.replace("@", "+late@"))
    later = samples.google_forms_csv(tmp_path / "later.csv", QUESTIONS, rows, emails=emails)
    plan = intake.build_plan(demo_program, read_table(later))
    assert len(plan.same_as_before) == 56
    todo = intake.changes(demo_program, plan)
    changed = [c for c in todo if not c.new and c.what]
    assert [c.answer.email for c in changed] == [everyone[5].email]
    assert changed[0].what == ["availability"]
    intake.apply_plan(demo_program, plan)
    assert people.find_by_email(demo_program, everyone[2].email).availability == "Wednesdays only"
    assert people.find_by_email(demo_program, everyone[5].email).availability == "Friday mornings"


def test_rows_without_consent_or_email_or_with_a_bad_level(demo_program, tmp_path):
    someone = people.list_participants(demo_program, include_archived=False)[0]
    headers = ["Email", f"{TEACH_Q} [SQL]", q.TEXTS[q.CONSENT], "Mentoring capacity"]
    rows = [[someone.email, "Good", "", "1"],  # no consent: left out
            ["not-an-email", "Good", "yes", "1"],
            ["x@acme.example", "Very good", "yes", "1"],
            ["y@acme.example", "Good", "yes", "lots"]]
    plan = intake.build_plan(demo_program, read_table(samples.write_csv(
        tmp_path / "a.csv", headers, rows)))
    assert plan.answers == []
    assert any("did not give consent" in n for n in plan.notes)
    assert [p.row for p in plan.problems] == [3, 4, 5]
    assert "is not a level" in str(plan.problems[1])
    assert "not a number of people" in str(plan.problems[2])


def test_no_email_column_blocks(demo_program, tmp_path):
    plan = intake.build_plan(demo_program, read_table(samples.write_csv(
        tmp_path / "a.csv", ["Name", "Skills"], [["Ana", "SQL"]])))
    assert plan.blocking and "Email" in plan.blocking[0]


def test_microsoft_forms_export_and_a_hand_made_csv(demo_program, tmp_path):
    someone = people.list_participants(demo_program, include_archived=False)[0]
    path = samples.microsoft_forms_xlsx(tmp_path / "ms.xlsx", ["Can teach", "Wants to learn",
                                                               "Availability"],
                                        [["Pyhton (Expert)", "Zendesk", "Mondays"]],
                                        emails=[someone.email], names=[someone.name])
    plan = intake.build_plan(demo_program, read_table(path))
    assert [a.email for a in plan.answers] == [someone.email]
    assert [(e.name, e.level) for e in plan.answers[0].teach] == [("Pyhton", 3)]
    assert plan.merges and plan.merges[0].into == "Python"


def test_template_keeps_a_formula_like_skill_as_text(program, tmp_path):
    from openpyxl import load_workbook

    from peerdesk.core.models import Participant, SkillLevel

    people.add_participant(program, Participant(name="Ana", email="ana@x.com", skills=[
        SkillLevel("=HYPERLINK(\"http://x\")", "teach", 2)]))
    path = tmp_path / "t.xlsx"
    intake.write_template(intake.program_questions(program), path)
    ws = load_workbook(path)["Answers"]
    grid = [c for c in ws[1] if "HYPERLINK" in str(c.value)]
    assert grid and all(c.data_type == "s" for c in grid)
    table = read_table(path)
    assert any(m == intake.GRID + "=HYPERLINK(\"http://x\")" for m in intake.map_columns(table.headers))


def test_the_later_of_two_answers_wins_and_nobody_learns_from_themselves(demo_program, tmp_path):
    a, b = [p for p in people.list_participants(demo_program, include_archived=False)
            if p.email][:2]
    headers = ["Email", q.TEXTS[q.AVAILABILITY], q.TEXTS[q.LEARN_FROM]]
    rows = [[a.email, "Mondays", ""], [a.email.upper(), "Fridays", f"{a.name}, {b.email}, Nobody"]]
    plan = intake.build_plan(demo_program, read_table(samples.write_csv(
        tmp_path / "a.csv", headers, rows)))
    assert any("answered again" in n for n in plan.notes)
    result = intake.apply_plan(demo_program, plan)
    assert people.get_participant(demo_program, a.id).availability == "Fridays"
    assert skills_store.learn_from(demo_program)[a.id] == [b.id]
    assert result.unknown_learn_from == [f"{a.email.upper()}: Nobody"]
