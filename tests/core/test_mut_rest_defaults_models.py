"""What a new program starts with, in its language (core/defaults.py), and the small
helpers of the entities (core/models.py)."""

from __future__ import annotations

import pytest

from peerdesk.core.defaults import agenda_templates, conduct_text, questions
from peerdesk.core.models import LEARN, TEACH, Participant, SkillLevel, stored_id


def test_the_english_code_of_conduct_line_by_line():
    lines = conduct_text("en").split("\n")
    assert lines[0] == "Our code of conduct"
    assert lines[1] == ""
    assert lines[2].startswith("1. Respect. We listen to each other")
    assert lines[8].startswith("7. We come prepared and on time")
    assert lines[9] == ""
    assert len(lines) == 10


def test_a_german_program_starts_with_the_german_code_keeping_its_blank_lines():
    lines = conduct_text("de").split("\n")
    assert lines[0] == "Unser Verhaltenskodex"
    assert lines[1] == lines[9] == ""
    assert lines[2].startswith("1. Respekt.")
    assert len(lines) == 10


def test_a_german_program_starts_with_german_agendas_and_questions():
    name, items = agenda_templates("de")["kickoff"]
    assert name == "Auftakt"
    assert items[0] == ("Begrüßung: Warum wir hier sind", 10, "Moderation",
                        "Ziele des Programms und dieser Runde.")
    asked = questions("de")
    assert asked[0].key == "usefulness"
    assert asked[0].text == "Wie nützlich war diese Sitzung für dich?"
    assert [q.key for q in asked] == [q.key for q in questions("en")]


def test_teaches_and_learns_keep_their_own_direction():
    person = Participant("Ana", skills=[SkillLevel("SQL", TEACH, 3), SkillLevel("Go", LEARN, 1),
                                        SkillLevel("Excel", TEACH, 2)])
    assert person.teaches() == {"SQL": 3, "Excel": 2}
    assert person.learns() == {"Go": 1}


def test_an_unsaved_record_has_no_stored_id():
    assert stored_id(4) == 4
    with pytest.raises(ValueError, match=r"^this record has not been saved to the program file yet$"):
        stored_id(None)
