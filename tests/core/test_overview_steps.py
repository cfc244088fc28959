"""The checklist's statuses from hand-built facts: each step's ok / warning / todo."""

from datetime import date, timedelta

from peerdesk.core.chain import NeutralityWarning
from peerdesk.core.overview import (
    NEW_CYCLE,
    OK,
    TODO,
    WARNING,
    CycleFacts,
    ProgramFacts,
    SessionFacts,
    checklist,
    conduct_step,
    facilitator_step,
    feedback_step,
    held_step,
    pairs_step,
    participants_step,
    sessions_step,
)
from peerdesk.core.small_groups import Ratio

TODAY = date(2027, 5, 12)


def facts(**kw) -> ProgramFacts:
    base = dict(today=TODAY, facilitators=["Aylin Yılmaz"], conduct_version=1, signed=4,
                expected_signers=4, taking_part=4, new_recruits=1, seasoned=2)
    base.update(kw)
    return ProgramFacts(**base)


def session(title="Kick-off", days=-7, **kw) -> SessionFacts:
    base = dict(signin_printed=True, marked=4, present=4, responses=3)
    base.update(kw)
    return SessionFacts(title, TODAY + timedelta(days=days), **base)


def test_facilitator_none_neutral_and_not_neutral():
    assert facilitator_step(facts(facilitators=[])).state == TODO
    ok = facilitator_step(facts())
    assert ok.state == OK and "Aylin Yılmaz" in ok.summary
    tom = facilitator_step(facts(facilitators=["Tom Schneider"], neutrality=[
        NeutralityWarning("Tom Schneider", ("Leonor Teixeira", "Nuno Cardoso"))]))
    assert tom.state == WARNING
    assert tom.summary == "Tom Schneider manages 2 participants: not neutral."
    over = next(d for d in tom.details if d.label.startswith("Tom Schneider has authority"))
    assert over.items == ["Leonor Teixeira", "Nuno Cardoso"]
    assert tom.target == "facilitators"


def test_conduct_counts_who_has_not_signed():
    missing = [f"Person {i}" for i in range(7)]
    step = conduct_step(facts(signed=38, expected_signers=45, not_signed=missing))
    assert step.state == WARNING
    assert step.summary == "38 of 45 signed; 7 missing."
    assert step.details[0].items == missing
    assert conduct_step(facts(signed=45, expected_signers=45)).state == OK
    assert conduct_step(facts(conduct_version=None)).state == TODO
    nobody = conduct_step(facts(expected_signers=0, signed=0))
    assert nobody.state == TODO and "nobody to sign" in nobody.summary


def test_participants_without_skills_need_a_look():
    assert participants_step(facts(taking_part=0)).state == TODO
    step = participants_step(facts(no_skills=["Ana Ribeiro"]))
    assert step.state == WARNING
    assert step.summary == "4 people: 1 new recruit, 2 seasoned; 1 without skills."
    assert step.details[0].items == ["Ana Ribeiro"]
    assert participants_step(facts()).state == OK


def test_pairs_published_unpublished_and_unpaired_grouped_by_reason():
    assert pairs_step(CycleFacts("Spring")).state == TODO
    assert pairs_step(CycleFacts("Spring", pairs=3, published=3)).state == OK
    draft = pairs_step(CycleFacts("Spring", pairs=3, published=0))
    assert draft.state == WARNING and "0 published" in draft.summary
    late = "joined after the pairs were made"
    engine = "No allowed partner: every one of the 3 others is ruled out for Eva (3 in the reporting chain)."
    step = pairs_step(CycleFacts("Spring", pairs=3, published=3, unpaired=[
        ("Bo", late), ("Cy", late), ("Eva", engine)]))
    assert step.state == WARNING and step.summary == "3 pairs, published; 3 not paired."
    by_label = {d.label: d.items for d in step.details}
    assert by_label["Joined after the pairs were made"] == ["Bo", "Cy"]
    assert by_label["Unpaired"] == [engine]
    away = pairs_step(CycleFacts("Spring", pairs=3, published=3, not_taking_part=1,
                                 unpaired=[("Di", "Di has opted out of pairing.")]))
    assert away.state == OK and away.summary == "3 pairs, published; 1 not paired (1 not taking part)."


def test_sessions_overrun_and_sign_in_sheets_due():
    assert sessions_step(CycleFacts("Spring"), TODAY).state == TODO
    fine = CycleFacts("Spring", sessions=[session(), session("Later", 30, signin_printed=False,
                                                             marked=0)])
    step = sessions_step(fine, TODAY)
    assert step.state == OK  # a sheet a month away is listed, not a warning
    assert step.details[0].items == ["Later (11 Jun)"]
    soon = CycleFacts("Spring", sessions=[session("Soon", 3, signin_printed=False, marked=0)])
    assert sessions_step(soon, TODAY).state == WARNING
    over = sessions_step(CycleFacts("Spring", sessions=[session(overrun_minutes=5)]), TODAY)
    assert over.state == WARNING and "1 agenda runs over time" in over.summary
    assert over.details[0].items == ["Kick-off (5 May): 5 min over"]


def test_held_sessions_attendance_and_absent_twice():
    future = CycleFacts("Spring", sessions=[session(days=7, marked=0)])
    assert held_step(future, TODAY).state == TODO
    untaken = CycleFacts("Spring", sessions=[session(marked=0), session("Two", 7, marked=0)])
    step = held_step(untaken, TODAY)
    assert step.state == WARNING and step.summary.startswith("1 of 2 held")
    twice = CycleFacts("Spring", sessions=[session()], absent_twice=["Duarte Rocha"],
                       attendance=Ratio(9, 10))
    step = held_step(twice, TODAY)
    assert step.state == WARNING and "attendance 90%" in step.summary
    assert step.details[-1].items == ["Duarte Rocha"]
    ok = CycleFacts("Spring", sessions=[session()], attendance=Ratio(4, 4))
    assert held_step(ok, TODAY).state == OK


def test_feedback_too_few_answers_obeys_the_floor_of_three():
    cycle = CycleFacts("Spring", sessions=[session(responses=2, present=10), session("Two", -1)])
    # A setting below 3 cannot lower the threshold: two answers are still too few.
    step = feedback_step(cycle, TODAY, min_group_size=1)
    assert step.state == WARNING
    assert step.details[0].label.startswith("Fewer than 3 answers")
    assert step.details[0].items == ["Kick-off (5 May)"]
    rates = next(d for d in step.details if d.label == "Response rate per session")
    assert rates.items[0] == "Kick-off (5 May): 2 of 10 (20%)"
    fine = CycleFacts("Spring", sessions=[session(responses=5, present=5)])
    assert feedback_step(fine, TODAY, 5).state == OK
    none = CycleFacts("Spring", sessions=[session(responses=0)])
    assert "without feedback" in feedback_step(none, TODAY, 3).summary


def test_without_a_cycle_the_cycle_steps_ask_for_one():
    steps = checklist(facts())
    assert [s.number for s in steps] == list(range(1, 9))
    assert all(s.state == TODO and s.target == NEW_CYCLE for s in steps[3:])
    assert steps[0].state == OK


def test_every_step_serialises_to_plain_data():
    cycle = CycleFacts("Spring", pairs=2, published=2, sessions=[session()],
                       attendance=Ratio(4, 4))
    for step in checklist(facts(cycle=cycle)):
        data = step.to_dict()
        assert set(data) == {"number", "key", "title", "state", "summary", "target", "action",
                             "details"}
        assert data["state"] in (OK, WARNING, TODO) and data["summary"].endswith(".")



def test_the_steps_keys_numbers_and_what_each_opens():
    """A step has the same number, key and title with or without a cycle (``--json`` and
    the window find a step by its key)."""
    cycle = CycleFacts("Spring", pairs=2, published=2, sessions=[session()],
                       attendance=Ratio(4, 4))
    with_cycle = checklist(facts(cycle=cycle))
    keys = ["facilitator", "conduct", "participants", "pairs", "plan", "hold", "feedback",
            "review"]
    assert [(s.number, s.key) for s in with_cycle] == list(enumerate(keys, start=1))
    without = checklist(facts())
    assert [(s.number, s.key) for s in without] == list(enumerate(keys, start=1))
    assert [s.action for s in without[3:]] == ["New cycle…"] * 5
    assert [s.title for s in with_cycle] == [s.title for s in without]
    assert all(s.title and s.title[0].isupper() for s in with_cycle + without)


def test_each_step_names_what_is_missing_and_the_tab_that_fixes_it():
    step = participants_step(facts(no_skills=["Ana Ribeiro"], no_hire_date=["Bo Costa"]))
    assert [(d.label, d.items) for d in step.details] == [
        ("No skills entered yet", ["Ana Ribeiro"]),
        ("No hire date (tenure unknown)", ["Bo Costa"])]
    none = CycleFacts("Spring", sessions=[session(responses=0)])
    fb = feedback_step(none, TODAY, 3)
    assert ("No feedback entered", ["Kick-off (5 May)"]) in [(d.label, d.items)
                                                              for d in fb.details]
    held = held_step(CycleFacts("Spring", sessions=[session()], attendance=Ratio(4, 4)), TODAY)
    assert (held.title, held.target, held.action) == ("Hold the sessions", "sessions",
                                                      "Attendance")
    pairs = pairs_step(CycleFacts("Spring", unpaired=[("Bo", "joined after the pairs were made")]))
    assert [(d.label, d.items) for d in pairs.details] == [("To pair", ["Bo"])]
    assert (pairs.title, pairs.target, pairs.action) == ("Pair people", "pairings", "Pairings")
