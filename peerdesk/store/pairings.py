"""A cycle's pairs in the program file: drafts, pins, hand-made changes, publishing.

A run of the engine is saved as draft pairings of a cycle; pinned ones stay through
every later run. A change by hand (move one person, swap two) is planned by
:mod:`peerdesk.core.pairing_edits`, checked against the hard rules first and refused
with the rule named, and it reports what it does to the total score. Publishing records the pairs: only published pairs of earlier cycles
count for the no-repeat rule.

Every write is one transaction. For undo, :func:`snapshot` takes a cycle's pairings
as they are and :func:`restore` puts them back exactly, ids included.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from peerdesk.core.models import Pairing, stored_id
from peerdesk.core.pairing import Result, Unpaired, generate
from peerdesk.core.pairing_edits import (
    Change,
    CycleGroup,
    Plan,
    move_plan,
    pair_up_plan,
    swap_plan,
)
from peerdesk.core.reasons import from_data, render_all, to_data
from peerdesk.core.rules import Context, Options, Rules
from peerdesk.core.scoring import Weights
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import _
from peerdesk.store.cycles import get_cycle, list_cycles
from peerdesk.store.participants import list_facilitators, list_participants
from peerdesk.store.program import Program, row_id


class RuleBroken(ValidationError):
    """A hand-made change that breaks a hard rule; the message names the rule."""


# -- reading ----------------------------------------------------------------------------

def list_pairings(program: Program, cycle_id: int) -> list[Pairing]:
    """A cycle's pairs and trios; in a buddy group the buddy comes first."""
    members: dict[int, list[tuple[int, str]]] = {}
    for pairing_id, person, role in program.db.execute(
            "SELECT m.pairing_id, m.participant_id, m.role FROM pairing_members m "
            "JOIN pairings p ON p.id = m.pairing_id WHERE p.cycle_id = ?", [cycle_id]):
        members.setdefault(pairing_id, []).append((person, role))
    rank = {"buddy": 0, "recruit": 1, "peer": 2}
    out = []
    for r in program.db.query("SELECT * FROM pairings WHERE cycle_id = ? ORDER BY id", [cycle_id]):
        ordered = sorted(members.get(r["id"], []), key=lambda m: (rank.get(m[1], 3), m[0]))
        out.append(Pairing(cycle_id=cycle_id, member_ids=[m for m, _ in ordered], id=r["id"],
                           score=float(r["score"]), reasons=_reasons(r["reasons"]),
                           kind=r["kind"], pinned=bool(r["pinned"]),
                           published=bool(r["published"])))
    return out


REASONS_VERSION = 2


def _stored(reasons: Sequence[str]) -> str:
    """The "why" lines as the file keeps them: ``{"v": 2, "reasons": [...]}``, each a code
    with its values (worded when shown, in the language then in force) or plain text."""
    return json.dumps({"v": REASONS_VERSION, "reasons": [to_data(r) for r in reasons]},
                      ensure_ascii=False)


def _reasons(stored: str | None) -> list[str]:
    """The "why" lines kept with a group. Version 2 gives back :class:`Reason` objects;
    what an older PeerDesk wrote (a JSON list of English lines, or bare text) stays text."""
    try:
        found = json.loads(stored or "[]")
    except ValueError:
        return [str(stored)]
    if isinstance(found, dict) and found.get("v") == REASONS_VERSION:
        return [from_data(x) for x in found.get("reasons") or []]
    return [str(x) for x in found] if isinstance(found, list) else [str(found)]


def roles(program: Program, cycle_id: int) -> dict[int, dict[int, str]]:
    """pairing id -> {participant id: buddy | recruit | peer}."""
    out: dict[int, dict[int, str]] = {}
    for pairing_id, person, role in program.db.execute(
            "SELECT m.pairing_id, m.participant_id, m.role FROM pairing_members m "
            "JOIN pairings p ON p.id = m.pairing_id WHERE p.cycle_id = ?", [cycle_id]):
        out.setdefault(pairing_id, {})[person] = role
    return out


def is_published(program: Program, cycle_id: int) -> bool:
    return program.db.execute("SELECT 1 FROM pairings WHERE cycle_id = ? AND published = 1 "
                              "LIMIT 1", [cycle_id]).fetchone() is not None


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


def unpaired(program: Program, cycle_id: int, ctx: Context | None = None) -> list[Unpaired]:
    """Everyone active who is in no group of the cycle, with the reason."""
    ctx = ctx or context(program, cycle_id)
    groups = list_pairings(program, cycle_id)
    placed = {m for p in groups for m in p.member_ids}
    pool = ctx.eligible()
    ended = get_cycle(program, cycle_id).end_date  # people hired later were never in it
    people = [pid for pid in ctx.people if pid not in placed and not ctx.people[pid].archived
              and not (ended and (hired := ctx.people[pid].hire_date) and hired > ended)]
    people.sort(key=lambda pid: (ctx.absence(pid) is not None, ctx.names[pid].lower()))
    made = program.db.execute("SELECT min(published_on) FROM pairings WHERE cycle_id = ? AND "
                              "published = 1", [cycle_id]).fetchone()[0]
    out = []
    for pid in people:
        hired = ctx.people[pid].hire_date
        if made and hired and hired.isoformat() > made and pid in pool:
            # Cheap and more useful than weighing every partner: they came later.
            out.append(Unpaired(pid, f"Joined after the pairs were published ({made}): add "
                                     "them to a pair by hand, or unpublish and regenerate."))
        else:
            out.append(Unpaired(pid, ctx.unpaired_reason(pid, pool)))
    return out


def total(program: Program, cycle_id: int) -> float:
    row = program.db.execute("SELECT coalesce(sum(score), 0) FROM pairings WHERE cycle_id = ?",
                             [cycle_id]).fetchone()
    return round(float(row[0]), 2)


# -- a run ---------------------------------------------------------------------------

def _refuse_if_published(program: Program, cycle_id: int) -> None:
    if is_published(program, cycle_id):
        name = get_cycle(program, cycle_id).name
        raise ValidationError([Problem("cycle", _("The pairs of “{cycle}” are already "
                                                  "published. Unpublish them first to generate "
                                                  "new ones.").format(cycle=name))])


def prepare_run(program: Program, cycle_id: int, capacity: int | None = None,
                today: date | None = None) -> Callable[..., Result]:
    """Read everything a run needs now; the returned ``work(progress=None)`` then only
    computes, so the window can run it on a worker thread without touching the file."""
    _refuse_if_published(program, cycle_id)
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


def _insert(program: Program, cycle_id: int, members: Sequence[int], kind: str,
            member_roles: dict[int, str], score: int, reasons: list[str], pinned: bool,
            published: bool = False, pairing_id: int | None = None) -> int:
    row: dict[str, object] = {"cycle_id": cycle_id, "kind": kind, "score": score / 100,
           "reasons": _stored(reasons), "pinned": int(pinned),
           "published": int(published),
           "published_on": date.today().isoformat() if published else None}
    if pairing_id is not None:
        row["id"] = pairing_id
    new_id = row_id(program.db.table("pairings").insert(row).last_pk)
    program.db.table("pairing_members").insert_all(
        {"pairing_id": new_id, "participant_id": m, "role": member_roles.get(m, "peer")}
        for m in members)
    return new_id


def save_run(program: Program, cycle_id: int, result: Result) -> list[int]:
    """Replace the cycle's draft pairs by a run's; pinned groups keep their rows."""
    _refuse_if_published(program, cycle_id)
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
                    "reasons": _stored(g.reasons)})
                ids.append(pinned[key])
                continue
            ids.append(_insert(program, cycle_id, g.members, g.kind, g.roles, g.score,
                               g.reasons, pinned=False))
        kept = set(ids)
        for pid in pinned.values():  # a pin the run released (its people left)
            if pid not in kept:
                program.db.execute("DELETE FROM pairings WHERE id = ?", [pid])
    return ids


def clear(program: Program, cycle_id: int) -> None:
    """Delete the cycle's draft pairs (pinned ones too)."""
    _refuse_if_published(program, cycle_id)
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


# -- changes by hand (planned in peerdesk.core.pairing_edits) ---------------------------

def _current(program: Program, cycle_id: int) -> list[CycleGroup]:
    by_group = roles(program, cycle_id)
    return [CycleGroup(stored_id(p.id), list(p.member_ids), by_group.get(stored_id(p.id), {}),
                       p.pinned, p.published)
            for p in list_pairings(program, cycle_id)]


def plan_move(program: Program, cycle_id: int, person: int, target: int | None,
              ctx: Context | None = None) -> Change:
    """What moving ``person`` into pairing ``target`` (None: out of any pair) would do."""
    return _move(program, cycle_id, person, target, ctx)[0]


def _move(program: Program, cycle_id: int, person: int, target: int | None,
          ctx: Context | None = None) -> Plan:
    ctx = ctx or context(program, cycle_id)
    return move_plan(ctx, _current(program, cycle_id), person, target)


def plan_swap(program: Program, cycle_id: int, a: int, b: int,
              ctx: Context | None = None) -> Change:
    """What swapping ``a`` and ``b`` between their pairs would do."""
    return _swap(program, cycle_id, a, b, ctx)[0]


def _swap(program: Program, cycle_id: int, a: int, b: int, ctx: Context | None = None) -> Plan:
    ctx = ctx or context(program, cycle_id)
    return swap_plan(ctx, _current(program, cycle_id), a, b)


def plan_pair_up(program: Program, cycle_id: int, a: int, b: int,
                 ctx: Context | None = None) -> Change:
    return _pair_up(program, cycle_id, a, b, ctx)[0]


def _pair_up(program: Program, cycle_id: int, a: int, b: int,
             ctx: Context | None = None) -> Plan:
    ctx = ctx or context(program, cycle_id)
    return pair_up_plan(ctx, _current(program, cycle_id), a, b,
                        published=is_published(program, cycle_id))


def _apply(program: Program, cycle_id: int, planned: Plan) -> Change:
    change, _before, after = planned
    if change.broken:
        raise RuleBroken([Problem("rule", text) for text in change.broken])
    ctx = context(program, cycle_id)
    with program.atomic():
        for g in after:
            if g.id is not None:
                program.db.execute("DELETE FROM pairing_members WHERE pairing_id = ?", [g.id])
            if len(g.members) < 2:
                if g.id is not None:
                    program.db.execute("DELETE FROM pairings WHERE id = ?", [g.id])
                continue
            made = ctx.describe(g.members, hint=g.roles)
            if g.id is None:
                _insert(program, cycle_id, made.members, made.kind, made.roles, made.score,
                        made.reasons, pinned=False, published=g.published)
                continue
            program.db.table("pairings").update(g.id, {
                "kind": made.kind, "score": made.score / 100,
                "reasons": _stored(made.reasons)})
            program.db.table("pairing_members").insert_all(
                {"pairing_id": g.id, "participant_id": m, "role": made.roles.get(m, "peer")}
                for m in made.members)
    return change


def move(program: Program, cycle_id: int, person: int, target: int | None) -> Change:
    """Move someone into another pair (or out of theirs); refused if it breaks a rule."""
    return _apply(program, cycle_id, _move(program, cycle_id, person, target))


def swap(program: Program, cycle_id: int, a: int, b: int) -> Change:
    """Swap two people between their pairs; refused if it breaks a rule."""
    return _apply(program, cycle_id, _swap(program, cycle_id, a, b))


def pair_up(program: Program, cycle_id: int, a: int, b: int) -> Change:
    """Make a new pair of two people who have none."""
    return _apply(program, cycle_id, _pair_up(program, cycle_id, a, b))


def why_not_paired(program: Program, cycle_id: int, a: int, b: int) -> list[str]:
    """Why ``a`` and ``b`` are not a pair this cycle, in sentences a facilitator can repeat:
    the rule that keeps them apart, or what pairing them would do to the others."""
    ctx = context(program, cycle_id)
    na, nb = ctx.names.get(a, f"#{a}"), ctx.names.get(b, f"#{b}")
    if a == b:
        return [_("That is {name} twice: name two people.").format(name=na)]
    groups = _current(program, cycle_id)
    ga = next((g for g in groups if a in g.members), None)
    gb = next((g for g in groups if b in g.members), None)
    if ga is not None and ga is gb:
        score = next(p.score for p in list_pairings(program, cycle_id) if p.id == ga.id)
        return [_("{a} and {b} are paired this cycle (score {score}).").format(
            a=na, b=nb, score=f"{score:g}")]
    absent = [found for found in (ctx.absence(a), ctx.absence(b)) if found is not None]
    out = [text for _, text in absent]
    out += [text for _, text in ctx.rules.broken(a, b, ctx.names)]
    if out:
        return out
    together = ctx.describe([a, b])
    lines = [(_("{a} and {b} may be paired; together they would score {score} ({reasons}).")
              if together.score else
              _("{a} and {b} may be paired; together they would score {score}.")).format(
                  a=na, b=nb, score=f"{together.points:g}", reasons="; ".join(render_all(together.reasons)))]

    def where(person: int, g: CycleGroup | None) -> str:
        name = ctx.names.get(person, f"#{person}")
        if g is None:
            return _("{name} is not paired this cycle.").format(name=name)
        others = [ctx.names.get(m, f"#{m}") for m in g.members if m != person]
        score = ctx.describe(g.members, hint=g.roles).points
        said = (_("{name} is with {others} (pinned): that group scores {score}.") if g.pinned
                else _("{name} is with {others}: that group scores {score}."))
        return said.format(name=name, others=(" " + _("and") + " ").join(others),
                           score=f"{score:g}")

    lines += [where(a, ga), where(b, gb)]
    if ga is not None and gb is not None:
        partner = next(m for m in ga.members if m != a)
        change = plan_swap(program, cycle_id, b, partner, ctx)
        lines.append(_("Pairing them would mean {b} taking {partner}'s place beside {a}, and "
                       "{partner} going to {b}'s group.").format(
                           a=na, b=nb, partner=ctx.names.get(partner, ""))
                     + " " + change.describe())
    elif ga is not None or gb is not None:
        inside, outside = (a, b) if ga is not None else (b, a)
        target = ga if ga is not None else gb
        assert target is not None  # one of the two, by the test above
        change = plan_move(program, cycle_id, outside, target.id, ctx)
        lines.append(_("{outside} could join {inside}'s group.").format(
            outside=ctx.names.get(outside, ""), inside=ctx.names.get(inside, ""))
                     + " " + change.describe())
    else:
        change = plan_pair_up(program, cycle_id, a, b, ctx)
        lines.append(_("Neither is paired: they can be paired by hand.") + " "
                     + change.describe())
    lines.append(_("The pairing gives every new recruit a seasoned buddy first, then makes as "
                   "many pairs as it can, then the best total score."))
    return lines
