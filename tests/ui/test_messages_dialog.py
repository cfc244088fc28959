"""The Announce and Message Templates dialogs, driven as a facilitator would."""

from __future__ import annotations

import email
import email.policy

import pytest
from PySide6.QtCore import Qt

from peerdesk.store import messages as store
from peerdesk.store.program import Program
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.messages.announce import AnnounceDialog
from peerdesk.ui.messages.templates import TemplatesDialog
from tests.messages_world import build

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(qtbot):
    program = Program.create(None, "Acme")
    world = build(program)
    context = ProgramContext()
    context.set_program(program)
    context.set_cycle(world["cycle"])
    context.world = world
    yield context
    context.set_program(None)


def test_the_menus_carry_announce_and_templates(window):
    names = {name: [a.objectName() for a in window.menus[name].actions()]
             for name in ("Pairings", "Sessions", "Program")}
    assert "act_announce_pairs" in names["Pairings"]
    assert "act_announce_session" in names["Sessions"]
    assert "act_message_templates" in names["Program"]


def test_preview_any_person_then_write_the_drafts(qtbot, ctx, tmp_path):
    dialog = AnnounceDialog(ctx, "pairs")
    qtbot.addWidget(dialog)
    assert dialog.pages.currentIndex() == 0
    assert dialog.count.text() == "7 drafts to write, 2 without e-mail"
    assert dialog.people.count() == 9
    text = dialog.preview_for("张伟")
    assert "To: 张伟 <wei@acme.example>" in text
    assert "Your buddy this cycle is أمينة الحسيني (Sales)" in text
    assert "Attached: Kick-off.ics" in text
    assert "Print their partner slips" in dialog.missing.text()
    assert not dialog.slips.isHidden()
    dialog.folder.setText(str(tmp_path / "drafts"))
    dialog.csv.setChecked(True)
    qtbot.mouseClick(dialog.write, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    files = sorted((tmp_path / "drafts").iterdir())
    assert len([f for f in files if f.suffix == ".eml"]) == 7
    assert (tmp_path / "drafts" / "mail-merge.csv") in files
    assert "Wrote 7 drafts" in dialog.result_label.text()
    assert not dialog.open_folder.isHidden()
    msg = email.message_from_bytes((tmp_path / "drafts" / "Pairs - 张伟.eml").read_bytes(),
                                   policy=email.policy.default)
    assert msg["To"].addresses[0].display_name == "张伟"


def test_switching_to_a_session_message_previews_the_invitation(qtbot, ctx):
    dialog = AnnounceDialog(ctx, "pairs")
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("reminder"))
    assert dialog.chosen_session() == ctx.world["session"]
    text = dialog.preview_for("Łukasz Nowak")
    assert "Subject: Reminder: Kick-off on " in text
    assert dialog.slips.isHidden()
    dialog.session.setCurrentIndex(dialog.session.findData(ctx.world["later"]))
    assert "Subject: Reminder: Regular session on " in dialog.preview_for("Łukasz Nowak")


def test_empty_state_says_what_to_do_and_takes_you_there(qtbot, window, answers):
    from peerdesk.core.models import Cycle
    from peerdesk.store.cycles import add_cycle
    from peerdesk.ui.messages import show_announce

    cycle = add_cycle(window.ctx.program, Cycle("Summer"))
    window.ctx.set_cycle(cycle)
    seen = []

    def look(dialog):
        seen.append((dialog.pages.currentIndex(), dialog.empty_text.text(),
                     dialog.empty_button.text(), dialog.write.isEnabled()))
        dialog.empty_button.click()
        return False

    answers.dialog = look
    show_announce(window, window.ctx, "pairs")
    page, text, button, can_write = seen[0]
    assert page == 1 and not can_write
    assert "not published yet" in text and "Pairings tab" in text
    assert button == "Go to &Pairings"
    assert window.tabs.currentIndex() == 1


def test_templates_are_checked_on_ok_and_the_change_undoes(qtbot, ctx):
    dialog = TemplatesDialog(ctx, "pairs")
    qtbot.addWidget(dialog)
    dialog.body.setPlainText("Hi {name}, meet {partnr}.")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "{partnr} is not a placeholder" in dialog.problems.text()
    assert "name the partner" in dialog.problems.text()
    assert not store.is_custom(ctx.program, "pairs")
    dialog.body.setPlainText("Hi {name}, meet {partner}.")
    dialog.kinds.setCurrentRow(3)  # thanks: the pairs edit is kept while switching
    dialog.subject.setText("Obrigada, {name}")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert store.template(ctx.program, "pairs").body == "Hi {name}, meet {partner}."
    assert store.template(ctx.program, "thanks").subject == "Obrigada, {name}"
    assert ctx.undo_stack.undoText() == "Change message templates"
    ctx.undo_stack.undo()
    assert not store.is_custom(ctx.program, "pairs") and not store.is_custom(ctx.program, "thanks")
    ctx.undo_stack.redo()
    assert store.is_custom(ctx.program, "pairs")


def test_a_placeholder_is_inserted_from_the_list(qtbot, ctx):
    dialog = TemplatesDialog(ctx, "thanks")
    qtbot.addWidget(dialog)
    dialog.body.setPlainText("")
    item = dialog.placeholders.item(0)
    dialog.placeholders.itemActivated.emit(item)
    assert dialog.body.toPlainText() == "{name}"


def test_the_default_folder_is_one_per_announcement_and_is_made(qtbot, ctx):
    from pathlib import Path

    dialog = AnnounceDialog(ctx, "pairs")
    qtbot.addWidget(dialog)
    expected = Path.home() / "PeerDesk messages" / "Spring 2027 - pairs"
    assert dialog.folder.text() == str(expected)
    dialog.kind.setCurrentIndex(dialog.kind.findData("reminder"))
    assert dialog.folder.text().endswith("Spring 2027 - Kick-off - reminder")
    dialog.kind.setCurrentIndex(dialog.kind.findData("thanks"))
    assert dialog.pages.currentIndex() == 1, "no thank-you before the session"
    assert "after it has taken place" in dialog.empty_text.text()
    assert dialog.empty_button.text() == "Go to &Sessions"
    dialog.kind.setCurrentIndex(dialog.kind.findData("pairs"))
    qtbot.mouseClick(dialog.write, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    assert len(list(expected.glob("*.eml"))) == 7
    dialog.folder.setText("/somewhere/typed")
    dialog.folder.textEdited.emit("/somewhere/typed")
    dialog.kind.setCurrentIndex(dialog.kind.findData("session"))
    assert dialog.folder.text() == "/somewhere/typed", "what the user typed is kept"
