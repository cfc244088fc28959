"""What the agenda and session checks say (core/agenda.py), sentence by sentence.

The sentences are what the facilitator reads beside the field that is wrong, so each is
written out here in full from the item or the fields typed."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from peerdesk.core.agenda import (
    AgendaItem,
    check_item,
    check_session_times,
    parse_hhmm,
    parse_iso_date,
    time_agenda,
)
from peerdesk.core.validation import ValidationError


def said(problems) -> list[tuple[str, str]]:
    return [(p.field, p.message) for p in problems]


def test_each_problem_of_an_item_is_said_with_its_row_and_title():
    assert said(check_item(AgendaItem("", 10))) == [
        ("title", "Agenda item: a title is required.")]
    assert said(check_item(AgendaItem(" ", "ten"), position=0)) == [
        ("title", "Agenda item 1: a title is required."),
        ("minutes", "Agenda item 1: the length “ten” is not a whole number of minutes.")]
    assert said(check_item(AgendaItem(" Talk ", 0), position=4)) == [
        ("minutes", "Agenda item 5 (“Talk”): the length must be at least 1 minute (it is 0).")]
    assert said(check_item(AgendaItem("Talk", 2.5))) == [
        ("minutes", "Agenda item (“Talk”): the length must be at least 1 minute (it is 2.5).")]
    assert said(check_item(AgendaItem("Talk", 721), position=1)) == [
        ("minutes", "Agenda item 2 (“Talk”): 721 minutes is longer than any session can be.")]
    assert check_item(AgendaItem("Talk", 720)) == []
    assert check_item(AgendaItem("Talk", 1)) == []


def test_a_bare_start_time_is_timed_on_the_day_given_or_any_day():
    items = [AgendaItem("Welcome", 10), AgendaItem("Talk", 50)]
    on = time_agenda(items, time(9, 30), 60, on=date(2027, 3, 3))
    assert on.session_start == datetime(2027, 3, 3, 9, 30)
    assert [(r.start.time(), r.end.time(), r.elapsed, r.overruns) for r in on.items] == [
        (time(9, 30), time(9, 40), 10, False), (time(9, 40), time(10, 30), 60, False)]
    anyday = time_agenda(items, time(23, 30), 45)
    assert anyday.session_start.time() == time(23, 30)
    assert [r.overruns for r in anyday.items] == [False, True]
    # the day given is kept across midnight
    late = time_agenda(items, time(23, 30), 60, on=date(2027, 12, 31))
    assert late.items[-1].end == datetime(2028, 1, 1, 0, 30)


def test_years_outside_the_plannable_range_are_refused_with_the_range():
    assert parse_iso_date("1900-01-01") == date(1900, 1, 1)
    assert parse_iso_date(" 2200-12-31 ") == date(2200, 12, 31)
    for text in ("1899-12-31", "2201-01-01", "0001-01-01"):
        with pytest.raises(ValidationError) as err:
            parse_iso_date(text, "start_date", "Start")
        assert said(err.value.problems) == [
            ("start_date", f"Start: {text} is not a year PeerDesk plans for (1900 to 2200).")]
    with pytest.raises(ValidationError) as err:
        parse_iso_date("", "start_date", "Start")
    assert said(err.value.problems) == [
        ("start_date", "Start: “” is not a date; write it as YYYY-MM-DD, for example "
                       "2027-03-03.")]


def test_start_times_that_are_not_times():
    with pytest.raises(ValidationError) as err:
        parse_hhmm("25:00", "begin")
    assert said(err.value.problems) == [
        ("begin", "Start time: 25:00 does not exist on a clock (hours go to 23, minutes to 59).")]
    with pytest.raises(ValidationError) as err:
        parse_hhmm("noon")
    assert said(err.value.problems) == [
        ("start_time", "Start time: “noon” is not a time; write it as HH:MM, for example 10:00.")]


def test_each_problem_of_a_sessions_times_is_said():
    assert said(check_session_times("10:00", "90", date(2027, 3, 3), "UTC")) == [
        ("minutes", "Length: “90” is not a whole number of minutes.")]
    assert said(check_session_times("10:00", True, date(2027, 3, 3), "UTC")) == [
        ("minutes", "Length: “True” is not a whole number of minutes.")]
    assert said(check_session_times("10:00", -5, None, "Mars/Olympus")) == [
        ("date", "Date: a session needs a date."),
        ("minutes", "Length: the session ends before it starts (its length is -5 minutes; it "
                    "must be at least 1)."),
        ("timezone", "Time zone: “Mars/Olympus” is not a known time zone (use a name such as "
                     "Europe/Lisbon).")]
    assert said(check_session_times("10:00", 721, date(2027, 3, 3), "UTC")) == [
        ("minutes", "Length: 721 minutes is more than 12 hours; is there a typo?")]
    assert said(check_session_times("22:00", 121, date(2027, 3, 3), "UTC")) == [
        ("minutes", "Length: starting at 22:00, 121 minutes would end after midnight.")]
    assert check_session_times("22:00", 120, date(2027, 3, 3), "UTC") == []
    assert check_session_times("00:00", 720, date(2027, 3, 3), "Europe/Lisbon") == []
    assert [p.field for p in check_session_times("9", 60, date(2027, 3, 3), "UTC")] == [
        "start_time"]
