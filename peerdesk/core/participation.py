"""Who took part, with whom, and who stayed: participation figures over recorded facts.

Pairings, attendance and headcounts are what the facilitator recorded, not anyone's
answer, so every figure here is a plain :class:`Ratio`, never withheld by the
small-group rule. The answers' statistics are in :mod:`peerdesk.core.feedback`, whose
:class:`FeedbackData`, :class:`Scope` and scope lookups these functions share.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from peerdesk.core.feedback import FeedbackData, Period, Scope, ScopeIndex, scope_index
from peerdesk.core.models import Pairing, Participant, stored_id
from peerdesk.core.small_groups import Ratio


def _links_met(idx: ScopeIndex, pairing: Pairing) -> list[tuple[int, int]]:
    """The two-person links of a pair or trio whose members were present at the same session."""
    cycle = pairing.cycle_id
    return [(a, b) for a, b in combinations(pairing.member_ids, 2)
            if idx.present_at(a, cycle) & idx.present_at(b, cycle)]


def _met(idx: ScopeIndex, pairing: Pairing) -> bool:
    return bool(_links_met(idx, pairing))


@dataclass(frozen=True, slots=True)
class Heatmap:
    departments: list[str]
    counts: list[list[int]]  # symmetric; counts[i][j] = pairs that met joining i and j


def department_heatmap(data: FeedbackData, scope: Scope = Scope()) -> Heatmap:
    """How many pairs that met joined each two departments. A trio counts each of its
    links whose two people met; with a department filter, links touching it."""
    idx = scope_index(data, scope)
    links: dict[tuple[str, str], int] = defaultdict(int)
    for pairing in data.pairings:
        if pairing.cycle_id not in idx.cycle_ids:
            continue
        for a, b in _links_met(idx, pairing):
            if not (idx.in_department(a) or idx.in_department(b)):
                continue
            da, db = sorted((idx.dept(a), idx.dept(b)))
            links[da, db] += 1
    names = sorted({d for key in links for d in key}, key=str.casefold)
    pos = {d: i for i, d in enumerate(names)}
    counts = [[0] * len(names) for _ in names]
    for (d1, d2), n in links.items():
        counts[pos[d1]][pos[d2]] = n
        counts[pos[d2]][pos[d1]] = n
    return Heatmap(names, counts)


@dataclass(frozen=True, slots=True)
class CrossShare:
    period: Period
    pairs: Ratio  # pairs crossing departments, of all pairs
    met: Ratio  # pairs that met, of all pairs


def cross_department_share(data: FeedbackData, scope: Scope = Scope()) -> list[CrossShare]:
    idx = scope_index(data, scope)
    out = []
    for cycle in idx.cycles:
        pairs = [p for p in data.pairings if p.cycle_id == cycle.id
                 and any(idx.in_department(m) for m in p.member_ids)]
        cross = sum(1 for p in pairs if len({idx.dept(m) for m in p.member_ids}) > 1)
        met = sum(1 for p in pairs if _met(idx, p))
        out.append(CrossShare(Period(cycle.name, stored_id(cycle.id)), Ratio(cross, len(pairs)),
                              Ratio(met, len(pairs))))
    return out


def _employed_at(person: Participant, day: date | None) -> bool:
    """Whether the person worked at the company on ``day`` (None: at any time we know of)."""
    if day is not None and person.hire_date is not None and person.hire_date > day:
        return False
    if not person.left_company:
        return True
    return day is not None and person.archived_on is not None and person.archived_on >= day


@dataclass(frozen=True, slots=True)
class DepartmentParticipation:
    department: str
    people: Ratio  # in the program, of the department's headcount
    attendance: Ratio  # present, of attendance recorded (excused absences left out)


def participation_by_department(data: FeedbackData, scope: Scope = Scope()) -> list[DepartmentParticipation]:
    idx = scope_index(data, scope)
    start = min((c.start_date for c in idx.cycles if c.start_date), default=None)
    members = set().union(*(idx.members(stored_id(c.id)) for c in idx.cycles)) if idx.cycles else set()
    headcount: dict[str, int] = defaultdict(int)
    joined: dict[str, int] = defaultdict(int)
    for p in data.people:
        if idx.in_department(p.id) and (p.id in members or _employed_at(p, start)):
            headcount[idx.dept(p.id)] += 1
            joined[idx.dept(p.id)] += p.id in members
    present: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for a in idx.attendance:
        cell = present[idx.dept(a.participant_id)]
        cell[0] += a.status == "present"
        cell[1] += a.status != "excused"  # an excused absence counts neither way
    return [DepartmentParticipation(d, Ratio(joined[d], headcount[d]), Ratio(present[d][0], present[d][1]))
            for d in sorted(headcount, key=str.casefold)]


@dataclass(frozen=True, slots=True)
class RetentionPoint:
    period: Period
    participants: Ratio  # still with the company, of the cycle's participants
    others: Ratio  # the same for everyone else at the company then (0 of 0 = not known)


def retention(data: FeedbackData, scope: Scope = Scope()) -> list[RetentionPoint]:
    """Who is still with the company: a person archived as having left has left."""
    idx = scope_index(data, scope)
    out = []
    for cycle in idx.cycles:
        members = idx.members(stored_id(cycle.id))
        others = [p for p in data.people if p.id not in members and idx.in_department(p.id)
                  and _employed_at(p, cycle.start_date)]
        stayed = sum(1 for i in members if not (idx.people.get(i) and idx.people[i].left_company))
        out.append(RetentionPoint(
            Period(cycle.name, stored_id(cycle.id)), Ratio(stayed, len(members)),
            Ratio(sum(1 for p in others if not p.left_company), len(others))))
    return out
