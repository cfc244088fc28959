"""What moved between two cycles' key numbers: each comparable figure's change, biggest first.

Step 8 of the program checklist (:func:`peerdesk.core.overview.review_step`) names the
biggest moves; a feedback figure behind too few answers (the small-group rule) is named
as withheld and never compared.
"""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.core.feedback import KeyNumbers
from peerdesk.core.small_groups import Stat
from peerdesk.i18n import _, format_number, format_percent
from peerdesk.i18n import gettext_noop as M_


@dataclass(frozen=True, slots=True)
class Move:
    label: str
    before: str
    after: str
    change: float  # in the figure's own unit (points of a percentage for shares)
    change_text: str
    size: float  # change measured in "notable steps" for ranking

    @property
    def direction(self) -> str:
        return "up" if self.change > 0 else ("down" if self.change < 0 else "same")

    def text(self) -> str:
        return f"{_(self.label)} {self.before} → {self.after} ({self.change_text})"

    def inline(self) -> str:
        """The figure's name inside a sentence ("attendance ↑ 5 pts")."""
        return f"{_(_INLINE.get(self.label, self.label))} {self.change_text}"


# label, attribute, is a share (shown in %), a notable step in its own unit
_FIGURES = (
    (M_("Attendance"), "attendance", True, 5.0),
    (M_("Response rate"), "response_rate", True, 5.0),
    (M_("Usefulness"), "usefulness", False, 0.2),
    (M_("Psychological safety"), "safety", False, 0.2),
    ("eNPS", "enps", False, 5.0),
    (M_("Cross-department pairs"), "cross_pairs", True, 5.0),
)
# The same names inside a sentence, where a language writes them in lower case.
_INLINE = {"Attendance": M_("attendance"), "Response rate": M_("response rate"),
           "Usefulness": M_("usefulness"), "Psychological safety": M_("psychological safety"),
           "Cross-department pairs": M_("cross-department pairs")}


def _arrow(change: float, unit: str, digits: int) -> str:
    """"↑ 0.4", "↓ 6 pts": the size of a change, written the language's way ("↑ 0,4")."""
    mark = "↑" if change > 0 else ("↓" if change < 0 else "=")
    return f"{mark} {format_number(abs(change), digits)}{unit}"


def _signed(value: float, digits: int) -> str:
    """An eNPS with its sign ("+12", "-5"), in the language's digits."""
    text = format_number(value, digits)
    return text if text.startswith(("-", "\u2212")) else "+" + text


def moves(current: KeyNumbers, previous: KeyNumbers) -> tuple[list[Move], list[str]]:
    """Every comparable figure's change, biggest first, and the figures withheld.

    A feedback figure is compared only when both cycles have enough answers behind it
    (the small-group rule, applied by :class:`Stat`); otherwise it is named as withheld
    and never shown, not even as a direction.
    """
    out: list[Move] = []
    withheld: list[str] = []
    for label, attr, share, step in _FIGURES:
        now, then = getattr(current, attr), getattr(previous, attr)
        if isinstance(now, Stat):
            if now.withheld or then.withheld:
                withheld.append(label)
            if not (now.shown and then.shown):
                continue
        elif now.value is None or then.value is None:
            continue
        a, b = float(then.value), float(now.value)
        change: float
        if share:
            change = round((b - a) * 100)
            out.append(Move(label, format_percent(a), format_percent(b), change,
                            _arrow(change, " " + _("pts"), 0), abs(change) / step))
        elif attr == "enps":
            change = round(b - a)
            out.append(Move(label, _signed(a, 0), _signed(b, 0), change,
                            _arrow(change, "", 0), abs(change) / step))
        else:
            change = round(b - a, 1)
            out.append(Move(label, format_number(a, 1), format_number(b, 1), change,
                            _arrow(change, "", 1), abs(change) / step))
    out.sort(key=lambda m: -m.size)
    return out, withheld
