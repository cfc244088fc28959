"""The check over every reading (core/disclosure_history.py) against the independent
auditor of a whole timeline (tests/core/disclosure_auditor.audit_timeline, written from
the raw forms and the published rows, with exact fractions).

Forms join a few seeded programs in small batches. For forms that only join (none
leaves or comes back) the history is exact: a batch is refused exactly when the
auditor, given every publication so far and the one the batch would make, finds an answer,
a set of fewer than k answers or a withheld figure worked out. Both directions are
asserted, so a check that refuses too much fails as well as one that lets a leak through.
A few seeds only (the red-team sweeps in tests/adversary run many more)."""

from __future__ import annotations

import random

import pytest
from disclosure_auditor import Leak, audit_timeline
from test_disclosure_auditor import published, random_program

from peerdesk.core.disclosure_history import (
    History,
    check_change,
    first_reading,
    joining,
)
from peerdesk.core.feedback import FeedbackData


def _data(full: FeedbackData, counted: dict) -> FeedbackData:
    return FeedbackData(full.cycles, full.sessions, full.questions, list(counted.values()),
                        full.attendance, full.pairings, full.people, full.min_group_size)


def _leaks(timeline: list) -> bool:
    try:
        audit_timeline(timeline)
    except Leak:
        return True
    return False


def _replay(seed: int) -> tuple[int, int]:
    full = random_program(seed)
    rng = random.Random(seed)
    order = list(range(len(full.responses)))
    rng.shuffle(order)
    counted: dict[int, object] = {}
    history = first_reading(_data(full, counted))
    timeline = [(_data(full, counted), {}, published(_data(full, counted)))]
    done = refused = 0
    waiting: list[int] = []
    while order:
        batch = waiting + [order.pop() for _ in range(min(len(order), rng.randint(1, 3)))]
        after = {**counted, **{i: full.responses[i] for i in batch}}
        before_data, after_data = _data(full, counted), _data(full, after)
        forms = [(counted.get(i), after.get(i)) for i in sorted(after)]
        outcome = check_change(history, before_data, after_data, forms)
        proposed = [*timeline, (after_data, dict(after), published(after_data))]
        leak = _leaks(proposed)
        assert bool(outcome.why) == leak, (seed, sorted(after), outcome.why)
        # the same question through joining(): new forms joining the data as it is
        via = joining(history, before_data, [full.responses[i] for i in batch])
        assert via.why == outcome.why
        if outcome.why:
            assert outcome.history is history
            refused += 1
            waiting = batch
            continue
        assert outcome.history.readings == history.readings + 2
        assert outcome.history.next_id >= history.next_id
        history, counted, timeline, waiting = outcome.history, after, proposed, []
        done += 1
    return done, refused


@pytest.mark.parametrize("seed", [3, 11])
def test_a_join_is_refused_exactly_when_the_whole_timeline_would_leak(seed: int) -> None:
    done, refused = _replay(70_000 + seed)
    assert done > 0 and done + refused > done


def test_the_sweep_refuses_some_and_lets_some_through() -> None:
    done = refused = 0
    for seed in range(3):
        d, r = _replay(71_000 + seed)
        done, refused = done + d, refused + r
    assert done > 0 and refused > 0


def test_first_reading_of_an_empty_program_is_empty() -> None:
    full = random_program(5)
    h = first_reading(_data(full, {}))
    assert h.size() == (0, 0, 0)
    assert h.readings == 2
    assert History().readings == 0
