"""The "comparing gives nothing away" check for changes (core/disclosure_changes.py), small.

The oracle is the auditor (tests/core/disclosure_auditor.py), written from the raw forms
and the published rows: every change the check lets through (new forms joining, marks of
attendance, a session deleted) must leave the figures before and after, together, giving
no answer away; and without the check, some of the same changes do give answers away, so
the check is what stops them. A few seeded programs only (the red-team sweeps in
tests/adversary run many more): this file is the quick one the mutation run uses.
"""

from __future__ import annotations

import copy
import random

from disclosure_auditor import Leak, audit_change, audit_history
from disclosure_two_moments import (
    change_gives_away,
    every_form,
    joining_gives_away,
    same_units,
)
from test_disclosure_auditor import published, random_program

from peerdesk.core.disclosure import BLANK, few_present
from peerdesk.core.disclosure_changes import unit_maker
from peerdesk.core.feedback import AttendanceRecord, FeedbackData, ResponseRecord

SESSION_MEASURES = {"forms", "usefulness", "safety", "enps"}
WAIT = ("some figure (a department's, say) would change by fewer than {k} forms (or a hidden "
        "group could be worked out), so comparing the figures before and after would give "
        "these answers away")


def _with(data: FeedbackData, **changes) -> FeedbackData:
    other = copy.copy(data)
    for name, value in changes.items():
        setattr(other, name, value)
    other.cache = {}
    return other


def test_the_units_of_each_form_add_up_to_the_figures_tables():
    for seed in range(6):
        data = random_program(50_000 + seed)
        assert same_units(data), seed


def test_where_one_form_counts():
    data = random_program(3)
    units = unit_maker(data)
    session = next(s for s in data.sessions if s.id not in few_present(data))
    form = ResponseRecord(session.cycle_id, session.id, "D0", "session",
                          {"usefulness": 4, "recommend": 9, "safe_to_ask": 5}, [], [])
    atom = (session.cycle_id, session.id, "D0")
    assert sorted(units(form)) == sorted([(("forms", "session"), atom),
                                          (("usefulness", "session"), atom),
                                          (("safety", "session"), atom),
                                          (("enps", "session"), atom)])
    bare = ResponseRecord(session.cycle_id, session.id, "", "session", {}, [], [])
    assert units(bare) == [(("forms", "session"), (session.cycle_id, session.id, BLANK))]
    before = ResponseRecord(session.cycle_id, None, "", "before", {},
                            [("SQL", 2), ("Excel", 3), ("SQL", 4)], [])
    assert units(before) == [(("confidence", "before"), (session.cycle_id, None, "Excel")),
                             (("confidence", "before"), (session.cycle_id, None, "SQL"))]
    # a cycle the program does not have, or a session with too few people present
    assert units(ResponseRecord(999, None, "", "after", {}, [("SQL", 2)], [])) == []
    few = few_present(data)
    if few:
        sid = next(iter(few))
        cid = next(s.cycle_id for s in data.sessions if s.id == sid)
        assert units(ResponseRecord(cid, sid, "", "session", {"usefulness": 3}, [], [])) == []


def test_a_change_that_moves_nothing_gives_nothing_away():
    for seed in range(4):
        data = random_program(51_000 + seed)
        assert change_gives_away(data, data, list(every_form(data))) == ""
        assert joining_gives_away(data, []) == ""


def test_one_more_form_between_two_readings_is_refused_both_ways():
    full = random_program(7)
    session = full.sessions[0]
    forms = [ResponseRecord(session.cycle_id, session.id, "", "session",
                            {"usefulness": 1 + i % 5, "recommend": i % 11}) for i in range(8)]
    seven = FeedbackData(full.cycles, full.sessions, full.questions, forms[:7], [],
                         full.pairings, full.people, 5)
    eight = _with(seven, responses=forms)
    said = joining_gives_away(seven, forms[7:])
    assert said == WAIT.format(k=5)
    assert change_gives_away(seven, eight, [*((r, r) for r in forms[:7]), (None, forms[7])]) \
        == said
    # five more at once may join: the difference is five answers
    more = [ResponseRecord(session.cycle_id, session.id, "", "session",
                           {"usefulness": 1 + i % 5, "recommend": i % 11}) for i in range(5)]
    assert joining_gives_away(seven, more) == ""


# -- batches of new forms over time -------------------------------------------------------------

def _replay(seed: int, gate: bool):
    rng = random.Random(seed)
    full = random_program(seed)
    by_session: dict = {}
    for r in full.responses:
        by_session.setdefault((r.cycle_id, r.session_id or 0, r.phase), []).append(r)
    batches = []
    for key in sorted(by_session):
        forms = by_session[key]
        cuts = sorted(rng.sample(range(1, len(forms)), min(len(forms) - 1, rng.randint(0, 3))))
        batches += [forms[a:b] for a, b in zip([0, *cuts], [*cuts, len(forms)], strict=True)]
    data = _with(full, responses=[])
    steps, waiting, refused = [], [], 0
    for batch in batches:
        candidate = waiting + batch
        if gate and joining_gives_away(data, candidate):
            waiting, refused = candidate, refused + 1
            continue
        data = _with(full, responses=data.responses + candidate)
        waiting = []
        steps.append((len(data.responses), published(data)))
    return data, steps, refused


def test_new_forms_joined_over_time_give_nothing_away_and_some_must_wait():
    refused = 0
    for seed in (20_000, 20_001, 20_002):
        data, steps, held = _replay(seed, gate=True)
        audit_history(data, steps, only=SESSION_MEASURES)
        refused += held
    assert refused > 0
    leaks = 0
    for seed in (20_000, 20_001, 20_002):
        data, steps, _ = _replay(seed, gate=False)
        try:
            audit_history(data, steps, only=SESSION_MEASURES)
        except Leak:
            leaks += 1
    assert leaks > 0, "without the check, no batch gave anything away: the sweep proves nothing"


# -- marks of attendance and deleted sessions ---------------------------------------------------

def _marks(data: FeedbackData, rng: random.Random):
    session = rng.choice(data.sessions)
    people = [p.id for p in data.people]
    k = data.min_group_size
    count = rng.choice([rng.randint(0, k - 1), rng.randint(k, max(k, len(people)))])
    chosen = set(rng.sample(people, min(count, len(people))))
    marks = [a for a in data.attendance if a.session_id != session.id]
    marks += [AttendanceRecord(session.id, p, "present" if p in chosen else "absent")
              for p in people]
    return _with(data, attendance=marks), [(r, r) for r in data.responses]


def _delete(data: FeedbackData, rng: random.Random):
    session = rng.choice(data.sessions)
    after = _with(data, sessions=[s for s in data.sessions if s.id != session.id],
                  attendance=[a for a in data.attendance if a.session_id != session.id])
    out = session.id in few_present(data)
    forms = []
    for r in data.responses:
        if r.session_id == session.id and r.phase == "session":
            moved = copy.copy(r)
            moved.session_id = None
            forms.append((r, None if out else moved))
        else:
            forms.append((r, r))
    return after, forms


def _leaks(before: FeedbackData, after: FeedbackData, forms) -> bool:
    a = _with(after, responses=[ra for _, ra in forms if ra is not None])
    b = _with(before, responses=[rb for rb, _ in forms if rb is not None])
    try:
        audit_change(b, a, forms, published(b), published(a))
    except Leak:
        return True
    return False


def test_changes_the_check_allows_give_nothing_away_and_it_refuses_the_rest():
    allowed = refused = leaks_refused = 0
    for seed in range(8):
        data = random_program(40_000 + seed)
        rng = random.Random(seed)
        for make in (_marks, _delete, _marks):
            after, forms = make(data, rng)
            if change_gives_away(data, after, forms):
                refused += 1
                leaks_refused += _leaks(data, after, forms)
                continue
            allowed += 1
            assert not _leaks(data, after, forms), seed
    assert allowed > 8 and refused > 0 and leaks_refused > 0
