"""The Feedback tab through pytest-qt: fast keyboard entry, refusals, undo, charts,
comments, the question editor and the cycle report."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from peerdesk.store import feedback as store
from peerdesk.store.program import Program
from peerdesk.store.responses import set_anonymous

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def ctx(tmp_path):
    from peerdesk.store import demo
    from peerdesk.ui.context import ProgramContext

    program = Program.create(tmp_path / "demo.peerdesk")
    demo.populate(program)
    context = ProgramContext()
    context.set_program(program)
    yield context
    context.set_program(None)


@pytest.fixture
def tab(qtbot, answers, ctx):
    from peerdesk.ui.feedback import FeedbackTab

    widget = FeedbackTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    _choose_open_session(widget)
    return widget


def _choose_open_session(tab) -> None:
    """The demo's held sessions have their feedback closed (they take no more forms): type
    into the first session whose feedback is still open."""
    program, cycle_id = tab.ctx.program, tab.ctx.cycle_id
    for s in store.list_sessions(program, cycle_id):
        if store.feedback_state(program, cycle_id, s.id, "session") == store.OPEN:
            tab.choose("session", s.id)
            return


def _session_forms(tab) -> int:
    phase, session_id = tab.session.currentData()
    return len(store.list_forms(tab.ctx.program, tab.ctx.cycle_id, session_id, phase))


def _type(qtbot, *keys) -> None:
    """Keys to whatever has the focus, as a person typing: text, or Qt.Key values."""
    for key in keys:
        if isinstance(key, str):
            for ch in key:
                qtbot.keyClick(QApplication.focusWidget(), ch)
        else:
            qtbot.keyClick(QApplication.focusWidget(), key)


def _fill_row(qtbot, tab, values: dict[str, str]) -> None:
    tab.grid.start_draft()
    for column, key in enumerate(tab.model.columns):
        assert tab.grid.currentIndex().column() == column
        value = values.get(key, "")
        if value:
            _type(qtbot, value)
        else:
            qtbot.keyClick(tab.grid, Qt.Key.Key_F2)  # open the empty cell, as Tab would
        _type(qtbot, Qt.Key.Key_Tab)


def test_a_paper_form_typed_with_the_keyboard_is_saved_anonymously(qtbot, tab):
    before = _session_forms(tab)
    _fill_row(qtbot, tab, {"department": "eng", "usefulness": "4", "safe_to_ask": "5",
                           "recommend": "10", "comment": "Loved it"})
    assert _session_forms(tab) == before + 1
    saved = tab.model.forms[-1]
    assert saved.department == "Engineering"  # "eng" completed
    assert saved.answers == {"usefulness": "4", "safe_to_ask": "5", "recommend": "10",
                             "comment": "Loved it"}
    row = tab.ctx.program.db["feedback_responses"].get(saved.id)
    assert row["participant_id"] is None and row["source"] == ""  # no tool kept: a paper form is not told apart
    # ready for the next form: the empty row, first cell, nothing in it
    assert tab.grid.currentIndex().row() == tab.model.draft_row()
    assert tab.grid.currentIndex().column() == 0
    assert tab.model.draft.answers == {}
    tab.ctx.undo_stack.undo()
    assert _session_forms(tab) == before
    tab.ctx.undo_stack.redo()
    assert _session_forms(tab) == before + 1
    assert tab.model.forms[-1].id == saved.id


def test_out_of_range_answer_is_refused_with_a_message(qtbot, tab):
    tab.grid.start_draft()
    _type(qtbot, Qt.Key.Key_Tab)  # skip the department
    column = tab.model.columns.index("usefulness")
    assert tab.grid.currentIndex().column() == column
    _type(qtbot, "7", Qt.Key.Key_Return)  # Qt commits an Enter-ed value a moment later
    qtbot.waitUntil(lambda: "out of range" in tab.message.text())
    assert "1 to 5" in tab.message.text()
    assert "usefulness" not in tab.model.draft.answers
    qtbot.waitUntil(lambda: tab.grid.state() == QAbstractItemView.State.EditingState)
    assert tab.grid.currentIndex().column() == column  # still there, to type it again
    _type(qtbot, "x", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not a number" in tab.message.text())
    qtbot.waitUntil(lambda: tab.grid.state() == QAbstractItemView.State.EditingState)
    _type(qtbot, "3", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.draft.answers.get("usefulness") == "3")
    qtbot.waitUntil(lambda: tab.grid.currentIndex().column() == column + 1)


def test_unknown_department_is_refused(qtbot, tab):
    tab.grid.start_draft()
    _type(qtbot, "Astronauts", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "No department matches" in tab.message.text())
    assert tab.model.draft.department == ""


def test_correcting_and_deleting_forms_can_be_undone(qtbot, tab):
    program = tab.ctx.program
    _fill_row(qtbot, tab, {"usefulness": "4", "recommend": "9"})
    _fill_row(qtbot, tab, {"usefulness": "2", "recommend": "3"})
    first = tab.model.forms[0]
    column = tab.model.columns.index("usefulness")
    new_value = "1" if first.answers.get("usefulness") != "1" else "2"
    tab.grid.setFocus()
    tab.grid.setCurrentIndex(tab.model.index(0, column))
    _type(qtbot, new_value, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.list_forms(program, tab.ctx.cycle_id, first.session_id)[0]
                    .answers["usefulness"] == new_value)
    tab.ctx.undo_stack.undo()
    assert store.list_forms(program, tab.ctx.cycle_id, first.session_id)[0].answers == first.answers

    count = _session_forms(tab)
    tab.grid.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.grid, Qt.Key.Key_Delete)
    assert _session_forms(tab) == count - 1
    tab.ctx.undo_stack.undo()
    assert _session_forms(tab) == count
    assert tab.model.forms[0].answers == first.answers


def test_before_and_after_rounds_ask_for_the_skill(qtbot, tab):
    tab.choose("after")
    assert tab.model.columns[:3] == ["department", "skill", "confidence"]
    before = len(tab.model.forms)
    _fill_row(qtbot, tab, {"department": "Sales", "skill": "negot", "confidence": "4"})
    assert len(tab.model.forms) == before + 1
    assert tab.model.forms[-1].skill == "Negotiation"


def test_models_pass_the_model_tester(qtmodeltester, tab):
    from peerdesk.ui.feedback.questions import QuestionsDialog

    qtmodeltester.check(tab.model)
    qtmodeltester.check(QuestionsDialog(tab.ctx, tab).model)


def test_charts_are_drawn_as_wide_as_the_panel_and_follow_the_filters(qtbot, tab):
    panel = tab.charts
    qtbot.waitUntil(lambda: not panel.stale)
    picture = panel.picture.pixmap()
    assert not picture.isNull()
    viewport = panel.scroll_area.viewport().width()
    assert picture.deviceIndependentSize().width() <= viewport  # never scrolls sideways
    assert picture.deviceIndependentSize().width() >= viewport - 12
    assert not panel.scroll_area.horizontalScrollBar().isVisible()
    from peerdesk.store.cycles import list_cycles

    finished = list_cycles(tab.ctx.program)[0]  # the demo's finished cycle
    tab.ctx.set_cycle(finished.id)
    panel.kind.setCurrentIndex(panel.kind.findData("safety"))
    qtbot.waitUntil(lambda: any(finished.name in t for t in panel.figure_texts())
                    and "Psychological safety" in panel.figure_texts())
    texts = "\n".join(panel.figure_texts())
    assert "too few\nresponses" in texts  # the demo's session with two answers
    assert "Edmondson (1999)" in texts
    panel.department.setCurrentIndex(panel.department.findData("Finance"))
    qtbot.waitUntil(lambda: any("Finance" in t for t in panel.figure_texts()))
    panel.scope.setCurrentIndex(panel.scope.findData("all"))
    qtbot.waitUntil(lambda: any("All cycles" in t for t in panel.figure_texts()))
    assert "fewer than 5 responses" in panel.rule_note.text()


def test_the_dashboard_fits_the_panel_and_redraws_when_it_narrows(qtbot, tab):
    panel = tab.charts
    panel.kind.setCurrentIndex(panel.kind.findData("dashboard"))
    qtbot.waitUntil(lambda: not panel.stale and "Is the program working?" in panel.figure_texts())
    wide = panel.picture.pixmap().deviceIndependentSize().width()
    tab.resize(900, 800)
    qtbot.waitUntil(lambda: not panel.stale
                    and panel.picture.pixmap().deviceIndependentSize().width() < wide - 100,
                    timeout=10_000)
    assert panel.picture.pixmap().deviceIndependentSize().width() <= panel.scroll_area.viewport().width()


def test_a_chart_that_cannot_be_drawn_says_so_in_words(qtbot, tab, monkeypatch):
    from peerdesk.ui.feedback import chart_worker

    panel = tab.charts
    qtbot.waitUntil(lambda: not panel.stale)
    # a worker that reads one request and leaves without answering
    monkeypatch.setattr(chart_worker, "worker_command",
                        lambda: [sys.executable, "-c", "import sys; sys.stdin.readline()"])
    service = chart_worker.ChartService(panel)
    panel.use_drawer(chart_worker.ChartDrawer(panel, service))
    panel.kind.setCurrentIndex(panel.kind.findData("enps"))
    qtbot.waitUntil(lambda: not panel.stale, timeout=10_000)
    assert "could not be drawn" in panel.picture.text()
    assert "the chart worker stopped" in panel.picture.text()
    assert panel.figure_texts() == []
    service.stop()


def test_export_chart_goes_through_the_file_dialog(qtbot, tab, answers, tmp_path):
    qtbot.waitUntil(lambda: not tab.charts.stale)
    answers.save_path = str(tmp_path / "engagement.svg")
    tab.charts.export_button.click()
    qtbot.waitUntil(lambda: len(answers.infos) == 1, timeout=60_000)
    assert (tmp_path / "engagement.svg").read_bytes().startswith(b"<?xml")
    answers.save_path = str(tmp_path / "no-suffix")
    tab.charts.export_button.click()
    qtbot.waitUntil(lambda: len(answers.infos) == 2, timeout=60_000)
    assert (tmp_path / "no-suffix.png").read_bytes().startswith(b"\x89PNG")


def test_export_chart_is_drawn_by_the_worker_while_the_window_waits_free(
        qtbot, tab, answers, tmp_path, monkeypatch):
    """The window never draws the file itself: drawing in this process fails here, and
    the file is written all the same, by the worker; meanwhile the button waits, the
    status line says what is being saved, and a second click starts nothing."""
    import peerdesk.charts.build as build

    def not_here(*_args, **_kw):
        raise AssertionError("drawn on the window's thread")

    for name in ("save_figure", "save_chart", "chart_figure", "dashboard_figure"):
        monkeypatch.setattr(build, name, not_here)
    panel = tab.charts
    qtbot.waitUntil(lambda: not panel.stale)
    panel.kind.setCurrentIndex(panel.kind.findData("dashboard"))
    answers.save_path = str(tmp_path / "dashboard.pdf")
    with qtbot.waitSignal(panel.saver.busyChanged, timeout=5_000):
        panel.export_button.click()
    assert panel.saver.busy and not panel.export_button.isEnabled()
    assert "Saving the chart as dashboard.pdf" in panel.status.text()
    panel.export_chart()  # asked again while saving: nothing more
    qtbot.waitUntil(lambda: not panel.saver.busy, timeout=60_000)
    assert panel.export_button.isEnabled()
    assert (tmp_path / "dashboard.pdf").read_bytes().startswith(b"%PDF")
    assert len(answers.infos) == 1 and not answers.errors


def test_a_chart_that_cannot_be_written_says_why_in_plain_words(qtbot, tab, answers, tmp_path):
    panel = tab.charts
    qtbot.waitUntil(lambda: not panel.stale)
    answers.save_path = str(tmp_path / "no such folder" / "chart.png")
    panel.export_button.click()
    qtbot.waitUntil(lambda: bool(answers.errors), timeout=60_000)
    title, text = answers.errors[-1][:2]
    assert title == "Chart not saved"
    assert "could not be written" in text and "No such file or directory" in text
    assert "Error" not in text and "Traceback" not in text
    assert not (tmp_path / "no such folder").exists()
    assert panel.export_button.isEnabled()


def test_charts_redraw_after_a_new_form(qtbot, tab, monkeypatch):
    panel = tab.charts
    qtbot.waitUntil(lambda: not panel.stale)
    asked = []
    original = panel.drawer.request
    monkeypatch.setattr(panel.drawer, "request", lambda r: asked.append(r) or original(r))
    _fill_row(qtbot, tab, {"usefulness": "5"})
    qtbot.waitUntil(lambda: bool(asked) and not panel.stale)


def test_comments_are_shown_only_on_request_and_one_can_be_hidden(qtbot, tab):
    panel = tab.comments_panel
    assert not panel.comments.isVisible()
    tab.comments_button.click()
    assert panel.comments.isVisible()
    assert "For you only" in panel.comments_note.text()
    shown = [panel.comments.item(i).text() for i in range(panel.comments.count())]
    assert shown == sorted(shown, key=str.casefold)  # never in the order they came in
    target = shown[0]
    panel.comments.setCurrentRow(0)
    panel.hide_comment_button.click()
    qtbot.waitUntil(lambda: target not in [panel.comments.item(i).text()
                                          for i in range(panel.comments.count())])
    assert "hidden by you" in panel.comments_note.text()
    from peerdesk.core import feedback as fb

    data = store.load_feedback_data(tab.ctx.program)
    assert target not in fb.comments(data, fb.Scope((tab.ctx.cycle_id,))).comments
    tab.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: target in [panel.comments.item(i).text()
                                      for i in range(panel.comments.count())])
    tab.comments_button.click()
    assert not panel.comments.isVisible() and panel.comments.count() == 0


def test_imported_and_finished_forms_are_never_listed_one_by_one(qtbot, tab, answers):
    """The entry grid listed every response, imported ones included, with its department.
    Now: a closed session lists none and takes no more; an open one lists only the forms
    typed there, until Close Feedback joins them; Undo reopens the session."""
    program, cycle_id = tab.ctx.program, tab.ctx.cycle_id
    held = next(s.id for s in store.list_sessions(program, cycle_id)
                if store.feedback_state(program, cycle_id, s.id, "session") == store.CLOSED)
    tab.choose("session", held)
    stored = program.db.execute("SELECT count(*) FROM feedback_responses WHERE session_id = ?",
                                [held]).fetchone()[0]
    assert stored > 0 and tab.model.forms == []  # the demo's forms: in the figures only
    assert tab.model.draft_row() == -1 and "closed" in tab.state.text()  # no new row
    assert not tab.finish_button.isEnabled()
    _choose_open_session(tab)
    phase, session_id = tab.session.currentData()
    _fill_row(qtbot, tab, {"department": "Sales", "usefulness": "5"})
    _fill_row(qtbot, tab, {"department": "Sales", "usefulness": "1"})
    assert len(tab.model.forms) == 2 and "2 being typed" in tab.count.text()
    assert [f.answers["usefulness"] for f in tab.model.forms] == ["1", "5"]  # by content
    assert "open" in tab.state.text()
    answers.confirm = False  # more forms will come: not closed with these two kept out
    tab.finish_button.click()  # two forms would move the figures by two: they wait
    qtbot.waitUntil(lambda: not tab.ctx._tasks)  # the offer, declined
    assert "cannot join the figures yet" in tab.message.text()
    assert len(tab.model.forms) == 2
    for useful in ("4", "3", "4"):
        _fill_row(qtbot, tab, {"department": "Sales", "usefulness": useful})
    tab.finish_button.click()
    qtbot.waitUntil(lambda: tab.model.forms == [])
    assert store.typing_open(program, cycle_id, session_id, phase) == 0
    assert tab.model.draft_row() == -1 and "closed" in tab.state.text()
    tab.ctx.undo_stack.undo()  # reopens the whole session
    qtbot.waitUntil(lambda: len(tab.model.forms) == 5)
    assert tab.model.draft_row() == -1 and "reopened" in tab.state.text()  # no new form
    tab.ctx.undo_stack.redo()
    qtbot.waitUntil(lambda: tab.model.forms == [])


def test_a_closed_session_offers_the_next_one_whose_feedback_is_open(qtbot, tab):
    """A closed session shows no row to type into: the row says so, names a session that
    takes forms (one already held before one ahead) and its button goes there; when no
    session of the cycle takes forms, it says that instead of offering one."""
    program, cycle_id = tab.ctx.program, tab.ctx.cycle_id
    states = {s.id: store.feedback_state(program, cycle_id, s.id, "session")
              for s in store.list_sessions(program, cycle_id)}
    closed = [sid for sid, state in states.items() if state == store.CLOSED]
    tab.choose("session", closed[0])
    go = tab.closing.open_button
    assert go.isVisibleTo(tab) and "pick a session whose feedback is open" in tab.state.text()
    assert "too few" not in tab.state.text() and "form" not in tab.state.text().split("such as")[1]
    go.click()
    phase, session_id = tab.session.currentData()
    assert (phase, session_id) != ("session", closed[0])
    assert store.feedback_state(program, cycle_id, session_id, phase) == store.OPEN
    assert tab.model.draft_row() >= 0 and not go.isVisibleTo(tab)  # a row to type into
    for sid, state in states.items():  # now close every session, and both rounds
        if state == store.OPEN:
            program.db.execute("INSERT INTO feedback_responses (cycle_id, session_id, phase, "
                               "draft) VALUES (?, ?, 'session', 0)", [cycle_id, sid])
    for phase in ("before", "after"):
        program.db.execute("INSERT INTO feedback_responses (cycle_id, session_id, phase, "
                           "draft) VALUES (?, NULL, ?, 0)", [cycle_id, phase])
    tab.choose("session", closed[0])
    tab.reload()
    assert not go.isVisibleTo(tab) and "No session of this cycle takes forms" in tab.state.text()


@pytest.mark.parametrize("agreed", [False, True])
def test_a_close_held_back_by_departments_offers_to_leave_them_out(qtbot, tab, monkeypatch,
                                                                   agreed):
    """Twelve typed forms over the demo's departments: Close Feedback is held back (the
    reason shows), the window offers to leave out the departments that must go, naming
    them; taken, the forms join (those departments left out, the others kept) and Undo
    gives the departments back; declined, nothing changes."""
    from peerdesk.ui import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda _parent, title, text, yes="": asked.append(
        (title, text, yes)) or agreed)
    program, cycle_id = tab.ctx.program, tab.ctx.cycle_id
    phase, session_id = tab.session.currentData()
    departments = ["Sales", "Engineering", "Finance", "Product", "Customer Success",
                   "People & Culture"] * 2
    for i, department in enumerate(departments):
        _fill_row(qtbot, tab, {"department": department, "usefulness": str(1 + i % 5)})
    assert len(tab.model.forms) == 12
    offer = store.departments_to_leave_out(program, cycle_id, session_id, phase)
    assert offer is not None and offer.left_out  # what the window is to offer
    tab.finish_button.click()  # held back: the search runs off the UI thread, then asks
    qtbot.waitUntil(lambda: bool(asked) and not tab.ctx._tasks)
    [(title, text, yes)] = asked
    assert (title, yes) == ("Close without some departments?", "Leave Them Out and Close")
    assert f"If the departments on {offer.forms_left_out} forms are left out" in text
    assert "(" + ", ".join(offer.names_left_out()) + ")" in text
    assert ("The others keep their departments (" + ", ".join(offer.kept) + ")" in text
            if offer.kept else "keep their departments" not in text)
    state = store.feedback_state(program, cycle_id, session_id, phase)
    if not agreed:
        assert state == store.OPEN and "cannot join the figures yet" in tab.message.text()
        assert len(tab.model.forms) == 12
        return
    assert state == store.CLOSED and tab.model.forms == []
    stored = "SELECT department FROM feedback_responses WHERE session_id = ?"
    assert {r[0] for r in program.db.execute(stored, [session_id])} == {"", *offer.kept}
    assert tab.ctx.undo_stack.undoText() == "Close the session's feedback without some departments"
    tab.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: len(tab.model.forms) == 12)
    assert sorted(r[0] for r in program.db.execute(stored, [session_id])) == sorted(departments)
    tab.ctx.undo_stack.redo()  # the same close again: the same departments left out
    assert {r[0] for r in program.db.execute(stored, [session_id])} == {"", *offer.kept}


@pytest.mark.parametrize("agreed", [False, True])
def test_two_forms_held_back_can_close_kept_out_and_undo_opens_again(qtbot, tab, monkeypatch,
                                                                    agreed):
    """Two typed forms without departments: nothing to leave out, so the window offers to
    close the session with them kept out of every figure; the row then says so; Undo
    opens the session again with its two forms."""
    from peerdesk.ui import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda _parent, title, text, yes="": asked.append(
        (title, yes)) or agreed)
    program, cycle_id = tab.ctx.program, tab.ctx.cycle_id
    phase, session_id = tab.session.currentData()
    for value in ("1", "5"):
        _fill_row(qtbot, tab, {"usefulness": value})
    tab.finish_button.click()
    qtbot.waitUntil(lambda: bool(asked) and not tab.ctx._tasks)
    assert asked == [("Close and keep these forms out?", "Close and Keep Them Out")]
    state = store.feedback_state(program, cycle_id, session_id, phase)
    if not agreed:
        assert state == store.OPEN and len(tab.model.forms) == 2
        return
    assert state == store.CLOSED and tab.model.forms == []
    assert "kept out of every figure" in tab.state.text()
    assert tab.ctx.undo_stack.undoText() == "Close the session's feedback, its forms kept out"
    tab.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: len(tab.model.forms) == 2)
    assert store.feedback_state(program, cycle_id, session_id, phase) == store.OPEN
    assert "Feedback open" in tab.state.text()


def test_cycle_report_button_saves_a_pdf(qtbot, tab, answers, tmp_path):
    answers.save_path = str(tmp_path / "report")
    tab.report_button.click()
    qtbot.waitUntil(lambda: bool(answers.infos) or bool(answers.errors), timeout=60000)
    assert not answers.errors
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


def test_question_editor_add_move_deactivate_and_undo(qtbot, tab, answers):
    from peerdesk.store.responses import list_questions
    from peerdesk.ui.feedback.questions import NewQuestionDialog, QuestionsDialog

    program = tab.ctx.program
    keys = [q.key for q in list_questions(program)]

    def drive(dialog):
        if isinstance(dialog, NewQuestionDialog):
            dialog.text.setText("My partner was well prepared.")
            return True
        assert isinstance(dialog, QuestionsDialog)
        assert "Edmondson (1999)" in "".join(label.text() for label in dialog.findChildren(
            type(dialog.problem)))
        dialog.add_question()
        assert dialog.selected().text == "My partner was well prepared."
        dialog.move_question(-1)
        dialog.toggle_active()
        first = dialog.model.index(0, 0)
        assert dialog.model.setData(first, "How useful was today?")
        return True

    answers.dialog = drive
    tab.act_questions.trigger()
    questions = list_questions(program, active_only=False)
    assert questions[0].text == "How useful was today?"
    added = next(q for q in questions if q.text == "My partner was well prepared.")
    assert not added.active and questions.index(added) == len(questions) - 2
    for _ in range(4):
        tab.ctx.undo_stack.undo()
    assert [q.key for q in list_questions(program, active_only=False)] == keys


def test_refused_question_edit_explains(qtbot, tab, answers):
    from peerdesk.ui.feedback.questions import QuestionsDialog

    dialog = QuestionsDialog(tab.ctx, tab)
    qtbot.addWidget(dialog)
    assert not dialog.model.setData(dialog.model.index(0, 0), "   ")
    q = dialog.model.questions[0]
    before = len(dialog.model.questions)

    class Bad:
        def question(self):
            from peerdesk.core.models import FeedbackQuestion

            return FeedbackQuestion("", "Scale upside down", "scale", min_value=5, max_value=1)

    answers.dialog = lambda d: True
    import peerdesk.ui.feedback.questions as module

    original = module.NewQuestionDialog
    module.NewQuestionDialog = lambda parent: Bad()
    try:
        dialog.add_question()
    finally:
        module.NewQuestionDialog = original
    assert "lowest answer" in dialog.problem.text()
    assert len(dialog.model.questions) == before and dialog.model.questions[0].id == q.id


def test_empty_state_offers_the_question_editor(qtbot, answers):
    from peerdesk.ui.context import ProgramContext
    from peerdesk.ui.feedback import FeedbackTab

    ctx = ProgramContext()
    widget = FeedbackTab(ctx)
    qtbot.addWidget(widget)
    ctx.set_program(Program.create(None, "Empty"))
    widget.show()
    assert widget.stack.currentWidget() is widget.empty
    assert "No sessions" in widget.empty_text.text()
    seen = []
    answers.dialog = lambda d: seen.append(d.windowTitle()) or False
    widget.empty_button.click()
    assert seen == ["Feedback questions"]
    ctx.set_program(None)


def test_read_only_program_cannot_be_typed_into(qtbot, answers, tmp_path):
    from peerdesk.store import demo
    from peerdesk.ui.context import ProgramContext
    from peerdesk.ui.feedback import FeedbackTab

    path = tmp_path / "ro.peerdesk"
    program = Program.create(path)
    demo.populate(program)
    program.close()
    ctx = ProgramContext()
    widget = FeedbackTab(ctx)
    qtbot.addWidget(widget)
    ctx.set_program(Program.open(path, read_only=True))
    assert widget.model.draft_row() == -1
    assert not widget.model.flags(widget.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    ctx.set_program(None)


def test_menu_actions_offer_the_report_and_questions(tab):
    from peerdesk.ui.feedback import menu_actions

    class Window:
        def __init__(self):
            self.tab_pages = {"feedback": tab}

    menus = menu_actions(Window())
    assert menus["Export"] == [tab.act_report] and menus["Program"] == [tab.act_questions]
    assert menu_actions(type("W", (), {"tab_pages": {}})()) == {}
    assert tab.toolbar_actions() == [tab.act_report]


def test_the_window_never_loads_matplotlib_its_chart_worker_does():
    code = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from peerdesk.store.program import Program
from peerdesk.store import demo
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.feedback import FeedbackTab
program = Program.create(None)
demo.populate(program)
ctx = ProgramContext()
tab = FeedbackTab(ctx)
ctx.set_program(program)
print("matplotlib" in sys.modules)
from PySide6.QtCore import QEventLoop, QTimer
loop = QEventLoop()
tab.charts.drawer.drawn.connect(lambda drawn: loop.quit())
QTimer.singleShot(60_000, loop.quit)
tab.show()
loop.exec()
print("matplotlib" in sys.modules, bool(tab.charts.figure_texts()))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.split() == ["False", "False", "True"]


def test_in_a_named_program_each_form_says_who_filled_it_in(qtbot, answers, ctx):
    from peerdesk.ui.feedback import FeedbackTab

    set_anonymous(ctx.program, False, "test: named program")
    widget = FeedbackTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.model.columns[:2] == ["person", "department"]
    before = _session_forms(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    _fill_row(qtbot, widget, {"person": "ana", "usefulness": "4"})
    assert _session_forms(widget) == before + 1
    saved = widget.model.forms[-1]
    ana = ctx.program.db.execute("SELECT id FROM participants WHERE name = 'Ana Ribeiro'").fetchone()[0]
    assert saved.participant_id == ana and saved.department == "Sales"
    widget.grid.start_draft()
    index = widget.model.index(widget.model.draft_row(), 0)
    assert not widget.model.setData(index, "Nobody Here")
    assert "No participant matches" in widget.message.text()


def test_ctrl_tab_leaves_the_grid_and_tab_moves_between_answers(qtbot, tab):
    tab.grid.start_draft()
    qtbot.waitUntil(tab.grid.hasFocus)
    _type(qtbot, Qt.Key.Key_Tab)  # an editor: Tab goes to the next answer
    assert tab.grid.hasFocus() and tab.grid.currentIndex().column() == 1
    qtbot.keyClick(tab.grid, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert not tab.grid.hasFocus() and QApplication.focusWidget() is not None
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not tab.grid.hasFocus()


@pytest.mark.parametrize("backwards", [False, True])
def test_ctrl_tab_leaves_the_grid_while_an_answer_is_being_typed(qtbot, tab, backwards):
    """The grid is an editor (Tab and Shift+Tab move between the answers of a form), so,
    as in Qt's own editors, Ctrl+Tab and Ctrl+Shift+Tab leave it: also from inside the
    cell being typed in, where the focus really is while typing. The answer typed stays."""
    tab.grid.start_draft()
    qtbot.waitUntil(tab.grid.hasFocus)
    usefulness = tab.model.columns.index("usefulness")
    tab.grid.setCurrentIndex(tab.model.index(tab.model.draft_row(), usefulness))
    _type(qtbot, "4")
    editor = QApplication.focusWidget()
    assert editor is not tab.grid and tab.grid.isAncestorOf(editor)  # typing in the cell
    ctrl = Qt.KeyboardModifier.ControlModifier
    if backwards:
        qtbot.keyClick(editor, Qt.Key.Key_Backtab, ctrl | Qt.KeyboardModifier.ShiftModifier)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Tab, ctrl)
    focus = QApplication.focusWidget()
    assert focus is not None and focus is not tab.grid and not tab.grid.isAncestorOf(focus)
    assert tab.grid.state() != QAbstractItemView.State.EditingState
    index = tab.model.index(tab.model.draft_row(), usefulness)
    assert tab.model.data(index) == "4"


def test_shift_tab_goes_back_one_answer_inside_the_grid(qtbot, tab):
    tab.grid.start_draft()
    qtbot.waitUntil(tab.grid.hasFocus)
    usefulness = tab.model.columns.index("usefulness")
    tab.grid.setCurrentIndex(tab.model.index(tab.model.draft_row(), usefulness))
    _type(qtbot, "4")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert tab.grid.currentIndex().column() == usefulness - 1
    assert tab.grid.hasFocus() or tab.grid.isAncestorOf(QApplication.focusWidget())


def test_the_cell_being_typed_in_is_named_after_its_question(qtbot, tab):
    from PySide6.QtWidgets import QLineEdit

    tab.grid.start_draft()
    column = tab.model.columns.index("usefulness")
    tab.grid.setCurrentIndex(tab.model.index(tab.model.draft_row(), column))
    _type(qtbot, "4")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "4"
    assert "useful" in editor.accessibleName().lower()  # the question, not "edit text"


def test_a_session_still_ahead_is_called_so_not_too_few(tab):
    """The demo's sessions after today have no forms: the picker says "ahead", not "too few
    to show" (a new user read that as a warning); held ones still say "too few to show"
    or their count."""
    from datetime import date

    program, cycle_id = tab.ctx.program, tab.ctx.cycle_id
    today = date.today()
    ahead = {s.id for s in store.list_sessions(program, cycle_id) if s.date and s.date > today}
    assert ahead
    texts = {tab.session.itemData(i)[1]: tab.session.itemText(i) for i in range(tab.session.count())
             if tab.session.itemData(i)[0] == "session"}
    for session_id, text in texts.items():
        if session_id in ahead:
            assert "(ahead" in text and "too few" not in text, text
        else:
            assert "(ahead" not in text, text


def test_close_feedback_saves_a_half_typed_form_first(qtbot, tab):
    """Four forms typed, a fifth begun (its usefulness typed, the row not finished), then
    Close Feedback: the fifth is saved and closes with the others, not dropped (a
    new-user walk lost one so)."""
    program, cycle_id = tab.ctx.program, tab.ctx.cycle_id
    phase, session_id = tab.session.currentData()
    for useful in ("4", "3", "5", "2"):
        _fill_row(qtbot, tab, {"usefulness": useful})
    tab.grid.start_draft()
    _type(qtbot, Qt.Key.Key_Tab)  # past the department
    _type(qtbot, "4", Qt.Key.Key_Tab)  # usefulness typed; the row goes on
    assert len(tab.model.forms) == 4
    tab.finish_button.click()
    qtbot.waitUntil(lambda: not tab.ctx._tasks)
    assert store.feedback_state(program, cycle_id, session_id, phase) == store.CLOSED
    assert program.db.execute("SELECT count(*) FROM feedback_responses WHERE session_id = ? "
                              "AND draft = 0", [session_id]).fetchone()[0] == 5
