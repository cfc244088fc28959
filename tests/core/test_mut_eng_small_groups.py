"""The two kinds of figure the views print (core/small_groups.py), their words written out:
a figure from answers (Stat) and a share of recorded facts (Ratio)."""

from __future__ import annotations

from fractions import Fraction

from peerdesk.core.disclosure.units import Figure
from peerdesk.core.small_groups import Ratio, Stat
from peerdesk.i18n import translation_for


def test_stat_words_and_numbers_in_english_and_german():
    with translation_for("en").active():
        assert Stat(4.26, 9).text() == "4.3" and str(Stat(4.26, 9)) == "4.3"
        assert Stat(3.0, 5).text("{:.1f}") == "3.0"           # no sign asked for
        assert Stat(3.0, 5).text("{:+.1f}") == "+3.0"
        assert Stat(0.0, 5).text("{:+.0f}") == "+0"           # zero counts as a rise
        assert Stat(0.4, 5).text("{:+.0f}") == "+0"           # below one, still not a fall
        assert Stat(-2.0, 5).text("{:+.1f}") == "-2.0"
        assert not Stat(-0.0, 5).text("{:+.1f}").startswith("+-")
        assert Stat(3.14159, 5).text("{:.3}") == "3.14"       # another format: as Python does
        assert Stat(None, 0).text() == "no responses"
        assert Stat.hidden("few").text() == "too few responses"
    with translation_for("de").active():
        assert Stat(4.5, 9).text() == "4,5"
        assert Stat(1.5, 9).text("{:+.1f}") == "+1,5"


def test_stat_hidden_and_from_a_figure():
    assert Stat.hidden("fewer than 5") == Stat(None, 0, withheld=True, reason="fewer than 5")
    assert not Stat.hidden("x").shown
    assert Stat.of_figure(Figure(None, None, None, reason="small")) == Stat.hidden("small")
    assert Stat.of_figure(Figure(None, 0, None)) == Stat(None, 0)
    assert Stat.of_figure(Figure(None, 7, Fraction(9, 2))) == Stat(4.5, 7)
    assert Stat.of_figure(Figure(None, None, Fraction(1))) == Stat(1.0, 0)


def test_ratio_words():
    with translation_for("en").active():
        assert Ratio(3, 4).text() == "75%" and str(Ratio(3, 4)) == "75%"
        assert Ratio(0, 0).text() == "no data" and Ratio(0, 0).value is None
        assert Ratio(1, 4, reason="small").text() == "too few responses"
        assert Ratio(1, 4, reason="small").value is None and Ratio(1, 4, "small").withheld
