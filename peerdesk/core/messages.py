"""What a facilitator would write to each participant: "your buddy is …", the session, thanks.

Every sentence here is in the second person and built from what people said about
themselves (department, office, what they teach and want to learn, when they are free)
and from the session's date and place. Scores, rule names and anything about feedback
are never inputs, so no message can mention them. The words go into the templates of
:mod:`peerdesk.core.message_templates`, which the facilitator may edit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from peerdesk.core.scoring import ANY_TIME, availability_tokens

KINDS = ("pairs", "session", "reminder", "thanks")
KIND_TITLES = {
    "pairs": "Your partner (pairs)",
    "session": "Session invitation",
    "reminder": "Session reminder",
    "thanks": "Thank-you",
}

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DAY_TOKENS = {"mon": "Mondays", "tue": "Tuesdays", "wed": "Wednesdays", "thu": "Thursdays",
               "fri": "Fridays"}
_PART_TOKENS = {"mornings": "mornings", "afternoons": "afternoons", "evenings": "evenings"}
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
        return format_day(self.day) if self.day else "a date still to be set"

    def time_text(self) -> str:
        if not self.start:
            return ""
        zone = self.timezone.rsplit("/", 1)[-1].replace("_", " ") if self.timezone else ""
        span = f"{self.start}–{self.end}" if self.end else self.start
        return f"{span} ({zone} time)" if zone and zone != "UTC" else (
            f"{span} UTC" if zone == "UTC" else span)

    def place_text(self) -> str:
        if not self.place.strip():
            return "the place still to be announced"
        if self.online:
            return f"online at {self.place.strip()}"
        return f"in {self.place.strip()}"

    def when_text(self) -> str:
        time = self.time_text()
        return f"{self.date_text()}, {time}" if time else self.date_text()


def format_day(d: date) -> str:
    """``Wednesday 3 March 2027``, the same on every computer (no locale involved)."""
    return f"{_DAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]} {d.year}"


def join(items: Sequence[str], word: str = "and") -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


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


def _free_together(a: Person, b: Person) -> str:
    common = (availability_tokens(a.availability) & availability_tokens(b.availability)) - {ANY_TIME}
    days = [_DAY_TOKENS[t] for t in _DAY_TOKENS if t in common]
    parts = [_PART_TOKENS[t] for t in _PART_TOKENS if t in common]
    if days and parts:
        return f"are both free on {join(days)} in the {join(parts)}"
    if days:
        return f"are both free on {join(days)}"
    if parts:
        return f"are both free in the {join(parts)}"
    return ""


def shared_ground(me: Person, other: Person) -> list[str]:
    """Why two people suit each other, as verb phrases after "You and Ana …"."""
    out = []
    if (me.department.strip() and other.department.strip()
            and me.department.strip().casefold() != other.department.strip().casefold()):
        out.append(f"work in different teams ({me.department.strip()} and "
                   f"{other.department.strip()})")
    if (me.location.strip() and other.location.strip()
            and me.location.strip().casefold() == other.location.strip().casefold()):
        out.append(f"are both in the {other.location.strip()} office")
    free = _free_together(me, other)
    if free:
        out.append(free)
    return out


def _exchange(me: Person, other: Person) -> str:
    """"can help you with SQL, and wants to learn Negotiation from you" (or "")."""
    gives = can_teach(other, me)
    takes = can_teach(me, other)
    parts = []
    if gives:
        parts.append(f"can help you with {join(gives)}")
    if takes:
        parts.append(f"wants to learn {join(takes)} from you")
    return ", and ".join(parts)


def _why(me: Person, other: Person, lead: str) -> str:
    ground = shared_ground(me, other)
    return f"{lead} {join(ground)}." if ground else ""


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
        offer = _exchange(mine, buddy)
        if offer:
            lines.append(f"Your buddy this cycle is {_named(buddy)}, who {offer}.")
        else:
            lines.append(f"Your buddy this cycle is {_named(buddy)}, who knows how things work "
                         "here and will help you find your feet.")
        lines.append(f"{buddy.name} has been with us a while: ask them anything, however small.")
        why = _why(mine, buddy, "You and " + buddy.name)
        if why:
            lines.append(why)
        lines += [f"You share your buddy with {_named(other.person)}, who also joined us "
                  "recently." for other in recruits]
        rest = [o for o in others if o.role not in ("buddy", "recruit")]
        lines += [_peer_line(mine, o.person) for o in rest]
        return " ".join(lines)
    if me.role == "buddy" and recruits:
        names = join([_named(r.person) for r in recruits])
        were = "who joined us recently" if len(recruits) == 1 else "who both joined us recently"
        lines.append(f"This cycle you are the buddy of {names}, {were}.")
        for r in recruits:
            offer = _exchange(mine, r.person)
            if offer:
                lines.append(f"{r.person.name} {offer}.")
            why = _why(mine, r.person, "You and " + r.person.name)
            if why:
                lines.append(why)
        lines.append("Help them find their way around: who to ask, and how things are done here.")
        rest = [o for o in others if o.role not in ("buddy", "recruit")]
        lines += [_peer_line(mine, o.person) for o in rest]
        return " ".join(lines)
    if len(others) == 1:
        partner = others[0].person
        offer = _exchange(mine, partner)
        lines.append(f"Your learning partner this cycle is {_named(partner)}"
                     + (f", who {offer}." if offer else "."))
        why = _why(mine, partner, "We paired you because you")
        lines.append(why or "We paired you so that you get to know someone you might not "
                            "otherwise work with.")
        return " ".join(lines)
    lines.append("This cycle you are in a group of three with "
                 f"{join([_named(o.person) for o in others])}."
                 if len(others) == 2 else
                 f"This cycle you are in a group with {join([_named(o.person) for o in others])}.")
    lines += [_peer_line(mine, o.person) for o in others]
    return " ".join(x for x in lines if x)


def _peer_line(me: Person, other: Person) -> str:
    offer = _exchange(me, other)
    ground = shared_ground(me, other)
    parts = []
    if offer:
        parts.append(f"{other.name} {offer}.")
    if ground:
        parts.append(f"You and {other.name} {join(ground)}.")
    return " ".join(parts)


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
        return ("Join from a quiet spot with a headset, and bring one thing you would like to "
                "learn first.")
    return "Bring a notebook or a laptop, and one thing you would like to learn first."


def session_sentence(session: SessionFacts | None, first: bool = False) -> str:
    """"Our first session, Kick-off, is on Wednesday 3 March 2027, 15:00–16:30, in Room Ada."."""
    if session is None:
        return ""
    lead = "Our first session" if first else "The session"
    return (f"{lead}, {session.title}, is on {session.when_text()}, {session.place_text()}. "
            f"{bring_text(session)}")


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

    def advice(self) -> str:
        """What to do for the people who get no e-mail, in plain words ("" when none)."""
        if not self.without_email:
            return ""
        names = join([p.name for p, _ in self.without_email])
        if self.kind == "pairs":
            todo = ("Print their partner slips (Export > Partner Slips, or "
                    "`peerdesk export slips`) and hand them over in person.")
        else:
            todo = ("Print the agenda (Export > Agenda) or tell them in person, and add an "
                    "e-mail address on the Participants tab for next time.")
        count = len(self.without_email)
        return (f"{count} {'person has' if count == 1 else 'people have'} no usable e-mail "
                f"address and get no draft: {names}. {todo}")
