"""Property: no figure shown from feedback ever rests on fewer answers than the threshold.

Random programs (cycles, sessions, departments, forms with any subset of answers) and
random filters go through every aggregation. Every :class:`Stat` that is shown must rest
on at least the threshold, and its ``n`` must be the true number of answers behind it
(counted here again from the raw forms), so the count cannot be quietly wrong.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.core import feedback as fb
from peerdesk.core import participation as pt
from peerdesk.core.defaults import DEFAULT_QUESTIONS
from peerdesk.core.models import Cycle, Pairing, Participant, Session
from peerdesk.core.small_groups import Stat

DEPTS = ("Eng", "Sales", "Ops")
SAFETY = [q.key for q in DEFAULT_QUESTIONS if q.group == "safety"]


@st.composite
def programs(draw):
    n_cycles = draw(st.integers(1, 3))
    cycles = [Cycle(f"C{i}", id=i, start_date=date(2027, 1, 1) + timedelta(days=90 * i))
              for i in range(1, n_cycles + 1)]
    sessions, sid = [], 0
    for c in cycles:
        for k in range(draw(st.integers(1, 3))):
            sid += 1
            sessions.append(Session(c.id, f"S{sid}", id=sid,
                                    date=c.start_date + timedelta(days=14 * k)))
    people = [Participant(f"P{i}", id=i, department=draw(st.sampled_from(DEPTS)))
              for i in range(1, 9)]
    maybe = st.none() | st.integers(1, 5)
    responses = []
    for _ in range(draw(st.integers(0, 30))):
        s = draw(st.sampled_from(sessions))
        phase = draw(st.sampled_from(("session", "session", "before", "after")))
        values = {}
        for key in ("usefulness", *SAFETY):
            v = draw(maybe)
            if v is not None:
                values[key] = float(v)
        nps = draw(st.none() | st.integers(0, 10))
        if nps is not None:
            values["recommend"] = float(nps)
        conf = draw(st.lists(st.tuples(st.sampled_from(("SQL", "Excel")), st.integers(1, 5)),
                             max_size=2))
        responses.append(fb.ResponseRecord(
            s.cycle_id, s.id if phase == "session" else None, draw(st.sampled_from(DEPTS)), phase,
            values, [(k, float(v)) for k, v in conf], draw(st.lists(st.sampled_from(("ok", "meh")),
                                                                    max_size=1))))
    attendance = [fb.AttendanceRecord(s.id, p.id, draw(st.sampled_from(("present", "absent"))))
                  for s in sessions for p in people if draw(st.booleans())]
    pairings = [Pairing(c.id, [a, a + 1]) for c in cycles for a in (1, 3, 5)]
    data = fb.FeedbackData(cycles, sessions, list(DEFAULT_QUESTIONS), responses, attendance,
                           pairings, people, min_group_size=draw(st.integers(-2, 6)))
    chosen = draw(st.none() | st.lists(st.sampled_from([c.id for c in cycles]), min_size=1,
                                       max_size=2, unique=True).map(tuple))
    scope = fb.Scope(chosen, draw(st.none() | st.sampled_from(DEPTS)))
    return data, scope


def _stats(obj):
    """Every Stat inside an aggregation's result, however deep."""
    if isinstance(obj, Stat):
        yield obj
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            yield from _stats(getattr(obj, f.name))
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            yield from _stats(item)


def _in_scope(r, data, scope):
    cycles = scope.cycle_ids if scope.cycle_ids is not None else [c.id for c in data.cycles]
    present: dict[int, int] = {}
    for a in data.attendance:  # a session with fewer than k present counts nowhere
        present[a.session_id] = present.get(a.session_id, 0) + (a.status == "present")
    alone = r.phase == "session" and present.get(r.session_id, 99) < max(3, data.min_group_size)
    return r.cycle_id in cycles and scope.department in (None, r.department) and not alone


def _check(stat, true_n, threshold):
    if stat.shown:
        assert stat.n == true_n >= threshold
    else:  # withheld for a small group, or to protect another one (see core/disclosure.py)
        assert stat.n == 0
        assert stat.withheld or true_n == 0
        assert stat.withheld or not 0 < true_n < threshold


@settings(max_examples=100, deadline=None)
@given(programs())
def test_no_output_rests_on_fewer_than_the_threshold(drawn):
    data, scope = drawn
    threshold = max(3, data.min_group_size)
    outputs = [f(data, scope) for f in (
        fb.engagement, fb.safety_trend, fb.enps_trend, fb.confidence_change,
        fb.overall_confidence_gain, pt.department_heatmap, pt.cross_department_share,
        pt.participation_by_department, pt.retention)]
    outputs.append(fb.key_numbers(data, scope, today=date(2030, 1, 1)))
    for stat in _stats(outputs):
        assert not stat.shown or stat.n >= threshold

    forms = [r for r in data.responses if _in_scope(r, data, scope) and r.phase == "session"]

    def in_period(r, period):
        if period.session_id is not None:
            return r.session_id == period.session_id
        return r.cycle_id == period.cycle_id

    for point in fb.engagement(data, scope):
        _check(point.usefulness, sum(1 for r in forms if in_period(r, point.period)
                                     and "usefulness" in r.values), threshold)
    for point in fb.safety_trend(data, scope):
        _check(point.stat, sum(1 for r in forms if in_period(r, point.period)
                               and any(k in r.values for k in SAFETY)), threshold)
    for point in fb.enps_trend(data, scope):
        _check(point.stat, sum(1 for r in forms if in_period(r, point.period)
                               and "recommend" in r.values), threshold)
    for change in fb.confidence_change(data, scope):
        for phase, stat in (("before", change.before), ("after", change.after)):
            _check(stat, sum(1 for r in data.responses if _in_scope(r, data, scope)
                             and r.phase == phase  # forms, not answers
                             and any(skill == change.skill for skill, _ in r.confidence)),
                   threshold)
        assert not change.change.shown or (change.before.shown and change.after.shown)

    pool = [r for r in data.responses if _in_scope(r, data, scope) and r.phase == "session"]
    said = fb.comments(data, scope)
    if said.comments:  # quoted only from a pool of at least k forms
        assert len(pool) >= threshold
    if 0 < len(pool) < threshold:
        assert said.withheld
