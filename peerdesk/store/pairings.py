"""A cycle's pairs in the program file: drafts, pins, hand-made changes, publishing.

A run of the engine is saved as draft pairings of a cycle; pinned ones stay through
every later run. A change by hand (move one person, swap two) is planned by
:mod:`peerdesk.core.pairing_edits`, checked against the hard rules first and refused
with the rule named, and it reports what it does to the total score. Publishing records the pairs: only published pairs of earlier cycles
count for the no-repeat rule.

Every write is one transaction. For undo, :func:`snapshot` takes a cycle's pairings
as they are and :func:`restore` puts them back exactly, ids included.

The work is shared with :mod:`~peerdesk.store.pairing_rows` (reading and inserting groups),
:mod:`~peerdesk.store.pairing_context` (history, exclusions, settings: the rules of a run)
and :mod:`~peerdesk.store.pairing_changes` (changes by hand); every caller uses them
through this module.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from peerdesk.core.models import stored_id
from peerdesk.core.pairing import Result, Unpaired, generate
from peerdesk.core.rules import Context
from peerdesk.store.cycles import get_cycle
from peerdesk.store.pairing_changes import (
    RuleBroken,
    move,
    pair_up,
    plan_move,
    plan_pair_up,
    plan_swap,
    swap,
    why_not_paired,
)
from peerdesk.store.pairing_context import (
    add_exclusion,
    context,
    exclusions,
    history,
    pairing_settings,
    remove_exclusion,
    set_pair_opt_in,
    set_pairing_settings,
)
from peerdesk.store.pairing_rows import (
    insert_group,
    is_published,
    list_pairings,
    refuse_if_published,
    roles,
    stored_reasons,
    total,
)
from peerdesk.store.program import Program

__all__ = [
    "RuleBroken", "add_exclusion", "clear", "context", "exclusions", "history", "is_published",
    "list_pairings", "move", "pair_up", "pairing_settings", "pin_problems", "plan_move",
    "plan_pair_up", "plan_swap", "prepare_run", "publish", "remove_exclusion", "restore", "roles",
    "run", "save_run", "set_pair_opt_in", "set_pairing_settings", "set_pinned", "snapshot", "swap",
    "total", "unpaired", "unpublish", "why_not_paired",
]


def unpaired(program: Program, cycle_id: int, ctx: Context | None = None) -> list[Unpaired]:
    """Everyone active who is in no group of the cycle, with the reason."""
    ctx = ctx or context(program, cycle_id)
    placed = {m for (m,) in program.db.execute(  # the members only: reasons are not needed
        "SELECT m.participant_id FROM pairing_members m JOIN pairings p "
        "ON p.id = m.pairing_id WHERE p.cycle_id = ?", [cycle_id])}
    pool = ctx.eligible()
    ended = get_cycle(program, cycle_id).end_date  # people hired later were never in it
    people = [pid for pid in ctx.people if pid not in placed and not ctx.people[pid].archived
              and not (ended and (hired := ctx.people[pid].hire_date) and hired > ended)]
    people.sort(key=lambda pid: (ctx.absence(pid) is not None, ctx.names[pid].lower()))
    made = program.db.execute("SELECT min(published_on) FROM pairings WHERE cycle_id = ? AND "
                              "published = 1", [cycle_id]).fetchone()[0]
    published = date.fromisoformat(made) if made else None
    return [Unpaired(pid, ctx.unpaired_reason(pid, pool, published)) for pid in people]


# -- a run ---------------------------------------------------------------------------

def prepare_run(program: Program, cycle_id: int, capacity: int | None = None,
                today: date | None = None) -> Callable[..., Result]:
    """Read everything a run needs now; the returned ``work(progress=None)`` then only
    computes, so the window can run it on a worker thread without touching the file."""
    refuse_if_published(program, cycle_id)
    ctx = context(program, cycle_id, capacity, today)
    pins: list[list[int]] = []
    pin_roles: dict[tuple[int, ...], dict[int, str]] = {}
    by_group = roles(program, cycle_id)
    for p in list_pairings(program, cycle_id):
        if p.pinned:
            pins.append(p.member_ids)
            pin_roles[tuple(p.member_ids)] = by_group.get(stored_id(p.id), {})

    def work(progress: Callable[[int, int, str], object] | None = None) -> Result:
        return generate(ctx.people.values(), ctx.rules, ctx.options, pins=pins,
                        progress=progress, pin_roles=pin_roles)

    return work


def run(program: Program, cycle_id: int, capacity: int | None = None,
        progress: Callable[[int, int, str], object] | None = None,
        today: date | None = None) -> Result:
    """Pair the cycle, keeping its pinned groups; nothing is written (see :func:`save_run`)."""
    return prepare_run(program, cycle_id, capacity, today)(progress)


def save_run(program: Program, cycle_id: int, result: Result) -> list[int]:
    """Replace the cycle's draft pairs by a run's; pinned groups keep their rows."""
    refuse_if_published(program, cycle_id)
    with program.atomic():
        program.db.execute("DELETE FROM pairings WHERE cycle_id = ? AND pinned = 0", [cycle_id])
        pinned = {frozenset(p.member_ids): stored_id(p.id)
                  for p in list_pairings(program, cycle_id)}
        ids: list[int] = []
        for g in result.groups:
            key = frozenset(g.members)
            if g.pinned and key in pinned:  # the score may change with the weights
                program.db.table("pairings").update(pinned[key], {
                    "score": g.score / 100, "kind": g.kind,
                    "reasons": stored_reasons(g.reasons)})
                ids.append(pinned[key])
                continue
            ids.append(insert_group(program, cycle_id, g.members, g.kind, g.roles, g.score,
                                    g.reasons, pinned=False))
        kept = set(ids)
        for pid in pinned.values():  # a pin the run released (its people left)
            if pid not in kept:
                program.db.execute("DELETE FROM pairings WHERE id = ?", [pid])
    return ids


def clear(program: Program, cycle_id: int) -> None:
    """Delete the cycle's draft pairs (pinned ones too)."""
    refuse_if_published(program, cycle_id)
    with program.atomic():
        program.db.execute("DELETE FROM pairings WHERE cycle_id = ?", [cycle_id])


def pin_problems(program: Program, cycle_id: int, pairing_id: int) -> list[str]:
    """The hard rules a group breaks, said before it is pinned (a pin keeps it as it is)."""
    found = next((p for p in list_pairings(program, cycle_id) if p.id == pairing_id), None)
    if found is None:
        return []
    ctx = context(program, cycle_id)
    return [text for rule, text in ctx.violations(found.member_ids,
                                                  roles(program, cycle_id).get(pairing_id))
            if rule not in ("opted out", "facilitator")]


def set_pinned(program: Program, pairing_id: int, pinned: bool) -> None:
    with program.atomic():
        program.db.table("pairings").update(pairing_id, {"pinned": int(pinned)})


def publish(program: Program, cycle_id: int, on: date | None = None) -> int:
    """Record the cycle's pairs (for the no-repeat rule); returns how many."""
    with program.atomic():
        cursor = program.db.execute(
            "UPDATE pairings SET published = 1, published_on = ? WHERE cycle_id = ? AND "
            "published = 0", [(on or date.today()).isoformat(), cycle_id])
    return cursor.rowcount


def unpublish(program: Program, cycle_id: int) -> None:
    with program.atomic():
        program.db.execute("UPDATE pairings SET published = 0, published_on = NULL "
                           "WHERE cycle_id = ?", [cycle_id])


# -- undo ------------------------------------------------------------------------------

def snapshot(program: Program, cycle_id: int) -> dict[str, Any]:
    db = program.db
    return {
        "pairings": list(db.query("SELECT * FROM pairings WHERE cycle_id = ? ORDER BY id",
                                  [cycle_id])),
        "members": list(db.query(
            "SELECT m.* FROM pairing_members m JOIN pairings p ON p.id = m.pairing_id "
            "WHERE p.cycle_id = ?", [cycle_id])),
    }


def restore(program: Program, cycle_id: int, snap: dict[str, Any]) -> None:
    """Put a cycle's pairings back exactly as :func:`snapshot` took them."""
    with program.atomic():
        program.db.execute("DELETE FROM pairings WHERE cycle_id = ?", [cycle_id])
        if snap["pairings"]:
            program.db.table("pairings").insert_all(snap["pairings"])
        if snap["members"]:
            program.db.table("pairing_members").insert_all(snap["members"])
