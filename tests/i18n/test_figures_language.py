"""Figures in words follow the language in force: "72 %" and "↑ 0,4" in German, as the
window's dates and charts do; the checklist and the cycle report print through these."""

from __future__ import annotations

from datetime import date

from peerdesk.core.small_groups import Ratio, Stat
from peerdesk.i18n import interface_language
from peerdesk.store import demo
from peerdesk.store.cycles import list_cycles
from peerdesk.store.overview import overview
from peerdesk.store.program import Program


def test_a_share_and_a_mean_are_written_the_languages_way():
    with interface_language("de"):
        assert Ratio(18, 25).text() == "72\u00a0%"
        assert Stat(4.25, 9).text() == "4,2" or Stat(4.25, 9).text() == "4,3"
        assert Stat(1.5, 9).text("{:+.1f}") == "+1,5"
        assert Stat(-12.0, 9).text("{:+.0f}") in ("-12", "\u221212")
        assert Stat(None, 0, withheld=True).text() == "zu wenige Antworten"
    with interface_language("en"):
        assert Ratio(18, 25).text() == "72%"
        assert Stat(1.5, 9).text("{:+.1f}") == "+1.5"


def test_the_demo_checklist_in_german_has_no_english_number_formats():
    program = Program.create(None)
    demo.populate(program, today=date(2026, 12, 1))
    with interface_language("de"):
        steps = overview(program, list_cycles(program)[-1].id, today=date(2026, 12, 1))
    program.close()
    text = "\n".join(s.summary for s in steps)
    assert "Rücklaufquote 72\u00a0%" in text, text
    assert "72%" not in text
    assert "0.4" not in text and "0,4" in text, text
