"""Red team, issue 12: people-list changes read beside the figures before them.

Which departments are small (fewer than k people: never shown on their own, nor as
having no forms) comes from the participant list. So adding a person, removing one, or
moving one to another department changes the figures without any form moving. A reader
who kept the figures from before the change and reads them again after holds both:
the auditor (``tests/core/disclosure_auditor.audit_change``) takes them together, over
random programs. Such a change passes the same check as forms moving
(``peerdesk.store.feedback_gate.people_change``): refused when the figures before and
after, beside every earlier reading, would give answers away. Random programs:
PEERDESK_CHANGE_SEEDS (default 30)."""

from __future__ import annotations

import copy
import os
import random

import pytest
from adversary_world import (
    PEOPLE,
    add_session,
    cli,
    finish,
    new_program,
    paper_form,
    present,
    published,
)
from disclosure_auditor import Leak
from test_adv_changes import _audit, _with
from test_disclosure_auditor import random_program

from peerdesk.core.disclosure_history import check_change, first_reading
from peerdesk.core.models import Participant
from peerdesk.store.feedback import load_feedback_data
from peerdesk.store.program import Program

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


def _run(gated: bool) -> tuple[int, int, list[str]]:
    done = refused = 0
    leaks: list[str] = []
    for seed in range(SEEDS):
        data = random_program(50_000 + seed)
        rng = random.Random(seed)
        for _ in range(3):
            before, after, forms = _people_step(data, rng)
            if gated and check_change(first_reading(before), before, after, forms).why:
                refused += 1  # refused: the list stays as it was
                continue
            try:
                _audit((before, after, forms))
            except Leak as exc:
                leaks.append(f"seed {50_000 + seed}: {exc}")
            done += 1
    return done, refused, leaks


def test_every_people_list_change_the_rule_allows_passes_the_auditor():
    done, refused, leaks = _run(gated=True)
    assert not leaks, leaks[:3]
    assert done > SEEDS and refused > 0


def test_without_the_check_a_people_list_change_gives_answers_away():
    """The attack works where the change is not checked, so the test above can fail."""
    _done, _refused, leaks = _run(gated=False)
    assert leaks


def test_a_person_added_to_a_small_department_is_refused_when_it_would_tell(tmp_path):
    """Sales has 4 people (k=5): never shown on its own. One more person would make it
    5, and 'Sales' read after beside 'all' and 'Eng' read before would single out the
    one Legal form. The change is refused in plain words and the figures stay."""
    path = new_program(tmp_path)
    s1 = add_session(path, "2026-03-04", "Kick-off")
    present(path, s1, [p[0] for p in PEOPLE])
    for department, n in (("Eng", 5), ("Sales", 5), ("Legal", 1)):
        for i in range(n):
            paper_form(path, s1, department=department, usefulness=1 + (i * 3 + n) % 5,
                       recommend=i + 3)
    finish(path, s1)
    before_rows = published(path)
    with Program.open(path) as program:
        before = load_feedback_data(program)
    said = cli("participant", "add", path, "--name", "Kai New", "--email", "kai@acme.example",
               "--department", "Sales")
    assert said.code != 0 and "participant list was not changed" in said.err, said
    assert published(path) == before_rows
    # and the change, had it been made, gives an answer away
    people = [*before.people, Participant(name="Kai New", department="Sales", id=999)]
    after = _with(before, people=people)
    with pytest.raises(Leak):
        _audit((before, after, [(r, r) for r in before.responses]))
