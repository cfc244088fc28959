"""Attendance rates and the follow-up list (core/attendance.py), from sheets written out
by hand: sessions in date order, each person's mark at each."""

from __future__ import annotations

import pytest

from peerdesk.core.attendance import FollowUp, Tally, report, streaks, tally


def test_an_untaken_session_between_taken_ones_is_skipped_not_the_end():
    marks = {1: {7: "present"}, 3: {7: "absent", 8: "present"}}  # session 2: no sheet yet
    got = report([1, 2, 3], marks)
    assert got.taken_session_ids == [1, 3]
    assert got.per_session == {1: Tally(present=1), 3: Tally(present=1, absent=1)}
    assert got.per_person == {7: Tally(present=1, absent=1), 8: Tally(present=1)}
    assert got.cycle == Tally(present=2, absent=1)


def test_one_absence_is_no_follow_up():
    assert report([1, 2], {1: {7: "absent"}, 2: {7: "present"}}).follow_ups == []
    assert report([1, 2], {1: {7: "present"}, 2: {7: "absent"}}).follow_ups == []


MISSED = {1: {7: "absent"}, 2: {7: "excused"}, 3: {7: "absent"}}


def test_an_excused_absence_neither_breaks_nor_extends_a_run_unless_asked():
    assert report([1, 2, 3], MISSED).follow_ups == [FollowUp(7, (1, 3))]
    assert report([1, 2, 3], MISSED, excused_counts=True).follow_ups == [FollowUp(7, (1, 2, 3))]
    assert report([1, 2, 3], MISSED, run=3).follow_ups == []
    assert report([1, 2, 3], MISSED, run=3, excused_counts=True).follow_ups == [
        FollowUp(7, (1, 2, 3))]


def test_the_longest_runs_come_first():
    marks = {1: {2: "absent", 5: "absent"}, 2: {2: "absent", 5: "absent"},
             3: {2: "present", 5: "absent"}}
    assert streaks([1, 2, 3], marks) == [FollowUp(5, (1, 2, 3)), FollowUp(2, (1, 2))]


def test_streaks_pass_over_a_session_with_no_marks():
    marks = {1: {4: "absent"}, 3: {4: "absent"}}
    assert streaks([1, 2, 3], marks) == [FollowUp(4, (1, 3))]


def test_every_excused_absence_is_counted():
    assert tally(["excused", "present", "excused", "absent", "excused"]) == Tally(1, 1, 3)


def test_an_unknown_status_is_refused_by_name():
    with pytest.raises(ValueError, match="unknown attendance status 'late'"):
        tally(["present", "late"])
