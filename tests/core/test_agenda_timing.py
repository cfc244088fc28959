from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.core.agenda import (
    agenda_text,
    check_agenda,
    check_item,
    check_session_times,
    minutes_between,
    move,
    parse_hhmm,
    parse_iso_date,
    time_agenda,
)
from peerdesk.core.models import AgendaItem
from peerdesk.core.validation import ValidationError


def kickoff() -> list[AgendaItem]:
    return [AgendaItem("Welcome", 10, lead="Facilitator"), AgendaItem("Code of conduct", 15),
            AgendaItem("Icebreaker", 15, notes="Two truths and a lie"), AgendaItem("Pair work", 40),
            AgendaItem("Round-up", 10)]


def test_start_times_and_running_total():
    timing = time_agenda(kickoff(), time(10, 0), 90, on=date(2027, 3, 3))
    assert [f"{r.start:%H:%M}" for r in timing.items] == ["10:00", "10:10", "10:25", "10:40", "11:20"]
    assert [r.elapsed for r in timing.items] == [10, 25, 40, 80, 90]
    assert timing.items[0].start == datetime(2027, 3, 3, 10, 0)
    assert timing.total_minutes == 90
    assert timing.overrun_minutes == 0
    assert timing.warning() == ""
    assert timing.summary() == "90 of 90 min"


def test_longer_icebreaker_runs_over_and_says_so():
    items = kickoff()
    items[2].minutes += 10
    timing = time_agenda(items, time(10, 0), 95)
    assert timing.overrun_minutes == 5
    assert [r.overruns for r in timing.items] == [False, False, False, False, True]
    warning = timing.warning()
    assert "5 minutes past" in warning and "11:35" in warning and "Round-up" in warning
    assert timing.summary() == "100 of 95 min (5 over)"


def test_spare_time_is_reported():
    timing = time_agenda(kickoff()[:2], time(9, 30), 60)
    assert timing.spare_minutes == 35
    assert timing.summary() == "25 of 60 min (35 spare)"


def test_empty_agenda():
    timing = time_agenda([], time(10, 0), 90)
    assert timing.total_minutes == 0 and timing.items == [] and timing.warning() == ""


@given(st.lists(st.integers(min_value=1, max_value=120), max_size=12),
       st.integers(min_value=1, max_value=600))
def test_items_follow_each_other_without_gaps(lengths, session_minutes):
    items = [AgendaItem(f"Item {i}", m) for i, m in enumerate(lengths)]
    timing = time_agenda(items, time(8, 0), session_minutes)
    start = timing.session_start
    for row in timing.items:
        assert row.start == start
        assert (row.end - row.start).total_seconds() == row.item.minutes * 60
        start = row.end
    assert timing.total_minutes == sum(lengths)
    assert timing.overrun_minutes == max(0, sum(lengths) - session_minutes)
    assert any(r.overruns for r in timing.items) == (timing.overrun_minutes > 0)


@pytest.mark.parametrize("minutes", [0, -5])
def test_zero_or_negative_item_is_refused_naming_the_field(minutes):
    problems = check_item(AgendaItem("Icebreaker", minutes), position=2)
    assert [p.field for p in problems] == ["minutes"]
    assert "Agenda item 3" in problems[0].message and "Icebreaker" in problems[0].message
    assert "at least 1 minute" in problems[0].message


def test_item_needs_a_title_and_whole_minutes():
    assert [p.field for p in check_item(AgendaItem("  ", 10))] == ["title"]
    assert [p.field for p in check_item(AgendaItem("Talk", 2.5))] == ["minutes"]
    assert [p.field for p in check_item(AgendaItem("Talk", "ten"))] == ["minutes"]
    assert check_agenda(kickoff()) == []


def test_move_reorders_and_renumbers():
    items = kickoff()
    moved = move(items, 4, 0)
    assert [i.title for i in moved] == ["Round-up", "Welcome", "Code of conduct", "Icebreaker",
                                        "Pair work"]
    assert [i.position for i in moved] == [0, 1, 2, 3, 4]
    assert [i.title for i in move(items, 0, 99)][-1] == "Welcome"
    with pytest.raises(IndexError):
        move(items, 7, 0)


@pytest.mark.parametrize("text,expected", [("10:00", time(10)), ("9:30", time(9, 30)),
                                           ("14.15", time(14, 15)), (" 14h15 ", time(14, 15))])
def test_parse_hhmm(text, expected):
    assert parse_hhmm(text) == expected


@pytest.mark.parametrize("text,words", [("25:00", "does not exist"), ("10:60", "does not exist"),
                                        ("ten", "not a time"), ("", "not a time")])
def test_parse_hhmm_refuses(text, words):
    with pytest.raises(ValidationError) as err:
        parse_hhmm(text)
    assert err.value.problems[0].field == "start_time"
    assert words in str(err.value)


def test_dates_that_do_not_exist_say_why():
    assert parse_iso_date("2028-02-29") == date(2028, 2, 29)
    with pytest.raises(ValidationError) as err:
        parse_iso_date("2027-02-30")
    assert "Date: 2027-02-30 does not exist (February 2027 has 28 days)" in str(err.value)
    with pytest.raises(ValidationError, match="no month 13"):
        parse_iso_date("2027-13-01")
    with pytest.raises(ValidationError, match="December 2027 has 31 days"):
        parse_iso_date("2027-12-32")
    with pytest.raises(ValidationError, match="not a date"):
        parse_iso_date("03/03/2027")


def test_end_before_start_is_refused():
    assert minutes_between(time(10), time(11, 30)) == 90
    with pytest.raises(ValidationError) as err:
        minutes_between(time(10), time(9))
    assert err.value.problems[0].field == "end_time"
    assert "ends (09:00) before it starts (10:00)" in str(err.value)


def test_session_times():
    assert check_session_times("10:00", 90, date(2027, 3, 3), "Europe/Lisbon") == []
    fields = {p.field for p in check_session_times("10:00", 0, None, "Mars/Olympus")}
    assert fields == {"date", "minutes", "timezone"}
    late = check_session_times("23:00", 90, date(2027, 3, 3), "UTC")
    assert [p.field for p in late] == ["minutes"] and "midnight" in late[0].message
    assert [p.field for p in check_session_times("10:00", 900, date(2027, 3, 3), "UTC")] == ["minutes"]


def test_agenda_text_for_invites():
    text = agenda_text(time_agenda(kickoff(), time(10), 90))
    assert text.splitlines()[0] == "10:00-10:10  Welcome (Facilitator)"
    assert "10:25-10:40  Icebreaker" in text and "    Two truths and a lie" in text
    over = agenda_text(time_agenda(kickoff(), time(10), 60))
    assert "past the session" not in over
