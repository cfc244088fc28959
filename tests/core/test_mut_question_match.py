"""Which feedback question a spreadsheet column can feed (core/question_match.py), at the
edges of each rule: scales said in the heading, numbers in the cells, words in the cells."""

from __future__ import annotations

from peerdesk.core.models import FeedbackQuestion
from peerdesk.core.question_match import ColumnProfile, fits, heading_scale, suggest_question

NPS = FeedbackQuestion("nps", "Would you recommend it?", "nps", min_value=None, max_value=None)
TEXT = FeedbackQuestion("said", "Anything else?", "text", min_value=None, max_value=None)
SCALE = FeedbackQuestion("useful", "How useful?", "scale", min_value=None, max_value=None)


def test_a_text_question_takes_words_or_an_empty_column_never_numbers():
    assert fits(TEXT, ColumnProfile(3, False), None)
    assert fits(TEXT, ColumnProfile(0, False), None)
    assert fits(TEXT, ColumnProfile(0, True), None)
    assert not fits(TEXT, ColumnProfile(3, True, 1, 5), None)


def test_a_question_without_its_own_scale_takes_its_kinds_default():
    nought_to_ten = ColumnProfile(4, True, 0, 10)
    assert fits(NPS, nought_to_ten, None) and fits(NPS, nought_to_ten, (0, 10))
    assert not fits(NPS, nought_to_ten, (1, 5))
    assert not fits(SCALE, nought_to_ten, None)  # a scale question runs 1 to 5
    assert fits(SCALE, ColumnProfile(4, True, 1, 5), None)
    assert not fits(SCALE, ColumnProfile(4, True, 1, 6), None)
    assert not fits(SCALE, ColumnProfile(4, True, 0, 5), None)
    assert not fits(SCALE, ColumnProfile(4, True, 1, 4.5, whole=False), None)
    assert not fits(SCALE, ColumnProfile(4, False), None)


def test_a_scale_said_in_the_heading():
    assert heading_scale("How useful? (1-5)") == (1, 5)
    assert heading_scale("Rate it 0 to 10") == (0, 10)
    assert heading_scale("Score out of 10") == (0, 10)
    assert heading_scale("Score out of 7") == (1, 7)
    assert heading_scale("Score /10") == (0, 10)
    assert heading_scale("Score /5") == (1, 5)
    assert heading_scale("Between 2 and 9 (2-9)") is None
    assert heading_scale("Plain words") is None


def test_a_new_question_takes_its_scale_from_the_answers():
    assert suggest_question("Pace", ["1", "3", "6"]).max_value == 7
    q = suggest_question("Pace", ["2", "4"])
    assert (q.kind, q.min_value, q.max_value) == ("scale", 1, 5)
    q = suggest_question("Energy", ["1", "9"])
    assert (q.kind, q.min_value, q.max_value) == ("scale", 0, 10)
    # 8 to 12: neither scale; words then
    assert suggest_question("Size", ["8", "12"]).kind == "text"
    assert suggest_question("Size", ["0", "12"]).kind == "text"
    q = suggest_question("Would you recommend us?", ["0", "10"])
    assert (q.kind, q.text) == ("nps", "Would you recommend us?")
