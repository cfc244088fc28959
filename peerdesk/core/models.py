"""The program's entities as small dataclasses.

They carry data only; the rules that work on them live in the sibling modules
(``tenure``, ``chain``, ``validation`` ...). None of this imports Qt or SQLite, so the
pairing engine, the PDF renderers and the tests can build them by hand.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from datetime import date

TEACH = "teach"
LEARN = "learn"


@dataclass(slots=True)
class SkillLevel:
    """A skill a person can teach or wants to learn, with a level from 1 (basic) to 3 (expert)."""

    skill: str
    direction: str  # TEACH or LEARN
    level: int = 2


@dataclass(slots=True)
class Participant:
    name: str
    id: int | None = None
    email: str = ""
    employee_id: str = ""
    department: str = ""
    job_title: str = ""
    location: str = ""
    hire_date: date | None = None
    level: str = ""
    manager_id: int | None = None
    manager_name: str = ""  # an outside manager, not in the program
    manager_email: str = ""
    availability: str = ""
    opted_in: bool = True
    archived_on: date | None = None
    archive_reason: str = ""
    left_company: bool = False
    capacity: int | None = None  # buddies this person may take; None = program default
    notes: str = ""
    skills: list[SkillLevel] = field(default_factory=list)
    learn_from: list[int] = field(default_factory=list)  # ids they'd like to learn from (intake)

    @property
    def archived(self) -> bool:
        return self.archived_on is not None

    def teaches(self) -> dict[str, int]:
        return {s.skill: s.level for s in self.skills if s.direction == TEACH}

    def learns(self) -> dict[str, int]:
        return {s.skill: s.level for s in self.skills if s.direction == LEARN}


@dataclass(slots=True)
class Facilitator:
    """A neutral facilitator: a participant, or an outside person (name and email)."""

    id: int | None = None
    participant_id: int | None = None
    name: str = ""
    email: str = ""
    pair_opt_in: bool = False
    appointed_on: date | None = None


@dataclass(slots=True)
class Cycle:
    name: str
    id: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    notes: str = ""


@dataclass(slots=True)
class AgendaItem:
    title: str
    minutes: int
    id: int | None = None
    lead: str = ""
    notes: str = ""
    position: int = 0


@dataclass(slots=True)
class Session:
    cycle_id: int
    title: str
    id: int | None = None
    topic: str = ""
    date: date | None = None
    start_time: str = "10:00"  # HH:MM, local time in ``timezone``
    minutes: int = 90
    timezone: str = "UTC"
    location: str = ""
    facilitator_id: int | None = None
    invite_mode: str = "cycle"  # cycle | pairs | people
    notes: str = ""
    ics_uid: str = ""
    ics_sequence: int = 0
    signin_printed_on: datetime.date | None = None  # (``date`` is a field here)
    agenda: list[AgendaItem] = field(default_factory=list)


ATTENDANCE_STATUSES = ("present", "absent", "excused")


@dataclass(slots=True)
class Pairing:
    """A pair or trio in one cycle."""

    cycle_id: int
    member_ids: list[int]
    id: int | None = None
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    kind: str = "peer"  # buddy | peer
    pinned: bool = False
    published: bool = False


@dataclass(slots=True)
class FeedbackQuestion:
    key: str
    text: str
    kind: str  # scale | nps | text | confidence
    id: int | None = None
    min_value: int | None = 1
    max_value: int | None = 5
    reverse: bool = False
    position: int = 0
    active: bool = True
    group: str = ""  # e.g. "safety" for the psychological-safety set


@dataclass(slots=True)
class ConductVersion:
    version: int
    text: str
    id: int | None = None
    created_on: date | None = None


def stored_id(entity_id: int | None) -> int:
    """The id of a record read from the program file, which always has one (a record
    built by hand and not saved yet has none: asking for it is a programming error)."""
    if entity_id is None:
        raise ValueError("this record has not been saved to the program file yet")
    return entity_id
