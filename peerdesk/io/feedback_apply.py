"""Storing a survey export's planned rows (:mod:`peerdesk.io.feedback_import`), and the
undo: in an anonymous program the import closes the session's feedback unless asked to
keep it open (:mod:`peerdesk.store.feedback_close`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

from peerdesk.i18n import ngettext
from peerdesk.store import feedback_imports as imports_store
from peerdesk.store.feedback import FormsWait, Joined, join_with_waiting
from peerdesk.store.feedback_close import (
    IMPORTED,
    IMPORTED_REOPENED,
    LeftOut,
    close_feedback,
    open_forms,
    refuse_if_closed,
    reopen_feedback,
    search_left_out,
)
from peerdesk.store.feedback_gate import set_waiting
from peerdesk.store.program import Program
from peerdesk.store.responses import (
    add_responses,
    delete_responses,
    is_anonymous,
    shuffle_layout,
)

if TYPE_CHECKING:
    from peerdesk.io.feedback_import import FeedbackPlan


def _set_rows_done(program: Program, plan: FeedbackPlan, rows: int) -> None:
    imports_store.set_rows_done(program, plan.session_id, plan.phase, plan.kind, rows)


def apply_feedback(program: Program, plan: FeedbackPlan, ids: list[int] | None = None,
                   keep_open: bool = False) -> Joined:
    """Store the plan's good responses in one transaction; ``ids`` re-uses earlier ids
    (redo: the ``ids`` of the :class:`~peerdesk.store.feedback_join.Joined` it returned).

    In an anonymous program the import then closes the session's feedback (all its
    waiting forms join the figures at once, :func:`~peerdesk.store.feedback_close.close_feedback`)
    unless ``keep_open``; a session whose feedback is closed takes no rows
    (:class:`~peerdesk.store.feedback_close.FeedbackClosed`, nothing written).

    Raises :class:`~peerdesk.store.feedback.FormsWait` and writes nothing when the
    figures before and after would tell the new answers apart: the rows stay in the
    export, and a later import, with enough more of them, takes them all (or import
    with ``keep_open`` and close the session when enough forms are in).

    Every row of the file counts as taken (bad rows too: a later export holds them again
    as they were, and they are not guessed at), so the next import starts after them."""
    if plan.blocking:
        raise ValueError("; ".join(plan.blocking))
    if ids is not None:
        for response, rid in zip(plan.responses, ids, strict=True):
            response.id = rid
    anonymous = is_anonymous(program)
    if ids is None and plan.responses:
        refuse_if_closed(program, plan.cycle_id, plan.session_id, plan.phase)
    try:
        return _store(program, plan, ids, keep_open, anonymous)
    except FormsWait as wait:  # nothing was stored: say so, and what would let them in
        offer = None if plan.left_out else leave_out_offer(program, plan, ids, keep_open)
        raise FormsWait(len(plan.responses), wait.why, stored=False,
                        advice=_advice(plan, offer), offer=offer) from None
    finally:
        for response in plan.responses:
            response.id = None


def wait_advice(program: Program, plan: FeedbackPlan, ids: list[int] | None = None,
                keep_open: bool = False) -> str:
    """What lets a held-back import's answers join now, in words ("" if nothing does)."""
    return _advice(plan, leave_out_offer(program, plan, ids, keep_open))


def _advice(plan: FeedbackPlan, offer: LeftOut | None) -> str:
    if offer is None:
        return ""
    return ngettext(
        "The form's department column (“{column}”) splits the answers into small groups: "
        "with the department left out on {n} answer ({left_out}), they would all count now, "
        "those for all departments together.",
        "The form's department column (“{column}”) splits the answers into small groups: "
        "with the departments left out on {n} answers ({left_out}), they would all count "
        "now, those for all departments together.", offer.forms_left_out).format(
        column=department_column(plan), n=offer.forms_left_out,
        left_out=", ".join(offer.names_left_out()))


def leave_out_offer(program: Program, plan: FeedbackPlan, ids: list[int] | None = None,
                    keep_open: bool = False) -> LeftOut | None:
    """The departments a held-back import would leave out to be taken now, keeping as many
    answers' departments as the rule lets through (the search of
    :func:`~peerdesk.store.feedback_close.search_left_out`, each try stored and rolled
    back), or None: no department column, a named program, or no choice lets them in."""
    if department_column(plan) is None or not plan.anonymous:
        return None  # a named program fills the department in from the people list anyway
    written = Counter(r.department for r in plan.responses if r.department)

    def would_join(left_out: frozenset[str]) -> bool:
        tried = replace(plan, left_out=left_out)
        try:
            program.rolled_back(lambda: _store(program, tried, ids, keep_open, True))
        except FormsWait:
            return False
        finally:
            for response in plan.responses:
                response.id = None if ids is None else response.id
        return True

    return search_left_out(written, would_join)


@contextmanager
def _leaving_out(plan: FeedbackPlan) -> Iterator[None]:
    """The plan's answers with the departments it leaves out taken off, while stored."""
    departments = [r.department for r in plan.responses]
    try:
        for response in plan.responses:
            if response.department in plan.left_out:
                response.department = ""
        yield
    finally:
        for response, department in zip(plan.responses, departments, strict=True):
            response.department = department


def department_column(plan: FeedbackPlan) -> str | None:
    """The heading of the export's column mapped to the respondent's department."""
    return next((h for h, target in zip(plan.table.headers, plan.mapping, strict=False)
                 if target == "department"), None)


def _store(program: Program, plan: FeedbackPlan, ids: list[int] | None, keep_open: bool,
           anonymous: bool) -> Joined:
    closed = None
    with _leaving_out(plan), program.atomic():  # a refusal below rolls the rows back: they wait in the export
        if anonymous:
            # a redo of an import that closed the session: its rows counted once
            again = ids is not None and not keep_open
            new_ids = add_responses(program, plan.responses,
                                    draft=IMPORTED_REOPENED if again else IMPORTED)
            waiting: list[int] = []
            if not keep_open and (new_ids or open_forms(program, plan.cycle_id,
                                                        plan.session_id, plan.phase)):
                closed = close_feedback(program, plan.cycle_id, plan.session_id, plan.phase)
                waiting = closed.waiting
        else:
            new_ids = add_responses(program, plan.responses)
            # FormsWait: nothing is kept. A redo brings back the forms its undo took out.
            waiting = join_with_waiting(program, new_ids, returning=ids is not None)
        _set_rows_done(program, plan, len(plan.table.rows))
        if new_ids and anonymous:
            shuffle_layout(program)  # the file's pages no longer follow the rows' order
    return Joined(new_ids, waiting, closed)


def undo_feedback(program: Program, done: Joined, plan: FeedbackPlan | None = None) -> None:
    """Take an import back (``done``: what :func:`apply_feedback` returned); with its
    plan, the row count goes back to what it was. If the import closed the session, the
    session is open again, and the forms it held before (counted once) may only join
    again: see :func:`reopen_feedback`."""
    with program.atomic():
        if done.closed is not None:
            reopen_feedback(program, done.closed)
        delete_responses(program, done.ids)
        set_waiting(program, done.waiting, True)
        if plan is not None:
            _set_rows_done(program, plan, plan.rows_before)
