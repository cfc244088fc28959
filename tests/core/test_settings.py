"""Program settings: one typed object, declared once, loaded and saved by the store."""

from peerdesk.core.settings import MIN_GROUP_FLOOR, ProgramSettings
from peerdesk.store.program import DEFAULT_SETTINGS, Program


def test_defaults_are_declared_once():
    assert ProgramSettings().as_dict() == DEFAULT_SETTINGS
    assert ProgramSettings().thresholds == (6, 24)


def test_the_store_loads_and_saves_the_typed_settings():
    program = Program.create(None, "Settings", timezone="Asia/Tokyo")
    s = program.settings()
    assert s.timezone == "Asia/Tokyo" and s.group_size == 5
    from dataclasses import replace

    program.save_settings(replace(s, new_recruit_months=3, weights={**s.weights, "skill": 5.0}))
    again = program.settings()
    assert again.thresholds == (3, 24) and again.weights["skill"] == 5.0
    assert program.setting("new_recruit_months") == 3


def test_unreadable_or_too_small_values_fall_back():
    s = ProgramSettings.from_values({"seasoned_months": "x", "min_group_size": 1,
                                     "weights": {"skill": 1}})
    assert s.seasoned_months == 24 and s.group_size == MIN_GROUP_FLOOR
    assert s.weights["skill"] == 1.0 and s.weights["cross_department"] == 2.0
    assert [p.field for p in ProgramSettings(new_recruit_months=30).problems()] == [
        "seasoned_months"]
