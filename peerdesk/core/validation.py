"""Checks on a participant before it is saved, each naming the field and the problem."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from peerdesk.core.chain import would_loop
from peerdesk.core.models import Participant

# Deliberately plain: something@domain.tld, no spaces; what HR systems export.
EMAIL_RE = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}$")


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


def check_participant(p: Participant, others: Iterable[Participant],
                      today: date | None = None,
                      manager_of: Mapping[int, int | None] | None = None) -> list[Problem]:
    """Every problem with ``p`` given the people already in the program (``others``)."""
    problems: list[Problem] = []
    others = [o for o in others if o.id != p.id or p.id is None]
    if not p.name.strip():
        problems.append(Problem("name", "A name is required."))
    email = p.email.strip()
    if email:
        if not valid_email(email):
            problems.append(Problem("email", f"“{email}” is not a valid email address "
                                             "(it should look like name@company.com)."))
        else:
            clash = next((o for o in others if o.email and o.email.lower() == email.lower()), None)
            if clash is not None:
                problems.append(Problem("email", f"{email} is already used by {clash.name}."))
    if p.manager_email.strip() and not valid_email(p.manager_email.strip()):
        problems.append(Problem("manager_email",
                                f"The manager's email “{p.manager_email}” is not a valid address."))
    if p.hire_date is not None and p.hire_date > (today or date.today()):
        problems.append(Problem("hire_date",
                                f"The hire date {p.hire_date.isoformat()} is in the future."))
    if p.manager_id is not None:
        if p.id is not None and p.manager_id == p.id:
            problems.append(Problem("manager_id", "A person cannot be their own manager."))
        else:
            chain = dict(manager_of) if manager_of is not None else {o.id: o.manager_id for o in others}
            if would_loop(p.id, p.manager_id, chain):
                problems.append(Problem("manager_id",
                                        "That manager reports, directly or further up, to this "
                                        "person: it would make a loop in the reporting chain."))
    if p.capacity is not None and p.capacity < 0:
        problems.append(Problem("capacity", "Buddy capacity cannot be negative."))
    return problems
