from datetime import date

import pytest

from peerdesk.core.models import Participant
from peerdesk.core.tenure import BETWEEN, NEW, SEASONED, UNKNOWN, months_between, tenure_band
from peerdesk.core.validation import check_participant, valid_email


@pytest.mark.parametrize("email,ok", [
    ("anna@acme.com", True), ("zhang.wei@acme.cn", True), ("a@b", False), ("no at", False),
    ("two@@acme.com", False), ("spaces in@acme.com", False), ("x@acme.c", False),
])
def test_email(email, ok):
    assert valid_email(email) is ok


def fields(problems):
    return {p.field for p in problems}


def test_name_required_and_bad_email():
    problems = check_participant(Participant(name="  ", email="nope"), [])
    assert fields(problems) == {"name", "email"}
    assert "nope" in next(p.message for p in problems if p.field == "email")


def test_duplicate_email_names_the_other_person():
    anna = Participant(id=1, name="Anna", email="anna@acme.com")
    problems = check_participant(Participant(name="Ann", email="ANNA@acme.com"), [anna])
    assert [p.field for p in problems] == ["email"]
    assert "Anna" in problems[0].message
    # editing Anna herself is fine
    assert check_participant(Participant(id=1, name="Anna", email="anna@acme.com"), [anna]) == []


def test_future_hire_date():
    problems = check_participant(Participant(name="A", hire_date=date(2030, 1, 1)), [], today=date(2026, 1, 1))
    assert fields(problems) == {"hire_date"}


def test_manager_self_and_loop():
    a = Participant(id=1, name="A", manager_id=None)
    b = Participant(id=2, name="B", manager_id=1)
    assert fields(check_participant(Participant(id=1, name="A", manager_id=1), [a, b])) == {"manager_id"}
    assert fields(check_participant(Participant(id=1, name="A", manager_id=2), [a, b])) == {"manager_id"}
    assert check_participant(Participant(id=2, name="B", manager_id=1), [a, b]) == []


def test_tenure_bands():
    today = date(2027, 3, 1)
    assert tenure_band(date(2026, 11, 1), today) == NEW
    assert tenure_band(date(2026, 9, 1), today) == BETWEEN  # exactly six months
    assert tenure_band(date(2025, 3, 1), today) == SEASONED
    assert tenure_band(date(2025, 3, 2), today) == BETWEEN
    assert tenure_band(None, today) == UNKNOWN
    assert tenure_band(date(2026, 6, 1), today, new_months=12) == NEW
    assert months_between(date(2026, 1, 31), date(2026, 2, 28)) == 0
