"""Small pieces facilitators meet every day: the letter a name is filed under
(core/collation.py), which time-zone names are accepted (core/zones.py), and every
problem of a typed-in paper form (core/answers.py)."""

from __future__ import annotations

import pytest

from peerdesk.core.answers import check_answers
from peerdesk.core.collation import initial
from peerdesk.core.defaults import DEFAULT_QUESTIONS
from peerdesk.core.zones import is_zone
from peerdesk.i18n import translation_for


@pytest.mark.parametrize(("name", "letter"), [
    ("Ёлка Петрова", "Ё"),  # Cyrillic Yo is its own letter, not a Cyrillic E with dots
    ("иван", "И"),  # another script: its first letter, in capitals
    ("① Team", "①"),  # not a letter at all: the character itself, not the digit 1
    ("ǆuro", "D"),  # a Latin digraph: filed under its plain first letter
])
def test_names_in_other_scripts_are_filed_under_their_own_first_letter(name, letter):
    assert initial(name) == letter


@pytest.mark.parametrize("name", ["", " ", " Europe/Lisbon", "Europe/Lisbon ", "Mars/Olympus"])
def test_blank_padded_or_unknown_zone_names_are_refused(name):
    assert is_zone(name) is False


def test_a_known_zone_name_is_accepted():
    assert is_zone("Europe/Lisbon") and is_zone("UTC")


def test_every_problem_of_a_form_is_listed_after_an_unknown_question():
    with translation_for("en").active():
        problems = check_answers(DEFAULT_QUESTIONS, {"mood": 3, "usefulness": 9})
    assert [(p.field, p.message) for p in problems] == [
        ("mood", "There is no feedback question “mood”."),
        ("usefulness", "“9” is out of range: “How useful was this session for you?” takes a "
                       "whole number from 1 to 5."),
    ]
