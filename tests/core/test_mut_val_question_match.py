"""Matching survey columns to feedback questions (core/question_match.py): scales read from
headings, column profiles, fits at the range's edges, the wording threshold's edge, the
comment fallback, and the question suggested for a column, each written out by hand."""

from __future__ import annotations

import pytest

from peerdesk.core import question_match as qm
from peerdesk.core.models import FeedbackQuestion
from peerdesk.core.question_match import (
    ColumnProfile,
    Guess,
    fits,
    heading_scale,
    match_columns,
    profile,
    strip_scale,
    suggest_question,
    wording,
)


@pytest.mark.parametrize("heading,scale", [
    ("How useful? (1-5)", (1, 5)), ("How useful? [0–10]", (0, 10)), ("Rate 1 to 5", (1, 5)),
    ("Rate 1—7", (1, 7)), ("Wie nützlich? 1 bis 5", (1, 5)), ("Utilidad de 1 a 5", (1, 5)),
    ("Utilité de 1 à 5", (1, 5)), ("On a scale of 1 to 10", (1, 10)),
    ("(1-10)", (1, 10)),              # 10 is the highest allowed, included
    ("(1-11)", None),                 # above 10
    ("(2-5)", None),                  # a scale starts at 0 or 1
    ("(5-1)", None), ("(1-1)", None),  # the low end must be below the high end
    ("(2-5) or (0-10)", (0, 10)),     # the first scale that makes sense
    ("Score out of 10", (0, 10)), ("SCORE OUT OF 5", (1, 5)), ("out of 7", (1, 7)),
    ("Score /10", (0, 10)), ("Score / 5", (1, 5)), ("Score /7", (1, 7)),
    ("How was it?", None), ("", None),
])
def test_heading_scale(heading, scale):
    assert heading_scale(heading) == scale


def test_strip_scale_leaves_the_words():
    assert strip_scale("How useful was it? (1-5)") == "How useful was it?"
    assert strip_scale("Score  out of 10  please") == "Score please"
    assert strip_scale("  No   scale ") == "No scale"


def test_profile_of_a_column():
    assert profile([]) == ColumnProfile(0, False)
    assert profile(["", "  ", None]) == ColumnProfile(0, False)  # type: ignore[list-item]
    assert profile(["4", " 5 ", "3", ""]) == ColumnProfile(3, True, 3.0, 5.0, True)
    assert profile(["4", "good"]) == ColumnProfile(2, False)
    assert profile(["4.5", "3,5"]) == ColumnProfile(2, True, 3.5, 4.5, False)
    # a number followed by its label still counts as the number
    assert profile(["5 - excellent", "1 (poor)", "3: ok", "2/5", "4.", "10 of 10"]) == (
        ColumnProfile(6, True, 1.0, 10.0, True))
    assert profile(["-1"]) == ColumnProfile(1, True, -1.0, -1.0, True)
    assert profile(["5x"]) == ColumnProfile(1, False)  # a letter right after: a word
    assert profile(["x5"]) == ColumnProfile(1, False)


def test_a_column_is_text_only_when_it_has_answers_that_are_not_numbers():
    assert ColumnProfile(2, False).text is True
    assert ColumnProfile(0, False).text is False
    assert ColumnProfile(2, True, 1, 2).text is False


COMMENTS = FeedbackQuestion("comments", "Any comments?", "text", min_value=None,
                            max_value=None)
USEFUL = FeedbackQuestion("useful", "How useful was this session?", "scale")
NPS = FeedbackQuestion("nps", "Would you recommend the program?", "nps", min_value=None,
                       max_value=None)
LOOSE = FeedbackQuestion("loose", "Energy", "scale", min_value=None, max_value=None)


def test_a_text_question_takes_words_or_an_empty_column():
    assert fits(COMMENTS, ColumnProfile(2, False), None) is True
    assert fits(COMMENTS, ColumnProfile(0, False), None) is True
    assert fits(COMMENTS, ColumnProfile(0, True), None) is True
    assert fits(COMMENTS, ColumnProfile(2, True, 1, 5), None) is False


def test_a_scale_question_takes_whole_numbers_within_its_range():
    assert fits(USEFUL, ColumnProfile(3, True, 1, 5), None) is True    # both ends included
    assert fits(USEFUL, ColumnProfile(3, True, 0, 5), None) is False   # below 1
    assert fits(USEFUL, ColumnProfile(3, True, 1, 6), None) is False   # above 5
    assert fits(USEFUL, ColumnProfile(3, True, 2, 4, whole=False), None) is False
    assert fits(USEFUL, ColumnProfile(3, False), None) is False        # words
    assert fits(USEFUL, ColumnProfile(0, False), None) is True         # nothing yet
    # the heading's scale must be the question's own
    assert fits(USEFUL, ColumnProfile(3, True, 1, 5), (1, 5)) is True
    assert fits(USEFUL, ColumnProfile(3, True, 1, 5), (0, 10)) is False
    assert fits(USEFUL, ColumnProfile(3, True, 1, 5), (1, 7)) is False


def test_a_question_without_bounds_takes_its_kinds_default_range():
    # eNPS: 0 to 10
    assert fits(NPS, ColumnProfile(3, True, 0, 10), None) is True
    assert fits(NPS, ColumnProfile(3, True, 0, 11), None) is False
    assert fits(NPS, ColumnProfile(3, True, -1, 10), None) is False
    assert fits(NPS, ColumnProfile(3, True, 0, 10), (0, 10)) is True
    assert fits(NPS, ColumnProfile(3, True, 0, 10), (1, 10)) is False
    # a scale: 1 to 5
    assert fits(LOOSE, ColumnProfile(3, True, 1, 5), None) is True
    assert fits(LOOSE, ColumnProfile(3, True, 0, 5), None) is False
    assert fits(LOOSE, ColumnProfile(3, True, 1, 6), None) is False
    assert fits(LOOSE, ColumnProfile(3, True, 1, 5), (1, 5)) is True
    # one bound given, the other the default
    half = FeedbackQuestion("h", "Half", "scale", min_value=0, max_value=None)
    assert fits(half, ColumnProfile(3, True, 0, 5), (0, 5)) is True
    assert fits(half, ColumnProfile(3, True, 0, 6), None) is False


def test_wording_ignores_case_and_the_scale():
    assert wording("HOW USEFUL WAS THIS SESSION? (1-5)", USEFUL) == 100.0
    assert wording("qqqq", USEFUL) == 0.0  # no letter in common


def _guesses(headings, columns, questions, taken=(), candidates=None):
    if candidates is None:
        candidates = list(range(len(headings)))
    return match_columns(headings, columns, questions, set(taken), candidates)


def test_each_column_gets_its_question_and_the_free_text_the_comments():
    out = _guesses(
        ["How useful was this session? (1-5)", "Would you recommend the program? (0-10)",
         "Anything else"],
        [["4", "5"], ["9", "10"], ["great", "ok"]], [USEFUL, NPS, COMMENTS])
    assert out == {
        0: Guess("useful", "worded like the question (100% alike) and its answers fit"),
        1: Guess("nps", "worded like the question (100% alike) and its answers fit"),
        2: Guess("comments", "the only free-text column, so the comments"),
    }


def test_the_comment_fallback_needs_a_form_one_text_column_and_one_comment_question():
    heads, cols = ["Anything else"], [["great"]]
    none = {0: Guess("", "matches no question")}
    comments = {0: Guess("comments", "the only free-text column, so the comments")}
    # nothing else answers our questions: not plainly a feedback form
    assert _guesses(heads, cols, [USEFUL, COMMENTS]) == none
    # another column (already claimed) feeds one of our questions: the comments
    assert _guesses(heads, cols, [USEFUL, COMMENTS], taken={"useful"}) == comments
    # a key taken that is none of the program's questions does not count
    assert _guesses(heads, cols, [USEFUL, COMMENTS], taken={"other"}) == none
    # two free-text columns: which one is the comments is not plain
    assert _guesses(["Anything else", "Anything more"], [["a"], ["b"]], [USEFUL, COMMENTS],
                    taken={"useful"}) == {0: Guess("", "matches no question"),
                                          1: Guess("", "matches no question")}
    # two comment questions: which one is not plain either
    other = FeedbackQuestion("more", "What else?", "text", min_value=None, max_value=None)
    assert _guesses(heads, cols, [USEFUL, COMMENTS, other], taken={"useful"}) == none
    # the comment question is already fed
    assert _guesses(heads, cols, [USEFUL, COMMENTS], taken={"useful", "comments"}) == none
    # an inactive comment question is not offered
    off = FeedbackQuestion("comments", "Any comments?", "text", min_value=None,
                           max_value=None, active=False)
    assert _guesses(heads, cols, [USEFUL, off], taken={"useful"}) == none
    # a numeric column left over is not the comments
    assert _guesses(["Anything else"], [["3"]], [USEFUL, COMMENTS], taken={"useful"}) == none


def test_taken_inactive_and_unfitting_questions_are_not_matched():
    heads, cols = ["How useful was this session?"], [["4"]]
    none = {0: Guess("", "matches no question")}
    assert _guesses(heads, cols, [USEFUL], taken={"useful"}) == none
    off = FeedbackQuestion("useful", "How useful was this session?", "scale", active=False)
    assert _guesses(heads, cols, [off]) == none
    assert _guesses(heads, [["9"]], [USEFUL]) == none          # 9 is above 5
    assert _guesses(["How useful was this session? (0-10)"], cols, [USEFUL]) == none
    # only the candidates are guessed
    assert _guesses(["x", "How useful was this session?"], [["a"], ["4"]], [USEFUL],
                    candidates=[1]) == {
        1: Guess("useful", "worded like the question (100% alike) and its answers fit")}


def test_one_question_goes_to_the_best_worded_column_only():
    out = _guesses(["Useful", "How useful was this session?"], [["4"], ["5"]], [USEFUL])
    assert out[1] == Guess("useful", "worded like the question (100% alike) and its answers fit")
    assert out[0] == Guess("", "matches no question")


def test_a_column_is_matched_at_the_threshold_itself(monkeypatch):
    # an exact wording scores 100: with the threshold at 100 it is still a match
    monkeypatch.setattr(qm, "WORDING_THRESHOLD", 100.0)
    assert _guesses(["How useful was this session?"], [["4"]], [USEFUL]) == {
        0: Guess("useful", "worded like the question (100% alike) and its answers fit")}


def test_the_wording_threshold_is_65():
    assert qm.WORDING_THRESHOLD == 65.0


@pytest.mark.parametrize("heading,values,expected", [
    ("How useful? (1-5)", [], FeedbackQuestion("", "How useful", "scale", min_value=1,
                                               max_value=5)),
    ("Would you RECOMMEND us? (0-10)", [], FeedbackQuestion("", "Would you RECOMMEND us",
                                                            "nps", min_value=0,
                                                            max_value=10)),
    ("Would you recommend us?", ["0", "9", "10"],
     FeedbackQuestion("", "Would you recommend us?", "nps", min_value=0, max_value=10)),
    ("Would you recommend us? (1-10)", [],
     FeedbackQuestion("", "Would you recommend us", "scale", min_value=1, max_value=10)),
    ("Energy level:", ["1", "6", "7"], FeedbackQuestion("", "Energy level", "scale",
                                                        min_value=1, max_value=7)),
    ("Mood", ["1", "5"], FeedbackQuestion("", "Mood", "scale", min_value=1, max_value=5)),
    ("Mood", ["1", "6"], FeedbackQuestion("", "Mood", "scale", min_value=1, max_value=7)),
    ("Mood", ["1", "8"], FeedbackQuestion("", "Mood", "scale", min_value=0, max_value=10)),
    ("Mood", ["2", "8"], FeedbackQuestion("", "Mood", "scale", min_value=0, max_value=10)),
    ("Mood", ["0", "3"], FeedbackQuestion("", "Mood", "scale", min_value=0, max_value=10)),
    ("Mood", ["0", "10"], FeedbackQuestion("", "Mood", "scale", min_value=0, max_value=10)),
    ("Mood", ["1", "11"], FeedbackQuestion("", "Mood", "text", min_value=None,
                                           max_value=None)),
    ("Mood", ["-1", "3"], FeedbackQuestion("", "Mood", "text", min_value=None,
                                           max_value=None)),
    ("Mood", ["1.5", "3"], FeedbackQuestion("", "Mood", "text", min_value=None,
                                            max_value=None)),
    ("Mood", ["good"], FeedbackQuestion("", "Mood", "text", min_value=None, max_value=None)),
    ("Mood", [], FeedbackQuestion("", "Mood", "text", min_value=None, max_value=None)),
    ("Any comments?", ["Nice"], FeedbackQuestion("", "Any comments?", "text",
                                                 min_value=None, max_value=None)),
    ("(1-5)", [], FeedbackQuestion("", "(1-5)", "scale", min_value=1, max_value=5)),
    ("   ", [], FeedbackQuestion("", "Question", "text", min_value=None, max_value=None)),
    ("Recommend? out of 10", [], FeedbackQuestion("", "Recommend", "nps", min_value=0,
                                                  max_value=10)),
])
def test_suggest_question(heading, values, expected):
    assert suggest_question(heading, values) == expected


def test_a_question_with_its_own_high_end_uses_it():
    seven = FeedbackQuestion("seven", "Energy", "scale", min_value=1, max_value=7)
    assert fits(seven, ColumnProfile(3, True, 1, 7), None) is True     # 7 is its top
    assert fits(seven, ColumnProfile(3, True, 1, 7), (1, 7)) is True
    assert fits(seven, ColumnProfile(3, True, 1, 8), None) is False


def test_a_column_passed_over_does_not_stop_the_others_being_matched():
    # two questions worded the same: each of two columns worded so gets one of them
    a = FeedbackQuestion("a", "How useful was this session?", "scale")
    b = FeedbackQuestion("b", "How useful was this session?", "scale")
    out = _guesses(["How useful was this session?"] * 2, [["4"], ["5"]], [a, b])
    assert {out[0].key, out[1].key} == {"a", "b"}
    assert out[0].reason == out[1].reason == (
        "worded like the question (100% alike) and its answers fit")


def test_a_suggested_question_keeps_the_letters_at_its_ends():
    assert suggest_question("X factor", ["great"]) == FeedbackQuestion(
        "", "X factor", "text", min_value=None, max_value=None)
    assert suggest_question("Rate the XX", ["3"]) == FeedbackQuestion(
        "", "Rate the XX", "scale", min_value=1, max_value=5)
