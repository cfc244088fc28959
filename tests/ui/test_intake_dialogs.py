"""File > Import Intake and Program > Intake Form, driven as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from peerdesk.core import intake as q
from peerdesk.store import participants as people
from peerdesk.ui.intake import import_intake
from peerdesk.ui.intake.import_dialog import PeopleModel
from tests import samples

pytestmark = pytest.mark.gui


@pytest.fixture
def answers_file(window, tmp_path):
    everyone = [p for p in people.list_participants(window.ctx.program, include_archived=False)
                if p.email][:3]
    rows = [["Pyhton (Expert)", "SQL", "Tue afternoons", "Yes"],
            ["Negociation (Good)", "Python", "", "Yes"],
            ["Python (Good)", "Zendesk", "", "Yes"],
            ["SQL (Basic)", "Pyhton", "", "Yes"]]
    emails = [p.email for p in everyone] + ["newbie@acme.example"]
    path = samples.google_forms_csv(tmp_path / "intake.csv",
                                    [q.TEXTS[q.TEACH_OTHER], "Wants to learn",
                                     q.TEXTS[q.AVAILABILITY], q.TEXTS[q.CONSENT]], rows,
                                    emails=emails)
    return path, everyone


def _open(qtbot, answers, window, path, handle):
    seen = []

    def answer(dialog):
        seen.append(dialog)
        handle(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    answers.dialog = answer
    import_intake(window, str(path))
    qtbot.waitUntil(lambda: bool(seen) or bool(answers.errors), timeout=10000)
    assert not answers.errors
    return seen[0]


def test_people_model_passes_qtmodeltester(qtmodeltester, window, answers_file):
    from peerdesk.io import intake
    from peerdesk.io.tabular import read_table

    plan = intake.build_plan(window.ctx.program, read_table(answers_file[0]))
    model = PeopleModel()
    model.set_changes(intake.changes(window.ctx.program, plan))
    qtmodeltester.check(model)


def test_preview_accept_a_merge_leave_a_person_out_then_undo(window, qtbot, answers,
                                                            answers_file):
    path, everyone = answers_file
    program = window.ctx.program

    def handle(dialog):
        merges = {m.into: i for i, m in enumerate(dialog.merges.merges)}
        assert set(merges) >= {"Python", "Negotiation"}
        python = dialog.merges.index(merges["Python"], 0)
        dialog.merges.setData(python, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        rows = {c.answer.email: i for i, c in enumerate(dialog.people.changes)}
        new = dialog.people.index(rows["newbie@acme.example"], 0)
        assert dialog.people.data(new, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        dialog.people.setData(new, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
        assert "left out" in dialog.people.data(dialog.people.index(rows["newbie@acme.example"], 3))
        assert "0 of 1 new people added, 1 skill merge taken" in dialog.summary.text()
        dialog.import_button.click()

    before = people.list_skills(program)
    count = program.count("participants")
    _open(qtbot, answers, window, path, handle)
    assert program.count("participants") == count
    first = people.find_by_email(program, everyone[0].email)
    assert first.teaches()["Python"] == 3 and first.availability == "Tue afternoons"
    assert "Pyhton" not in people.list_skills(program)
    assert "Negociation" in people.list_skills(program)  # not taken: kept as typed
    window.ctx.undo_stack.undo()
    assert people.list_skills(program) == before
    window.ctx.undo_stack.redo()
    assert people.find_by_email(program, everyone[0].email).teaches()["Python"] == 3


def test_new_person_added_and_redo_keeps_the_id(window, qtbot, answers, answers_file):
    path, _ = answers_file
    program = window.ctx.program
    _open(qtbot, answers, window, path, lambda d: d.import_button.click())
    added = people.find_by_email(program, "newbie@acme.example")
    assert added is not None and added.teaches() == {"SQL": 1}
    window.ctx.undo_stack.undo()
    assert people.find_by_email(program, "newbie@acme.example") is None
    window.ctx.undo_stack.redo()
    assert people.find_by_email(program, "newbie@acme.example").id == added.id


def test_intake_form_dialog_saves_each_kind(window, qtbot, answers, tmp_path):
    from peerdesk.ui.intake.form_dialog import IntakeFormDialog

    dialog = IntakeFormDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert "Multiple choice grid" in dialog.view.toPlainText()
    for kind in ("pdf", "xlsx", "txt"):
        answers.save_path = str(tmp_path / f"form.{kind}")
        getattr(dialog, {"pdf": "save_pdf", "xlsx": "save_xlsx", "txt": "save_text"}[kind]).click()
        assert (tmp_path / f"form.{kind}").stat().st_size > 0
    assert (tmp_path / "form.pdf").read_bytes().startswith(b"%PDF")
    dialog.copy_button.click()
    assert "clipboard" in dialog.status.text()


def test_menus_have_the_entries(window):
    texts = {a.text() for a in window.menus["Program"].actions()}
    assert {"&Intake Form…", "S&kills…"} <= texts
    assert "Import &Intake…" in {a.text() for a in window.menus["File"].actions()}


def test_a_column_not_understood_can_be_mapped_in_the_preview(window, qtbot, answers, tmp_path):
    program = window.ctx.program
    someone = next(p for p in people.list_participants(program, include_archived=False)
               if p.email)
    path = samples.write_csv(tmp_path / "made.csv", ["Mail", "Talents"],
                             [[someone.email, "Pyhton (Expert)"]])

    def handle(dialog):
        assert dialog.plan.blocking  # "Mail" is not recognised as the email column
        assert not dialog.import_button.isEnabled()
        combos = dialog.column_combos
        combos[0].setCurrentIndex(combos[0].findData("email"))
        combos[1].setCurrentIndex(combos[1].findData("teach_other"))
        assert not dialog.plan.blocking
        assert [c.answer.email for c in dialog.people.changes] == [someone.email]
        assert dialog.merges.rowCount() == 1  # Pyhton -> Python
        dialog.merges.set_all(True)
        dialog.import_button.click()

    _open(qtbot, answers, window, path, handle)
    assert people.get_participant(program, someone.id).teaches().get("Python") == 3
