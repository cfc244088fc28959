"""The intake form's questions and the text to paste into a forms tool (core/intake.py).

Written from what a facilitator does with them: each answer type named must be one that
Google Forms and Microsoft Forms offer (their own menu names, listed here), the skills
and departments given come back cleaned and sorted, and the paste text holds every
question, numbered, with its type, options and description.
"""

from __future__ import annotations

import re

from peerdesk.core.intake import (
    AVAILABILITY,
    CAPACITY,
    CONSENT,
    DEPARTMENT,
    EMAIL,
    LEARN,
    LEARN_FROM,
    NAME,
    OPT_IN,
    TEACH,
    TEACH_OTHER,
    level_of,
    paste_text,
    questions,
)

# The question types in the "add question" menus of the two tools.
GOOGLE = ("Short answer", "Paragraph", "Multiple choice", "Checkboxes", "Dropdown",
          "Linear scale", "Multiple choice grid", "Checkbox grid", "Date", "Time")
MICROSOFT = ("Text", "Choice", "Rating", "Date", "Ranking", "Likert", "Net Promoter Score")


def test_every_answer_type_is_one_the_forms_tools_offer():
    for qs in (questions([]), questions(["SQL"], ["Data"])):
        for q in qs:
            assert q.google.startswith(GOOGLE), q.google
            assert q.microsoft.startswith(MICROSOFT), q.microsoft
            first = re.split(r"[ ,(]", q.google.replace("Multiple choice grid", "Grid"))[0]
            assert first, q.google
        # a grid names its rows and columns in both tools
        grid = [q for q in qs if q.grid]
        for q in grid:
            assert q.google.startswith("Multiple choice grid") and q.microsoft.startswith("Likert")


def test_the_questions_in_order_for_a_program_without_skills_or_departments():
    qs = questions([], None)
    assert [q.key for q in qs] == [NAME, EMAIL, DEPARTMENT, TEACH_OTHER, LEARN, CAPACITY,
                                   AVAILABILITY, LEARN_FROM, OPT_IN, CONSENT]
    assert [q.key for q in qs if q.required] == [NAME, EMAIL, OPT_IN, CONSENT]
    by = {q.key: q for q in qs}
    assert by[DEPARTMENT].google == "Short answer" and by[DEPARTMENT].choices == ()
    # without a vocabulary, the "other skills" box asks the main question itself
    assert by[TEACH_OTHER].text == "What could you teach a colleague?"
    assert by[LEARN].google == "Paragraph" and not by[LEARN].other and by[LEARN].choices == ()
    assert by[CAPACITY].choices == ("0", "1", "2", "3")
    assert by[OPT_IN].choices == ("Yes", "No")
    assert len(by[CONSENT].choices) == 1 and "PeerDesk" in by[CONSENT].choices[0]
    assert not any(q.grid for q in qs)


def test_the_vocabulary_and_departments_are_cleaned_sorted_and_offered():
    qs = questions(["  sql ", "Public   speaking", "", "Excel", "excel", "SQL", " "],
                   ["Sales ", "", "data", "  ", "Data"])
    assert [q.key for q in qs] == [NAME, EMAIL, DEPARTMENT, TEACH, TEACH_OTHER, LEARN, CAPACITY,
                                   AVAILABILITY, LEARN_FROM, OPT_IN, CONSENT]
    by = {q.key: q for q in qs}
    skills = by[TEACH].rows
    # spaces folded, case kept as written, sorted without regard to case
    assert [s.casefold() for s in skills] == ["excel", "excel", "public speaking", "sql", "sql"]
    assert "Public speaking" in skills and "Public   speaking" not in skills
    assert by[TEACH].choices == ("Basic", "Good", "Expert") and by[TEACH].grid
    assert by[LEARN].choices == skills and by[LEARN].other
    assert by[DEPARTMENT].choices == ("data", "Data", "Sales") or \
        by[DEPARTMENT].choices == ("Data", "data", "Sales")
    assert by[DEPARTMENT].other
    assert by[TEACH_OTHER].text == "Other skills you could teach"
    assert by[LEARN].text == "What would you like to learn?"


def test_levels_are_read_by_name_or_number():
    assert [level_of(w) for w in ("Basic", "good", " EXPERT ", "1", "2", "3")] == [1, 2, 3, 1, 2, 3]
    assert level_of("Expert (others come to me)") == 3
    assert level_of("Good.") is None
    assert [level_of(w) for w in ("", "0", "4", "Goodish", "basics", "2.0")] == [None] * 6


def test_the_paste_text_lists_every_question_with_its_type_and_options():
    qs = questions(["SQL", "Excel"], ["Data", "Sales"])
    text = paste_text(qs, "Spring pairs")
    lines = text.split("\n")
    assert lines[0] == "Intake form — Spring pairs"
    assert lines[1] == "" and lines[3] == ""
    assert "Google Forms or Microsoft Forms" in lines[2]
    assert text.endswith("both are matched.\n")
    blocks = text.split("\n\n")[2:-1]
    assert len(blocks) == len(qs)
    for number, (q, block) in enumerate(zip(qs, blocks, strict=True), start=1):
        rows = block.split("\n")
        assert rows[0] == f"{number}. {q.text}" + (" (required)" if q.required else "")
        assert rows[1] == f"   Google Forms: {q.google}"
        assert rows[2] == f"   Microsoft Forms: {q.microsoft}"
        rest = rows[3:]
        if q.help:
            assert rest.pop(0) == f"   Description: {q.help}"
        if q.grid:
            assert rest == ["   Rows: Excel; SQL", "   Columns: Basic; Good; Expert"]
        elif q.choices:
            assert rest == ["   Options: " + "; ".join([*q.choices, *(["Other"] if q.other
                                                                     else [])])]
        else:
            assert rest == []
    by = dict(zip([q.key for q in qs], blocks, strict=True))
    assert by[DEPARTMENT].endswith("   Options: Data; Sales; Other")
    assert by[OPT_IN].endswith("   Options: Yes; No")


def test_the_paste_text_without_a_program_name():
    text = paste_text(questions([]))
    assert text.split("\n")[0] == "Intake form"
    assert "1. Your full name (required)" in text.split("\n")
    assert "3. Your department" in text.split("\n")
