"""Issue 12, the demo a new user opens first: typing the paper forms of one of the
current cycle's sessions joins the figures when that gives nothing away, and a single
form still waits. (The rule once hid a department beside another only until forms
without a department arrived, so every batch of such forms flipped which figures were
withheld and had to wait; forms without a department no longer count as that second
hidden part.)"""

from __future__ import annotations

import pytest

from peerdesk.store.feedback import (
    FormsWait,
    PaperForm,
    add_paper_form,
    close_feedback,
    forms_in_figures,
    list_sessions,
)
from peerdesk.store.program import Program


def _current_cycle_sessions(program: Program) -> tuple[int, list[int]]:
    sessions = list_sessions(program)
    cycle = max(s.cycle_id for s in sessions)
    return cycle, [s.id for s in sessions if s.cycle_id == cycle]


def _type(program: Program, cycle: int, session: int, n: int) -> None:
    for i in range(n):
        add_paper_form(program, PaperForm(cycle, {"usefulness": str(1 + i % 5)}, session))


@pytest.mark.parametrize("which", [0, 2])  # held sessions: their feedback is closed
def test_a_held_session_of_the_demo_takes_no_more_forms(demo_copy, which):
    from peerdesk.store.feedback import FeedbackClosed

    path = demo_copy
    program = Program.open(path)
    cycle, sessions = _current_cycle_sessions(program)
    before = forms_in_figures(program, cycle)
    with pytest.raises(FeedbackClosed):
        _type(program, cycle, sessions[which], 1)
    assert forms_in_figures(program, cycle) == before
    program.close()


@pytest.mark.parametrize("which", [3, -1])  # sessions ahead: their feedback is open
def test_ten_forms_typed_for_a_session_of_the_demo_join(demo_copy, which):
    path = demo_copy
    program = Program.open(path)
    cycle, sessions = _current_cycle_sessions(program)
    before, _ = forms_in_figures(program, cycle)
    _type(program, cycle, sessions[which], 10)
    assert len(close_feedback(program, cycle, sessions[which], "session").ids) == 10
    after, _ = forms_in_figures(program, cycle)
    assert before is not None and after == before + 10
    program.close()


def test_one_form_typed_for_a_session_of_the_demo_still_waits(demo_copy):
    path = demo_copy
    program = Program.open(path)
    cycle, sessions = _current_cycle_sessions(program)
    before = forms_in_figures(program, cycle)
    _type(program, cycle, sessions[-1], 1)
    with pytest.raises(FormsWait):
        close_feedback(program, cycle, sessions[-1], "session")
    assert forms_in_figures(program, cycle) == before
    program.close()
