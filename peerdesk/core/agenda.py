"""Agenda timing: when each item starts, the running total, and whether it all fits.

The facilitator builds an agenda from item lengths; she thinks in "this starts at
10:25", not in sums. Every view of an agenda (the Sessions tab, the printed agenda,
the calendar description, the command line) takes its times from :func:`time_agenda`
so they can never disagree. Plain Python, no Qt, no SQLite.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from peerdesk.core.models import AgendaItem
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import _, format_date, ngettext

# Longer than this is almost always a typo (900 for 90), not a real session.
MAX_SESSION_MINUTES = 12 * 60

_HHMM = re.compile(r"^\s*(\d{1,2})[:.h](\d{2})\s*$")


@dataclass(slots=True)
class AgendaTemplate:
    """A named agenda a new session can start from (kick-off, regular, close-out...)."""

    key: str
    name: str
    items: list[AgendaItem] = field(default_factory=list)
    id: int | None = None

    @property
    def total_minutes(self) -> int:
        return sum(i.minutes for i in self.items)


@dataclass(frozen=True, slots=True)
class ItemTiming:
    """One agenda row as shown: the item, its start and end, and the total so far."""

    item: AgendaItem
    start: datetime
    end: datetime
    elapsed: int  # minutes from the session start to this item's end (the running total)
    overruns: bool  # ends after the session's end


@dataclass(frozen=True, slots=True)
class AgendaTiming:
    items: list[ItemTiming]
    session_start: datetime
    session_minutes: int

    @property
    def total_minutes(self) -> int:
        return self.items[-1].elapsed if self.items else 0

    @property
    def session_end(self) -> datetime:
        return self.session_start + timedelta(minutes=self.session_minutes)

    @property
    def overrun_minutes(self) -> int:
        """How far the agenda runs past the session's end (0 when it fits)."""
        return max(0, self.total_minutes - self.session_minutes)

    @property
    def spare_minutes(self) -> int:
        return max(0, self.session_minutes - self.total_minutes)

    def warning(self) -> str:
        """A sentence for the facilitator when the agenda does not fit, else ""."""
        if not self.overrun_minutes:
            return ""
        first = next(t for t in self.items if t.overruns)
        return _("The agenda runs {over} past the session's end ({end}): {total} minutes of "
                 "items in a {length}-minute session, from “{item}” on.").format(
            over=_minutes(self.overrun_minutes), end=f"{self.session_end:%H:%M}",
            total=self.total_minutes, length=self.session_minutes, item=first.item.title)

    def summary(self) -> str:
        """The running total against the session length, e.g. "80 of 90 min (10 spare)"."""
        text = _("{total} of {length} min").format(total=self.total_minutes,
                                                   length=self.session_minutes)
        if self.overrun_minutes:
            return text + " (" + _("{n} over").format(n=self.overrun_minutes) + ")"
        if self.spare_minutes:
            return text + " (" + _("{n} spare").format(n=self.spare_minutes) + ")"
        return text


def _minutes(n: int) -> str:
    return ngettext("{n} minute", "{n} minutes", n).format(n=n)


def time_agenda(items: Sequence[AgendaItem], start: datetime | time, session_minutes: int,
                on: date | None = None) -> AgendaTiming:
    """Start, end and running total of each item, in the order given.

    ``start`` may be a bare time (then ``on``, or an arbitrary day, gives the date) so
    the window can time an agenda before the session has a date. Items of zero or
    negative length are timed as given; :func:`check_item` is what refuses them.
    """
    if isinstance(start, time):
        start = datetime.combine(on or date(2000, 1, 3), start)
    session_end = start + timedelta(minutes=session_minutes)
    rows: list[ItemTiming] = []
    elapsed = 0
    for item in items:
        item_start = start + timedelta(minutes=elapsed)
        elapsed += item.minutes
        item_end = start + timedelta(minutes=elapsed)
        rows.append(ItemTiming(item, item_start, item_end, elapsed, item_end > session_end))
    return AgendaTiming(rows, start, session_minutes)


def parse_hhmm(text: str, field_name: str = "start_time") -> time:
    """A wall-clock time typed as 10:00, 9:30, 14.15 or 14h15.

    Raises ValidationError naming the field, so a typo never becomes midnight.
    """
    match = _HHMM.match(text or "")
    if not match:
        raise ValidationError([Problem(field_name, _("Start time: “{text}” is not a time; "
                                                     "write it as HH:MM, for example 10:00.")
                                       .format(text=text))])
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValidationError([Problem(field_name, _("Start time: {text} does not exist on a "
                                                     "clock (hours go to 23, minutes to 59).")
                                       .format(text=text.strip()))])
    return time(hour, minute)


def check_item(item: AgendaItem, position: int | None = None) -> list[Problem]:
    """Problems with one agenda item; ``position`` (0-based) names the row in messages."""
    where = (_("Agenda item {n}").format(n=position + 1) if position is not None
             else _("Agenda item"))
    label = f"{where} (“{item.title.strip()}”)" if item.title.strip() else where
    problems = []
    if not item.title.strip():
        problems.append(Problem("title", _("{where}: a title is required.").format(where=where)))
    try:
        minutes = int(item.minutes)
    except (TypeError, ValueError):
        problems.append(Problem("minutes", _("{label}: the length “{n}” is not a whole number "
                                             "of minutes.").format(label=label, n=item.minutes)))
        return problems
    if minutes != item.minutes or minutes <= 0:
        problems.append(Problem("minutes", _("{label}: the length must be at least 1 minute "
                                             "(it is {n}).").format(label=label, n=item.minutes)))
    elif minutes > MAX_SESSION_MINUTES:
        problems.append(Problem("minutes", _("{label}: {n} minutes is longer than any "
                                             "session can be.").format(label=label, n=minutes)))
    return problems


def check_agenda(items: Sequence[AgendaItem]) -> list[Problem]:
    problems: list[Problem] = []
    for position, item in enumerate(items):
        problems.extend(check_item(item, position))
    return problems


def move(items: Sequence[AgendaItem], source: int, target: int) -> list[AgendaItem]:
    """A new list with the item at ``source`` moved to index ``target`` (positions renumbered).

    Both drag-and-drop and Alt+Up/Down reorder through this, so they behave the same.
    """
    out = list(items)
    if not 0 <= source < len(out):
        raise IndexError(f"no agenda item at {source}")
    target = max(0, min(target, len(out) - 1))
    out.insert(target, out.pop(source))
    for position, item in enumerate(out):
        item.position = position
    return out


def agenda_text(timing: AgendaTiming) -> str:
    """The agenda as plain lines ("10:00-10:10  Welcome (Facilitator)") for a calendar invite.

    The overrun warning is left out on purpose: it is for the facilitator, not the invitees.
    """
    lines = []
    for row in timing.items:
        line = f"{row.start:%H:%M}-{row.end:%H:%M}  {row.item.title}"
        if row.item.lead.strip():
            line += f" ({row.item.lead.strip()})"
        lines.append(line)
        if row.item.notes.strip():
            lines.append(f"    {row.item.notes.strip()}")
    return "\n".join(lines)


# -- sessions ------------------------------------------------------------------------

# The years a date in a program can fall in: a typo (0001, 9999) is refused, not kept.
FIRST_YEAR, LAST_YEAR = 1900, 2200


def parse_iso_date(text: str, field_name: str = "date", label: str | None = None) -> date:
    """An ISO date (2027-03-03); a date that does not exist is refused and says why."""
    label = label or _("Date")
    value = (text or "").strip()
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if not match:
        raise ValidationError([Problem(field_name, _("{label}: “{value}” is not a date; write "
                                                     "it as YYYY-MM-DD, for example 2027-03-03.")
                                       .format(label=label, value=value))])
    year, month, day = (int(g) for g in match.groups())
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError([Problem(field_name, _("{label}: {value} is not a year PeerDesk "
                                                     "plans for ({first} to {last}).").format(
            label=label, value=value, first=FIRST_YEAR, last=LAST_YEAR))])
    if not 1 <= month <= 12:
        raise ValidationError([Problem(field_name, _("{label}: {value} does not exist (there is "
                                                     "no month {month}).").format(
            label=label, value=value, month=month))])
    try:
        return date(year, month, day)
    except ValueError:
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
        raise ValidationError([Problem(field_name, _("{label}: {value} does not exist ({month} "
                                                     "has {n} days).").format(
            label=label, value=value, month=format_date(date(year, month, 1), "MMMM y"),
            n=last))]) from None


def minutes_between(start: time, end: time) -> int:
    """The length of a session given its start and end on the same day.

    Refuses an end at or before the start: in the window the facilitator may type an
    end time, and "10:00 to 9:00" is a mistake, not a 23-hour session.
    """
    length = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    if length <= 0:
        raise ValidationError([Problem("end_time", _("End time: the session ends ({end}) "
                                                     "before it starts ({start}).").format(
            end=f"{end:%H:%M}", start=f"{start:%H:%M}"))])
    return length


def check_session_times(start_time: str, minutes: object, session_date: date | None,
                        timezone: str) -> list[Problem]:
    """The timing fields of a session: a real start time, a positive length, a known zone."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    problems: list[Problem] = []
    if session_date is None:
        problems.append(Problem("date", _("Date: a session needs a date.")))
    start = None
    try:
        start = parse_hhmm(start_time)
    except ValidationError as exc:
        problems.extend(exc.problems)
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        problems.append(Problem("minutes", _("Length: “{n}” is not a whole number of "
                                             "minutes.").format(n=minutes)))
    elif minutes <= 0:
        problems.append(Problem("minutes", _("Length: the session ends before it starts (its "
                                             "length is {n} minutes; it must be at least 1).")
                                .format(n=minutes)))
    elif minutes > MAX_SESSION_MINUTES:
        problems.append(Problem("minutes", _("Length: {n} minutes is more than {hours} hours; "
                                             "is there a typo?").format(
            n=minutes, hours=MAX_SESSION_MINUTES // 60)))
    elif start is not None and start.hour * 60 + start.minute + minutes > 24 * 60:
        problems.append(Problem("minutes", _("Length: starting at {start}, {n} minutes would "
                                             "end after midnight.").format(
            start=f"{start:%H:%M}", n=minutes)))
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(Problem("timezone", _("Time zone: “{zone}” is not a known time zone "
                                              "(use a name such as Europe/Lisbon).").format(
            zone=timezone)))
    return problems
