"""Each reason's English words with their values filled in, written out by hand, and the
stored form (core/reasons.py): what :func:`to_data` keeps and :func:`from_data` reads back."""

from __future__ import annotations

import pytest

from peerdesk.core.reasons import Reason, from_data, render, render_all, to_data
from peerdesk.i18n import translation_for

OFFICE = Reason("office", office="Lisbon")
CASES = [
    (Reason("teaches", teacher="Ana", skill="SQL", learner="Ben", level=1),
     "Ana teaches SQL (basics), Ben wants SQL"),
    (Reason("teaches", teacher="Ana", skill="SQL", learner="Ben", level=2),
     "Ana teaches SQL, Ben wants SQL"),
    (Reason("teaches", teacher="Ana", skill="SQL", learner="Ben", level=3),
     "Ana teaches SQL (expert), Ben wants SQL"),
    (Reason("teaches", teacher="Ana", skill="SQL", learner="Ben"),  # no level: as level 2
     "Ana teaches SQL, Ben wants SQL"),
    (Reason("departments", a="Sales", b="Product"), "different departments (Sales, Product)"),
    (Reason("new_with_seasoned"), "a new recruit with a seasoned colleague"),
    (Reason("tenure", a="new recruit", b="between"), "different tenure (new recruit, between)"),
    (Reason("tenure", a="between", b="seasoned"), "different tenure (between, seasoned)"),
    (Reason("tenure", a="odd band", b="seasoned"), "different tenure (odd band, seasoned)"),
    (OFFICE, "same office (Lisbon)"),
    (Reason("available", days=["mon", "tue", "wed", "thu", "fri"]),
     "both available: Monday, Tuesday, Wednesday, Thursday, Friday"),
    (Reason("available", days=["mornings", "afternoons", "evenings", "weekends"]),
     "both available: mornings, afternoons, evenings, weekends"),
    (Reason("any_time"), "compatible availability (one is free any time)"),
    (Reason("asked", learner="Ben", teacher="Ana"), "Ben asked to learn from Ana"),
    (Reason("scored", points="+1", units=100, part=OFFICE), "+1 same office (Lisbon)"),
    (Reason("buddy", buddy="Ana", recruits="Ben, Cy"),
     "Ana (seasoned) is the buddy of Ben, Cy (new recruit)"),
    (Reason("link", a="Ana", b="Ben", points="+3", units=300,
            parts=[OFFICE, Reason("departments", a="Sales", b="Product")]),
     "Ana & Ben (+3): same office (Lisbon); different departments (Sales, Product)"),
    (Reason("link", a="Ana", b="Ben", points="+0", units=0, parts=[]),
     "Ana & Ben (+0): nothing in common to score"),
]


@pytest.mark.parametrize(("reason", "english"), CASES, ids=[c[1][:30] for c in CASES])
def test_each_reason_in_english(reason, english):
    assert str(reason) == english
    with translation_for("en").active():
        assert reason.render() == english
        assert render(reason) == english


def test_nothing_in_common_in_full():
    assert str(Reason("nothing")) == (
        "Nothing in their profiles adds to the score (no skill to teach or learn, same "
        "department and tenure, no office or time in common): paired so that neither is left "
        "out")


def test_points_in_german_use_the_decimal_comma_and_the_sign_of_the_units():
    with translation_for("de").active():
        up = Reason("scored", points="+4.5", units=450, part=OFFICE).render()
        down = Reason("scored", points="-1.25", units=-125, part=OFFICE).render()
        text = Reason("scored", points="+2", units="200", part=OFFICE).render()
    assert up.startswith("+4,5 ") and down.startswith("-1,25 ")
    assert text.startswith("+2 ")  # units not a whole number: the stored points as they are
    with translation_for("en").active():
        assert Reason("scored", points="+4.5", units=450, part=OFFICE).render().startswith(
            "+4.5 ")


def test_plain_text_renders_as_it_was_written():
    assert render("an old reason") == "an old reason"
    assert render_all([OFFICE, "old"]) == ["same office (Lisbon)", "old"]


def test_stored_form_nests_reasons_without_their_english():
    link = Reason("link", a="Ana", b="Ben", points="+1", units=100, parts=[OFFICE])
    data = to_data(link)
    assert data == {"code": "link",
                    "values": {"a": "Ana", "b": "Ben", "points": "+1", "units": 100,
                               "parts": [{"code": "office", "values": {"office": "Lisbon"}}]},
                    "text": "Ana & Ben (+1): same office (Lisbon)"}
    assert to_data(OFFICE, english=False) == {"code": "office", "values": {"office": "Lisbon"}}
    assert to_data("plain") == "plain"


def test_reading_back():
    back = from_data({"code": "office", "values": {"office": "Porto"}})  # no English stored
    assert isinstance(back, Reason) and str(back) == "same office (Porto)"
    nested = from_data({"code": "link", "values": {
        "a": "A", "b": "B", "points": "+1", "units": 100,
        "parts": [{"code": "office", "values": {"office": "Porto"}}]}})
    assert str(nested) == "A & B (+1): same office (Porto)"
    assert isinstance(nested.values["parts"][0], Reason)
    # a known code whose values do not fit its words: the stored English, as text
    broken = from_data({"code": "office", "values": {}, "text": "same office (Faro)"})
    assert broken == "same office (Faro)"
    assert from_data({"code": "office", "values": {}}) == "office"
    assert from_data(42) == "42" and from_data({"text": "x"}) == "{'text': 'x'}"
    assert from_data({"code": "office", "values": None, "text": "t"}) == "t"
