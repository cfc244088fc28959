"""The Pairings tab: generate off the UI thread, swap, a refused move, pin, publish, undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from peerdesk.core.models import Cycle
from peerdesk.store import pairings as store
from peerdesk.store.cycles import add_cycle
from peerdesk.store.participants import list_participants
from peerdesk.ui.pairings.model import PairRow, PairsModel, UnpairedModel

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(window):
    program = window.ctx.program
    cycle_id = add_cycle(program, Cycle("Summer 2099", start_date=date.today() + timedelta(days=30)))
    window.ctx.notify("sessions")  # as the Sessions tab does after making a cycle
    window.ctx.set_cycle(cycle_id)
    window.show_tab("pairings")
    return window.tab_pages["pairings"]


def _generate(tab, qtbot):
    tab.act_generate.trigger()
    assert tab.running
    qtbot.waitUntil(lambda: not tab.running, timeout=20000)
    assert tab.model.rowCount() > 0


def test_models_pass_qtmodeltester(qtmodeltester):
    pairs = PairsModel()
    pairs.set_rows([PairRow(1, [(1, "Ana", "buddy"), (2, "Ben", "recruit")], "buddy", 7.5,
                            ["Ana (seasoned) is the buddy of Ben (new recruit)", "+3 Ana teaches SQL"],
                            pinned=True),
                    PairRow(2, [(3, "Cai", "peer"), (4, "Dee", "peer"), (5, "Eve", "peer")],
                            "peer", 4.0, [])])
    qtmodeltester.check(pairs)
    unpaired = UnpairedModel()
    unpaired.set_rows([(6, "Fay", "No allowed partner left")])
    qtmodeltester.check(unpaired)


def test_empty_state_then_generate_with_reasons_total_and_unpaired(window, tab, qtbot):
    assert tab.stack.currentWidget() is tab.empty
    assert "No pairs yet for Summer 2099" in tab.empty_text.text()
    assert tab.empty_generate.isVisibleTo(tab) and tab.empty_generate.isEnabled()
    tab.empty_generate.click()
    qtbot.waitUntil(lambda: not tab.running, timeout=20000)
    assert tab.stack.currentWidget() is not tab.empty
    result = tab.results[tab.cycle_id]
    label = tab.total_label.text()
    if result.exact:
        assert "· optimal: no other pairing" in label
    else:  # never "optimal" unless proven; the gap to the bound instead
        assert "not proven optimal" in label and "gap of" in label and "· optimal" not in label
    assert tab.selected_row() is not None and tab.reasons.text()
    names = [name for _, name, _ in tab.unpaired_model.rows]
    assert "André Faria" in names  # the facilitator, not opted in
    reason = next(r for _, n, r in tab.unpaired_model.rows if n == "André Faria")
    assert "facilitator" in reason

    program, cycle = window.ctx.program, tab.cycle_id
    assert store.list_pairings(program, cycle)
    window.act_undo.trigger()
    assert store.list_pairings(program, cycle) == []
    assert tab.stack.currentWidget() is tab.empty
    window.act_redo.trigger()
    assert tab.model.rowCount() > 0


def _pair_of(rows, pid):
    return next((r for r in rows if pid in [m for m, _, _ in r.members]), None)


def test_a_swap_that_breaks_the_reporting_chain_is_refused_with_the_rule(window, tab, qtbot, answers):
    _generate(tab, qtbot)
    program = window.ctx.program
    rows = tab.model.rows
    for person in list_participants(program):
        mine, boss = _pair_of(rows, person.id), _pair_of(rows, person.manager_id or -1)
        if mine is not None and boss is not None and mine.id != boss.id:
            partner = next(m for m, _, _ in mine.members if m != person.id)
            break
    else:
        pytest.fail("the demo should have a person and their manager in different pairs")
    before = store.snapshot(program, tab.cycle_id)
    assert tab.swap(partner, person.manager_id) is False
    title, text = answers.errors[-1]
    assert title == "Swap refused"
    assert "manager" in text and "reporting chain" in text
    assert store.snapshot(program, tab.cycle_id) == before


def test_a_swap_that_lowers_the_score_says_by_how_much_and_undoes(window, tab, qtbot, answers):
    _generate(tab, qtbot)
    program, cycle = window.ctx.program, tab.cycle_id
    rows = [r for r in tab.model.rows if r.kind == "peer"]
    found = None
    for i, first in enumerate(rows):
        for second in rows[i + 1:]:
            a, b = first.members[0][0], second.members[0][0]
            change = store.plan_swap(program, cycle, a, b)
            if change.allowed and change.delta < 0:
                found = a, b, change
                break
        if found:
            break
    assert found, "an optimal pairing has a swap that costs score"
    a, b, change = found
    total = store.total(program, cycle)
    assert tab.swap(a, b)
    assert "drops by" in tab.message.text()
    assert store.total(program, cycle) == pytest.approx(total + change.delta / 100)
    assert window.ctx.undo_stack.undoText().startswith("Swap ")
    window.act_undo.trigger()
    assert store.total(program, cycle) == pytest.approx(total)


def test_move_out_of_a_pair_through_the_picker(window, tab, qtbot, answers):
    _generate(tab, qtbot)
    program, cycle = window.ctx.program, tab.cycle_id
    answers.pick = len(tab.model.rows) - 1  # the last choice: "Out of any pair"
    tab.select(tab.model.rows[0].id)
    person = tab.chosen_member()
    tab.act_move.trigger()
    assert person in [u.id for u in store.unpaired(program, cycle)]
    assert tab.unpaired_model.rowCount() >= 1


def test_pin_then_regenerate_keeps_the_pin(window, tab, qtbot):
    _generate(tab, qtbot)
    program, cycle = window.ctx.program, tab.cycle_id
    pair = tab.model.rows[-1]
    tab.select(pair.id)
    tab.act_pin.trigger()
    assert tab.selected_row().pinned and tab.act_pin.text() == "Un&pin"
    tab.act_generate.trigger()
    qtbot.waitUntil(lambda: not tab.running, timeout=20000)
    kept = [p for p in store.list_pairings(program, cycle) if p.pinned]
    assert [sorted(p.member_ids) for p in kept] == [sorted(m for m, _, _ in pair.members)]


def test_publish_then_generate_is_disabled_and_undo_unpublishes(window, tab, qtbot, answers):
    _generate(tab, qtbot)
    program, cycle = window.ctx.program, tab.cycle_id
    tab.act_publish.trigger()
    assert store.is_published(program, cycle)
    assert "published" in tab.title.text()
    assert not tab.act_generate.isEnabled()
    assert tab.act_publish.text() == "Un&publish Pairs"
    window.act_undo.trigger()
    assert not store.is_published(program, cycle)
    assert tab.act_generate.isEnabled()


def test_no_cycle_says_what_to_do(window, qtbot):
    window.ctx.set_cycle(None)
    window.show_tab("pairings")
    tab = window.tab_pages["pairings"]
    assert "No cycle yet" in tab.empty_text.text()
    assert not tab.empty_generate.isVisibleTo(tab)


def test_dragging_a_member_onto_another_pair_or_off_to_the_unpaired(window, tab, qtbot, answers):
    from PySide6.QtCore import Qt

    from peerdesk.ui.pairings.model import person_mime

    _generate(tab, qtbot)
    program, cycle = window.ctx.program, tab.cycle_id
    source = tab.model.rows[0]
    person = source.members[-1][0]
    target_row = next(i for i, r in enumerate(tab.model.rows) if r.id != source.id
                      and store.plan_move(program, cycle, person, r.id).allowed)
    target = tab.model.rows[target_row].id
    data = person_mime(person)
    parent = tab.model.index(target_row, 1)
    move = Qt.DropAction.MoveAction
    assert tab.model.canDropMimeData(data, move, -1, -1, parent)
    tab.model.dropMimeData(data, move, -1, -1, parent)
    qtbot.waitUntil(lambda: person in next(
        p.member_ids for p in store.list_pairings(program, cycle) if p.id == target))

    assert tab.unpaired_model.canDropMimeData(data, move, -1, -1, tab.unpaired_model.index(-1, -1))
    tab.unpaired_model.dropMimeData(data, move, -1, -1, tab.unpaired_model.index(-1, -1))
    qtbot.waitUntil(lambda: person in [u.id for u in store.unpaired(program, cycle)])
    assert not tab.unpaired_model.canDropMimeData(data, move, -1, -1, tab.unpaired_model.index(-1, -1))


def test_never_pair_then_remove_the_exclusion_and_let_the_facilitator_pair(window, tab, qtbot,
                                                                            answers):
    _generate(tab, qtbot)
    program, cycle = window.ctx.program, tab.cycle_id
    pair = tab.model.rows[0]
    tab.select(pair.id)
    a, b = pair.members[0][0], pair.members[1][0]
    tab.never_pair(a, b, "asked by HR")
    assert store.exclusions(program) == {frozenset((a, b)): "asked by HR"}
    assert "same pair now" in tab.message.text()
    assert tab.act_unexclude.isEnabled()
    tab.act_generate.trigger()
    qtbot.waitUntil(lambda: not tab.running, timeout=20000)
    assert not any({a, b} <= set(p.member_ids) for p in store.list_pairings(program, cycle))
    answers.pick = 0
    tab.act_unexclude.trigger()
    assert store.exclusions(program) == {}
    window.act_undo.trigger()
    assert store.exclusions(program) == {frozenset((a, b)): "asked by HR"}

    row = next(i for i, (_, name, _) in enumerate(tab.unpaired_model.rows) if name == "André Faria")
    tab.unpaired_table.setCurrentIndex(
        tab.unpaired_proxy.mapFromSource(tab.unpaired_model.index(row, 0)))
    assert tab.opt_in_button.isVisibleTo(tab) and tab.act_opt_in.isEnabled()
    tab.act_opt_in.trigger()
    assert "can now be paired" in tab.message.text()
    reason = next(r for _, name, r in tab.unpaired_model.rows if name == "André Faria")
    assert "facilitator" not in reason and "No allowed partner left" in reason


def test_the_weights_dialog_saves_the_settings_with_undo(window, tab, answers):
    from peerdesk.core.scoring import Weights

    program = window.ctx.program

    def answer(dialog):
        dialog.spins["skill"].setValue(5.0)
        dialog.no_repeat.setValue(1)
        return True

    answers.dialog = answer
    tab.act_settings.trigger()
    assert store.pairing_settings(program) == (Weights(skill=5.0), 1)
    assert "generate again" in tab.message.text()
    window.act_undo.trigger()
    assert store.pairing_settings(program) == (Weights(), 0)

    def defaults(dialog):
        dialog.spins["tenure_gap"].setValue(9.0)
        dialog.restore_defaults()
        return True

    answers.dialog = defaults
    tab.act_settings.trigger()
    assert store.pairing_settings(program) == (Weights(), 0)


def test_no_cycle_empty_state_creates_one(qtbot, answers, tmp_path):
    from peerdesk.store.program import Program
    from peerdesk.ui.main_window import MainWindow

    path = tmp_path / "fresh.peerdesk"
    Program.create(path).close()
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_path(str(path))
    w.show()
    w.show_tab("pairings")
    tab = w.tab_pages["pairings"]
    assert tab.empty_new_cycle.isVisibleTo(tab) and not tab.empty_generate.isVisibleTo(tab)

    def fill(dialog):
        dialog.name.setText("Spring 2027")
        dialog.accept()
        return True

    answers.dialog = fill
    tab.empty_new_cycle.click()
    assert w.ctx.program.count("cycles") == 1
    assert tab.empty_generate.isVisibleTo(tab)


def test_a_hidden_tab_catches_up_when_shown(window):
    from peerdesk.core.models import Participant
    from peerdesk.store.participants import add_participant

    window.show_tab("participants")
    tab = window.tab_pages["pairings"]
    program = window.ctx.program
    window.ctx.perform("Add", lambda: add_participant(program, Participant(name="Hidden Change")),
                       lambda: None, "participants")
    assert tab.stale
    window.show_tab("pairings")
    assert not tab.stale


def test_tab_leaves_the_pairs_and_unpaired_tables(window, tab, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from peerdesk.ui.main_window import TABS

    window.tabs.setCurrentIndex([t[0] for t in TABS].index("pairings"))
    for view in (tab.table, tab.unpaired_table):
        view.setFocus()
        qtbot.waitUntil(view.hasFocus)
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not view, view.objectName()
