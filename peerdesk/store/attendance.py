"""Who came to a session: the marks, and the cycle's attendance rates and follow-ups.

Marks hang on a session, so this module reads sessions (never the other way round);
the rates themselves are computed by :mod:`peerdesk.core.attendance`, so the window,
the command line and the reports all count an excused absence the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from peerdesk.core import attendance as att
from peerdesk.core.models import ATTENDANCE_STATUSES, stored_id
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import _
from peerdesk.store import feedback_gate
from peerdesk.store.participants import find_by_email
from peerdesk.store.program import Program
from peerdesk.store.sessions import get_session, list_sessions


def attendance(program: Program, session_id: int) -> dict[int, str]:
    return {r[0]: r[1] for r in program.db.execute(
        "SELECT participant_id, status FROM attendance WHERE session_id = ?", [session_id])}


def set_attendance(program: Program, session_id: int, marks: Mapping[int, str | None]) -> str:
    """Mark people present, absent or excused; ``None`` clears a mark. All or nothing.

    Marks that bring the session's forms into the figures, or take them out (a session
    with fewer than k people present counts in no figure), pass the disclosure check
    (:mod:`peerdesk.store.feedback_gate`): forms brought in that would give themselves
    away wait, and the notice returned says so ("" otherwise); marks that would take them
    out unsafely are refused with a ValidationError, and nothing changes."""
    get_session(program, session_id)
    bad = sorted({str(s) for s in marks.values() if s is not None and s not in ATTENDANCE_STATUSES})
    if bad:
        raise ValidationError([Problem("status", _("Attendance: “{status}” is not one of "
                                                   "present, absent, excused.").format(status=bad[0]))])
    known = {r[0] for r in program.db.execute("SELECT id FROM participants")}
    if set(marks) - known:
        raise ValidationError([Problem("participant", _("Attendance: some of those people are "
                                                        "not in the program."))])
    with program.atomic():
        before = feedback_gate.before_attendance(program, session_id)
        for person, status in marks.items():
            if status is None:
                program.db.execute("DELETE FROM attendance WHERE session_id = ? AND "
                                   "participant_id = ?", [session_id, person])
            else:
                program.db.table("attendance").upsert({"session_id": session_id,
                                                 "participant_id": person, "status": status},
                                                pk=("session_id", "participant_id"))
        return feedback_gate.after_attendance(program, session_id, before)


def marks_by_email(program: Program, present: Iterable[str] = (), absent: Iterable[str] = (),
                   excused: Iterable[str] = ()) -> dict[int, str]:
    """Turn e-mail lists into marks; unknown or doubly-listed addresses are refused together."""
    marks: dict[int, str] = {}
    problems = []
    for status, emails in (("present", present), ("absent", absent), ("excused", excused)):
        for email in emails:
            person = find_by_email(program, email)
            if person is None:
                problems.append(Problem("email", _("{status}: nobody in the program has the e-mail "
                                                   "address “{email}”.").format(status=status.capitalize(), email=email)))
            elif marks.get(pid := stored_id(person.id), status) != status:
                problems.append(Problem("email", _("{email} is listed both as {first} "
                                                   "and as {second}.").format(email=email, first=marks[pid], second=status)))
            else:
                marks[pid] = status
    if problems:
        raise ValidationError(problems)
    return marks


def cycle_attendance(program: Program, cycle_id: int, run: int = 2) -> att.AttendanceReport:
    """Rates per person, per session and for the cycle, with the two-in-a-row follow-ups."""
    ids = [stored_id(s.id) for s in list_sessions(program, cycle_id, with_agenda=False)]
    marks: dict[int, dict[int, str]] = {}
    for session_id, person, status in program.db.execute(
            "SELECT a.session_id, a.participant_id, a.status FROM attendance a JOIN sessions s "
            "ON s.id = a.session_id WHERE s.cycle_id = ?", [cycle_id]):
        marks.setdefault(session_id, {})[person] = status
    return att.report(ids, marks, run=run)
