"""clean_text, removal_notice and clean_participant (core/validation.py), one character
class at a time.

Every expected text and notice is typed out from the input, with the reason beside it:
which Unicode category the character is in, and why it stays or goes.
"""

from __future__ import annotations

import pytest

from peerdesk.core.models import Participant
from peerdesk.core.validation import clean_participant, clean_text, removal_notice

MEEM, YEH = "\u0645", "\u06cc"  # two Arabic-script letters (alphabetic, not ASCII)
ZWNJ, ZWJ = "\u200c", "\u200d"


# -- controls: category Cc, named "control character" ---------------------------------------
@pytest.mark.parametrize("char,code", [
    ("\x00", "U+0000"), ("\x1b", "U+001B"), ("\x7f", "U+007F"),
    ("\x85", "U+0085"),  # NEL: a C1 control, also a space to str.split
    ("\x9f", "U+009F"),
])
def test_a_control_character_goes_and_is_named_a_control(char, code):
    assert clean_text(f"a{char}b") == ("ab", [f"control character {code}"])
    assert clean_text(f"a{char}b", multiline=True) == ("ab", [f"control character {code}"])


# -- bidi controls: every one is a "text-direction mark" ------------------------------------
@pytest.mark.parametrize("char", list("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                                      "\u200e\u200f\u061c"))
def test_every_bidi_control_goes_and_is_named_a_direction_mark(char):
    code = f"U+{ord(char):04X}"  # the name carries the code point of the input character
    assert clean_text(f"Sa{char}les") == ("Sales", [f"text-direction mark {code}"])


# -- zero-width and other invisible format characters --------------------------------------
@pytest.mark.parametrize("char,code", [
    ("\u200b", "U+200B"), ("\u2060", "U+2060"), ("\ufeff", "U+FEFF"), ("\u180e", "U+180E"),
    ("\u00ad", "U+00AD"), ("\u2061", "U+2061"), ("\u2062", "U+2062"), ("\u2063", "U+2063"),
    ("\u2064", "U+2064"),
    ("\u206f", "U+206F"),  # Cf, in no list: the catch-all for format characters
])
def test_every_zero_width_character_goes_and_is_named_invisible(char, code):
    assert clean_text(f"Eng{char}ineering") == ("Engineering", [f"invisible character {code}"])


def test_letters_that_look_like_list_markers_stay():
    # a capital X beside invisible characters of each list is a letter, never removed
    assert clean_text("X\u200bX\u202eX\u200dX") == ("XXXX", [
        "invisible character U+200B", "text-direction mark U+202E",
        "invisible character U+200D"])


# -- surrogates, private use and unassigned code points (Cs, Co, Cn) -------------------------
def test_surrogate_private_use_and_unassigned_code_points_go():
    assert clean_text("a\ud800b") == ("ab", ["invisible character U+D800"])  # Cs
    assert clean_text("a\ue000b") == ("ab", ["invisible character U+E000"])  # Co
    assert clean_text("a\u0378b") == ("ab", ["invisible character U+0378"])  # Cn
    assert clean_text("\ue000\u0378\ud800", multiline=True) == ("", [
        "invisible character U+E000", "invisible character U+0378",
        "invisible character U+D800"])


# -- spaces that are not ASCII: kept, folded on one line --------------------------------------
def test_non_ascii_spaces_fold_on_one_line_and_stay_in_notes():
    nbsp, thin, ideo = "\u00a0", "\u2009", "\u3000"  # Zs: not printable, not invisible
    assert clean_text(f"a{nbsp}b") == ("a b", [])
    assert clean_text(f"a{nbsp}b", multiline=True) == (f"a{nbsp}b", [])
    assert clean_text(f"a{thin}{ideo}b") == ("a b", [])
    assert clean_text(f" a{thin}b ", multiline=True) == (f" a{thin}b ", [])
    assert clean_text("a\u2029b", multiline=True) == ("a\u2029b", [])  # Zp stays in notes


# -- tabs and line breaks on the slow path (something else forced it) ----------------------
def test_tabs_and_breaks_with_an_invisible_character_beside_them():
    z = "\u200b"
    # one line: each of tab, newline and carriage return is a space, then spaces fold
    assert clean_text(f"a\tb{z}") == ("a b", ["invisible character U+200B"])
    assert clean_text(f"a\nb{z}") == ("a b", ["invisible character U+200B"])
    assert clean_text(f"a\rb{z}") == ("a b", ["invisible character U+200B"])
    # notes: tab and newline stay as they are, a carriage return becomes a space
    assert clean_text(f"a\tb{z}", multiline=True) == ("a\tb", ["invisible character U+200B"])
    assert clean_text(f"a\nb{z}", multiline=True) == ("a\nb", ["invisible character U+200B"])
    assert clean_text(f"a\rb{z}", multiline=True) == ("a b", ["invisible character U+200B"])
    # notes keep their leading and trailing spaces (clean_participant strips them)
    assert clean_text(f"  a {z} ", multiline=True) == ("  a  ", ["invisible character U+200B"])


def test_fast_path_keeps_notes_as_typed_and_folds_one_line():
    assert clean_text("a\t\tb\n") == ("a b", [])
    assert clean_text("a\t\tb\n", multiline=True) == ("a\t\tb\n", [])
    # printable, not ASCII, already composed: folded, nothing removed
    assert clean_text(" Zoë  Ana ") == ("Zoë Ana", [])
    assert clean_text(" Zoë  Ana ", multiline=True) == (" Zoë  Ana ", [])


# -- combining marks: composed (NFC) where a composed letter exists ----------------------------
def test_combining_marks_are_composed_and_never_removed():
    # e + U+0301 is é (U+00E9); A + U+030A is Å (U+00C5)
    assert clean_text("Jose\u0301") == ("Jos\u00e9", [])
    assert clean_text("A\u030angstr\u00f6m", multiline=True) == ("\u00c5ngstr\u00f6m", [])
    # q + U+0307 has no composed form: the mark stays after the letter
    assert clean_text("q\u0307") == ("q\u0307", [])
    # the Angstrom sign U+212B is printable but not NFC: it becomes Å
    assert clean_text("\u212b") == ("\u00c5", [])


# -- joiners: kept only between two letters of a script that is not ASCII -------------------
def test_a_joiner_between_two_non_ascii_letters_stays():
    word = f"{MEEM}{ZWNJ}{YEH}"
    assert clean_text(word) == (word, [])
    # the neighbours are the characters right beside the joiner, not two away
    assert clean_text(f"x{MEEM}{ZWNJ}{YEH}") == (f"x{MEEM}{ZWNJ}{YEH}", [])
    assert clean_text(f"{MEEM}{ZWJ}{YEH}x") == (f"{MEEM}{ZWJ}{YEH}x", [])
    assert clean_text(f"{MEEM}{ZWNJ}{YEH} {MEEM}{ZWNJ}{YEH}") == (
        f"{MEEM}{ZWNJ}{YEH} {MEEM}{ZWNJ}{YEH}", [])


def test_a_joiner_goes_when_either_neighbour_is_ascii_or_not_a_letter():
    named = ["invisible character U+200C"]
    assert clean_text(f"a{ZWNJ}{MEEM}") == (f"a{MEEM}", named)      # ASCII before
    assert clean_text(f"{MEEM}{ZWNJ}a") == (f"{MEEM}a", named)      # ASCII after
    assert clean_text(f"\u0661{ZWNJ}{MEEM}") == (f"\u0661{MEEM}", named)  # a digit before
    assert clean_text(f"{MEEM}{ZWNJ}\u0661") == (f"{MEEM}\u0661", named)  # a digit after
    assert clean_text(f"{MEEM} {ZWNJ}{YEH}") == (f"{MEEM} {YEH}", named)  # a space before
    assert clean_text(ZWNJ) == ("", named)                          # alone
    # at the start the character before is nothing, never the last one of the text
    assert clean_text(f"{ZWNJ}{YEH}{MEEM}") == (f"{YEH}{MEEM}", named)
    # at the end the character after is nothing
    assert clean_text(f"{MEEM}{YEH}{ZWJ}") == (f"{MEEM}{YEH}", ["invisible character U+200D"])


# -- long input -----------------------------------------------------------------------------
def test_very_long_input_is_cleaned_whole():
    # 10,000 words "ab" each followed by a zero-width space and a space
    text = "ab\u200b " * 10_000
    cleaned, removed = clean_text(text)
    assert cleaned == " ".join(["ab"] * 10_000)
    assert len(cleaned) == 10_000 * 3 - 1
    assert removed == ["invisible character U+200B"] * 10_000


# -- the notice -------------------------------------------------------------------------------
@pytest.mark.parametrize("field,label", [
    ("employee_id", "Employee ID"), ("name", "Full name"), ("email", "Email"),
    ("department", "Department"), ("job_title", "Job title"), ("location", "Location"),
    ("level", "Level"), ("manager_name", "Manager"), ("manager_email", "Manager email"),
    ("availability", "Availability"), ("archive_reason", "Reason for archiving"),
    ("notes", "Notes"),
])
def test_the_notice_names_each_field_by_its_label(field, label):
    assert removal_notice(field, ["control character U+0007"]) == (
        f"Removed 1 invisible character (control character U+0007) from “{label}”.")


def test_the_notice_counts_every_removal_and_names_each_kind_once_in_order():
    a, b = "text-direction mark U+202E", "invisible character U+200B"
    assert removal_notice("name", [a, b, a, b, b]) == (
        f"Removed 5 invisible characters ({a}, {b}) from “Full name”.")
    assert removal_notice("name", [b, b]) == (
        f"Removed 2 invisible characters ({b}) from “Full name”.")


# -- a participant ------------------------------------------------------------------------------
def test_every_one_line_field_of_a_participant_is_cleaned_and_noticed():
    z = "\u200b"
    p = Participant(
        name=f"An{z}a", employee_id=f"E{z}1", email=f"a{z}@x.org", department=f"D{z}",
        job_title=f"J{z}", location=f"L{z}", level=f"L{z}2", manager_name=f"M{z}",
        manager_email=f"m{z}@x.org", availability=f"Mo{z}n", archive_reason=f"R{z}",
        notes=f"N{z}")
    cleaned, notices = clean_participant(p)
    assert (cleaned.name, cleaned.employee_id, cleaned.email, cleaned.department,
            cleaned.job_title, cleaned.location, cleaned.level, cleaned.manager_name,
            cleaned.manager_email, cleaned.availability, cleaned.archive_reason,
            cleaned.notes) == ("Ana", "E1", "a@x.org", "D", "J", "L", "L2", "M", "m@x.org",
                               "Mon", "R", "N")
    one = "Removed 1 invisible character (invisible character U+200B) from “{}”."
    assert notices == [one.format(label) for label in (
        "Employee ID", "Full name", "Email", "Department", "Job title", "Location", "Level",
        "Manager", "Manager email", "Availability", "Reason for archiving", "Notes")]


def test_a_participants_spaces_are_folded_without_a_notice():
    p = Participant(name="  Ana   Lima ", department="Data\tteam",
                    notes="  first line\n\tsecond  \n")
    cleaned, notices = clean_participant(p)
    assert notices == []
    assert cleaned.name == "Ana Lima"
    assert cleaned.department == "Data team"
    # notes keep inner breaks and tabs; only the ends are trimmed
    assert cleaned.notes == "first line\n\tsecond"
    # a field that needs nothing is the same text
    assert cleaned.email == ""


def test_only_notes_keep_line_breaks():
    p = Participant(name="Ana\nLima", job_title="Lead\r\nEngineer", notes="a\nb")
    cleaned, notices = clean_participant(p)
    assert (cleaned.name, cleaned.job_title, cleaned.notes) == ("Ana Lima", "Lead Engineer",
                                                                "a\nb")
    assert notices == []


def test_a_field_that_is_not_text_is_skipped_and_the_rest_still_cleaned():
    # a record loaded with None in a text field: that field is left alone, the fields
    # after it (manager_name ... notes) are still cleaned
    p = Participant(name="Ana", employee_id=None, notes="x\u200b")  # type: ignore[arg-type]
    cleaned, notices = clean_participant(p)
    assert cleaned.employee_id is None
    assert cleaned.notes == "x"
    assert notices == [
        "Removed 1 invisible character (invisible character U+200B) from “Notes”."]
    p = Participant(name="Ana", availability=None,  # type: ignore[arg-type]
                    archive_reason="R\u202e")
    cleaned, notices = clean_participant(p)
    assert (cleaned.availability, cleaned.archive_reason) == (None, "R")
    assert notices == [
        "Removed 1 invisible character (text-direction mark U+202E) from “Reason for archiving”."]
