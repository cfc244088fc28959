"""A session's feedback, open and then closed: its forms join the figures once.

In an anonymous program a session's forms (typed, or imported with "keep open") wait,
counted in no figure, while the session's feedback is open; they join the figures all
at once when the facilitator closes it (Close Feedback, ``peerdesk feedback finish``, or
an import, which closes by default). A closed session takes no more forms: a later one
is refused and not stored. So the figures' history in the file (its classes and facts)
can tell no more about a form than its session: every form of a session joined in the
same step. Undo of the close reopens the whole session; only the same forms can join
again (a new one is refused until it is closed again).

What is one session here (:func:`unit_sql`): the forms of a session, whatever their
phase (its own form and the before/after surveys imported for it), close together as
one; the typed before/after rounds of a cycle (no session) close each as one.

The state is kept in ``feedback_responses.draft`` (no column of its own): a session
whose forms include a counted (0), held-back (2) or kept-out (6) one is closed; one whose
forms include a form an undo reopened (3, 5) is reopened; otherwise it is open. Named
programs are unchanged: each form joins as it comes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from peerdesk.core.collation import name_key
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import _
from peerdesk.store.program import Program
from peerdesk.store.responses import is_anonymous, schema_version, shuffle_layout

# feedback_responses.draft
COUNTED, TYPING, WAITING, REOPENED, IMPORTED, IMPORTED_REOPENED, KEPT_OUT = 0, 1, 2, 3, 4, 5, 6
OPEN_STATES = (TYPING, REOPENED, IMPORTED, IMPORTED_REOPENED)
TYPED_OPEN = (TYPING, REOPENED)
OPEN, CLOSED, REOPENED_STATE = "open", "closed", "reopened"


class FeedbackClosed(ValidationError):
    """A form for a session whose feedback is closed (or reopened by an undo): refused,
    nothing stored."""

    def __init__(self, state: str):
        if state == CLOSED:
            text = _("This session's feedback is closed: its forms joined the figures "
                     "together, and a later form would stand out on its own. Nothing was "
                     "stored. Only undoing Close Feedback, or the import that closed it (Edit > "
                     "Undo in the window, before other changes), reopens the session.")
        else:
            text = _("This session's feedback was reopened by an undo: only the forms it "
                     "held can join the figures again, so nothing was stored. Close the "
                     "session's feedback again (or Redo) to let them join.")
        super().__init__([Problem("session", text)])
        self.state = state


def unit_sql(cycle_id: int, session_id: int | None, phase: str) -> tuple[str, list[object]]:
    """The WHERE clause of one session's forms (every phase), or of a cycle's typed
    before/after round when there is no session."""
    if session_id is not None:
        return "session_id = ?", [session_id]
    return "cycle_id = ? AND session_id IS NULL AND phase = ?", [cycle_id, phase]


def feedback_state(program: Program, cycle_id: int, session_id: int | None,
                   phase: str) -> str:
    """OPEN, CLOSED or REOPENED_STATE (always OPEN in a named program)."""
    if schema_version(program) < 2 or not is_anonymous(program):
        return OPEN
    where, args = unit_sql(cycle_id, session_id, phase)
    states = {r[0] for r in program.db.execute(
        f"SELECT DISTINCT draft FROM feedback_responses WHERE {where}", args)}
    if states & {COUNTED, WAITING, KEPT_OUT}:
        return CLOSED
    if states & {REOPENED, IMPORTED_REOPENED}:
        return REOPENED_STATE
    return OPEN


def refuse_if_closed(program: Program, cycle_id: int, session_id: int | None,
                     phase: str) -> None:
    """Raise :class:`FeedbackClosed` unless the session takes new forms."""
    state = feedback_state(program, cycle_id, session_id, phase)
    if state != OPEN:
        raise FeedbackClosed(state)


def open_forms(program: Program, cycle_id: int, session_id: int | None,
               phase: str) -> dict[int, int]:
    """The session's forms that wait for its close: id -> draft state."""
    where, args = unit_sql(cycle_id, session_id, phase)
    marks = ", ".join("?" * len(OPEN_STATES))
    return {int(r[0]): int(r[1]) for r in program.db.execute(
        f"SELECT id, draft FROM feedback_responses WHERE {where} AND draft IN ({marks})",
        [*args, *OPEN_STATES])}


@dataclass(frozen=True)
class Closed:
    """What a close did, for its undo: ``ids`` the forms that joined, ``before`` their
    states then, ``waiting`` the forms held back elsewhere that joined with them, and
    ``departments`` the departments a close without them took off its forms."""

    ids: list[int]
    before: dict[int, int] = field(default_factory=dict)
    waiting: list[int] = field(default_factory=list)
    departments: dict[int, str] = field(default_factory=dict)


def close_feedback(program: Program, cycle_id: int, session_id: int | None,
                   phase: str, without_departments: bool | Collection[str] = False) -> Closed:
    """Close the session's feedback: all its waiting forms join the figures at once
    (``without_departments``: with the departments written on them left out, True for
    all of them or the departments named, so those forms count for all departments
    together; undo puts them back; :func:`departments_to_leave_out` finds which).

    Raises :class:`~peerdesk.store.feedback_join.FormsWait` (nothing changes, the session
    stays open) when the figures before and after would tell the new forms apart."""
    from peerdesk.store.feedback_join import join_with_waiting

    forms = open_forms(program, cycle_id, session_id, phase)
    ids = sorted(forms)
    back = [i for i in ids if forms[i] in (REOPENED, IMPORTED_REOPENED)]
    with program.atomic():  # a refusal rolls back the departments taken off too
        dropped = (_drop_departments(program, ids, None if without_departments is True
                                     else without_departments)
                   if without_departments else {})
        waiting = join_with_waiting(program, ids, back=back)
        program.db.conn.executemany("UPDATE feedback_responses SET draft = ? WHERE id = ?",
                                    [(COUNTED, rid) for rid in ids])
        if ids and is_anonymous(program):
            shuffle_layout(program)  # the file's pages no longer follow the typing order
    return Closed(ids, forms, waiting, dropped)


def _drop_departments(program: Program, ids: list[int],
                      only: Collection[str] | None = None) -> dict[int, str]:
    """Take the departments off these forms (``only``: those of the departments named)."""
    marks = ", ".join("?" * len(ids))
    dropped = {int(r[0]): str(r[1]) for r in program.db.execute(
        f"SELECT id, department FROM feedback_responses WHERE id IN ({marks}) "
        "AND department != ''", ids)} if ids else {}
    if only is not None:
        dropped = {rid: d for rid, d in dropped.items() if d in only}
    program.db.conn.executemany("UPDATE feedback_responses SET department = '' WHERE id = ?",
                                [(rid,) for rid in dropped])
    return dropped


def _departments_written(program: Program, ids: list[int]) -> Counter[str]:
    marks = ", ".join("?" * len(ids))
    return Counter(str(r[0]) for r in program.db.execute(
        f"SELECT department FROM feedback_responses WHERE id IN ({marks}) "
        "AND department != ''", ids)) if ids else Counter()


def _would_join(program: Program, cycle_id: int, session_id: int | None, phase: str,
                left_out: Collection[str]) -> bool:
    """Whether the close would be taken with these departments left out (tried in a
    savepoint, then rolled back: nothing changes)."""
    from peerdesk.store.feedback_join import FormsWait

    try:
        program.rolled_back(lambda: close_feedback(program, cycle_id, session_id, phase,
                                                   without_departments=left_out))
    except FormsWait:
        return False
    return True


def closes_without_departments(program: Program, cycle_id: int, session_id: int | None,
                               phase: str) -> bool:
    """Whether a close the rule holds back would be taken with the forms' departments
    left out (tried, then rolled back; False when they carry none)."""
    written = _departments_to_drop(program, cycle_id, session_id, phase)
    return bool(written) and _would_join(program, cycle_id, session_id, phase, set(written))


def _departments_to_drop(program: Program, cycle_id: int, session_id: int | None,
                         phase: str) -> Counter[str]:
    """The departments written on the session's waiting forms, when they may be left out:
    never in a session an undo reopened (its forms counted before, and come back where
    they left: only Redo closes it again as it was)."""
    forms = open_forms(program, cycle_id, session_id, phase)
    return Counter() if _reopened(forms) else _departments_written(program, sorted(forms))


def _reopened(forms: dict[int, int]) -> bool:
    """Whether these open forms are a session an undo reopened (they counted before)."""
    return any(state in (REOPENED, IMPORTED_REOPENED) for state in forms.values())


@dataclass(frozen=True)
class LeftOut:
    """The departments a close the rule holds back leaves out so its forms can join now:
    ``written`` how many of the session's forms carry each department, ``left_out`` the
    departments taken off (their forms count for all departments together)."""

    written: dict[str, int]
    left_out: frozenset[str]

    @property
    def kept(self) -> list[str]:
        return sorted(set(self.written) - self.left_out, key=name_key)

    @property
    def forms_left_out(self) -> int:
        return sum(n for d, n in self.written.items() if d in self.left_out)

    def names_left_out(self) -> list[str]:
        return sorted(self.left_out, key=name_key)


def departments_to_leave_out(program: Program, cycle_id: int, session_id: int | None,
                             phase: str, progress: Callable[[int, int], bool] | None = None
                             ) -> LeftOut | None:
    """The departments to leave out so that a close the rule holds back is taken, keeping
    as many forms' departments as it can (None when even leaving them all out would not
    let the forms join).

    The way survey tools hide the next-smallest group: first every department is left
    out (if the forms still cannot join, None); then, the department written on the most
    forms first, each is kept if the close would still be taken with it. Every choice is
    the rule's own check, tried and rolled back, so whatever is kept passes the same check
    as any close. Never offered in a session an undo reopened: its forms counted before,
    and a form that comes back must come back where it left (Redo does that).
    ``progress(done, total)`` is called before each try; when it returns
    False the search stops, with the departments found so far (already tried together)."""
    written = _departments_to_drop(program, cycle_id, session_id, phase)
    return search_left_out(
        written, lambda out: _would_join(program, cycle_id, session_id, phase, out), progress)


def search_left_out(written: Counter[str], would_join: Callable[[frozenset[str]], bool],
                    progress: Callable[[int, int], bool] | None = None) -> LeftOut | None:
    """The search of :func:`departments_to_leave_out` over any batch (a close, an import):
    ``written`` how many of its forms carry each department, ``would_join(left_out)``
    whether the batch is taken with those departments left out (tried, rolled back)."""
    if not written or not would_join(frozenset(written)):
        return None
    order = sorted(written, key=lambda d: (-written[d], name_key(d)))
    kept: set[str] = set()
    for done, department in enumerate(order):
        if progress is not None and not progress(done, len(order)):
            break
        if would_join(frozenset(set(written) - kept - {department})):
            kept.add(department)
    if kept == set(written):  # not held back by its departments after all
        return None
    return LeftOut(dict(written), frozenset(set(written) - kept))


def close_keeping_out(program: Program, cycle_id: int, session_id: int | None,
                      phase: str) -> Closed:
    """Close the session's feedback with its waiting forms kept out of every figure: for
    forms the rule holds back that more forms will never join (the session is over with
    two answers, say). Nothing joins, so no figure and no reading of the history changes;
    the forms are kept (``draft`` KEPT_OUT) but never counted, and never join another
    batch: a form that joined one could leave it again by an undo and come back as a
    new answer, which the check cannot follow once the file has been reopened (found by
    review). The session takes no more forms. Undo (:func:`undo_keeping_out`) opens it
    again as it was.

    Refused for a session an undo reopened: its forms counted before, and leaving the
    figures is a change the rule would have to check (Redo closes it again)."""
    forms = open_forms(program, cycle_id, session_id, phase)
    if _reopened(forms):
        raise FeedbackClosed(REOPENED_STATE)
    ids = sorted(forms)
    with program.atomic():
        program.db.conn.executemany("UPDATE feedback_responses SET draft = ? WHERE id = ?",
                                    [(KEPT_OUT, rid) for rid in ids])
        if ids and is_anonymous(program):
            shuffle_layout(program)
    return Closed(ids, forms)


def undo_keeping_out(program: Program, closed: Closed) -> None:
    """Undo of :func:`close_keeping_out`: the forms wait in the open session again, as
    typed or imported (they never counted)."""
    with program.atomic():
        program.db.conn.executemany("UPDATE feedback_responses SET draft = ? WHERE id = ?",
                                    [(closed.before[rid], rid) for rid in closed.ids])


def kept_out(program: Program, cycle_id: int, session_id: int | None, phase: str) -> bool:
    """Whether forms of this session are kept out of the figures (held back). Never how
    many: a count, beside who signed the sheet, would say who answered."""
    if schema_version(program) < 2:
        return False
    where, args = unit_sql(cycle_id, session_id, phase)
    return program.db.execute(f"SELECT 1 FROM feedback_responses WHERE {where} AND draft IN "
                              "(?, ?) LIMIT 1", [*args, WAITING, KEPT_OUT]).fetchone() is not None


def reopen_feedback(program: Program, closed: Closed) -> None:
    """Undo of :func:`close_feedback`: the whole session is open again, its forms
    counted once (they may join again, and no new form may), with their departments."""
    from peerdesk.store.feedback_gate import set_waiting

    with program.atomic():
        program.db.conn.executemany(
            "UPDATE feedback_responses SET draft = ? WHERE id = ?",
            [(REOPENED if closed.before.get(rid, TYPING) in TYPED_OPEN else IMPORTED_REOPENED,
              rid) for rid in closed.ids])
        program.db.conn.executemany(
            "UPDATE feedback_responses SET department = ? WHERE id = ?",
            [(department, rid) for rid, department in closed.departments.items()])
        set_waiting(program, closed.waiting, True)
