"""The code-of-conduct editor: versions, ticking who signed, filters, undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from peerdesk.core.models import Participant
from peerdesk.store import conduct
from peerdesk.store.participants import add_participant
from peerdesk.store.program import Program
from peerdesk.ui.conduct import ConductDialog
from peerdesk.ui.conduct.model import NAME, SIGNED, AckModel
from peerdesk.ui.context import ProgramContext

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(qtbot):
    program = Program.create(None, "Test")
    for name, dept in [("Ana Ribeiro", "Sales"), ("Bo Chen", "Engineering"),
                       ("Ελένη Παπαδοπούλου", "Finance")]:
        add_participant(program, Participant(name=name, department=dept))
    c = ProgramContext()
    c.set_program(program)
    yield c
    c.set_program(None)


@pytest.fixture
def dialog(qtbot, ctx, answers):
    d = ConductDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    return d


def _ids(ctx):
    return {r[1]: r[0] for r in ctx.program.db.execute("SELECT id, name FROM participants")}


def test_model_passes_the_model_tester(qtmodeltester, ctx):
    model = AckModel(lambda ids, signed: None)
    model.load(ctx.program, conduct.current_version(ctx.program).id)
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.counts() == (0, 3)


def test_shows_the_current_version_and_who_signed(dialog, ctx):
    assert "stays in the session" in dialog.text.toPlainText()
    assert dialog.version.currentText().startswith("Version 1") and "(current)" in \
        dialog.version.currentText()
    assert dialog.counts.text() == "0 of 3 people have signed version 1. 3 have not."
    assert not dialog.save_button.isEnabled()


def test_editing_saves_a_new_version_and_undo_removes_it(dialog, ctx, qtbot):
    ana = _ids(ctx)["Ana Ribeiro"]
    conduct.set_acknowledged(ctx.program, [ana], True, on=date(2027, 1, 5))
    dialog.reload()
    dialog.text.setPlainText(dialog.text.toPlainText() + "8. Phones on silent.\n")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert conduct.current_version(ctx.program).version == 2
    qtbot.waitUntil(lambda: dialog.version.count() == 2)
    assert "Version 2" in dialog.version.currentText()
    assert dialog.counts.text().startswith("0 of 3 people have signed version 2")
    assert ctx.undo_stack.undoText() == "Change Code of Conduct"
    dialog.version.setCurrentIndex(0)  # the old version keeps its signature, read-only
    assert dialog.text.isReadOnly() and dialog.model.counts() == (1, 3)
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: dialog.version.count() == 1)
    assert conduct.current_version(ctx.program).version == 1
    ctx.undo_stack.redo()
    assert conduct.current_version(ctx.program).version == 2


def test_ticking_records_a_signature_and_undo_takes_it_back(dialog, ctx, qtbot):
    proxy = dialog.proxy
    row = next(r for r in range(proxy.rowCount())
               if proxy.index(r, NAME).data() == "Bo Chen")
    assert proxy.setData(proxy.index(row, SIGNED), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    bo = _ids(ctx)["Bo Chen"]
    assert bo in conduct.acknowledgements(ctx.program)
    qtbot.waitUntil(lambda: dialog.counts.text().startswith("1 of 3"))
    assert ctx.undo_stack.undoText() == "Mark Bo Chen as Signed"
    ctx.undo_stack.undo()
    assert conduct.acknowledgements(ctx.program) == {}
    qtbot.waitUntil(lambda: dialog.counts.text().startswith("0 of 3"))


def test_mark_selected_and_filter_unsigned(dialog, ctx, qtbot):
    dialog.table.selectAll()
    dialog.sign_button.click()
    assert len(conduct.acknowledgements(ctx.program)) == 3
    assert ctx.undo_stack.undoText() == "Mark 3 people as Signed"
    qtbot.waitUntil(lambda: dialog.counts.text() == "3 of 3 people have signed version 1.")
    dialog.unsigned_only.setChecked(True)
    assert dialog.proxy.rowCount() == 0
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: dialog.proxy.rowCount() == 3)
    dialog.search.setText("eng")
    assert dialog.proxy.rowCount() == 1


def test_an_empty_program_says_to_add_people(qtbot, answers):
    program = Program.create(None, "Empty")
    c = ProgramContext()
    c.set_program(program)
    d = ConductDialog(c)
    qtbot.addWidget(d)
    assert d.right.currentIndex() == 1 and d.people_button.text() == "Go to Participants"
    c.set_program(None)


def test_read_only_program_cannot_be_changed(qtbot, answers, tmp_path):
    path = tmp_path / "p.peerdesk"
    program = Program.create(path, "RO")
    add_participant(program, Participant(name="Ana"))
    program.close()
    c = ProgramContext()
    c.set_program(Program.open(path, read_only=True))
    d = ConductDialog(c)
    qtbot.addWidget(d)
    assert d.text.isReadOnly() and not d.sign_button.isEnabled()
    assert not (d.model.flags(d.model.index(0, SIGNED)) & Qt.ItemFlag.ItemIsUserCheckable)
    c.set_program(None)
