"""The check over every reading (core/disclosure_history.py) when forms leave the figures
(a cycle deleted) and come back (the delete undone), against the independent auditor of
the whole timeline (tests/core/disclosure_auditor.audit_timeline, exact fractions).

Forms that leave and come back are the same forms here, so taking the ones that come
back for the answers that left (``returning``, the default) is exact: a change is refused
exactly when the auditor finds the timeline with it would give something away. Taking
them for new answers (``returning=False``) can only be stricter. ``record_only`` adds the
readings without refusing."""

from __future__ import annotations

import pytest
from disclosure_auditor import Leak, audit_timeline
from test_disclosure_auditor import published, random_program

from peerdesk.core.disclosure_history import check_change, first_reading
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


def _moment(full: FeedbackData, counted: dict) -> tuple:
    return (_data(full, counted), dict(counted), published(_data(full, counted)))


@pytest.mark.parametrize("seed", [1, 3, 4, 6])
def test_a_cycle_leaving_and_coming_back(seed: int) -> None:
    full = random_program(80_000 + seed)
    every = dict(enumerate(full.responses))
    start = first_reading(_data(full, every))
    assert start.readings == 2
    verdicts = []
    for cycle in full.cycles:
        kept = {i: r for i, r in every.items() if r.cycle_id != cycle.id}
        if len(kept) == len(every):
            continue
        timeline = [_moment(full, every)]
        forms = [(every[i], kept.get(i)) for i in sorted(every)]
        out = check_change(start, _data(full, every), _data(full, kept), forms)
        leak = _leaks([*timeline, _moment(full, kept)])
        assert bool(out.why) == leak, (seed, cycle.id, out.why)
        verdicts.append(leak)
        recorded = check_change(start, _data(full, every), _data(full, kept), forms,
                                record_only=True)
        assert recorded.why == ""
        assert recorded.history.readings == 4
        if out.why:
            continue
        # the undo: the same forms come back
        timeline.append(_moment(full, kept))
        back = [(kept.get(i), every[i]) for i in sorted(every)]
        again = check_change(out.history, _data(full, kept), _data(full, every), back)
        assert bool(again.why) == _leaks([*timeline, _moment(full, every)]), (seed, cycle.id)
        new = check_change(out.history, _data(full, kept), _data(full, every), back,
                           returning=False)
        assert new.why or not again.why  # never looser than returning
    assert verdicts


def test_a_change_that_moves_nothing_keeps_the_tables_as_they_were() -> None:
    full = random_program(80_001)
    every = dict(enumerate(full.responses))
    start = first_reading(_data(full, every))
    assert start.tables
    same = [(r, r) for r in every.values()]
    out = check_change(start, _data(full, every), _data(full, every), same)
    assert out.why == ""
    assert out.history.readings == start.readings + 2
    assert out.history.tables.keys() == start.tables.keys()
    # nothing to add: every table is the very one kept, no id spent
    assert all(out.history.tables[key] is start.tables[key] for key in start.tables)
    assert out.history.next_id == start.next_id
