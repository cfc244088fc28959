"""One date format per kind, from the user's locale, in every view, dialog and date editor."""

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateEdit, QTimeEdit

from peerdesk.ui import locale as fmt

pytestmark = pytest.mark.gui

DAY = date(2027, 3, 3)


@pytest.fixture
def in_locale():
    previous = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name) if name != "C" else QLocale.c())

    yield use
    QLocale.setDefault(previous)


@pytest.mark.parametrize("name, short, long, weekday, number, share", [
    ("de_DE", "03.03.2027", "3. März 2027", "Mi. 03.03.2027", "1.234,5", "94\u00a0%"),
    ("en_US", "3/3/2027", "March 3, 2027", "Wed 3/3/2027", "1,234.5", "94%"),
    ("en_GB", "03/03/2027", "3 March 2027", "Wed 03/03/2027", "1,234.5", "94%"),
    ("pt_PT", "03/03/2027", "3 de março de 2027", "quarta 03/03/2027", "1234,5", "94%"),
    ("C", "03 Mar 2027", "3 March 2027", "Wed 03 Mar 2027", "1234.5", "94%"),
    ("fr_FR", "03/03/2027", "3 mars 2027", "mer. 03/03/2027", "1\u202f234,5", "94\u00a0%"),
])
def test_each_kind_has_one_format(in_locale, name, short, long, weekday, number, share):
    in_locale(name)
    assert fmt.short_date(DAY) == short
    assert fmt.long_date(DAY) == long
    assert fmt.weekday_date(DAY) == weekday
    assert fmt.number(1234.5) == number
    assert fmt.number(3) == "3"
    assert fmt.percent(0.944) == share and fmt.percent(None) == "–"  # CLDR: "94 %" in German
    assert "yyyy" in fmt.short_format()


def _date_editors(widget):
    return widget.findChildren(QDateEdit) + [w for w in widget.findChildren(QTimeEdit)
                                             if isinstance(w, QDateEdit)]


def test_every_date_in_the_window_reads_one_way(in_locale, qtbot, answers, tmp_path):
    in_locale("de_DE")
    from peerdesk.store import demo
    from peerdesk.store.cycles import list_cycles
    from peerdesk.store.participants import list_participants
    from peerdesk.store.program import Program
    from peerdesk.store.sessions import list_sessions
    from peerdesk.ui.main_window import MainWindow
    from peerdesk.ui.program_dialogs import CycleDialog
    from peerdesk.ui.sessions.new_session import NewSessionDialog

    path = tmp_path / "demo.peerdesk"
    with Program.create(path) as p:
        demo.populate(p)
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_path(str(path))
    w.show()
    w.finish_building()
    program = w.ctx.program
    editors = [e for e in w.findChildren(QDateEdit) if type(e) is QDateEdit]
    cycle = list_cycles(program)[-1]
    for dialog in (CycleDialog(w.ctx, w), NewSessionDialog(w.ctx, cycle.id, w)):
        editors += dialog.findChildren(QDateEdit)
    assert len(editors) >= 6
    assert {e.displayFormat() for e in editors} == {"dd.MM.yyyy"}
    assert {e.displayFormat() for e in w.findChildren(QTimeEdit) if type(e) is QTimeEdit} == {"HH:mm"}

    people = w.tab_pages["participants"]
    model = people.model
    person = next(p for p in list_participants(program) if p.hire_date)
    row = next(r for r in range(model.rowCount()) if model.people[r].id == person.id)
    assert model.index(row, 5).data() == person.hire_date.strftime("%d.%m.%Y")

    sessions = w.tab_pages["sessions"]
    sessions.reload()
    first = list_sessions(program, cycle.id)[0]
    assert fmt.weekday_date(first.date) in sessions.model.find("session", first.id).data()
    assert first.date.strftime("%d.%m.%Y") in fmt.weekday_date(first.date)

    dock = w.overview
    qtbot.waitUntil(lambda: not dock.stale and len(dock.steps) == 8)
    plan = next(s for s in dock.steps if s.key == "plan")
    listed = [item for d in plan.details for item in d.items]
    ahead = [s for s in list_sessions(program, cycle.id) if s.date > date.today()]
    assert any(fmt.short_date(s.date) in item for s in ahead for item in listed), listed
