"""Changes by hand to a cycle's pairs (move one person, swap two, pair up two), planned in
:mod:`peerdesk.core.pairing_edits`, checked against the hard rules first and refused with
the rule named; and why two people are not a pair, in sentences."""

from __future__ import annotations

from peerdesk.core.models import stored_id
from peerdesk.core.pairing_edits import (
    Change,
    CycleGroup,
    Plan,
    move_plan,
    pair_up_plan,
    swap_plan,
)
from peerdesk.core.reasons import render_all
from peerdesk.core.rules import Context
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import _
from peerdesk.store.pairing_context import context
from peerdesk.store.pairing_rows import (
    insert_group,
    is_published,
    list_pairings,
    roles,
    stored_reasons,
)
from peerdesk.store.program import Program


class RuleBroken(ValidationError):
    """A hand-made change that breaks a hard rule; the message names the rule."""



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
                insert_group(program, cycle_id, made.members, made.kind, made.roles, made.score,
                             made.reasons, pinned=False, published=g.published)
                continue
            program.db.table("pairings").update(g.id, {
                "kind": made.kind, "score": made.score / 100,
                "reasons": stored_reasons(made.reasons)})
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
