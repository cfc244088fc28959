"""Red team, issue 12: a whole history of changes of every kind, read at every moment.

Forms join in batches, attendance is marked (a session's forms come into the figures or
leave them), sessions are deleted (their forms stay in the cycle's figures), cycles are
deleted (their forms leave) and deletes are undone (the forms come back, through the
check of new forms, or wait). Each change passes the check over every earlier reading
(``peerdesk.core.disclosure_history``, carrying the history as the program file does),
and the auditor (``tests/core/disclosure_auditor.audit_timeline``, written from the raw
forms and the published rows) takes every publication of the history at once and proves
that no answer, no set of fewer than k answers and no figure withheld at any moment can
be worked out. Random programs: PEERDESK_TIMELINE_SEEDS (default 25)."""

from __future__ import annotations

import copy
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

from disclosure_auditor import Leak, audit_timeline
from disclosure_two_moments import change_gives_away
from test_adv_changes import _new_marks
from test_adv_over_time import _batches
from test_disclosure_auditor import published, random_program

from peerdesk.core.disclosure import few_present
from peerdesk.core.disclosure_history import History, check_change, first_reading
from peerdesk.core.feedback import FeedbackData

SEEDS = int(os.environ.get("PEERDESK_TIMELINE_SEEDS", "25"))


class World:
    """A program as the store keeps it: its shape, the counted forms by id, the forms
    that wait, and (``history``) the kept readings; ``gate`` None checks only the
    figures just before and after (the check this history replaces)."""

    def __init__(self, seed: int, gated: bool):
        self.full = random_program(seed)
        self.rng = random.Random(seed)
        self.gated = gated
        self.cycles, self.sessions = list(self.full.cycles), list(self.full.sessions)
        self.attendance = list(self.full.attendance)
        self.counted: dict[int, object] = {}
        self.waiting: list[int] = []
        self.records = {i: r for i, r in enumerate(self.full.responses)}
        self.deleted: list[tuple] = []  # (cycles, sessions, attendance, forms) for undo
        self.history = first_reading(self.data())
        self.timeline = [(self.data(), dict(self.counted), published(self.data()))]
        self.done = self.refused = 0

    def data(self, counted=None, **shape) -> FeedbackData:
        counted = self.counted if counted is None else counted
        return FeedbackData(shape.get("cycles", self.cycles), shape.get("sessions", self.sessions),
                            self.full.questions, list(counted.values()),
                            shape.get("attendance", self.attendance), self.full.pairings,
                            self.full.people, self.full.min_group_size)

    def _try(self, after_counted: dict, **shape) -> bool:
        before, after = self.data(), self.data(after_counted, **shape)
        ids = self.counted.keys() | after_counted.keys()
        forms = [(self.counted.get(i), after_counted.get(i)) for i in sorted(ids)]
        if self.gated:
            outcome = check_change(self.history, before, after, forms)
            if outcome.why:
                self.refused += 1
                return False
            self.history = outcome.history
        elif change_gives_away(before, after, forms):
            self.refused += 1
            return False
        self.counted = dict(after_counted)
        for name, value in shape.items():
            setattr(self, name, value)
        self.timeline.append((self.data(), dict(self.counted), published(self.data())))
        self.done += 1
        return True

    def _exists(self, i: int) -> bool:
        r = self.records[i]
        return any(c.id == r.cycle_id for c in self.cycles) and (
            r.session_id is None or any(s.id == r.session_id for s in self.sessions))

    def join(self, batch: list[int]) -> None:
        """Forms of a deleted session or cycle cannot be typed or imported any more."""
        candidate = self.waiting + [i for i in batch if self._exists(i)]
        if self._try({**self.counted, **{i: self.records[i] for i in candidate}}):
            self.waiting = []
        else:
            self.waiting = candidate

    def mark(self) -> None:
        if not self.sessions:
            return
        sid, marks = _new_marks(self.data(), self.rng)
        entering = sid in few_present(self.data()) and \
            sid not in few_present(self.data(attendance=marks))
        if self._try(dict(self.counted), attendance=marks) or not entering:
            return
        # the forms brought in would give themselves away: they wait, counted nowhere
        out = {i: r for i, r in self.counted.items()
               if not (r.session_id == sid and r.phase == "session")}
        self.waiting += [i for i in self.counted if i not in out]
        self.counted = out
        self.attendance = marks
        self.timeline.append((self.data(), dict(self.counted), published(self.data())))

    def delete_session(self) -> None:
        if not self.sessions:
            return
        session = self.rng.choice(self.sessions)
        few = session.id in few_present(self.data())
        after = {}
        for i, r in self.counted.items():
            if r.session_id == session.id and r.phase == "session":
                if few:
                    continue
                r = copy.copy(r)
                r.session_id = None
            after[i] = r
        if self._try(after, sessions=[s for s in self.sessions if s.id != session.id],
                     attendance=[a for a in self.attendance if a.session_id != session.id]):
            # forms that wait go with the session (they count in no figure)
            self.waiting = [i for i in self.waiting if self.records[i].session_id != session.id]

    def delete_cycle(self) -> None:
        if len(self.cycles) < 2:
            return
        cycle = self.rng.choice(self.cycles)
        gone = {s.id for s in self.sessions if s.cycle_id == cycle.id}
        shape = {"cycles": [c for c in self.cycles if c.id != cycle.id],
                 "sessions": [s for s in self.sessions if s.id not in gone],
                 "attendance": [a for a in self.attendance if a.session_id not in gone]}
        kept = {i: r for i, r in self.counted.items() if r.cycle_id != cycle.id}
        taken = {i: r for i, r in self.counted.items() if r.cycle_id == cycle.id}
        old = (self.cycles, self.sessions, self.attendance)
        if self._try(kept, **shape):
            taken.update({i: self.records[i] for i in self.waiting
                          if self.records[i].cycle_id == cycle.id})
            self.waiting = [i for i in self.waiting if self.records[i].cycle_id != cycle.id]
            self.deleted.append((old, taken, cycle.id))

    def undo_cycle_delete(self) -> None:
        """Undo: the cycle is back (its shape first, no forms), then its forms join
        through the check of new forms, or wait."""
        if not self.deleted:
            return
        (cycles, sessions, attendance), taken, cid = self.deleted.pop()
        back = [c for c in cycles if c.id == cid]
        self.cycles = sorted([*self.cycles, *back], key=lambda c: c.id)
        self.sessions = [*self.sessions, *[s for s in sessions if s.cycle_id == cid]]
        gone = {s.id for s in sessions if s.cycle_id == cid}
        self.attendance = [*self.attendance, *[a for a in attendance if a.session_id in gone]]
        self.timeline.append((self.data(), dict(self.counted), published(self.data())))
        self.records.update(taken)
        self.join(sorted(taken))


def _replay(seed: int, gated: bool = True) -> World:
    world = World(seed, gated)
    ids = {id(r): i for i, r in world.records.items()}
    return play(world, [[ids[id(r)] for r in batch] for batch in _batches(world.full, world.rng)])


def play(world: World, batches: list[list[int]]) -> World:
    """Each batch joins (or waits), then now and then a change of another kind."""
    rng = world.rng
    for batch in batches:
        world.join(batch)
        roll = rng.random()
        if roll < 0.25:
            world.mark()
        elif roll < 0.35:
            world.delete_session()
        elif roll < 0.42:
            world.delete_cycle()
        elif roll < 0.5:
            world.undo_cycle_delete()
    return world


def test_every_history_of_changes_passes_the_auditor_at_every_moment_together():
    done = refused = 0
    for seed in range(SEEDS):
        world = _replay(60_000 + seed)
        try:
            audit_timeline(world.timeline)
        except Leak as exc:
            raise AssertionError(f"seed {60_000 + seed}: {exc}") from None
        done += world.done
        refused += world.refused
    assert done > 3 * SEEDS and refused > 0


def test_checking_only_the_figures_before_and_after_leaks_somewhere():
    """The attack works against the two-moment check, so the test above can fail."""
    for seed in range(200):
        world = _replay(60_000 + seed, gated=False)
        try:
            audit_timeline(world.timeline)
        except Leak:
            return
    raise AssertionError("no history leaked under the two-moment check")


def test_a_history_kept_from_an_empty_start_is_the_first_reading():
    assert first_reading(World(1, True).data()).size() == History().size()
