"""What the feedback statistics read: a program's snapshot (:class:`FeedbackData`, its
forms and attendance), the filters (:class:`Scope`) and a trend's point (:class:`Period`).
Imported as ``peerdesk.core.feedback``'s names everywhere; here so that the statistics
module stays one responsibility."""

from __future__ import annotations

from dataclasses import dataclass, field

from peerdesk.core.disclosure import DEFAULT_MIN_GROUP
from peerdesk.core.models import Cycle, FeedbackQuestion, Pairing, Participant, Session


@dataclass(slots=True)
class ResponseRecord:
    """One filled-in form as the statistics see it: no identity, only a department."""

    cycle_id: int
    session_id: int | None = None
    department: str = ""
    phase: str = "session"  # session | before | after
    values: dict[str, float] = field(default_factory=dict)  # question key -> number
    confidence: list[tuple[str, float]] = field(default_factory=list)  # (skill, 1-5)
    comments: list[str] = field(default_factory=list)

    def __reduce__(self) -> tuple[type[ResponseRecord], tuple[object, ...]]:
        # Pickled as the constructor's arguments: the chart worker unpickles thousands of
        # forms before its first drawing, and a slotted dataclass's own way (its state
        # restored one field at a time, in Python) takes a third longer.
        return (ResponseRecord, (self.cycle_id, self.session_id, self.department, self.phase,
                                 self.values, self.confidence, self.comments))


@dataclass(frozen=True, slots=True)
class AttendanceRecord:
    session_id: int
    participant_id: int
    status: str  # present | absent | excused

    def __reduce__(self) -> tuple[type[AttendanceRecord], tuple[int, int, str]]:
        return (AttendanceRecord, (self.session_id, self.participant_id, self.status))


@dataclass(slots=True)
class FeedbackData:
    """A snapshot of what the statistics read. Treat it as read-only: lookups built for a
    scope are kept in ``cache`` so a dashboard's eight charts build them once."""

    cycles: list[Cycle]
    sessions: list[Session]
    questions: list[FeedbackQuestion]
    responses: list[ResponseRecord]
    attendance: list[AttendanceRecord]
    pairings: list[Pairing]
    people: list[Participant]
    min_group_size: int = DEFAULT_MIN_GROUP
    anonymous: bool = True
    cache: dict[object, object] = field(default_factory=dict, repr=False, compare=False)
    # Sessions whose forms all wait to join the figures: the response rate leaves their
    # people out (see peerdesk.store.feedback_reads.sessions_waiting).
    waiting_sessions: frozenset[int] = frozenset()

    def __getstate__(self) -> dict[str, object]:
        # Pickled without its cache: what is worked out from the figures (and the
        # response ids, kept in memory only) stays in the process that worked it out. The
        # chart worker works it out afresh, as it must after opening a program.
        return {name: getattr(self, name) for name in self.__slots__ if name != "cache"}

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
        self.cache = {}


@dataclass(frozen=True, slots=True)
class Scope:
    """The filters: some cycles (None = all) and one department (None = all)."""

    cycle_ids: tuple[int, ...] | None = None
    department: str | None = None


@dataclass(frozen=True, slots=True)
class Period:
    """A point on a trend: a whole cycle, or one session when a single cycle is chosen."""

    label: str
    cycle_id: int
    session_id: int | None = None
