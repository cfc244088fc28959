"""Who each row of an HR export is in the program, and what it changes for them.

A row updates the participant with its employee ID, else its email, else (when neither
side has an identity to contradict it) its name; every other row is a new person.
"""

from __future__ import annotations

from typing import Any

from peerdesk.io.mapping import RowProblem
from peerdesk.io.people_links import name_key
from peerdesk.io.people_plan import PeoplePlan, Person, Update


def match_rows(plan: PeoplePlan, col: dict[str, int], people: list[Person],
           existing: list[dict[str, Any]]) -> None:
    """Find who each row updates (by employee ID, then email) and keep emails unique."""
    headers = plan.table.headers
    by_eid = {r["employee_id"].casefold(): r["id"] for r in existing if r["employee_id"]}
    by_email = {r["email"].casefold(): r["id"] for r in existing if r["email"]}
    by_id = {r["id"]: r for r in existing}
    by_name: dict[str, list[dict[str, Any]]] = {}
    for r in existing:
        by_name.setdefault(name_key(r["name"]), []).append(r)
    claimed: dict[int, int] = {}
    for p in list(people):
        eid = str(p.values.get("employee_id", "")).casefold()
        email = str(p.values.get("email", "")).casefold()
        match = by_eid.get(eid) if eid else None
        if match is None and email:
            match = by_email.get(email)
            if match is not None and eid and by_id[match]["employee_id"]:
                match = None  # two different employee IDs: not the same person
        if match is None:
            match = _by_name(p, by_name, bool(eid or email))
        if match is not None and match in claimed:
            plan.problems.append(RowProblem(p.row, "", f"is the same person as row "
                                            f"{claimed[match]} (same employee ID or email)."))
            people.remove(p)
            continue
        if match is not None:
            claimed[match] = p.row
        p.existing_id = match
        p.key = match if match is not None else -p.row
    # An email may move from one person to another only if its old owner changes theirs too.
    owner = {r["email"].casefold(): (r["id"], r["name"]) for r in existing
             if r["email"] and r["id"] not in claimed}
    for p in list(people):
        email = str(p.values.get("email", "")).casefold()
        if not email:
            continue
        holder = owner.get(email)
        if holder is not None and holder[0] != p.existing_id:
            plan.problems.append(RowProblem(p.row, headers[col["email"]],
                                            f"{p.values['email']} is already used by {holder[1]} "
                                            "in the program."))
            people.remove(p)
            continue
        owner[email] = (p.key, str(p.values["name"]))


def _by_name(p: Person, by_name: dict[str, list[dict[str, Any]]], row_has_identity: bool) -> int | None:
    """Someone with neither an employee ID nor an email can only be recognised by name:
    when exactly one person has it, and one side has no identity to contradict it."""
    candidates = by_name.get(name_key(str(p.values["name"])), [])
    if len(candidates) != 1:
        return None
    r = candidates[0]
    if row_has_identity and (r["email"] or r["employee_id"]):
        return None
    return int(r["id"])


def diff_rows(plan: PeoplePlan, col: dict[str, int], people: list[Person],
          existing: list[dict[str, Any]]) -> None:
    by_id = {r["id"]: r for r in existing}
    matched = set()
    for p in people:
        if p.existing_id is None:
            row = _new_row(p.values)
            row["id"] = p.key
            plan.new.append(row)
            plan.status[p.row] = "new"
            continue
        matched.add(p.existing_id)
        before = by_id[p.existing_id]
        changes = {}
        for column, value in p.values.items():
            if column in ("employee_id", "email") and not value:
                continue  # a blank identity never erases the one the program has
            if before[column] != value:
                changes[column] = value
        if changes:
            plan.updates.append(Update(p.existing_id, p.row, changes, before))
        else:
            plan.unchanged.append(p.existing_id)
        plan.status[p.row] = "updated" if changes else "unchanged"
    plan.missing = [{"id": r["id"], "name": r["name"], "email": r["email"]}
                    for r in existing if r["id"] not in matched and r["archived_on"] is None]


def _new_row(values: dict[str, object]) -> dict[str, Any]:
    from peerdesk.core.models import Participant
    from peerdesk.store.participants import to_row

    row = to_row(Participant(name=str(values["name"])))
    row.update(values)
    return row
