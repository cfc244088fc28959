"""The pairing engine: who learns with whom this cycle, optimal and explained.

What it optimises, level by level (each level decided before the next is looked at):

1. new recruits with a seasoned buddy, most first;
2. pairs made, most first: each recruit with their buddy counts as one, as does each
   peer pair and each trio;
3. people placed in trios (an odd person joining a pair where the rules allow);
4. the total score: every link of every group (a buddy with each recruit, a trio's
   three links; recruits sharing a buddy are not a link).

Levels 1, 2 and 4 over pairs are one maximum-weight matching
(:mod:`peerdesk.core.matching`) on everyone at once: a recruit-buddy pair is worth a
constant above any count of pairs, each pair a constant above any total, plus its
score. Buddies and peers are thus chosen together: a tie between two buddies is
settled by what each leaves for everyone else. A buddy who may take several recruits
appears once per recruit; the rare result the rules forbid (recruits sharing a buddy
who may not be together, a buddy also in a peer pair) is repaired and then no longer
counts as proven unless it still meets the bound. People left over then join pairs by
an exact assignment (most placed, then the best gain).

``Result.exact`` is True only when the whole is proven: the matching meets its
relaxation's bound and no repair was needed, and no other choice could place more
people in trios or score more by them. Otherwise ``Result.bound`` is an upper bound
on the total of any pairing as good on the earlier levels, and the gap is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from peerdesk.core.joint import Core
from peerdesk.core.models import Participant
from peerdesk.core.rules import CHAIN, EXCLUSION, HISTORY, Context, Group, Options, Rules
from peerdesk.core.scoring import points, score_matrix
from peerdesk.core.tenure import NEW, SEASONED
from peerdesk.i18n import _, format_number, format_percent

__all__ = ["PairingCancelled", "Result", "Unpaired", "check_result", "generate", "missing_skills",
           "proof_words"]

Progress = Callable[[int, int, str], object]


class PairingCancelled(Exception):
    """The user stopped the run; nothing was changed."""


@dataclass(slots=True)
class Unpaired:
    id: int
    reason: str


@dataclass(slots=True)
class Result:
    groups: list[Group]
    unpaired: list[Unpaired]
    total: int  # hundredths
    bound: int | None  # proven upper bound in hundredths (None for the greedy baseline)
    exact: bool
    method: str = "optimal"
    notes: list[str] = field(default_factory=list)
    unproven: str = ""  # the level not proven optimal, in words ("" when exact)

    @property
    def total_points(self) -> float:
        return points(self.total)

    @property
    def bound_points(self) -> float | None:
        return None if self.bound is None else points(self.bound)


def missing_skills(ctx: Context) -> str:
    """Who has no skills entered, and what that does to the pairing, in words ("" if none)."""
    pool = ctx.eligible()
    bare = [pid for pid in pool if not ctx.people[pid].skills]
    if not bare or not pool:
        return ""
    who = (_("1 person has no skills entered.") if len(bare) == 1 else
           _("{n} of the {pool} people have no skills entered.").format(n=len(bare),
                                                                       pool=len(pool)))
    return who + " " + _("Their pairs are scored only on department, tenure, office and "
                         "times, so many of them score the same and which one is chosen looks "
                         "arbitrary. Ask them what they could teach and want to learn (the "
                         "intake questions), then generate again.")


def proof_words(result: Result, total: float | None = None) -> str:
    """What the run proved, in words, for the window and the command line.

    ``total`` is the total shown now (in points), which a hand change may have moved
    away from the run's: "optimal" is said only of the run's own, proven, total."""
    bound = result.bound_points
    if bound is None:
        return _("not checked against a bound (the quick method)")
    shown = result.total_points if total is None else total
    if result.exact and abs(shown - bound) < 1e-9:
        return _("optimal: no other pairing covers more recruits, makes more pairs, or scores "
                 "more")
    gap = max(0.0, round(bound - shown, 2))
    head = _("not proven optimal")
    if abs(shown - result.total_points) > 1e-9:
        head = _("changed by hand since it was generated")
    elif result.unproven:
        head = _("not proven optimal (the {level} is not proven best)").format(
            level=_(result.unproven))
    share = f", {format_percent(gap / bound, 1)}" if bound else ""
    return _("{head}: at most {bound} is possible, a gap of {gap}").format(
        head=head, bound=format_number(bound), gap=format_number(gap)) + share


def _tick(progress: Progress | None, done: int, total: int, text: str) -> None:
    if progress is not None and progress(done, total, text) is False:
        raise PairingCancelled(_("Pairing was cancelled."))


def generate(people: Iterable[Participant], rules: Rules, options: Options | None = None,
             pins: Iterable[Sequence[int]] = (), progress: Progress | None = None,
             pin_roles: dict[tuple[int, ...], dict[int, str]] | None = None) -> Result:
    """Pair a cycle's participants; pinned groups are kept exactly as they are.

    ``pin_roles`` may give a pinned group's roles (keyed by its member tuple), so a
    pinned buddy group stays one."""
    pin_roles = pin_roles or {}
    ctx = Context(people, rules, options)
    opts = ctx.options
    greedy = opts.method == "greedy"
    steps = 4
    _tick(progress, 0, steps, _("Scoring every possible pair"))
    notes: list[str] = []
    groups: list[Group] = []
    placed: set[int] = set()
    pinned_with: dict[int, list[int]] = {}
    for pin in pins:
        wanted = list(dict.fromkeys(pin))
        gone = [m for m in wanted if m not in ctx.people or ctx.people[m].archived]
        taken = [m for m in wanted if m in placed]
        keep = [m for m in wanted if m not in gone and m not in taken]
        if len(keep) < 2:
            names = ", ".join(ctx.names.get(m, f"#{m}") for m in wanted)
            if taken:
                why = "; ".join(
                    _("{name} is already pinned with {others}").format(
                        name=ctx.names[m],
                        others=", ".join(ctx.names[o] for o in pinned_with[m] if o != m))
                    for m in taken)
                notes.append(_("The pinned group {names} was released: {why}.").format(
                    names=names, why=why))
            else:
                notes.append(_("The pinned group {names} was released: fewer than two of them "
                               "are still in the program.").format(names=names))
            continue
        groups.append(ctx.describe(keep, pinned=True, hint=pin_roles.get(tuple(pin))))
        placed.update(keep)
        broken = [text for rule, text in ctx.violations(keep, pin_roles.get(tuple(pin)))
                  if rule in (CHAIN, HISTORY, EXCLUSION)]
        if broken:
            notes.append(_("The pinned group {names} is kept although it breaks a rule: "
                           "{rules}").format(names=", ".join(ctx.names[m] for m in keep),
                                             rules=" ".join(broken)))
        for m in keep:
            pinned_with[m] = keep
    pool = [pid for pid in ctx.eligible() if pid not in placed]
    def check() -> None:
        _tick(progress, 1, steps, _("Scoring every possible pair"))

    scores = score_matrix([ctx.profile(pid) for pid in pool], opts.weights,
                          check if progress is not None else None)
    allowed = rules.allowed_matrix(pool)
    _tick(progress, 1, steps, _("Pairing new recruits with buddies, and everyone else"))
    is_new = np.array([ctx.bands[pid] == NEW for pid in pool], dtype=bool)
    caps = np.array([ctx.capacity(pid) if ctx.bands[pid] == SEASONED else 0 for pid in pool],
                    dtype=np.int64)
    core = Core(scores, allowed, is_new, caps,
                 (lambda: _tick(progress, 1, steps, _("Pairing new recruits with buddies, and "
                                "everyone else"))) if progress is not None else None)
    core.solve(greedy, opts.exact_edges)
    _tick(progress, 2, steps, _("Placing anyone left over"))
    unpaired_idx, trio_gain, trio_bound = core.trios(greedy)
    _tick(progress, 3, steps, _("Explaining each pair"))
    for g, roles in core.groups():
        ids = [pool[i] for i in g]
        groups.append(ctx.describe(ids, hint={pool[i]: r for i, r in roles.items()}))
    unpaired = [Unpaired(pid, ctx.unpaired_reason(pid, pool)) for pid in
                sorted((pool[i] for i in unpaired_idx), key=lambda p: ctx.names[p].lower())]
    unpaired += [Unpaired(pid, ctx.unpaired_reason(pid, pool)) for pid in sorted(ctx.people)
                 if pid not in placed and ctx.absence(pid) is not None
                 and not ctx.people[pid].archived]
    total = sum(g.score for g in groups)
    bound = None
    exact = False
    unproven = ""
    if not greedy:
        bound = total + (core.score_bound - core.score) + (trio_bound - trio_gain)
        exact, unproven = core.proof(trio_gain, trio_bound)
        if not exact and bound <= total:
            bound = total + 1  # not proven on an earlier level: never shown as optimal
    _tick(progress, steps, steps, _("Done"))
    return Result(groups=groups, unpaired=unpaired, total=total, bound=bound, exact=exact,
                  method=opts.method, notes=notes, unproven=unproven)


def check_result(ctx: Context, result: Result) -> list[str]:
    """Every hard rule a result breaks (pinned groups excepted); empty when all is well."""
    problems = []
    seen: set[int] = set()
    for g in result.groups:
        if seen & set(g.members):
            problems.append(_("{members} shares a person with another group").format(
                members=g.members))
        seen.update(g.members)
        if not g.pinned:
            problems.extend(text for _, text in ctx.violations(g.members))
    return problems
