"""A new program takes the computer's zone; invitations say each session's own zone."""

import time
from datetime import date, datetime, timedelta, timezone

import icalendar
import pytest

from peerdesk.core import zones
from peerdesk.core.models import Cycle
from peerdesk.io.calendar import export_calendar
from peerdesk.store import sessions as S
from peerdesk.store.cycles import add_cycle
from peerdesk.store.program import Program


@pytest.fixture
def machine_zone(monkeypatch):
    """Set this process's zone the way the computer's setting would (TZ), for one test."""
    import tzlocal

    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()
        tzlocal.reload_localzone()

    yield set_zone
    monkeypatch.undo()
    time.tzset()
    tzlocal.reload_localzone()


def test_the_system_zone_is_the_computers(machine_zone):
    machine_zone("Asia/Tokyo")
    assert zones.system_zone() == "Asia/Tokyo"
    machine_zone("America/Sao_Paulo")
    assert zones.system_zone() == "America/Sao_Paulo"
    machine_zone("Etc/UTC")  # as containers and many servers say it
    assert zones.system_zone() == "UTC" and "UTC" in zones.zone_names()


def test_a_computer_without_a_nameable_zone_gets_utc(monkeypatch):
    import tzlocal

    def broken():
        raise tzlocal.utils.ZoneInfoNotFoundError("no zone here")

    monkeypatch.setattr(tzlocal, "get_localzone_name", broken)
    assert zones.system_zone() == "UTC"
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: "Not/AZone")
    assert zones.system_zone() == "UTC"


def test_is_zone_refuses_what_is_not_one():
    assert zones.is_zone("Europe/Lisbon") and zones.is_zone("UTC")
    for bad in ("", "Lisbon", "Europe/Lisbon ", "../etc/passwd", "Mars/Olympus"):
        assert not zones.is_zone(bad), bad
    assert "Asia/Tokyo" in zones.zone_names() and "Etc/GMT+3" not in zones.zone_names()


def test_new_programs_and_their_sessions_take_the_computers_zone(machine_zone):
    machine_zone("Asia/Tokyo")
    with Program.create(None, "Tokyo office") as program:
        assert program.setting("timezone") == "Asia/Tokyo"
        cycle = add_cycle(program, Cycle("Spring", start_date=date(2027, 3, 1)))
        sid = S.add_session(program, S.new_session(program, cycle, date=date(2027, 3, 3),
                                                   start_time="10:00", minutes=60))
        assert S.get_session(program, sid).timezone == "Asia/Tokyo"
    # The zone is stored: the same file read on a computer elsewhere keeps it.
    machine_zone("Europe/Berlin")
    with Program.create(None, "Chosen", timezone="America/New_York") as program:
        assert program.setting("timezone") == "America/New_York"


def test_new_york_session_on_a_tokyo_computer_exports_new_york(machine_zone):
    machine_zone("Asia/Tokyo")
    with Program.create(None, "Remote") as program:
        cycle = add_cycle(program, Cycle("Spring", start_date=date(2027, 3, 1)))
        sid = S.add_session(program, S.new_session(
            program, cycle, date=date(2027, 3, 16), start_time="09:30", minutes=60,
            timezone="America/New_York", location="https://meet.example/ny"))
        local = S.add_session(program, S.new_session(
            program, cycle, date=date(2027, 3, 17), start_time="18:00", minutes=60))
        cal = icalendar.Calendar.from_ical(export_calendar(program, cycle).data)
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} == {"America/New_York", "Asia/Tokyo"}
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    ny = next(e for e in cal.walk("VEVENT") if "meet.example" in str(e.get("LOCATION")))
    assert ny["DTSTART"].params["TZID"] == "America/New_York"
    assert ny["DTSTART"].to_ical() == b"20270316T093000"
    # 16 March 2027 is after the US switch to summer time (14 March): UTC-4, not UTC-5.
    assert ny.decoded("DTSTART").astimezone(timezone.utc) == datetime(2027, 3, 16, 13, 30,
                                                                      tzinfo=timezone.utc)
    ny_zone = next(tz for tz in cal.walk("VTIMEZONE") if str(tz["TZID"]) == "America/New_York")
    daylight = ny_zone.walk("DAYLIGHT")
    assert daylight and daylight[0].decoded("TZOFFSETTO") == timedelta(hours=-4)
    tokyo = next(e for e in events.values() if e is not ny)
    assert tokyo["DTSTART"].params["TZID"] == "Asia/Tokyo"
    assert tokyo.decoded("DTSTART").astimezone(timezone.utc) == datetime(2027, 3, 17, 9, 0,
                                                                         tzinfo=timezone.utc)
    assert sid and local
