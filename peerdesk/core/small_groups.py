"""The small-group rule, and the two kinds of figure it tells apart.

Every figure computed from people's answers is a :class:`Stat`, and a ``Stat`` is only
made by :meth:`Stat.of`, which withholds the value when fewer than the program's
``min_group_size`` answers stand behind it (never fewer than :data:`MIN_GROUP_FLOOR`).
Charts, tables and reports print ``str(stat)``, so "too few responses" reaches every
view without each of them having to remember the rule. Attendance, pairings and
headcounts are facts the facilitator recorded, not anyone's answer, so they are plain
:class:`Ratio` values, never withheld.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from statistics import fmean

MIN_GROUP_FLOOR = 3
TOO_FEW = "too few responses"
NO_RESPONSES = "no responses"


def group_threshold(setting: object) -> int:
    """The effective small-group threshold: the setting, but never below the floor."""
    try:
        return max(MIN_GROUP_FLOOR, int(setting))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return MIN_GROUP_FLOOR


@dataclass(frozen=True, slots=True)
class Stat:
    """A figure made from answers. ``value`` is None when withheld or when nobody answered;
    ``n`` is how many answers it rests on (0 when withheld, so the count is not revealed)."""

    value: float | None
    n: int
    withheld: bool = False

    @classmethod
    def of(cls, values: Sequence[float], min_n: int,
           fn: Callable[[Sequence[float]], float] = fmean) -> Stat:
        if not values:
            return cls(None, 0)
        if len(values) < group_threshold(min_n):
            return cls(None, 0, withheld=True)
        return cls(float(fn(values)), len(values))

    @property
    def shown(self) -> bool:
        return self.value is not None

    def text(self, fmt: str = "{:.1f}") -> str:
        if self.withheld:
            return TOO_FEW
        return NO_RESPONSES if self.value is None else fmt.format(self.value)

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True, slots=True)
class Ratio:
    """A share of recorded facts (attendance, pairs, people): ``num`` of ``den``."""

    num: int
    den: int

    @property
    def value(self) -> float | None:
        return self.num / self.den if self.den else None

    def text(self) -> str:
        return "no data" if self.value is None else f"{self.value:.0%}"

    def __str__(self) -> str:
        return self.text()
