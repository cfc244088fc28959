"""check_participant and valid_email (core/validation.py): each problem's field and its
sentence written out in full, and the edges of each check (today itself, capacity 0, an
email with one letter after the last dot)."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.core.models import Participant
from peerdesk.core.validation import Problem, ValidationError, check_participant, valid_email

TODAY = date(2026, 6, 15)


@pytest.mark.parametrize("email,ok", [
    ("a@b.co", True),               # two letters after the last dot: the shortest allowed
    ("a@b.c", False),               # one is not enough
    ("first.last@mail.acme.com", True),
    ("a@b.co.", False),             # nothing after the last dot
    ("a@b..co", True),              # the middle part may hold dots
    ("a,b@acme.com", False), ("a;b@acme.com", False), ("<a@acme.com", False),
    ("a@acme.com>", False), ("a@ac me.com", False), ("a@acme.c m", False),
    ("@acme.com", False), ("a@.com", False), ("a@acme.", False),
    ("a@b@acme.com", False),
    ("prefix a@acme.com", False),   # matched from the start, not anywhere
    ("a@acme.com trailing", False),  # and to the end
])
def test_valid_email(email, ok):
    assert valid_email(email) is ok


def test_a_valid_participant_has_no_problem():
    p = Participant(name="Ana", email="ana@acme.com", manager_email="bo@acme.com",
                    hire_date=TODAY, capacity=0, id=5, manager_id=None)
    assert check_participant(p, [], today=TODAY) == []


def test_name_blank_or_spaces_is_required():
    assert check_participant(Participant(name=""), [], today=TODAY) == [
        Problem("name", "A name is required.")]
    assert check_participant(Participant(name=" \t "), [], today=TODAY) == [
        Problem("name", "A name is required.")]
    assert check_participant(Participant(name=" A "), [], today=TODAY) == []


def test_a_malformed_email_is_named_with_an_example():
    assert check_participant(Participant(name="A", email="  ana@acme "), [], today=TODAY) == [
        Problem("email", "“ana@acme” is not a valid email address (it should look like "
                         "name@company.com).")]
    # blank or spaces: no email, no problem
    assert check_participant(Participant(name="A", email="   "), [], today=TODAY) == []


def test_an_email_used_by_someone_else_names_them_whatever_the_case():
    bo = Participant(id=2, name="Bo Berg", email="Ana@Acme.com")
    no_email = Participant(id=3, name="Cy", email="")
    assert check_participant(Participant(name="Ana", email=" ana@acme.COM "),
                             [no_email, bo], today=TODAY) == [
        Problem("email", "ana@acme.COM is already used by Bo Berg.")]
    # the first one that clashes is named
    bo2 = Participant(id=4, name="Di", email="ana@acme.com")
    problems = check_participant(Participant(name="Ana", email="ana@acme.com"), [bo, bo2],
                                 today=TODAY)
    assert [p.message for p in problems] == ["ana@acme.com is already used by Bo Berg."]
    # a different address is no clash
    assert check_participant(Participant(name="Ana", email="ana2@acme.com"), [bo],
                             today=TODAY) == []


def test_the_person_themselves_is_not_a_clash_but_two_new_people_are():
    ana = Participant(id=1, name="Ana", email="ana@acme.com")
    assert check_participant(Participant(id=1, name="Ana", email="ana@acme.com"), [ana],
                             today=TODAY) == []
    # two people without an id yet (both new) do clash
    new = Participant(name="Ana", email="ana@acme.com")
    assert check_participant(Participant(name="Other", email="ana@acme.com"), [new],
                             today=TODAY) == [
        Problem("email", "ana@acme.com is already used by Ana.")]
    # an existing person does clash with a new one holding their address
    assert check_participant(Participant(id=9, name="Other", email="ana@acme.com"), [ana],
                             today=TODAY) == [
        Problem("email", "ana@acme.com is already used by Ana.")]


def test_a_malformed_manager_email_is_named_as_typed():
    assert check_participant(Participant(name="A", manager_email=" boss@x "), [],
                             today=TODAY) == [
        Problem("manager_email", "The manager's email “ boss@x ” is not a valid address.")]
    assert check_participant(Participant(name="A", manager_email=" boss@x.org "), [],
                             today=TODAY) == []
    assert check_participant(Participant(name="A", manager_email="  "), [], today=TODAY) == []


def test_a_hire_date_after_today_is_in_the_future_and_today_is_not():
    assert check_participant(Participant(name="A", hire_date=date(2026, 6, 16)), [],
                             today=TODAY) == [
        Problem("hire_date", "The hire date 2026-06-16 is in the future.")]
    assert check_participant(Participant(name="A", hire_date=TODAY), [], today=TODAY) == []
    assert check_participant(Participant(name="A", hire_date=date(2026, 6, 14)), [],
                             today=TODAY) == []


def test_without_today_the_real_date_is_used():
    far = Participant(name="A", hire_date=date(9999, 1, 1))
    assert [p.field for p in check_participant(far, [])] == ["hire_date"]
    assert check_participant(Participant(name="A", hire_date=date(2000, 1, 1)), []) == []


LOOP = ("That manager reports, directly or further up, to this person: it would make a loop "
        "in the reporting chain.")


def test_own_manager_and_loops():
    assert check_participant(Participant(id=1, name="A", manager_id=1), [], today=TODAY) == [
        Problem("manager_id", "A person cannot be their own manager.")]
    # 1 <- 2 <- 3: making 3 the manager of 1 closes a loop two steps up
    two = Participant(id=2, name="B", manager_id=1)
    three = Participant(id=3, name="C", manager_id=2)
    assert check_participant(Participant(id=1, name="A", manager_id=3), [two, three],
                             today=TODAY) == [Problem("manager_id", LOOP)]
    # the chain given by the caller is used instead of the others' managers
    assert check_participant(Participant(id=1, name="A", manager_id=3), [two, three],
                             today=TODAY, manager_of={3: None, 2: None}) == []
    assert check_participant(Participant(id=1, name="A", manager_id=3), [],
                             today=TODAY, manager_of={3: 2, 2: 1}) == [
        Problem("manager_id", LOOP)]
    # an empty chain given is a chain all the same (no loop), not "work it out"
    assert check_participant(Participant(id=1, name="A", manager_id=3), [two, three],
                             today=TODAY, manager_of={}) == []
    # a new person (no id) cannot be in a loop
    assert check_participant(Participant(name="A", manager_id=3), [two, three],
                             today=TODAY) == []
    # no loop: 4 reports to 2, which reports to 1
    assert check_participant(Participant(id=4, name="D", manager_id=2), [two, three],
                             today=TODAY) == []


def test_an_old_record_of_the_person_in_others_is_left_out_of_the_chain():
    # the stored A (id 1) reports to 2; editing A to have no manager, then B (2) reporting to A
    stored_a = Participant(id=1, name="A", manager_id=2)
    b = Participant(id=2, name="B", manager_id=None)
    assert check_participant(Participant(id=2, name="B", manager_id=1), [stored_a, b],
                             today=TODAY) == [Problem("manager_id", LOOP)]
    # B's own stored record is not counted as someone else
    assert check_participant(Participant(id=2, name="B", email="b@x.org"),
                             [Participant(id=2, name="B", email="b@x.org")],
                             today=TODAY) == []


def test_capacity_below_zero_only():
    assert check_participant(Participant(name="A", capacity=-1), [], today=TODAY) == [
        Problem("capacity", "Buddy capacity cannot be negative.")]
    assert check_participant(Participant(name="A", capacity=0), [], today=TODAY) == []
    assert check_participant(Participant(name="A", capacity=None), [], today=TODAY) == []


def test_every_problem_at_once_in_field_order():
    p = Participant(id=1, name=" ", email="bad", manager_email="worse",
                    hire_date=date(2027, 1, 1), manager_id=1, capacity=-2)
    assert [q.field for q in check_participant(p, [], today=TODAY)] == [
        "name", "email", "manager_email", "hire_date", "manager_id", "capacity"]


def test_a_problem_reads_as_its_message_and_the_error_joins_them():
    a = Problem("name", "A name is required.")
    b = Problem("capacity", "Buddy capacity cannot be negative.")
    assert str(a) == "A name is required."
    error = ValidationError([a, b])
    assert str(error) == "A name is required.; Buddy capacity cannot be negative."
    assert error.problems == [a, b]


def test_an_address_with_a_line_break_after_it_is_not_valid():
    """``$`` matched before a trailing newline: "xa@acme.com\\n" was called valid (a header
    written from it would break the e-mail draft)."""
    from peerdesk.core.validation import valid_email

    assert valid_email("xa@acme.com")
    assert not valid_email("xa@acme.com\n")
