"""Agendas, session times and dates as the facilitator types them (core/agenda.py): every
expected sentence and number is written out by hand."""

from __future__ import annotations

from datetime import date, time

import pytest

from peerdesk.core.agenda import (
    check_agenda,
    check_session_times,
    minutes_between,
    move,
    parse_hhmm,
    parse_iso_date,
    time_agenda,
)
from peerdesk.core.models import AgendaItem
from peerdesk.core.validation import ValidationError
from peerdesk.i18n import translation_for


@pytest.fixture(autouse=True)
def _english():
    with translation_for("en").active():
        yield


def test_an_agenda_one_minute_too_long_says_so_in_the_singular():
    timing = time_agenda([AgendaItem("Welcome", 30), AgendaItem("Pairs", 31)], time(10, 0), 60)
    assert timing.warning() == ("The agenda runs 1 minute past the session's end (11:00): 61 "
                                "minutes of items in a 60-minute session, from “Pairs” on.")


def test_each_agenda_problem_names_its_row():
    problems = check_agenda([AgendaItem("Welcome", 10), AgendaItem(" ", 10)])
    assert [(p.field, p.message) for p in problems] == [
        ("title", "Agenda item 2: a title is required.")]


def test_session_lengths_and_ends_around_midnight():
    day = date(2027, 3, 3)
    assert check_session_times("10:00", 1, day, "UTC") == []  # one minute is a length
    assert check_session_times("23:30", 30, day, "UTC") == []  # ends at midnight exactly
    assert [(p.field, p.message) for p in check_session_times("23:30", 31, day, "UTC")] == [
        ("minutes", "Length: starting at 23:30, 31 minutes would end after midnight.")]


def test_minutes_between_a_start_and_an_end():
    assert minutes_between(time(9, 30), time(10, 0)) == 30
    assert minutes_between(time(10, 0), time(10, 1)) == 1
    for end in (time(10, 0), time(9, 59)):
        with pytest.raises(ValidationError):
            minutes_between(time(10, 0), end)


def test_moving_an_item_that_is_not_there_is_refused_by_position():
    items = [AgendaItem("a", 10), AgendaItem("b", 10), AgendaItem("c", 10)]
    with pytest.raises(IndexError, match=r"^no agenda item at 3$"):
        move(items, 3, 0)
    assert [i.title for i in move(items, 0, 10)] == ["b", "c", "a"]


def test_clock_times_go_to_23_59():
    assert parse_hhmm("10:59") == time(10, 59)
    assert parse_hhmm("23:59") == time(23, 59)
    for text in ("24:00", "10:60"):
        with pytest.raises(ValidationError):
            parse_hhmm(text)


def problem(text: str, **kw) -> tuple[str, str]:
    with pytest.raises(ValidationError) as caught:
        parse_iso_date(text, **kw)
    (found,) = caught.value.problems
    return found.field, found.message


def test_a_date_that_does_not_exist_says_why_under_its_field():
    assert problem("2027-13-01") == ("date", "Date: 2027-13-01 does not exist (there is no "
                                             "month 13).")
    assert problem("2027-01-32") == ("date", "Date: 2027-01-32 does not exist (January 2027 "
                                             "has 31 days).")
    assert problem("2027-02-30", field_name="end_date", label="End") == (
        "end_date", "End: 2027-02-30 does not exist (February 2027 has 28 days).")
    assert problem("3 March") == ("date", "Date: “3 March” is not a date; write it as "
                                          "YYYY-MM-DD, for example 2027-03-03.")
