"""The reason codes this PeerDesk knows are the ones it can word: one table says both.

A stored reason of a known code keeps its stored English and is worded again only when
shown (in the language in force); a code with no wording (a newer PeerDesk's) stays text."""

from __future__ import annotations

import pytest

from peerdesk.core import reasons
from peerdesk.core.reasons import Reason, from_data, to_data
from peerdesk.i18n import translation_for

TEACHES = {"teacher": "Ana", "skill": "SQL", "learner": "Ben", "level": 3}
SAMPLES = {
    "teaches": TEACHES,
    "departments": {"a": "Sales", "b": "Product"},
    "new_with_seasoned": {},
    "tenure": {"a": "new recruit", "b": "seasoned"},
    "office": {"office": "Lisbon"},
    "available": {"days": ["mon", "afternoons"]},
    "any_time": {},
    "asked": {"learner": "Ben", "teacher": "Ana"},
    "scored": {"points": "+4.5", "units": 450, "part": Reason("teaches", **TEACHES)},
    "buddy": {"buddy": "Ana", "recruits": "Ben"},
    "nothing": {},
    "link": {"a": "Ana", "b": "Ben", "points": "+3", "units": 300,
             "parts": [Reason("office", office="Lisbon")]},
}


def test_every_known_code_is_sampled_here():
    assert set(SAMPLES) == reasons._CODES  # a new code gets a sample, so the tests below see it


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_a_stored_reason_of_each_known_code_reads_back_and_words_itself(code):
    made = Reason(code, **SAMPLES[code])
    back = from_data(to_data(made))
    assert isinstance(back, Reason) and back.code == code and back == made
    with translation_for("de").active():
        german = back.render()
    assert german and german != str(made)  # worded again in the language in force


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_a_known_code_keeps_the_english_it_was_stored_with(code):
    stored = {**to_data(Reason(code, **SAMPLES[code])), "text": "as an older PeerDesk said it"}
    back = from_data(stored)
    assert isinstance(back, Reason) and back.code == code
    assert back == "as an older PeerDesk said it"


def test_a_code_with_no_wording_is_unknown_and_kept_as_its_text():
    with pytest.raises(ValueError, match="unknown reason code"):
        Reason("met_at_lunch")
    back = from_data({"code": "met_at_lunch", "values": {}, "text": "+1 met at lunch"})
    assert back == "+1 met at lunch" and not isinstance(back, Reason)
    assert from_data({"code": "met_at_lunch", "values": {}}) == "met_at_lunch"
