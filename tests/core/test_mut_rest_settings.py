"""A program's settings as stored and as checked (core/settings.py): values read back from
the file, and the problems the settings dialog shows, with the exact wording."""

from __future__ import annotations

import pytest

from peerdesk.core.settings import DEFAULT_WEIGHTS, ProgramSettings
from peerdesk.core.validation import Problem
from peerdesk.i18n import translation_for

NEGATIVE = Problem("buddy_capacity", "Counts cannot be negative.")
SEASONED = Problem("seasoned_months", "“Seasoned” must start after the new-recruit period ends.")


@pytest.fixture(autouse=True)
def _english():
    with translation_for("en").active():
        yield


def test_yes_no_settings_read_back_as_stored():
    read = ProgramSettings.from_values({"anonymous_feedback": False, "ask_department": True})
    assert read.anonymous_feedback is False
    assert read.ask_department is True
    read = ProgramSettings.from_values({"anonymous_feedback": 0, "ask_department": 1})
    assert (read.anonymous_feedback, read.ask_department) == (False, True)


def test_weights_that_are_not_a_table_leave_the_defaults():
    read = ProgramSettings.from_values({"weights": "heavy", "buddy_capacity": {"a": 1}})
    assert read.weights == DEFAULT_WEIGHTS
    assert read.buddy_capacity == 1
    read = ProgramSettings.from_values({"weights": {"skill": "5"}})
    assert read.weights == {**DEFAULT_WEIGHTS, "skill": 5.0}


def test_seasoned_must_start_after_the_new_recruit_period_not_at_it():
    assert ProgramSettings(new_recruit_months=6, seasoned_months=6).problems() == [SEASONED]
    assert ProgramSettings(new_recruit_months=6, seasoned_months=7).problems() == []


@pytest.mark.parametrize(("capacity", "window", "problems"), [
    (-1, 0, [NEGATIVE]),  # a negative buddy capacity alone
    (1, -1, [NEGATIVE]),  # a negative no-repeat window alone
    (-1, -2, [NEGATIVE]),  # both: said once
    (0, 0, []),  # no buddies at all, and "never repeat": both allowed
])
def test_counts_cannot_be_negative(capacity, window, problems):
    assert ProgramSettings(buddy_capacity=capacity, no_repeat_cycles=window).problems() == problems
