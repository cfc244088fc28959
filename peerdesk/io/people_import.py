"""Participants from an HR export: map the columns, read every row, then plan the merge.

Nothing is written here. :func:`build_plan` reads the whole file, checks every row with
the program's rules (the same as :mod:`peerdesk.core.validation`, applied in bulk so a
5,000-row file takes well under a second), resolves managers once all rows are known,
and says who is new, updated, unchanged or no longer in the file.
:mod:`peerdesk.io.people_apply` then writes the plan in one transaction.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peerdesk.core.models import SkillLevel
from peerdesk.core.validation import clean_text, removal_notice, valid_email
from peerdesk.io import dates, hr_skills
from peerdesk.io.mapping import IGNORE, RowProblem, apply_overrides, auto_map
from peerdesk.io.people_links import link_managers, name_key
from peerdesk.io.tabular import Cell, Table, cell_text, unguard_cell
from peerdesk.store.people_import import all_participant_rows
from peerdesk.store.program import Program

# Fields a column can feed, with the label shown to the user.
FIELDS: dict[str, str] = {
    "employee_id": "Employee ID",
    "name": "Full name",
    "first_name": "First name",
    "last_name": "Last name",
    "email": "Email",
    "department": "Department",
    "job_title": "Job title",
    "location": "Location",
    "hire_date": "Hire date",
    "level": "Level",
    "manager": "Manager (name or email)",
    "manager_email": "Manager email",
    "manager_employee_id": "Manager employee ID",
    "availability": "Availability",
    "notes": "Notes",
}
FIELDS.update(hr_skills.FIELDS)  # skills, capacity (io/hr_skills.py)
# Columns of the participants table that a mapped field writes.
_PLAIN = ("employee_id", "email", "department", "job_title", "location", "level",
          "availability", "notes")

_ALIASES_BY_FIELD = {
    "employee_id": ["employee id", "employee number", "employee no", "emp id", "emp number",
                    "staff id", "staff number", "worker id", "personnel number", "person id",
                    "employee code", "payroll id", "payroll number", "badge id", "id",
                    "employeeid", "empid"],
    "name": ["name", "full name", "employee name", "display name", "preferred name",
             "preferred full name", "legal name", "employee", "worker", "staff name",
             "participant", "person", "fullname"],
    "first_name": ["first name", "firstname", "given name", "forename", "legal first name",
                   "preferred first name", "first"],
    "last_name": ["last name", "lastname", "surname", "family name", "legal last name", "last"],
    "email": ["email", "e mail", "email address", "e mail address", "work email",
              "work email address", "business email", "company email", "primary work email",
              "corporate email", "mail", "office email", "emailaddress", "workemail"],
    "department": ["department", "dept", "team", "division", "department name", "org unit",
                   "business unit", "function", "team name", "cost center name"],
    "job_title": ["job title", "title", "position", "role", "job", "position title",
                  "job role", "business title", "jobtitle"],
    "location": ["location", "office", "work location", "site", "city", "office location",
                 "work site", "workplace"],
    "hire_date": ["hire date", "start date", "date of hire", "hired", "hired on", "joining date",
                  "date joined", "join date", "joined", "original hire date", "date hired",
                  "employment start date", "seniority date", "hiredate", "startdate"],
    "level": ["level", "grade", "job level", "band", "career level", "job grade"],
    "manager": ["reports to", "manager", "manager name", "line manager", "supervisor",
                "supervisor name", "direct manager", "reporting manager", "manager full name",
                "reports to name", "managername", "reportsto"],
    "manager_email": ["manager email", "manager e mail", "manager email address",
                      "reports to email", "supervisor email", "line manager email",
                      "manager work email"],
    "manager_employee_id": ["manager id", "manager employee id", "reports to id",
                            "supervisor id", "manager employee number", "manager number",
                            "reports to employee id"],
    "availability": ["availability", "available", "preferred times"],
    "notes": ["notes", "note", "comments", "comment"],
}
for _field, _names in hr_skills.ALIASES.items():
    _ALIASES_BY_FIELD.setdefault(_field, []).extend(_names)
ALIASES: dict[str, str] = {a: f for f, names in _ALIASES_BY_FIELD.items() for a in names}


def map_columns(headers: list[str], specs: list[str] | None = None) -> list[str]:
    """The automatic mapping for ``headers``, then the user's "Column=field" changes."""
    mapping = auto_map(headers, ALIASES)
    return apply_overrides(headers, mapping, specs or [], FIELDS) if specs else mapping


@dataclass(slots=True)
class Person:
    """One good row, read and checked, before it is matched against the program."""

    row: int
    values: dict[str, object]  # participants column -> value (only the mapped ones)
    manager: str = ""
    manager_email: str = ""
    manager_employee_id: str = ""
    existing_id: int | None = None  # the participant this row updates, if any
    key: int = 0  # existing id, or -row for a new person (for the reporting chain)
    skills: list[SkillLevel] | None = None  # from skills columns (io/hr_skills.py); None: not given


@dataclass(slots=True)
class Update:
    id: int
    row: int
    changes: dict[str, object]  # column -> new value (manager_id may be a -row key)
    before: dict[str, object]


@dataclass(slots=True)
class PeoplePlan:
    table: Table
    mapping: list[str]
    date_order: str | None
    needs_date_order: bool = False
    date_examples: list[str] = field(default_factory=list)
    blocking: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    new: list[dict[str, Any]] = field(default_factory=list)  # participants rows; manager_id may be -row
    updates: list[Update] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    missing: list[dict[str, Any]] = field(default_factory=list)  # id, name, email of those not in the file
    status: dict[int, str] = field(default_factory=dict)  # file row -> new | updated | unchanged
    skills: dict[int, list[SkillLevel]] = field(default_factory=dict)  # person key -> skills (hr_skills)
    skill_only: list[int] = field(default_factory=list)  # ids whose skills alone change
    # What was cleaned on the way in (invisible characters removed), to show the user.
    notices: list[str] = field(default_factory=list)

    @property
    def bad_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})

    @property
    def can_write(self) -> bool:
        """Something can be written (bad rows left out) once nothing blocks the whole file."""
        return not self.blocking and not self.needs_date_order

    @property
    def ok(self) -> bool:
        return self.can_write and not self.problems

    def summary(self) -> str:
        text = (f"{len(self.new)} new, {len(self.updates) + len(self.skill_only)} updated, {len(self.unchanged)} "
                f"unchanged, {len(self.missing)} no longer in the file")
        if self.problems:
            bad = len(self.bad_rows)
            text += f"; {bad} bad {'row' if bad == 1 else 'rows'}"
        return text


# progress(done, total, what) -> False to stop: the window's dialog, the terminal's line.
Progress = Callable[[int, int, str], bool]
PROGRESS_EVERY = 2000  # rows between two progress reports


class ImportCancelled(Exception):
    """The user stopped an import; nothing was written."""


def build_plan(program: Program, table: Table, mapping: list[str] | None = None,
               date_order: str | None = None, today: date | None = None,
               progress: Progress | None = None) -> PeoplePlan:
    """Read and check every row of ``table`` and plan the merge into ``program``."""
    mapping = list(mapping) if mapping is not None else map_columns(table.headers)
    mapping += [IGNORE] * (len(table.headers) - len(mapping))
    col = {f: i for i, f in enumerate(mapping) if f}
    plan = PeoplePlan(table=table, mapping=mapping, date_order=date_order)
    if "name" not in col and "first_name" not in col and "last_name" not in col:
        plan.blocking.append("No column holds the names: map a column to “Full name”, or to "
                             "“First name” and “Last name”.")
        return plan
    if "hire_date" in col:
        _decide_date_order(plan, [r[col["hire_date"]] for r in table.rows
                                  if col["hire_date"] < len(r)])
    people = _read_rows(plan, col, today or date.today(), progress)
    existing = all_participant_rows(program)
    _match(plan, col, people, existing)
    link_managers(plan, col, people, existing)
    _diff(plan, col, people, existing)
    hr_skills.plan_skills(program, plan, people)
    plan.problems.sort(key=lambda p: p.row)
    return plan


def _decide_date_order(plan: PeoplePlan, values: list[Cell]) -> None:
    detected, needed = dates.detect_order(values)
    if plan.date_order is None:
        plan.date_order = detected
        if detected is None and needed:
            plan.needs_date_order = True
            plan.date_examples = [str(v).strip() for v in values
                                  if (parts := dates.ambiguous_parts(v)) and parts[0] != parts[1]
                                  ][:5]


def _cjk(text: str) -> bool:
    return bool(text) and all(unicodedata.name(c, "").startswith(
        ("CJK", "HANGUL", "HIRAGANA", "KATAKANA")) for c in text)


def join_name(first: str, last: str) -> str:
    """First and last name as the person would write them: Chinese, Japanese and Korean
    names family name first without a space (芳 + 王 -> 王芳)."""
    if _cjk(first) and _cjk(last):
        return last + first
    return " ".join(t for t in (first, last) if t)


def _read_rows(plan: PeoplePlan, col: dict[str, int], today: date,
               progress: Progress | None = None) -> list[Person]:
    table, headers = plan.table, plan.table.headers
    width = len(headers)
    seen_email: dict[str, int] = {}
    seen_eid: dict[str, int] = {}
    people: list[Person] = []
    total = len(table.rows)
    for index, (record, number) in enumerate(zip(table.rows, table.row_numbers, strict=True)):
        if progress is not None and index % PROGRESS_EVERY == 0 \
                and not progress(index, total, "Checking rows"):
            raise ImportCancelled
        problems: list[RowProblem] = []

        def bad(f: str, message: str, row: int = number,
                problems: list[RowProblem] = problems) -> None:
            problems.append(RowProblem(row, headers[col[f]] if f in col else "", message))

        if len(record) != width and (len(record) < width
                                     or any(cell_text(c).strip() for c in record[width:])):
            plan.problems.append(RowProblem(number, "", f"has {len(record)} fields but the "
                                            f"header has {width}: check for a stray separator "
                                            "or an unclosed quote."))
            continue
        get = {f: record[i] for f, i in col.items()}
        text = _row_text(plan, col, get, number)
        name = text.get("name") or join_name(text.get("first_name", ""),
                                             text.get("last_name", ""))
        if not name:
            bad("name" if "name" in col else "first_name", "A name is required.")
        values: dict[str, object] = {"name": name}
        for f in _PLAIN:
            if f in col:
                values[f] = text[f]
        _check_identity(text, seen_email, seen_eid, number, bad)
        if "hire_date" in col:
            hired = _hire_date(plan, get["hire_date"], today, bad)
            values["hire_date"] = hired.isoformat() if hired else None
        manager_email = text.get("manager_email", "")
        if manager_email and not valid_email(manager_email):
            bad("manager_email", f"The manager's email “{manager_email}” is not a valid address.")
        skills = hr_skills.read_cells(text, values, bad)
        if problems:
            plan.problems.extend(problems)
            continue
        people.append(Person(number, values, text.get("manager", ""), manager_email,
                             text.get("manager_employee_id", ""), skills=skills))
    return people


def _row_text(plan: PeoplePlan, col: dict[str, int], get: dict[str, Cell],
              number: int) -> dict[str, str]:
    """A row's cells as clean one-line text (hire dates are read as dates elsewhere); each
    invisible character taken out is noted."""
    text: dict[str, str] = {}
    for f, v in get.items():
        if f == "hire_date":
            continue
        raw = cell_text(v)
        if plan.table.kind == "csv":
            raw = unguard_cell(raw)  # "'=SUM" as PeerDesk (or a careful HR tool) wrote it
        cleaned, removed = clean_text(raw, multiline=f == "notes")
        text[f] = cleaned.strip()
        if removed:
            plan.notices.append(
                f"Row {number}: {removal_notice(plan.table.headers[col[f]], removed)}")
    return text


def _check_identity(text: dict[str, str], seen_email: dict[str, int],
                    seen_eid: dict[str, int], number: int,
                    bad: Callable[[str, str], None]) -> None:
    """A valid email, and an email and employee ID no earlier row of the file has."""
    email = text.get("email", "")
    if email:
        if not valid_email(email):
            bad("email", f"“{email}” is not a valid email address (it should look like "
                         "name@company.com).")
        elif email.casefold() in seen_email:
            bad("email", f"{email} is also on row {seen_email[email.casefold()]}.")
        else:
            seen_email[email.casefold()] = number
    eid = text.get("employee_id", "")
    if eid:
        if eid.casefold() in seen_eid:
            bad("employee_id", f"Employee ID {eid} is also on row {seen_eid[eid.casefold()]}.")
        else:
            seen_eid[eid.casefold()] = number


def _hire_date(plan: PeoplePlan, cell: Cell, today: date,
               bad: Callable[[str, str], None]) -> date | None:
    """The hire date a cell gives, or None (with the problem said, but said once for the
    whole file while the date order is unknown); a date in the future is a problem."""
    try:
        hired = dates.parse_date(cell, plan.date_order)
    except dates.DateProblem as exc:
        if not (plan.needs_date_order and dates.ambiguous_parts(cell)):
            bad("hire_date", str(exc))
        return None
    if hired is not None and hired > today:
        bad("hire_date", f"The hire date {hired.isoformat()} is in the future.")
    return hired


def _match(plan: PeoplePlan, col: dict[str, int], people: list[Person],
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


def _diff(plan: PeoplePlan, col: dict[str, int], people: list[Person],
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
