"""Feedback statistics over plain data: trends, learning, comments and the key numbers.

Every figure made from people's answers is read from the program's :class:`~peerdesk.core.disclosure.
FigureBook` (one per :class:`FeedbackData`), so the one disclosure rule decides what every view shows.
The functions take a :class:`FeedbackData` (from ``peerdesk.store.feedback``, or by hand in tests) and
a :class:`Scope` (the filters); participation figures are in :mod:`peerdesk.core.participation`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from peerdesk.core.attendance import tally
from peerdesk.core.disclosure import (
    NO_SKILL,
    Figure,
    FigureBook,
    Key,
    few_present,
    figure_book,
)
from peerdesk.core.feedback_data import AttendanceRecord as AttendanceRecord
from peerdesk.core.feedback_data import FeedbackData as FeedbackData
from peerdesk.core.feedback_data import Period as Period
from peerdesk.core.feedback_data import ResponseRecord as ResponseRecord
from peerdesk.core.feedback_data import Scope as Scope
from peerdesk.core.models import Session, stored_id
from peerdesk.core.small_groups import Ratio, Stat
from peerdesk.i18n import _, current

T = TypeVar("T")


# -- scoping --------------------------------------------------------------------------


def _session_label(session: Session, number: int) -> str:
    """A session on a trend's axis: its day and month in the language in force ("5. Dez."),
    or its number when it has no date yet."""
    from babel.dates import format_skeleton

    return (format_skeleton("MMMd", session.date, locale=current().locale) if session.date
            else _("Session {number}").format(number=number))


class ScopeIndex:
    """Lookups shared by the aggregations, built once per call."""

    def __init__(self, data: FeedbackData, scope: Scope):
        self.data, self.scope = data, scope
        wanted = set(scope.cycle_ids) if scope.cycle_ids is not None else None
        self.cycles = [c for c in data.cycles if wanted is None or c.id in wanted]
        self.cycle_ids = {c.id for c in self.cycles}
        self.people = {p.id: p for p in data.people}
        self.sessions = sorted((s for s in data.sessions if s.cycle_id in self.cycle_ids),
                               key=lambda s: (s.date or date.max, s.id or 0))
        self.session_cycle = {s.id: s.cycle_id for s in data.sessions}
        # Inactive questions still count: deactivating stops asking, it keeps the answers.
        self.questions = list(data.questions)
        dept = scope.department
        few = few_present(data)  # their forms count nowhere, comments included
        self.responses = [r for r in data.responses if r.cycle_id in self.cycle_ids
                          and (dept is None or r.department == dept)
                          and not (r.phase == "session" and r.session_id in few)]
        self.attendance = [a for a in data.attendance
                           if self.session_cycle.get(a.session_id) in self.cycle_ids
                           and self.in_department(a.participant_id)]
        self._present_at: dict[tuple[int, int], set[int]] | None = None
        self._members: dict[int, set[int]] | None = None

    def present_at(self, person_id: int, cycle_id: int) -> set[int]:
        """The sessions of a cycle a person was present at (built on first use)."""
        if self._present_at is None:
            self._present_at = defaultdict(set)
            for a in self.data.attendance:
                if a.status == "present" and a.session_id in self.session_cycle:
                    self._present_at[a.participant_id, self.session_cycle[a.session_id]].add(
                        a.session_id)
        return self._present_at.get((person_id, cycle_id), set())

    def in_department(self, person_id: int | None) -> bool:
        if self.scope.department is None:
            return True
        p = self.people.get(person_id)
        return p is not None and p.department == self.scope.department

    def dept(self, person_id: int | None) -> str:
        p = self.people.get(person_id)
        return (p.department if p else "") or _("No department")

    def periods(self) -> list[Period]:
        if len(self.cycles) == 1:
            return [Period(_session_label(s, i), s.cycle_id, s.id)
                    for i, s in enumerate(self.sessions, 1)]
        return [Period(c.name, stored_id(c.id)) for c in self.cycles]

    def by_period(self, items: Iterable[T], cycle_of: Callable[[T], int | None],
                  session_of: Callable[[T], int | None]) -> dict[int | None, list[T]]:
        """Items grouped by the period they fall in (a cycle id or a session id)."""
        per_session = len(self.cycles) == 1
        groups: dict[int | None, list[T]] = defaultdict(list)
        for item in items:
            groups[session_of(item) if per_session else cycle_of(item)].append(item)
        return groups

    def figure(self, measure: str, period: Period | None = None, phase: str = "session",
               group: str | None = None, by_department: bool = True) -> Figure:
        """The book's figure of ``measure`` for this scope (or one period of it)."""
        dept = self.scope.department if by_department else None
        if period is not None:
            c, s = period.cycle_id, period.session_id
        elif self.scope.cycle_ids is None:
            c, s = None, None
        elif len(self.cycles) == 1:
            c, s = self.cycles[0].id, None
        else:
            return Figure(Key(measure, phase), None, None,
                          "figures are given for one cycle or for all cycles")
        if group is not None and dept is not None:
            return Figure(Key(measure, phase, c, s, group), None, None,
                          "skill confidence is shown for all departments together")
        return book(self.data).get(Key(measure, phase, c, s, group if group is not None else dept))

    @staticmethod
    def key(period: Period) -> int | None:
        return period.session_id if period.session_id is not None else period.cycle_id

    def members(self, cycle_id: int) -> set[int]:
        """Everyone in the cycle: paired, or present at one of its sessions."""
        if self._members is None:
            self._members = defaultdict(set)
            for p in self.data.pairings:
                self._members[p.cycle_id].update(p.member_ids)
            for a in self.data.attendance:
                if a.status == "present" and a.session_id in self.session_cycle:
                    self._members[self.session_cycle[a.session_id]].add(a.participant_id)
        return {i for i in self._members.get(cycle_id, ()) if self.in_department(i)}


def scope_index(data: FeedbackData, scope: Scope) -> ScopeIndex:
    """The lookups for one scope, kept in ``data.cache`` so every chart of a dashboard
    (here and in :mod:`peerdesk.core.participation`) shares them."""
    idx = data.cache.get(scope)
    if not isinstance(idx, ScopeIndex):
        idx = data.cache[scope] = ScopeIndex(data, scope)
    return idx


def book(data: FeedbackData) -> FigureBook:
    """The program's figures, worked out once per snapshot and shared by every view."""
    found = data.cache.get("figure book")
    if not isinstance(found, FigureBook):
        found = data.cache["figure book"] = figure_book(data)
    return found


def _rate(figure: Figure) -> Ratio:
    if figure.withheld:
        return Ratio(0, 0, figure.reason)
    if figure.value is None:
        return Ratio(0, 0)
    return Ratio(min(figure.n or 0, figure.total), figure.total)  # as the figure: at most 100 %


# -- trends ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EngagementPoint:
    period: Period
    attendance: Ratio
    response_rate: Ratio
    usefulness: Stat


@dataclass(frozen=True, slots=True)
class TrendPoint:
    period: Period
    stat: Stat


def engagement(data: FeedbackData, scope: Scope = Scope()) -> list[EngagementPoint]:
    """Attendance rate, response rate and average usefulness per cycle (or per session)."""
    idx = scope_index(data, scope)
    attendance = idx.by_period(idx.attendance, lambda a: idx.session_cycle[a.session_id],
                               lambda a: a.session_id)
    out = []
    for period in idx.periods():
        records = attendance.get(idx.key(period), [])
        counts = tally(a.status for a in records)  # the one attendance rule (core.attendance)
        present, counted = counts.present, counts.present + counts.absent
        out.append(EngagementPoint(
            period, Ratio(present, counted), _rate(idx.figure("response_rate", period)),
            Stat.of_figure(idx.figure("usefulness", period))))
    return out


def _trend(data: FeedbackData, scope: Scope, measure: str) -> list[TrendPoint]:
    idx = scope_index(data, scope)
    return [TrendPoint(period, Stat.of_figure(idx.figure(measure, period)))
            for period in idx.periods()]


def safety_trend(data: FeedbackData, scope: Scope = Scope()) -> list[TrendPoint]:
    """Psychological-safety score (1-5, reverse items flipped) per cycle or session."""
    return _trend(data, scope, "safety")


def enps_trend(data: FeedbackData, scope: Scope = Scope()) -> list[TrendPoint]:
    return _trend(data, scope, "enps")


# -- learning -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SkillChange:
    skill: str
    before: Stat
    after: Stat
    change: Stat


def _change(skill: str, before: Figure, after: Figure) -> SkillChange:
    b, a = Stat.of_figure(before), Stat.of_figure(after)
    if b.shown and a.shown:
        change = Stat(a.value - b.value, min(a.n, b.n))  # type: ignore[operator]
    elif b.withheld or a.withheld:
        change = Stat.hidden(b.reason or a.reason)
    else:
        change = Stat(None, 0)
    return SkillChange(skill, b, a, change)


def confidence_change(data: FeedbackData, scope: Scope = Scope()) -> list[SkillChange]:
    """Mean confidence per skill before and after the cycle, and the change between them.

    Forms are anonymous, so the two groups are compared as groups, not person by person.
    Skills are shown for all departments together (see :mod:`peerdesk.core.disclosure`).
    """
    idx = scope_index(data, scope)
    skills = {skill or NO_SKILL for r in idx.responses if r.phase in ("before", "after")
              for skill, _ in r.confidence}
    return [_change(skill, idx.figure("confidence", phase="before", group=skill),
                    idx.figure("confidence", phase="after", group=skill))
            for skill in sorted(skills, key=str.casefold)]


def overall_confidence_gain(data: FeedbackData, scope: Scope = Scope()) -> Stat:
    idx = scope_index(data, scope)
    if scope.department is not None:
        return Stat.hidden("skill confidence is shown for all departments together")
    return _change("", idx.figure("confidence", phase="before"),
                   idx.figure("confidence", phase="after")).change


@dataclass(frozen=True, slots=True)
class CommentSet:
    comments: list[str]
    withheld: bool = False
    reason: str = ""


def comments(data: FeedbackData, scope: Scope = Scope()) -> CommentSet:
    """Free-text comments of the session forms, quoted only from a pool whose forms figure
    the disclosure rule shows (at least k forms, not one a subtraction could isolate),
    sorted so the order says nothing about who wrote what or when. Comments the
    facilitator hid are not here."""
    idx = scope_index(data, scope)
    figure = idx.figure("forms")
    if figure.withheld:
        return CommentSet([], withheld=True, reason=figure.reason)
    texts = [t.strip() for r in idx.responses if r.phase == "session"
             for t in r.comments if t.strip()]
    return CommentSet(sorted(texts, key=str.casefold))


# -- the numbers management asks for -----------------------------------------------


@dataclass(frozen=True, slots=True)
class KeyNumbers:
    participants: int
    sessions_planned: int
    sessions_held: int
    attendance: Ratio
    response_rate: Ratio
    responses: Stat  # forms returned
    usefulness: Stat
    safety: Stat
    enps: Stat
    pairs: int
    cross_pairs: Ratio
    hours: float  # hours of peer learning: attendance x session length
    confidence_gain: Stat


def attendance_ratio(records: Iterable[AttendanceRecord]) -> Ratio:
    """Present of those expected: an excused absence counts neither way, exactly as the
    Sessions tab and the engagement chart count (:mod:`peerdesk.core.attendance`)."""
    counts = tally(a.status for a in records)
    return Ratio(counts.present, counts.present + counts.absent)


def key_numbers(data: FeedbackData, scope: Scope, today: date | None = None) -> KeyNumbers:
    idx = scope_index(data, scope)
    today = today or date.today()
    minutes = {s.id: s.minutes for s in idx.sessions}
    present = [a for a in idx.attendance if a.status == "present"]
    recorded = {a.session_id for a in idx.attendance}
    held = sum(1 for s in idx.sessions if s.id in recorded or (s.date and s.date <= today))
    pairs = [p for p in data.pairings if p.cycle_id in idx.cycle_ids
             and any(idx.in_department(m) for m in p.member_ids)]
    cross = sum(1 for p in pairs if len({idx.dept(m) for m in p.member_ids}) > 1)
    return KeyNumbers(
        participants=len(set().union(*(idx.members(stored_id(c.id)) for c in idx.cycles))) if idx.cycles else 0,
        sessions_planned=len(idx.sessions), sessions_held=held,
        attendance=attendance_ratio(idx.attendance),
        response_rate=_rate(idx.figure("response_rate")),
        responses=Stat.of_figure(idx.figure("forms")),
        usefulness=Stat.of_figure(idx.figure("usefulness")),
        safety=Stat.of_figure(idx.figure("safety")),
        enps=Stat.of_figure(idx.figure("enps")),
        pairs=len(pairs), cross_pairs=Ratio(cross, len(pairs)),
        hours=sum(minutes.get(a.session_id, 0) for a in present) / 60,
        confidence_gain=overall_confidence_gain(data, scope),
    )
