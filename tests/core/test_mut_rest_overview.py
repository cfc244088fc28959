"""The checklist (core/overview.py), step by step, every field of each step compared whole.

The facts are built by hand and every expected sentence, count and share is worked out
from them in the comments (the rate 4 of 9 is 44 %, a session on the 5th is "5 May"...),
never by calling the checklist. ``iso`` writes dates as 2027-05-05 so that a test can tell
whether the caller's date writer reached each line that names a session.
"""

from __future__ import annotations

from datetime import date, timedelta

from peerdesk.core.chain import NeutralityWarning
from peerdesk.core.feedback import KeyNumbers
from peerdesk.core.overview import (
    OK,
    TODO,
    WARNING,
    CycleFacts,
    ProgramFacts,
    SessionFacts,
    Step,
    checklist,
    conduct_step,
    facilitator_step,
    feedback_step,
    held_step,
    pairs_step,
    participants_step,
    review_step,
    sessions_step,
    short_date,
)
from peerdesk.core.small_groups import Ratio, Stat

TODAY = date(2027, 5, 12)  # a Wednesday


def iso(day: date) -> str:
    return day.isoformat()


def whole(step: Step) -> tuple:
    return (step.number, step.key, step.title, step.state, step.summary, step.target,
            step.action, [(d.label, d.items) for d in step.details])


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def facts(**kw) -> ProgramFacts:
    base = dict(today=TODAY, facilitators=["Aylin Yılmaz"], conduct_version=1, signed=4,
                expected_signers=4, taking_part=4, new_recruits=1, seasoned=2)
    base.update(kw)
    return ProgramFacts(**base)


def test_facilitator_step_in_each_state():
    assert whole(facilitator_step(facts(facilitators=[]))) == (
        1, "facilitator", "Appoint a facilitator", TODO,
        "Nobody is appointed yet: choose someone who manages nobody in the program.",
        "facilitators", "Facilitators…", [])
    two = ["Aylin Yılmaz", "Tom Schneider"]
    assert whole(facilitator_step(facts(facilitators=two))) == (
        1, "facilitator", "Appoint a facilitator", OK, "Aylin Yılmaz, Tom Schneider; neutral.",
        "facilitators", "Facilitators…", [("Facilitators", two)])
    # two facilitators manage 2 + 1 = 3 people
    step = facilitator_step(facts(facilitators=two, neutrality=[
        NeutralityWarning("Tom Schneider", ("Leonor Teixeira", "Nuno Cardoso")),
        NeutralityWarning("Aylin Yılmaz", ("Bo Costa",))]))
    assert whole(step) == (
        1, "facilitator", "Appoint a facilitator", WARNING,
        "Tom Schneider, Aylin Yılmaz manages 3 participants: not neutral.",
        "facilitators", "Facilitators…",
        [("Facilitators", two),
         ("Tom Schneider has authority over", ["Leonor Teixeira", "Nuno Cardoso"]),
         ("Aylin Yılmaz has authority over", ["Bo Costa"])])
    one = facilitator_step(facts(facilitators=["Tom Schneider"], neutrality=[
        NeutralityWarning("Tom Schneider", ("Bo Costa",))]))
    assert one.summary == "Tom Schneider manages 1 participant: not neutral."


def test_conduct_step_in_each_state():
    assert whole(conduct_step(facts(conduct_version=None))) == (
        2, "conduct", "Agree the code of conduct", TODO,
        "Write the code of conduct everyone signs.", "conduct", "Conduct…", [])
    assert conduct_step(facts(conduct_version=2, expected_signers=0, signed=0)).summary == (
        "Version 2 is ready; nobody to sign it yet.")
    # one missing is a warning (the edge of "nobody missing")
    assert whole(conduct_step(facts(conduct_version=2, signed=3, expected_signers=4,
                                    not_signed=["Bo Costa"]))) == (
        2, "conduct", "Agree the code of conduct", WARNING, "3 of 4 signed; 1 missing.",
        "conduct", "Conduct…", [("Not signed yet", ["Bo Costa"])])
    everyone = conduct_step(facts(conduct_version=2, signed=4, expected_signers=4))
    assert (everyone.state, everyone.summary, everyone.details) == (
        OK, "All 4 signed version 2.", [])
    alone = conduct_step(facts(conduct_version=3, signed=1, expected_signers=1))
    assert (alone.state, alone.summary) == (OK, "1 person signed version 3.")


def test_participants_step_in_each_state():
    assert whole(participants_step(facts(taking_part=0))) == (
        3, "participants", "Bring in the participants", TODO,
        "Nobody is taking part yet: import the staff list or add people.",
        "participants", "Participants", [])
    one = participants_step(facts(taking_part=1, new_recruits=0, seasoned=1))
    assert (one.state, one.summary) == (OK, "1 person: 0 new recruits, 1 seasoned.")


def test_pairs_step_in_each_state():
    assert whole(pairs_step(CycleFacts("Spring"))) == (
        4, "pairs", "Pair people", TODO, "No pairs yet: generate them.", "pairings",
        "Pairings", [])
    # one person still to pair is a warning (the edge of "nobody to pair")
    late = pairs_step(CycleFacts("Spring", pairs=1, published=1,
                                 unpaired=[("Bo", "joined after the pairs were made")]))
    assert whole(late) == (4, "pairs", "Pair people", WARNING,
                           "1 pair, published; 1 not paired.", "pairings", "Pairings",
                           [("Joined after the pairs were made", ["Bo"])])


def sessions_cycle() -> CycleFacts:
    return CycleFacts("Spring", sessions=[
        # held a week ago, one minute over (the edge of "runs over")
        SessionFacts("Kick-off", day(-7), overrun_minutes=1, signin_printed=True, marked=4),
        # a week ahead, sheet not printed: due (the edge of SIGNIN_DUE_DAYS)
        SessionFacts("Mid", day(7)),
        # yesterday, no sheet printed and no marks: held by its date, so no sheet to print
        SessionFacts("Past", day(-1)),
    ])


def test_sessions_step_in_each_state():
    assert whole(sessions_step(CycleFacts("Spring"), TODAY)) == (
        5, "plan", "Plan the sessions", TODO, "No sessions yet: plan the cycle's sessions.",
        "sessions", "Sessions", [])
    assert whole(sessions_step(sessions_cycle(), TODAY, iso)) == (
        5, "plan", "Plan the sessions", WARNING,
        "3 sessions planned; 1 agenda runs over time; 1 sign-in sheet to print.",
        "sessions", "Sessions",
        [("Agenda runs over", ["Kick-off (2027-05-05): 1 min over"]),
         ("Sign-in sheet not printed", ["Mid (2027-05-19)"])])
    # eight days ahead is not due yet: listed, but no warning
    later = sessions_step(CycleFacts("Spring", sessions=[SessionFacts("Mid", day(8))]), TODAY)
    assert (later.state, later.summary, later.details[0].items) == (
        OK, "1 session planned; 1 sign-in sheet to print.", ["Mid (20 May)"])


def test_a_session_is_held_once_marked_or_once_its_day_is_past():
    assert SessionFacts("Early", day(3), marked=1).held(TODAY)
    assert not SessionFacts("Today", TODAY).held(TODAY)  # it may be this afternoon
    assert SessionFacts("Yesterday", day(-1)).held(TODAY)
    assert SessionFacts("Undated", None).label() == "Undated"
    assert short_date(date(2027, 3, 3), year=True) == "3 Mar 2027"
    assert short_date(date(2027, 3, 3)) == "3 Mar"


def test_held_step_in_each_state():
    assert whole(held_step(CycleFacts("Spring", sessions=[SessionFacts("Next", day(7))]),
                           TODAY)) == (
        6, "hold", "Hold the sessions", TODO, "No session has taken place yet.", "sessions",
        "Attendance", [])
    cycle = CycleFacts("Spring", sessions=[
        SessionFacts("One", day(-7), marked=4, present=3),
        SessionFacts("Two", day(-1)),  # held by its date, nobody marked
        SessionFacts("Three", day(7)),
    ], attendance=Ratio(3, 4), absent_twice=["Duarte Rocha"])
    # 2 of the 3 held; attendance 3 of 4 = 75 %
    assert whole(held_step(cycle, TODAY, iso)) == (
        6, "hold", "Hold the sessions", WARNING,
        "2 of 3 held, attendance 75%; 1 session without attendance; 1 absent twice in a row.",
        "sessions", "Attendance",
        [("Attendance not recorded", ["Two (2027-05-11)"]),
         ("Absent twice in a row", ["Duarte Rocha"])])


FEWER = ("Fewer than {n} answers, or withheld so that a small group cannot be worked out "
         "(not reported)")


def feedback_cycle(**kw) -> CycleFacts:
    return CycleFacts("Spring", sessions=[
        SessionFacts("A", day(-7), marked=4, present=4, responses=3),  # 3: enough
        SessionFacts("B", day(-6), marked=1, present=1, responses=1),  # 1: too few
        SessionFacts("C", day(-5), marked=2, present=2, responses=0),  # none
        SessionFacts("D", day(-4), marked=0, present=0, responses=0),  # no attendance: left out
        SessionFacts("E", day(-3), marked=3, present=2, responses=None),  # withheld
        SessionFacts("F", day(3), marked=0),  # ahead
    ], **kw)


def test_feedback_step_counted_from_the_sessions():
    assert whole(feedback_step(CycleFacts("Spring"), TODAY, 3)) == (
        7, "feedback", "Collect feedback", TODO, "Feedback comes after the first session.",
        "feedback", "Feedback", [])
    # forms 3 + 1 + 0 (+ nothing for the withheld E) = 4 of 4 + 1 + 2 + 2 = 9 present: 44 %
    assert whole(feedback_step(feedback_cycle(), TODAY, 3, iso)) == (
        7, "feedback", "Collect feedback", WARNING,
        "4 forms, response rate 44%; 2 sessions with too few answers to report; "
        "1 without feedback.", "feedback", "Feedback",
        [(FEWER.format(n=3), ["B (2027-05-06)", "E (2027-05-09)"]),
         ("No feedback entered", ["C (2027-05-07)"]),
         ("Response rate per session", ["A (2027-05-05): 3 of 4 (75%)",
                                        "B (2027-05-06): 1 of 1 (100%)",
                                        "C (2027-05-07): 0 of 2 (0%)",
                                        "E (2027-05-09): withheld"])])


def test_feedback_step_one_form_and_more_forms_than_people():
    one = feedback_step(CycleFacts("Spring", sessions=[
        SessionFacts("A", day(-7), marked=1, present=1, responses=1)]), TODAY, 3)
    assert one.summary == "1 form, response rate 100%; 1 session with too few answers to report."
    # five forms for four people present: the rate stops at 4 of 4
    many = feedback_step(CycleFacts("Spring", sessions=[
        SessionFacts("A", day(-7), marked=4, present=4, responses=5)]), TODAY, 3)
    assert (many.state, many.summary) == (OK, "5 forms, response rate 100%.")
    assert many.details == [many.details[0]]
    assert many.details[0].items == ["A (5 May): 4 of 4 (100%)"]


def numbers(responses: Stat, rate: Ratio) -> KeyNumbers:
    return KeyNumbers(participants=20, sessions_planned=6, sessions_held=6,
                      attendance=Ratio(15, 20), response_rate=rate, responses=responses,
                      usefulness=Stat(3.6, 30), safety=Stat(3.8, 30), enps=Stat(20.0, 30),
                      pairs=10, cross_pairs=Ratio(8, 10), hours=30.0,
                      confidence_gain=Stat(None, 0))


def test_feedback_step_takes_the_cycles_figures_when_it_has_them():
    sessions = [SessionFacts("A", day(-7), marked=4, present=4, responses=3)]
    shown = feedback_step(CycleFacts("Spring", sessions=sessions,
                                     numbers=numbers(Stat(9.0, 9), Ratio(9, 12))), TODAY, 3)
    assert shown.summary == "9 forms, response rate 75%."
    one = feedback_step(CycleFacts("Spring", sessions=sessions,
                                   numbers=numbers(Stat(1.0, 1), Ratio(1, 1))), TODAY, 3)
    assert one.summary == "1 form, response rate 100%."
    nothing = feedback_step(CycleFacts("Spring", sessions=sessions,
                                       numbers=numbers(Stat(0.0, 0), Ratio(0, 12))), TODAY, 3)
    assert nothing.summary == "0 forms, response rate 0%."
    hidden = feedback_step(CycleFacts("Spring", sessions=sessions,
                                      numbers=numbers(Stat.hidden("few"), Ratio(0, 0))),
                           TODAY, 4)
    # and 3 answers in A are too few for a group of 4
    assert hidden.summary == ("too few forms to report (fewer than 4, or they would give a "
                              "small group away); 1 session with too few answers to report.")


def test_the_checklist_passes_its_day_date_writer_and_group_size_to_every_step():
    cycle = CycleFacts("Spring", pairs=2, published=2, sessions=[
        SessionFacts("A", day(-7), marked=5, present=5, responses=4),
        SessionFacts("B", day(-1)),  # held by its date only
        SessionFacts("C", day(7)),  # a sheet to print, due
    ], attendance=Ratio(5, 5))
    steps = checklist(facts(cycle=cycle, min_group_size=6), iso)
    assert [s.target for s in steps[3:]] == ["pairings", "sessions", "sessions", "feedback",
                                             "feedback"]
    plan, hold, feedback, review = steps[4:]
    assert plan.details == [plan.details[0]] and plan.details[0].items == ["C (2027-05-19)"]
    assert plan.state == WARNING
    assert hold.details[0].items == ["B (2027-05-11)"]
    # four answers are too few for a minimum group of six
    assert feedback.details[0].label == FEWER.format(n=6)
    assert feedback.details[0].items == ["A (2027-05-05)"]
    assert review.state == TODO  # C is still ahead and there is nothing to compare
    without = checklist(facts())
    assert [s.summary for s in without[3:]] == [
        "Create the first cycle (Program > New Cycle) to plan it."] * 5


def review_numbers(**kw) -> KeyNumbers:
    base = dict(participants=20, sessions_planned=6, sessions_held=6, attendance=Ratio(15, 20),
                response_rate=Ratio(10, 15), responses=Stat(40.0, 40),
                usefulness=Stat(3.6, 30), safety=Stat(3.8, 30), enps=Stat(20.0, 30), pairs=10,
                cross_pairs=Ratio(8, 10), hours=30.0, confidence_gain=Stat(None, 0))
    base.update(kw)
    return KeyNumbers(**base)


def past(n: int) -> list[SessionFacts]:
    return [SessionFacts(f"S{i}", day(-7 * (i + 1)), marked=5, present=5) for i in range(n)]


def test_review_step_until_and_after_the_cycle_ends():
    ahead = [*past(2), SessionFacts("Last", day(7))]
    assert whole(review_step(CycleFacts("Spring", sessions=ahead), TODAY)) == (
        8, "review", "Review and improve", TODO,
        "After the last session: read the cycle report and compare with the last cycle.",
        "feedback", "Cycle report", [])
    # the cycle's end today is not yet past
    assert review_step(CycleFacts("Spring", end_date=TODAY, sessions=ahead), TODAY).state == TODO
    # ended yesterday: done, even with a session left unheld
    ended = review_step(CycleFacts("Spring", end_date=day(-1), sessions=ahead), TODAY)
    assert (ended.state, ended.summary) == (
        OK, "First cycle: nothing to compare yet. Read the cycle report.")
    # numbers of both cycles but no name for the previous one: nothing is compared
    nameless = CycleFacts("Spring", sessions=past(2), numbers=review_numbers(),
                          previous_numbers=review_numbers(), previous_name=None)
    assert review_step(nameless, TODAY).summary == (
        "First cycle: nothing to compare yet. Read the cycle report.")
    unnumbered = CycleFacts("Spring", sessions=past(2), numbers=None,
                            previous_numbers=review_numbers(), previous_name="Winter")
    assert review_step(unnumbered, TODAY).state == OK


def test_review_names_a_move_of_exactly_one_step_and_the_sessions_to_go():
    # attendance 15 of 20 (75 %) -> 16 of 20 (80 %): 5 points, exactly one notable step
    now = review_numbers(attendance=Ratio(16, 20))
    one = CycleFacts("Summer", sessions=[*past(2), SessionFacts("Last", day(7))], numbers=now,
                     previous_numbers=review_numbers(), previous_name="Spring")
    step = review_step(one, TODAY)
    assert step.state == TODO
    assert step.summary == "Since Spring: attendance ↑ 5 pts so far; 1 session to go."


def test_review_keeps_the_biggest_fall_of_exactly_one_step_in_view():
    # response rate 10/15 -> 15/15: +33 pts (6.6 steps); attendance 75 % -> 100 %: +25 pts
    # (5 steps); usefulness 3.6 -> 4.6: +1.0 (5 steps); safety 3.8 -> 3.6: -0.2 (1 step)
    now = review_numbers(attendance=Ratio(20, 20), response_rate=Ratio(15, 15),
                         usefulness=Stat(4.6, 30), safety=Stat(3.6, 30))
    cycle = CycleFacts("Summer", sessions=past(3), numbers=now,
                       previous_numbers=review_numbers(), previous_name="Spring")
    step = review_step(cycle, TODAY)
    assert step.state == WARNING
    assert step.summary == ("Since Spring: response rate ↑ 33 pts, attendance ↑ 25 pts, "
                            "psychological safety ↓ 0.2.")
