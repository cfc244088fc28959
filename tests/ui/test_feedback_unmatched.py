"""File > Import Feedback asks about every column that matches no question."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QDialog

from peerdesk.ui.importing import import_feedback
from peerdesk.ui.unmatched_columns import ADD, LEAVE
from tests import samples

pytestmark = pytest.mark.gui

HEADINGS = ["How useful was today's session? (1-5)", "What should we change next time?",
            "Rate the facilitator (1-5)", "How was the room?"]


def test_each_unmatched_column_is_asked_then_added_and_undone(window, qtbot, answers, tmp_path):
    program = window.ctx.program
    rows = [["4", "More time", "5", "Cold"], ["5", "", "4", "ok"], ["3", "Fine", "4", "Noisy"],
            ["4", "", "3", ""], ["5", "", "5", ""]]  # figures move by k (5) forms or more
    form = samples.google_forms_csv(tmp_path / "form.csv", HEADINGS, rows,
                                    when=datetime(2026, 1, 1, 10, 0))
    questions = program.count("feedback_questions")
    responses = program.count("feedback_responses")
    answers.open_path = str(form)
    answers.confirm = True  # the sanity checks ask; the user says import anyway
    seen = []

    def handle(dialog):
        seen.append(dialog)
        from peerdesk.store.feedback import OPEN, feedback_state

        dialog.session.setCurrentIndex(next(  # the demo's held sessions are closed
            i for i in range(dialog.session.count())
            if feedback_state(program, window.ctx.cycle_id, dialog.session.itemData(i),
                              "session") == OPEN))
        panel = dialog.unmatched
        assert not panel.isHidden()
        # Two text columns: neither is taken for the comments without asking.
        assert sorted(panel.undecided()) == sorted(HEADINGS[1:])
        assert not dialog.import_button.isEnabled()
        assert "say what each column" in dialog.summary.text()
        panel.choose(HEADINGS[1], "comment")
        panel.choose(HEADINGS[2], ADD)
        panel.choose(HEADINGS[3], LEAVE)
        assert panel.undecided() == []
        assert dialog.import_button.isEnabled()
        dialog.import_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    answers.dialog = handle
    import_feedback(window)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    # Five forms (k) without a department join the demo's figures: they give nothing away
    # (tests/adversary/test_adv_demo_batches.py), and the added column is a new question.
    assert program.count("feedback_responses") == responses + 5
    assert program.count("feedback_questions") == questions + 1
    assert not any("cannot join the figures yet" in text for _title, text in answers.errors)
    window.act_undo.trigger()  # the import is one step: its forms and question go
    assert program.count("feedback_responses") == responses
    assert program.count("feedback_questions") == questions
