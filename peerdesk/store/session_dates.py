"""Moving sessions in time: postponing one together with the later sessions of its cycle.

A holiday or an ill facilitator pushes the rest of a cycle back; moving each date by hand
is tedious and easy to get wrong. Every moved session's ``ics_sequence`` rises (through
:func:`peerdesk.store.sessions._changing`), so a re-exported ``.ics`` moves the events
already in people's calendars. Undo puts the old dates back through :func:`set_dates`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta

from peerdesk.core.agenda import LAST_YEAR
from peerdesk.core.models import Session, stored_id
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import _
from peerdesk.store.program import Program
from peerdesk.store.sessions import _changing, check_session, get_session, list_sessions

MAX_DAYS = 366


def from_here(program: Program, session_id: int) -> list[Session]:
    """The session and the dated sessions after it in its cycle (date, start time, id)."""
    session = get_session(program, session_id)
    ordered = list_sessions(program, session.cycle_id)
    ids = [s.id for s in ordered]
    return [s for s in ordered[ids.index(session_id):] if s.date is not None]


def week_after_last(program: Program, cycle_id: int) -> date | None:
    """A week after the cycle's last dated session (None when none has a date)."""
    dates = [s.date for s in list_sessions(program, cycle_id, with_agenda=False) if s.date]
    return max(dates) + timedelta(days=7) if dates else None


def _refusals(program: Program, first: Session, moved: list[Session], days: int) -> list[Problem]:
    if not 1 <= days <= MAX_DAYS:
        return [Problem("days", _("Postpone: give from 1 to {most} days (you gave {days}).")
                        .format(most=MAX_DAYS, days=days))]
    if first.date is None:
        return [Problem("date", _("Date: “{title}” has no date yet, so it cannot be "
                                  "postponed; give it a date first.").format(title=first.title))]
    problems = []
    for s in moved:
        held = program.db.execute("SELECT count(*) FROM attendance WHERE session_id = ?",
                                  [s.id]).fetchone()[0]
        if held:
            return [Problem("attendance", _(
                "“{title}” of {date} already has attendance marks: it was held, so nothing was "
                "postponed. Postpone a session that has not happened yet.")
                .format(title=s.title, date=s.date.isoformat() if s.date else ""))]
        elif s.date is not None and s.date > date(LAST_YEAR, 12, 31) - timedelta(days=days):
            problems.append(Problem("date", _("Date: “{title}” would move past {last}, beyond "
                                              "the years PeerDesk plans for.").format(
                title=s.title, last=LAST_YEAR)))
        else:
            problems.extend(check_session(program, replace(
                s, date=s.date + timedelta(days=days) if s.date else None)))
    return problems


def postpone(program: Program, session_id: int, days: int = 7) -> dict[int, date]:
    """Move the session and every later session of its cycle ``days`` later, all or
    nothing; returns ``{session id: its old date}`` for :func:`set_dates` to put back.

    Refused (ValidationError, nothing written) when a session to move already has
    attendance marks: it was held, and moving it would misdate the marks."""
    moved = from_here(program, session_id)
    first = get_session(program, session_id)
    problems = _refusals(program, first, moved, days)
    if problems:
        raise ValidationError(problems)
    old = {stored_id(s.id): s.date for s in moved if s.date is not None}
    set_dates(program, {key: on + timedelta(days=days) for key, on in old.items()})
    return old


def set_dates(program: Program, dates: Mapping[int, date]) -> None:
    """Give each session its date, in one transaction (undo and redo of :func:`postpone`)."""
    with program.atomic():
        for session_id, on in dates.items():
            with _changing(program, session_id):
                program.db.execute("UPDATE sessions SET date = ? WHERE id = ?",
                                   [on.isoformat(), session_id])
