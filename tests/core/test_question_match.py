"""Survey headings matched to the program's feedback questions by wording, scale and values."""

import pytest

from peerdesk.core import question_match as qm
from peerdesk.core.defaults import DEFAULT_QUESTIONS

# (heading as a facilitator wrote it, the question it asks or "" for none of ours)
LABELLED = [
    ("How useful was today's session? (1-5)", "usefulness"),
    ("I felt safe asking questions (1-5)", "safe_to_ask"),
    ("Would you recommend the peer program to a colleague? (0-10)", "recommend"),
    ("How confident do you feel in the skill you're learning? 1-5", "confidence"),
    ("Mistakes are held against you in this group", "ps_mistake_held"),
    ("People here can raise problems and tough issues", "ps_raise_problems"),
    ("Is it safe to take risks here?", "ps_risk"),
    ("How was the room?", ""), ("Did the session start on time? (1-5)", ""),
    ("Rate the facilitator (1-5)", ""), ("What should we change next time?", ""),
    ("Was the pace right?", ""), ("How many people were in your group?", ""),
]


def _best(heading):
    scored = sorted(((qm.wording(heading, q), q.key) for q in DEFAULT_QUESTIONS), reverse=True)
    return scored[0]


def test_threshold_separates_the_labelled_headings():
    same = [_best(h)[0] for h, key in LABELLED if key and _best(h)[1] == key]
    other = [_best(h)[0] for h, key in LABELLED if not key]
    assert len(same) == sum(1 for _, k in LABELLED if k)
    assert min(same) >= qm.WORDING_THRESHOLD > max(other)


@pytest.mark.parametrize("heading,scale", [
    ("How useful? (1-5)", (1, 5)), ("Score 0–10", (0, 10)), ("rate 1 to 7", (1, 7)),
    ("out of 10", (0, 10)), ("Overall /5", (1, 5)), ("What changed in 2024?", None),
    ("Session 3-4 feedback", None), ("[1-5] Useful", (1, 5)),
])
def test_heading_scale(heading, scale):
    assert qm.heading_scale(heading) == scale


def test_values_decide_between_questions_and_a_scale_must_agree():
    usefulness = next(q for q in DEFAULT_QUESTIONS if q.key == "usefulness")
    assert qm.fits(usefulness, qm.profile(["1", "5", "3"]), (1, 5))
    assert not qm.fits(usefulness, qm.profile(["7", "9"]), None)  # beyond the scale
    assert not qm.fits(usefulness, qm.profile(["3"]), (0, 10))  # the heading says another scale
    assert not qm.fits(usefulness, qm.profile(["great", "ok"]), None)  # words
    assert not qm.fits(usefulness, qm.profile(["2.5"]), None)


def test_match_columns_with_a_differently_worded_form():
    headings = ["How useful was today's session? (1-5)", "What should we change next time?",
                "Rate the facilitator (1-5)", "Would you recommend this to a colleague? 0-10"]
    columns = [["4", "5"], ["More time", "Fine"], ["5", "4"], ["9", "10"]]
    got = qm.match_columns(headings, columns, DEFAULT_QUESTIONS, set(), [0, 1, 2, 3])
    assert [got[i].key for i in range(4)] == ["usefulness", "comment", "", "recommend"]
    assert "free-text" in got[1].reason


def test_two_free_text_columns_are_both_asked_about():
    headings = ["What should we change?", "What did you like?"]
    got = qm.match_columns(headings, [["a"], ["b"]], DEFAULT_QUESTIONS, set(), [0, 1])
    assert got[0].key == got[1].key == ""


def test_comment_already_fed_leaves_the_text_column_unmatched():
    got = qm.match_columns(["What should we change?"], [["a"]], DEFAULT_QUESTIONS,
                           {"comment"}, [0])
    assert got[0].key == ""


def test_suggest_question_kinds():
    q = qm.suggest_question("Rate the facilitator (1-5)", ["4", "5"])
    assert (q.text, q.kind, q.min_value, q.max_value) == ("Rate the facilitator", "scale", 1, 5)
    assert qm.suggest_question("How was the room?", ["Cold", "ok"]).kind == "text"
    assert qm.suggest_question("Pace", ["0", "8", "10"]).max_value == 10
    assert qm.suggest_question("Would you recommend the room? (0-10)", ["9"]).kind == "nps"
    assert qm.suggest_question("Energy", ["1", "2", "4"]).max_value == 5
