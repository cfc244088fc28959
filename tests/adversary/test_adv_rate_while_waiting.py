"""Issue 12: the response rate while forms wait.

Forms of a session that wait to join the figures (typed and not finished, or held back
because joining them would give them away) are counted in no figure, but the people
recorded present there are known to all. Counting those people while their forms are
left out makes the rate dip for no reason. The rate leaves out the people of a session
whose forms all wait (no counted form there), so it says forms returned over people
present at sessions whose forms count, and it is computed only from what is shown
anyway (the shown forms figure, the attendance, and that a session's forms wait, which
the Sessions tab and ``peerdesk sessions`` say)."""

from __future__ import annotations

from fractions import Fraction

from adversary_world import (
    PEOPLE,
    add_session,
    cli,
    find,
    finish,
    paper_form,
    present,
    published,
    six_forms_in_a_session,
)

EVERYONE = [p[0] for p in PEOPLE]


def test_the_rate_does_not_dip_while_a_sessions_forms_wait(tmp_path):
    path, _s1 = six_forms_in_a_session(tmp_path)
    rate = find(published(path)["figures"], "response_rate", cycle="Spring")
    assert Fraction(rate["exact"]) == Fraction(6, 10)
    s2 = add_session(path, "2026-03-11", "Second")
    present(path, s2, EVERYONE)
    for i in range(2):  # two forms: too few to join, they wait
        paper_form(path, s2, usefulness=3, recommend=8 - i)
    said = cli("feedback", "finish", path, "--session", s2)
    assert "wait" in (said.out + said.err).lower(), said
    rows = published(path)["figures"]
    assert find(rows, "forms", cycle="Spring")["value"] == 6
    rate = find(rows, "response_rate", cycle="Spring")
    assert Fraction(rate["exact"]) == Fraction(6, 10), rate  # not 6 of 20
    assert find(rows, "response_rate", s2, cycle="Spring")["value"] is None
    # once enough forms join, the session's people count again
    for i in range(4):
        paper_form(path, s2, usefulness=4, recommend=9 - i)
    finish(path, s2)
    rows = published(path)["figures"]
    assert Fraction(find(rows, "response_rate", cycle="Spring")["exact"]) == Fraction(12, 20)
