"""Sessions > Rename Cycle… (F2 in the tree, and the tree's context menu): the selected
cycle gets the name typed, in one command that Ctrl+Z takes back; the Pairings tab, which
shows the cycle's name, follows both ways."""

import pytest
from PySide6.QtCore import Qt

from peerdesk.store.cycles import get_cycle, list_cycles
from peerdesk.ui.sessions.tree_model import ID_ROLE
from tests.ui.test_sessions_postpone import _context_menu_texts, _menu_action

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(window):
    window.show_tab("sessions")
    return window.tab_pages["sessions"]


def _current(program):
    return list_cycles(program)[-1]


def test_rename_from_the_menu_then_undo_and_redo(window, tab, answers, qtbot):
    program, ctx = window.ctx.program, window.ctx
    action = _menu_action(window, "Sessions", "Rename Cycle…")
    assert action is tab.act_rename and action.shortcut().toString() == "F2"
    cycle = _current(program)
    tab.select_cycle(cycle.id)
    assert action.isEnabled()
    seen: list[str] = []
    ctx.dataChanged.connect(seen.append)
    answers.text = "  Autumn circle "
    action.trigger()
    assert answers.errors == []
    assert get_cycle(program, cycle.id).name == "Autumn circle"
    assert {"sessions", "pairings"} <= set(seen)
    assert ctx.undo_stack.undoText() == f"Rename cycle {cycle.name} to Autumn circle"
    assert tab.model.find("cycle", cycle.id).data().startswith("Autumn circle")
    assert tab.selected_cycle_id() == cycle.id  # the selection stays on it
    pairings = window.tab_pages["pairings"]
    window.show_tab("pairings")
    assert "Autumn circle" in pairings.title.text()

    seen.clear()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_cycle(program, cycle.id).name == cycle.name
    assert {"sessions", "pairings"} <= set(seen)
    assert cycle.name in pairings.title.text() and "Autumn circle" not in pairings.title.text()
    ctx.undo_stack.redo()
    assert get_cycle(program, cycle.id).name == "Autumn circle"


def test_f2_in_the_tree_renames_the_selected_cycle(window, tab, answers, qtbot):
    program = window.ctx.program
    cycle = _current(program)
    tab.select_cycle(cycle.id)
    tab.tree.setFocus()
    answers.text = "Renamed by key"
    qtbot.keyClick(tab.tree, Qt.Key.Key_F2)
    assert get_cycle(program, cycle.id).name == "Renamed by key"


@pytest.mark.parametrize(("typed", "words"), [
    ("", "A cycle needs a name"),
    ("   ", "A cycle needs a name"),
    ("x" * 101, "at most 100 characters"),
    ("@other", "There is already a cycle called"),
])
def test_a_refused_name_is_said_and_nothing_is_pushed(window, tab, answers, typed, words):
    program, ctx = window.ctx.program, window.ctx
    cycles = list_cycles(program)
    assert len(cycles) >= 2, "the demo has an earlier cycle"
    cycle = cycles[-1]
    tab.select_cycle(cycle.id)
    steps = ctx.undo_stack.count()
    answers.text = cycles[0].name.upper() if typed == "@other" else typed
    tab.act_rename.trigger()
    assert len(answers.errors) == 1
    title, text = answers.errors[0]
    assert title == "Cycle not renamed" and words in text
    assert get_cycle(program, cycle.id).name == cycle.name and ctx.undo_stack.count() == steps


@pytest.mark.parametrize("typed", [None, "@same"])
def test_cancel_or_the_same_name_changes_nothing(window, tab, answers, typed):
    program, ctx = window.ctx.program, window.ctx
    cycle = _current(program)
    tab.select_cycle(cycle.id)
    steps = ctx.undo_stack.count()
    answers.text = f" {cycle.name} " if typed == "@same" else typed
    tab.act_rename.trigger()
    assert answers.errors == [] and ctx.undo_stack.count() == steps
    assert get_cycle(program, cycle.id).name == cycle.name


def test_only_a_cycle_can_be_renamed_and_only_with_a_program_open(window, tab):
    program = window.ctx.program
    cycle = _current(program)
    tab.select_cycle(cycle.id)
    assert tab.act_rename.isEnabled()
    parent = tab.model.find("cycle", cycle.id)
    session = tab.model.index(0, 0, parent).data(ID_ROLE)
    tab.select_session(session)
    assert not tab.act_rename.isEnabled()
    window.ctx.set_program(None)
    assert not tab.act_rename.isEnabled()


def test_the_context_menu_on_a_cycle_offers_rename(window, tab, answers):
    program = window.ctx.program
    cycle = _current(program)
    tab.select_cycle(cycle.id)
    texts = _context_menu_texts(tab.tree)
    assert texts[0] == tab.act_rename.text() == "&Rename Cycle…"
    assert tab.act_rename.isEnabled()
    answers.text = "From the context menu"
    tab.tree.actions()[0].trigger()
    assert get_cycle(program, cycle.id).name == "From the context menu"
