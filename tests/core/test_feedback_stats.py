"""The feedback statistics over a small program built by hand, every number checked."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from peerdesk.core.answers import check_answers, enps_value
from peerdesk.core.defaults import DEFAULT_QUESTIONS
from peerdesk.core.disclosure import Figure, Key
from peerdesk.core.feedback import (
    AttendanceRecord,
    FeedbackData,
    ResponseRecord,
    Scope,
    comments,
    confidence_change,
    engagement,
    enps_trend,
    key_numbers,
    safety_trend,
)
from peerdesk.core.models import Cycle, Pairing, Participant, Session
from peerdesk.core.participation import (
    cross_department_share,
    department_heatmap,
    participation_by_department,
    retention,
)
from peerdesk.core.small_groups import NO_RESPONSES, TOO_FEW, Stat, group_threshold

QUESTIONS = {q.key: q for q in DEFAULT_QUESTIONS}


def _form(cycle, session, dept, useful, recommend, safe=4, comment="", phase="session"):
    values = {"usefulness": useful, "recommend": recommend, "safe_to_ask": safe,
              "ps_mistake_held": 6 - safe}
    return ResponseRecord(cycle, session, dept, phase, values, [], [comment] if comment else [])


def _conf(cycle, phase, skill, value):
    return ResponseRecord(cycle, None, "Eng", phase, {}, [(skill, value)], [])


@pytest.fixture
def data() -> FeedbackData:
    people = [Participant(f"P{i}", id=i, department=d) for i, d in
              [(1, "Eng"), (2, "Eng"), (3, "Eng"), (4, "Sales"), (5, "Sales"), (6, "Ops"), (7, "Ops")]]
    people.append(Participant("P8", id=8, department="Eng", archived_on=date(2027, 2, 1),
                              left_company=True))
    people.append(Participant("P9", id=9, department="Sales"))  # never in a cycle
    present = "present"
    attendance = [AttendanceRecord(1, i, present) for i in (1, 2, 3, 4, 6, 8)]
    attendance += [AttendanceRecord(1, 7, "absent")]
    attendance += [AttendanceRecord(2, i, present) for i in (1, 2, 3)]
    attendance += [AttendanceRecord(2, 4, "excused"), AttendanceRecord(3, 1, present),
                   AttendanceRecord(3, 5, present)]
    responses = [
        _form(1, 1, "Eng", 4, 10, comment="Loved the pair work"),
        _form(1, 1, "Eng", 5, 9),
        _form(1, 1, "Eng", 3, 7, comment="  "),
        _form(1, 1, "Sales", 4, 6, comment="a bit long"),
        _form(1, 1, "Ops", 4, 9, safe=2),
        _form(1, 2, "Eng", 5, 10),
        _form(1, 2, "Eng", 5, 10),
        _form(2, 3, "Eng", 2, 3),
        _form(2, 3, "Sales", 3, 8),
        _form(2, 3, "Sales", 4, 9),
    ]
    responses += [_conf(1, "before", "SQL", v) for v in (2, 2, 3)]
    responses += [_conf(1, "after", "SQL", v) for v in (4, 4, 4)]
    responses += [_conf(1, "before", "Excel", v) for v in (1, 2, 3)]
    responses += [_conf(1, "after", "Excel", v) for v in (5, 5)]
    return FeedbackData(
        cycles=[Cycle("Spring", id=1, start_date=date(2027, 1, 1)),
                Cycle("Summer", id=2, start_date=date(2027, 4, 1))],
        sessions=[Session(1, "Kick-off", id=1, date=date(2027, 1, 10), minutes=90),
                  Session(1, "Second", id=2, date=date(2027, 1, 24), minutes=60),
                  Session(2, "Kick-off", id=3, date=date(2027, 4, 10), minutes=90)],
        questions=list(DEFAULT_QUESTIONS), responses=responses, attendance=attendance,
        pairings=[Pairing(1, [1, 4], id=1), Pairing(1, [2, 3], id=2), Pairing(1, [6, 7, 8], id=3),
                  Pairing(2, [1, 5], id=4)],
        people=people, min_group_size=3)


def test_threshold_is_never_below_three():
    assert group_threshold(1) == 3
    assert group_threshold(0) == 3
    assert group_threshold(5) == 5
    assert group_threshold("junk") == 5  # an unreadable setting: the default
    assert group_threshold(None) == 5  # not set: the default


def test_stat_withholds_small_groups_and_hides_their_size():
    key = Key("usefulness")
    hidden = Stat.of_figure(Figure(key, None, None, "too few responses: fewer than 3", 2))
    assert hidden == Stat(None, 0, withheld=True, reason="too few responses: fewer than 3")
    assert str(hidden) == TOO_FEW
    assert str(Stat.of_figure(Figure(key, 0, None))) == NO_RESPONSES
    shown = Stat.of_figure(Figure(key, 3, Fraction(4), "", 3))
    assert (shown.value, shown.n, str(shown)) == (4.0, 3, "4.0")


@pytest.mark.parametrize(("key", "value", "words"), [
    ("usefulness", "7", "out of range"),
    ("usefulness", "0", "out of range"),
    ("usefulness", "3.5", "out of range"),
    ("usefulness", "good", "not a number"),
    ("recommend", "11", "out of range"),
    ("nonsense", "3", "no feedback question"),
])
def test_check_answers_refuses_bad_values(key, value, words):
    problems = check_answers(DEFAULT_QUESTIONS, {key: value})
    assert len(problems) == 1
    assert words in problems[0].message
    assert problems[0].field == key


def test_check_answers_accepts_blanks_text_and_edges():
    answers = {"usefulness": "5", "recommend": "0", "safe_to_ask": "", "comment": "7 out of 10!",
               "confidence": " 1 "}
    assert check_answers(DEFAULT_QUESTIONS, answers) == []


def test_enps_is_promoters_minus_detractors():
    assert enps_value([10, 9, 8, 7, 0]) == pytest.approx(20)
    assert enps_value([6, 6, 6]) == -100


def test_engagement_per_cycle(data):
    spring, summer = engagement(data)
    assert spring.period.label == "Spring"
    assert (spring.attendance.num, spring.attendance.den) == (9, 10)  # the excused one left out
    assert (spring.response_rate.num, spring.response_rate.den) == (7, 9)
    assert spring.usefulness.value == pytest.approx(30 / 7) and spring.usefulness.n == 7
    # Summer's one session had two people present (fewer than k = 3): anyone who saw the
    # sign-in sheet knows its forms are at most two, so its 3 forms count in no figure.
    assert summer.usefulness.withheld and summer.usefulness.n == 0
    assert summer.response_rate.withheld


def test_one_cycle_withholds_the_small_session_and_the_one_that_would_give_it_away(data):
    first, second = engagement(data, Scope(cycle_ids=(1,)))
    assert first.period.label == "10 Jan"
    assert second.usefulness.withheld and str(second.usefulness) == TOO_FEW
    # Spring's 7 forms minus the first session's 5 would be the second session's 2
    assert first.usefulness.withheld and "subtraction" in first.usefulness.reason
    assert second.attendance.value == pytest.approx(1.0)  # excused absences are left out
    assert enps_trend(data, Scope(cycle_ids=(1,)))[1].stat.withheld


def test_safety_and_enps_trends(data):
    spring, summer = safety_trend(data)
    # each form's score is the mean of "safe" and the flipped "mistake held": its safe value
    assert spring.stat.value == pytest.approx((4 * 6 + 2) / 7)
    promoters, detractors = 5, 1  # 10, 9, 9, 10, 10 against 6
    assert enps_trend(data)[0].stat.value == pytest.approx(100 * (promoters - detractors) / 7)
    assert summer.stat.withheld  # two people present: its forms count nowhere


def test_department_filter_shrinks_groups_below_the_threshold(data):
    sales = Scope(department="Sales")
    spring, summer = engagement(data, sales)
    assert spring.usefulness.withheld  # one Sales form in Spring
    assert summer.usefulness.withheld  # two in Summer
    eng_spring = engagement(data, Scope(cycle_ids=(1,), department="Eng"))[0]
    assert "per cycle, not per session" in eng_spring.usefulness.reason
    assert (eng_spring.attendance.num, eng_spring.attendance.den) == (4, 4)
    # Spring: Eng 5, Sales 1, Ops 1. Showing Eng would give away the other two.
    assert key_numbers(data, Scope(cycle_ids=(1,), department="Eng")).usefulness.withheld


def test_confidence_change_per_skill(data):
    excel, sql = confidence_change(data)
    assert sql.skill == "SQL"
    assert sql.before.value == pytest.approx(7 / 3) and excel.before.shown
    assert excel.after.withheld and excel.change.withheld  # two answers
    assert sql.after.withheld  # all skills' 5 minus SQL's 3 would be Excel's 2


def test_comments_are_sorted_blank_free_and_withheld_for_small_groups(data):
    # a pool of 7 forms: quoted, sorted, blank ones left out
    assert comments(data, Scope(cycle_ids=(1,))).comments == ["a bit long", "Loved the pair work"]
    summer = comments(data, Scope(cycle_ids=(2,)))  # 3 forms from a session of 2 present:
    assert summer.withheld and summer.comments == []  # they count nowhere, comments too
    small = comments(data, Scope(cycle_ids=(1,), department="Sales"))
    assert small.withheld and small.comments == []


def test_heatmap_counts_pairs_that_met(data):
    heat = department_heatmap(data, Scope(cycle_ids=(1,)))
    assert heat.departments == ["Eng", "Ops", "Sales"]
    cell = dict(zip(heat.departments, heat.counts[0], strict=True))
    assert cell == {"Eng": 1, "Ops": 1, "Sales": 1}  # 2-3; 1-4; 6-8 (7 was absent)
    assert heat.counts[2][0] == heat.counts[0][2]
    assert heat.counts[1][1] == 0  # 6 and 7 never met


def test_cross_department_share(data):
    spring, summer = cross_department_share(data)
    assert (spring.pairs.num, spring.pairs.den) == (2, 3)
    assert (spring.met.num, spring.met.den) == (3, 3)
    assert (summer.pairs.num, summer.met.num) == (1, 1)


def test_participation_by_department(data):
    rows = {r.department: r for r in participation_by_department(data, Scope(cycle_ids=(1,)))}
    assert (rows["Eng"].people.num, rows["Eng"].people.den) == (4, 4)
    assert (rows["Sales"].people.num, rows["Sales"].people.den) == (1, 3)
    assert (rows["Ops"].attendance.num, rows["Ops"].attendance.den) == (1, 2)


def test_retention_counts_leavers(data):
    spring, summer = retention(data)
    assert (spring.participants.num, spring.participants.den) == (6, 7)  # P8 left
    assert (spring.others.num, spring.others.den) == (2, 2)  # P5 and P9
    assert summer.participants.value == 1.0
    # P8 left before Summer started: not part of the company then
    assert summer.others.den == 6


def test_key_numbers(data):
    k = key_numbers(data, Scope(cycle_ids=(1,)), today=date(2027, 1, 20))
    assert k.participants == 7
    assert (k.sessions_planned, k.sessions_held) == (2, 2)  # the second has attendance
    assert k.hours == pytest.approx((6 * 90 + 3 * 60) / 60)
    assert k.pairs == 3 and k.cross_pairs.num == 2
    assert k.responses.value == 7  # session forms; before/after forms are skill confidence
    assert k.confidence_gain.withheld is False
    assert k.confidence_gain.value == pytest.approx(sum((4, 4, 4, 5, 5)) / 5 - sum((2, 2, 3, 1, 2, 3)) / 6)


def test_a_response_rate_never_reads_over_100_percent():
    """More forms than people recorded present (a walk-in who did not sign, a form typed
    twice): the rule's figure stops at 1, and so does every share printed from it."""
    from fractions import Fraction

    from peerdesk.core.feedback import _rate

    figure = Figure(Key("response_rate", "session", 1, None, ""), 11, Fraction(1), "", 10)
    assert _rate(figure).value == 1.0 and _rate(figure).text() == "100%"


def test_pickled_without_its_cache(data):
    """The chart worker gets the figures, never what was worked out from them: a pickled
    snapshot comes back with an empty cache and the same figures as before."""
    import pickle

    before = engagement(data, Scope())
    assert data.cache
    data.cache["ids"] = {1: 2}
    again = pickle.loads(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    assert again.cache == {}
    assert again.responses == data.responses and again.people == data.people
    assert again.min_group_size == data.min_group_size
    assert again.waiting_sessions == data.waiting_sessions
    assert engagement(again, Scope()) == before
    assert data.cache  # the original keeps its own
