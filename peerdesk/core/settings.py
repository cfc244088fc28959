"""A program's settings, declared once with their defaults, as one typed object.

The store loads and saves :class:`ProgramSettings` (``Program.settings()`` and
``Program.save_settings()``); every module that needs a threshold, the smallest group
shown or the time zone reads it from there, never by a string key or a repeated literal.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from peerdesk.core.validation import Problem
from peerdesk.i18n import LANGUAGES, _

NEW_RECRUIT_MONTHS = 6  # under this many months: a new recruit
SEASONED_MONTHS = 24  # from this many months: seasoned
MIN_GROUP_FLOOR = 3  # the smallest group shown is never below this
DEFAULT_WEIGHTS = {
    "skill": 3.0,
    "cross_department": 2.0,
    "tenure_gap": 1.0,
    "same_location": 1.0,
    "availability": 0.5,
}


@dataclass(frozen=True, slots=True)
class ProgramSettings:
    program_name: str = "Peer learning program"
    new_recruit_months: int = NEW_RECRUIT_MONTHS
    seasoned_months: int = SEASONED_MONTHS
    buddy_capacity: int = 1  # recruits one seasoned buddy may take
    min_group_size: int = 5  # fewer answers than this are never shown
    anonymous_feedback: bool = True
    no_repeat_cycles: int = 0  # 0 = never repeat a pair from any earlier cycle
    timezone: str = "Europe/Lisbon"  # a new program takes the computer's zone instead
    paper: str = ""  # "" = from the locale
    # The paper feedback form asks for the respondent's department (and only prints the
    # question while every department has at least min_group_size people).
    ask_department: bool = False
    # The language of everything printed and of the messages to participants (see
    # peerdesk.i18n.LANGUAGES); a new program takes the computer's, an older file English.
    language: str = "en"
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))

    @property
    def thresholds(self) -> tuple[int, int]:
        """(new-recruit months, seasoned months), as the tenure bands take them."""
        return self.new_recruit_months, self.seasoned_months

    @property
    def group_size(self) -> int:
        """The smallest group shown, never below the floor whatever the file says."""
        return max(MIN_GROUP_FLOOR, int(self.min_group_size))

    def problems(self) -> list[Problem]:
        out = []
        if self.seasoned_months <= self.new_recruit_months:
            out.append(Problem("seasoned_months", _("“Seasoned” must start after the "
                                                    "new-recruit period ends.")))
        if self.min_group_size < MIN_GROUP_FLOOR:
            out.append(Problem("min_group_size", _("The smallest group shown is never below "
                                                   "{n}.").format(n=MIN_GROUP_FLOOR)))
        if self.buddy_capacity < 0 or self.no_repeat_cycles < 0:
            out.append(Problem("buddy_capacity", _("Counts cannot be negative.")))
        if self.language not in LANGUAGES:
            out.append(Problem("language", _("“{code}” is not a language PeerDesk prints in; "
                                             "choose one of {codes}.").format(
                code=self.language, codes=", ".join(LANGUAGES))))
        return out

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def keys(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def from_values(cls, values: dict[str, object]) -> ProgramSettings:
        """From stored values (JSON), each coerced to its declared type; a missing or
        unreadable one takes its default."""
        base = cls()
        changes: dict[str, Any] = {}  # field name -> the value read, checked against its default
        for f in fields(cls):
            if f.name not in values or values[f.name] is None:
                continue
            value = values[f.name]
            default = getattr(base, f.name)
            try:
                if isinstance(default, bool):
                    changes[f.name] = bool(value)
                elif isinstance(default, int):
                    changes[f.name] = int(value)  # type: ignore[call-overload]
                elif isinstance(default, str):
                    changes[f.name] = str(value)
                elif isinstance(default, dict) and isinstance(value, dict):
                    changes[f.name] = {**default, **{str(k): float(v) for k, v in value.items()}}
            except (TypeError, ValueError):
                continue
        return replace(base, **changes)
