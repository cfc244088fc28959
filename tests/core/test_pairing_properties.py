"""Properties of every pairing run, on small random programs checked against brute force.

No result may break a hard rule; pins are kept; every active person is either in a
group or listed with a reason; no recruit is left without a buddy while an allowed
buddy has room; and the buddy phase and the peer phase each reach the brute-force
optimum (most people covered first, then the best total).
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.core.models import Participant, SkillLevel
from peerdesk.core.pairing import check_result, generate
from peerdesk.core.rules import Context, Options, Rules
from peerdesk.core.scoring import score_matrix
from peerdesk.core.tenure import NEW, SEASONED

TODAY = date(2027, 3, 1)
HIRED = {"new": TODAY - timedelta(days=40), "between": TODAY - timedelta(days=400),
         "seasoned": TODAY - timedelta(days=1200), "unknown": None}
SKILLS = ["SQL", "Python", "Excel", "Sales"]


@st.composite
def programs(draw):
    n = draw(st.integers(2, 9))
    people = []
    for pid in range(1, n + 1):
        skills = [SkillLevel(s, d, draw(st.integers(1, 3)))
                  for s in SKILLS for d in ("teach", "learn") if draw(st.integers(0, 3)) == 0]
        people.append(Participant(
            name=f"P{pid}", id=pid, department=draw(st.sampled_from(["", "A", "B", "C"])),
            location=draw(st.sampled_from(["", "Lisbon", "Berlin"])),
            hire_date=HIRED[draw(st.sampled_from(list(HIRED)))],
            manager_id=draw(st.one_of(st.none(), st.integers(1, pid - 1))) if pid > 1 else None,
            availability=draw(st.sampled_from(["", "Mon", "Tue Wed", "Any time"])),
            opted_in=draw(st.integers(0, 9)) > 0,
            archived_on=TODAY if draw(st.integers(0, 12)) == 0 else None,
            capacity=draw(st.sampled_from([None, None, 0, 1, 2])), skills=skills))
    pairs = [frozenset(p) for p in itertools.combinations(range(1, n + 1), 2)]
    history = {k: "Earlier" for k in draw(st.lists(st.sampled_from(pairs), max_size=4))}
    exclusions = {k: "asked" for k in draw(st.lists(st.sampled_from(pairs), max_size=2))}
    facilitators = set(draw(st.lists(st.integers(1, n), max_size=1)))
    rules = Rules(manager_of={p.id: p.manager_id for p in people}, history=history,
                  exclusions=exclusions, facilitators=facilitators)
    order = draw(st.permutations(list(range(1, n + 1))))
    pins = [list(order[i:i + 2]) for i in range(0, draw(st.integers(0, 1)) * 2, 2)]
    capacity = draw(st.integers(1, 2))
    return people, rules, pins, capacity


def _best_levels(pool, new, caps, scores, allowed):
    """(recruits with a buddy, pairs, people in trios, total) of the best grouping of the
    pool, by trying every one: the engine's stated objective, level by level."""

    @cache
    def solve(left: frozenset) -> tuple[int, int, int, int]:
        if not left:
            return 0, 0, 0, 0
        first = min(left)
        rest = left - {first}
        best = solve(rest)  # first stays unplaced

        def better(extra, sub):
            return tuple(x + y for x, y in zip(extra, sub, strict=True))

        for other in rest:
            if not allowed[first, other]:
                continue
            link = (first in new and caps[other] > 0) or (other in new and caps[first] > 0)
            pair = (int(link), 1, 0, int(scores[first, other]))
            best = max(best, better(pair, solve(rest - {other})))
            for third in rest - {other}:  # a trio (each counted once: third > other)
                if third > other and allowed[first, third] and allowed[other, third]:
                    linked = any((a in new and caps[b] > 0) or (b in new and caps[a] > 0)
                                 for a, b in ((first, other), (first, third), (other, third)))
                    trio = (int(linked), 1, 1, int(scores[first, other] + scores[first, third]
                                                   + scores[other, third]))
                    best = max(best, better(trio, solve(rest - {other, third})))
        # a buddy with two or more recruits, all allowed together
        for buddy in [first] if caps[first] > 1 else []:
            takers = [r for r in rest if r in new and allowed[buddy, r]]
            for k in range(2, caps[buddy] + 1):
                for group in itertools.combinations(takers, k):
                    if all(allowed[a, b] for a, b in itertools.combinations(group, 2)):
                        value = (k, k, 0, sum(int(scores[buddy, r]) for r in group))
                        best = max(best, better(value, solve(rest - set(group))))
        if first in new:  # first as one of several recruits of a buddy
            for buddy in rest:
                if caps[buddy] < 2 or not allowed[first, buddy]:
                    continue
                takers = [r for r in rest if r in new and r != buddy and allowed[buddy, r]
                          and allowed[first, r]]
                for k in range(1, caps[buddy]):
                    for group in itertools.combinations(takers, k):
                        if all(allowed[a, b] for a, b in itertools.combinations(group, 2)):
                            value = (k + 1, k + 1, 0, sum(int(scores[buddy, r])
                                                          for r in (first, *group)))
                            best = max(best, better(value, solve(rest - {buddy, *group})))
        return best

    return solve(frozenset(range(len(pool))))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programs())
def test_every_run_keeps_the_rules_the_pins_and_reaches_the_optimum(program):
    people, rules, pins, capacity = program
    options = Options(today=TODAY, default_capacity=capacity)
    result = generate(people, rules, options, pins=pins)
    ctx = Context(people, rules, options)

    assert check_result(ctx, result) == []
    active = {p.id for p in people if not p.archived}
    seen = [m for g in result.groups for m in g.members] + [u.id for u in result.unpaired]
    assert sorted(seen) == sorted(active)
    assert all(u.reason for u in result.unpaired)

    kept_pins = [set(pin) for pin in pins if all(m in active for m in pin)]
    pinned = [set(g.members) for g in result.groups if g.pinned]
    assert pinned == kept_pins

    # the same pool, scores and rules the engine used
    placed = {m for pin in kept_pins for m in pin}
    pool = [pid for pid in ctx.eligible() if pid not in placed]
    index = {pid: i for i, pid in enumerate(pool)}
    scores = score_matrix([ctx.profile(pid) for pid in pool], options.weights)
    allowed = rules.allowed_matrix(pool)
    recruits = [index[p] for p in pool if ctx.bands[p] == NEW]
    seasoned = [index[p] for p in pool if ctx.bands[p] == SEASONED and ctx.capacity(p) > 0]

    levels = [0, 0, 0, 0]
    for g in result.groups:
        if g.pinned:
            continue
        took = sum(r == "recruit" for r in g.roles.values())
        levels[0] += took
        levels[1] += took if took > 1 else 1
        levels[2] += len(g.members) == 3 and took < 2
        levels[3] += g.score
    cap_of = [ctx.capacity(p) if ctx.bands[p] == SEASONED else 0 for p in pool]
    best = _best_levels(pool, set(recruits), cap_of, scores, allowed)
    if result.exact:
        assert tuple(levels) == best
    else:
        assert result.bound > levels[3] and result.unproven
        assert tuple(levels) <= best

    # no recruit without a buddy while an allowed buddy has room
    buddy_of = {}
    load = {}
    for g in result.groups:
        if g.kind == "buddy" and not g.pinned:
            buddy = g.members[0]
            assert g.roles[buddy] == "buddy"
            recruits_here = [m for m in g.members if g.roles[m] == "recruit"]
            load[buddy] = len(recruits_here)
            for m in recruits_here:
                buddy_of[m] = buddy
    for r in recruits:
        if pool[r] in buddy_of:
            continue
        for s in seasoned:
            sid = pool[s]
            if load.get(sid, 0) >= ctx.capacity(sid):
                continue
            mates = [index[m] for m, b in buddy_of.items() if b == sid]
            assert not (allowed[r, s] and all(allowed[r, o] for o in mates)), (
                f"recruit {pool[r]} could have had {sid} as a buddy")
