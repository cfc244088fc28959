"""The rules a cycle is paired under: who met whom before, who must never be paired, the
weights, and the people; :func:`context` gathers them for the engine or a check."""

from __future__ import annotations

import json
from datetime import date

from peerdesk.core.models import stored_id
from peerdesk.core.rules import Context, Options, Rules
from peerdesk.core.scoring import Weights
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import _
from peerdesk.store.cycles import list_cycles
from peerdesk.store.participants import list_facilitators, list_participants
from peerdesk.store.program import Program


def history(program: Program, cycle_id: int, last: int | None = None) -> dict[frozenset[int], str]:
    """Who met whom in the published pairs of earlier cycles (all, or the ``last`` N).

    ``last`` defaults to the program setting ``no_repeat_cycles`` (0 = every cycle)."""
    cycles = list_cycles(program)
    ids = [c.id for c in cycles]
    earlier = cycles[:ids.index(cycle_id)] if cycle_id in ids else cycles
    keep = program.settings().no_repeat_cycles if last is None else last
    if keep > 0:
        earlier = earlier[-keep:]
    names = {c.id: c.name for c in earlier}
    if not names:
        return {}
    groups: dict[int, tuple[int, list[int]]] = {}
    marks = ",".join("?" * len(names))
    for pairing_id, cid, person in program.db.execute(
            f"SELECT p.id, p.cycle_id, m.participant_id FROM pairings p JOIN pairing_members m "
            f"ON m.pairing_id = p.id WHERE p.published = 1 AND p.cycle_id IN ({marks})",
            list(names)):
        groups.setdefault(pairing_id, (cid, []))[1].append(person)
    out: dict[frozenset[int], str] = {}
    order = {cid: i for i, cid in enumerate(names)}
    for cid, people in sorted(groups.values(), key=lambda g: order[g[0]]):
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                out[frozenset((a, b))] = names[cid]  # the latest cycle they met in
    return out


def exclusions(program: Program) -> dict[frozenset[int], str]:
    return {frozenset((a, b)): why for a, b, why in program.db.execute(
        "SELECT a_id, b_id, reason FROM pair_exclusions")}


def add_exclusion(program: Program, a: int, b: int, reason: str = "") -> None:
    """Never pair these two."""
    if a == b:
        raise ValidationError([Problem("b_id", _("Choose two different people."))])
    low, high = sorted((a, b))
    with program.atomic():
        program.db.table("pair_exclusions").upsert({"a_id": low, "b_id": high, "reason": reason.strip()},
                                             pk=("a_id", "b_id"))


def remove_exclusion(program: Program, a: int, b: int) -> None:
    low, high = sorted((a, b))
    with program.atomic():
        program.db.execute("DELETE FROM pair_exclusions WHERE (a_id = ? AND b_id = ?) OR "
                           "(a_id = ? AND b_id = ?)", [low, high, high, low])


def pairing_settings(program: Program) -> tuple[Weights, int]:
    """The weights and the no-repeat window (0 = every earlier cycle)."""
    settings = program.settings()
    return Weights.from_mapping(settings.weights), settings.no_repeat_cycles


def set_pairing_settings(program: Program, weights: Weights, no_repeat_cycles: int) -> None:
    """Save both in one transaction (the window's Pairing Rules dialog)."""
    from dataclasses import asdict

    if no_repeat_cycles < 0:
        raise ValidationError([Problem("no_repeat_cycles", _("The number of cycles cannot be "
                                                             "negative (0 means every "
                                                             "cycle)."))])
    with program.atomic():
        for key, value in (("weights", asdict(weights)), ("no_repeat_cycles", no_repeat_cycles)):
            program.db.table("settings").upsert({"key": key, "value": json.dumps(value)}, pk="key")


def set_pair_opt_in(program: Program, participant_id: int, opt_in: bool) -> None:
    """Let a facilitator who is also a participant be paired (or not) from now on."""
    with program.atomic():
        program.db.execute("UPDATE facilitators SET pair_opt_in = ? WHERE participant_id = ?",
                           [int(opt_in), participant_id])


def context(program: Program, cycle_id: int, capacity: int | None = None,
            today: date | None = None) -> Context:
    """The rules, weights and people of a cycle, ready for the engine or a check."""
    people = list_participants(program)
    rules = Rules(manager_of={stored_id(p.id): p.manager_id for p in people},
                  history=history(program, cycle_id), exclusions=exclusions(program),
                  facilitators={f.participant_id for f in list_facilitators(program)
                                if f.participant_id is not None and not f.pair_opt_in})
    settings = program.settings()
    default = settings.buddy_capacity if capacity is None else capacity
    options = Options(weights=Weights.from_mapping(settings.weights),
                      default_capacity=int(default if default is not None else 1),
                      new_months=settings.new_recruit_months,
                      seasoned_months=settings.seasoned_months,
                      today=today)
    return Context(people, rules, options)
