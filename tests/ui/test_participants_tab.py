import pytest
from PySide6.QtCore import Qt

from peerdesk.core.models import SkillLevel
from peerdesk.store import participants as store
from peerdesk.ui.participants.form import parse_skills
from peerdesk.ui.participants.model import ParticipantsModel

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(window):
    window.show_tab("participants")
    return window.tab_pages["participants"]


def test_model_passes_qtmodeltester(qtmodeltester, demo_program):
    model = ParticipantsModel()
    model.set_people(store.list_participants(demo_program), (6, 24))
    qtmodeltester.check(model)


def test_skills_pasted_on_several_lines_are_read_as_a_list():
    # a column pasted from a spreadsheet into "Can teach" once raised AttributeError
    skills, problems = parse_skills("Excel\r\nGit (3)\n\nSQL (1), Python", "teach")
    assert problems == []
    assert skills == [SkillLevel("Excel", "teach", 2), SkillLevel("Git", "teach", 3),
                      SkillLevel("SQL", "teach", 1), SkillLevel("Python", "teach", 2)]


def test_add_with_bad_email_shows_the_error_then_works(window, tab, qtbot):
    program = window.ctx.program
    before = program.count("participants")
    qtbot.mouseClick(tab.empty_add, Qt.MouseButton.LeftButton) if tab.empty.isVisible() else tab.act_add.trigger()
    tab.form.name.setText("Δημήτρα Κωνσταντίνου")
    qtbot.keyClicks(tab.form.email, "dimitra-at-acme")
    qtbot.mouseClick(tab.form.apply_button, Qt.MouseButton.LeftButton)
    assert tab.form.problems.isVisibleTo(tab)
    assert "not a valid email" in tab.form.problems.text()
    assert program.count("participants") == before

    tab.form.email.clear()
    qtbot.keyClicks(tab.form.email, "dimitra@acme.example")
    qtbot.keyClicks(tab.form.teaches, "Greek (3), SQL")
    qtbot.keyClick(tab.form.email, Qt.Key.Key_Return)
    assert program.count("participants") == before + 1
    added = store.find_by_email(program, "dimitra@acme.example")
    assert added.teaches() == {"Greek": 3, "SQL": 2}
    assert tab.selected_id() == added.id

    window.act_undo.trigger()
    assert program.count("participants") == before
    window.act_redo.trigger()
    assert store.find_by_email(program, "dimitra@acme.example").id == added.id


def test_edit_and_undo(window, tab, qtbot):
    program = window.ctx.program
    person = store.find_by_email(program, "aylin.yilmaz@acme.example")
    assert tab.select(person.id)
    tab.form.job_title.clear()
    qtbot.keyClicks(tab.form.job_title, "Head of Customer Success")
    qtbot.mouseClick(tab.form.apply_button, Qt.MouseButton.LeftButton)
    assert store.get_participant(program, person.id).job_title == "Head of Customer Success"
    assert window.ctx.undo_stack.undoText() == "Edit Aylin Yılmaz"
    window.act_undo.trigger()
    assert store.get_participant(program, person.id).job_title == "Customer Success Lead"


def test_manager_loop_refused_in_the_form(window, tab):
    program = window.ctx.program
    boss = store.find_by_email(program, "joao.ferreira@acme.example")
    report = store.find_by_email(program, "tiago.goncalves@acme.example")
    tab.select(boss.id)
    tab.form.manager.setCurrentIndex(tab.form.manager.findData(report.id))
    tab.form.apply_button.click()
    assert "loop" in tab.form.problems.text()
    assert store.get_participant(program, boss.id).manager_id == boss.manager_id


def test_search_and_filters(window, tab, qtbot):
    total_active = tab.proxy.rowCount()
    qtbot.keyClicks(tab.search, "lisbon sql")
    assert 0 < tab.proxy.rowCount() < total_active
    tab.search.clear()
    tab.department_filter.setCurrentIndex(tab.department_filter.findData("Finance"))
    assert tab.proxy.rowCount() == 4  # five in Finance, one of them on leave (opted out)
    tab.department_filter.setCurrentIndex(0)
    tab.band_filter.setCurrentIndex(tab.band_filter.findData("new recruit"))
    bands = {tab.model.band(tab.proxy.mapToSource(tab.proxy.index(r, 0)).row())
             for r in range(tab.proxy.rowCount())}
    assert bands == {"new recruit"}
    tab.band_filter.setCurrentIndex(0)
    tab.status_filter.setCurrentText("Archived")
    assert tab.proxy.rowCount() == 1
    assert tab.proxy.index(0, 0).data() == "Francisca Nunes"


def test_sorting_by_hire_date(tab):
    tab.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    dates = [tab.model.people[tab.proxy.mapToSource(tab.proxy.index(r, 0)).row()].hire_date
             for r in range(tab.proxy.rowCount())]
    assert dates == sorted(dates)


def test_archive_with_history_then_undo(window, tab, answers):
    program = window.ctx.program
    person = store.find_by_email(program, "tom.schneider@acme.example")
    tab.select(person.id)

    def fill(dialog):
        dialog.reason.setText("Left the company")
        dialog.left.setChecked(True)
        return True

    answers.dialog = fill
    tab.act_delete.trigger()  # has history: offered archive instead
    p = store.get_participant(program, person.id)
    assert p.archived and p.left_company
    window.act_undo.trigger()
    assert not store.get_participant(program, person.id).archived


def test_neutrality_warning_shown_and_cleared(window, tab):
    from peerdesk.core.models import Facilitator

    program = window.ctx.program
    tom = store.find_by_email(program, "tom.schneider@acme.example")
    assert not tab.neutrality.isVisibleTo(tab)
    state = {}
    window.ctx.perform("Appoint Tom",
                       lambda: state.update(id=store.appoint_facilitator(program, Facilitator(participant_id=tom.id))),
                       lambda: store.remove_facilitator(program, state["id"]), "participants")
    assert tab.neutrality.isVisibleTo(tab)
    assert "Tom Schneider has authority over 4 participants" in tab.neutrality_text.text()
    window.act_undo.trigger()
    assert not tab.neutrality.isVisibleTo(tab)


def test_facilitators_dialog_previews_neutrality(window, qtbot):
    from peerdesk.ui.participants.facilitators import FacilitatorsDialog

    program = window.ctx.program
    dialog = FacilitatorsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    tom = store.find_by_email(program, "tom.schneider@acme.example")
    aylin = store.find_by_email(program, "aylin.yilmaz@acme.example")
    dialog.person.setCurrentIndex(dialog.person.findData(tom.id))
    assert "authority over 4" in dialog.preview.text()
    dialog.person.setCurrentIndex(dialog.person.findData(aylin.id))
    assert "Manages nobody" not in dialog.preview.text()  # Aylin leads Customer Success
    andre_row = dialog.person.findData(store.find_by_email(program, "laura.meyer@acme.example").id)
    dialog.person.setCurrentIndex(andre_row)
    assert "Manages nobody" in dialog.preview.text()
    dialog._appoint()
    assert len(store.list_facilitators(program)) == 2
    window.act_undo.trigger()
    assert len(store.list_facilitators(program)) == 1


def test_empty_program_shows_what_to_do(qtbot, answers, tmp_path):
    from peerdesk.store.program import Program
    from peerdesk.ui.main_window import MainWindow

    path = tmp_path / "empty.peerdesk"
    Program.create(path).close()
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_path(str(path))
    tab = w.tab_pages["participants"]
    assert tab.stack.currentWidget() is tab.empty
    assert tab.empty_add.isEnabled()


def test_empty_state_import_button_asks_for_the_staff_list(qtbot, answers, tmp_path, monkeypatch):
    from peerdesk.store.program import Program
    from peerdesk.ui import dialogs
    from peerdesk.ui.main_window import MainWindow

    asked = []
    monkeypatch.setattr(dialogs, "open_file", lambda parent, caption, *a, **k: asked.append(caption))
    path = tmp_path / "empty.peerdesk"
    Program.create(path).close()
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_path(str(path))
    tab = w.tab_pages["participants"]
    tab.empty_import.click()
    assert asked == ["Import participants"]
