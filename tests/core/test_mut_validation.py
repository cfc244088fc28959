"""Invisible characters taken out of what people type (core/validation.py), by example.

Each expected text is written out character by character: what stays, what goes, and
the notice that names what went in plain words with its code point ("invisible
character U+200B", "text-direction mark U+202E", "control character U+0007").
"""

from __future__ import annotations

from peerdesk.core.models import Participant
from peerdesk.core.validation import clean_participant, clean_text, removal_notice

ZWSP, BOM, RLO, NBSP = "\u200b", "\ufeff", "\u202e", "\u00a0"


def test_plain_text_has_its_spaces_folded_and_nothing_removed():
    assert clean_text("  Data   team ") == ("Data team", [])
    assert clean_text("a\tb\nc") == ("a b c", [])
    assert clean_text("  keep\n  lines ", multiline=True) == ("  keep\n  lines ", [])
    assert clean_text("Zoë") == ("Zoë", [])


def test_invisible_characters_are_removed_and_named():
    assert clean_text(f"Eng{ZWSP}ineering") == ("Engineering", ["invisible character U+200B"])
    assert clean_text(f"{BOM}Sales{RLO}") == (
        "Sales", ["invisible character U+FEFF", "text-direction mark U+202E"])
    assert clean_text("a\x07b") == ("ab", ["control character U+0007"])
    assert clean_text("a\u00adb") == ("ab", ["invisible character U+00AD"])
    assert clean_text("a\u2028b") == ("a b", [])  # a line separator is a space
    # another format character
    assert clean_text("x\U000e0001y") == ("xy", ["invisible character U+E0001"])


def test_line_breaks_in_notes_stay_and_carriage_returns_go():
    assert clean_text(f"one\r\ntwo{ZWSP}\tthree", multiline=True) == (
        "one \ntwo\tthree", ["invisible character U+200B"])
    assert clean_text(f"one\r\ntwo{ZWSP}\tthree") == (
        "one two three", ["invisible character U+200B"])


def test_joiners_stay_only_inside_words_of_scripts_that_use_them():
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # "mi-khaham" with a ZWNJ
    assert clean_text(persian) == (persian, [])
    assert clean_text("a\u200cb") == ("ab", ["invisible character U+200C"])
    assert clean_text("\u200d\u0645") == ("\u0645", ["invisible character U+200D"])
    assert clean_text("\u0645\u200d") == ("\u0645", ["invisible character U+200D"])
    assert clean_text("\u0645\u200db") == ("\u0645b", ["invisible character U+200D"])


def test_text_is_put_in_composed_form():
    assert clean_text("Zoe\u0308\u200b") == ("Zoë", ["invisible character U+200B"])
    assert clean_text("Zoe\u0308") == ("Zoë", [])
    assert clean_text(f"a{NBSP}b") == ("a b", [])


def test_the_notice_counts_and_names_what_was_removed():
    zwsp, shy = "invisible character U+200B", "invisible character U+00AD"
    assert removal_notice("department", [zwsp]) == (
        f"Removed 1 invisible character ({zwsp}) from “Department”.")
    assert removal_notice("job_title", [zwsp, shy, zwsp]) == (
        f"Removed 3 invisible characters ({zwsp}, {shy}) from “Job title”.")
    # a column's heading is named as it is
    assert removal_notice("Team name", [zwsp]) == (
        f"Removed 1 invisible character ({zwsp}) from “Team name”.")


def test_a_participant_is_cleaned_field_by_field_with_a_notice_each():
    p = Participant(name=f" Ana{ZWSP} ", department=f"Data{BOM}", email="ana@x.org",
                    notes=f"  likes\r\nSQL{RLO}  ", capacity=2)
    cleaned, notices = clean_participant(p)
    assert (cleaned.name, cleaned.department, cleaned.email, cleaned.notes) == (
        "Ana", "Data", "ana@x.org", "likes \nSQL")  # the carriage return is a space
    assert cleaned.capacity == 2
    assert notices == [
        "Removed 1 invisible character (invisible character U+200B) from “Full name”.",
        "Removed 1 invisible character (invisible character U+FEFF) from “Department”.",
        "Removed 1 invisible character (text-direction mark U+202E) from “Notes”."]
    same = Participant(name="Bo", department="Sales")
    assert clean_participant(same) == (same, [])
    assert clean_participant(same)[0] is same
