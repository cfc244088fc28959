"""Red team, issue 12, more combinations: figures read around other changes than a new
form (attendance marked later, a session deleted, k raised), and the same numbers read
through different views (``figures --json``, ``status --json``, the cycle report, the
charts).

Each test passes when the promise holds and fails when the attack works."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from adversary_world import (
    ANSWERS,
    add_session,
    figures,
    finish,
    new_program,
    ok,
    paper_form,
    present,
    published,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

from disclosure_auditor import Leak, audit
from test_disclosure_auditor import random_program

from peerdesk.core.disclosure import figure_rows
from peerdesk.core.feedback import FeedbackData, book

DEPT = {"Ana Ribeiro": "Sales", "Ben Okafor": "Sales", "Chen Wei": "Sales", "Dora Kim": "Eng",
        "Eli Stone": "Eng", "Fay Lund": "Eng", "Gus Moro": "Eng", "Hana Sato": "Legal",
        "Ivo Pek": "Sales", "Jo Mars": "Eng"}


def _n(rows, measure="forms", session=None):
    return next(r for r in rows if r["measure"] == measure and r["phase"] == "session"
                and r["cycle"] == "Spring" and r["session_id"] == session
                and r.get("department") is None)


@pytest.mark.xfail(strict=True, reason=(
    "Open: attendance is not a batch of forms, so marking it is not checked. Hana's form "
    "(alone at the make-up session) counts nowhere; marking four more people present "
    "there later brings it into the cycle figures, which move by one form."))
def test_marking_attendance_later_does_not_bring_one_form_into_the_figures(tmp_path):
    path = new_program(tmp_path)
    a = add_session(path, "2026-03-04", "Kick-off")
    b = add_session(path, "2026-03-18", "Make-up")
    present(path, a, [x[0] for x in ANSWERS[:7]])
    present(path, b, ["Hana Sato"])
    paper_form(path, b, "Legal", usefulness=1, recommend=2)
    finish(path, b)
    for who, u, r, _c in ANSWERS[:7]:
        paper_form(path, a, DEPT[who], usefulness=u, recommend=r)
    finish(path, a)
    before = figures(path)
    present(path, b, ["Hana Sato", "Ivo Pek", "Jo Mars", "Ana Ribeiro", "Ben Okafor"])
    after = figures(path)
    moved = [(m, _n(before, m)["n"], _n(after, m)["n"]) for m in ("forms", "usefulness")
             if _n(before, m)["n"] is not None and _n(after, m)["n"] is not None
             and 0 < _n(after, m)["n"] - _n(before, m)["n"] < 5]
    assert not moved, f"the cycle figures moved by fewer than 5 forms: {moved}"


@pytest.mark.xfail(strict=True, reason=(
    "Open: deleting a session is not checked like a batch of forms. Its forms leave the "
    "cycle figures at once, and the cycle read before and after the delete gives their "
    "sum (here two forms)."))
def test_deleting_a_small_session_does_not_give_its_forms_away(tmp_path):
    path = new_program(tmp_path)
    a = add_session(path, "2026-03-04", "Kick-off")
    b = add_session(path, "2026-03-18", "Make-up")
    for u in (1, 2):  # two forms, finished first: nothing is shown yet, so they join
        paper_form(path, b, usefulness=u, recommend=0)
    finish(path, b)
    for who, u, r, _c in ANSWERS[:7]:
        paper_form(path, a, DEPT[who], usefulness=u, recommend=r)
    finish(path, a)
    before = figures(path)
    ok("session", "delete", path, b, "--yes")
    after = figures(path)
    b_use, a_use = _n(before, "usefulness"), _n(after, "usefulness")
    assert b_use["n"] is None or a_use["n"] is None or b_use["n"] - a_use["n"] >= 5, (
        f"usefulness, cycle: {b_use['n']} x {b_use['exact']} before, {a_use['n']} x "
        f"{a_use['exact']} after the delete")


def test_the_smallest_group_cannot_be_raised_either_once_feedback_is_stored(tmp_path):
    """Figures shown at k and again at a higher k: every view reads the k in force, so the
    attack needs k to change. It is refused, up as well as down."""
    from peerdesk.core.validation import ValidationError
    from peerdesk.store.program import Program

    path = new_program(tmp_path)
    a = add_session(path, "2026-03-04", "Kick-off")
    for who, u, r, _c in ANSWERS[:7]:
        paper_form(path, a, DEPT[who], usefulness=u, recommend=r)
    finish(path, a)
    with Program.open(path) as program:
        for k in (3, 6, 9):
            with pytest.raises(ValidationError, match="stays at 5"):
                program.set_setting("min_group_size", k)
        program.set_setting("min_group_size", 5)  # the same: fine


def test_why_k_stays_figures_at_two_sizes_combine():
    """The reason for the test above, kept honest: if the figures shown at k and at k+1 or
    k+2 together never gave anything away, k could be raised again. They do."""
    failures = 0
    for seed in range(30):
        data = random_program(30_000 + seed)
        k = max(3, data.min_group_size)
        union: dict = {}
        for at in (k, k + 1, k + 2):
            raised = FeedbackData(data.cycles, data.sessions, data.questions, data.responses,
                                  data.attendance, data.pairings, data.people, at)
            for row in figure_rows(book(raised)):
                key = (row["measure"], row["phase"], row["cycle_id"], row["session_id"],
                       row.get("department"), row.get("skill"))
                if row["value"] is not None or key not in union:
                    union[key] = row
        try:
            audit(data, {"min_group_size": k, "figures": list(union.values())})
        except Leak:
            failures += 1
    assert failures > 0


def test_status_json_says_no_count_the_figures_withhold(tmp_path):
    """`status --json`, `figures --json` and `check --json`: a count withheld in one is
    withheld in all (a session with 3 forms at k=5)."""
    path = new_program(tmp_path)
    a = add_session(path, "2026-03-04", "Kick-off")
    b = add_session(path, "2026-03-11", "Second")
    present(path, a, [x[0] for x in ANSWERS[:7]])
    present(path, b, [x[0] for x in ANSWERS[:7]])
    for u in (4, 5, 3):
        paper_form(path, b, usefulness=u, recommend=9)
    finish(path, b)
    rows = published(path)["figures"]
    assert _n(rows, session=b)["n"] is None
    status = ok("status", path, "--json").out
    check = json.loads(ok("check", path, "--json").out)
    assert check["feedback_forms"]["n"] is None
    step = next(s for s in json.loads(status)["steps"] if s["title"] == "Collect feedback")
    text = json.dumps(step)
    assert "3 form" not in text and "3 of 7" not in text, text
