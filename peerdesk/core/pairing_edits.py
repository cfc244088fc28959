"""Changes by hand to a cycle's groups: what a move, a swap or a new pair would do.

Each change is planned on the cycle's groups as they are (read by
:mod:`peerdesk.store.pairings`, which hands them here: this module reads no file), before
anything is written: the groups it touches are
scored as they would become and checked against the hard rules, so a change that
breaks one is refused with the rule named, and one that is allowed says what it does
to the total score. Writing a planned change is :func:`peerdesk.store.pairings.move`
and its siblings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from peerdesk.core.rules import Context
from peerdesk.core.scoring import format_points
from peerdesk.i18n import _, ngettext


@dataclass(slots=True)
class Change:
    """What a move or swap would do, before (or after) it is made."""

    delta: int = 0  # change of the total score, in hundredths
    groups: list[list[int]] = field(default_factory=list)  # the groups it touches, after
    broken: list[str] = field(default_factory=list)  # rules it breaks (then it is refused)
    warnings: list[str] = field(default_factory=list)  # allowed, but worth asking first

    @property
    def allowed(self) -> bool:
        return not self.broken

    def describe(self) -> str:
        if self.broken:
            return " ".join(self.broken)
        if self.delta < 0:
            score = _("The total score drops by {points}.").format(
                points=format_points(-self.delta, sign=False))
        elif self.delta > 0:
            score = _("The total score rises by {points}.").format(
                points=format_points(self.delta, sign=False))
        else:
            score = _("The total score stays the same.")
        return " ".join([*self.warnings, score])


@dataclass(slots=True)
class CycleGroup:
    """One group of a cycle as stored; ``id`` is None for a group not written yet."""

    id: int | None
    members: list[int]
    roles: dict[int, str]
    pinned: bool = False
    published: bool = False


class Plan(NamedTuple):
    """A planned change: what it does, the groups it touches as they are, and as they become."""

    change: Change
    before: list[CycleGroup]
    after: list[CycleGroup]


def _find(groups: list[CycleGroup], person: int) -> CycleGroup | None:
    return next((g for g in groups if person in g.members), None)


def _names(ctx: Context, members: Sequence[int]) -> str:
    return " & ".join(ctx.names.get(m, f"#{m}") for m in members)


def _plan(ctx: Context, before: list[CycleGroup], after: list[CycleGroup]) -> Change:
    """Score and check the groups a change touches, as they would become."""
    change = Change()
    for g in before:
        if g.pinned:
            change.broken.append(_("{names} is pinned: unpin it first (rule: pinned pairs are "
                                   "kept as they are).").format(names=_names(ctx, g.members)))
        if len(g.members) >= 2:
            change.delta -= ctx.describe(g.members, hint=g.roles).score
    for g in after:
        if len(g.members) >= 2:
            change.delta += ctx.describe(g.members, hint=g.roles).score
            change.broken.extend(text for _, text in ctx.violations(g.members, g.roles))
            change.groups.append(list(g.members))
    change.broken = list(dict.fromkeys(change.broken))
    had = _with_buddy(ctx, before)
    kept = _with_buddy(ctx, after)
    for recruit in sorted(had.keys() - kept.keys(), key=lambda m: ctx.names.get(m, "")):
        change.warnings.append(_("{recruit} (a new recruit) loses the seasoned buddy {buddy} "
                                 "and would have none.").format(
                                     recruit=ctx.names.get(recruit, f"#{recruit}"),
                                     buddy=ctx.names.get(had[recruit], "")))
    return change


def _with_buddy(ctx: Context, groups: list[CycleGroup]) -> dict[int, int]:
    """New recruits who have a seasoned buddy in these groups: recruit -> buddy."""
    out = {}
    for g in groups:
        if len(g.members) < 2:
            continue
        kind, roles = ctx.kind_of(g.members, g.roles)
        if kind == "buddy":
            buddy = next(m for m, r in roles.items() if r == "buddy")
            out.update({m: buddy for m, r in roles.items() if r == "recruit"})
    return out


def _without(g: CycleGroup, person: int) -> CycleGroup:
    return CycleGroup(g.id, [m for m in g.members if m != person],
                      {m: r for m, r in g.roles.items() if m != person}, g.pinned, g.published)


def _with(g: CycleGroup, person: int, role: str | None = None) -> CycleGroup:
    member_roles = dict(g.roles)
    if role is not None:
        member_roles[person] = role
    return CycleGroup(g.id, [*g.members, person], member_roles, g.pinned, g.published)


def _refused(message: str) -> Plan:
    return Plan(Change(broken=[message]), [], [])


def move_plan(ctx: Context, groups: list[CycleGroup], person: int, target: int | None) -> Plan:
    """Moving ``person`` into the group with id ``target`` (None: out of any group)."""
    source = _find(groups, person)
    dest = next((g for g in groups if g.id == target), None) if target is not None else None
    name = ctx.names.get(person, f"#{person}")
    if target is not None and dest is None:
        return _refused(_("That pair no longer exists."))
    if source is not None and dest is not None and source.id == dest.id:
        return _refused(_("{name} is already in that pair.").format(name=name))
    if source is None and dest is None:
        return _refused(_("{name} is not in a pair.").format(name=name))
    before = [g for g in (source, dest) if g is not None]
    after = []
    if source is not None:
        after.append(_without(source, person))
    if dest is not None:
        after.append(_with(dest, person))
    return Plan(_plan(ctx, before, after), before, after)


def swap_plan(ctx: Context, groups: list[CycleGroup], a: int, b: int) -> Plan:
    """Swapping ``a`` and ``b`` between their groups; each takes the other's role."""
    ga, gb = _find(groups, a), _find(groups, b)
    if ga is None and gb is None:
        return _refused(_("Neither of them is in a pair: pair them up instead."))
    if ga is not None and gb is not None and ga.id == gb.id:
        return _refused(_("{names} are already in the same pair.").format(
            names=_names(ctx, [a, b])))
    before = [g for g in (ga, gb) if g is not None]
    after = []
    if ga is not None:
        after.append(_with(_without(ga, a), b, ga.roles.get(a)))
    if gb is not None:
        after.append(_with(_without(gb, b), a, gb.roles.get(b)))
    return Plan(_plan(ctx, before, after), before, after)


def pair_up_plan(ctx: Context, groups: list[CycleGroup], a: int, b: int,
                 published: bool) -> Plan:
    """A new pair of two people who are in no group (published with the cycle's pairs)."""
    taken = [m for m in (a, b) if _find(groups, m) is not None]
    if a == b:
        return _refused(_("Choose two different people."))
    if taken:
        return _refused(ngettext("{names} is already in a pair: move them instead.",
                                 "{names} are already in a pair: move them instead.",
                                 len(taken)).format(names=_names(ctx, taken)))
    after = [CycleGroup(None, [a, b], {}, False, published)]
    return Plan(_plan(ctx, [], after), [], after)
