"""Attendance rates and the "missed two in a row" follow-up list.

Rules, chosen so the numbers mean what a facilitator expects:

* A rate is ``present / (present + absent)``. An *excused* absence counts neither way:
  the person told us, and a rate that punished it would push people to stay silent.
* Only sessions whose attendance has been taken count (at least one person marked);
  a future session, or one whose sheet is not typed in yet, is not a 0 % session.
* A person is flagged for a follow-up after two *unexcused* absences in a row among
  the taken sessions they were marked at. An excused absence between two absences
  neither breaks nor extends the run (set ``excused_counts=True`` to count it as missed).

Plain Python over ids, so the window, the command line, the PDF report and the tests
all compute it the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

PRESENT, ABSENT, EXCUSED = "present", "absent", "excused"


@dataclass(slots=True)
class Tally:
    present: int = 0
    absent: int = 0
    excused: int = 0

    def add(self, status: str) -> None:
        if status == PRESENT:
            self.present += 1
        elif status == ABSENT:
            self.absent += 1
        elif status == EXCUSED:
            self.excused += 1
        else:
            raise ValueError(f"unknown attendance status {status!r}")

    @property
    def marked(self) -> int:
        return self.present + self.absent + self.excused

    @property
    def rate(self) -> float | None:
        """Share present among those expected (excused left out); None if nobody was."""
        expected = self.present + self.absent
        return self.present / expected if expected else None

    def percent(self) -> str:
        rate = self.rate
        return "–" if rate is None else f"{round(rate * 100)} %"


@dataclass(frozen=True, slots=True)
class FollowUp:
    """Someone who missed ``len(session_ids)`` taken sessions in a row (unexcused)."""

    participant_id: int
    session_ids: tuple[int, ...]


@dataclass(slots=True)
class AttendanceReport:
    per_session: dict[int, Tally] = field(default_factory=dict)
    per_person: dict[int, Tally] = field(default_factory=dict)
    cycle: Tally = field(default_factory=Tally)
    follow_ups: list[FollowUp] = field(default_factory=list)
    taken_session_ids: list[int] = field(default_factory=list)

    def flagged(self) -> set[int]:
        return {f.participant_id for f in self.follow_ups}


def tally(statuses: Iterable[str]) -> Tally:
    out = Tally()
    for status in statuses:
        out.add(status)
    return out


def streaks(session_ids: Sequence[int], marks: Mapping[int, Mapping[int, str]],
            run: int = 2, excused_counts: bool = False) -> list[FollowUp]:
    """People whose latest run of missed sessions is at least ``run`` long.

    ``session_ids`` are in date order; ``marks`` maps session id -> {person id: status}.
    A run is reported once, with all the sessions in it, and only if it is still going
    or reached ``run``: a person who came back after two misses is still worth a word,
    so every run of ``run`` or more is kept (the longest one per person).
    """
    current: dict[int, list[int]] = {}
    best: dict[int, list[int]] = {}
    for session_id in session_ids:
        for person, status in marks.get(session_id, {}).items():
            if status == PRESENT:
                current[person] = []
            elif status == ABSENT or (status == EXCUSED and excused_counts):
                current.setdefault(person, []).append(session_id)
                if len(current[person]) >= max(run, len(best.get(person, ()))):
                    best[person] = list(current[person])
            # an excused absence (not counted): the run is neither broken nor extended
    return sorted((FollowUp(p, tuple(s)) for p, s in best.items()),
                  key=lambda f: (-len(f.session_ids), f.participant_id))


def report(session_ids: Sequence[int], marks: Mapping[int, Mapping[int, str]],
           run: int = 2, excused_counts: bool = False) -> AttendanceReport:
    """Rates per session, per person and for the whole cycle, and the follow-up list.

    ``session_ids`` in date order; sessions with no marks are left out of every rate.
    """
    out = AttendanceReport()
    for session_id in session_ids:
        session_marks = marks.get(session_id, {})
        if not session_marks:
            continue
        out.taken_session_ids.append(session_id)
        out.per_session[session_id] = tally(session_marks.values())
        for person, status in session_marks.items():
            out.per_person.setdefault(person, Tally()).add(status)
            out.cycle.add(status)
    out.follow_ups = streaks(out.taken_session_ids, marks, run, excused_counts)
    return out
