"""Forms joining the figures: the check every batch passes (a session's close, see
:mod:`peerdesk.store.feedback_close`).

A batch of forms joins only if the figures read after it, beside every earlier reading
(:mod:`peerdesk.core.disclosure_history`), give no answer away; otherwise it waits
(:class:`FormsWait`). Forms that counted once and come back (an undo opened their
typing again, a redo) are taken for the answers that left.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peerdesk.core.feedback import ResponseRecord
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import ngettext
from peerdesk.store.feedback_reads import load_feedback_data
from peerdesk.store.program import Program

if TYPE_CHECKING:
    from peerdesk.core.disclosure_history import Outcome
    from peerdesk.store.feedback_close import Closed, LeftOut


class FormsWait(ValidationError):
    """The forms cannot join the figures yet: comparing the figures after with those of
    any earlier reading would tell them apart (see
    :func:`peerdesk.core.disclosure_history.check_change`). ``stored``: whether they are
    kept, waiting (typed forms, a close), or were not stored at all (an import: they wait
    in the export); ``advice``: what the facilitator can do, if anything more; ``offer``:
    the departments an import can leave out to be taken now."""

    def __init__(self, count: int, why: str, stored: bool = True, advice: str = "",
                 offer: LeftOut | None = None):
        if stored:
            text = ngettext(
                "{n} form cannot join the figures yet: {why}. It waits, counted in no "
                "figure, until enough more forms come in to join together.",
                "These {n} forms cannot join the figures yet: {why}. They wait, counted in "
                "no figure, until enough more forms come in to join together.", count)
        else:
            text = ngettext(
                "{n} answer cannot join the figures yet: {why}. Nothing was stored: it stays "
                "in the export, and a later import of it, with enough more answers, takes "
                "them all.",
                "These {n} answers cannot join the figures yet: {why}. Nothing was stored: "
                "they stay in the export, and a later import of it, with enough more "
                "answers, takes them all.", count)
        text = text.format(n=count, why=why)
        super().__init__([Problem("", f"{text} {advice}" if advice else text)])
        self.count, self.why, self.stored, self.advice = count, why, stored, advice
        self.offer = offer  # the departments whose leaving out lets them in, if any


def forms_in_figures(program: Program, cycle_id: int | None = None) -> tuple[int | None, str]:
    """How many forms the program (or one cycle) holds, as the disclosure rule lets it be
    said: (n, "") or (None, why it is withheld)."""
    from peerdesk.core.disclosure import forms_said
    from peerdesk.core.feedback import book

    return forms_said(book(load_feedback_data(program)), cycle_id)


def join_problem(program: Program, response_ids: list[int]) -> str:
    """Why these stored forms (drafts, or rows just written) may not join the figures
    ("" if they may). Named programs show no less than anonymous ones, so the same
    check applies to both."""
    return join_outcome(program, response_ids).why


def join_outcome(program: Program, response_ids: list[int], returning: bool = False
                 ) -> Outcome:
    """The check of these stored forms joining the figures, against every reading of
    the figures so far (:mod:`peerdesk.core.disclosure_history`); ``returning``: forms
    an undo brings back."""
    from peerdesk.core.disclosure_history import joining
    from peerdesk.store.disclosure_history import load_history

    wanted = set(response_ids)
    data = load_feedback_data(program, also=wanted or None)
    new: dict[int, ResponseRecord] = data.cache.pop("new forms", {})  # type: ignore[assignment]
    return joining(load_history(program), data, list(new.values()), returning)


class _Refused(Exception):
    def __init__(self, why: str):
        super().__init__(why)
        self.why = why


def join_with_waiting(program: Program, ids: list[int], back: list[int] | None = None,
                      returning: bool = False) -> list[int]:
    """Check that the stored forms ``ids`` may join the figures (raises :class:`FormsWait`
    if not); forms waiting since attendance was marked or an undo (see
    :mod:`peerdesk.store.feedback_gate`) join with them when the whole batch is safe.
    Returns those waiting forms, now counted (inside the caller's transaction).

    Forms that counted in the figures before and come back (``back``: typed forms whose
    typing an undo opened again; all of ``ids`` with ``returning``, a redo) are checked
    first, then the others with the waiting forms. Both steps take a form that comes to
    where answers left the figures for one of those answers (the check's ``returning``,
    as the red team's audited histories do): a form taken for new may well be one that
    left, an import undone and a later export of the same form imported again, whose
    rows come back under new ids. Once the file has been reopened the history no longer
    knows which form was which, and taking them for new answers gave away the one row
    the second export added (found by review: tests/adversary/test_adv_undo_reimport.py).
    Both steps are readings of the history (the one between is never shown: one reading
    more is only stricter)."""
    from peerdesk.store.feedback_gate import waiting_ids

    if not ids:
        return []
    back = list(ids) if returning else [i for i in (back or []) if i in set(ids)]
    waiting = waiting_ids(program)
    why = ""
    for extra in ([waiting, []] if waiting else [[]]):
        try:
            with program.atomic():  # a savepoint: a refusal leaves nothing behind
                _join_in_steps(program, [back, [i for i in ids if i not in back] + extra])
            return extra
        except _Refused as refused:
            why = refused.why
    raise FormsWait(len(ids), why)


def _join_in_steps(program: Program, steps: list[list[int]]) -> None:
    """Each step's forms join (checked beside every reading, arrivals where answers left
    taken for those answers); raises :class:`_Refused` at the first step that would give
    answers away. Inside the caller's transaction."""
    from peerdesk.store.disclosure_history import save_history
    from peerdesk.store.feedback_gate import COUNTED

    for step in steps:
        if not step:
            continue
        outcome = join_outcome(program, step, returning=True)
        if outcome.why:
            raise _Refused(outcome.why)
        save_history(program, outcome.history)
        program.db.conn.executemany("UPDATE feedback_responses SET draft = ? WHERE id = ?",
                               [(COUNTED, rid) for rid in step])


@dataclass(frozen=True)
class Joined:
    """What an import did, for its undo and redo: ``ids`` the forms it stored,
    ``waiting`` the waiting forms that joined with them, and (when it closed the
    session) ``closed``, the close's forms and their states before."""

    ids: list[int]
    waiting: list[int] = field(default_factory=list)
    closed: Closed | None = None
