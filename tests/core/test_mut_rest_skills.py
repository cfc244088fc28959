"""Skill names brought to one vocabulary (core/skills.py): each rule at its edge.

Every expected value is worked out by hand from the names written in the test (the kept
name, the order of the others, why each joins); the typo score is rapidfuzz's own
``fuzz.ratio`` of the one word that differs, called here directly as the oracle.

``key`` and ``_alternatives`` are cached for the whole process; the fixture empties the
caches so that each test works its names out afresh (a cached answer from an earlier test
would hide a mistake in the folding behind it).
"""

from __future__ import annotations

from collections import Counter

import pytest
from rapidfuzz import fuzz

from peerdesk.core import skills
from peerdesk.core.skills import (
    LIKELY,
    SURE,
    LevelError,
    alternatives,
    key,
    parse_entry,
    propose_merges,
    same_skill,
    similarity,
)


@pytest.fixture(autouse=True)
def _fresh_caches():
    skills.key.cache_clear()
    skills._alternatives.cache_clear()
    yield
    skills.key.cache_clear()
    skills._alternatives.cache_clear()


def test_accents_width_and_case_fold_away():
    assert key("Crème Brûlée") == "creme brulee"
    assert key("ＳＱＬ") == "sql"  # full-width letters: NFKD makes them plain
    assert key("Ångström") == "angstrom"


def test_level_words_from_english_and_from_the_intake_form():
    # "novice" is only in the English word list, "Grundlagen" only among the intake
    # form's level names (German for "basics"); "Profi" is German for an expert.
    assert parse_entry("Python (novice)") == skills.SkillEntry("Python", 1)
    assert parse_entry("Python: Grundlagen") == skills.SkillEntry("Python", 1)
    assert parse_entry("Excel - Profi") == skills.SkillEntry("Excel", 3)


def test_a_level_in_brackets_inside_the_name_is_taken_out():
    # not at the end, so only the brackets rule finds it, in round or square brackets
    assert parse_entry("Python (expert) scripting") == skills.SkillEntry("Python scripting", 3)
    assert parse_entry("Python [basic] scripting") == skills.SkillEntry("Python scripting", 1)
    # the first bracket that names a level is the one taken; the others stay
    assert parse_entry("Excel (macros) [good] reports") == skills.SkillEntry(
        "Excel (macros) reports", 2)
    # brackets that name no level stay part of the name
    assert parse_entry("Excel (macros) reports") == skills.SkillEntry("Excel (macros) reports")
    # a level alone is no skill
    assert parse_entry("(expert)") is None
    assert parse_entry("   ") is None


def test_levels_one_to_three_are_kept_and_four_is_refused_in_full():
    assert parse_entry("SQL (3)") == skills.SkillEntry("SQL", 3)
    assert parse_entry("SQL (1)") == skills.SkillEntry("SQL", 1)
    with pytest.raises(LevelError) as refused:
        parse_entry("SQL (4)")
    assert str(refused.value) == "“SQL (4)”: the level 4 is not one of 1 basic, 2 good, 3 expert."


def test_alternatives_are_each_side_on_its_own():
    assert alternatives("SQL/databases") == ["sql", "databases"]
    assert alternatives("Excel & Sheets") == ["excel", "sheets"]
    assert alternatives("Excel") == []


def test_same_skill_for_sure_by_key_or_by_alternative_either_way_round():
    assert same_skill("SQL", "sql") == (SURE, 100.0)
    assert same_skill("SQL/databases", "SQL") == (SURE, 95.0)
    assert same_skill("SQL", "SQL/databases") == (SURE, 95.0)
    # an alternative only joins the skill it names
    assert same_skill("SQL/databases", "Excel") is None
    assert same_skill("Excel", "SQL/databases") is None


def test_the_typo_threshold_is_reached_at_exactly_82():
    # one word of 41 letters inside one of 59: fuzz.ratio = 100 * 2 * 41 / 100 = 82 exactly,
    # and the lengths are exactly at the limit 200 * 41 = 82 * (41 + 59)
    short, long = "a" * 41, "a" * 41 + "b" * 18
    assert fuzz.ratio(short, long) == 82.0
    assert similarity(short, long) == 82.0
    assert same_skill(short, long) == (LIKELY, 82.0)
    # one letter shorter: 2 * 40 / 98 = 81.6..., under the threshold
    assert same_skill("a" * 40, "a" * 40 + "b" * 18) is None


def test_letters_written_apart_are_the_word_written_together_either_way_round():
    # "S Q L" has three one-letter words; joined, it is "sql"
    assert similarity("S Q L", "SQL") == 100.0
    assert similarity("SQL", "S Q L") == 100.0
    assert similarity("dataanalysis", "data analysis") == 100.0


def test_a_merge_names_why_each_other_name_joins():
    merges = propose_merges(["python programming", "Python/Django", "Pyhton", "Python (basic)"],
                            vocabulary=["Python"])
    assert len(merges) == 1
    merge = merges[0]
    assert merge.into == "Python"  # the vocabulary's name
    # sorted ignoring case: "pyhton" < "python (basic)" < "python programming" < "python/django"
    assert merge.names == ["Pyhton", "Python (basic)", "python programming", "Python/Django"]
    assert merge.reason == ("“Pyhton”: likely a typo; “Python (basic)”, “python programming”: "
                            "written differently; “Python/Django”: names it as an alternative")
    # the weakest link is the typo: pyhton against python (or against "Python (basic)",
    # whose key is the same); "Python/Django" is three times too long to be a typo of it
    assert merge.kind == LIKELY
    assert merge.score == fuzz.ratio("pyhton", "python")
    assert merge.accepted is False


def test_a_sure_merge_is_accepted_and_scores_its_weakest_link():
    merge, = propose_merges(["SQL", "sql skills", "SQL/databases"])
    # links: SQL ~ sql skills (same key, 100), SQL ~ SQL/databases and sql skills ~
    # SQL/databases (an alternative, 95)
    assert merge.kind == SURE and merge.score == 95.0 and merge.accepted is True


def test_the_vocabulary_spelling_is_kept_over_a_later_same_name():
    merge, = propose_merges(["sql", "SQL (basic)"], vocabulary=["SQL"])
    assert merge.into == "SQL" and merge.names == ["SQL (basic)"]


def test_a_lone_name_before_a_group_does_not_end_the_search():
    merges = propose_merges(["Accounting", "Excel", "excel skills"])
    assert [(m.into, m.names) for m in merges] == [("Excel", ["excel skills"])]


def test_the_spelling_written_most_ways_is_kept_when_no_uses_are_known():
    # "Excel" and "excel skills" are two spellings of one key, "Exel" one: Excel is kept
    merge, = propose_merges(["Exel", "Excel", "excel skills"])
    assert merge.into == "Excel"
    assert merge.names == ["excel skills", "Exel"]  # ignoring case: "exc" < "exe"


def test_uses_count_the_people_who_wrote_each_spelling():
    # three people wrote "Exel", one "Excel" and one "excel skills": Exel is written by more
    merge, = propose_merges(["Exel", "Excel", "excel skills"],
                            uses=Counter({"Exel": 3, "Excel": 1, "excel skills": 1}))
    assert merge.into == "Exel"
    # two wrote "Exel", nobody is counted for the other two: a name not in ``uses`` counts
    # as written by nobody, so Exel is the commonest
    merge, = propose_merges(["Exel", "Excel", "excel skills"], uses=Counter({"Exel": 2}))
    assert merge.into == "Exel"


def test_uses_written_in_another_case_still_count():
    # without the count, "Exel" (shorter) would be kept
    merge, = propose_merges(["Exel", "Excel"], uses=Counter({"EXCEL ": 5}))
    assert merge.into == "Excel" and merge.names == ["Exel"]
    assert propose_merges(["Exel", "Excel"])[0].into == "Exel"


def test_only_groups_touching_the_new_names_whatever_comes_first():
    merges = propose_merges(["Excel", "excel skills", "pyhton", "Python"],
                            only_touching=["pyhton"])
    assert [(m.into, m.names) for m in merges] == [("Python", ["pyhton"])]


def test_a_plain_name_is_kept_over_a_shorter_alternative():
    # "SQL skills" (one word once its filler goes) is plainer than "SQL/R", shorter as it is
    merge, = propose_merges(["SQL/R", "SQL skills"])
    assert merge.into == "SQL skills" and merge.names == ["SQL/R"]


def test_the_capitalised_spelling_wins_a_tie():
    # same length, one word each, nobody counted: "Python" is capitalised
    merge, = propose_merges(["pyhton", "Python"])
    assert merge.into == "Python" and merge.names == ["pyhton"]


def test_another_target_keeps_the_group_and_says_why_again():
    merge, = propose_merges(["Pyhton", "Python (basic)"], vocabulary=["Python"])
    other = merge.with_target("Pyhton")
    assert other.into == "Pyhton"
    assert other.names == ["Python", "Python (basic)"]
    assert other.kind == LIKELY
    assert other.reason == "“Python”, “Python (basic)”: likely a typo"
    assert other.score == merge.score == fuzz.ratio("pyhton", "python")
    assert other.accepted is False
    accepted = skills.Merge("Excel", ["excel skills", "Exel"], LIKELY, "", 88.0, accepted=True)
    again = accepted.with_target("excel skills")
    assert again.names == ["Excel", "Exel"] and again.accepted is True and again.score == 88.0
    assert again.reason == "“Excel”: written differently; “Exel”: likely a typo"
    # the others are listed ignoring case
    lower = skills.Merge("Exel", ["Excel", "excel skills"], LIKELY, "", 88.0).with_target("Excel")
    assert lower.names == ["excel skills", "Exel"]
    with pytest.raises(ValueError, match=r"^“Java” is not one of the names in this group$"):
        merge.with_target("Java")
