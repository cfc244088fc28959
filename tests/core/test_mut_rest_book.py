"""What the figure book tells a facilitator (core/disclosure/book.py): how many forms a
program or a cycle holds, the reason a figure that is not in the book is withheld, the
names of cycles and sessions beside each figure, and exact means of answers that are not
whole numbers.

Every expectation is worked out by hand from the forms written below (k = 3):

- cycle 1 "Spring": session 1 (5 Nov 2026, "Kick-off") with 3 forms, usefulness 4.5, 4, 5
  (sum 27/2); session 2 (no date, "Retro") with 3 forms, usefulness 3, 4, 5 (sum 12);
- cycle 2 "Autumn": session 3 (no date, no title) with 4 forms, usefulness 2, 2, 3, 3.

Every group holds at least k forms and no department is named, so every figure is shown:
forms 10 in all, 6 in Spring, 4 in Autumn.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from peerdesk.core.defaults import DEFAULT_QUESTIONS
from peerdesk.core.disclosure import Key, figure_book, figure_rows, forms_said
from peerdesk.core.feedback import FeedbackData, ResponseRecord
from peerdesk.core.models import Cycle, Session
from peerdesk.i18n import translation_for

SMALL = "too few responses: fewer than 3 (or none)"
PER_CYCLE = "departments are shown per cycle, not per session"
TOGETHER = "skill confidence is shown for all departments together"
SUBTRACTION = ("withheld as well, so that the hidden answers beside it cannot be worked out "
               "by subtraction")
USEFULNESS = {1: (4.5, 4, 5), 2: (3, 4, 5), 3: (2, 2, 3, 3)}  # session -> answers
CYCLE_OF = {1: 1, 2: 1, 3: 2}


@pytest.fixture(autouse=True)
def _english():
    with translation_for("en").active():
        yield


def program(usefulness=USEFULNESS) -> FeedbackData:
    responses = [ResponseRecord(CYCLE_OF[sid], sid, "", "session", {"usefulness": u})
                 for sid, answers in usefulness.items() for u in answers]
    return FeedbackData(
        cycles=[Cycle("Spring", id=1, start_date=date(2026, 11, 1)),
                Cycle("Autumn", id=2, start_date=date(2027, 9, 1))],
        sessions=[Session(1, "Kick-off", id=1, date=date(2026, 11, 5)),
                  Session(1, "Retro", id=2, date=None),
                  Session(2, "", id=3, date=None)],
        questions=list(DEFAULT_QUESTIONS), responses=responses, attendance=[], pairings=[],
        people=[], min_group_size=3)


def test_forms_said_gives_the_shown_count_of_the_program_and_of_each_cycle():
    book = figure_book(program())
    assert forms_said(book) == (10, "")
    assert forms_said(book, 1) == (6, "")
    assert forms_said(book, 2) == (4, "")


def test_forms_said_gives_the_reason_when_the_count_is_withheld():
    # Autumn with two forms: too few; Spring's six would give Autumn's two away beside the
    # program's eight, so Spring is withheld too, for that reason and not "too few"
    book = figure_book(program({1: (4, 4, 4), 2: (3, 3, 3), 3: (2, 2)}))
    assert forms_said(book) == (8, "")
    assert forms_said(book, 2) == (None, SMALL)
    assert forms_said(book, 1) == (None, SUBTRACTION)


def test_a_figure_the_book_does_not_hold_is_withheld_with_the_reason_that_applies():
    book = figure_book(program())
    asked = {
        Key("forms", "session", 1, 1, "Eng"): PER_CYCLE,  # a department in one session
        Key("usefulness", "session", 1, 2, "Sales"): PER_CYCLE,
        Key("confidence", "before", 1, None, "SQL|Eng"): TOGETHER,  # a skill in a department
        Key("confidence", "after", None, None, "Excel|Ops"): TOGETHER,
        # nothing else is in the book: said exactly like a group of fewer than k
        Key("forms", "session", 1, None, "Nowhere"): SMALL,  # a department nobody is in
        Key("forms", "session", 1, 99, None): SMALL,  # a session that does not exist
        Key("forms", "session", 99, None, None): SMALL,  # a cycle that does not exist
        Key("confidence", "before", 1, None, "Figma"): SMALL,  # a skill nobody rated
        Key("confidence", "after", 99, None, None): SMALL,
        Key("usefulness", "session", None, None, "Ops|Sales"): SMALL,  # not a skill
    }
    for key, reason in asked.items():
        figure = book.get(key)
        assert (figure.key, figure.n, figure.value, figure.reason) == (key, None, None, reason)
        assert not figure.shown and figure.withheld


def test_the_book_says_why_with_the_programs_own_minimum():
    data = program({1: (4, 4, 4, 4), 2: (3, 3, 3, 3), 3: (2, 2, 2, 2)})
    data.min_group_size = 4
    assert figure_book(data).get(Key("forms", "session", 7)).reason == (
        "too few responses: fewer than 4 (or none)")


def test_a_mean_of_answers_that_are_not_whole_is_exact():
    rows = {(r["measure"], r["cycle_id"], r["session_id"]): r
            for r in figure_rows(figure_book(program()))}
    expected = {
        (None, None): Fraction(27, 2) + 12 + 10,  # over 10 forms
        (1, None): Fraction(27, 2) + 12,  # over 6
        (1, 1): Fraction(27, 2),  # over 3
        (1, 2): Fraction(12),
        (2, None): Fraction(10),
        (2, 3): Fraction(10),
    }
    forms = {(None, None): 10, (1, None): 6, (1, 1): 3, (1, 2): 3, (2, None): 4, (2, 3): 4}
    for where, total in expected.items():
        row = rows[("usefulness", *where)]
        assert row["n"] == forms[where]
        assert Fraction(row["exact"]) == total / forms[where]
        assert row["value"] == round(float(total / forms[where]), 4)
        assert rows[("forms", *where)]["exact"] == str(forms[where])
    assert rows["usefulness", 1, 1]["exact"] == "9/2"


def test_every_row_names_its_cycle_and_session_as_the_facilitator_knows_them():
    rows = figure_rows(figure_book(program()))
    seen = set()
    for row in rows:
        cycle = {None: None, 1: "Spring", 2: "Autumn"}[row["cycle_id"]]
        session = {None: None, 1: "05 Nov 2026", 2: "Retro", 3: "Session 3"}[row["session_id"]]
        assert (row["cycle"], row["session"]) == (cycle, session), row
        seen.add((row["cycle_id"], row["session_id"]))
    assert seen == {(None, None), (1, None), (1, 1), (1, 2), (2, None), (2, 3)}


def test_rows_of_one_cycle_are_every_figure_of_that_cycle_and_no_other():
    rows = figure_rows(figure_book(program()), 2)
    assert {r["cycle_id"] for r in rows} == {2}
    forms = {r["session_id"]: r["n"] for r in rows if r["measure"] == "forms"}
    assert forms == {None: 4, 3: 4}
    usefulness = {r["session_id"]: r["exact"] for r in rows if r["measure"] == "usefulness"}
    assert usefulness == {None: "5/2", 3: "5/2"}
    spring = figure_rows(figure_book(program()), 1)
    assert {r["session_id"] for r in spring if r["measure"] == "forms"} == {None, 1, 2}
    assert {r["cycle"] for r in spring} == {"Spring"}


# -- response rates: forms over the people recorded present -------------------------------


def attended(attendance) -> FeedbackData:
    """One cycle, one session with three forms and no departments; ``attendance`` as given."""
    from peerdesk.core.feedback import AttendanceRecord
    from peerdesk.core.models import Participant

    return FeedbackData(
        cycles=[Cycle("Spring", id=1, start_date=date(2026, 11, 1))],
        sessions=[Session(1, "Kick-off", id=1, date=date(2026, 11, 5))],
        questions=list(DEFAULT_QUESTIONS),
        responses=[ResponseRecord(1, 1, "", "session", {"usefulness": 4}) for _ in range(3)],
        attendance=[AttendanceRecord(sid, pid, status) for sid, pid, status in attendance],
        pairings=[], people=[Participant(f"P{i}", id=i) for i in range(1, 5)],
        min_group_size=3)


def rates(data: FeedbackData) -> dict[tuple, tuple]:
    return {(r["cycle_id"], r["session_id"]): (r["n"], r["exact"], r["reason"])
            for r in figure_rows(figure_book(data)) if r["measure"] == "response_rate"}


def test_someone_no_longer_on_the_people_list_counts_once_among_those_present():
    # four people on the list and number 99 (since removed), all five present: 3 forms of 5
    five = [(1, pid, "present") for pid in (1, 2, 3, 4, 99)]
    assert rates(attended(five)) == {(None, None): (3, "3/5", None), (1, None): (3, "3/5", None),
                                     (1, 1): (3, "3/5", None)}


def test_attendance_kept_for_a_session_that_no_longer_exists_does_not_stop_the_count():
    # the first record is of session 42 (deleted); session 1's four present still count
    records = [(42, 1, "present")] + [(1, pid, "present") for pid in (1, 2, 3, 4)]
    records += [(1, 99, "absent")]
    assert rates(attended(records)) == {(None, None): (3, "3/4", None), (1, None): (3, "3/4", None),
                                        (1, 1): (3, "3/4", None)}


def test_no_cycle_rate_when_a_session_with_forms_has_no_attendance_recorded():
    # session 1: four present, three forms; session 2 (same cycle): three forms, nobody
    # ticked present or absent. The cycle's six forms over session 1's four present would
    # say more than everyone answered: no rate, and why.
    data = attended([(1, pid, "present") for pid in (1, 2, 3, 4)])
    data.sessions.append(Session(1, "Retro", id=2, date=date(2026, 11, 12)))
    data.responses += [ResponseRecord(1, 2, "", "session", {"usefulness": 5}) for _ in range(3)]
    missing = "attendance is not recorded for every session with forms"
    assert rates(data) == {(None, None): (None, None, missing), (1, None): (None, None, missing),
                           (1, 1): (3, "3/4", None), (1, 2): (None, None, "no attendance recorded")}
