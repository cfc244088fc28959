"""``peerdesk feedback add`` and ``peerdesk feedback finish``: paper forms typed on the
command line, and a session's feedback closed (its forms join the figures together, or,
held back, with the departments that must go left out or kept out of every figure)."""

from __future__ import annotations

import sys

from peerdesk.cli import CommandError, open_program
from peerdesk.core.models import stored_id
from peerdesk.i18n import _, ngettext


def _answers(pairs: list[str]) -> dict[str, str]:
    answers = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise CommandError(_("“{pair}” is not KEY=VALUE, for example usefulness=4.").format(pair=pair))
        answers[key.strip()] = value
    return answers


def _department(program, typed: str) -> str:
    """The department as the entry grid takes it: a known one, by its name or the start of
    it, in any case; an unknown one is refused with the list (a typo would make a group
    of one)."""
    from peerdesk.core.validation import resolve
    from peerdesk.store.feedback import departments

    known = departments(program)
    match = resolve(typed or "", known)
    if match is None:
        raise CommandError(_("No department matches “{text}”. Departments: {value}.").format(
            text=typed, value=", ".join(known) or _("none yet")))
    return match


def _where(program, args) -> tuple[int, int | None, str]:
    """(cycle id, session id, phase) of ``--session ID`` or ``--before/--after CYCLE``."""
    from peerdesk.store.cycles import require_cycle
    from peerdesk.store.sessions import cycle_of

    if args.session is not None:
        cycle_id = cycle_of(program, args.session)
        if cycle_id is None:
            raise CommandError(_("There is no session {id}; “peerdesk sessions FILE” "
                                 "lists them.").format(id=args.session))
        return cycle_id, args.session, "session"
    cycle = require_cycle(program, args.before if args.before is not None else args.after)
    return stored_id(cycle.id), None, "before" if args.before is not None else "after"


def cmd_feedback_add(args) -> int:
    from peerdesk.store.feedback import PaperForm, add_paper_form
    from peerdesk.store.participants import find_by_email

    answers = _answers(args.answers)
    with open_program(args.file) as program:
        cycle_id, session_id, phase = _where(program, args)
        form = PaperForm(cycle_id, answers, session_id=session_id, phase=phase)
        form.department, form.skill = _department(program, args.department), args.skill
        if args.person:
            person = find_by_email(program, args.person)
            if person is None:
                raise CommandError(_("Nobody in the program has the email {email}.").format(
                    email=args.person))
            form.participant_id = person.id
        response_id = add_paper_form(program, form)
        from peerdesk.store.responses import is_anonymous

        anonymous = is_anonymous(program)
    print(response_id)
    if anonymous:
        print(_("Typed. It joins the figures, with the session's other forms, when you "
                "close the session's feedback: peerdesk feedback finish FILE --session ID "
                "(or --before/--after CYCLE)."), file=sys.stderr)
    return 0


def cmd_feedback_finish(args) -> int:
    from peerdesk.core.collation import name_key
    from peerdesk.store.feedback import (
        CLOSED,
        OPEN,
        FormsWait,
        close_feedback,
        close_keeping_out,
        closes_without_departments,
        departments_to_leave_out,
        feedback_state,
    )

    with open_program(args.file) as program:
        where = _where(program, args)
        kept = False
        try:
            try:
                done = close_feedback(program, *where)
            except FormsWait:  # with the flag: only the departments that hold them back
                offer = departments_to_leave_out(program, *where) if args.without_departments else None
                if offer is None:
                    raise
                done = close_feedback(program, *where, without_departments=offer.left_out)
        except FormsWait as exc:  # not a failure: they stay open, in no figure yet
            is_open = feedback_state(program, *where) == OPEN
            # leaving departments out would let them in (tried once): no keep-out, say so
            departments_help = (not args.without_departments
                                and closes_without_departments(program, *where))
            if args.keep_out and is_open and not departments_help:
                done, kept = close_keeping_out(program, *where), True
            else:
                print(exc)
                if departments_help:
                    print(_("The departments written on some of these forms split them into "
                            "groups too small to add apart; with those left out they can join "
                            "now: add --without-departments (it leaves out only the "
                            "departments it must, and names them)."))
                elif is_open:
                    print(_("If no more forms will come for this session, add --keep-out: it "
                            "closes the session with its forms kept out of every figure."))
                return 0
        already = not done.ids and feedback_state(program, *where) == CLOSED
    if already:
        print(_("This session's feedback was already closed."))
        return 0
    if not done.ids:
        print(_("No forms wait for this session: its feedback stays open."))
        return 0
    if kept:
        print(_("Feedback closed: the session takes no more forms. Its forms are kept, but "
                "out of every figure: the rule held them back."))
        return 0
    print(ngettext("Feedback closed: {n} form joined the figures; the session takes no "
                   "more forms.", "Feedback closed: {n} forms joined the figures together; "
                   "the session takes no more forms.", len(done.ids)).format(n=len(done.ids)))
    if done.waiting:
        print(_("The forms waiting since attendance was marked joined with them."))
    if done.departments:
        names = sorted(set(done.departments.values()), key=name_key)
        print(ngettext("The department written on {n} form was left out, as asked: {names}.",
                       "The departments written on {n} forms were left out, as asked: {names}.",
                       len(done.departments)).format(n=len(done.departments),
                                                     names=", ".join(names)))
    return 0
