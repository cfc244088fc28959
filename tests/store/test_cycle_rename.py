"""Renaming a cycle: the same checks as adding one, and the old name back for undo."""

from datetime import date

import pytest

from peerdesk.core.models import Cycle
from peerdesk.core.validation import CYCLE_NAME_MAX, ValidationError
from peerdesk.store.cycles import add_cycle, get_cycle, list_cycles, rename_cycle


@pytest.fixture
def cycles(program):
    spring = add_cycle(program, Cycle("Spring 2027", start_date=date(2027, 3, 1),
                                      end_date=date(2027, 6, 30), notes="kept"))
    autumn = add_cycle(program, Cycle("Autumn 2027", start_date=date(2027, 9, 1),
                                      end_date=date(2027, 12, 15)))
    return program, spring, autumn


def test_a_rename_changes_only_the_name_and_returns_the_old_one(cycles):
    program, spring, _autumn = cycles
    assert rename_cycle(program, spring, "  Spring 2027 (Lisbon) ") == "Spring 2027"
    c = get_cycle(program, spring)
    assert c.name == "Spring 2027 (Lisbon)"  # trimmed, as add_cycle trims
    assert (c.start_date, c.end_date, c.notes) == (date(2027, 3, 1), date(2027, 6, 30), "kept")


def test_the_cycle_is_found_by_name_in_any_case_or_by_id_as_text(cycles):
    program, _spring, autumn = cycles
    rename_cycle(program, "spring 2027", "Spring")
    rename_cycle(program, str(autumn), "Autumn")
    assert [c.name for c in list_cycles(program)] == ["Spring", "Autumn"]


def test_a_name_made_of_digits_is_a_name_before_an_id(cycles):
    program, spring, autumn = cycles
    rename_cycle(program, autumn, str(spring))  # Autumn is now called "1" (Spring's id)
    rename_cycle(program, str(spring), "Autumn again")
    assert get_cycle(program, autumn).name == "Autumn again"
    assert get_cycle(program, spring).name == "Spring 2027"


@pytest.mark.parametrize(("new", "words"), [
    ("", "A cycle needs a name"),
    ("   \t", "A cycle needs a name"),
    ("x" * (CYCLE_NAME_MAX + 1), f"at most {CYCLE_NAME_MAX} characters"),
    ("Autumn 2027", "There is already a cycle called “Autumn 2027”"),
    ("AUTUMN 2027 ", "There is already a cycle called “Autumn 2027”"),
])
def test_a_refused_name_says_why_and_changes_nothing(cycles, new, words):
    program, spring, _ = cycles
    with pytest.raises(ValidationError) as caught:
        rename_cycle(program, spring, new)
    assert [p.field for p in caught.value.problems] == ["name"]
    assert words in str(caught.value)
    assert get_cycle(program, spring).name == "Spring 2027"


def test_the_longest_name_allowed_is_taken(cycles):
    program, spring, _ = cycles
    rename_cycle(program, spring, "y" * CYCLE_NAME_MAX)
    assert get_cycle(program, spring).name == "y" * CYCLE_NAME_MAX


def test_an_unknown_cycle_is_named_with_those_there_are(cycles):
    program, _, _ = cycles
    with pytest.raises(ValidationError, match=r"no cycle called “Summer”.*Spring 2027, Autumn 2027"):
        rename_cycle(program, "Summer", "Winter")
    with pytest.raises(KeyError):
        rename_cycle(program, 999, "Winter")


def test_the_same_name_is_a_no_op_but_a_new_case_is_a_rename(cycles):
    program, spring, _ = cycles
    before = program.db.execute("SELECT total_changes()").fetchone()[0]
    assert rename_cycle(program, spring, " Spring 2027 ") == "Spring 2027"
    assert program.db.execute("SELECT total_changes()").fetchone()[0] == before  # nothing written
    rename_cycle(program, spring, "SPRING 2027")
    assert get_cycle(program, spring).name == "SPRING 2027"


def test_renaming_back_to_the_old_name_is_the_undo(cycles):
    program, spring, _ = cycles
    old = rename_cycle(program, spring, "Printemps 2027")
    assert rename_cycle(program, spring, old) == "Printemps 2027"  # and redo again
    assert get_cycle(program, spring).name == "Spring 2027"
    rename_cycle(program, spring, "Printemps 2027")
    assert get_cycle(program, spring).name == "Printemps 2027"


def test_an_older_files_longer_name_can_still_be_kept_edited_and_put_back(program):
    """Names over the limit were allowed before it: such a cycle's notes and dates can
    still be saved, and an undo (``restoring``) puts the long name back; only a new name
    is held to the limit."""
    from dataclasses import replace

    from peerdesk.core.validation import CYCLE_NAME_MAX
    from peerdesk.store.cycles import get_cycle, update_cycle

    cycle_id = add_cycle(program, Cycle("Short"))
    long = "L" * (CYCLE_NAME_MAX + 4)
    program.db.execute("UPDATE cycles SET name = ? WHERE id = ?", [long, cycle_id])
    update_cycle(program, replace(get_cycle(program, cycle_id), notes="edited"))
    assert get_cycle(program, cycle_id).notes == "edited"
    old = rename_cycle(program, cycle_id, "Spring")
    with pytest.raises(ValidationError, match="at most"):
        rename_cycle(program, cycle_id, old)  # typed again: a new name, held to the limit
    rename_cycle(program, cycle_id, old, restoring=True)  # the undo
    assert get_cycle(program, cycle_id).name == long


def test_a_name_is_found_and_a_duplicate_refused_in_any_case_in_any_script(program):
    """SQLite's NOCASE folds only A to Z: "ÉTÉ 2027" did not find "Été 2027", and both
    could exist side by side."""
    from peerdesk.store.cycles import find_cycle

    cycle_id = add_cycle(program, Cycle("Été 2027"))
    assert find_cycle(program, "ÉTÉ 2027").id == cycle_id
    assert find_cycle(program, "ete 2027") is None  # another word: accents are not case
    assert find_cycle(program, "E\u0301TE\u0301 2027").id == cycle_id  # composed or not
    with pytest.raises(ValidationError, match="already a cycle"):
        add_cycle(program, Cycle("ÉTÉ 2027"))
    other = add_cycle(program, Cycle("Ünïcode"))
    assert rename_cycle(program, "ÜNÏCODE", "Winter") == "Ünïcode"
    assert get_cycle(program, other).name == "Winter"
