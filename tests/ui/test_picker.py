"""The Swap/Move picker narrows as you type and is driven from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from peerdesk.ui.picker import PickDialog

pytestmark = pytest.mark.gui

PEOPLE = [f"Person {i:02d} (Engineering)" for i in range(50)] + [
    "Žofie Nováková (Sales)", "Émile Durand (Finance)", "Łukasz Nowak (Product)",
    "Zoe Adams (Sales)", "Nguyễn Thị Hương (Product)", "张伟 Zhāng Wěi (Legal)", "Ana Lima (Sales)"]


@pytest.fixture
def picker(qtbot):
    dialog = PickDialog(None, "Swap", "Swap Ana with:", PEOPLE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _shown(dialog) -> list[str]:
    return [dialog.matching.index(r, 0).data() for r in range(dialog.matching.rowCount())]


def test_typing_narrows_ignoring_case_and_accents(qtbot, picker):
    assert len(_shown(picker)) == 57
    assert picker.search.hasFocus()
    qtbot.keyClicks(picker.search, "zofie")
    assert _shown(picker) == ["Žofie Nováková (Sales)"]
    picker.search.clear()
    qtbot.keyClicks(picker.search, "huong")
    assert _shown(picker) == ["Nguyễn Thị Hương (Product)"]
    picker.search.clear()
    qtbot.keyClicks(picker.search, "sales z")  # every word, in any order
    assert _shown(picker) == ["Žofie Nováková (Sales)", "Zoe Adams (Sales)"]
    picker.search.clear()
    picker.search.setText("张")  # typed through an input method, not key by key
    assert _shown(picker) == ["张伟 Zhāng Wěi (Legal)"]


def test_enter_takes_the_highlighted_entry_arrows_move_from_the_box(qtbot, picker):
    qtbot.keyClicks(picker.search, "sales")
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.search.hasFocus()  # the typing stays in the box
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.result() == PickDialog.DialogCode.Accepted
    assert PEOPLE[picker.chosen()] == "Zoe Adams (Sales)"


def test_nothing_matching_says_so_and_cannot_be_taken(qtbot, picker):
    qtbot.keyClicks(picker.search, "nobody by this name")
    assert _shown(picker) == []
    assert picker.none_left.isVisible() and not picker.ok.isEnabled()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.isVisible() and picker.chosen() is None


def test_dialogs_pick_returns_the_index_in_the_original_list(qtbot, monkeypatch):
    from peerdesk.ui import dialogs

    def answer(dialog):
        dialog.search.setText("lukasz")
        return True

    monkeypatch.setattr(dialogs, "run_dialog", answer)
    assert dialogs.pick(None, "Move", "Move Ana into:", PEOPLE) == PEOPLE.index(
        "Łukasz Nowak (Product)")
