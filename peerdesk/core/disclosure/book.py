"""The book: every figure of a program, shown or withheld, and the plain rows every view
reads (see :mod:`peerdesk.core.disclosure`)."""

from __future__ import annotations

import copy
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from peerdesk.core.disclosure.protect import Cell, _Protect
from peerdesk.core.disclosure.units import (
    BLANK,
    NO_RESPONSES,
    SAFETY_SCALE,
    Atom,
    Figure,
    Key,
    _Table,
    _totals,
    group_threshold,
    small_reason,
)
from peerdesk.i18n import _, current

if TYPE_CHECKING:
    from collections.abc import Iterator

    from peerdesk.core.feedback import FeedbackData, ResponseRecord


@dataclass(slots=True)
class FigureBook:
    """Every figure of a program, shown or withheld, by :class:`Key`."""

    min_group_size: int
    figures: dict[Key, Figure]
    cycle_names: dict[int, str]
    session_labels: dict[int, str]

    def get(self, key: Key) -> Figure:
        figure = self.figures.get(key)
        if figure is not None:
            return figure
        if key.session_id is not None and key.group is not None:
            return Figure(key, None, None, _("departments are shown per cycle, not per session"))
        if key.measure == "confidence" and key.group is not None and "|" in key.group:
            return Figure(key, None, None, _("skill confidence is shown for all departments "
                                             "together"))
        return Figure(key, None, None, small_reason(self.min_group_size))

    def __iter__(self) -> Iterator[Figure]:
        return iter(self.figures.values())


def _mean_figure(key: Key, n: int, total: int | Fraction, reason: str | None, k: int) -> Figure:
    if reason:
        return Figure(key, None, None, reason, n)
    if n == 0:  # said like a small group: "none" is not told from "a few"
        return Figure(key, None, None, small_reason(k), 0)
    scale = n if key.measure != "forms" else 1
    if key.measure == "safety":
        scale *= SAFETY_SCALE
    value = Fraction(total, scale) if isinstance(total, int) else Fraction(total) / scale
    return Figure(key, n, value, "", n)


def _headcount(data: FeedbackData) -> dict[str, int]:
    count: dict[str, int] = defaultdict(int)
    for p in data.people:
        if p.department:
            count[p.department] += 1
    return count


def figure_book(data: FeedbackData) -> FigureBook:
    """Every figure the program can show, each shown or withheld by the rule above."""
    k = group_threshold(data.min_group_size)
    cycles = [c.id for c in data.cycles if c.id is not None]
    sessions: dict[int, list[int]] = defaultdict(list)
    for session in data.sessions:
        if session.id is not None:
            sessions[session.cycle_id].append(session.id)
    figures: dict[Key, Figure] = {}
    forms_protect = None
    departments = {p.department for p in data.people if p.department}
    headcount = _headcount(data)
    # The rule reads only which atoms hold how many answers, never the answers: measures
    # whose atoms hold the same numbers (most forms answer every question) share one
    # decision, worked out once, and the cells and their members with it.
    decided: dict[tuple[str, tuple[tuple[Atom, int], ...]], tuple[_Protect, dict[Cell, str]]] = {}
    for (measure, phase), (counts, sums) in _totals(data).items():
        shape = (phase, tuple((a, n) for a, n in counts.items() if n))
        found = decided.get(shape)
        if found is None:
            # The rule reads of each atom's units only how many there are.
            units = {a: range(n) for a, n in counts.items()}
            table = _Table(measure, phase, units)  # type: ignore[arg-type]  # sized, not summed
            protect = _Protect(table, cycles, sessions, k, departments, headcount)
            found = decided[shape] = (protect, protect.run())
        protect, hidden = found
        if measure == "forms":
            forms_protect = protect
        for cell in protect.cells:
            c, s, g = cell
            key = Key(measure, phase, c, s, g)
            total = sum((sums.get(a, 0) for a in protect.members[cell]), 0)
            figures[key] = _mean_figure(key, protect.n[cell], total, hidden.get(cell), k)
    assert forms_protect is not None
    _response_rates(data, figures, forms_protect, k)
    labels = {s.id: (current().format_date(s.date, "dd MMM y") if s.date  # "05 Nov 2026"
                     else s.title or _("Session {number}").format(number=s.id))
              for s in data.sessions if s.id is not None}
    return FigureBook(k, figures, {c.id: c.name for c in data.cycles if c.id is not None}, labels)


def _structure(data: FeedbackData) -> tuple[list[int], dict[int, list[int]], set[str],
                                             dict[str, int]]:
    """The program's shape the rule protects: cycles, their sessions, departments and
    headcounts."""
    cycles = [c.id for c in data.cycles if c.id is not None]
    sessions: dict[int, list[int]] = defaultdict(list)
    for session in data.sessions:
        if session.id is not None:
            sessions[session.cycle_id].append(session.id)
    departments = {p.department for p in data.people if p.department}
    return cycles, sessions, departments, _headcount(data)


def _joined(data: FeedbackData, responses: Iterable[ResponseRecord]) -> FeedbackData:
    """``data`` holding other responses (and a fresh cache)."""
    other = copy.copy(data)
    other.responses, other.cache = list(responses), {}
    return other


def _waiting_reason(k: int) -> str:
    return _("some figure (a department's, say) would change by fewer than {k} forms (or a "
             "hidden group could be worked out), so comparing the figures before and after "
             "would give these answers away").format(k=k)


def _response_rates(data: FeedbackData, figures: dict[Key, Figure], forms: _Protect, k: int) -> None:
    """Forms returned over people recorded present, where the forms figure is shown."""
    session_cycle = {s.id: s.cycle_id for s in data.sessions}
    dept = {p.id: p.department or BLANK for p in data.people}
    present: dict[Cell, int] = defaultdict(int)
    recorded = {a.session_id for a in data.attendance}
    # Counted per session and department first (a few hundred pairs, not thousands of
    # records), then added into every cell each pair counts in.
    waiting = data.waiting_sessions  # their forms all wait: not yet asked
    per_session = Counter([(a.session_id, dept.get(a.participant_id, BLANK))
                           for a in data.attendance
                           if a.status == "present" and a.session_id not in waiting])
    for (sid, g), count in per_session.items():
        if sid not in session_cycle:
            continue
        c = session_cycle[sid]
        cells: list[Cell] = [(None, None, None), (c, None, None), (c, sid, None)]
        if g != BLANK:
            cells += [(None, None, g), (c, None, g)]
        for cell in cells:
            present[cell] += count
    for cell in forms.cells:
        cycle, s, group = cell
        key = Key("response_rate", "session", cycle, s, group)
        f = figures[Key("forms", "session", cycle, s, group)]
        sessions_in = ([s] if s is not None else
                       list(forms.sessions.get(cycle, [])) if cycle is not None else
                       [x for xs in forms.sessions.values() for x in xs])
        with_forms = {a[1] for a in forms.members[cell]}
        if not f.shown:
            figures[key] = Figure(key, None, None, f.reason or "", 0)
        elif present[cell] < k:
            figures[key] = Figure(key, None, None, _("fewer than {k} people recorded present")
                                  .format(k=k) if present[cell] else _("no attendance recorded"), 0)
        elif not with_forms <= recorded or not set(sessions_in) & recorded:
            figures[key] = Figure(key, None, None, _("attendance is not recorded for every "
                                                     "session with forms"), 0)
        else:
            figures[key] = Figure(key, f.n, min(Fraction(1), Fraction(f.n or 0, present[cell])),
                                  "", present[cell])


def forms_said(book: FigureBook, cycle_id: int | None = None) -> tuple[int | None, str]:
    """How many forms to say a program (or one cycle) holds, by the rule: the shown forms
    figure, or None and why not. A raw count would tell, read before and after, that one
    more form came in (and, beside the figures, whose)."""
    figure = book.get(Key("forms", "session", cycle_id, None, None))
    if figure.shown:
        return int(figure.value or 0), ""
    return None, figure.reason or small_reason(book.min_group_size)


def figure_rows(book: FigureBook, cycle_id: int | None = None) -> list[dict[str, object]]:
    """Every figure as a plain object (what ``peerdesk figures --json`` prints): the
    measure, its scope, n, and the value, or null and the reason when withheld. ``exact``
    is the value as a fraction, for auditors and spreadsheets that want it exactly."""
    out: list[dict[str, object]] = []
    for f in book:
        k = f.key
        if cycle_id is not None and k.cycle_id != cycle_id:
            continue
        grouping = "skill" if k.measure == "confidence" else "department"
        out.append({
            "measure": k.measure,
            "phase": k.phase,
            "cycle_id": k.cycle_id,
            "cycle": book.cycle_names.get(k.cycle_id) if k.cycle_id is not None else None,
            "session_id": k.session_id,
            "session": book.session_labels.get(k.session_id) if k.session_id is not None else None,
            grouping: k.group,
            "n": f.n,
            "value": None if f.value is None else round(float(f.value), 4),
            "exact": None if f.value is None else str(f.value),
            "reason": f.reason or (NO_RESPONSES if f.value is None else None),
        })
    return out
