import pytest

from peerdesk.core.attendance import Tally, report, streaks, tally


def test_rate_leaves_excused_out():
    t = tally(["present", "present", "present", "absent", "excused"])
    assert (t.present, t.absent, t.excused, t.marked) == (3, 1, 1, 5)
    assert t.rate == pytest.approx(0.75)
    assert t.percent() == "75 %"
    assert Tally(excused=2).rate is None and Tally().percent() == "–"
    with pytest.raises(ValueError):
        tally(["late"])


def test_report_per_person_session_and_cycle():
    marks = {
        1: {10: "present", 11: "present", 12: "absent"},
        2: {10: "present", 11: "excused", 12: "absent"},
        3: {},  # not taken yet: no 0 % session
    }
    r = report([1, 2, 3], marks)
    assert r.taken_session_ids == [1, 2]
    assert r.per_session[1].rate == pytest.approx(2 / 3)
    assert r.per_session[2].rate == pytest.approx(1 / 2)
    assert 3 not in r.per_session
    assert r.per_person[10].rate == 1.0
    assert r.per_person[11].rate == 1.0  # present once, excused once
    assert r.per_person[12].rate == 0.0
    assert r.cycle.rate == pytest.approx(3 / 5)
    assert r.flagged() == {12}
    assert r.follow_ups[0].session_ids == (1, 2)


def test_two_in_a_row_needs_consecutive_unexcused_misses():
    order = [1, 2, 3, 4]
    marks = {1: {7: "absent", 8: "absent", 9: "absent"},
             2: {7: "present", 8: "excused", 9: "absent"},
             3: {7: "absent", 8: "absent", 9: "present"},
             4: {7: "present", 8: "present", 9: "present"}}
    flagged = {f.participant_id: f.session_ids for f in streaks(order, marks)}
    # 7 missed 1 and 3 with a session attended between; 8's excused absence neither
    # breaks nor extends the run; 9 missed 1 and 2, then came back (still worth a word).
    assert flagged == {8: (1, 3), 9: (1, 2)}


def test_excused_can_count_as_missed():
    marks = {1: {5: "excused"}, 2: {5: "absent"}}
    assert streaks([1, 2], marks) == []
    assert [f.session_ids for f in streaks([1, 2], marks, excused_counts=True)] == [(1, 2)]


def test_longest_run_is_reported_and_order_matters():
    marks = {s: {4: "absent"} for s in (1, 2, 3)}
    marks[2][4] = "absent"
    follow = streaks([1, 2, 3], marks)
    assert follow[0].session_ids == (1, 2, 3)
    # a longer run than ``run`` is needed when asked for
    assert streaks([1, 2], {1: {4: "absent"}, 2: {4: "absent"}}, run=3) == []
    # sessions given out of date order would give a different answer: order is the caller's
    marks = {1: {4: "absent"}, 2: {4: "present"}, 3: {4: "absent"}}
    assert streaks([1, 3, 2], marks) != streaks([1, 2, 3], marks)
