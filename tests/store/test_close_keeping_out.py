"""A session whose few forms the rule holds back, and that will get no more (two answers
at a session that is over): Close Feedback can close it with its forms kept out of every
figure. Nothing joins, so no figure, no count and nothing of the figures' history
changes; the session takes no more forms; undo opens it again as it was. STORY step 10:
"One session had only two answers: it says 'too few responses' ... the cycle total leaves
them out"."""

from __future__ import annotations

import json

import pytest

from peerdesk.__main__ import main
from peerdesk.store import feedback as store
from peerdesk.store.program import Program
from peerdesk.store.sessions import list_sessions


def _open_session(program) -> tuple[int, int]:
    cycle_id = max(c for (c,) in program.db.execute("SELECT id FROM cycles"))
    session_id = next(s.id for s in list_sessions(program, cycle_id)
                      if store.feedback_state(program, cycle_id, s.id, "session") == store.OPEN)
    return cycle_id, session_id


def _two_forms(program, cycle_id, session_id) -> None:
    for usefulness, recommend in (("1", "2"), ("5", "10")):
        store.add_paper_form(program, store.PaperForm(
            cycle_id, {"usefulness": usefulness, "recommend": recommend}, session_id))


def _everything(program) -> list:
    """What the figures and their history are made of: counted forms and the history."""
    return [program.db.execute("SELECT id, draft FROM feedback_responses WHERE draft = 0 "
                               "ORDER BY id").fetchall()] + [
        program.db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in ("disclosure_classes", "disclosure_facts", "disclosure_readings")]


def _figures(path, capsys) -> list:
    assert main(["figures", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def two(demo_copy):
    program = Program.open(demo_copy)
    cycle_id, session_id = _open_session(program)
    _two_forms(program, cycle_id, session_id)
    yield program, cycle_id, session_id
    program.close()


def test_two_forms_wait_then_close_kept_out_and_nothing_shown_changes(two, capsys):
    program, cycle_id, session_id = two
    with pytest.raises(store.FormsWait):
        store.close_feedback(program, cycle_id, session_id, "session")
    assert store.departments_to_leave_out(program, cycle_id, session_id, "session") is None
    before, shown = _everything(program), _figures(program.path, capsys)
    closed = store.close_keeping_out(program, cycle_id, session_id, "session")
    assert len(closed.ids) == 2
    assert store.feedback_state(program, cycle_id, session_id, "session") == store.CLOSED
    assert store.kept_out(program, cycle_id, session_id, "session")
    assert _everything(program) == before and _figures(program.path, capsys) == shown
    with pytest.raises(store.FeedbackClosed):  # the session takes no more forms
        store.add_paper_form(program, store.PaperForm(cycle_id, {"usefulness": "3"}, session_id))
    store.undo_keeping_out(program, closed)
    assert store.feedback_state(program, cycle_id, session_id, "session") == store.OPEN
    assert not store.kept_out(program, cycle_id, session_id, "session")
    assert sorted(store.open_forms(program, cycle_id, session_id, "session")) == closed.ids
    store.add_paper_form(program, store.PaperForm(cycle_id, {"usefulness": "3"}, session_id))


def test_a_session_an_undo_reopened_cannot_be_kept_out(demo_copy):
    """Its forms counted before: leaving the figures would be a change to check, so only
    Redo closes it again."""
    program = Program.open(demo_copy)
    cycle_id, session_id = _open_session(program)
    for i in range(8):
        store.add_paper_form(program, store.PaperForm(
            cycle_id, {"usefulness": str(1 + i % 5)}, session_id))
    closed = store.close_feedback(program, cycle_id, session_id, "session")
    store.reopen_feedback(program, closed)
    with pytest.raises(store.FeedbackClosed):
        store.close_keeping_out(program, cycle_id, session_id, "session")
    assert store.feedback_state(program, cycle_id, session_id, "session") == store.REOPENED_STATE
    program.close()


def test_the_command_line_offers_and_takes_keep_out(two, capsys):
    program, _cycle_id, session_id = two
    path = program.path
    program.close()
    args = ["feedback", "finish", str(path), "--session", str(session_id)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "cannot join the figures yet" in out and "add --keep-out" in out
    assert main([*args, "--keep-out"]) == 0
    out = capsys.readouterr().out
    assert "Feedback closed: the session takes no more forms. Its forms are kept, but out" in out
    assert main(args) == 0
    assert "already closed" in capsys.readouterr().out
    reopened = Program.open(path)
    assert store.kept_out(reopened, _cycle_id, session_id, "session")
    reopened.close()


def test_keep_out_is_only_a_fallback_on_the_command_line(demo_copy, capsys):
    """Forms that can join, join: --keep-out keeps nothing out then."""
    program = Program.open(demo_copy)
    cycle_id, session_id = _open_session(program)
    for i in range(8):
        store.add_paper_form(program, store.PaperForm(
            cycle_id, {"usefulness": str(1 + i % 5)}, session_id))
    program.close()
    assert main(["feedback", "finish", str(demo_copy), "--session", str(session_id),
                 "--keep-out"]) == 0
    assert "Feedback closed: 8 forms joined" in capsys.readouterr().out
    program = Program.open(demo_copy)
    assert not store.kept_out(program, cycle_id, session_id, "session")
    program.close()


def test_a_tried_close_does_not_rewrite_the_file_layout(two, monkeypatch):
    """A close tried and taken back (the search for departments, an import's offer, a dry
    run) skips the layout shuffle: nothing of it stays to hide. A real close shuffles."""
    from peerdesk.store import responses

    program = two[0]
    statements = []
    real = program.db.execute
    monkeypatch.setattr(program.db, "execute", lambda sql, *a, **k: (
        statements.append(sql), real(sql, *a, **k))[1])
    assert not program.trying
    program.rolled_back(lambda: (program.trying and responses.shuffle_layout(program)))
    assert not program.trying
    assert not any("_shuffle" in sql for sql in statements)
    responses.shuffle_layout(program)
    assert any("_shuffle" in sql for sql in statements)
