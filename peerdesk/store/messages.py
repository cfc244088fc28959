"""Announcement messages from the program file: the templates, and who gets which words.

The templates live in the existing ``settings`` table under one key
(``message_templates``: kind -> subject and body), holding only the kinds the
facilitator changed; every other kind uses :data:`~peerdesk.core.message_templates.DEFAULTS`.
:func:`announcement` reads a cycle's published pairs, a session, the code of conduct
and the facilitator, and hands back one :class:`~peerdesk.core.messages.Letter` per
person. It never reads a feedback table.
"""

from __future__ import annotations

from datetime import date, timedelta

from peerdesk.core.agenda import parse_hhmm
from peerdesk.core.message_templates import (
    DEFAULTS,
    Facts,
    Template,
    check_template,
    is_default,
    letter,
)
from peerdesk.core.messages import KINDS, Batch, Member, Person, SessionFacts
from peerdesk.core.models import Participant, Session, stored_id
from peerdesk.core.validation import Problem, ValidationError, valid_email
from peerdesk.i18n import N_, _, translation_for
from peerdesk.store import conduct
from peerdesk.store import pairings as pairing_store
from peerdesk.store import sessions as session_store
from peerdesk.store.attendance import attendance
from peerdesk.store.cycles import get_cycle
from peerdesk.store.participants import list_facilitators, list_participants
from peerdesk.store.program import Program

SETTING = "message_templates"
_KIND_MESSAGE = {"pairs": N_("Pairs message"), "session": N_("Session message"),
                 "reminder": N_("Reminder message"), "thanks": N_("Thanks message")}


# -- templates ---------------------------------------------------------------------------

def _saved(program: Program) -> dict[str, dict[str, str]]:
    value = program.setting(SETTING)
    return value if isinstance(value, dict) else {}


def template(program: Program, kind: str) -> Template:
    """The kind's template: the facilitator's own, else the default."""
    if kind not in KINDS:
        raise ValidationError([Problem("kind", _("“{kind}” is not a kind of message: choose "
                                                 "one of {kinds}.").format(
                                                     kind=kind, kinds=", ".join(KINDS)))])
    own = _saved(program).get(kind)
    if isinstance(own, dict) and isinstance(own.get("subject"), str) and isinstance(
            own.get("body"), str):
        return Template(own["subject"], own["body"])
    return DEFAULTS[kind]


def is_custom(program: Program, kind: str) -> bool:
    return kind in _saved(program)


def templates(program: Program) -> dict[str, Template]:
    return {kind: template(program, kind) for kind in KINDS}


def saved_templates(program: Program) -> dict[str, dict[str, str]]:
    """The raw setting, for undo."""
    return {k: dict(v) for k, v in _saved(program).items()}


def set_templates(program: Program, changes: dict[str, Template | None]) -> None:
    """Save templates (None resets a kind to its default), all or nothing.

    Each is checked first; any problem refuses the whole save with its message."""
    problems = []
    for kind, t in changes.items():
        if t is not None:
            problems += [Problem(p.field, _("{kind}: {problem}").format(
                                 kind=_KIND_MESSAGE.get(kind, kind), problem=p.message))
                         for p in check_template(kind, t.subject, t.body)]
        elif kind not in KINDS:
            problems.append(Problem("kind", _("“{kind}” is not a kind of message.").format(kind=kind)))
    if problems:
        raise ValidationError(problems)
    saved = _saved(program)
    for kind, t in changes.items():
        if t is None or is_default(kind, t):
            saved.pop(kind, None)
        else:
            saved[kind] = {"subject": t.subject.strip(), "body": t.body}
    program.set_setting(SETTING, saved)


def restore_templates(program: Program, raw: dict[str, dict[str, str]]) -> None:
    """Put the setting back exactly (the window's undo)."""
    program.set_setting(SETTING, raw)


# -- who gets what -------------------------------------------------------------------------

def _person(p: Participant) -> Person:
    return Person(id=stored_id(p.id), name=p.name, email=p.email.strip(), department=p.department,
                  location=p.location, availability=p.availability,
                  teaches=tuple(p.teaches()), learns=tuple(p.learns()))


def _facts(session: Session) -> SessionFacts:
    end = ""
    if session.start_time:
        start = parse_hhmm(session.start_time)
        from datetime import datetime

        end = (datetime.combine(date(2000, 1, 1), start)
               + timedelta(minutes=session.minutes)).strftime("%H:%M")
    return SessionFacts(title=session.title, day=session.date, start=session.start_time,
                        end=end, timezone=session.timezone, place=session.location,
                        topic=session.topic)


def _facilitator_name(program: Program, session: Session | None,
                      people: dict[int, Participant]) -> str:
    chosen = session_store.facilitator_of(program, session) if session else None
    if chosen is None:
        appointed = list_facilitators(program)
        chosen = appointed[0] if appointed else None
    if chosen is None:
        return ""
    if chosen.participant_id is not None and chosen.participant_id in people:
        return people[chosen.participant_id].name
    return chosen.name


def default_session(program: Program, cycle_id: int, kind: str,
                    today: date | None = None) -> int | None:
    """The session a kind is about when none is chosen: the next one (pairs, session,
    reminder), or the latest one held (thanks); None when the cycle has none."""
    sessions = session_store.list_sessions(program, cycle_id, with_agenda=False)
    if not sessions:
        return None
    today = today or date.today()
    if kind == "thanks":
        held = [s for s in sessions if s.date and s.date <= today]
        return (held[-1] if held else sessions[0]).id
    upcoming = [s for s in sessions if s.date and s.date >= today]
    return (upcoming[0] if upcoming else sessions[-1]).id


def announcement(program: Program, cycle_id: int, kind: str = "pairs",
                 session_id: int | None = None, today: date | None = None) -> Batch:
    """One letter per person for ``kind``; people without a usable e-mail listed apart.

    pairs: everyone in a published pair or trio of the cycle, with the session (the
    next one by default) attached. session, reminder: the session's invitees. thanks:
    those marked present at the session (all invitees when nobody was marked)."""
    if kind not in KINDS:
        raise ValidationError([Problem("kind", _("“{kind}” is not a kind of message: choose "
                                                 "one of {kinds}.").format(
                                                     kind=kind, kinds=", ".join(KINDS)))])
    try:
        cycle = get_cycle(program, cycle_id)
    except KeyError:
        raise ValidationError([Problem("cycle", _("There is no cycle with id {id}.").format(id=cycle_id))]) from None
    if session_id is None:
        session_id = default_session(program, cycle_id, kind, today)
        if session_id is None and kind != "pairs":
            raise ValidationError([Problem("session", _("The cycle “{cycle}” has no sessions "
                                                        "yet: add one on the Sessions tab "
                                                        "first.").format(cycle=cycle.name))])
    session = session_store.get_session(program, session_id) if session_id is not None else None
    if session is not None and session.cycle_id != cycle_id:
        raise ValidationError([Problem("session", _("Session {id} is not in the cycle "
                                                    "“{cycle}”.").format(id=session_id,
                                                                         cycle=cycle.name))])
    if (kind == "thanks" and session is not None and session.date is not None
            and session.date > (today or date.today())):
        from peerdesk.core.messages import format_day

        raise ValidationError([Problem("session", _("{session} is on {date}: send the "
                                                    "thank-you after it has taken place.").format(
                                                        session=session.title,
                                                        date=format_day(session.date)))])
    people = {stored_id(p.id): p for p in list_participants(program)}
    groups = [g for g in pairing_store.list_pairings(program, cycle_id) if g.published]
    if kind == "pairs" and not groups:
        raise ValidationError([Problem("pairs", _("The pairs of “{cycle}” are not published "
                                                  "yet. Generate them on the Pairings tab, check "
                                                  "them, and press Publish (or run `peerdesk pair "
                                                  "FILE --cycle NAME --publish`); then announce "
                                                  "them.").format(cycle=cycle.name))])
    roles = pairing_store.roles(program, cycle_id)
    group_of: dict[int, list[Member]] = {}
    for g in groups:
        members = [Member(_person(people[m]), roles.get(stored_id(g.id), {}).get(m, "peer"))
                   for m in g.member_ids if m in people]
        for m in members:
            group_of[m.person.id] = members

    if kind == "pairs":
        recipients = [people[pid] for pid in group_of]
    else:
        assert session is not None  # every kind but "pairs" has one (refused above)
        recipients = session_store.invitees(program, stored_id(session.id))
        if kind == "thanks":
            marks = attendance(program, stored_id(session.id))
            if any(status == "present" for status in marks.values()):
                recipients = [p for p in recipients if marks.get(stored_id(p.id)) == "present"]
    recipients = [p for p in recipients if not p.archived]
    recipients.sort(key=lambda p: (p.name.casefold(), p.id))

    following = None
    if session is not None and kind == "thanks":
        later = [s for s in session_store.list_sessions(program, cycle_id, with_agenda=False)
                 if s.date and session.date and s.date > session.date]
        following = _facts(later[0]) if later else None
    first = False
    if session is not None:
        dated = [s for s in session_store.list_sessions(program, cycle_id, with_agenda=False)]
        first = bool(dated) and dated[0].id == session.id
    current = conduct.current_version(program)
    facts = Facts(program=program.name, cycle=cycle.name,
                  facilitator=_facilitator_name(program, session, people),
                  conduct_text=current.text if current else "",
                  session=_facts(session) if session else None,
                  session_id=session.id if session else None, first_session=first,
                  next_session=following,
                  attach=session is not None and session.date is not None and kind != "thanks")
    # The letters are in the program's document language; what is said to the
    # facilitator (who gets no e-mail, and why) in the interface's.
    words = translation_for(program.settings().language)
    with words.active():
        chosen = template(program, kind)
    batch = Batch(kind=kind, cycle=cycle.name, session_title=session.title if session else "",
                  attach=facts.attach, language=words.code)
    for p in recipients:
        members = group_of.get(stored_id(p.id), [])
        me = next((m for m in members if m.person.id == p.id), Member(_person(p)))
        others = [m for m in members if m.person.id != p.id]
        email = p.email.strip()
        if not email:
            batch.without_email.append((me.person, _("no e-mail address")))
            continue
        if not valid_email(email):
            batch.without_email.append((me.person, _("“{email}” is not a valid e-mail "
                                                     "address").format(email=email)))
            continue
        with words.active():
            batch.letters.append(letter(kind, chosen, me, others, facts))
    return batch


def sender(program: Program, session_id: int | None) -> tuple[str, str] | None:
    """(name, e-mail) of the facilitator the drafts come from, or None."""
    session = session_store.get_session(program, session_id) if session_id else None
    chosen = session_store.facilitator_of(program, session) if session else None
    if chosen is None:
        appointed = list_facilitators(program)
        chosen = appointed[0] if appointed else None
    if chosen is None:
        return None
    if chosen.participant_id is not None:
        people = {p.id: p for p in list_participants(program)}
        person = people.get(chosen.participant_id)
        if person is not None and valid_email(person.email.strip()):
            return person.name, person.email.strip()
    if chosen.email.strip() and valid_email(chosen.email.strip()):
        return chosen.name, chosen.email.strip()
    return None
