from datetime import date, time

import icalendar
import pytest
from PySide6.QtCore import QModelIndex, Qt, QTime
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from peerdesk.core.models import AgendaItem
from peerdesk.store import agenda_templates as template_store
from peerdesk.store import attendance as attendance_store
from peerdesk.store import sessions as store
from peerdesk.store.cycles import find_cycle, list_cycles
from peerdesk.ui.sessions.agenda_model import MINUTES, TITLE, AgendaModel
from peerdesk.ui.sessions.attendance_model import AttendanceModel

pytestmark = pytest.mark.gui


class Window:
    """Just the tab over a context, like the main window holds it; undo as Edit > Undo does.

    Built without the main window so these tests do not depend on the other tabs.
    """

    def __init__(self, ctx, tab):
        self.ctx, self.tab = ctx, tab
        self.act_undo = ctx.undo_stack.createUndoAction(tab)
        self.act_redo = ctx.undo_stack.createRedoAction(tab)


@pytest.fixture
def window(qtbot, answers, tmp_path):
    from peerdesk.store import demo
    from peerdesk.store.program import Program
    from peerdesk.ui.context import ProgramContext
    from peerdesk.ui.sessions import SessionsTab

    path = tmp_path / "demo.peerdesk"
    program = Program.create(path)
    demo.populate(program)
    ctx = ProgramContext()
    tab = SessionsTab(ctx)
    qtbot.addWidget(tab)
    ctx.set_program(program)
    tab.resize(1200, 800)
    tab.show()
    yield Window(ctx, tab)
    ctx.set_program(None)


@pytest.fixture
def tab(window):
    return window.tab


def _latest_cycle(program):
    return list_cycles(program)[-1]


def _new_session(tab, answers, qtbot, template="kickoff", on=date(2030, 3, 6), title=""):
    """Create a session through the New Session dialog, as a user would."""

    def fill(dialog):
        dialog.source.setCurrentIndex(dialog.source.findData(f"template:{template}"))
        dialog.date.setDate(dialog.date.date().fromString(on.isoformat(), Qt.DateFormat.ISODate))
        dialog.start.setTime(QTime(10, 0))
        dialog.minutes.setValue(90)
        dialog.title.setText(title)
        dialog.location.setCurrentText("Room Ada")
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted

    answers.dialog = fill
    return tab.new_session()


def test_models_pass_qtmodeltester(qtmodeltester, demo_program):
    session = store.list_sessions(demo_program)[0]
    agenda = AgendaModel()
    agenda.set_agenda(session.agenda, time(15), 90, session.date)
    qtmodeltester.check(agenda)
    attendance = AttendanceModel()
    attendance.set_rows(store.invitees(demo_program, session.id),
                        attendance_store.attendance(demo_program, session.id),
                        attendance_store.cycle_attendance(demo_program, session.cycle_id))
    qtmodeltester.check(attendance)


def test_create_from_template_shows_timed_agenda_and_undoes(window, tab, answers, qtbot):
    program = window.ctx.program
    cycle = _latest_cycle(program)
    assert tab.select_cycle(cycle.id)
    before = program.count("sessions")
    new_id = _new_session(tab, answers, qtbot)
    assert new_id is not None and program.count("sessions") == before + 1
    assert tab.selected_session_id() == new_id
    session = store.get_session(program, new_id)
    assert session.title == "Kick-off" and session.location == "Room Ada"
    assert session.date == date(2030, 3, 6) and session.timezone == program.setting("timezone")
    pane = tab.session_pane
    model = pane.agenda_model
    assert model.rowCount() == 5
    assert [model.index(r, 0).data() for r in range(5)] == [
        "10:00–10:10", "10:10–10:25", "10:25–10:40", "10:40–11:15", "11:15–11:25"]
    assert pane.agenda_summary.text() == "Running total: 85 of 90 min (5 spare)"
    assert window.ctx.undo_stack.undoText() == "New session"

    window.act_undo.trigger()
    assert program.count("sessions") == before
    window.act_redo.trigger()
    assert store.get_session(program, new_id).ics_uid == session.ics_uid


def test_longer_icebreaker_warns_and_zero_length_is_refused(window, tab, answers, qtbot):
    program = window.ctx.program
    tab.select_cycle(_latest_cycle(program).id)
    sid = _new_session(tab, answers, qtbot)
    pane = tab.session_pane
    model = pane.agenda_model
    assert model.setData(model.index(2, MINUTES), 25)
    assert store.agenda(program, sid)[2].minutes == 25
    assert "runs 5 minutes past the session's end (11:30)" in pane.agenda_summary.text()
    assert model.index(4, 0).data(Qt.ItemDataRole.BackgroundRole) is not None

    assert not model.setData(model.index(1, MINUTES), 0)
    assert "Agenda item 2" in pane.agenda_problems.text()
    assert "at least 1 minute" in pane.agenda_problems.text()
    assert store.agenda(program, sid)[1].minutes == 15

    window.act_undo.trigger()
    assert store.agenda(program, sid)[2].minutes == 15
    assert pane.agenda_summary.text() == "Running total: 85 of 90 min (5 spare)"


def test_reorder_by_keyboard_and_by_drag_and_drop(window, tab, answers, qtbot):
    program = window.ctx.program
    tab.select_cycle(_latest_cycle(program).id)
    sid = _new_session(tab, answers, qtbot)
    pane = tab.session_pane
    view, model = pane.agenda_view, pane.agenda_model
    titles = lambda: [i.title for i in store.agenda(program, sid)]  # noqa: E731
    original = titles()

    view.setFocus()
    view.setCurrentIndex(model.index(2, TITLE))  # Icebreaker
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles()[1] == "Icebreaker" and view.currentIndex().row() == 1
    assert model.index(1, 0).data() == "10:10–10:25"  # start times follow the new order
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles()[3] == "Icebreaker"

    # drag "Round-up" (last) and drop it above the first row
    data = model.mimeData([model.index(4, TITLE)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert titles()[0] == "Round-up"
    assert model.index(0, TITLE).data() == "Round-up"

    for _ in range(4):
        window.act_undo.trigger()
    assert titles() == original


def test_add_and_remove_agenda_items(window, tab, answers, qtbot):
    program = window.ctx.program
    tab.select_cycle(_latest_cycle(program).id)
    sid = _new_session(tab, answers, qtbot, template="regular")
    pane = tab.session_pane
    pane.agenda_view.setCurrentIndex(pane.agenda_model.index(0, TITLE))
    pane.add_item()
    editor = pane.agenda_view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "New item"
    editor.selectAll()
    qtbot.keyClicks(editor, "Lightning talk")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: pane.agenda_view.state() != QAbstractItemView.State.EditingState)
    assert [i.title for i in store.agenda(program, sid)][:3] == ["Check-in", "Lightning talk",
                                                                 "Pair work"]
    pane.agenda_view.setFocus()
    qtbot.keyClick(pane.agenda_view, Qt.Key.Key_Delete)
    assert "Lightning talk" not in [i.title for i in store.agenda(program, sid)]


def test_mark_attendance_with_the_keyboard(window, tab, answers, qtbot):
    program = window.ctx.program
    tab.select_cycle(_latest_cycle(program).id)
    sid = _new_session(tab, answers, qtbot)
    pane = tab.session_pane
    pane.focus_attendance()
    view, model = pane.attendance_view, pane.attendance_model
    people = [p.id for p in model.people]
    assert len(people) > 3
    view.selectRow(0)
    for key in (Qt.Key.Key_P, Qt.Key.Key_A, Qt.Key.Key_E):
        qtbot.keyClick(view, key)
    assert attendance_store.attendance(program, sid) == {people[0]: "present", people[1]: "absent",
                                              people[2]: "excused"}
    assert view.currentIndex().row() == 3
    assert pane.attendance_summary.text().startswith("1 present · 1 absent · 1 excused")
    assert model.index(1, 2).data() == "Absent"

    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # clear Excused
    assert people[2] not in attendance_store.attendance(program, sid)
    window.act_undo.trigger()
    assert attendance_store.attendance(program, sid)[people[2]] == "excused"

    pane.mark_rest_present()
    marks = attendance_store.attendance(program, sid)
    assert len(marks) == len(people) and list(marks.values()).count("present") == len(people) - 2
    window.act_undo.trigger()
    assert len(attendance_store.attendance(program, sid)) == 3


def test_edit_details_refuses_end_before_start(window, tab, answers, qtbot):
    program = window.ctx.program
    tab.select_cycle(_latest_cycle(program).id)
    sid = _new_session(tab, answers, qtbot)
    form = tab.session_pane.form
    form.end_time.setTime(QTime(9, 0))
    assert "End time: the session ends (09:00) before it starts (10:00)." in form.problems.text()
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    assert store.get_session(program, sid).minutes == 90

    form.end_time.setTime(QTime(11, 0))
    assert form.minutes.value() == 60
    form.location.setCurrentText("https://meet.example/room")
    form.title.clear()
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    assert "Title: a session needs a title" in form.problems.text()
    qtbot.keyClicks(form.title, "Kick-off, shorter")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    saved = store.get_session(program, sid)
    assert (saved.title, saved.minutes, saved.location) == ("Kick-off, shorter", 60,
                                                            "https://meet.example/room")
    assert saved.ics_sequence == 1
    assert "runs 25 minutes past" in tab.session_pane.agenda_summary.text()
    window.act_undo.trigger()
    assert store.get_session(program, sid).minutes == 90
    assert store.get_session(program, sid).ics_sequence == 2  # undo is a change too
    assert form.minutes.value() == 90 and form.title.text() == "Kick-off"


def test_unsaved_typing_survives_other_edits(window, tab, answers, qtbot):
    program = window.ctx.program
    tab.select_cycle(_latest_cycle(program).id)
    sid = _new_session(tab, answers, qtbot)
    pane = tab.session_pane
    pane.form.topic.setText("Half typed")
    pane.attendance_view.selectRow(0)
    pane.attendance_view.mark("present")  # saves, and the tab reloads
    assert len(attendance_store.attendance(program, sid)) == 1
    assert pane.form.topic.text() == "Half typed"
    assert store.get_session(program, sid).topic == ""
    qtbot.mouseClick(pane.form.apply_button, Qt.MouseButton.LeftButton)
    assert store.get_session(program, sid).topic == "Half typed"

    cycle_pane = tab.cycle_pane
    tab.select_cycle(_latest_cycle(program).id)
    cycle_pane.notes.setText("Wednesdays, Room Ada")
    window.ctx.notify("participants")
    assert cycle_pane.notes.text() == "Wednesdays, Room Ada"
    cycle_pane.save()
    assert _latest_cycle(program).notes == "Wednesdays, Room Ada"


def test_renaming_a_cycle_refreshes_the_pairings_tab_too(window, tab):
    """The cycle's name is on the Pairings tab (its heading, its empty page): a Save on the
    cycle pane tells that area as well as the sessions, and undo does the same."""
    program = window.ctx.program
    tab.select_cycle(_latest_cycle(program).id)
    seen: list[str] = []
    window.ctx.dataChanged.connect(seen.append)
    tab.cycle_pane.name.setText("Autumn circle")
    tab.cycle_pane.save()
    assert _latest_cycle(program).name == "Autumn circle"
    assert {"sessions", "pairings"} <= set(seen)
    seen.clear()
    window.ctx.undo_stack.undo()
    assert _latest_cycle(program).name != "Autumn circle"
    assert {"sessions", "pairings"} <= set(seen)


def test_choose_invited_people(window, tab, answers, qtbot):
    program = window.ctx.program
    tab.select_cycle(_latest_cycle(program).id)
    sid = _new_session(tab, answers, qtbot)
    form = tab.session_pane.form
    chosen = {}

    def tick_two(dialog):
        first = [dialog.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(2)]
        dialog.set_checked(set(first))
        chosen["ids"] = first
        return True

    answers.dialog = tick_two
    form.invite_mode.setCurrentIndex(form.invite_mode.findData("people"))
    form.invite_mode.activated.emit(form.invite_mode.currentIndex())
    assert store.invitation(program, sid) == ("people", sorted(chosen["ids"]), [])
    assert tab.session_pane.attendance_model.rowCount() == 2
    assert form.invite_summary.text() == "2 people invited"
    window.act_undo.trigger()
    assert store.invitation(program, sid)[0] == "cycle"


def test_duplicate_and_delete_with_undo(window, tab, answers, qtbot):
    program = window.ctx.program
    cycle = _latest_cycle(program)
    sessions = store.list_sessions(program, cycle.id)
    tab.select_session(sessions[0].id)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy = store.get_session(program, tab.selected_session_id())
    assert copy.title == f"{sessions[0].title} (copy)"
    assert (copy.date - max(s.date for s in sessions)).days == 7
    assert len(copy.agenda) == len(sessions[0].agenda)

    answers.confirm = True
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert len(store.list_sessions(program, cycle.id)) == len(sessions)
    window.act_undo.trigger()
    assert store.get_session(program, copy.id).title == copy.title

    marks = sum(len(attendance_store.attendance(program, s.id)) for s in sessions)
    tab.select_cycle(cycle.id)
    tab.act_delete.trigger()
    assert find_cycle(program, cycle.name) is None
    window.act_undo.trigger()
    assert len(store.list_sessions(program, cycle.id)) == len(sessions) + 1
    assert sum(len(attendance_store.attendance(program, s.id)) for s in sessions) == marks

    answers.text = "Spring 2031"
    tab.select_cycle(cycle.id)
    tab.act_duplicate.trigger()
    new = find_cycle(program, "Spring 2031")
    assert new is not None and tab.selected_cycle_id() == new.id
    assert len(store.list_sessions(program, new.id)) == len(sessions) + 1
    assert window.ctx.cycle_id == new.id  # the whole window follows
    window.act_undo.trigger()
    assert find_cycle(program, "Spring 2031") is None
    assert window.ctx.cycle_id in {c.id for c in list_cycles(program)}


def test_export_calendar_buttons(window, tab, answers, tmp_path):
    program = window.ctx.program
    cycle = _latest_cycle(program)
    tab.select_cycle(cycle.id)
    answers.save_path = str(tmp_path / "cycle")
    tab.cycle_pane.buttons[1].click()
    cal = icalendar.Calendar.from_ical((tmp_path / "cycle.ics").read_bytes())
    assert len(cal.walk("VEVENT")) == len(store.list_sessions(program, cycle.id))
    assert answers.infos and "Wrote" in answers.infos[-1][1]

    session = store.list_sessions(program, cycle.id)[0]
    tab.select_session(session.id)
    answers.save_path = str(tmp_path / "one.ics")
    tab.session_pane.ics_button.click()
    event = icalendar.Calendar.from_ical((tmp_path / "one.ics").read_bytes()).walk("VEVENT")[0]
    assert str(event["UID"]) == store.get_session(program, session.id).ics_uid

    answers.save_path = str(tmp_path / "missing-folder" / "x.ics")
    tab.session_pane.ics_button.click()
    assert answers.errors and "could not be written" in answers.errors[-1][1]


def test_templates_are_editable(window, tab, answers, qtbot):
    from peerdesk.ui.sessions.templates import TemplatesDialog

    program = window.ctx.program
    dialog = TemplatesDialog(window.ctx, tab)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(1)
    assert dialog.current_key() == "regular"
    assert dialog.model.index(1, 0).data() == "+10 min"
    assert dialog.model.setData(dialog.model.index(0, MINUTES), 20)
    assert template_store.get_template(program, "regular").items[0].minutes == 20
    dialog.name.setText("Regular, long check-in")
    dialog.name.editingFinished.emit()
    assert template_store.get_template(program, "regular").name == "Regular, long check-in"
    answers.text = "Pair retro"
    dialog.new_template()
    assert template_store.get_template(program, "pair-retro").total_minutes == 100
    for _ in range(3):
        window.act_undo.trigger()
    regular = template_store.get_template(program, "regular")
    assert (regular.name, regular.items[0].minutes) == ("Regular session", 10)
    assert [t.key for t in template_store.list_templates(program)] == [
        "kickoff", "regular", "closeout"]


def test_save_agenda_as_template_and_start_from_it(window, tab, answers, qtbot):
    program = window.ctx.program
    tab.select_cycle(_latest_cycle(program).id)
    sid = _new_session(tab, answers, qtbot, template="closeout")
    pane = tab.session_pane
    answers.text = "Retro, short"
    pane.save_as_template()
    assert template_store.get_template(program, "retro-short").items[1].title == "What went well"
    answers.confirm = True
    pane.use_template("kickoff")
    assert store.agenda(program, sid)[0].title == "Welcome and why we are here"
    pane.agenda_model.set_agenda([AgendaItem("x", 5)], time(10), 90)  # a stale view…
    pane.show_session(sid)  # …is put right from the program
    assert pane.agenda_model.rowCount() == 5


def test_empty_program_shows_how_to_start(qtbot, answers, tmp_path):
    from peerdesk.store.program import Program
    from peerdesk.ui.context import ProgramContext
    from peerdesk.ui.sessions import SessionsTab

    ctx = ProgramContext()
    tab = SessionsTab(ctx)
    qtbot.addWidget(tab)
    assert tab.left_stack.currentIndex() == 2  # no program open
    ctx.set_program(Program.create(tmp_path / "empty.peerdesk"))
    assert tab.left_stack.currentIndex() == 1 and tab.empty_cycle.isEnabled()
    assert not tab.act_new_session.isEnabled()

    def make_cycle(dialog):
        dialog.name.setText("Spring 2027")
        dialog.accept()
        return True

    answers.dialog = make_cycle
    tab.show()
    qtbot.mouseClick(tab.empty_cycle, Qt.MouseButton.LeftButton)
    assert tab.left_stack.currentIndex() == 0
    cycle = find_cycle(ctx.program, "Spring 2027")
    assert tab.selected_cycle_id() == cycle.id
    assert tab.cycle_pane.empty.isVisibleTo(tab) and tab.act_new_session.isEnabled()
    ctx.set_program(None)


def test_menu_actions_and_the_selection_for_other_features(window, tab, qtbot):
    from types import SimpleNamespace

    from peerdesk.ui.sessions import menu_actions

    menus = menu_actions(SimpleNamespace(tab_pages={"sessions": tab}))
    assert tab.act_export_cycle in menus["Export"] and tab.act_templates in menus["Program"]
    assert menu_actions(SimpleNamespace(tab_pages={})) == {}
    assert tab.toolbar_actions() == [tab.act_new_session]
    session = store.list_sessions(window.ctx.program)[0]
    with qtbot.waitSignal(tab.sessionSelected) as blocker:
        tab.select_session(session.id)
    assert blocker.args == [session.id] and tab.selected_session_id() == session.id
    with qtbot.waitSignal(tab.sessionSelected) as blocker:
        tab.select_cycle(session.cycle_id)
    assert blocker.args == [None] and tab.selected_session_id() is None


def test_read_only_program_can_be_looked_at_and_exported(qtbot, answers, tmp_path):
    from peerdesk.store import demo
    from peerdesk.store.program import Program
    from peerdesk.ui.context import ProgramContext
    from peerdesk.ui.sessions import SessionsTab

    path = tmp_path / "demo.peerdesk"
    program = Program.create(path)
    demo.populate(program)
    program.close()
    ctx = ProgramContext()
    tab = SessionsTab(ctx)
    qtbot.addWidget(tab)
    ctx.set_program(Program.open(path, read_only=True))
    session = store.list_sessions(ctx.program)[0]
    tab.select_session(session.id)
    assert not tab.act_new_session.isEnabled() and not tab.act_delete.isEnabled()
    assert not tab.session_pane.form.apply_button.isEnabled()
    assert not tab.session_pane.agenda_view.isEnabled()
    answers.save_path = str(tmp_path / "ro.ics")
    tab.act_export_session.trigger()
    assert icalendar.Calendar.from_ical((tmp_path / "ro.ics").read_bytes()).walk("VEVENT")
    ctx.set_program(None)


def test_dates_and_times_follow_the_locale(window, tab):
    from PySide6.QtCore import QLocale

    from peerdesk.ui import locale as fmt

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("de_DE"))
        assert fmt.weekday_date(date(2027, 3, 3)) == "Mi. 03.03.2027"
        assert fmt.short_format() == "dd.MM.yyyy"
        QLocale.setDefault(QLocale("en_US"))
        assert fmt.short_date(date(2027, 3, 3)) == "3/3/2027"
        assert fmt.format_time(time(15, 5)) in ("3:05\u202fPM", "3:05 PM")
        tab.reload()
        session = store.list_sessions(window.ctx.program)[0]
        label = tab.model.find("session", session.id).data()
        assert f"{session.date.month}/{session.date.day}/{session.date.year}" in label
        QLocale.setDefault(QLocale.c())
        assert fmt.weekday_date(date(2027, 3, 3)) == "Wed 03 Mar 2027"  # no locale: unambiguous
    finally:
        QLocale.setDefault(previous)


def test_a_remote_session_keeps_its_own_zone(window, tab, answers, qtbot):
    program = window.ctx.program
    tab.select_cycle(_latest_cycle(program).id)
    seen = {}

    def fill(dialog):
        seen["default"] = dialog.timezone.zone()
        dialog.timezone.setEditText("")
        qtbot.keyClicks(dialog.timezone.lineEdit(), "new york")  # searchable, spaces for _
        popup = dialog.timezone.completer().popup()
        seen["offered"] = [popup.model().index(r, 0).data()
                           for r in range(popup.model().rowCount())]
        dialog.location.setCurrentText("https://meet.example/ny")
        dialog.accept()
        seen["problems"] = dialog.problems.text()
        return dialog.result() == dialog.DialogCode.Accepted

    answers.dialog = fill
    sid = tab.new_session()
    assert not seen["problems"]
    assert seen["default"] == "Europe/Lisbon"  # the program's (or the last session's) zone
    assert seen["offered"] == ["America/New York"]
    assert store.get_session(program, sid).timezone == "America/New_York"
    form = tab.session_pane.form
    assert form.timezone.currentText() == "America/New York"
    form.timezone.setEditText("Mars/Base")
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    assert "“Mars/Base” is not a known time zone" in form.problems.text()
    assert store.get_session(program, sid).timezone == "America/New_York"
    form.timezone.setEditText("asia/tokyo")
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    assert store.get_session(program, sid).timezone == "Asia/Tokyo"


def test_marking_attendance_for_a_future_session_asks_once(window, tab, answers, qtbot,
                                                          monkeypatch):
    from peerdesk.ui import dialogs

    program = window.ctx.program
    tab.select_cycle(_latest_cycle(program).id)
    sid = _new_session(tab, answers, qtbot, on=date(2099, 3, 4))
    asked, reply = [], {"yes": False}
    monkeypatch.setattr(dialogs, "confirm",
                        lambda parent, title, text, *a, **k: asked.append(text) or reply["yes"])
    pane = tab.session_pane
    pane.focus_attendance()
    view = pane.attendance_view
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert attendance_store.attendance(program, sid) == {}  # refused: nothing marked
    assert len(asked) == 1 and "in the future" in asked[0]
    reply["yes"] = True
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert list(attendance_store.attendance(program, sid).values()) == ["present"]
    pane.mark_rest_present()
    assert len(attendance_store.attendance(program, sid)) == len(pane.attendance_model.people)
    assert len(asked) == 2  # asked once more, then not again for this session
