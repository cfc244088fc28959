"""Skills, mentoring capacity and availability from an HR file's own columns.

The people import (:mod:`peerdesk.io.people_import`) maps "Skills", "Can teach", "Wants to
learn", "Mentoring capacity" and "Availability" columns when a file has them, and calls the
functions here: reading the cells, planning which people's skills change, writing them in
the import's transaction, and undoing that. An empty cell never erases what the program
holds. A skill written as a vocabulary skill is in other words ("python programming" for
"Python") takes the vocabulary's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from peerdesk.core.models import LEARN, TEACH, SkillLevel
from peerdesk.core.skills import LevelError, key, split_answer
from peerdesk.i18n import _
from peerdesk.i18n import gettext_noop as M_
from peerdesk.store import people_import as rows_store

if TYPE_CHECKING:
    from peerdesk.io.people_plan import PeoplePlan, Person
    from peerdesk.store.program import Program

FIELDS = {"teach": M_("Can teach (skills)"), "learn": M_("Wants to learn (skills)"),
          "capacity": M_("Mentoring capacity")}
ALIASES = {
    "teach": ["skills", "skill", "can teach", "could teach", "teaches", "expertise",
              "skills to teach", "skills offered", "strengths", "competencies",
              # German, Portuguese, French, Spanish
              "kenntnisse", "fähigkeiten", "kann beibringen", "kann unterrichten", "kann vermitteln",
              "competências",
              "pode ensinar", "compétences", "peut enseigner", "habilidades", "puede enseñar"],
    "learn": ["wants to learn", "want to learn", "learning interests", "interests",
              "skills to learn", "development areas", "learning goals", "möchte lernen",
              "lernziele", "quer aprender", "veut apprendre", "quiere aprender"],
    "capacity": ["mentoring capacity", "capacity", "mentor capacity", "buddy capacity",
                 "max mentees", "mentees", "buddies", "mentoring kapazität", "kapazität",
                 "capacidade", "capacité", "capacidad"],
    "availability": ["verfügbarkeit", "disponibilidade", "disponibilité", "disponibilidad",
                     "available times", "free slots"],
}
SKILL_FIELDS = ("teach", "learn")


def read_cells(text: dict[str, str], values: dict[str, object],
               bad: Callable[[str, str], object]) -> list[SkillLevel] | None:
    """The skills a row gives (None: the file says nothing about them) and its capacity into
    ``values``; ``bad(field, message)`` records a problem."""
    said = text.get("capacity", "")
    if said:
        found = re.fullmatch(r"\s*(\d+)\s*(?:people|persons|mentees|buddies)?\s*", said,
                             re.IGNORECASE)
        if not found or int(found.group(1)) > 20:
            bad("capacity", _("“{said}” is not a number of people (0 to 20).").format(said=said))
        else:
            values["capacity"] = int(found.group(1))
    if not any(text.get(f) for f in SKILL_FIELDS):
        return None
    skills = []
    for f, direction in (("teach", TEACH), ("learn", LEARN)):
        try:
            entries = split_answer(text.get(f, ""))
        except LevelError as exc:
            bad(f, str(exc))
            return None
        skills += [SkillLevel(entry.name, direction, entry.level or 2) for entry in entries]
    return skills


def plan_skills(program: Program, plan: PeoplePlan, people: list[Person]) -> None:
    """Which people's skills change: ``plan.skills`` (key -> skills), statuses updated."""
    from peerdesk.store.participants import list_skills

    vocab = {key(v): v for v in list_skills(program)}
    current: dict[int, list[tuple[Any, ...]]] = {}
    for pid, name, direction, level in rows_store.skill_rows(program):
        current.setdefault(pid, []).append((name.casefold(), direction, level))
    for p in people:
        if p.skills is None or p.row not in plan.status:
            continue
        directions = {s.direction for s in p.skills}
        kept = [SkillLevel(n, d, lv) for n, d, lv in current.get(p.existing_id, [])
                if d not in directions] if p.existing_id is not None else []
        named = [SkillLevel(vocab.get(key(s.skill), s.skill), s.direction, s.level)
                 for s in p.skills]
        wanted = kept + named
        if p.existing_id is not None and sorted(
                (s.skill.casefold(), s.direction, s.level) for s in wanted) == sorted(
                current.get(p.existing_id, [])):
            continue
        plan.skills[p.key] = named
        if plan.status.get(p.row) == "unchanged" and p.existing_id is not None:
            plan.status[p.row] = "updated"
            plan.unchanged.remove(p.existing_id)
            plan.skill_only.append(p.existing_id)


def write_skills(program: Program, plan: PeoplePlan, key_to_id: dict[int, int]) -> list[dict[str, Any]]:
    """Inside the import's transaction: replace the planned directions of each person's
    skills; returns the rows as they were, for :func:`undo_skills`."""
    from peerdesk.store.participants import ensure_skill

    before: list[dict[str, Any]] = []
    for person_key, skills in plan.skills.items():
        pid = key_to_id.get(person_key, person_key)
        for direction in {s.direction for s in skills}:
            before += rows_store.take_skill_direction(program, pid, direction)
        seen: set[tuple[int, str]] = set()
        for s in skills:
            sid = ensure_skill(program, s.skill)
            if (sid, s.direction) in seen:
                continue
            seen.add((sid, s.direction))
            rows_store.insert_skill_row(program, pid, sid, s.direction,
                                        max(1, min(3, int(s.level))))
    return before


def undo_skills(program: Program, plan_skills_written: dict[int, list[str]],
                before: list[dict[str, Any]]) -> None:
    """Put back the skills :func:`write_skills` replaced (inside the undo's transaction)."""
    for pid, directions in plan_skills_written.items():
        for direction in directions:
            rows_store.delete_skill_direction(program, pid, direction)
    rows_store.insert_skill_rows(program, before)
