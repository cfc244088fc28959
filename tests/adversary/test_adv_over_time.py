"""Red team, issue 12, differencing over time: a reader who keeps every set of figures
PeerDesk ever showed (before and after each import, each Finish Typing) and subtracts.

Forms arrive in batches (the rows of a later export, the paper forms of one table);
a batch joins the figures only when every reading so far and the figures after it, taken
together, give nothing away (``peerdesk.core.disclosure_history``, the readings kept as
counts); a batch that may not join waits and is offered again with the next batch. The auditor
(``tests/core/disclosure_auditor.audit_history``) then takes *every* publication at once,
each answer an unknown of its place and of the moment it joined, and proves with exact
fractions that no answer, no set of fewer than k answers and no withheld figure of any
moment can be worked out. Random programs: PEERDESK_HISTORY_SEEDS (default 40)."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

from disclosure_auditor import Leak, audit_history
from disclosure_two_moments import joining_gives_away
from test_disclosure_auditor import published, random_program

from peerdesk.core.disclosure_history import first_reading, joining
from peerdesk.core.feedback import FeedbackData, ResponseRecord

SEEDS = int(os.environ.get("PEERDESK_HISTORY_SEEDS", "40"))


def _batches(data: FeedbackData, rng: random.Random) -> list[list]:
    """Each session's forms in one to four batches (before/after rounds in one or two),
    sessions in date order, a batch now and then held back by a day (arrives later)."""
    by_session: dict = {}
    for r in data.responses:
        by_session.setdefault((r.cycle_id, r.session_id, r.phase), []).append(r)
    out = []
    for key in sorted(by_session, key=lambda k: (k[0], k[1] or 0, k[2])):
        forms = by_session[key]
        rng.shuffle(forms)
        cuts = sorted(rng.sample(range(1, len(forms)), min(len(forms) - 1, rng.randint(0, 3))))
        out += [forms[a:b] for a, b in zip([0, *cuts], [*cuts, len(forms)], strict=True)]
    for i in range(len(out) - 1):
        if rng.random() < 0.15:
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


def _replay(seed: int):
    rng = random.Random(seed)
    full = random_program(seed)
    batches = _batches(full, rng)
    data = FeedbackData(full.cycles, full.sessions, full.questions, [], full.attendance,
                        full.pairings, full.people, full.min_group_size)
    steps, waiting, refused = [], [], 0
    history = first_reading(data)
    for batch in batches:
        candidate = waiting + batch
        outcome = joining(history, data, candidate)
        if outcome.why:
            waiting, refused = candidate, refused + 1
            continue
        history = outcome.history
        data = FeedbackData(full.cycles, full.sessions, full.questions,
                            data.responses + candidate, full.attendance, full.pairings,
                            full.people, full.min_group_size)
        waiting = []
        steps.append((len(data.responses), published(data)))
    return data, steps, refused


def test_every_publication_over_time_passes_the_auditor_together():
    joined = refused = 0
    for seed in range(SEEDS):
        data, steps, held = _replay(20_000 + seed)
        try:
            audit_history(data, steps)
        except Leak as exc:
            raise AssertionError(f"seed {20_000 + seed}: {exc}") from None
        joined += len(steps)
        refused += held
    assert joined > SEEDS and refused > 0  # both outcomes happen


def test_a_figure_first_shown_late_does_not_combine_with_earlier_readings():
    """Skill confidence, k=3: 'all skills' read at three moments splits the forms into
    batches, and 'SQL', first shown at the fourth, would join two of them ('all' of batch
    2 + 'all' of batch 4 - 'SQL' gave one Excel and one Figma answer) under a check that
    compared only the figures just before and after a batch. The check over every
    reading (``peerdesk.core.disclosure_history``) keeps that batch waiting."""
    data, steps, _ = _replay(20_127)
    audit_history(data, steps)
    # and the check that looks only at the figures before and after lets it through:
    # the history is what closes it
    rng = random.Random(20_127)
    full = random_program(20_127)
    data = FeedbackData(full.cycles, full.sessions, full.questions, [], full.attendance,
                        full.pairings, full.people, full.min_group_size)
    steps = []
    for batch in _batches(full, rng):
        if not joining_gives_away(data, batch):
            data = FeedbackData(full.cycles, full.sessions, full.questions,
                                data.responses + batch, full.attendance, full.pairings,
                                full.people, full.min_group_size)
            steps.append((len(data.responses), published(data)))
    with pytest.raises(Leak):
        audit_history(data, steps)


def test_the_history_auditor_catches_a_trickle():
    """Without the check, one more form between two readings is found, and the check
    itself refuses that form."""
    full = random_program(7)
    session = full.sessions[0]
    forms = [ResponseRecord(session.cycle_id, session.id, "", "session",
                            {"usefulness": 1 + i % 5, "recommend": i % 11}) for i in range(8)]
    steps, data = [], None
    for m in (7, 8):
        data = FeedbackData(full.cycles, full.sessions, full.questions, forms[:m], [],
                            full.pairings, full.people, 5)
        steps.append((m, published(data)))
    assert joining_gives_away(FeedbackData(full.cycles, full.sessions, full.questions,
                                           forms[:7], [], full.pairings, full.people, 5),
                              forms[7:])
    try:
        audit_history(data, steps)
    except Leak:
        return
    raise AssertionError("a trickle of one form between two readings went unnoticed")
