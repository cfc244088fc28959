"""Small pieces no other test of tests/core reached: a checklist's counts, a reason kept
in a pickle or shown in another language, the default templates as a mapping, a skills
merge in words, and the safety items' citation."""

from __future__ import annotations

import copy
import pickle

from peerdesk.core.defaults import safety_citation
from peerdesk.core.message_templates import DEFAULTS
from peerdesk.core.overview import OK, TODO, WARNING, Step, counts
from peerdesk.core.reasons import Reason, render, render_all
from peerdesk.core.skills import Merge
from peerdesk.i18n import translation_for


def test_the_checklist_counts_each_state():
    steps = [Step(n, f"k{n}", "T", state, "s.", "t", "a") for n, state in
             enumerate([OK, OK, WARNING, TODO, OK], start=1)]
    assert counts(steps) == {OK: 3, WARNING: 1, TODO: 1}
    assert counts([]) == {OK: 0, WARNING: 0, TODO: 0}


def test_a_reason_survives_a_pickle_and_a_copy_and_is_shown_in_the_language_in_force():
    reason = Reason("new_with_seasoned")
    for again in (pickle.loads(pickle.dumps(reason)), copy.deepcopy(reason)):
        assert isinstance(again, Reason)
        assert again.code == reason.code and again.values == reason.values
        assert str(again) == str(reason)
    english = render(reason)
    with translation_for("de").active():
        german = render(reason)
    assert german != english and german
    assert render("kept as it was written") == "kept as it was written"
    assert render_all([reason, "plain"]) == [english, "plain"]


def test_the_default_templates_are_a_mapping_of_the_four_kinds():
    assert list(DEFAULTS) == ["pairs", "session", "reminder", "thanks"]
    assert len(DEFAULTS) == 4
    assert dict(DEFAULTS.items())["thanks"] == DEFAULTS["thanks"]


def test_a_merge_in_words():
    merge = Merge("SQL", ["sql ", "S.Q.L."], "sure", "written differently")
    assert merge.describe() == "“sql ”, “S.Q.L.” → “SQL” (written differently)"


def test_the_citation_of_the_safety_items_in_each_language():
    english = safety_citation("en")
    assert english.startswith("Items paraphrased from A. Edmondson (1999)")
    assert "Edmondson (1999)" in safety_citation("de")
    assert safety_citation("de") != english
