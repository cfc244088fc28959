"""Managers of imported people, resolved once every row is known.

A "Reports To" column may name a person further down the file, give an email, or name
someone who is not in the program at all (kept as an outside manager by name and email,
as :class:`peerdesk.core.models.Participant` allows). Reporting loops are found over the
program as it would be after the import, with :func:`peerdesk.core.chain.find_loops`.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any

from peerdesk.core.chain import find_loops
from peerdesk.core.validation import valid_email
from peerdesk.io.mapping import RowProblem

if TYPE_CHECKING:
    from peerdesk.io.people_plan import PeoplePlan, Person

_MANAGER_FIELDS = ("manager", "manager_email", "manager_employee_id")


def name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


class _Directory:
    """Who a manager reference can mean: the file's rows first, then active participants,
    then archived ones; a name is ambiguous only among people of the same tier."""

    def __init__(self, people: list[Person], existing: list[dict[str, Any]]):
        in_file = {p.key for p in people}
        rest = [r for r in existing if r["id"] not in in_file]
        tiers = [
            [(p.key, str(p.values["name"]), str(p.values.get("email", "")),
              str(p.values.get("employee_id", ""))) for p in people],
            [(r["id"], r["name"], r["email"], r["employee_id"]) for r in rest
             if r["archived_on"] is None],
            [(r["id"], r["name"], r["email"], r["employee_id"]) for r in rest
             if r["archived_on"] is not None],
        ]
        self.names: dict[int, str] = {}
        self.by_email: dict[str, int] = {}
        self.by_eid: dict[str, int] = {}
        self.by_name: list[dict[str, list[int]]] = []
        for tier in tiers:
            names: dict[str, list[int]] = {}
            for key, name, email, eid in tier:
                self.names[key] = name
                if email:
                    self.by_email.setdefault(email.casefold(), key)
                if eid:
                    self.by_eid.setdefault(eid.casefold(), key)
                names.setdefault(name_key(name), []).append(key)
            self.by_name.append(names)

    def find_name(self, name: str) -> list[int]:
        key = name_key(name)
        for tier in self.by_name:
            if key in tier:
                return tier[key]
        return []


def link_managers(plan: PeoplePlan, col: dict[str, int], people: list[Person],
                  existing: list[dict[str, Any]]) -> None:
    """Set manager_id / manager_name / manager_email on each person; bad ones leave ``people``."""
    if not any(f in col for f in _MANAGER_FIELDS):
        return
    headers = plan.table.headers
    column = next(headers[col[f]] for f in _MANAGER_FIELDS if f in col)
    directory = _Directory(people, existing)
    for p in list(people):
        problem = _resolve(p, directory)
        if problem:
            plan.problems.append(RowProblem(p.row, column, problem))
            people.remove(p)
    _break_loops(plan, column, people, existing, directory)


def _resolve(p: Person, directory: _Directory) -> str:
    """Fill ``p``'s manager fields; return a problem message, or ""."""
    found: int | None = None
    if p.manager_employee_id:
        found = directory.by_eid.get(p.manager_employee_id.casefold())
    if found is None and p.manager_email:
        found = directory.by_email.get(p.manager_email.casefold())
    text_is_email = "@" in p.manager and valid_email(p.manager)
    if found is None and p.manager:
        if text_is_email:
            found = directory.by_email.get(p.manager.casefold())
        else:
            keys = directory.find_name(p.manager)
            if len(keys) > 1:
                return (f"“{p.manager}” matches {len(keys)} people: give the manager's email "
                        "instead (in a “Manager Email” column).")
            found = keys[0] if keys else None
    if found is not None and found == p.key:
        return "A person cannot be their own manager."
    if found is not None:
        p.values.update(manager_id=found, manager_name="", manager_email="")
    else:
        p.values.update(manager_id=None,
                        manager_name="" if text_is_email else p.manager,
                        manager_email=p.manager_email or (p.manager if text_is_email else ""))
    return ""


def _break_loops(plan: PeoplePlan, column: str, people: list[Person], existing: list[dict[str, Any]],
                 directory: _Directory) -> None:
    in_file = {p.key: p for p in people}
    manager_of: dict[int, int | None] = {
        r["id"]: r["manager_id"] for r in existing if r["id"] not in in_file}
    manager_of.update({p.key: p.values["manager_id"] for p in people})  # type: ignore[misc]
    removed: set[int] = set()
    for loop in find_loops(manager_of):
        names = " → ".join(directory.names.get(k, "?") for k in [*loop, loop[0]])
        for key in loop:
            if key in in_file and key not in removed:
                removed.add(key)
                plan.problems.append(RowProblem(in_file[key].row, column,
                                                f"This makes a reporting loop: {names}."))
    if not removed:
        return
    people[:] = [p for p in people if p.key not in removed]
    for p in people:  # reports of a left-out person keep the name, as an outside manager
        if p.values["manager_id"] in removed:
            p.values.update(manager_id=None, manager_name=directory.names[p.values["manager_id"]],
                            manager_email="")
