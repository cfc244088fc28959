"""Program settings' checks and the weights read from stored values, at their edges."""

from __future__ import annotations

from peerdesk.core.scoring import Weights
from peerdesk.core.settings import ProgramSettings
from peerdesk.core.zones import system_zone

DEFAULTS = {"skill": 3.0, "cross_department": 2.0, "tenure_gap": 1.0, "same_location": 1.0,
            "availability": 0.5, "preference": 1.5}


def weights(w: Weights) -> dict[str, float]:
    return {name: getattr(w, name) for name in DEFAULTS}


def test_the_smallest_group_may_be_three_but_not_two():
    assert ProgramSettings(min_group_size=3).problems() == []
    assert [(p.field, p.message) for p in ProgramSettings(min_group_size=2).problems()] == [
        ("min_group_size", "The smallest group shown is never below 3.")]


def test_an_unknown_language_is_named_with_the_choices():
    assert [(p.field, p.message) for p in ProgramSettings(language="xx").problems()] == [
        ("language", "“xx” is not a language PeerDesk prints in; choose one of en, de, pt_PT, "
                     "es, fr.")]


def test_weights_missing_unreadable_or_negative():
    assert weights(Weights.from_mapping(None)) == DEFAULTS
    assert weights(Weights.from_mapping({})) == DEFAULTS
    assert weights(Weights.from_mapping({"skill": "4"})) == {**DEFAULTS, "skill": 4.0}
    assert weights(Weights.from_mapping({"skill": "lots", "preference": None})) == DEFAULTS
    assert weights(Weights.from_mapping({"availability": -2, "tenure_gap": 0})) == {
        **DEFAULTS, "availability": 0.0, "tenure_gap": 0.0}


def test_the_computers_zone_by_its_name(monkeypatch):
    import tzlocal

    for name, expected in (("Etc/UTC", "UTC"), ("Zulu", "UTC"), ("Europe/Lisbon", "Europe/Lisbon"),
                           ("Not/AZone", "UTC"), ("", "UTC")):
        monkeypatch.setattr(tzlocal, "get_localzone_name", lambda name=name: name)
        assert system_zone() == expected, name

    def broken():
        raise ValueError("no configuration")

    monkeypatch.setattr(tzlocal, "get_localzone_name", broken)
    assert system_zone() == "UTC"
