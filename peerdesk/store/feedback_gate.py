"""Forms that move in or out of the figures without being new: attendance and deleting.

The figures count a session's forms only once at least *k* people are recorded present
there (:func:`peerdesk.core.disclosure.few_present`). So marking attendance can bring a
session's forms into the figures, or take them out, in one step, and deleting a session
moves its forms too. Each such step passes the same check as a batch of new forms, against
every earlier reading (:func:`peerdesk.core.disclosure_history.check_change`):

- **forms brought in** by attendance that would give themselves away *wait*: they are
  kept, counted in no figure (``draft = 2`` in the file), and are offered again with the
  next forms that come in (Finish Typing, an import), joining together when that is safe;
- **forms taken out** by attendance that would give themselves away: the marks are
  refused (nothing changes) and the facilitator is told why;
- **deleting a session** keeps its counted forms in the cycle's figures, as forms of the
  cycle (no longer of a session); forms that count in no figure (still being typed,
  waiting, or of a session with too few people present) go with it. Undo puts them back.
  If even that would give an answer away, the session is not deleted;
- **deleting a cycle** takes its forms out of the figures of all cycles: refused when
  the figures before and after would give them away.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from peerdesk.core.disclosure import few_present, group_threshold
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import _
from peerdesk.store.program import Program

if TYPE_CHECKING:
    from peerdesk.core.feedback import FeedbackData, ResponseRecord

COUNTED, TYPING, WAITING = 0, 1, 2  # feedback_responses.draft


def checked_change(program: Program, before: FeedbackData, after: FeedbackData,
                   forms: Sequence[tuple[ResponseRecord | None, ResponseRecord | None]]) -> str:
    """Why the change gives answers away, read beside every earlier reading of the
    figures ("" if it does not: then the change's readings join the kept history, inside
    the caller's transaction)."""
    from peerdesk.core.disclosure_history import check_change
    from peerdesk.store.disclosure_history import load_history, save_history

    outcome = check_change(load_history(program), before, after, forms)
    if not outcome.why:
        save_history(program, outcome.history)
    return outcome.why


def _has_draft_column(program: Program) -> bool:
    from peerdesk.store.responses import schema_version

    return schema_version(program) >= 2


def waiting_ids(program: Program) -> list[int]:
    """Forms kept out of the figures until they can join safely (see the module)."""
    if not _has_draft_column(program):
        return []
    return [r[0] for r in program.db.execute(
        "SELECT id FROM feedback_responses WHERE draft = ?", [WAITING])]


def waiting_in(program: Program, session_id: int) -> int:
    """Whether (1) or not (0) forms of this session wait to join the figures. Never how
    many: a count, beside who signed the sheet, would say who answered."""
    if not _has_draft_column(program):
        return 0
    return int(program.db.execute(
        "SELECT 1 FROM feedback_responses WHERE session_id = ? AND draft = ? LIMIT 1",
        [session_id, WAITING]).fetchone() is not None)


def set_waiting(program: Program, response_ids: list[int], waiting: bool) -> None:
    with program.atomic():
        for rid in response_ids:
            program.db.execute("UPDATE feedback_responses SET draft = ? WHERE id = ?",
                               [WAITING if waiting else COUNTED, rid])


def _counted_in(program: Program, session_id: int) -> list[int]:
    draft = "AND draft = 0" if _has_draft_column(program) else ""
    return [r[0] for r in program.db.execute(
        "SELECT id FROM feedback_responses WHERE session_id = ? AND phase = 'session' "
        f"{draft}", [session_id])]


def has_counted_forms(program: Program, session_id: int) -> bool:
    """Whether the session holds forms that count in the figures (typed and finished,
    or imported, at a session with k or more present or no attendance recorded): those
    a delete keeps in the cycle's figures."""
    if not _counted_in(program, session_id):
        return False
    marks = [r[0] for r in program.db.execute(
        "SELECT status FROM attendance WHERE session_id = ?", [session_id])]
    k = group_threshold(program.settings().min_group_size)
    return not marks or marks.count("present") >= k


# -- attendance ---------------------------------------------------------------------


def before_attendance(program: Program, session_id: int) -> list[tuple[int, int, str]] | None:
    """The session's marks before attendance is marked (None: it holds no counted forms,
    so nothing of it can move). Cheap: the figures' data is read only if the marks move
    the session across k people present."""
    if not _counted_in(program, session_id):
        return None
    return [(session_id, r[0], r[1]) for r in program.db.execute(
        "SELECT participant_id, status FROM attendance WHERE session_id = ?", [session_id])]


def after_attendance(program: Program, session_id: int,
                     old_marks: list[tuple[int, int, str]] | None) -> str:
    """Check marks just written (inside their transaction): "" if nothing moves or the
    move gives nothing away; a notice when the forms brought in wait; raises
    :class:`~peerdesk.core.validation.ValidationError` when forms would leave unsafely."""
    if old_marks is None:
        return ""
    from peerdesk.core.feedback import AttendanceRecord
    from peerdesk.store.feedback import load_feedback_data

    k = group_threshold(program.settings().min_group_size)
    new_marks = [r[0] for r in program.db.execute(
        "SELECT status FROM attendance WHERE session_id = ?", [session_id])]
    was_out = bool(old_marks) and [m[2] for m in old_marks].count("present") < k
    now_out = bool(new_marks) and new_marks.count("present") < k
    if was_out == now_out:
        return ""
    after = load_feedback_data(program)
    before = copy.copy(after)
    before.cache = {}
    before.attendance = [a for a in after.attendance if a.session_id != session_id]
    before.attendance += [AttendanceRecord(*m) for m in old_marks]
    why = checked_change(program, before, after, [(r, r) for r in after.responses])
    if not why:
        return ""
    if was_out:
        set_waiting(program, _counted_in(program, session_id), True)
        return forms_wait_notice(k)
    raise ValidationError([Problem("attendance", _(
        "Attendance not changed: with fewer than {k} people marked present, this session's "
        "feedback forms would leave the figures at once, and the figures read before and "
        "after would give their answers away. The marks stay as they were.").format(k=k))])


def forms_wait_notice(k: int) -> str:
    return _("This session's feedback forms wait: now that {k} or more people are marked "
             "present they could count, but the figures read before and after would give "
             "their answers away. They stay out of every figure and join, together with "
             "the next forms that come in (Finish Typing or an import), when that is "
             "safe.").format(k=k)


# -- deleting a session ----------------------------------------------------------------


def detach_forms(program: Program, session_id: int) -> list[int]:
    """Before a session is deleted (inside its transaction): its forms that count in the
    figures become forms of its cycle, so the cycle's figures do not move; returns them,
    for undo. Raises ValidationError (nothing changed) if even that would give an answer
    away."""
    ids = _counted_in(program, session_id)
    if not ids:
        return []
    from peerdesk.store.feedback import load_feedback_data

    before = load_feedback_data(program, also=None)
    if session_id in few_present(before):
        return []  # they count nowhere: they go with the session (and come back on undo)
    after = copy.copy(before)
    after.cache = {}
    after.sessions = [s for s in before.sessions if s.id != session_id]
    after.attendance = [a for a in before.attendance if a.session_id != session_id]
    forms = []
    for r in before.responses:
        moved = copy.copy(r)
        if r.session_id == session_id and r.phase == "session":
            moved.session_id = None
        forms.append((r, moved))
    if checked_change(program, before, after, forms):
        raise ValidationError([Problem("session", _(
            "This session was not deleted: its feedback forms count in the cycle's "
            "figures, and without the session the figures would change in a way that, "
            "compared with the figures before, gives answers away."))])
    with program.atomic():
        for rid in ids:
            program.db.execute("UPDATE feedback_responses SET session_id = NULL WHERE id = ?",
                               [rid])
    return ids


def reattach_forms(program: Program, session_id: int, response_ids: list[int]) -> None:
    """Undo of :func:`detach_forms` (after the session is back): the forms become the
    session's again if the figures before and after, read beside every earlier reading,
    give nothing away; otherwise they stay forms of the cycle (counted in its figures,
    no longer in the session's)."""
    from peerdesk.store.feedback import load_feedback_data

    before = load_feedback_data(program, also=set(response_ids) or None)
    back = list(before.cache.pop("new forms", {}).values())  # type: ignore[attr-defined]
    before.responses = [*before.responses, *back]
    forms = [(r, r) for r in before.responses[:len(before.responses) - len(back)]]
    for r in back:
        moved = copy.copy(r)
        if r.phase == "session" and r.session_id is None:
            moved.session_id = session_id
        forms.append((r, moved))
    if checked_change(program, before, before, forms):
        return
    with program.atomic():
        for rid in response_ids:
            program.db.execute("UPDATE feedback_responses SET session_id = ? WHERE id = ?",
                               [session_id, rid])


def rejoin(program: Program, response_ids: list[int]) -> bool:
    """Forms an undo brings back into the figures (a deleted form, a cycle): they join
    only through the check of new forms, beside every earlier reading; if that would give
    them away they wait (``draft = 2``) and join with the next forms that come in.
    Returns whether they joined."""
    if not response_ids or not _has_draft_column(program):
        return True
    from peerdesk.store.disclosure_history import save_history
    from peerdesk.store.feedback import join_outcome

    with program.atomic():
        set_waiting(program, response_ids, True)
        outcome = join_outcome(program, response_ids, returning=True)
        if outcome.why:
            return False
        set_waiting(program, response_ids, False)
        save_history(program, outcome.history)
    return True


# -- deleting a cycle -------------------------------------------------------------------


def check_cycle_delete(program: Program, cycle_id: int) -> None:
    """A deleted cycle's forms leave the figures of all cycles (and of each department
    over all cycles) at once: refused (ValidationError) when the figures before and
    after would give answers away, say a cycle whose few forms are hidden."""
    if not program.db.execute("SELECT 1 FROM feedback_responses WHERE cycle_id = ? LIMIT 1",
                              [cycle_id]).fetchone():
        return
    from peerdesk.store.feedback import load_feedback_data

    before = load_feedback_data(program)
    after = copy.copy(before)
    after.cache = {}
    after.cycles = [c for c in before.cycles if c.id != cycle_id]
    after.sessions = [s for s in before.sessions if s.cycle_id != cycle_id]
    gone = {s.id for s in before.sessions if s.cycle_id == cycle_id}
    after.attendance = [a for a in before.attendance if a.session_id not in gone]
    forms = [(r, None if r.cycle_id == cycle_id else r) for r in before.responses]
    if checked_change(program, before, after, forms):
        raise ValidationError([Problem("cycle", _(
            "This cycle was not deleted: its feedback forms count in the figures of all "
            "cycles, and the figures read before and after the delete would give their "
            "answers away."))])


# -- the participant list --------------------------------------------------------------


def _small_departments(program: Program, k: int) -> tuple[frozenset[str], frozenset[str]]:
    """The departments the rule knows, and those of fewer than k people."""
    counts: dict[str, int] = {}
    for (dept,) in program.db.execute("SELECT department FROM participants"):
        if dept:
            counts[dept] = counts.get(dept, 0) + 1
    return frozenset(counts), frozenset(d for d, n in counts.items() if n < k)


@contextmanager
def people_change(program: Program) -> Iterator[None]:
    """Around a change of the participant list, inside its transaction.

    Which departments are small (fewer than *k* people: never shown on their own) comes
    from the list, so adding, removing or moving a person can change which department
    figures are withheld with no form moving. If it does, the figures before and after
    are read beside every earlier reading: when that would give answers away the change
    is refused (ValidationError, so the caller's transaction keeps nothing)."""
    counted = program.db.execute(
        f"SELECT 1 FROM feedback_responses {'WHERE draft = 0' if _has_draft_column(program) else ''} "
        "LIMIT 1").fetchone() is not None
    if not counted:
        yield
        return
    from peerdesk.store.feedback import read_people

    k = group_threshold(program.settings().min_group_size)
    shape, people = _small_departments(program, k), read_people(program)
    yield
    if _small_departments(program, k) == shape:
        return
    from peerdesk.store.feedback import load_feedback_data

    after = load_feedback_data(program)
    before = copy.copy(after)
    before.cache, before.people = {}, people
    if checked_change(program, before, after, [(r, r) for r in after.responses]):
        raise ValidationError([Problem("department", _(
            "The participant list was not changed: the change moves a department across "
            "{k} people, which changes which feedback figures are withheld, and the figures "
            "read before and after it would give answers away. The list stays as it was; "
            "try again when more feedback forms have come in.").format(k=k))])
