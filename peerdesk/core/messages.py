"""What a facilitator would write to each participant: "your buddy is …", the session, thanks.

Every sentence here is in the second person and built from what people said about
themselves (department, office, what they teach and want to learn, when they are free)
and from the session's date and place. Scores, rule names and anything about feedback
are never inputs, so no message can mention them. The words go into the templates of
:mod:`peerdesk.core.message_templates`, which the facilitator may edit.

Every sentence is one translatable text with named placeholders, in the language in
force when it is made (the program's document language: see
:func:`peerdesk.store.messages.announcement`). Where one phrase would read differently
in a main clause and after "because" (German puts the verb last there), each has its own
text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from peerdesk.core.scoring import ANY_TIME, availability_tokens
from peerdesk.i18n import N_, _, current, ngettext, pgettext

KINDS = ("pairs", "session", "reminder", "thanks")
KIND_TITLES = {  # lazy: shown in the language in force (str() before handing to Qt)
    "pairs": N_("Your partner (pairs)"),
    "session": N_("Session invitation"),
    "reminder": N_("Session reminder"),
    "thanks": N_("Thank-you"),
}

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DAY_TOKENS = {"mon": N_("Mondays"), "tue": N_("Tuesdays"), "wed": N_("Wednesdays"),
               "thu": N_("Thursdays"), "fri": N_("Fridays")}
_PART_TOKENS = {"mornings": N_("mornings"), "afternoons": N_("afternoons"),
                "evenings": N_("evenings")}
# Words a code-of-conduct line may not carry into a message: it must never touch feedback.
_UNSAID = re.compile(r"feedback|answer|survey|response", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Person:
    """One participant as a message sees them."""

    id: int
    name: str
    email: str = ""
    department: str = ""
    location: str = ""
    availability: str = ""
    teaches: tuple[str, ...] = ()
    learns: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Member:
    person: Person
    role: str = "peer"  # buddy | recruit | peer


@dataclass(frozen=True, slots=True)
class SessionFacts:
    title: str
    day: date | None
    start: str = ""  # HH:MM
    end: str = ""
    timezone: str = ""
    place: str = ""
    topic: str = ""

    @property
    def online(self) -> bool:
        return self.place.strip().lower().startswith(("http://", "https://"))

    def date_text(self) -> str:
        return format_day(self.day) if self.day else _("a date still to be set")

    def time_text(self) -> str:
        if not self.start:
            return ""
        zone = self.timezone.rsplit("/", 1)[-1].replace("_", " ") if self.timezone else ""
        span = f"{self.start}–{self.end}" if self.end else self.start
        if zone and zone != "UTC":
            return _("{span} ({zone} time)").format(span=span, zone=zone)
        return f"{span} UTC" if zone == "UTC" else span

    def place_text(self) -> str:
        if not self.place.strip():
            return _("the place still to be announced")
        if self.online:
            return _("online at {link}").format(link=self.place.strip())
        return _("in {place}").format(place=self.place.strip())

    def when_text(self) -> str:
        time = self.time_text()
        return f"{self.date_text()}, {time}" if time else self.date_text()


def format_day(d: date) -> str:
    """``Wednesday 3 March 2027`` in English, the language's full date elsewhere
    ("Mittwoch, 3. März 2027"): the same on every computer (the language in force, not
    the computer's locale, decides)."""
    t = current()
    if t.code != "en":
        return t.format_date(d, "full")
    return f"{_DAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]} {d.year}"


def join(items: Sequence[str], word: str = "and") -> str:
    """"A, B and C" (``word="or"``: "A, B or C") as the language in force writes a list."""
    items = [str(i) for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    if word == "or":
        from babel.lists import format_list

        return format_list(items, style="or", locale=current().locale)
    return current().format_list(items)


def _key(skill: str) -> str:
    return " ".join(skill.split()).casefold()


def can_teach(teacher: Person, learner: Person) -> list[str]:
    """What ``teacher`` can teach that ``learner`` wants, in the teacher's spelling."""
    wanted = {_key(s) for s in learner.learns}
    seen: set[str] = set()
    out = []
    for skill in teacher.teaches:
        key = _key(skill)
        if key in wanted and key not in seen:
            seen.add(key)
            out.append(" ".join(skill.split()))
    return out


def _named(p: Person) -> str:
    return f"{p.name} ({p.department})" if p.department.strip() else p.name


def _grounds(me: Person, other: Person) -> list[tuple[str, dict[str, str]]]:
    """Why two people suit each other, as (kind, values) for :func:`_ground_text`."""
    out: list[tuple[str, dict[str, str]]] = []
    if (me.department.strip() and other.department.strip()
            and me.department.strip().casefold() != other.department.strip().casefold()):
        out.append(("teams", {"mine": me.department.strip(),
                              "theirs": other.department.strip()}))
    if (me.location.strip() and other.location.strip()
            and me.location.strip().casefold() == other.location.strip().casefold()):
        out.append(("office", {"office": other.location.strip()}))
    common = (availability_tokens(me.availability)
              & availability_tokens(other.availability)) - {ANY_TIME}
    days = join([_DAY_TOKENS[t] for t in _DAY_TOKENS if t in common])
    parts = join([_PART_TOKENS[t] for t in _PART_TOKENS if t in common])
    if days and parts:
        out.append(("days_parts", {"days": days, "parts": parts}))
    elif days:
        out.append(("days", {"days": days}))
    elif parts:
        out.append(("parts", {"parts": parts}))
    return out


def _ground_text(kind: str, values: dict[str, str], because: bool) -> str:
    """One reason as a verb phrase: after "You and Ana …" or, ``because``, after "We paired
    you because you …" (a subordinate clause: German puts the verb last there)."""
    if because:
        texts = {
            "teams": pgettext("after: because you", "work in different teams ({mine} and "
                              "{theirs})"),
            "office": pgettext("after: because you", "are both in the {office} office"),
            "days_parts": pgettext("after: because you", "are both free on {days} in the "
                                   "{parts}"),
            "days": pgettext("after: because you", "are both free on {days}"),
            "parts": pgettext("after: because you", "are both free in the {parts}"),
        }
    else:
        texts = {
            "teams": pgettext("after: You and Ana", "work in different teams ({mine} and "
                              "{theirs})"),
            "office": pgettext("after: You and Ana", "are both in the {office} office"),
            "days_parts": pgettext("after: You and Ana", "are both free on {days} in the "
                                   "{parts}"),
            "days": pgettext("after: You and Ana", "are both free on {days}"),
            "parts": pgettext("after: You and Ana", "are both free in the {parts}"),
        }
    return texts[kind].format(**values)


def shared_ground(me: Person, other: Person) -> list[str]:
    """Why two people suit each other, as verb phrases after "You and Ana …"."""
    return [_ground_text(kind, values, because=False) for kind, values in _grounds(me, other)]


def _you_and(me: Person, other: Person) -> str:
    """"You and Ana work in different teams (…) and are both free on Mondays." (or "")."""
    ground = shared_ground(me, other)
    return _("You and {name} {reasons}.").format(name=other.name, reasons=join(ground)) \
        if ground else ""


def _because(me: Person, other: Person) -> str:
    """"We paired you because you work in different teams (…)." (or "")."""
    ground = [_ground_text(kind, values, because=True) for kind, values in _grounds(me, other)]
    return _("We paired you because you {reasons}.").format(reasons=join(ground)) \
        if ground else ""


def _offer(me: Person, other: Person) -> tuple[str, str]:
    """What ``other`` can teach ``me`` and what they want to learn from ``me``, each listed."""
    return join(can_teach(other, me)), join(can_teach(me, other))


def _offer_sentence(me: Person, other: Person) -> str:
    """"Ana can help you with SQL, and wants to learn Negotiation from you." (or "")."""
    gives, takes = _offer(me, other)
    if gives and takes:
        return _("{name} can help you with {gives}, and wants to learn {takes} from "
                 "you.").format(name=other.name, gives=gives, takes=takes)
    if gives:
        return _("{name} can help you with {gives}.").format(name=other.name, gives=gives)
    if takes:
        return _("{name} wants to learn {takes} from you.").format(name=other.name, takes=takes)
    return ""


def partner_intro(me: Member, others: Sequence[Member]) -> str:
    """The paragraph that tells ``me`` who their partner is and why, in the second person."""
    if not others:
        return ""
    mine = me.person
    buddies = [o for o in others if o.role == "buddy"]
    recruits = [o for o in others if o.role == "recruit"]
    lines: list[str] = []
    if me.role == "recruit" and buddies:
        buddy = buddies[0].person
        gives, takes = _offer(mine, buddy)
        who = _named(buddy)
        if gives and takes:
            lines.append(_("Your buddy this cycle is {buddy}, who can help you with {gives}, "
                           "and wants to learn {takes} from you.").format(
                               buddy=who, gives=gives, takes=takes))
        elif gives:
            lines.append(_("Your buddy this cycle is {buddy}, who can help you with "
                           "{gives}.").format(buddy=who, gives=gives))
        elif takes:
            lines.append(_("Your buddy this cycle is {buddy}, who wants to learn {takes} from "
                           "you.").format(buddy=who, takes=takes))
        else:
            lines.append(_("Your buddy this cycle is {buddy}, who knows how things work here "
                           "and will help you find your feet.").format(buddy=who))
        lines.append(_("{buddy} has been with us a while: ask them anything, however "
                       "small.").format(buddy=buddy.name))
        lines.append(_you_and(mine, buddy))
        lines += [_("You share your buddy with {name}, who also joined us recently.").format(
            name=_named(other.person)) for other in recruits]
        rest = [o for o in others if o.role not in ("buddy", "recruit")]
        lines += [_peer_line(mine, o.person) for o in rest]
        return " ".join(x for x in lines if x)
    if me.role == "buddy" and recruits:
        names = join([_named(r.person) for r in recruits])
        if len(recruits) == 1:
            lines.append(_("This cycle you are the buddy of {names}, who joined us "
                           "recently.").format(names=names))
        elif len(recruits) == 2:
            lines.append(_("This cycle you are the buddy of {names}, who both joined us "
                           "recently.").format(names=names))
        else:
            lines.append(_("This cycle you are the buddy of {names}, who all joined us "
                           "recently.").format(names=names))
        for r in recruits:
            lines.append(_offer_sentence(mine, r.person))
            lines.append(_you_and(mine, r.person))
        lines.append(_("Help them find their way around: who to ask, and how things are done "
                       "here."))
        rest = [o for o in others if o.role not in ("buddy", "recruit")]
        lines += [_peer_line(mine, o.person) for o in rest]
        return " ".join(x for x in lines if x)
    if len(others) == 1:
        partner = others[0].person
        gives, takes = _offer(mine, partner)
        who = _named(partner)
        if gives and takes:
            lines.append(_("Your learning partner this cycle is {partner}, who can help you "
                           "with {gives}, and wants to learn {takes} from you.").format(
                               partner=who, gives=gives, takes=takes))
        elif gives:
            lines.append(_("Your learning partner this cycle is {partner}, who can help you "
                           "with {gives}.").format(partner=who, gives=gives))
        elif takes:
            lines.append(_("Your learning partner this cycle is {partner}, who wants to learn "
                           "{takes} from you.").format(partner=who, takes=takes))
        else:
            lines.append(_("Your learning partner this cycle is {partner}.").format(
                partner=who))
        lines.append(_because(mine, partner) or _(
            "We paired you so that you get to know someone you might not otherwise work with."))
        return " ".join(lines)
    names = join([_named(o.person) for o in others])
    lines.append(_("This cycle you are in a group of three with {names}.").format(names=names)
                 if len(others) == 2 else
                 _("This cycle you are in a group with {names}.").format(names=names))
    lines += [_peer_line(mine, o.person) for o in others]
    return " ".join(x for x in lines if x)


def _peer_line(me: Person, other: Person) -> str:
    return " ".join(x for x in (_offer_sentence(me, other), _you_and(me, other)) if x)


def conduct_line(text: str) -> str:
    """One line of the code of conduct worth quoting in a message, or "".

    The first numbered (or otherwise the first non-heading) line that says nothing about
    feedback or answers: a message must never touch those."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    numbered = [re.sub(r"^\s*(\d+[.)]|[-*•])\s*", "", line) for line in lines
                if re.match(r"^\s*(\d+[.)]|[-*•])\s+", line)]
    candidates = numbered or [*lines[1:], *lines[:1]]
    for line in candidates:
        if not _UNSAID.search(line):
            return line
    return ""


def bring_text(session: SessionFacts | None) -> str:
    if session is None:
        return ""
    if session.online:
        return _("Join from a quiet spot with a headset, and bring one thing you would like "
                 "to learn first.")
    return _("Bring a notebook or a laptop, and one thing you would like to learn first.")


def session_sentence(session: SessionFacts | None, first: bool = False) -> str:
    """"Our first session, Kick-off, is on Wednesday 3 March 2027, 15:00–16:30, in Room Ada."."""
    if session is None:
        return ""
    text = (_("Our first session, {title}, is on {when}, {place}.") if first else
            _("The session, {title}, is on {when}, {place}."))
    return text.format(title=session.title, when=session.when_text(),
                       place=session.place_text()) + " " + bring_text(session)


@dataclass(slots=True)
class Letter:
    """One message to one person, ready to be written as a draft."""

    person: Person
    subject: str
    body: str
    session_id: int | None = None  # the session whose invitation is attached


@dataclass(slots=True)
class Batch:
    """The messages of one announcement, and who cannot get one by e-mail."""

    kind: str
    cycle: str
    letters: list[Letter] = field(default_factory=list)
    without_email: list[tuple[Person, str]] = field(default_factory=list)  # (person, why)
    session_title: str = ""
    attach: bool = False
    language: str = "en"  # the letters' language (the program's document language)

    def advice(self) -> str:
        """What to do for the people who get no e-mail, in plain words ("" when none)."""
        if not self.without_email:
            return ""
        names = join([p.name for p, _why in self.without_email])
        if self.kind == "pairs":
            todo = _("Print their partner slips (Export > Partner Slips, or "
                     "`peerdesk export slips`) and hand them over in person.")
        else:
            todo = _("Print the agenda (Export > Agenda) or tell them in person, and add an "
                     "e-mail address on the Participants tab for next time.")
        count = len(self.without_email)
        return ngettext("{n} person has no usable e-mail address and gets no draft: {names}. "
                        "{todo}", "{n} people have no usable e-mail address and get no draft: "
                        "{names}. {todo}", count).format(n=count, names=names, todo=todo)
