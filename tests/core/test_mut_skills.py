"""When two skill names are one skill (core/skills.py), at the edges of each rule.

The typo measure is rapidfuzz's ``fuzz.ratio`` (the library's, called here directly as
the oracle for the one word that differs)."""

from __future__ import annotations

from rapidfuzz import fuzz

from peerdesk.core.skills import key, propose_merges, similarity


def test_accents_and_case_do_not_make_another_skill():
    assert key("Café Latte") == key("cafe latte")
    assert similarity("Café", "CAFE") == 100.0
    assert similarity("Ｅｘｃｅｌ", "excel") == 100.0  # full-width letters fold too


def test_a_typo_in_one_word_scores_that_words_ratio():
    assert similarity("Negotiation", "Negotation") == fuzz.ratio("negotiation", "negotation")
    assert similarity("Public speaking", "Public speeking") == fuzz.ratio("speaking", "speeking")


def test_different_short_words_numbers_or_word_counts_are_different_skills():
    assert similarity("SQL", "SAS") == 0.0
    assert similarity("Excel 2016", "Excel 2019") == 0.0
    assert similarity("data analysis", "dataanalysis") == 100.0
    assert similarity("data analysis", "big data analysis") == 0.0
    assert similarity("Negotiation", "Go") == 0.0


def test_a_merge_says_why_each_name_joins():
    merges = propose_merges(["SQL", "sql", "S.Q.L", "Negotiation", "Negotation"],
                            vocabulary=["SQL", "Negotiation"])
    said = {m.into: (sorted(m.names), m.reason) for m in merges}
    assert said["Negotiation"] == (["Negotation"], "“Negotation”: likely a typo")
