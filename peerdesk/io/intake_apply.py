"""What an intake import does to each person, writing it in one transaction, and undoing it."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from peerdesk.core import intake as q
from peerdesk.core.models import LEARN, TEACH, Participant, SkillLevel, stored_id
from peerdesk.core.skills import Merge
from peerdesk.i18n import _, ngettext
from peerdesk.i18n import gettext_noop as M_
from peerdesk.io.intake_read import Answer, IntakePlan
from peerdesk.io.people_links import name_key
from peerdesk.store import participants as people_store
from peerdesk.store import skills as skills_store
from peerdesk.store.people_import import delete_participant_rows
from peerdesk.store.program import Program


@dataclass(slots=True)
class Change:
    """What one import does to one person: the new state, and what differs in words."""

    answer: Answer
    person: Participant
    what: list[str]  # "department", "skills", ... (empty: unchanged)
    new: bool = False
    add: bool = True  # a new person is added only when the user says so



# What an import changes for a person, in words ("update Ana: availability, skills").
_CHANGED = {q.DEPARTMENT: M_("department"), q.AVAILABILITY: M_("availability"),
            q.CAPACITY: M_("mentoring capacity"), q.OPT_IN: M_("taking part"),
            "skills": M_("skills")}


def changes(program: Program, plan: IntakePlan, merges: list[Merge] | None = None) -> list[Change]:
    """Each person's state after the import, with the accepted merges taken."""
    taken = {n.casefold(): m.into for m in (merges if merges is not None else plan.merges)
             if m.accepted for n in m.names}
    vocab = {v.casefold(): v for v in plan.vocabulary}

    def name(n: str) -> str:
        n = taken.get(n.casefold(), n)
        return vocab.get(n.casefold(), n)

    out = []
    for answer in plan.answers:
        if answer.participant_id is not None:
            person = people_store.get_participant(program, answer.participant_id)
            new = False
        else:
            person = Participant(name=answer.name or "", email=answer.email)
            new = True
        old = (person.department, person.availability, person.capacity, person.opted_in,
               sorted((s.skill.casefold(), s.direction, s.level) for s in person.skills))
        what = []
        for f, attr in ((q.DEPARTMENT, "department"), (q.AVAILABILITY, "availability"),
                        (q.CAPACITY, "capacity"), (q.OPT_IN, "opted_in")):
            if f in answer.fields and getattr(person, attr) != answer.fields[f]:
                setattr(person, attr, answer.fields[f])
                what.append(_(_CHANGED[f]))
        for direction, entries in ((TEACH, answer.teach), (LEARN, answer.learn)):
            if not entries:
                continue
            kept = [s for s in person.skills if s.direction != direction]
            previous = {s.skill.casefold(): s.level for s in person.skills
                        if s.direction == direction}
            merged: dict[str, SkillLevel] = {}
            for e in entries:
                skill = name(e.name)
                level = e.level or previous.get(skill.casefold(), 2)
                if skill.casefold() not in merged or merged[skill.casefold()].level < level:
                    merged[skill.casefold()] = SkillLevel(skill, direction, level)
            person.skills = kept + list(merged.values())
        if sorted((s.skill.casefold(), s.direction, s.level) for s in person.skills) != old[4]:
            what.append(_(_CHANGED["skills"]))
        if new and not person.name:
            person.name = answer.email.split("@")[0].replace(".", " ").title()
        out.append(Change(answer, person, what, new=new))
    return out


@dataclass(slots=True)
class IntakeResult:
    added: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    merged: int = 0
    unknown_learn_from: list[str] = field(default_factory=list)
    undo: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> str:
        text = _("{added} added, {updated} updated").format(added=len(self.added),
                                                             updated=len(self.updated))
        if self.merged:
            text = ngettext("{text}, {n} skill merge taken", "{text}, {n} skill merges taken",
                            self.merged).format(text=text, n=self.merged)
        return text


def apply_plan(program: Program, plan: IntakePlan, merges: list[Merge] | None = None,
               add_new: bool | set[str] = False, ids: list[int] | None = None) -> IntakeResult:
    """Write the plan in one transaction. ``add_new`` is True for every new person, or the
    emails (lower case) of those to add; ``ids`` re-uses the ids of an undone apply."""
    if plan.blocking:
        raise ValueError("; ".join(plan.blocking))
    merges = plan.merges if merges is None else merges
    result = IntakeResult()
    with program.atomic():
        result.undo = {"settings": skills_store.intake_settings(program),
                       "skills": people_store.list_skills(program), "people": [], "merges": []}
        for m in merges:
            existing = [n for n in m.names if skills_store.skill_id(program, n) is not None]
            if m.accepted and existing:
                result.undo["merges"].append(skills_store.merge_skills(program, existing, m.into))
        result.merged = sum(1 for m in merges if m.accepted)
        plan.vocabulary = people_store.list_skills(program)
        todo = changes(program, plan, merges)
        fingerprints = skills_store.intake_fingerprints(program)
        next_ids = list(ids or [])
        for change in todo:
            answer = change.answer
            if change.new:
                wanted = add_new is True or (isinstance(add_new, set)
                                             and answer.email.casefold() in add_new)
                if not wanted:
                    continue
                if next_ids:
                    change.person.id = next_ids.pop(0)
                answer.participant_id = people_store.add_participant(program, change.person)
                result.added.append(answer.participant_id)
            elif change.what:
                person_id = stored_id(change.person.id)
                result.undo["people"].append(people_store.get_participant(program, person_id))
                people_store.update_participant(program, change.person)
                result.updated.append(person_id)
            fingerprints[answer.email.casefold()] = answer.fingerprint
        learn = skills_store.learn_from(program)
        everyone = people_store.list_participants(program, include_archived=False)
        for answer in plan.answers:
            if answer.participant_id is None or not answer.learn_from:
                continue
            found, unknown = resolve_people(answer.learn_from, everyone)
            learn[answer.participant_id] = [i for i in found if i != answer.participant_id]
            result.unknown_learn_from += [f"{answer.email}: {u}" for u in unknown]
        skills_store.write_intake_settings(program, learn, fingerprints)
    return result


def undo_intake(program: Program, result: IntakeResult) -> None:
    """Put everything back: people as they were, the added ones gone, merges undone."""
    undo = result.undo
    with program.atomic():
        delete_participant_rows(program, result.added)
        # The merged names come back first, so the people's old skills find them.
        for snap in reversed(undo["merges"]):
            skills_store.restore_skills(program, snap)
        for person in undo["people"]:
            people_store.update_participant(program, person, validate=False)
        before = {s.casefold() for s in undo["skills"]}
        for name in people_store.list_skills(program):
            if name.casefold() not in before:
                with suppress(ValueError):  # used again by something else since: keep it
                    skills_store.delete_unused_skill(program, name)
        skills_store.restore_intake_settings(program, undo["settings"])


def resolve_people(said: list[str], everyone: list[Participant]) -> tuple[list[int], list[str]]:
    """Names or emails -> participant ids; what matched nobody (or several) comes back."""
    by_email = {p.email.casefold(): p.id for p in everyone if p.email}
    by_name: dict[str, list[int]] = {}
    for p in everyone:
        by_name.setdefault(name_key(p.name), []).append(stored_id(p.id))
    found, unknown = [], []
    for item in said:
        pid = by_email.get(item.casefold())
        if pid is None:
            ids = by_name.get(name_key(item), [])
            if len(ids) != 1:
                close = [stored_id(p.id) for p in everyone if fuzz.ratio(name_key(p.name), name_key(item)) >= 90]
                ids = close if len(close) == 1 else ids
            pid = ids[0] if len(ids) == 1 else None
        if pid is None:
            unknown.append(item)
        elif pid not in found:
            found.append(pid)
    return found, unknown
