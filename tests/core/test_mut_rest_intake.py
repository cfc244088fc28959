"""The intake form (core/intake.py): the text to paste into a forms tool, block by block, and
the level words read back from the answers.

Each expected block is written out by hand from what the form asks (the question, whether
it must be answered, the answer type in each tool, its description and options); the
level words are the catalogues' names of Basic, Good and Expert.
"""

from __future__ import annotations

from peerdesk.core.intake import (
    level_of,
    level_words,
    no_words,
    paste_text,
    questions,
    texts_in_every_language,
    yes,
    yes_words,
)
from peerdesk.i18n import translation_for

INTRO = ("Make a new form in Google Forms or Microsoft Forms and add these questions in this "
         "order, with these wordings (PeerDesk recognises them when you import the answers) and "
         "the answer type given for each.")
LAST = ("In Google Forms, tick “Collect email addresses” only if you want the address the form "
        "saw instead of question 2; both are matched.")


def blocks(text: str) -> list[str]:
    return text.split("\n\n")


def test_the_paste_text_opens_with_the_programs_name_and_ends_with_the_email_advice():
    text = paste_text(questions(["SQL"], ["Data"]), "Spring")
    assert text.startswith("Intake form — Spring\n\n" + INTRO + "\n\n1. Your full name")
    assert text.endswith("\n\n" + LAST + "\n")
    assert paste_text(questions([]), "").startswith("Intake form\n\n" + INTRO + "\n\n")


def test_each_question_is_a_numbered_block_with_its_types_description_and_options():
    got = blocks(paste_text(questions(["SQL", "Excel"], ["Data"]), "Spring"))
    assert got[2] == ("1. Your full name (required)\n"
                      "   Google Forms: Short answer\n"
                      "   Microsoft Forms: Text")
    assert got[3] == ("2. Your work email (required)\n"
                      "   Google Forms: Short answer (Response validation: Text > Email)\n"
                      "   Microsoft Forms: Text\n"
                      "   Description: Used to match your answers to you.")
    assert got[4] == ("3. Your department\n"
                      "   Google Forms: Multiple choice, with “Other”\n"
                      "   Microsoft Forms: Choice, with “Other” option\n"
                      "   Options: Data; Other")
    assert got[5] == ("4. What could you teach a colleague?\n"
                      "   Google Forms: Multiple choice grid (rows: the skills; columns: the "
                      "levels)\n"
                      "   Microsoft Forms: Likert (statements: the skills; options: the levels)\n"
                      "   Description: Leave a row empty for a skill you would not teach. Basic: "
                      "you know the basics; Good: you use it every week; Expert: others come to "
                      "you.\n"
                      "   Rows: Excel; SQL\n"
                      "   Columns: Basic; Good; Expert")
    assert got[6] == ("5. Other skills you could teach\n"
                      "   Google Forms: Paragraph\n"
                      "   Microsoft Forms: Text (Long answer)\n"
                      "   Description: One per line or separated by commas, each with a level: "
                      "“Negotiation (Expert), Excel (Good)”.")
    assert got[7] == ("6. What would you like to learn?\n"
                      "   Google Forms: Checkboxes, with “Other”\n"
                      "   Microsoft Forms: Choice (Multiple answers), with “Other” option\n"
                      "   Description: Tick as many as you like.\n"
                      "   Options: Excel; SQL; Other")
    # options without an "Other"
    assert got[8] == ("7. How many colleagues could you buddy this cycle?\n"
                      "   Google Forms: Multiple choice\n"
                      "   Microsoft Forms: Choice\n"
                      "   Description: A buddy meets a new colleague about every other week.\n"
                      "   Options: 0; 1; 2; 3")
    assert got[9] == ("8. When are you usually free for a session?\n"
                      "   Google Forms: Short answer\n"
                      "   Microsoft Forms: Text\n"
                      "   Description: Days and times, e.g. “Tue, Thu afternoons”, or “any time”.")
    assert got[10] == ("9. Colleagues you would like to learn from\n"
                       "   Google Forms: Paragraph\n"
                       "   Microsoft Forms: Text (Long answer)\n"
                       "   Description: Names or emails, separated by commas. Optional: PeerDesk "
                       "tries to pair you with one of them when the rules allow.")
    assert got[12] == ("11. Consent (required)\n"
                       "   Google Forms: Checkboxes (one box)\n"
                       "   Microsoft Forms: Choice (one option)\n"
                       "   Options: I agree that the program's facilitator keeps these answers in "
                       "PeerDesk to make learning pairs. They are not shared beyond the program, "
                       "and I can ask for them to be removed at any time.")
    assert got[11] == ("10. Would you like to take part in the peer learning program? "
                       "(required)\n"
                       "   Google Forms: Multiple choice\n"
                       "   Microsoft Forms: Choice\n"
                       "   Options: Yes; No")


def test_without_skills_the_learning_question_is_a_paragraph():
    got = blocks(paste_text(questions([]), ""))
    assert got[5] == ("4. What could you teach a colleague?\n"
                      "   Google Forms: Paragraph\n"
                      "   Microsoft Forms: Text (Long answer)\n"
                      "   Description: One per line or separated by commas, each with a level: "
                      "“Negotiation (Expert), Excel (Good)”.")
    assert got[6] == ("5. What would you like to learn?\n"
                      "   Google Forms: Paragraph\n"
                      "   Microsoft Forms: Text (Long answer)\n"
                      "   Description: Separated by commas: “SQL, Public speaking”.")
    assert got[4] == ("3. Your department\n"
                      "   Google Forms: Short answer\n"
                      "   Microsoft Forms: Text")


def test_level_words_numbers_and_words_with_more_after_them():
    assert [level_of(w) for w in ("1", " 2 ", "3", "0", "4", "")] == [1, 2, 3, None, None, None]
    assert [level_of(w) for w in ("Basic", "GOOD", "expert")] == [1, 2, 3]
    # German and Portuguese level names from the catalogues: Grundlagen, Gut, Profi; Básico
    assert [level_of(w) for w in ("Grundlagen", "gut", "Profi", "básico")] == [1, 2, 3, 1]
    # a level name followed by words or a bracket, as a grid's column may be written
    assert level_of("Expert (others come to me)") == 3
    assert level_of("good(weekly)") == 2
    # a word that only begins like a level name is none
    assert level_of("Goodness") is None
    assert level_of("Experts") is None
    assert level_words()["expert"] == 3


def test_yes_and_no_in_every_language():
    assert {"yes", "ja", "sim", "sí", "oui", "y", "x"} <= yes_words()
    assert {"no", "nein", "não", "non", "n"} <= no_words()
    with translation_for("de").active():
        german = questions([])[0].text
    assert german in texts_in_every_language()["name"]
    assert texts_in_every_language()["name"][0] == "Your full name"


def test_long_answers_are_the_free_text_lists_and_yes_is_in_the_language_in_force():
    # several lines on paper: the skills written out, the skills to learn without a
    # vocabulary, and the colleagues to learn from
    assert [q.key for q in questions([]) if q.paragraph] == ["teach_other", "learn",
                                                             "learn_from"]
    assert [q.key for q in questions(["SQL"]) if q.paragraph] == ["teach_other", "learn_from"]
    assert yes() == "Yes"
    with translation_for("de").active():
        assert yes() == "Ja"
