"""Cycles: named periods such as "Spring 2027" that hold sessions, pairings and feedback."""

from __future__ import annotations

from datetime import date

from peerdesk.core.models import Cycle
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.store.program import Program


def _from_row(r: dict) -> Cycle:
    return Cycle(id=r["id"], name=r["name"],
                 start_date=date.fromisoformat(r["start_date"]) if r["start_date"] else None,
                 end_date=date.fromisoformat(r["end_date"]) if r["end_date"] else None,
                 notes=r["notes"])


def list_cycles(program: Program) -> list[Cycle]:
    """Oldest first (by start date, then id)."""
    return [_from_row(r) for r in program.db.query(
        "SELECT * FROM cycles ORDER BY coalesce(start_date, '9999'), id")]


def get_cycle(program: Program, cycle_id: int) -> Cycle:
    rows = list(program.db.query("SELECT * FROM cycles WHERE id = ?", [cycle_id]))
    if not rows:
        raise KeyError(f"No cycle with id {cycle_id}.")
    return _from_row(rows[0])


def find_cycle(program: Program, name: str) -> Cycle | None:
    rows = list(program.db.query("SELECT * FROM cycles WHERE name = ? COLLATE NOCASE", [name.strip()]))
    return _from_row(rows[0]) if rows else None


def require_cycle(program: Program, name: str) -> Cycle:
    """The cycle called ``name``, or a ValidationError naming the cycles there are."""
    cycle = find_cycle(program, name)
    if cycle is None:
        names = ", ".join(c.name for c in list_cycles(program)) or "none yet"
        raise ValidationError([Problem("cycle", f"There is no cycle called “{name}”. "
                                                f"Cycles in this program: {names}.")])
    return cycle


def current_cycle(program: Program, today: date | None = None) -> Cycle | None:
    """The cycle running today, else the next to start, else the latest one."""
    cycles = list_cycles(program)
    if not cycles:
        return None
    today = today or date.today()
    for c in cycles:
        if c.start_date and c.end_date and c.start_date <= today <= c.end_date:
            return c
    upcoming = [c for c in cycles if c.start_date and c.start_date > today]
    if upcoming:
        return min(upcoming, key=lambda c: c.start_date)
    return cycles[-1]


def check_cycle(program: Program, cycle: Cycle) -> list[Problem]:
    problems = []
    if not cycle.name.strip():
        problems.append(Problem("name", "A cycle needs a name, for example “Spring 2027”."))
    else:
        clash = find_cycle(program, cycle.name)
        if clash is not None and clash.id != cycle.id:
            problems.append(Problem("name", f"There is already a cycle called “{clash.name}”."))
    if cycle.start_date and cycle.end_date and cycle.end_date < cycle.start_date:
        problems.append(Problem("end_date", "The cycle ends before it starts."))
    return problems


def add_cycle(program: Program, cycle: Cycle) -> int:
    problems = check_cycle(program, cycle)
    if problems:
        raise ValidationError(problems)
    row = {"name": cycle.name.strip(),
           "start_date": cycle.start_date.isoformat() if cycle.start_date else None,
           "end_date": cycle.end_date.isoformat() if cycle.end_date else None,
           "notes": cycle.notes}
    if cycle.id is not None:
        row["id"] = cycle.id
    with program.atomic():
        return program.db["cycles"].insert(row).last_pk
