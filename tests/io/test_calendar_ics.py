from datetime import date, datetime, timedelta, timezone

import icalendar
import pytest

from peerdesk.core.models import Cycle, Facilitator, Participant
from peerdesk.core.validation import ValidationError
from peerdesk.io.calendar import export_calendar, write_bytes
from peerdesk.store import sessions as S
from peerdesk.store.cycles import add_cycle
from peerdesk.store.participants import add_participant, appoint_facilitator, archive_participant

STAMP = datetime(2027, 2, 1, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def planned(program):
    cycle_id = add_cycle(program, Cycle("Spring 2027", start_date=date(2027, 3, 1),
                                        end_date=date(2027, 6, 30)))
    ids = {n: add_participant(program, Participant(n, email=e)) for n, e in (
        ("Inês Carvalho", "ines@acme.example"), ("Łukasz Nowak", "lukasz@acme.example"),
        ("Nguyễn Thị Hương", ""), ("Aylin Yılmaz", "aylin@acme.example"))}
    appoint_facilitator(program, Facilitator(participant_id=ids["Aylin Yılmaz"]))
    first = S.add_session(program, S.new_session(
        program, cycle_id, date=date(2027, 3, 3), start_time="10:00", minutes=90,
        location="Room Ada", topic="Meet your partner"), template="kickoff")
    second = S.add_session(program, S.new_session(
        program, cycle_id, date=date(2027, 4, 14), start_time="15:30", minutes=90,
        timezone="Europe/Berlin", location="https://meet.example/peer"), template="regular")
    return program, cycle_id, ids, first, second


def parse(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def event_for(cal: icalendar.Calendar, uid: str) -> icalendar.Event:
    return next(e for e in cal.walk("VEVENT") if str(e["UID"]) == uid)


def test_cycle_export_parses_back_with_everything(planned):
    program, cycle_id, _ids, first, _second = planned
    result = export_calendar(program, cycle_id, stamp=STAMP)
    cal = parse(result.data)
    assert result.events == 2 and len(cal.walk("VEVENT")) == 2
    assert str(cal["METHOD"]) == "PUBLISH" and str(cal["VERSION"]) == "2.0"
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} == {"Europe/Lisbon", "Europe/Berlin"}

    kick = event_for(cal, S.get_session(program, first).ics_uid)
    assert str(kick["SUMMARY"]) == "Kick-off"
    assert str(kick["LOCATION"]) == "Room Ada"
    start, end = kick.decoded("DTSTART"), kick.decoded("DTEND")
    assert kick["DTSTART"].params["TZID"] == "Europe/Lisbon"
    assert start.astimezone(timezone.utc) == datetime(2027, 3, 3, 10, 0, tzinfo=timezone.utc)
    assert end - start == timedelta(minutes=90)
    description = str(kick["DESCRIPTION"])
    assert description.startswith("Meet your partner")
    assert "10:25-10:40  Icebreaker (Facilitator)" in description
    assert "11:15-11:25  Round-up" in description
    organizer = kick["ORGANIZER"]
    assert str(organizer) == "mailto:aylin@acme.example" and organizer.params["CN"] == "Aylin Yılmaz"
    attendees = {str(a): a.params["CN"] for a in kick.get("ATTENDEE")}
    # the organizer is not listed twice; the person without an e-mail is reported instead
    assert attendees == {"mailto:ines@acme.example": "Inês Carvalho",
                         "mailto:lukasz@acme.example": "Łukasz Nowak"}
    assert result.without_email == ["Nguyễn Thị Hương"]
    assert "Nguyễn Thị Hương" in result.summary("out.ics")
    assert int(kick["SEQUENCE"]) == 0


def test_berlin_session_in_summer_time(planned):
    program, cycle_id, _, _, second = planned
    cal = parse(export_calendar(program, cycle_id, second, stamp=STAMP).data)
    event = cal.walk("VEVENT")[0]
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    # 15:30 in Berlin on 14 April (CEST, UTC+2) is 13:30 UTC
    assert event.decoded("DTSTART").astimezone(timezone.utc).hour == 13
    assert str(event["URL"]) == "https://meet.example/peer"
    assert "Join: https://meet.example/peer" in str(event["DESCRIPTION"])
    tz = cal.walk("VTIMEZONE")[0]
    offsets = {c.decoded("TZOFFSETTO") for c in tz.subcomponents}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}


def test_reexport_keeps_uid_and_raises_sequence(planned):
    program, cycle_id, _, first, _ = planned
    before = event_for(parse(export_calendar(program, cycle_id, stamp=STAMP).data),
                       S.get_session(program, first).ics_uid)
    again = event_for(parse(export_calendar(program, cycle_id, stamp=STAMP).data),
                      str(before["UID"]))
    assert int(again["SEQUENCE"]) == int(before["SEQUENCE"])  # nothing changed
    session = S.get_session(program, first)
    session.start_time = "10:30"
    S.update_session(program, session)
    changed = event_for(parse(export_calendar(program, cycle_id, stamp=STAMP).data),
                        str(before["UID"]))
    assert int(changed["SEQUENCE"]) > int(before["SEQUENCE"])
    assert changed.decoded("DTSTART").minute == 30


def test_session_without_uid_gets_one_that_sticks(planned):
    program, cycle_id, _, first, _ = planned
    program.db["sessions"].update(first, {"ics_uid": ""})  # as demo data or an old file has
    one = parse(export_calendar(program, cycle_id, first, stamp=STAMP).data)
    two = parse(export_calendar(program, cycle_id, first, stamp=STAMP).data)
    assert str(one.walk("VEVENT")[0]["UID"]) == str(two.walk("VEVENT")[0]["UID"]) != ""


def test_archived_people_are_not_invited_and_no_facilitator_is_reported(planned):
    program, cycle_id, ids, first, _ = planned
    archive_participant(program, ids["Łukasz Nowak"], "left")
    session = S.get_session(program, first)
    session.facilitator_id = None
    S.update_session(program, session)
    result = export_calendar(program, cycle_id, first, stamp=STAMP)
    event = parse(result.data).walk("VEVENT")[0]
    assert "ORGANIZER" not in event
    # with no organizer, the facilitator is an ordinary attendee; the archived person is gone
    assert sorted(str(a) for a in event.get("ATTENDEE")) == ["mailto:aylin@acme.example",
                                                             "mailto:ines@acme.example"]
    assert result.no_organizer == ["Kick-off"]


def test_session_of_another_cycle_is_refused(planned):
    program, _, _, first, _ = planned
    other = add_cycle(program, Cycle("Summer 2027"))
    with pytest.raises(ValidationError, match="not in the cycle “Summer 2027”"):
        export_calendar(program, other, first)


def test_write_bytes_replaces_whole_file(tmp_path):
    target = tmp_path / "cal.ics"
    target.write_bytes(b"old")
    write_bytes(target, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert [p.name for p in tmp_path.iterdir()] == ["cal.ics"]
