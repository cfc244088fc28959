"""The hard rules of a group, checked against an oracle written from the raw inputs.

Every expected answer here is worked out from the people as entered (hire dates,
capacities, managers, earlier pairs, exclusions) by the few lines of this file, never by
asking :mod:`peerdesk.core.rules` or :mod:`peerdesk.core.scoring`: a mistake in the
module under test cannot also be in its oracle. The named examples are the hand
mutations that once survived the whole suite (a rule dropped, a limit off by one).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.core.models import Participant, SkillLevel
from peerdesk.core.rules import (
    ARCHIVED,
    CHAIN,
    EXCLUSION,
    FACILITATOR,
    HISTORY,
    OPTED_OUT,
    SIZE,
    Context,
    Options,
    Rules,
)
from peerdesk.core.scoring import Weights

TODAY = date(2027, 3, 1)
DEFAULT_CAPACITY = 1


def hired(months_ago: int | None) -> date | None:
    """A hire date whole months before TODAY (the first of a month, so no day rounding)."""
    if months_ago is None:
        return None
    total = TODAY.year * 12 + (TODAY.month - 1) - months_ago
    return date(total // 12, total % 12 + 1, 1)


# -- the oracle: plain statements of the rules over the raw inputs ------------------------

def band(p: Participant) -> str:
    """Under 6 whole months a new recruit, from 24 seasoned (the program's defaults)."""
    if p.hire_date is None:
        return "unknown"
    months = (TODAY.year - p.hire_date.year) * 12 + TODAY.month - p.hire_date.month
    if TODAY.day < p.hire_date.day:
        months -= 1
    return "new" if months < 6 else "seasoned" if months >= 24 else "between"


def capacity(p: Participant) -> int:
    """Recruits a buddy may take: their own number or the default, never below nothing."""
    raw = DEFAULT_CAPACITY if p.capacity is None else p.capacity
    return raw if raw > 0 else 0


def bosses(pid: int, manager_of: dict[int, int | None]) -> set[int]:
    seen: set[int] = set()
    current = manager_of.get(pid)
    while current is not None and current not in seen and current != pid:
        seen.add(current)
        current = manager_of.get(current)
    return seen


def oracle_roles(people: dict[int, Participant], members: list[int],
                 hint: dict[int, str]) -> tuple[str, dict[int, str]]:
    """Who is the buddy, who their recruits, who a peer.

    With a hint: the one member marked buddy (and seasoned) keeps the role, and takes
    new recruits (not marked otherwise) in order while they have room; anyone else
    is a peer. Without a usable hint: one seasoned person and only new recruits, no
    more of them than the seasoned one may take, make a buddy group."""
    marked = [m for m in members if hint.get(m) == "buddy" and band(people[m]) == "seasoned"]
    if len(marked) == 1:
        buddy = marked[0]
        room = capacity(people[buddy])
        roles = {buddy: "buddy"}
        for m in members:
            if m == buddy:
                continue
            wants = hint.get(m, "recruit") == "recruit"
            if band(people[m]) == "new" and wants and room > 0:
                roles[m] = "recruit"
                room -= 1
            else:
                roles[m] = "peer"
        if any(r == "recruit" for r in roles.values()):
            return "buddy", roles
    seasoned = [m for m in members if band(people[m]) == "seasoned"]
    new = [m for m in members if band(people[m]) == "new"]
    others = [m for m in members if m not in seasoned and m not in new]
    if len(seasoned) == 1 and new and not others and len(new) <= capacity(people[seasoned[0]]):
        return "buddy", {**{m: "recruit" for m in new}, seasoned[0]: "buddy"}
    return "peer", {m: "peer" for m in members}


def oracle_rules_broken(people: dict[int, Participant], facilitators: set[int],
                        history: set[frozenset[int]], exclusions: set[frozenset[int]],
                        members: list[int], hint: dict[int, str]) -> list[str]:
    manager_of = {pid: p.manager_id for pid, p in people.items()}
    out: list[str] = []
    for m in members:
        p = people[m]
        if p.archived_on is not None:
            out.append(ARCHIVED)
        elif not p.opted_in:
            out.append(OPTED_OUT)
        elif m in facilitators:
            out.append(FACILITATOR)
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            out += [CHAIN] * ((b in bosses(a, manager_of)) + (a in bosses(b, manager_of)))
            if frozenset((a, b)) in history:
                out.append(HISTORY)
            if frozenset((a, b)) in exclusions:
                out.append(EXCLUSION)
    kind, roles = oracle_roles(people, members, hint)
    recruits = sum(r == "recruit" for r in roles.values())
    # a pair or a trio; a buddy group: the buddy, their recruits and one more peer
    most = max(3, 1 + recruits + 1) if kind == "buddy" else 3
    if len(members) > most:
        out.append(SIZE)
    return sorted(out)


DAYS = {"": set(), "Mon": {"mon"}, "Tuesday": {"tue"}, "Mon, Tue": {"mon", "tue"},
        "Any time": {"*"}}


def oracle_pair_score(a: Participant, b: Participant, w: Weights) -> int:
    """A pair's score in hundredths, from the weights and the two people as entered."""
    def hundredths(x: float) -> int:
        return round(x * 100)

    total = 0
    for teacher, learner in ((a, b), (b, a)):
        wants = {s.skill.lower() for s in learner.skills if s.direction == "learn"}
        for s in teacher.skills:
            if s.direction == "teach" and s.skill.lower() in wants:
                total += hundredths(w.skill * s.level / 2)
    if a.department and b.department and a.department.lower() != b.department.lower():
        total += hundredths(w.cross_department)
    rank = {"new": 0, "between": 1, "seasoned": 2}
    ra, rb = rank.get(band(a)), rank.get(band(b))
    if ra is not None and rb is not None:
        total += hundredths(w.tenure_gap * abs(ra - rb) / 2)
    if a.location and a.location.lower() == b.location.lower():
        total += hundredths(w.same_location)
    da, db = DAYS[a.availability], DAYS[b.availability]
    if (da & db) - {"*"} or ("*" in da and db) or ("*" in db and da):
        total += hundredths(w.availability)
    total += hundredths(w.preference) * ((b.id in a.learn_from) + (a.id in b.learn_from))
    return total


def oracle_group_score(people: dict[int, Participant], members: list[int],
                       hint: dict[int, str], w: Weights) -> int:
    """Every two members count, except two recruits of the same buddy."""
    _, roles = oracle_roles(people, members, hint)
    total = 0
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            if roles[a] == roles[b] == "recruit":
                continue
            total += oracle_pair_score(people[a], people[b], w)
    return total


# -- small programs -----------------------------------------------------------------

SKILLS = ("sql", "python", "excel")


@st.composite
def programs(draw):
    n = draw(st.integers(2, 8))
    ids = list(range(1, n + 1))
    people = {}
    for pid in ids:
        skills = [SkillLevel(s, d, draw(st.integers(1, 3)))
                  for s in SKILLS for d in ("teach", "learn") if draw(st.booleans())]
        people[pid] = Participant(
            name=f"P{pid}", id=pid,
            hire_date=hired(draw(st.sampled_from([None, 1, 5, 6, 12, 23, 24, 60]))),
            capacity=draw(st.sampled_from([None, -1, 0, 1, 2, 3])),
            department=draw(st.sampled_from(["", "Data", "data", "Sales"])),
            location=draw(st.sampled_from(["", "Lisbon", "lisbon", "Porto"])),
            availability=draw(st.sampled_from(sorted(DAYS))),
            manager_id=draw(st.one_of(st.none(), st.sampled_from(ids))),
            opted_in=draw(st.booleans()) or draw(st.booleans()),
            archived_on=draw(st.sampled_from([None, None, None, TODAY])),
            skills=skills,
            learn_from=draw(st.lists(st.sampled_from(ids), max_size=2, unique=True)),
        )
    pairs = st.sets(st.sampled_from(ids), min_size=2, max_size=2).map(frozenset)
    history = draw(st.sets(pairs, max_size=4))
    exclusions = draw(st.sets(pairs, max_size=3))
    facilitators = draw(st.sets(st.sampled_from(ids), max_size=2))
    members = draw(st.lists(st.sampled_from(ids), min_size=1, max_size=min(6, n), unique=True))
    hint = draw(st.dictionaries(st.sampled_from(members),
                                st.sampled_from(["buddy", "recruit", "peer"]), max_size=3))
    return people, history, exclusions, facilitators, members, hint


def context(people, history=(), exclusions=(), facilitators=(), weights=None):
    rules = Rules(manager_of={pid: p.manager_id for pid, p in people.items()},
                  history={k: "Spring" for k in history},
                  exclusions={k: "" for k in exclusions},
                  facilitators=set(facilitators))
    options = Options(today=TODAY, default_capacity=DEFAULT_CAPACITY,
                      weights=weights or Weights())
    return Context(people.values(), rules, options)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programs())
def test_a_groups_broken_rules_kind_and_score_are_what_the_raw_inputs_say(program):
    people, history, exclusions, facilitators, members, hint = program
    ctx = context(people, history, exclusions, facilitators)
    found = sorted(rule for rule, _ in ctx.violations(members, hint))
    assert found == oracle_rules_broken(people, facilitators, history, exclusions, members, hint)
    group = ctx.describe(members, hint=hint)
    kind, roles = oracle_roles(people, members, hint)
    assert (group.kind, group.roles) == (kind, roles)
    assert group.score == oracle_group_score(people, members, hint, Weights())
    allowed = ctx.rules.allowed_matrix(members)
    manager_of = {pid: p.manager_id for pid, p in people.items()}
    for i, a in enumerate(members):
        for j, b in enumerate(members):
            ruled = frozenset((a, b))
            expected = (a != b and ruled not in history and ruled not in exclusions
                        and b not in bosses(a, manager_of) and a not in bosses(b, manager_of))
            assert bool(allowed[i, j]) == expected


# -- the mutations that once survived, by name ----------------------------------------

def seasoned(pid, **kw):
    return Participant(**{"name": f"S{pid}", **kw}, id=pid, hire_date=hired(60))


def recruit(pid, **kw):
    return Participant(**{"name": f"R{pid}", **kw}, id=pid, hire_date=hired(2))


def between(pid, **kw):
    return Participant(**{"name": f"B{pid}", **kw}, id=pid, hire_date=hired(12))


def test_a_hand_made_group_that_repeats_an_earlier_pair_breaks_the_no_repeat_rule():
    people = {1: between(1), 2: between(2), 3: between(3)}
    ctx = context(people, history={frozenset((1, 2))})
    rules = [rule for rule, _ in ctx.violations([1, 2, 3])]
    assert rules == [HISTORY]
    assert [rule for rule, _ in ctx.violations([1, 3])] == []


@pytest.mark.parametrize("cap", [0, -2])
def test_a_seasoned_person_who_takes_no_recruits_is_nobodys_buddy(cap):
    people = {1: seasoned(1, capacity=cap), 2: recruit(2)}
    ctx = context(people)
    assert ctx.capacity(1) == 0
    assert ctx.describe([1, 2]).kind == "peer"
    assert ctx.describe([1, 2], hint={1: "buddy", 2: "recruit"}).kind == "peer"


def test_four_people_who_are_not_a_buddy_group_are_one_too_many():
    people = {pid: between(pid) for pid in (1, 2, 3, 4)}
    ctx = context(people)
    assert [rule for rule, _ in ctx.violations([1, 2, 3])] == []
    assert [rule for rule, _ in ctx.violations([1, 2, 3, 4])] == [SIZE]


def test_a_buddy_group_may_take_one_peer_beyond_the_buddy_and_their_recruits():
    people = {1: seasoned(1, capacity=3), 2: recruit(2), 3: recruit(3), 4: recruit(4),
              5: between(5), 6: between(6)}
    ctx = context(people)
    hint = {1: "buddy", 2: "recruit", 3: "recruit", 4: "recruit"}
    assert [rule for rule, _ in ctx.violations([1, 2, 3, 4, 5], hint)] == []
    assert [rule for rule, _ in ctx.violations([1, 2, 3, 4, 5, 6], hint)] == [SIZE]
    # one recruit and one peer: still within the smallest limit of three
    assert [rule for rule, _ in ctx.violations([1, 2, 5], {1: "buddy"})] == []
    # a new recruit the hint does not mention joins the buddy as a recruit
    assert ctx.describe([1, 2, 5], hint={1: "buddy"}).roles == {1: "buddy", 2: "recruit",
                                                                5: "peer"}


def test_a_buddy_takes_recruits_only_while_they_have_room():
    people = {1: seasoned(1, capacity=1), 2: recruit(2), 3: recruit(3)}
    ctx = context(people)
    group = ctx.describe([1, 2, 3], hint={1: "buddy", 2: "recruit", 3: "recruit"})
    assert group.roles == {1: "buddy", 2: "recruit", 3: "peer"}
    assert ctx.describe([1, 2, 3]).kind == "peer"  # two recruits for a buddy who takes one


def test_two_recruits_of_one_buddy_are_not_scored_as_a_pair():
    # the two recruits share a department-crossing, an office and a skill: none of it counts
    people = {1: seasoned(1, capacity=2, department="Ops"),
              2: recruit(2, department="Data", location="Lisbon",
                         skills=[SkillLevel("sql", "teach", 3)]),
              3: recruit(3, department="Sales", location="Lisbon",
                         skills=[SkillLevel("sql", "learn", 1)])}
    ctx = context(people)
    group = ctx.describe([1, 2, 3])
    assert group.kind == "buddy"
    w = Weights()
    buddy_links = (oracle_pair_score(people[1], people[2], w)
                   + oracle_pair_score(people[1], people[3], w))
    assert group.score == buddy_links
    assert group.score == oracle_group_score(people, [1, 2, 3], {}, w)


# -- why someone is left out, and what a broken rule says ---------------------------------

def oracle_left_out(people, facilitators, history, exclusions, pid, pool) -> tuple[str, ...]:
    """The facts an unpaired person's reason must give: the others counted, each ruled out
    under the first rule that applies (chain, then earlier pair, then exclusion)."""
    manager_of = {i: p.manager_id for i, p in people.items()}
    others = [o for o in pool if o != pid]
    if not others:
        return ("nobody",)
    counts = {CHAIN: 0, HISTORY: 0, EXCLUSION: 0}
    for o in others:
        if o in bosses(pid, manager_of) or pid in bosses(o, manager_of):
            counts[CHAIN] += 1
        elif frozenset((pid, o)) in history:
            counts[HISTORY] += 1
        elif frozenset((pid, o)) in exclusions:
            counts[EXCLUSION] += 1
    allowed = len(others) - sum(counts.values())
    if allowed == 0:
        words = [f"{counts[CHAIN]} in the reporting chain" if counts[CHAIN] else "",
                 f"{counts[HISTORY]} earlier partner{'s' * (counts[HISTORY] != 1)}"
                 if counts[HISTORY] else "",
                 f"{counts[EXCLUSION]} excluded" if counts[EXCLUSION] else ""]
        return ("none", str(len(others)), ", ".join(w for w in words if w))
    return ("taken", str(allowed))


def read_left_out(sentence: str, name: str) -> tuple[str, ...]:
    import re

    if sentence == f"Nobody else is taking part, so {name} has no one to pair with.":
        return ("nobody",)
    m = re.fullmatch(r"No allowed partner: every one of the (\d+) others is ruled out for "
                     + re.escape(name) + r" \((.*)\)\.", sentence)
    if m:
        return ("none", m[1], m[2])
    if sentence == (f"No allowed partner left: the one person {name} may be paired with is in "
                    "a pair already, and that pair may not take a third person."):
        return ("taken", "1")
    m = re.fullmatch(r"No allowed partner left: the (\d+) people " + re.escape(name)
                     + r" may be paired with are all in pairs already, and none of those "
                       r"pairs may take a third person\.", sentence)
    return ("taken", m[1]) if m else ("unread", sentence)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programs(), st.data())
def test_the_reason_someone_is_left_out_counts_what_the_raw_inputs_rule_out(program, data):
    people, history, exclusions, facilitators, _members, _hint = program
    ctx = context(people, history, exclusions, facilitators)
    eligible = [pid for pid, p in sorted(people.items()) if p.archived_on is None
                and p.opted_in and pid not in facilitators]
    assert ctx.eligible() == eligible
    # the same context asked about two pools in turn: each answer is about its own pool
    for _ in range(2):
        pool = data.draw(st.lists(st.sampled_from(sorted(people)), unique=True))
        pid = data.draw(st.sampled_from(sorted(people)))
        sentence = ctx.unpaired_reason(pid, pool)
        p = people[pid]
        if pid not in eligible:
            absent = (ARCHIVED if p.archived_on else OPTED_OUT if not p.opted_in
                      else FACILITATOR)
            assert (absent, sentence) == ctx.absence(pid)
            assert p.name in sentence
            continue
        assert read_left_out(sentence, p.name) == oracle_left_out(
            people, facilitators, history, exclusions, pid, pool)


def test_a_broken_rule_is_said_with_both_names_and_the_rule():
    people = {1: between(1, name="Ana"), 2: between(2, name="Ben", manager_id=1),
              3: between(3, name="Cy", manager_id=2), 4: between(4, name="Di")}
    ctx = context(people, history={frozenset((1, 4))}, exclusions={frozenset((3, 4))})
    said = dict(ctx.violations([2, 1]))
    assert said == {CHAIN: "Ana is Ben's manager (rule: never pair within a reporting chain)."}
    said = dict(ctx.violations([3, 1]))
    assert said == {CHAIN: "Ana is above Cy in the reporting chain "
                           "(rule: never pair within a reporting chain)."}
    assert dict(ctx.violations([4, 1])) == {
        HISTORY: "Di and Ana were already paired in Spring (rule: no repeated pairs)."}
    assert dict(ctx.violations([3, 4])) == {
        EXCLUSION: "Cy and Di must never be paired (rule: exclusion)."}
    ctx.rules.exclusions[frozenset((3, 4))] = "siblings"
    assert dict(ctx.violations([3, 4])) == {
        EXCLUSION: "Cy and Di must never be paired: siblings (rule: exclusion)."}
    # without names (a person not in the program): their number stands in
    assert ctx.rules.broken(4, 9) == []
    assert ctx.rules.broken(1, 4) == [
        (HISTORY, "#1 and #4 were already paired in Spring (rule: no repeated pairs).")]


def test_a_buddy_with_one_recruit_and_two_more_is_a_group_too_many():
    people = {1: seasoned(1, capacity=1), 2: recruit(2), 3: between(3), 4: between(4)}
    ctx = context(people)
    hint = {1: "buddy", 2: "recruit"}
    assert ctx.describe([1, 2, 3], hint=hint).kind == "buddy"
    assert [rule for rule, _ in ctx.violations([1, 2, 3], hint)] == []
    said = dict(ctx.violations([1, 2, 3, 4], hint))
    assert said == {SIZE: "A group can have at most 3 people (rule: pairs, trios, or a buddy "
                          "with as many recruits as they can take)."}


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(-5, 12), min_size=1, max_size=8, unique=True), st.data())
def test_the_pairs_kept_apart_are_every_pair_the_raw_rules_forbid(ids, data):
    """Whatever the ids (a temporary negative one, managers outside the pool)."""
    manager_of = {pid: data.draw(st.one_of(st.none(), st.integers(-5, 14))) for pid in ids}
    pairs = st.sets(st.sampled_from(ids), min_size=2, max_size=2).map(frozenset)
    history = data.draw(st.sets(pairs, max_size=3)) if len(ids) > 1 else set()
    exclusions = data.draw(st.sets(pairs, max_size=3)) if len(ids) > 1 else set()
    rules = Rules(manager_of=manager_of, history={k: "" for k in history},
                  exclusions={k: "" for k in exclusions})
    allowed = rules.allowed_matrix(ids)
    for i, a in enumerate(ids):
        for j, b in enumerate(ids):
            expected = (a != b and frozenset((a, b)) not in history | exclusions
                        and b not in bosses(a, manager_of) and a not in bosses(b, manager_of))
            assert bool(allowed[i, j]) == expected, (a, b)
    kept = rules.kept_apart(ids)
    chain = {(ids[i], ids[j]) for i, j in zip(*kept[CHAIN], strict=True)}
    assert chain == {(a, b) for a in ids for b in ids if b in bosses(a, manager_of)}
    # asked again for another order of the same people: the answer follows the order
    again = rules.kept_apart(list(reversed(ids)))
    rev = list(reversed(ids))
    assert {(rev[i], rev[j]) for i, j in zip(*again[CHAIN], strict=True)} == chain


def test_a_groups_reasons_name_who_is_whose_buddy_and_add_up_to_its_score():
    import re

    people = {1: seasoned(1, name="Sam", capacity=2, department="Ops"),
              2: recruit(2, name="Rui", department="Data"),
              3: recruit(3, name="Rita", department="Data"),
              4: between(4, name="Bo", department="Data"), 5: between(5, name="Cai", department="Data")}
    ctx = context(people)
    buddy = ctx.describe([2, 1, 3])
    assert buddy.members == [1, 2, 3]  # the buddy first
    assert buddy.reasons[0] == "Sam (seasoned) is the buddy of Rui, Rita (new recruit)"
    # a group of several: one line for each two who count, with their points
    lines = buddy.reasons[1:]
    assert [line.split(" (")[0] for line in lines] == ["Sam & Rui", "Sam & Rita"]
    points = [float(re.search(r"\(([+-][\d.]+)\)", line)[1]) for line in lines]
    assert round(sum(points) * 100) == buddy.score
    # a pair: the reasons are its score's parts, and they add up to it
    pair = ctx.describe([1, 4])
    parts = [float(line.split(" ")[0]) for line in pair.reasons]
    assert len(parts) >= 2 and round(sum(parts) * 100) == pair.score
    # a pair with nothing to score still says why it was made
    (only,) = ctx.describe([4, 5]).reasons
    assert only == ("Nothing in their profiles adds to the score (no skill to teach or learn, "
                    "same department and tenure, no office or time in common): paired so that "
                    "neither is left out")
    # in a trio each two get a line with every part of their score, or say there is none
    trio = ctx.describe([1, 4, 5])
    assert trio.reasons[0] == ("Sam & Bo (+2.5): different departments (Ops, Data); "
                               "different tenure (seasoned, between)")
    assert trio.reasons[2] == "Bo & Cai (+0): nothing in common to score"


def test_a_buddy_group_lists_the_buddy_then_the_recruits_then_the_peer_and_scores_each_link():
    people = {1: seasoned(1, capacity=2, department="Ops", location="Porto"),
              2: recruit(2, department="Data", location="Lisbon"),
              3: recruit(3, department="Data", location="Lisbon"),
              4: between(4, department="Sales", location="Lisbon")}
    ctx = context(people)
    hint = {1: "buddy", 2: "recruit", 3: "recruit", 4: "peer"}
    group = ctx.describe([4, 3, 2, 1], hint=hint)
    assert group.kind == "buddy"
    assert group.members == [1, 3, 2, 4]  # recruits in the order given
    assert group.score == oracle_group_score(people, [1, 2, 3, 4], hint, Weights())


def test_someone_whose_every_other_is_an_earlier_partner_is_told_how_many():
    people = {pid: between(pid) for pid in (1, 2, 3, 4)}
    ctx = context(people, history={frozenset((1, 2)), frozenset((1, 3))},
                  exclusions={frozenset((1, 4))})
    assert ctx.unpaired_reason(1, [1, 2, 3, 4]) == (
        "No allowed partner: every one of the 3 others is ruled out for B1 "
        "(2 earlier partners, 1 excluded).")
    assert ctx.unpaired_reason(1, [2, 3]).endswith("(2 earlier partners).")
