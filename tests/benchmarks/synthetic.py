"""Seeded synthetic companies for benchmarks and tests.

A company has a manager tree (a CEO, department heads, team leads, their teams),
5 to 12 departments, 20-30% new recruits, a skills vocabulary of about 40, two to
four offices, free-text availability, a facilitator, a few "never pair these two"
exclusions and two past cycles whose pairs must not repeat. The same ``(size,
seed)`` always gives the same company, so a benchmark figure can be reproduced.

``company(n, seed)`` builds plain dataclasses (for the core); ``write_program``
puts one into a program file (for store, CLI and window tests).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from peerdesk.core.models import Participant, SkillLevel
from peerdesk.core.rules import Rules

TODAY = date(2027, 3, 1)

DEPARTMENTS = ["Engineering", "Product", "Sales", "Customer Success", "Finance", "Marketing",
               "People & Culture", "Legal", "Operations", "Data", "Security", "Design"]
OFFICES = ["Lisbon", "Berlin", "Thessaloniki", "Hanoi"]
FIRST = ["Anna", "Ben", "Chloé", "Dmitri", "Eva", "Farid", "Greta", "Hiro", "Inês", "João",
         "Kai", "Lena", "Mateus", "Nadia", "Oskar", "Priya", "Quang", "Rosa", "Sven", "Tereza",
         "Uwe", "Vera", "Wei", "Ximena", "Yusuf", "Zoë"]
LAST = ["Almeida", "Becker", "Costa", "Dimitriou", "Engel", "Ferreira", "Graf", "Huang",
        "Ivanova", "Jansen", "Krüger", "Lopes", "Müller", "Nguyễn", "Oliveira", "Papadakis",
        "Quintana", "Richter", "Sousa", "Tran", "Uhl", "Vogel", "Weiß", "Xu", "Yılmaz", "Zhang"]
SKILLS = ["Python", "SQL", "Excel modelling", "Negotiation", "Public speaking", "Figma",
          "User research", "Git", "Code review", "Testing", "Cloud infrastructure", "Kubernetes",
          "Budgeting", "Reading a P&L", "Forecasting", "Copywriting", "SEO", "Interviewing",
          "Giving feedback", "Facilitation", "Project planning", "Roadmapping", "Data analysis",
          "Statistics", "Machine learning", "Security basics", "Contract law", "Presenting",
          "Customer calls", "Onboarding customers", "CRM hygiene", "Discovery calls",
          "Writing specs", "Accessibility", "Typography", "Hiring", "Coaching", "Time management",
          "Spreadsheets", "Storytelling"]
AVAILABILITY = ["Mon Wed", "Tue Thu", "Wed Fri", "Mornings", "Afternoons", "Any time", "Mon Tue",
                "Thu Fri", "Not Fridays", ""]


@dataclass
class Company:
    people: list[Participant]
    history: dict[frozenset[int], str] = field(default_factory=dict)
    exclusions: dict[frozenset[int], str] = field(default_factory=dict)
    facilitators: set[int] = field(default_factory=set)
    past_cycles: list[tuple[str, list[list[int]]]] = field(default_factory=list)
    today: date = TODAY

    def rules(self, last_cycles: int = 0) -> Rules:
        manager_of = {p.id: p.manager_id for p in self.people}
        history = self.history
        if last_cycles:
            keep = {name for name, _ in self.past_cycles[-last_cycles:]}
            history = {k: v for k, v in history.items() if v in keep}
        return Rules(manager_of=manager_of, history=dict(history),
                     exclusions=dict(self.exclusions), facilitators=set(self.facilitators))


def company(n: int, seed: int = 0, today: date = TODAY) -> Company:
    rng = random.Random(seed * 7919 + n)
    departments = DEPARTMENTS[:rng.randint(5, min(12, max(5, n // 8)))]
    recruit_share = rng.uniform(0.20, 0.30)
    people: list[Participant] = []
    heads: dict[str, int] = {}
    members: dict[str, list[int]] = {d: [] for d in departments}
    reports: dict[int, int] = {}
    for pid in range(1, n + 1):
        if pid == 1:
            dept, manager = departments[0], None
        elif len(heads) < len(departments):
            dept = departments[len(heads)]
            manager = 1
        else:
            dept = rng.choice(departments)
            # a manager from the department with fewer than eight reports, early hires first
            pool = [m for m in members[dept] if reports.get(m, 0) < 8]
            manager = rng.choice(pool[:12]) if pool else heads[dept]
        if rng.random() < recruit_share and pid > len(departments) + 1:
            hired = today - timedelta(days=rng.randint(5, 175))
        else:
            hired = today - timedelta(days=rng.randint(200, 3600))
        skills = [SkillLevel(s, "teach", rng.choice([1, 2, 2, 3]))
                  for s in rng.sample(SKILLS, rng.randint(1, 3))]
        taught = {s.skill for s in skills}
        skills += [SkillLevel(s, "learn", rng.choice([1, 2, 3]))
                   for s in rng.sample([s for s in SKILLS if s not in taught], rng.randint(1, 3))]
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        people.append(Participant(
            name=name, id=pid, email=f"person{pid}@synthetic.example", employee_id=f"S{pid:05d}",
            department=dept, location=rng.choice(OFFICES[:rng.randint(2, 4)]), hire_date=hired,
            manager_id=manager, availability=rng.choice(AVAILABILITY),
            opted_in=rng.random() > 0.03,
            capacity=2 if rng.random() < 0.1 else None, skills=skills))
        if manager is not None:
            reports[manager] = reports.get(manager, 0) + 1
        if dept not in heads and pid != 1:
            heads[dept] = pid
        members[dept].append(pid)
    result = Company(people=people, today=today)
    result.facilitators = {rng.choice(range(2, n + 1))} if n > 2 else set()
    for _ in range(max(1, n // 100)):
        a, b = rng.sample(range(1, n + 1), 2)
        result.exclusions[frozenset((a, b))] = "asked not to be paired"
    for number, months_ago in enumerate((9, 4), start=1):
        name = f"Past cycle {number}"
        start = today - timedelta(days=30 * months_ago)
        there = [p.id for p in people if p.hire_date < start and p.opted_in]
        rng.shuffle(there)
        groups = [there[i:i + 2] for i in range(0, len(there) - 1, 2)]
        if len(there) % 2 and groups:
            groups[-1].append(there[-1])
        for g in groups:
            for i, a in enumerate(g):
                for b in g[i + 1:]:
                    result.history[frozenset((a, b))] = name
        result.past_cycles.append((name, groups))
    return result


def write_program(program, comp: Company, cycle_name: str = "Spring 2027") -> int:
    """Put ``comp`` into an empty program: people, skills, past cycles (published), the
    facilitator, the exclusions and a new cycle; returns the new cycle's id."""
    from peerdesk.store.participants import _write_skills, to_row

    db = program.db
    with program.atomic():
        for p in comp.people:
            row = to_row(p)
            row["id"] = p.id
            db["participants"].insert(row)
            _write_skills(program, p.id, p.skills)
        for fid in comp.facilitators:
            db["facilitators"].insert({"participant_id": fid, "name": "", "email": "",
                                       "pair_opt_in": 0, "appointed_on": comp.today.isoformat()})
        for key, reason in comp.exclusions.items():
            a, b = sorted(key)
            db["pair_exclusions"].insert({"a_id": a, "b_id": b, "reason": reason})
        for number, (name, groups) in enumerate(comp.past_cycles):
            start = comp.today - timedelta(days=270 - 150 * number)
            cycle_id = db["cycles"].insert({"name": name, "start_date": start.isoformat(),
                                            "end_date": (start + timedelta(days=84)).isoformat()}).last_pk
            for g in groups:
                pairing_id = db["pairings"].insert({
                    "cycle_id": cycle_id, "kind": "peer", "score": 0, "reasons": "[]",
                    "pinned": 0, "published": 1, "published_on": start.isoformat()}).last_pk
                db["pairing_members"].insert_all({"pairing_id": pairing_id, "participant_id": m,
                                                  "role": "peer"} for m in g)
        return db["cycles"].insert({"name": cycle_name,
                                    "start_date": (comp.today + timedelta(days=7)).isoformat(),
                                    "end_date": (comp.today + timedelta(days=91)).isoformat()}).last_pk
