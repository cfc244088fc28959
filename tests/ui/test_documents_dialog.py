"""The print dialog: the pages previewed in the app, saving, the viewer, warnings, menus."""

from __future__ import annotations

import io
import shutil

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices

from peerdesk.core.models import Participant
from peerdesk.reports import fonts as fonts_module
from peerdesk.reports.fonts import FontSet
from peerdesk.store import demo
from peerdesk.store.participants import add_participant
from peerdesk.store.program import Program
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.documents import menu_actions
from peerdesk.ui.documents.export_dialog import ExportDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(qtbot):
    program = Program.create(None, "Demo")
    demo.populate(program)
    c = ProgramContext()
    c.set_program(program)
    yield c
    c.set_program(None)


def _dialog(qtbot, ctx, kind="pack", session_id=None):
    dialog = ExportDialog(ctx, kind, session_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.current is not None, timeout=20000)
    return dialog


def _kickoff(ctx):
    return ctx.program.db.execute("SELECT id FROM sessions WHERE title = 'Kick-off' "
                                  "ORDER BY date DESC").fetchone()[0]


def test_preview_shows_every_page_of_the_pack(qtbot, ctx, answers):
    dialog = _dialog(qtbot, ctx, "pack", _kickoff(ctx))
    export = dialog.current.export
    assert export.kind == "pack" and export.pages >= 6
    assert dialog.preview_count == export.pages
    assert f"Session pack: {export.pages} pages" in dialog.status.text()
    assert dialog.save_button.isEnabled() and dialog.warning.isHidden()


def test_changing_the_document_and_paper_renders_again(qtbot, ctx, answers):
    dialog = _dialog(qtbot, ctx, "pack", _kickoff(ctx))
    dialog.kind.setCurrentIndex(dialog.kind.findData("conduct"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    qtbot.waitUntil(lambda: dialog.current.choice.kind == "conduct"
                    and dialog.current.choice.paper == "letter" and not dialog.busy, timeout=20000)
    assert dialog.current.export.pages == 1
    assert not dialog.form.isRowVisible(dialog.session)  # the sheet is for no session
    box = PdfReader(io.BytesIO(dialog.current.export.pdf)).pages[0].mediabox
    assert round(float(box.width)) == 612


def test_save_writes_the_pdf_and_records_the_signin_with_undo(qtbot, ctx, answers, tmp_path):
    session_id = _kickoff(ctx)
    ctx.program.db["sessions"].update(session_id, {"signin_printed_on": None})
    dialog = _dialog(qtbot, ctx, "signin", session_id)
    answers.save_path = str(tmp_path / "sheet")  # no suffix given: .pdf is added
    dialog.save()
    target = tmp_path / "sheet.pdf"
    assert dialog.saved_path == target and target.read_bytes().startswith(b"%PDF")
    printed = lambda: ctx.program.db.execute(  # noqa: E731
        "SELECT signin_printed_on FROM sessions WHERE id = ?", [session_id]).fetchone()[0]
    assert printed() is not None
    assert ctx.undo_stack.undoText() == "Print Sign-in Sheet"
    ctx.undo_stack.undo()
    assert printed() is None


def test_open_in_viewer_hands_a_file_to_the_desktop(qtbot, ctx, answers, monkeypatch, tmp_path):
    import tempfile
    from pathlib import Path

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = _dialog(qtbot, ctx, "agenda", _kickoff(ctx))
    dialog.open_in_viewer()
    assert len(opened) == 1
    path = opened[0].toLocalFile()
    assert path.startswith(str(tmp_path)) and path.endswith(".pdf")
    assert Path(path).read_bytes() == dialog.current.export.pdf
    assert answers.errors == []


def test_unprintable_names_are_warned_about(qtbot, ctx, answers, monkeypatch):
    add_participant(ctx.program, Participant(name="王小明", department="Engineering"))
    monkeypatch.setattr(fonts_module, "_default", FontSet(fallbacks=[]))
    dialog = _dialog(qtbot, ctx, "pairings")  # listed as not in a pair
    assert ("王小明", "王小明") in dialog.current.export.unprintable
    assert not dialog.warning.isHidden()
    assert "王小明" in dialog.warning.text() and "no font" in dialog.warning.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("agenda"))
    qtbot.waitUntil(lambda: dialog.current.choice.kind == "agenda" and not dialog.busy,
                    timeout=20000)
    assert dialog.warning.isHidden()


def test_unprintable_warning_on_the_conduct_sheet_with_program_name(qtbot, ctx, answers,
                                                                    monkeypatch):
    ctx.program.set_setting("program_name", "学习计划 Peer learning")
    monkeypatch.setattr(fonts_module, "_default", FontSet(fallbacks=[]))
    dialog = _dialog(qtbot, ctx, "conduct")
    assert not dialog.warning.isHidden()
    assert "学习计划" in dialog.warning.text()


def test_a_session_less_program_says_what_is_missing(qtbot, answers):
    program = Program.create(None, "Empty")
    c = ProgramContext()
    c.set_program(program)
    dialog = ExportDialog(c, "signin")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy and "cycle" in dialog.status.text(), timeout=20000)
    assert not dialog.save_button.isEnabled()
    assert "no cycle yet" in dialog.status.text()
    c.set_program(None)


def test_menu_actions(qtbot, ctx, answers):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.ctx = ctx
    menus = menu_actions(window)
    assert set(menus) == {"Export"}
    assert [a.objectName() for a in menus["Export"]] == [
        "export_pack", "export_signin", "export_agenda", "export_pairings", "export_slips",
        "export_feedback-form", "export_conduct"]
    ctx.set_program(None)
    assert not any(a.isEnabled() for a in menus["Export"])


def test_export_menu_opens_the_dialog_with_that_document(qtbot, ctx, answers):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.ctx = ctx
    seen = []

    def answer(dialog):
        qtbot.waitUntil(lambda: not dialog.busy and dialog.current is not None, timeout=20000)
        seen.append(dialog.current.export.kind)
        return False

    answers.dialog = answer
    actions = {a.objectName(): a for a in menu_actions(window)["Export"]}
    actions["export_slips"].trigger()
    assert seen == ["slips"]


def test_the_main_window_offers_the_documents_and_the_conduct_editor(window, qtbot):
    texts = [a.text() for a in window.menus["Export"].actions()]
    assert "Session &Pack (PDF)…" in texts and "&Sign-in Sheet (PDF)…" in texts
    assert window.act_conduct in window.menus["Program"].actions()
    window.act_conduct.trigger()
    editor = window._conduct_dialog
    assert editor.isVisible() and "Version 1" in editor.version.currentText()
    window.act_conduct.trigger()  # one editor per window
    assert window._conduct_dialog is editor
    editor.close()


def test_when_no_page_can_be_drawn_the_preview_is_a_page_count(qtbot, ctx, answers, monkeypatch):
    from peerdesk.ui.documents import pdf_pages

    monkeypatch.setattr(pdf_pages, "page_qimages", lambda *args, **kw: None)
    dialog = _dialog(qtbot, ctx, "conduct")
    assert dialog.preview_count == 0
    assert "Code of conduct: 1 page, " in dialog.status.text()
    assert "cannot be drawn here" in dialog.status.text()
    assert dialog.save_button.isEnabled() and dialog.open_button.isEnabled()


def test_pages_are_drawn_by_qtpdf_and_by_poppler_without_it(monkeypatch):
    import sys

    from peerdesk.reports.export import export_document
    from peerdesk.store.program import Program
    from peerdesk.ui.documents.pdf_pages import page_images

    program = Program.create(None, "Preview")
    pdf = export_document(program, "conduct").pdf
    program.close()
    images = page_images(pdf, dpi=40)
    assert len(images) == 1 and images[0].startswith(b"\x89PNG")
    if shutil.which("pdftoppm") is not None:
        monkeypatch.setitem(sys.modules, "PySide6.QtPdf", None)  # a build without QtPdf
        fallback = page_images(pdf, dpi=40)
        assert len(fallback) == 1 and fallback[0].startswith(b"\x89PNG")


def test_split_sign_in_sheets_and_large_print_agenda_from_the_dialog(qtbot, ctx, answers):
    dialog = _dialog(qtbot, ctx, "signin", _kickoff(ctx))
    assert dialog.sheets.isVisibleTo(dialog) and not dialog.large.isVisibleTo(dialog)
    dialog.sheets.setValue(2)
    qtbot.waitUntil(lambda: dialog.current.choice.sheets == 2 and not dialog.busy, timeout=20000)
    reader = PdfReader(io.BytesIO(dialog.current.export.pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert text.count("Sign-in sheet A–") == 1  # the first of two sheets, by initial
    dialog.kind.setCurrentIndex(dialog.kind.findData("agenda"))
    qtbot.waitUntil(lambda: dialog.current.choice.kind == "agenda" and not dialog.busy,
                    timeout=20000)
    assert dialog.large.isVisibleTo(dialog) and not dialog.sheets.isVisibleTo(dialog)
    dialog.large.setChecked(True)
    qtbot.waitUntil(lambda: dialog.current.choice.large and not dialog.busy, timeout=20000)
    assert dialog.current.export.kind == "agenda"


def test_a_long_session_title_is_never_cut_off(qtbot, ctx, answers):
    """The session box is as wide as the panel; its list opens wide enough for the whole
    entry, and the entry shown is whole in its tooltip."""
    from dataclasses import replace

    from PySide6.QtGui import QFontMetrics

    from peerdesk.store.sessions import get_session, update_session

    title = "Kick-off with the whole Customer Success and Engineering leadership"
    kickoff = _kickoff(ctx)
    update_session(ctx.program, replace(get_session(ctx.program, kickoff), title=title))
    dialog = _dialog(qtbot, ctx, "agenda", kickoff)
    box = dialog.session
    assert title in box.currentText() and box.toolTip() == box.currentText()
    needed = QFontMetrics(box.view().font()).horizontalAdvance(box.currentText())
    assert box.view().minimumWidth() >= needed
