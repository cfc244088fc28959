"""The reporting chain: managers, loops, and the facilitator's neutrality."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from peerdesk.core.models import Facilitator, Participant
from peerdesk.i18n import _, ngettext


def managers_of(person_id: int, manager_of: Mapping[int, int | None]) -> list[int]:
    """Everyone above a person, nearest first. Stops at a loop rather than spinning."""
    chain: list[int] = []
    seen = {person_id}
    current = manager_of.get(person_id)
    while current is not None and current not in seen:
        chain.append(current)
        seen.add(current)
        current = manager_of.get(current)
    return chain


def would_loop(person_id: int | None, new_manager_id: int | None,
               manager_of: Mapping[int, int | None]) -> bool:
    """True when making ``new_manager_id`` the manager of ``person_id`` closes a loop."""
    if new_manager_id is None:
        return False
    if person_id is not None and new_manager_id == person_id:
        return True
    if person_id is None:
        return False
    return person_id in managers_of(new_manager_id, manager_of)


def find_loops(manager_of: Mapping[int, int | None]) -> list[list[int]]:
    """Every reporting loop, each as the ids in it (used by the importer)."""
    loops: list[list[int]] = []
    done: set[int] = set()
    for start in manager_of:
        path: list[int] = []
        index: dict[int, int] = {}
        node: int | None = start
        while node is not None and node not in done and node not in index:
            index[node] = len(path)
            path.append(node)
            node = manager_of.get(node)
        if node is not None and node in index:
            loops.append(path[index[node]:])
        done.update(path)
    return loops


@dataclass(frozen=True, slots=True)
class NeutralityWarning:
    facilitator_name: str
    over: tuple[str, ...]  # names of the participants the facilitator has authority over

    def message(self) -> str:
        names = ", ".join(self.over)
        count = len(self.over)
        return ngettext("{name} has authority over {n} participant ({names}).",
                        "{name} has authority over {n} participants ({names}).", count).format(
                            name=self.facilitator_name, n=count, names=names) + " " + _(
            "A facilitator should be neutral: choose someone who manages nobody in the program.")


def neutrality_warnings(facilitators: Iterable[Facilitator],
                        participants: Iterable[Participant]) -> list[NeutralityWarning]:
    """One warning per facilitator who manages, directly or further up, an active participant.

    An outside facilitator counts as a manager of anyone whose outside manager has
    their email."""
    people = list(participants)
    by_id = {p.id: p for p in people}
    manager_of = {p.id: p.manager_id for p in people if p.id is not None}
    warnings = []
    for f in facilitators:
        over: list[str] = []
        for p in people:
            if p.archived or p.id == f.participant_id:
                continue
            if f.participant_id is not None:
                if p.id is not None and f.participant_id in managers_of(p.id, manager_of):
                    over.append(p.name)
            elif f.email and p.manager_email and f.email.lower() == p.manager_email.lower():
                over.append(p.name)
        if over:
            name = f.name or (by_id[f.participant_id].name if f.participant_id in by_id else "?")
            warnings.append(NeutralityWarning(name, tuple(sorted(over))))
    return warnings
