"""The two kinds of figure the views print: answers (:class:`Stat`) and shares (:class:`Ratio`).

Every figure made from people's answers is a :class:`Stat` taken from the program's
:class:`~peerdesk.core.disclosure.FigureBook` (:meth:`Stat.of_figure`), which applies the
one disclosure rule (small groups, no subtraction, no combination). Charts, tables and
reports print ``str(stat)``, so "too few responses" and its reason reach every view
without each of them having to remember the rule. Attendance, pairings and headcounts
are facts the facilitator recorded, not anyone's answer, so they are plain
:class:`Ratio` values; a response rate is a ``Ratio`` that the book can withhold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from peerdesk.core.disclosure import (
    MIN_GROUP_FLOOR,
    NO_RESPONSES,
    TOO_FEW,
    Figure,
    group_threshold,
)
from peerdesk.i18n import _, format_number, format_percent
from peerdesk.i18n import gettext_noop as M_

__all__ = ["MIN_GROUP_FLOOR", "NO_DATA", "NO_RESPONSES", "TOO_FEW", "Ratio", "Stat",
           "group_threshold"]

NO_DATA = M_("no data")  # a ratio with nothing to count; translated where shown
_FORMAT = re.compile(r"\{:(\+?)\.(\d)f\}")  # the number formats Stat.text is given


@dataclass(frozen=True, slots=True)
class Stat:
    """A figure made from answers. ``value`` is None when withheld or when nobody answered;
    ``n`` is how many answers it rests on (0 when withheld, so the count is not revealed)."""

    value: float | None
    n: int
    withheld: bool = False
    reason: str = ""

    @classmethod
    def of_figure(cls, figure: Figure) -> Stat:
        if figure.withheld:
            return cls(None, 0, withheld=True, reason=figure.reason)
        if figure.value is None:
            return cls(None, 0)
        return cls(float(figure.value), figure.n or 0)

    @classmethod
    def hidden(cls, reason: str) -> Stat:
        return cls(None, 0, withheld=True, reason=reason)

    @property
    def shown(self) -> bool:
        return self.value is not None

    def text(self, fmt: str = "{:.1f}") -> str:
        """The figure as the language in force writes it ("4.5", "4,5"); ``fmt`` gives the
        places after the decimal sign and a "+" for a change ("{:+.0f}")."""
        if self.withheld:
            return _(TOO_FEW)
        if self.value is None:
            return _(NO_RESPONSES)
        match = _FORMAT.fullmatch(fmt)
        if match is None:
            return fmt.format(self.value)
        text = format_number(self.value, int(match[2]))
        return "+" + text if match[1] and self.value >= 0 and not text.startswith("-") else text

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True, slots=True)
class Ratio:
    """A share of recorded facts (attendance, pairs, people): ``num`` of ``den``."""

    num: int
    den: int
    reason: str = ""  # set when withheld (a response rate of a small group)

    @property
    def value(self) -> float | None:
        return self.num / self.den if self.den and not self.reason else None

    @property
    def withheld(self) -> bool:
        return bool(self.reason)

    def text(self) -> str:
        """The share as the language in force writes it ("72%", "72 %")."""
        if self.reason:
            return _(TOO_FEW)
        return _(NO_DATA) if self.value is None else format_percent(self.value)

    def __str__(self) -> str:
        return self.text()
