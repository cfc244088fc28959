"""Red team, issue 12: people-list changes read beside the figures before them.

Which departments are small (fewer than k people: never shown on their own, nor as
having no forms) comes from the participant list. So adding a person, removing one, or
moving one to another department changes the figures without any form moving. A reader
who kept the figures from before the change and reads them again after holds both:
the auditor (``tests/core/disclosure_auditor.audit_change``) takes them together, over
random programs. Random programs: PEERDESK_CHANGE_SEEDS (default 30)."""

from __future__ import annotations

import copy
import os
import random

import pytest
from disclosure_auditor import Leak
from test_adv_changes import _audit, _with
from test_disclosure_auditor import random_program

from peerdesk.core.models import Participant

SEEDS = int(os.environ.get("PEERDESK_CHANGE_SEEDS", "30"))


def _people_step(data, rng: random.Random):
    """One person moved to another department, removed, or added (forms stay put)."""
    people = list(data.people)
    departments = sorted({p.department for p in people if p.department} | {"Newdept"})
    what = rng.choice(["move", "remove", "add"])
    if what == "move" and people:
        i = rng.randrange(len(people))
        moved = copy.copy(people[i])
        moved.department = rng.choice([d for d in departments if d != moved.department])
        people[i] = moved
    elif what == "remove" and people:
        people.pop(rng.randrange(len(people)))
    else:
        people.append(Participant(name="New Person", email="new@acme.example",
                                  department=rng.choice(departments), id=10_000))
    return data, _with(data, people=people), [(r, r) for r in data.responses]


def _leaks() -> tuple[int, list[str]]:
    done, leaks = 0, []
    for seed in range(SEEDS):
        data = random_program(50_000 + seed)
        rng = random.Random(seed)
        for _ in range(3):
            try:
                _audit(_people_step(data, rng))
            except Leak as exc:
                leaks.append(f"seed {50_000 + seed}: {exc}")
            done += 1
    return done, leaks


@pytest.mark.xfail(strict=True, reason=(
    "Open (issue 12, point 3): a people-list change is not checked. Measured: 6 of 90 random "
    "changes (PEERDESK_CHANGE_SEEDS=30) let a department figure withheld at one moment "
    "(a department of fewer than k people) be worked out from the figures shown at the "
    "other; the fix is to pass the change through "
    "peerdesk.core.disclosure_history.check_change (forms as they are, the people before "
    "and after) in store/participants.py and store/people_import.py, refusing it or "
    "withholding the department until safe."))
def test_people_list_changes_read_beside_the_figures_before_them():
    done, leaks = _leaks()
    print(f"{done} changes, {len(leaks)} leaks", leaks[:3])
    assert not leaks, leaks[:3]
