"""Sessions as an iCalendar (.ics) file that Outlook, Google Calendar and Thunderbird import.

Choices made for those three clients:

* Times are local times with a ``TZID`` and a matching ``VTIMEZONE`` (built from the
  IANA database for just the years used), never floating times: a session at 10:00 in
  Lisbon shows at 11:00 for a colleague in Berlin.
* Each session keeps one ``UID`` for life and a ``SEQUENCE`` that the store raises on
  every change the invite shows, so importing a newer file updates the event instead
  of adding a second one.
* ``METHOD:PUBLISH``: the file is imported into the facilitator's calendar (and can be
  shared); it does not send meeting requests by itself. Attendees carry ``RSVP=FALSE``.
* The description is the agenda with each item's start time. The session's notes are
  the facilitator's own and stay out of the invite.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import icalendar

from peerdesk.core.agenda import agenda_text
from peerdesk.core.models import Session, stored_id
from peerdesk.i18n import _, ngettext
from peerdesk.store import sessions as store
from peerdesk.store.atomic import write_bytes_atomic
from peerdesk.store.cycles import get_cycle
from peerdesk.store.program import Program

PRODID = "-//PeerDesk//PeerDesk peer learning//EN"


@dataclass(slots=True)
class CalendarExport:
    """What was written, and who could not be invited for want of an e-mail address."""

    data: bytes
    events: int
    without_email: list[str] = field(default_factory=list)
    no_organizer: list[str] = field(default_factory=list)  # session titles without one

    def summary(self, target: str = "") -> str:
        n = self.events
        parts = [ngettext("Wrote {n} event to {target}.", "Wrote {n} events to {target}.", n)
                 .format(n=n, target=target) if target else
                 ngettext("Wrote {n} event.", "Wrote {n} events.", n).format(n=n)]
        if self.without_email:
            names = ", ".join(self.without_email[:5])
            rest = len(self.without_email) - 5
            if rest > 0:
                names = ngettext("{names} and {n} more", "{names} and {n} more", rest).format(
                    names=names, n=rest)
            parts.append(_("Left out for want of an e-mail address: {names}.").format(names=names))
        if self.no_organizer:
            parts.append(_("No facilitator with an e-mail address for: {titles} (no organizer in "
                           "those events).").format(titles=", ".join(self.no_organizer)))
        return " ".join(parts)


def _looks_like_link(location: str) -> bool:
    return location.strip().lower().startswith(("http://", "https://"))


def _address(email: str, name: str, **params: str) -> icalendar.vCalAddress:
    address = icalendar.vCalAddress(f"mailto:{email.strip()}")
    if name.strip():
        address.params["CN"] = name.strip()
    for key, value in params.items():
        address.params[key.replace("_", "-").upper()] = value
    return address  # type: ignore[no-any-return]  # icalendar's stubs lose the type here


def _description(session: Session, cycle_name: str) -> str:
    parts = []
    if session.topic.strip():
        parts.append(session.topic.strip())
    if _looks_like_link(session.location):
        parts.append(f"Join: {session.location.strip()}")
    if session.agenda:
        parts.append("Agenda\n" + agenda_text(store.timing(session)))
    parts.append(f"{cycle_name} · PeerDesk")
    return "\n\n".join(parts)


def session_event(program: Program, session: Session, stamp: datetime,
                  result: CalendarExport | None = None) -> icalendar.Event:
    """One VEVENT for ``session``; people without e-mail are noted in ``result``."""
    start = store.starts_at(session)
    cycle = get_cycle(program, session.cycle_id)
    event = icalendar.Event()
    event.add("uid", session.ics_uid)
    event.add("sequence", session.ics_sequence)
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=session.minutes))
    event.add("summary", session.title)
    event.add("description", _description(session, cycle.name))
    if session.location.strip():
        event.add("location", session.location.strip())
        if _looks_like_link(session.location):
            event.add("url", session.location.strip())
    event.add("categories", [cycle.name])
    event.add("status", "CONFIRMED")
    event.add("transp", "OPAQUE")
    organizer = store.facilitator_of(program, session)
    organizer_email = ""
    if organizer is not None and organizer.email.strip():
        organizer_email = organizer.email.strip().lower()
        event.add("organizer", _address(organizer.email, organizer.name))
    elif result is not None:
        result.no_organizer.append(session.title)
    for person in store.invitees(program, stored_id(session.id)):
        if person.archived:
            continue
        if not person.email.strip():
            if result is not None and person.name not in result.without_email:
                result.without_email.append(person.name)
            continue
        if person.email.strip().lower() == organizer_email:
            continue
        event.add("attendee", _address(person.email, person.name, cutype="INDIVIDUAL",
                                       role="REQ-PARTICIPANT", partstat="NEEDS-ACTION",
                                       rsvp="FALSE"))
    return event


def build_calendar(program: Program, sessions: Sequence[Session], name: str = "",
                   stamp: datetime | None = None) -> CalendarExport:
    """The .ics bytes for ``sessions`` (each must have a date), one VTIMEZONE per zone used."""
    stamp = stamp or datetime.now(timezone.utc).replace(microsecond=0)
    if program.read_only:  # cannot store new UIDs: derive them from the file and the id
        for s in sessions:
            if not s.ics_uid:
                s.ics_uid = f"{uuid.uuid5(uuid.NAMESPACE_URL, f'peerdesk:{program.path}:{s.id}')}@peerdesk"
    else:
        store.ensure_uids(program, sessions)
    result = CalendarExport(b"", 0)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if name:
        cal.add("x-wr-calname", name)
    dated = [s for s in sessions if s.date is not None]
    for session in dated:
        cal.add_component(session_event(program, session, stamp, result))
    days = [s.date for s in dated if s.date is not None]
    if days:
        first, last = min(days), max(days)
        zones = {s.timezone for s in dated}
        if len(zones) == 1:
            cal.add("x-wr-timezone", zones.pop())
        cal.add_missing_timezones(first_date=date(first.year - 1, 1, 1),
                                  last_date=date(last.year + 2, 1, 1))
    result.events = len(dated)
    result.data = cal.to_ical()
    return result


def export_calendar(program: Program, cycle_id: int, session_id: int | None = None,
                    stamp: datetime | None = None) -> CalendarExport:
    """A whole cycle, or one session of it, as .ics bytes."""
    cycle = get_cycle(program, cycle_id)
    if session_id is not None:
        session = store.get_session(program, session_id)
        if session.cycle_id != cycle_id:
            from peerdesk.core.validation import Problem, ValidationError

            raise ValidationError([Problem("session", _("Session {id} is not in the cycle “{cycle}”.")
                                            .format(id=session_id, cycle=cycle.name))])
        chosen = [session]
        name = f"{cycle.name}: {session.title}"
    else:
        chosen = store.list_sessions(program, cycle_id)
        name = cycle.name
    return build_calendar(program, chosen, name=name, stamp=stamp)


def write_bytes(path: Path | str, data: bytes) -> None:
    """Write through a temporary file, so a failed write never leaves half an .ics."""
    write_bytes_atomic(path, data)
