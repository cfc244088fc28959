"""Sessions, their agendas and who is invited.

Every write validates first and runs in one transaction, so a refused edit leaves
nothing half-saved. A write that changes what a calendar invite shows (time, place,
title, agenda, facilitator, invitees) raises the session's ``ics_sequence``, so a
re-exported ``.ics`` updates the event already in people's calendars instead of
adding a second one. Undo in the window re-applies the old values through the same
functions, so the sequence keeps rising even when a change is undone.

Agenda templates live in :mod:`peerdesk.store.agenda_templates`, attendance marks and
rates in :mod:`peerdesk.store.attendance`, reading who is invited in
:mod:`peerdesk.store.invitees` (re-exported here).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from peerdesk.core.agenda import (
    AgendaTiming,
    check_agenda,
    check_session_times,
    parse_hhmm,
    time_agenda,
)
from peerdesk.core.models import AgendaItem, Facilitator, Session, stored_id
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import _, format_date
from peerdesk.store.agenda_templates import get_template
from peerdesk.store.cycles import get_cycle, restore_rows, snapshot_rows
from peerdesk.store.invitees import _write_invitees
from peerdesk.store.invitees import cycle_of as cycle_of
from peerdesk.store.invitees import cycle_pairs as cycle_pairs
from peerdesk.store.invitees import invitation as invitation
from peerdesk.store.invitees import invited_ids as invited_ids
from peerdesk.store.invitees import invitees as invitees
from peerdesk.store.participants import list_facilitators
from peerdesk.store.program import Program, row_id

INVITE_MODES = ("cycle", "pairs", "people")
_COLUMNS = ("cycle_id", "title", "topic", "date", "start_time", "minutes", "timezone", "location",
            "facilitator_id", "invite_mode", "notes", "ics_uid", "ics_sequence",
            "signin_printed_on")
# What a calendar invite shows; a change to any of these makes the exported event stale.
_CALENDAR_COLUMNS = ("title", "topic", "date", "start_time", "minutes", "timezone", "location",
                     "facilitator_id", "invite_mode", "notes")


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _from_row(r: Mapping[str, Any]) -> Session:
    return Session(id=r["id"], cycle_id=r["cycle_id"], title=r["title"], topic=r["topic"],
                   date=_d(r["date"]), start_time=r["start_time"], minutes=r["minutes"],
                   timezone=r["timezone"], location=r["location"],
                   facilitator_id=r["facilitator_id"], invite_mode=r["invite_mode"],
                   notes=r["notes"], ics_uid=r["ics_uid"], ics_sequence=r["ics_sequence"],
                   signin_printed_on=_d(r["signin_printed_on"]))


def _to_row(s: Session) -> dict[str, Any]:
    row = {name: getattr(s, name) for name in _COLUMNS}
    row["title"] = s.title.strip()
    row["start_time"] = parse_hhmm(s.start_time).strftime("%H:%M")
    row["date"] = s.date.isoformat() if s.date else None
    row["signin_printed_on"] = s.signin_printed_on.isoformat() if s.signin_printed_on else None
    return row


def _item(r: Mapping[str, Any]) -> AgendaItem:
    return AgendaItem(id=r["id"], title=r["title"], minutes=r["minutes"], lead=r["lead"],
                      notes=r["notes"], position=r["position"])


def new_session(program: Program, cycle_id: int, **fields: Any) -> Session:
    """A session with the program's defaults (time zone, the first facilitator) filled in."""
    facilitators = list_facilitators(program)
    fields.setdefault("timezone", program.settings().timezone)
    fields.setdefault("facilitator_id", facilitators[0].id if facilitators else None)
    fields.setdefault("title", "")
    return Session(cycle_id=cycle_id, **fields)


# -- reading --------------------------------------------------------------------------

def list_sessions(program: Program, cycle_id: int | None = None,
                  with_agenda: bool = True) -> list[Session]:
    """In date order (then start time), each with its agenda unless told otherwise."""
    where, params = ("WHERE cycle_id = ?", [cycle_id]) if cycle_id is not None else ("", [])
    sessions = [_from_row(r) for r in program.db.query(
        f"SELECT * FROM sessions {where} ORDER BY coalesce(date, '9999'), start_time, id", params)]
    if with_agenda and sessions:
        by_id = {s.id: s for s in sessions}
        for r in program.db.query(f"SELECT a.* FROM agenda_items a JOIN sessions s ON "
                                  f"s.id = a.session_id {where.replace('cycle_id', 's.cycle_id')} "
                                  "ORDER BY a.session_id, a.position, a.id", params):
            by_id[r["session_id"]].agenda.append(_item(r))
    return sessions


def get_session(program: Program, session_id: int) -> Session:
    rows = list(program.db.query("SELECT * FROM sessions WHERE id = ?", [session_id]))
    if not rows:
        raise ValidationError([Problem("session", _("There is no session with id {id}.").format(id=session_id))])
    session = _from_row(rows[0])
    session.agenda = agenda(program, session_id)
    return session


def agenda(program: Program, session_id: int) -> list[AgendaItem]:
    return [_item(r) for r in program.db.query(
        "SELECT * FROM agenda_items WHERE session_id = ? ORDER BY position, id", [session_id])]


def timing(session: Session) -> AgendaTiming:
    """The session's agenda timed from its start (see :func:`peerdesk.core.agenda.time_agenda`)."""
    return time_agenda(session.agenda, parse_hhmm(session.start_time), session.minutes,
                       on=session.date)


def starts_at(session: Session) -> datetime:
    """The session's start as an aware datetime in its own time zone."""
    from zoneinfo import ZoneInfo

    if session.date is None:
        raise ValueError(_("The session “{title}” has no date yet.").format(title=session.title))
    start = parse_hhmm(session.start_time)
    return datetime.combine(session.date, start, tzinfo=ZoneInfo(session.timezone))


def facilitator_of(program: Program, session: Session) -> Facilitator | None:
    return next((f for f in list_facilitators(program) if f.id == session.facilitator_id), None)


# -- checking -------------------------------------------------------------------------

def check_session(program: Program, session: Session) -> list[Problem]:
    problems = []
    try:
        get_cycle(program, session.cycle_id)
    except KeyError:
        problems.append(Problem("cycle", _("Cycle: choose the cycle this session belongs to.")))
    if not session.title.strip():
        problems.append(Problem("title", _("Title: a session needs a title, for example "
                                           "“Kick-off”.")))
    problems.extend(check_session_times(session.start_time, session.minutes, session.date,
                                        session.timezone))
    if session.invite_mode not in INVITE_MODES:
        problems.append(Problem("invite_mode", _("Invitees: “{mode}” is not one of: everyone in "
                                                 "the cycle, chosen pairs, chosen people.").format(
                                                     mode=session.invite_mode)))
    if session.facilitator_id is not None and facilitator_of(program, session) is None:
        problems.append(Problem("facilitator_id", _("Facilitator: that facilitator is no "
                                                    "longer appointed; choose another.")))
    problems.extend(check_agenda(session.agenda))
    return problems


def session_warnings(program: Program, session: Session) -> list[str]:
    """Things worth a look that are not errors: an overrun, a date outside the cycle."""
    out = []
    cycle = get_cycle(program, session.cycle_id)
    if session.date and cycle.start_date and session.date < cycle.start_date:
        out.append(_("The session is before the cycle starts ({date}).").format(
            date=format_date(cycle.start_date)))
    if session.date and cycle.end_date and session.date > cycle.end_date:
        out.append(_("The session is after the cycle ends ({date}).").format(
            date=format_date(cycle.end_date)))
    if session.facilitator_id is None:
        out.append(_("No facilitator is set: the calendar invite will have no organizer."))
    warning = timing(session).warning() if session.agenda else ""
    if warning:
        out.append(warning)
    return out


def _raise_if(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


# -- the calendar sequence ------------------------------------------------------------

def _fingerprint(program: Program, session_id: int) -> tuple[object, ...]:
    db = program.db
    cols = ", ".join(_CALENDAR_COLUMNS)
    return (
        db.execute(f"SELECT {cols} FROM sessions WHERE id = ?", [session_id]).fetchone(),
        db.execute("SELECT position, title, minutes, lead, notes FROM agenda_items "
                   "WHERE session_id = ? ORDER BY position, id", [session_id]).fetchall(),
        db.execute("SELECT participant_id FROM session_invitees WHERE session_id = ? "
                   "ORDER BY 1", [session_id]).fetchall(),
        db.execute("SELECT pairing_id FROM session_invited_pairs WHERE session_id = ? "
                   "ORDER BY 1", [session_id]).fetchall(),
    )


@contextmanager
def _changing(program: Program, session_id: int) -> Iterator[None]:
    """One transaction that raises ``ics_sequence`` if the invite's content changed."""
    with program.atomic():
        before = _fingerprint(program, session_id)
        yield
        if _fingerprint(program, session_id) != before:
            program.db.execute("UPDATE sessions SET ics_sequence = ics_sequence + 1 WHERE id = ?",
                               [session_id])


# -- writing sessions -----------------------------------------------------------------

def _write_agenda(program: Program, session_id: int, items: Sequence[AgendaItem]) -> None:
    program.db.execute("DELETE FROM agenda_items WHERE session_id = ?", [session_id])
    program.db.table("agenda_items").insert_all(
        {"session_id": session_id, "position": position, "title": item.title.strip(),
         "minutes": int(item.minutes), "lead": item.lead.strip(), "notes": item.notes}
        for position, item in enumerate(items))


def add_session(program: Program, session: Session, template: str | None = None,
                participant_ids: Iterable[int] = (), pairing_ids: Iterable[int] = ()) -> int:
    """Insert ``session`` with its agenda (or the ``template``'s) and invitees; return its id.

    An empty title becomes the template's name, or "Session N" for the N-th in the cycle.
    """
    session = replace(session, agenda=list(session.agenda))
    problems: list[Problem] = []
    if template is not None:
        try:
            chosen = get_template(program, template)
        except ValidationError as exc:
            problems.extend(exc.problems)
        else:
            if not session.agenda:
                session.agenda = [replace(i, id=None) for i in chosen.items]
            if not session.title.strip():
                session.title = chosen.name
    if not session.title.strip():
        count = program.db.execute("SELECT count(*) FROM sessions WHERE cycle_id = ?",
                                   [session.cycle_id]).fetchone()[0]
        session.title = f"Session {count + 1}"
    _raise_if(problems + check_session(program, session))
    row = _to_row(session)
    row["ics_uid"] = session.ics_uid or new_uid()
    if session.id is not None:
        row["id"] = session.id
    with program.atomic():
        session_id = row_id(program.db.table("sessions").insert(row).last_pk)
        _write_agenda(program, session_id, session.agenda)
        _write_invitees(program, session_id, session.invite_mode, participant_ids, pairing_ids)
    return session_id


def new_uid() -> str:
    return f"{uuid.uuid4()}@peerdesk"


def update_session(program: Program, session: Session) -> None:
    """Save the session's own fields (not its agenda: see :func:`set_agenda`)."""
    session_id = stored_id(session.id)
    current = get_session(program, session_id)
    _raise_if(check_session(program, replace(session, agenda=current.agenda)))
    row = _to_row(session)
    for kept in ("ics_uid", "ics_sequence"):
        row.pop(kept)
    with _changing(program, session_id):
        program.db.table("sessions").update(session_id, row)
        if session.invite_mode == "cycle":
            _write_invitees(program, session_id, "cycle", (), ())


def set_agenda(program: Program, session_id: int, items: Sequence[AgendaItem]) -> None:
    """Replace the whole agenda (reorders, edits and undo all come through here)."""
    get_session(program, session_id)
    _raise_if(check_agenda(items))
    with _changing(program, session_id):
        _write_agenda(program, session_id, items)


def apply_template(program: Program, session_id: int, key: str) -> None:
    set_agenda(program, session_id, get_template(program, key).items)


def copy_agenda(program: Program, from_session_id: int, to_session_id: int) -> None:
    set_agenda(program, to_session_id, agenda(program, from_session_id))


def duplicate_session(program: Program, session_id: int, on: date | None = None,
                      cycle_id: int | None = None, title: str | None = None) -> int:
    """A copy with its agenda and invitees, a new calendar UID, and no attendance."""
    source = get_session(program, session_id)
    mode, people, pairs = invitation(program, session_id)
    copy = replace(source, id=None, ics_uid="", ics_sequence=0, signin_printed_on=None,
                   date=on or source.date, cycle_id=cycle_id or source.cycle_id,
                   title=title if title is not None
                   else _("{title} (copy)").format(title=source.title))
    if copy.cycle_id != source.cycle_id and mode == "pairs":
        copy.invite_mode, pairs = "cycle", []
    return add_session(program, copy, participant_ids=people, pairing_ids=pairs)


def delete_session(program: Program, session_id: int) -> dict[str, Any]:
    """Delete a session and all that hangs on it; returns what :func:`restore_session` takes.

    Its feedback forms that count in the figures stay in the cycle's figures, as forms of
    the cycle (:func:`peerdesk.store.feedback_gate.detach_forms`): the figures do not move,
    so reading them before and after gives no answer away."""
    from peerdesk.store.feedback_gate import detach_forms

    with program.atomic():
        detached = detach_forms(program, session_id)
        snap = snapshot_rows(program, "sessions", [session_id])
        program.db.execute("DELETE FROM sessions WHERE id = ?", [session_id])
    if detached:
        snap["detached_forms"] = (session_id, detached)
    return snap


def restore_session(program: Program, snap: dict[str, Any]) -> None:
    from peerdesk.store.feedback_gate import reattach_forms

    snap = dict(snap)
    detached = snap.pop("detached_forms", None)
    with program.atomic():
        restore_rows(program, snap)
        if detached:
            reattach_forms(program, *detached)


def mark_signin_printed(program: Program, session_id: int, on: date | None = None) -> None:
    with program.atomic():
        program.db.table("sessions").update(session_id, {
            "signin_printed_on": (on or date.today()).isoformat()})


def signin_printed_on(program: Program, session_id: int) -> date | None:
    """When the session's sign-in sheet was last printed (None: not yet)."""
    row = program.db.execute("SELECT signin_printed_on FROM sessions WHERE id = ?",
                             [session_id]).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def restore_signin_printed(program: Program, session_id: int, value: date | None) -> None:
    """Put back the date :func:`mark_signin_printed` replaced (the window's undo)."""
    with program.atomic():
        program.db.table("sessions").update(session_id, {
            "signin_printed_on": value.isoformat() if value else None})


def stable_uid(program: Program, session_id: int) -> str:
    """The calendar UID of a session made without one: the same every time it is asked for,
    so a file open read-only (in a window, say) still sends updates, not new events."""
    return f"{uuid.uuid5(uuid.NAMESPACE_URL, f'peerdesk:{program.program_id}:{session_id}')}@peerdesk"


def ensure_uids(program: Program, sessions: Iterable[Session]) -> None:
    """Give a calendar UID to sessions made without one (demo data, old files); it is
    saved when the file can be written."""
    missing = [s for s in sessions if not s.ics_uid]
    if not missing:
        return
    for s in missing:
        s.ics_uid = stable_uid(program, stored_id(s.id))
    if program.read_only:
        return
    with program.atomic():
        for s in missing:
            program.db.table("sessions").update(stored_id(s.id), {"ics_uid": s.ics_uid})


# -- invitees -------------------------------------------------------------------------

def set_invitees(program: Program, session_id: int, mode: str,
                 participant_ids: Iterable[int] = (), pairing_ids: Iterable[int] = ()) -> None:
    """Invite everyone in the cycle, chosen pairs of this cycle, or chosen people."""
    session = get_session(program, session_id)
    people, pairs = list(participant_ids), list(pairing_ids)
    problems = []
    if mode not in INVITE_MODES:
        problems.append(Problem("invite_mode", _("Invitees: unknown choice “{mode}”.").format(mode=mode)))
    known = {r[0] for r in program.db.execute("SELECT id FROM participants")}
    if mode == "people" and set(people) - known:
        problems.append(Problem("invitees", _("Invitees: some of the chosen people are not in "
                                              "the program.")))
    cycle_pairs = {r[0] for r in program.db.execute("SELECT id FROM pairings WHERE cycle_id = ?",
                                                    [session.cycle_id])}
    if mode == "pairs" and set(pairs) - cycle_pairs:
        problems.append(Problem("invitees", _("Invitees: some of the chosen pairs are not pairs "
                                              "of this session's cycle.")))
    _raise_if(problems)
    with _changing(program, session_id):
        program.db.table("sessions").update(session_id, {"invite_mode": mode})
        _write_invitees(program, session_id, mode, people, pairs)
