"""The message templates: placeholders, defaults, the check made when one is saved, filling in.

A template is a subject and a body with ``{placeholders}``; ``{{`` and ``}}`` write a
brace. A template is refused when saved, in plain words, if it names a placeholder
that does not exist, leaves out the one its kind needs (a pairs message must name the
partner), or has a lone brace. Nothing else is checked: the facilitator's own words are
hers.

The default templates are whole translatable texts, one per subject and body, and so is
every sentence put into a placeholder: each language orders them as it writes. They come
out in the language in force (the program's document language when messages are made).
"""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Iterator, Mapping, Sequence
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
from peerdesk.i18n import LANGUAGES, N_, _, ngettext, translation_for

PLACEHOLDERS: dict[str, str] = {  # lazy: read in the language in force
    "name": N_("the person's full name"),
    "partner": N_("their partner's name (or partners', in a trio)"),
    "partner_intro": N_("who their partner is, what they can learn from each other, and why "
                        "they were paired"),
    "partner_line": N_("one line naming their partner, for session messages"),
    "program": N_("the program's name"),
    "cycle": N_("the cycle's name"),
    "facilitator": N_("the facilitator's name"),
    "session": N_("the session's title, date, time and place, and what to bring"),
    "session_title": N_("the session's title"),
    "session_date": N_("the session's date, such as Wednesday 3 March 2027"),
    "session_time": N_("the session's start and end time"),
    "session_place": N_("where the session is (a room or a link)"),
    "session_topic": N_("the session's topic"),
    "bring": N_("what to bring"),
    "next_session": N_("when and where the next session is (for thank-you messages)"),
    "conduct_line": N_("a line from the code of conduct"),
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


def _default_texts() -> dict[str, tuple[str, str]]:
    """Each kind's default subject and body, in the language in force."""
    return {
        "pairs": (
            _("Your learning partner for {cycle}"),
            _("Hello {name},\n\n"
              "{partner_intro}\n\n"
              "{session}\n\n"
              "Say hello to {partner} before then, and agree what each of you would like to "
              "teach and learn.\n\n"
              "{conduct_line}\n\n"
              "See you there,\n{facilitator}\n")),
        "session": (
            _("Invitation: {session_title}, {session_date}"),
            _("Hello {name},\n\n"
              "You are invited to {session_title} on {session_date}, {session_time}, "
              "{session_place}. The invitation is attached: open it to add it to your "
              "calendar.\n\n"
              "{session_topic}\n\n"
              "{partner_line} {bring}\n\n"
              "{conduct_line}\n\n"
              "See you there,\n{facilitator}\n")),
        "reminder": (
            _("Reminder: {session_title} on {session_date}"),
            _("Hello {name},\n\n"
              "A reminder that {session_title} is on {session_date}, {session_time}, "
              "{session_place}. {bring}\n\n"
              "{partner_line}\n\n"
              "If you cannot make it, please tell {partner} and me as early as you can.\n\n"
              "See you there,\n{facilitator}\n")),
        "thanks": (
            _("Thank you for {session_title}"),
            _("Hello {name},\n\n"
              "Thank you for taking part in {session_title}. It was good to see you there.\n\n"
              "{next_session}\n\n"
              "Best wishes,\n{facilitator}\n")),
    }


class _Defaults(Mapping[str, Template]):
    """``DEFAULTS[kind]``: the default template in the language in force when read."""

    def __getitem__(self, kind: str) -> Template:
        subject, body = _default_texts()[kind]
        return Template(subject, body)

    def __iter__(self) -> Iterator[str]:
        return iter(("pairs", "session", "reminder", "thanks"))

    def __len__(self) -> int:
        return 4


DEFAULTS: Mapping[str, Template] = _Defaults()


def is_default(kind: str, template: Template) -> bool:
    """Whether ``template`` is the kind's default in any language PeerDesk speaks (a
    default saved from a German window stays a default, so a Portuguese program's
    messages still come out in Portuguese)."""
    for code in LANGUAGES:
        with translation_for(code).active():
            if DEFAULTS[kind] == template:
                return True
    return False


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
        return [Problem("kind", _("“{kind}” is not a kind of message: choose one of "
                                  "{kinds}.").format(kind=kind, kinds=", ".join(KINDS)))]
    if not subject.strip():
        problems.append(Problem("subject", _("Subject: a message needs a subject.")))
    if "\n" in subject.strip() or "\r" in subject.strip():
        problems.append(Problem("subject", _("Subject: keep the subject on one line.")))
    if not body.strip():
        problems.append(Problem("body", _("Message: the message cannot be empty.")))
    found: dict[str, list[str]] = {}
    for part, text in (("subject", subject), ("body", body)):
        label = _("Subject") if part == "subject" else _("Message")
        try:
            found[part] = fields(text)
        except BadField as exc:
            what = (_("“{placeholder}” is not a placeholder").format(placeholder=f"{{{exc}}}")
                    if str(exc) else _("“{placeholder}” is an empty placeholder").format(
                        placeholder="{}"))
        except ValueError:
            what = _("there is a lone “{open}” or “{close}”").format(open="{", close="}")
        else:
            what = ""
        if what:
            problems.append(Problem(part, _("{part}: {problem}. Placeholders are written like "
                                            "{example}; to write a brace itself, type it "
                                            "twice: {open} or {close}.").format(
                                                part=label, problem=what, example="{name}",
                                                open="{{", close="}}")))
            found[part] = []
            continue
        unknown = [f for f in dict.fromkeys(found[part]) if f not in PLACEHOLDERS]
        every = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
        for name in unknown:
            close = difflib.get_close_matches(name.lower(), PLACEHOLDERS, n=1, cutoff=0.6)
            if close:
                text = _("{part}: {placeholder} is not a placeholder PeerDesk knows. Did you "
                         "mean {suggestion}? The placeholders are: {placeholders}.").format(
                             part=label, placeholder=f"{{{name}}}",
                             suggestion=f"{{{close[0]}}}", placeholders=every)
            else:
                text = _("{part}: {placeholder} is not a placeholder PeerDesk knows. The "
                         "placeholders are: {placeholders}.").format(
                             part=label, placeholder=f"{{{name}}}", placeholders=every)
            problems.append(Problem(part, text))
    used = set(found.get("body", [])) | set(found.get("subject", []))
    for group in REQUIRED[kind]:
        if not used & set(group):
            choices = join([f"{{{g}}}" for g in group], "or")
            if kind == "pairs":
                text = _("Message: this message must name the partner: use {choices}.")
            elif kind in ("session", "reminder"):
                text = _("Message: this message must say when the session is: use {choices}.")
            else:
                text = _("Message: this message must say what it is about: use {choices}.")
            problems.append(Problem("body", text.format(choices=choices)))
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
            partner_line = ngettext("{partner}, whose buddy you are, will be there too.",
                                    "{partner}, whose buddy you are, will be there too.",
                                    len(others))
        elif me.role == "recruit" and any(o.role == "buddy" for o in others):
            partner_line = _("Your buddy {partner} will be there too.")
        else:
            partner_line = ngettext("Your partner {partner} will be there too.",
                                    "Your partners {partner} will be there too.", len(others))
        partner_line = partner_line.format(partner=partner)
    else:
        partner_line = ""
    quote = conduct_line(facts.conduct_text)
    if facts.next_session is not None:
        nxt = facts.next_session
        next_text = _("We meet next at {title} on {when}, {place}.").format(
            title=nxt.title, when=nxt.when_text(), place=nxt.place_text())
    elif kind == "thanks" and session is not None:
        next_text = _("That was the last session of {cycle}: thank you for being part of "
                      "it.").format(cycle=facts.cycle)
    else:
        next_text = ""
    return {
        "name": me.person.name,
        "partner": partner or _("your partner"),
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
        "conduct_line": _("From our code of conduct: “{quote}”").format(quote=quote)
        if quote else "",
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
