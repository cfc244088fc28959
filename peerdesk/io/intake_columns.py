"""Which question of the intake form each column of an answers file holds.

A column is matched by its heading: the question's wording in any language PeerDesk speaks
(or nearly: form authors reword them), a known alias, or a grid column ("…could you
teach…? [Python]", "Was könnten Sie … beibringen? [Python]") for one skill. A German form
imports into an English program and the other way round.
"""

from __future__ import annotations

import re
from functools import cache

from peerdesk.core import intake as q
from peerdesk.core.skills import clean
from peerdesk.i18n import _, in_every_language
from peerdesk.i18n import gettext_noop as M_
from peerdesk.io.mapping import IGNORE, apply_overrides, normalize_header

GRID = "teach:"  # a grid column's field: "teach:" + the skill in its heading
# The fields a column can feed, with their labels in English: field_labels() gives them in
# the user's language, and --map accepts either.
FIELDS: dict[str, str] = {
    q.NAME: M_("Full name"), q.EMAIL: M_("Email"), q.DEPARTMENT: M_("Department"),
    q.TEACH_OTHER: M_("Can teach (skills, with levels)"), q.LEARN: M_("Wants to learn (skills)"),
    q.LEARN_OTHER: M_("Wants to learn (other skills)"), q.CAPACITY: M_("Mentoring capacity"),
    q.AVAILABILITY: M_("Availability"), q.LEARN_FROM: M_("People they'd like to learn from"),
    q.OPT_IN: M_("Takes part (opt-in)"), q.CONSENT: M_("Consent"),
}


def field_labels() -> dict[str, str]:
    """:data:`FIELDS` in the user's language, as the window and the command line show them."""
    return {f: _(label) for f, label in FIELDS.items()}


def field_label(field: str) -> str:
    """One column's field in the user's language ("can teach Python" for a grid column)."""
    if field.startswith(GRID):
        return _("can teach {skill}").format(skill=field[len(GRID):])
    return _(FIELDS[field]) if field in FIELDS else _("ignored")
_ALIASES = {
    q.NAME: ["name", "full name", "your name", "your full name", "participant", "employee"],
    q.EMAIL: ["email", "email address", "e mail", "work email", "your email",
              "your work email", "username", "respondent email"],
    q.DEPARTMENT: ["department", "dept", "team", "your department", "your team"],
    q.TEACH_OTHER: ["skills", "can teach", "could teach", "teach", "skills to teach",
                    "what could you teach a colleague", "other skills you could teach",
                    "expertise", "i can teach"],
    q.LEARN: ["wants to learn", "want to learn", "learn", "skills to learn", "interests",
              "what would you like to learn", "learning goals", "i want to learn"],
    q.LEARN_OTHER: ["other skills you would like to learn", "what would you like to learn other"],
    q.CAPACITY: ["capacity", "mentoring capacity", "buddy capacity", "buddies",
                 "how many colleagues could you buddy this cycle", "mentees"],
    q.AVAILABILITY: ["availability", "available", "when are you usually free for a session",
                     "preferred times"],
    q.LEARN_FROM: ["colleagues you would like to learn from", "people i d like to learn from",
                   "learn from", "preferred partners", "mentor preferences"],
    q.OPT_IN: ["opt in", "opted in", "take part", "participate",
               "would you like to take part in the peer learning program"],
    q.CONSENT: ["consent", "i agree", "gdpr consent"],
}
# The address Google Forms collects, as its export heads it in each language.
_ALIASES[q.EMAIL] += ["e mail adresse", "endereço de email", "endereço de e mail",
                      "dirección de correo electrónico", "adresse e mail", "adresse email"]
ALIASES = {a: f for f, names in _ALIASES.items() for a in names}
_TOOL_COLUMNS = {"timestamp", "id", "start time", "completion time", "last modified time",
                 "submitted", "submitted at", "response id", "total points", "score",
                 # Google Forms' and Microsoft Forms' own columns in de, pt_PT, es, fr
                 "zeitstempel", "carimbo de data hora", "marca temporal", "horodateur",
                 "startzeit", "fertigstellungszeit", "hora de início", "hora de conclusão",
                 "hora de inicio", "hora de finalización", "heure de début", "heure de fin"}


@cache
def all_aliases() -> dict[str, str]:
    """Normalised heading -> field: the English aliases, and every question's wording and
    every field's label in each language PeerDesk speaks."""
    out = dict(ALIASES)
    for key, wordings in q.texts_in_every_language().items():
        field = q.TEACH_OTHER if key == q.TEACH else key  # a grid's question on its own
        for wording in wordings:
            out.setdefault(normalize_header(wording), field)
    for labels in in_every_language(field_labels).values():
        for field, label in labels.items():
            out.setdefault(normalize_header(label), field)
    return out


@cache
def _teach_wordings() -> tuple[str, ...]:
    return tuple(normalize_header(w) for w in q.texts_in_every_language()[q.TEACH])
_GRID_HEADING = re.compile(r"^(?P<question>.+?)\s*[\[.](?P<skill>[^\[\]]+)\]?\s*$")
_FUZZY_CUTOFF = 88  # rapidfuzz token_set_ratio for a heading reworded by the form's author



def auto_map(headers: list[str]) -> list[str]:
    """Each column's field: a meta column, a question by its wording (or nearly), a grid
    column ("…could you teach…? [Python]"), or IGNORE."""
    from rapidfuzz import fuzz

    teach = _teach_wordings()
    aliases = all_aliases()
    used: set[str] = set()
    mapping = []
    for header in headers:
        norm = normalize_header(header)
        target = IGNORE
        grid = _GRID_HEADING.match(str(header))
        question = normalize_header(grid.group("question")) if grid else ""
        if grid and any(_close(question, wording) for wording in teach):
            target = GRID + clean(grid.group("skill"))
        elif norm and norm not in _TOOL_COLUMNS:
            target = aliases.get(norm, IGNORE)
            if not target:
                best = max(aliases, key=lambda a: fuzz.token_set_ratio(norm, a))
                if len(best) > 8 and fuzz.token_set_ratio(norm, best) >= _FUZZY_CUTOFF:
                    target = aliases[best]
        if target and target in used:
            target = IGNORE
        if target:
            used.add(target)
        mapping.append(target)
    return mapping


def _close(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return a == b or fuzz.ratio(a, b) >= _FUZZY_CUTOFF


def map_columns(headers: list[str], specs: list[str] | None = None) -> list[str]:
    mapping = auto_map(headers)
    if specs:
        targets: dict[str, str | tuple[str, ...]] = dict(FIELDS)
        targets.update({m: (f"can teach {m[len(GRID):]}", field_label(m))
                        for m in mapping if m.startswith(GRID)})
        mapping = apply_overrides(headers, mapping, specs, targets)
    return mapping
