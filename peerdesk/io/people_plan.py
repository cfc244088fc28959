"""What an HR export would change: the plan :mod:`peerdesk.io.people_import` builds and
:mod:`peerdesk.io.people_apply` writes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from peerdesk.core.models import SkillLevel
from peerdesk.io.mapping import RowProblem
from peerdesk.io.tabular import Table


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
