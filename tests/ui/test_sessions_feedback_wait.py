"""The Sessions tab says, in plain words, when marking attendance makes a session's
feedback forms wait (issue 12: attendance is checked like a batch of forms)."""

from datetime import date

import pytest

from peerdesk.store import attendance as attendance_store
from peerdesk.store import feedback as feedback_store
from peerdesk.store import sessions as store
from peerdesk.store.cycles import list_cycles
from peerdesk.store.feedback_gate import waiting_in

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot, answers, tmp_path):
    from peerdesk.store import demo
    from peerdesk.store.program import Program
    from peerdesk.ui.context import ProgramContext
    from peerdesk.ui.sessions import SessionsTab

    program = Program.create(tmp_path / "demo.peerdesk")
    demo.populate(program)
    ctx = ProgramContext()
    tab = SessionsTab(ctx)
    qtbot.addWidget(tab)
    ctx.set_program(program)
    tab.resize(1200, 800)
    tab.show()
    yield tab
    ctx.set_program(None)


def test_a_lone_attendees_form_waits_when_more_are_marked_present(tab, answers):
    program = tab.ctx.program
    cycle = list_cycles(program)[-1]
    session = store.new_session(program, cycle.id, date=date(2020, 1, 8), start_time="15:00",
                                minutes=60, title="Make-up")
    sid = store.add_session(program, session)
    people = [p.id for p in store.invitees(program, sid)]
    attendance_store.set_attendance(program, sid, {people[0]: "present"})
    feedback_store.add_paper_form(program, feedback_store.PaperForm(
        cycle.id, {"usefulness": "2"}, sid))
    feedback_store.close_feedback(program, cycle.id, sid, "session")  # counts nowhere yet
    before = feedback_store.forms_in_figures(program, cycle.id)

    tab.ctx.notify("sessions")  # made outside the window: as if it had just been opened
    tab.select_session(sid)
    pane = tab.session_pane
    assert "wait" not in pane.attendance_summary.text()
    pane.mark_rest_present()
    assert answers.infos and answers.infos[-1][0] == "Feedback forms wait"
    assert "would give their answers away" in answers.infos[-1][1]
    assert waiting_in(program, sid)
    assert "feedback forms wait to join the figures" in pane.attendance_summary.text()
    assert feedback_store.forms_in_figures(program, cycle.id) == before
    assert not feedback_store.list_forms(program, cycle.id, sid)  # not back in the grid


def test_a_delete_that_would_give_answers_away_is_refused_in_plain_words(tab, answers):
    program = tab.ctx.program
    first = store.list_sessions(program, list_cycles(program)[0].id)[0]
    before = feedback_store.forms_in_figures(program, None)
    answers.confirm = True
    tab.select_session(first.id)
    tab.act_delete.trigger()
    assert answers.errors and answers.errors[-1][0] == "Session not deleted"
    assert "gives answers away" in answers.errors[-1][1]
    assert store.get_session(program, first.id).title == first.title
    assert feedback_store.forms_in_figures(program, None) == before
    assert not tab.ctx.undo_stack.canUndo()  # nothing to undo: nothing happened
