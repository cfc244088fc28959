"""The pairing engine on small, hand-made programs: each rule and each phase by example."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from peerdesk.core.matching import max_matching
from peerdesk.core.models import Participant, SkillLevel
from peerdesk.core.pairing import (
    PairingCancelled,
    check_result,
    generate,
)
from peerdesk.core.rules import Context, Options, Rules
from peerdesk.core.scoring import (
    Weights,
    availability_tokens,
    breakdown,
    make_profile,
    pair_units,
    reason_lines,
    score_matrix,
)

TODAY = date(2027, 3, 1)
NEW = TODAY - timedelta(days=60)
SEASONED = TODAY - timedelta(days=1500)
BETWEEN = TODAY - timedelta(days=400)


def person(pid, name=None, dept="", hired=BETWEEN, **kw) -> Participant:
    return Participant(name=name or f"P{pid}", id=pid, department=dept, hire_date=hired, **kw)


def run(people, rules=None, **kw):
    options = kw.pop("options", None) or Options(today=TODAY)
    rules = rules or Rules(manager_of={p.id: p.manager_id for p in people})
    result = generate(people, rules, options, **kw)
    assert check_result(Context(people, rules, options), result) == []
    return result


def members(result) -> list[set[int]]:
    return [set(g.members) for g in result.groups]


def test_the_reasons_read_as_the_issue_shows_and_add_up_to_the_score():
    anna = person(1, "Anna", "Data", location="Lisbon",
                  skills=[SkillLevel("SQL", "teach", 2)])
    ben = person(2, "Ben", "Sales", location="Lisbon", skills=[SkillLevel("sql", "learn", 1)])
    w = Weights()
    a, b = make_profile(anna, "between"), make_profile(ben, "between")
    lines = reason_lines(breakdown(a, b, w))
    assert lines == ["+3 Anna teaches SQL, Ben wants SQL",
                     "+2 different departments (Data, Sales)", "+1 same office (Lisbon)"]
    assert pair_units(a, b, w) == 600


def test_the_matrix_equals_the_pair_by_pair_score():
    from tests.benchmarks.synthetic import company

    comp = company(60, 3)
    ctx = Context(comp.people, comp.rules(), Options(today=comp.today))
    profiles = [ctx.profile(p.id) for p in comp.people]
    matrix = score_matrix(profiles, Weights())
    for i in range(0, 60, 7):
        for j in range(60):
            expected = 0 if i == j else pair_units(profiles[i], profiles[j], Weights())
            assert matrix[i, j] == expected


def test_availability_understands_days_and_any_time():
    assert availability_tokens("Monday, Wed mornings") == {"mon", "wed", "mornings"}
    assert availability_tokens("Not Fridays") == frozenset()
    a = make_profile(person(1, availability="Any time"), "")
    b = make_profile(person(2, availability="Tue"), "")
    assert any("any time" in text for _, text in breakdown(a, b, Weights()))


def test_nobody_is_paired_within_their_reporting_chain():
    boss = person(1, "Boss")
    lead = person(2, "Lead", manager_id=1)
    dev = person(3, "Dev", manager_id=2)
    result = run([boss, lead, dev])
    assert result.groups == []
    reasons = {u.id: u.reason for u in result.unpaired}
    assert set(reasons) == {1, 2, 3}
    assert "reporting chain" in reasons[3]


def test_no_repeats_exclusions_and_facilitators():
    people = [person(i) for i in range(1, 5)]
    rules = Rules(manager_of={}, history={frozenset((1, 2)): "Autumn 2026"},
                  exclusions={frozenset((3, 4)): "siblings"}, facilitators=set())
    result = run(people, rules)
    assert sorted(map(sorted, members(result))) in ([[1, 3], [2, 4]], [[1, 4], [2, 3]])
    rules.facilitators = {4}
    result = run(people, rules)
    assert any(u.id == 4 and "facilitator" in u.reason for u in result.unpaired)
    assert all(4 not in g.members for g in result.groups)


def test_the_odd_person_joins_the_pair_they_add_most_to():
    sql = [SkillLevel("SQL", "learn")]
    people = [person(1, skills=[SkillLevel("SQL", "teach")]), person(2, skills=sql),
              person(3), person(4), person(5, skills=sql)]
    result = run(people)
    sizes = sorted(len(g.members) for g in result.groups)
    assert sizes == [2, 3]
    trio = next(g for g in result.groups if len(g.members) == 3)
    assert {1, 2, 5} <= set(trio.members) or {1, 5} <= set(trio.members)
    assert result.unpaired == []


def test_coverage_comes_first_where_greedy_would_strand_a_recruit():
    # r1 (0) scores best with s1 (2), but r2 (1) may only have s1: both must get a buddy.
    scores = np.array([[0, 0, 10, 9], [0, 0, 1, 0], [10, 1, 0, 0], [9, 0, 0, 0]], dtype=np.int32)
    allowed = np.array([[0, 1, 1, 1], [1, 0, 1, 0], [1, 1, 0, 1], [1, 0, 1, 0]], dtype=bool)
    allowed[0, 1] = allowed[1, 0] = False
    cover = np.zeros((4, 4), dtype=bool)
    cover[:2, 2:] = cover[2:, :2] = True
    best = max_matching(scores, allowed, cover=cover)
    assert sorted(best.pairs) == [(0, 3), (1, 2)] and best.proven
    greedy = max_matching(scores, allowed, cover=cover, greedy=True)
    assert sorted(greedy.pairs) == [(0, 2)]


def test_a_tie_between_two_buddies_goes_to_the_one_nobody_else_needs():
    # The issue's shape: Rita may have Ana or Bo at the same score; Ana is Xavi's best
    # partner and Bo may not be paired with Xavi. Rita gets Bo, Ana gets Xavi.
    rita = person(1, "Rita", "Ops", hired=NEW)
    ana = person(2, "Ana", "Data", hired=SEASONED, skills=[SkillLevel("SQL", "teach")])
    bo = person(3, "Bo", "Data", hired=SEASONED)
    xavi = person(4, "Xavi", "Sales", skills=[SkillLevel("SQL", "learn")])
    people = [rita, ana, bo, xavi]
    rules = Rules(manager_of={}, exclusions={frozenset((3, 4)): ""})
    result = run(people, rules)
    assert sorted(map(sorted, members(result))) == [[1, 3], [2, 4]]
    assert result.exact and result.total == result.bound


def test_a_buddy_takes_as_many_recruits_as_their_capacity():
    people = [person(1, "Sam", "A", hired=SEASONED, capacity=2), person(2, "Rita", "B", hired=NEW),
              person(3, "Rui", "C", hired=NEW)]
    result = run(people)
    assert len(result.groups) == 1
    group = result.groups[0]
    assert group.kind == "buddy" and group.members[0] == 1
    assert group.roles == {1: "buddy", 2: "recruit", 3: "recruit"}
    people[0].capacity = None  # program default: 1
    result = run(people)
    kinds = sorted(g.kind for g in result.groups)
    assert kinds in (["buddy"], ["peer"])  # the other recruit joins as a third
    assert sum(len(g.members) for g in result.groups) == 3


def test_pins_are_kept_even_when_another_pairing_would_score_more():
    sql = [SkillLevel("SQL", "teach")]
    people = [person(1, skills=sql), person(2, skills=[SkillLevel("SQL", "learn")]),
              person(3), person(4)]
    free = run(people)
    assert {1, 2} in members(free)
    pinned = run(people, pins=[[1, 3]])
    assert {1, 3} in members(pinned)
    assert next(g for g in pinned.groups if set(g.members) == {1, 3}).pinned
    assert pinned.total < free.total


def test_a_person_with_no_allowed_partner_is_told_why():
    people = [person(i) for i in range(1, 4)]
    rules = Rules(exclusions={frozenset((1, 2)): "", frozenset((1, 3)): ""})
    result = run(people, rules)
    reason = next(u.reason for u in result.unpaired if u.id == 1)
    assert reason.startswith("No allowed partner") and "2 excluded" in reason


def test_opted_out_and_archived_people():
    people = [person(1), person(2), person(3, opted_in=False),
              person(4, archived_on=TODAY)]
    result = run(people)
    assert members(result) == [{1, 2}]
    assert [(u.id, "opted out" in u.reason) for u in result.unpaired] == [(3, True)]


def test_cancel_stops_the_run():
    people = [person(i) for i in range(1, 5)]
    with pytest.raises(PairingCancelled):
        generate(people, Rules(), Options(today=TODAY), progress=lambda done, total, text: done < 2)


def test_an_odd_component_does_not_loosen_the_bound():
    # one person nobody may pair with: the rest must still be proven optimal
    scores = np.array([[0, 5, 3, 0], [5, 0, 4, 0], [3, 4, 0, 0], [0, 0, 0, 0]], dtype=np.int32)
    allowed = ~np.eye(4, dtype=bool)
    allowed[3, :] = allowed[:, 3] = False
    m = max_matching(scores, allowed)
    assert m.score == 5 and m.bound == 5 and len(m.pairs) == 1


def test_a_synthetic_company_is_paired_within_the_rules_and_optimal_only_when_proven():
    from tests.benchmarks.synthetic import company

    comp = company(200, 1)
    options = Options(today=comp.today)
    result = generate(comp.people, comp.rules(), options)
    assert check_result(Context(comp.people, comp.rules(), options), result) == []
    assert result.exact == (result.total == result.bound) and result.bound >= result.total
    assert result.exact or result.unproven
    greedy = generate(comp.people, comp.rules(), Options(today=comp.today, method="greedy"))
    assert greedy.total <= result.total
    placed = {m for g in result.groups for m in g.members} | {u.id for u in result.unpaired}
    assert placed == {p.id for p in comp.people if not p.archived}


def test_when_the_relaxation_has_odd_cycles_the_blossom_step_proves_the_optimum():
    # two triangles of strong pairs joined by weak ones: the relaxation takes half of
    # every triangle edge (30), but three real pairs can only make 10 + 10 + 1
    scores = np.ones((6, 6), dtype=np.int32)
    for group in ((0, 1, 2), (3, 4, 5)):
        for a in group:
            for b in group:
                scores[a, b] = 10
    np.fill_diagonal(scores, 0)
    allowed = ~np.eye(6, dtype=bool)
    m = max_matching(scores, allowed)
    assert (len(m.pairs), m.score, m.bound) == (3, 21, 21)
    loose = max_matching(scores, allowed, exact_edges=0)  # no blossom step: the gap shows
    assert loose.score == 21 and loose.bound == 30


def test_cancel_is_heard_inside_the_long_steps_of_a_large_program():
    import time

    from tests.benchmarks.synthetic import company

    comp = company(1200, 2)
    calls = []

    def progress(done, total, text):
        calls.append((done, time.perf_counter()))
        return len(calls) < 6  # stop while scoring or matching, not between the steps

    with pytest.raises(PairingCancelled):
        generate(comp.people, comp.rules(), Options(today=comp.today), progress=progress)
    assert len(calls) == 6 and calls[-1][0] <= 1


def test_the_large_program_bound_covers_every_allowed_pair():
    from peerdesk.core.joint_sparse import _dual_cover

    rng = np.random.default_rng(3)
    n = 600
    scores = np.triu(rng.integers(0, 900, (n, n)), 1).astype(np.int32)
    scores += scores.T
    allowed = np.triu(rng.random((n, n)) < 0.8, 1)
    allowed |= allowed.T
    best = np.where(allowed, scores, 0).max(axis=1).astype(np.float64)
    u = _dual_cover(scores, allowed, best, np.ones(n), lambda: None)
    slack = u[:, None] + u[None, :] - scores
    assert (slack[allowed] >= -1e-9).all()
    assert u.sum() < best.sum() / 2  # and it is tighter than half of everyone's best


def _chain_above(pid, manager_of):
    """Everyone above ``pid``, walked from the manager map itself (the oracle)."""
    out, seen, current = set(), {pid}, manager_of.get(pid)
    while current is not None and current not in seen:
        out.add(current)
        seen.add(current)
        current = manager_of.get(current)
    return out


def _may_pair(a, b, manager_of, history, exclusions):
    return (a != b and frozenset((a, b)) not in history and frozenset((a, b)) not in exclusions
            and b not in _chain_above(a, manager_of) and a not in _chain_above(b, manager_of))


def test_the_rules_mask_and_the_unpaired_counts_agree_with_asking_every_pair():
    import random

    from peerdesk.core.rules import CHAIN, EXCLUSION, HISTORY

    rng = random.Random(5)
    for _ in range(150):
        n = rng.randint(2, 25)
        people = [person(i, manager_id=rng.randint(1, n) if rng.random() < 0.6 else None)
                  for i in range(1, n + 1)]
        chosen = [frozenset(rng.sample(range(1, n + 1), 2)) for _ in range(rng.randint(0, n))]
        history = {k: "Earlier" for k in chosen[:len(chosen) // 2]}
        exclusions = {k: "" for k in chosen[len(chosen) // 2:]}
        manager_of = {p.id: p.manager_id for p in people}  # loops included
        rules = Rules(manager_of=manager_of, history=history, exclusions=exclusions)
        ids = [p.id for p in people if rng.random() < 0.9]
        allowed = rules.allowed_matrix(ids)
        assert all(allowed[i, j] == _may_pair(a, b, manager_of, history, exclusions)
                   for i, a in enumerate(ids) for j, b in enumerate(ids))
        ctx = Context(people, Rules(manager_of=manager_of, history=history,
                                    exclusions=exclusions), Options(today=TODAY))
        index, counts = ctx._ruled_out(ids)
        for a in ids:
            want = {CHAIN: 0, HISTORY: 0, EXCLUSION: 0}
            for b in ids:
                broken = ctx.rules.broken(a, b) if b != a else []
                if broken:
                    want[broken[0][0]] += 1
            assert {r: int(counts[r][index[a]]) for r in want} == want
