"""A paper form's answers as typed, and points as shown, at their edges."""

from __future__ import annotations

from peerdesk.core.answers import check_answers
from peerdesk.core.models import FeedbackQuestion
from peerdesk.core.scoring import format_points

USEFUL = FeedbackQuestion("useful", "How useful was it?", "scale", min_value=1, max_value=5)
SAID = FeedbackQuestion("said", "Anything else?", "text")


def said(problems) -> list[tuple[str, str]]:
    return [(p.field, p.message) for p in problems]


def test_a_decimal_comma_is_read_as_a_number():
    assert check_answers([USEFUL], {"useful": "4,0"}) == []
    assert said(check_answers([USEFUL], {"useful": "3,5"})) == [
        ("useful", "“3,5” is out of range: “How useful was it?” takes a whole number from 1 "
                   "to 5.")]


def test_answers_that_are_not_numbers_or_out_of_range_or_unknown():
    assert said(check_answers([USEFUL, SAID], {"useful": "very", "said": "12", "x": 1})) == [
        ("useful", "“very” is not a number: “How useful was it?” takes a whole number from 1 "
                   "to 5."),
        ("x", "There is no feedback question “x”.")]
    assert [p.field for p in check_answers([USEFUL], {"useful": "6"})] == ["useful"]
    assert [p.field for p in check_answers([USEFUL], {"useful": "0"})] == ["useful"]
    assert [p.field for p in check_answers([USEFUL], {"useful": "nan"})] == ["useful"]
    assert check_answers([USEFUL, SAID], {"useful": " 5 ", "said": None}) == []
    assert check_answers([USEFUL], {"useful": "  "}) == []


def test_points_are_shown_without_trailing_zeros():
    assert [format_points(v) for v in (100, 150, 125, 0, -50, 1000)] == [
        "+1", "+1.5", "+1.25", "+0", "-0.5", "+10"]
    assert [format_points(v, sign=False) for v in (100, -250, 5)] == ["1", "-2.5", "0.05"]
