"""The message templates: placeholders, defaults, the check made when one is saved, filling in.

A template is a subject and a body with ``{placeholders}``; ``{{`` and ``}}`` write a
brace. A template is refused when saved, in plain words, if it names a placeholder
that does not exist, leaves out the one its kind needs (a pairs message must name the
partner), or has a lone brace. Nothing else is checked: the facilitator's own words are
hers.
"""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from peerdesk.core.messages import (
    KINDS,
    Letter,
    Member,
    SessionFacts,
    bring_text,
    conduct_line,
    join,
    partner_intro,
    session_sentence,
)
from peerdesk.core.validation import Problem

PLACEHOLDERS: dict[str, str] = {
    "name": "the person's full name",
    "partner": "their partner's name (or partners', in a trio)",
    "partner_intro": "who their partner is, what they can learn from each other, and why "
                     "they were paired",
    "partner_line": "one line naming their partner, for session messages",
    "program": "the program's name",
    "cycle": "the cycle's name",
    "facilitator": "the facilitator's name",
    "session": "the session's title, date, time and place, and what to bring",
    "session_title": "the session's title",
    "session_date": "the session's date, such as Wednesday 3 March 2027",
    "session_time": "the session's start and end time",
    "session_place": "where the session is (a room or a link)",
    "session_topic": "the session's topic",
    "bring": "what to bring",
    "next_session": "when and where the next session is (for thank-you messages)",
    "conduct_line": "a line from the code of conduct",
}

# Per kind: groups of placeholders, each group needing at least one of its members.
REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    "pairs": (("partner_intro", "partner"),),
    "session": (("session", "session_date"),),
    "reminder": (("session", "session_date"),),
    "thanks": (),
}


@dataclass(frozen=True, slots=True)
class Template:
    subject: str
    body: str


DEFAULTS: dict[str, Template] = {
    "pairs": Template(
        "Your learning partner for {cycle}",
        "Hello {name},\n\n"
        "{partner_intro}\n\n"
        "{session}\n\n"
        "Say hello to {partner} before then, and agree what each of you would like to teach "
        "and learn.\n\n"
        "{conduct_line}\n\n"
        "See you there,\n{facilitator}\n"),
    "session": Template(
        "Invitation: {session_title}, {session_date}",
        "Hello {name},\n\n"
        "You are invited to {session_title} on {session_date}, {session_time}, "
        "{session_place}. The invitation is attached: open it to add it to your calendar.\n\n"
        "{session_topic}\n\n"
        "{partner_line} {bring}\n\n"
        "{conduct_line}\n\n"
        "See you there,\n{facilitator}\n"),
    "reminder": Template(
        "Reminder: {session_title} on {session_date}",
        "Hello {name},\n\n"
        "A reminder that {session_title} is on {session_date}, {session_time}, "
        "{session_place}. {bring}\n\n"
        "{partner_line}\n\n"
        "If you cannot make it, please tell {partner} and me as early as you can.\n\n"
        "See you there,\n{facilitator}\n"),
    "thanks": Template(
        "Thank you for {session_title}",
        "Hello {name},\n\n"
        "Thank you for taking part in {session_title}. It was good to see you there.\n\n"
        "{next_session}\n\n"
        "Best wishes,\n{facilitator}\n"),
}

_FORMATTER = string.Formatter()


class BadField(ValueError):
    """A placeholder written with extra characters, such as ``{name.x}`` or ``{}``."""


def fields(text: str) -> list[str]:
    """The placeholder names in ``text``; ValueError on a lone brace, BadField on a bad name."""
    out = []
    for _literal, name, spec, conversion in _FORMATTER.parse(text):
        if name is None:
            continue
        if not name or spec or conversion or not re.fullmatch(r"[A-Za-z_]+", name):
            shown = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            raise BadField(shown)
        out.append(name)
    return out


def check_template(kind: str, subject: str, body: str) -> list[Problem]:
    """Every problem with a template, each in words a facilitator can act on."""
    problems: list[Problem] = []
    if kind not in KINDS:
        return [Problem("kind", f"“{kind}” is not a kind of message: choose one of "
                                f"{', '.join(KINDS)}.")]
    if not subject.strip():
        problems.append(Problem("subject", "Subject: a message needs a subject."))
    if "\n" in subject.strip() or "\r" in subject.strip():
        problems.append(Problem("subject", "Subject: keep the subject on one line."))
    if not body.strip():
        problems.append(Problem("body", "Message: the message cannot be empty."))
    found: dict[str, list[str]] = {}
    for part, text, label in (("subject", subject, "Subject"), ("body", body, "Message")):
        try:
            found[part] = fields(text)
        except BadField as exc:
            what = (f"“{{{exc}}}” is not a placeholder" if str(exc) else
                    "“{}” is an empty placeholder")
        except ValueError:
            what = "there is a lone “{” or “}”"
        else:
            what = ""
        if what:
            problems.append(Problem(part, f"{label}: {what}. Placeholders are written like "
                                          "{name}; to write a brace itself, type it twice: "
                                          "{{ or }}."))
            found[part] = []
            continue
        unknown = [f for f in dict.fromkeys(found[part]) if f not in PLACEHOLDERS]
        for name in unknown:
            close = difflib.get_close_matches(name.lower(), PLACEHOLDERS, n=1, cutoff=0.6)
            hint = f" Did you mean {{{close[0]}}}?" if close else ""
            problems.append(Problem(part, f"{label}: {{{name}}} is not a placeholder PeerDesk "
                                          f"knows.{hint} The placeholders are: "
                                          f"{', '.join('{' + p + '}' for p in PLACEHOLDERS)}."))
    used = set(found.get("body", [])) | set(found.get("subject", []))
    for group in REQUIRED[kind]:
        if not used & set(group):
            choices = join([f"{{{g}}}" for g in group], "or")
            what = {"pairs": "name the partner", "session": "say when the session is",
                    "reminder": "say when the session is"}.get(kind, "say what it is about")
            problems.append(Problem("body", f"Message: this message must {what}: use {choices}."))
    return problems


@dataclass(slots=True)
class Facts:
    """What every message of one announcement shares."""

    program: str
    cycle: str
    facilitator: str = ""
    conduct_text: str = ""
    session: SessionFacts | None = None
    session_id: int | None = None
    first_session: bool = False  # the session is the cycle's first (pairs messages)
    next_session: SessionFacts | None = None
    attach: bool = False  # attach the session's invitation


def values(kind: str, me: Member, others: Sequence[Member], facts: Facts) -> dict[str, str]:
    """Every placeholder's text for one person."""
    session = facts.session
    partner = join([o.person.name for o in others])
    if others and kind in ("session", "reminder"):
        if me.role == "buddy" and all(o.role == "recruit" for o in others):
            partner_line = f"{partner}, whose buddy you are, will be there too."
        else:
            who = "buddy" if me.role == "recruit" and any(o.role == "buddy" for o in others) else (
                "partner" if len(others) == 1 else "partners")
            partner_line = f"Your {who} {partner} will be there too."
    else:
        partner_line = ""
    quote = conduct_line(facts.conduct_text)
    if facts.next_session is not None:
        nxt = facts.next_session
        next_text = (f"We meet next at {nxt.title} on {nxt.when_text()}, {nxt.place_text()}.")
    elif kind == "thanks" and session is not None:
        next_text = f"That was the last session of {facts.cycle}: thank you for being part of it."
    else:
        next_text = ""
    return {
        "name": me.person.name,
        "partner": partner or "your partner",
        "partner_intro": partner_intro(me, others),
        "partner_line": partner_line,
        "program": facts.program,
        "cycle": facts.cycle,
        "facilitator": facts.facilitator,
        "session": session_sentence(session, first=facts.first_session),
        "session_title": session.title if session else facts.cycle,
        "session_date": session.date_text() if session else "",
        "session_time": session.time_text() if session else "",
        "session_place": session.place_text() if session else "",
        "session_topic": session.topic.strip() if session else "",
        "bring": bring_text(session),
        "next_session": next_text,
        "conduct_line": f"From our code of conduct: “{quote}”" if quote else "",
    }


def fill(text: str, vals: Mapping[str, str]) -> str:
    """``text`` with its placeholders filled; paragraphs left empty disappear."""
    out = _FORMATTER.vformat(text, (), dict(vals))
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in out.replace("\r\n", "\n").split("\n")]
    tidy = "\n".join(lines)
    tidy = re.sub(r" ([,.])", r"\1", tidy)
    tidy = re.sub(r"\n{3,}", "\n\n", tidy).strip("\n")
    return tidy + "\n"


def letter(kind: str, template: Template, me: Member, others: Sequence[Member],
           facts: Facts) -> Letter:
    vals = values(kind, me, others, facts)
    subject = " ".join(fill(template.subject, vals).split())
    return Letter(me.person, subject, fill(template.body, vals),
                  facts.session_id if facts.attach else None)
