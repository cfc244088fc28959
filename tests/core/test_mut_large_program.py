"""A program above the dense limit (core/joint.py's sparse path and its bound), checked
from the outside: everyone placed once, no group breaking a rule, the score the sum of
the groups', and the bound above every pairing found, the quick method's included."""

from __future__ import annotations

import pytest

from peerdesk.core.joint import DENSE_LIMIT
from peerdesk.core.pairing import generate
from peerdesk.core.rules import Context, Options
from tests.benchmarks.synthetic import company


@pytest.mark.parametrize(("size", "seed"), [(DENSE_LIMIT + 20, 2), (DENSE_LIMIT + 60, 5)])
def test_a_large_program_is_paired_within_the_rules_under_its_bound(size, seed):
    comp = company(size, seed)
    rules = comp.rules()
    options = Options(today=comp.today)
    result = generate(comp.people, rules, options)
    quick = generate(comp.people, rules, Options(today=comp.today, method="greedy"))
    ctx = Context(comp.people, rules, options)
    placed = [m for g in result.groups for m in g.members]
    assert len(placed) == len(set(placed))
    assert set(placed) <= set(ctx.eligible())
    waiting = {u.id for u in result.unpaired}
    assert set(ctx.eligible()) - set(placed) <= waiting
    for g in result.groups:
        assert ctx.violations(g.members, g.roles) == [], g.members
        assert len(g.members) >= 2
        assert g.score == ctx.describe(g.members, hint=g.roles).score
    assert result.total == sum(g.score for g in result.groups)
    assert result.bound is not None and not result.exact
    assert result.bound >= result.total and result.bound >= quick.total
    # the run does at least as well as the quick method on people placed
    assert len(placed) >= len({m for g in quick.groups for m in g.members}) - 2
