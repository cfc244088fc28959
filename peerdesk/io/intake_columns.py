"""Which question of the intake form each column of an answers file holds.

A column is matched by its heading: the question's wording (or nearly: form authors reword
them), a known alias, or a grid column ("…could you teach…? [Python]") for one skill.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from peerdesk.core import intake as q
from peerdesk.core.skills import clean
from peerdesk.io.mapping import IGNORE, apply_overrides, normalize_header

GRID = "teach:"  # a grid column's field: "teach:" + the skill in its heading
FIELDS: dict[str, str] = {
    q.NAME: "Full name", q.EMAIL: "Email", q.DEPARTMENT: "Department",
    q.TEACH_OTHER: "Can teach (skills, with levels)", q.LEARN: "Wants to learn (skills)",
    q.LEARN_OTHER: "Wants to learn (other skills)", q.CAPACITY: "Mentoring capacity",
    q.AVAILABILITY: "Availability", q.LEARN_FROM: "People they'd like to learn from",
    q.OPT_IN: "Takes part (opt-in)", q.CONSENT: "Consent",
}
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
ALIASES = {a: f for f, names in _ALIASES.items() for a in names}
_TOOL_COLUMNS = {"timestamp", "id", "start time", "completion time", "last modified time",
                 "submitted", "submitted at", "response id", "total points", "score"}
_GRID_HEADING = re.compile(r"^(?P<question>.+?)\s*[\[.](?P<skill>[^\[\]]+)\]?\s*$")
_FUZZY_CUTOFF = 88  # rapidfuzz token_set_ratio for a heading reworded by the form's author



def auto_map(headers: list[str]) -> list[str]:
    """Each column's field: a meta column, a question by its wording (or nearly), a grid
    column ("…could you teach…? [Python]"), or IGNORE."""
    teach_norm = normalize_header(q.TEXTS[q.TEACH])
    used: set[str] = set()
    mapping = []
    for header in headers:
        norm = normalize_header(header)
        target = IGNORE
        grid = _GRID_HEADING.match(str(header))
        if grid and _close(normalize_header(grid.group("question")), teach_norm):
            target = GRID + clean(grid.group("skill"))
        elif norm and norm not in _TOOL_COLUMNS:
            target = ALIASES.get(norm, IGNORE)
            if not target:
                best = max(ALIASES, key=lambda a: fuzz.token_set_ratio(norm, a))
                if len(best) > 8 and fuzz.token_set_ratio(norm, best) >= _FUZZY_CUTOFF:
                    target = ALIASES[best]
        if target and target in used:
            target = IGNORE
        if target:
            used.add(target)
        mapping.append(target)
    return mapping


def _close(a: str, b: str) -> bool:
    return a == b or fuzz.ratio(a, b) >= _FUZZY_CUTOFF


def map_columns(headers: list[str], specs: list[str] | None = None) -> list[str]:
    mapping = auto_map(headers)
    if specs:
        targets = dict(FIELDS)
        targets.update({m: f"Can teach {m[len(GRID):]}" for m in mapping if m.startswith(GRID)})
        mapping = apply_overrides(headers, mapping, specs, targets)
    return mapping
