"""Checks on a participant (and a cycle's name) before it is saved, each naming the field and
the problem."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from peerdesk.core.chain import would_loop
from peerdesk.core.models import Participant
from peerdesk.i18n import _, ngettext
from peerdesk.i18n import gettext_noop as M_

# Deliberately plain: something@domain.tld, no spaces; what HR systems export.
EMAIL_RE = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}\Z")


@dataclass(frozen=True, slots=True)
class Problem:
    field: str
    message: str

    def __str__(self) -> str:
        return self.message


class ValidationError(ValueError):
    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


def valid_email(email: str) -> bool:
    return bool(EMAIL_RE.match(email))


# Long enough for "Spring 2027 - Engineering, Lisbon and Porto"; short enough for a tab,
# a combo box and a document heading.
CYCLE_NAME_MAX = 100


def check_cycle_name(name: str) -> list[Problem]:
    """What is wrong with ``name`` as a cycle's name on its own (the file's other cycles
    are :func:`peerdesk.store.cycles.check_cycle`'s business)."""
    name = name.strip()
    if not name:
        return [Problem("name", _("A cycle needs a name, for example “Spring 2027”."))]
    if len(name) > CYCLE_NAME_MAX:
        return [Problem("name", _("A cycle's name can be at most {most} characters long; this "
                                  "one has {n}. Choose a shorter name.").format(
                                      most=CYCLE_NAME_MAX, n=len(name)))]
    return []


def check_participant(p: Participant, others: Iterable[Participant],
                      today: date | None = None,
                      manager_of: Mapping[int, int | None] | None = None) -> list[Problem]:
    """Every problem with ``p`` given the people already in the program (``others``)."""
    problems: list[Problem] = []
    others = [o for o in others if o.id != p.id or p.id is None]
    if not p.name.strip():
        problems.append(Problem("name", _("A name is required.")))
    email = p.email.strip()
    if email:
        if not valid_email(email):
            problems.append(Problem("email", _("“{email}” is not a valid email address (it "
                                               "should look like name@company.com).").format(
                email=email)))
        else:
            clash = next((o for o in others if o.email and o.email.lower() == email.lower()), None)
            if clash is not None:
                problems.append(Problem("email", _("{email} is already used by {name}.").format(
                    email=email, name=clash.name)))
    if p.manager_email.strip() and not valid_email(p.manager_email.strip()):
        problems.append(Problem("manager_email",
                                _("The manager's email “{email}” is not a valid address.").format(
                                    email=p.manager_email)))
    if p.hire_date is not None and p.hire_date > (today or date.today()):
        problems.append(Problem("hire_date",
                                _("The hire date {date} is in the future.").format(
                                    date=p.hire_date.isoformat())))
    if p.manager_id is not None:
        if p.id is not None and p.manager_id == p.id:
            problems.append(Problem("manager_id", _("A person cannot be their own manager.")))
        else:
            chain = (dict(manager_of) if manager_of is not None
                     else {o.id: o.manager_id for o in others if o.id is not None})
            if would_loop(p.id, p.manager_id, chain):
                problems.append(Problem("manager_id",
                                        _("That manager reports, directly or further up, to "
                                          "this person: it would make a loop in the reporting "
                                          "chain.")))
    if p.capacity is not None and p.capacity < 0:
        problems.append(Problem("capacity", _("Buddy capacity cannot be negative.")))
    return problems


# -- invisible characters ------------------------------------------------------------------
# Bidi embeddings, overrides and isolates reorder what follows them: in a printed name or an
# invitation they can make text read differently from what is stored.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                           "\u200e\u200f\u061c")
# Zero-width and other invisible format characters: "Eng" and "Eng" + U+200B look the same.
_ZERO_WIDTH = frozenset("\u200b\u2060\ufeff\u180e\u00ad\u2061\u2062\u2063\u2064")
# Zero-width (non-)joiners shape Persian, Arabic and Indic words; anywhere else they hide.
_JOINERS = frozenset("\u200c\u200d")


def _invisible_name(char: str) -> str:
    """What was removed, in plain words and its code point ("invisible character U+200B"),
    never the English name Unicode gives it."""
    code = f"U+{ord(char):04X}"
    if char in _BIDI_CONTROLS:
        return _("text-direction mark {code}").format(code=code)
    if unicodedata.category(char) == "Cc":
        return _("control character {code}").format(code=code)
    return _("invisible character {code}").format(code=code)


def clean_text(text: str, multiline: bool = False) -> tuple[str, list[str]]:
    """``text`` in NFC without control, bidi-control and zero-width characters, and the
    names of what was removed (empty when nothing was). Tabs and line breaks become a
    space on one-line fields; ``multiline`` (notes) keeps them. A joiner stays only
    between two letters of a script that uses it (not plain ASCII)."""
    if text.isprintable() and (text.isascii() or unicodedata.is_normalized("NFC", text)):
        # Nothing invisible (isprintable is False for every control and format character).
        return (text if multiline else " ".join(text.split())), []
    text = unicodedata.normalize("NFC", text)
    removed: list[str] = []
    out: list[str] = []
    for i, char in enumerate(text):
        if char in "\t\n\r" and (multiline and char != "\r"):
            out.append(char)
            continue
        if char in "\t\n\r":
            out.append(" ")
            continue
        category = unicodedata.category(char)
        if char in _JOINERS:
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if before.isalpha() and after.isalpha() and not before.isascii() \
                    and not after.isascii():
                out.append(char)
                continue
            removed.append(_invisible_name(char))
            continue
        if category == "Cc" or char in _BIDI_CONTROLS or char in _ZERO_WIDTH \
                or (category in ("Cs", "Co", "Cn") and not char.isprintable()):
            removed.append(_invisible_name(char))
            continue
        if category == "Cf":  # any other invisible format character
            removed.append(_invisible_name(char))
            continue
        out.append(char)
    cleaned = "".join(out)
    if not multiline:
        cleaned = " ".join(cleaned.split())
    return cleaned, removed


# A participant's fields as a notice names them (in English: translated where shown).
_FIELD_LABELS = {
    "employee_id": M_("Employee ID"), "name": M_("Full name"), "email": M_("Email"),
    "department": M_("Department"), "job_title": M_("Job title"), "location": M_("Location"),
    "level": M_("Level"), "manager_name": M_("Manager"), "manager_email": M_("Manager email"),
    "availability": M_("Availability"), "archive_reason": M_("Reason for archiving"),
    "notes": M_("Notes"),
}


def removal_notice(field: str, removed: list[str]) -> str:
    """“Removed 2 invisible characters (invisible character U+200B) from “Department”.”:
    ``field`` is a participant's field or a column's heading."""
    kinds = ", ".join(dict.fromkeys(removed))
    n = len(removed)
    label = _(_FIELD_LABELS[field]) if field in _FIELD_LABELS else field
    return ngettext("Removed {n} invisible character ({kinds}) from “{field}”.",
                    "Removed {n} invisible characters ({kinds}) from “{field}”.", n).format(
                        n=n, kinds=kinds, field=label)


_ONE_LINE_FIELDS = ("employee_id", "name", "email", "department", "job_title", "location", "level",
                    "manager_name", "manager_email", "availability", "archive_reason")


def clean_participant(p: Participant) -> tuple[Participant, list[str]]:
    """``p`` with every text field through :func:`clean_text`, and a notice per field that
    lost an invisible character, so that no two departments differ only by one."""
    changes: dict[str, Any] = {}  # field name -> cleaned text
    notices: list[str] = []
    for name in (*_ONE_LINE_FIELDS, "notes"):
        value = getattr(p, name)
        if not isinstance(value, str):
            continue
        cleaned, removed = clean_text(value, multiline=name == "notes")
        if name == "notes":
            cleaned = cleaned.strip()
        if cleaned != value:
            changes[name] = cleaned
        if removed:
            notices.append(removal_notice(name, removed))
    return (replace(p, **changes) if changes else p), notices


def resolve(text: str, choices: list[str]) -> str | None:
    """A typed name matched to a known one: exact, then a unique start, case-insensitively
    ("" for nothing typed, None for no match or several). The entry grid and
    ``peerdesk feedback add`` match departments, skills and people so."""
    folded = text.strip().casefold()
    if not folded:
        return ""
    exact = [c for c in choices if c.casefold() == folded]
    if exact:
        return exact[0]
    starts = [c for c in choices if c.casefold().startswith(folded)]
    return starts[0] if len(starts) == 1 else None
