"""Program > Skills: merge proposed groups, rename, merge by hand, each undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from peerdesk.core.models import Participant, SkillLevel
from peerdesk.store import participants as people
from peerdesk.store.program import Program
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.intake.merges import MergeModel
from peerdesk.ui.intake.skills_dialog import SkillsDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(qtbot):
    program = Program.create(None, "Skills")
    for name, skill in [("Ana", "Python"), ("Ben", "Pyhton"), ("Cy", "python programming"),
                        ("Di", "SQL"), ("Ed", "SQL/databases"), ("Flo", "Java")]:
        people.add_participant(program, Participant(name=name, skills=[
            SkillLevel(skill, "teach", 2), SkillLevel("Python", "learn", 1) if name == "Di"
            else SkillLevel("Excel", "learn", 1)]))
    c = ProgramContext()
    c.set_program(program)
    yield c
    c.set_program(None)


def test_merge_model_passes_qtmodeltester(qtmodeltester):
    from peerdesk.core.skills import propose_merges

    model = MergeModel()
    model.set_merges(propose_merges(["Python", "Pyhton", "SQL", "SQL/databases"]))
    qtmodeltester.check(model)


def test_tick_proposed_merges_then_undo(ctx, qtbot, answers):
    dialog = SkillsDialog(ctx)
    qtbot.addWidget(dialog)
    model = dialog.merge_model
    by_into = {m.into: i for i, m in enumerate(model.merges)}
    assert set(by_into) == {"Python", "SQL"}
    python = model.index(by_into["Python"], 0)
    assert model.data(python, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    model.setData(python, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.apply_button.click()
    assert people.list_skills(ctx.program) == ["Excel", "Java", "Python", "SQL"]
    assert dialog.model.rowCount() == 4 and dialog.merge_model.rowCount() == 0
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    assert "Pyhton" in people.list_skills(ctx.program)
    assert dialog.merge_model.rowCount() == 2


def test_keep_as_must_be_a_name_of_the_group(ctx, qtbot, answers):
    dialog = SkillsDialog(ctx)
    qtbot.addWidget(dialog)
    model = dialog.merge_model
    row = next(i for i, m in enumerate(model.merges) if m.into == "SQL")
    keep = model.index(row, 1)
    assert not model.setData(keep, "Cobol")
    assert model.setData(keep, "SQL/databases")
    assert model.merges[row].into == "SQL/databases" and model.merges[row].names == ["SQL"]


def test_rename_and_manual_merge(ctx, qtbot, answers):
    dialog = SkillsDialog(ctx)
    qtbot.addWidget(dialog)
    names = [u.name for u in dialog.model.uses]
    # Through the selection model: QTableView.selectRow obeys the keyboard modifiers Qt
    # last saw, and a Ctrl+key in an earlier test would make it toggle instead.
    dialog.table.selectionModel().select(
        dialog.model.index(names.index("Java"), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    answers.text = "Java (JVM)"
    dialog.rename_button.click()
    assert "Java (JVM)" in people.list_skills(ctx.program)
    ctx.undo_stack.undo()
    assert "Java" in people.list_skills(ctx.program)
    # Select Python and Pyhton together and keep "Python".
    names = [u.name for u in dialog.model.uses]
    sel = dialog.table.selectionModel()
    sel.clearSelection()
    for name in ("Pyhton", "Python"):
        sel.select(dialog.model.index(names.index(name), 0),
                   QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert dialog.merge_button.isEnabled()
    answers.pick = 1  # "Python" (sorted: Pyhton, Python)
    dialog.merge_button.click()
    assert "Pyhton" not in people.list_skills(ctx.program)
    ctx.undo_stack.undo()
    assert "Pyhton" in people.list_skills(ctx.program)


def test_empty_program_says_where_skills_come_from(qtbot, answers):
    c = ProgramContext()
    c.set_program(Program.create(None, "Empty"))
    dialog = SkillsDialog(c)
    qtbot.addWidget(dialog)
    assert not dialog.empty.isHidden() and "Import Intake" in dialog.empty.text()
    c.set_program(None)
