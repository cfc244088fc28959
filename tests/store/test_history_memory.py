"""The figures' history while a program is open: the forms each class holds are followed
by their response ids, in memory only (issue 12). Here: that memory is there after a
batch joins, is never written to the file, and is dropped when the ids are drawn again
(a program switched back to anonymous), so the check never follows forms by ids that
are no longer theirs."""

from __future__ import annotations

from datetime import date

from peerdesk.core.disclosure_changes import Answers
from peerdesk.core.disclosure_classes import Klass, TableHistory
from peerdesk.core.disclosure_history import _follows
from peerdesk.core.models import Cycle, Participant
from peerdesk.store.cycles import add_cycle
from peerdesk.store.disclosure_history import load_history
from peerdesk.store.feedback import PaperForm, add_paper_form, close_feedback
from peerdesk.store.participants import add_participant
from peerdesk.store.program import Program
from peerdesk.store.responses import set_anonymous
from peerdesk.store.sessions import add_session, new_session


def _program(path=None) -> tuple[Program, int, int]:
    program = Program.create(path, "Memory")
    program.set_setting("min_group_size", 3)
    cycle = add_cycle(program, Cycle("Spring", start_date=date(2027, 3, 1)))
    session = add_session(program, new_session(program, cycle, date=date(2027, 3, 4)))
    for i in range(6):
        add_participant(program, Participant(f"P{i}", email=f"p{i}@x.example",
                                             department="Sales"))
    return program, cycle, session


def _type(program: Program, cycle: int, session: int, n: int) -> list[int]:
    for i in range(n):
        add_paper_form(program, PaperForm(cycle, {"usefulness": str(1 + i % 5)}, session))
    return close_feedback(program, cycle, session, "session").ids


def _known_ids(program: Program) -> set[int]:
    return {r for t in load_history(program).tables.values() for k in t.classes.values()
            for r in k.ids}


def test_the_classes_know_their_forms_while_the_program_is_open():
    program, cycle, session = _program()
    try:
        joined = _type(program, cycle, session, 5)
        assert joined and _known_ids(program) == set(joined)
        history = load_history(program)
        assert all(k.known() for t in history.tables.values() for k in t.classes.values())
    finally:
        program.close()


def test_a_history_read_from_the_file_knows_no_forms(tmp_path):
    path = tmp_path / "p.peerdesk"
    program, cycle, session = _program(path=path)
    try:
        joined = _type(program, cycle, session, 5)
        assert joined and _known_ids(program) == set(joined)
    finally:
        program.close()
    with Program.open(path) as again:
        assert load_history(again).size()[0] > 0
        assert _known_ids(again) == set()


def test_ids_drawn_again_leave_no_memory_of_the_old_ones():
    """A program switched to named feedback and back to anonymous gets new ids for every
    form: the history must not follow the old ones (it would take every counted form for
    a new answer, in no earlier reading, and every earlier answer for one that left)."""
    program, cycle, session = _program()
    try:
        joined = _type(program, cycle, session, 5)
        assert joined and _known_ids(program) == set(joined)
        set_anonymous(program, False)
        assert _known_ids(program) == set(joined)  # the ids stay: nothing to forget
        set_anonymous(program, True)
        now = {r[0] for r in program.db.execute("SELECT id FROM feedback_responses")}
        assert len(now) == 5 and now.isdisjoint(joined)
        assert _known_ids(program) == set()
        assert load_history(program).size()[0] > 0  # the history itself stays
    finally:
        program.close()


def test_forms_the_classes_do_not_hold_make_the_check_fall_back_to_its_guess():
    """Defence in depth: classes whose ids do not cover the forms the figures count
    (ids drawn again behind the history's back) are not followed form by form."""
    atom = (1, 1, "Sales")
    table = TableHistory({1: Klass(atom, 2, ids=frozenset({10, 11}))}, [frozenset({1})], [])
    same, other = Answers(), Answers()
    same.counted[atom] |= {10, 11}
    other.counted[atom] |= {20, 21}
    assert _follows(table, same)
    assert not _follows(table, other)
    assert _follows(TableHistory(), other)  # a first reading: every form is new
    unknown = TableHistory({1: Klass(atom, 2)}, [frozenset({1})], [])
    assert not _follows(unknown, same)
