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
from datetime import date

from peerdesk.core.validation import clean_text, removal_notice, valid_email
from peerdesk.io import dates, hr_skills
from peerdesk.io.mapping import IGNORE, RowProblem
from peerdesk.io.people_columns import ALIASES, FIELDS, PLAIN, map_columns
from peerdesk.io.people_links import link_managers
from peerdesk.io.people_match import diff_rows, match_rows
from peerdesk.io.people_plan import (
    PROGRESS_EVERY,
    ImportCancelled,
    PeoplePlan,
    Person,
    Progress,
    Update,
)
from peerdesk.io.tabular import Cell, Table, cell_text, unguard_cell
from peerdesk.store.people_import import all_participant_rows
from peerdesk.store.program import Program

# The names the window, the command line and the tests use, from where they always were.
__all__ = [
    "ALIASES", "FIELDS", "PROGRESS_EVERY", "ImportCancelled", "PeoplePlan", "Person", "Progress",
    "Update", "build_plan", "join_name", "map_columns",
]


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
    match_rows(plan, col, people, existing)
    link_managers(plan, col, people, existing)
    diff_rows(plan, col, people, existing)
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
        for f in PLAIN:
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
