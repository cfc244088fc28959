"""The one disclosure rule: every figure PeerDesk can show, and which of them it withholds.

PeerDesk shows feedback only as figures: a measure (how many forms, mean usefulness,
psychological safety, eNPS, skill confidence before or after) over a
group of forms (all cycles, one cycle or one session; all departments or one; for skill
confidence, all skills or one). :func:`figure_book` computes every such figure once, with
exact :class:`~fractions.Fraction` arithmetic, and decides which are shown. Every view
(the window, the cycle report, ``peerdesk chart``, ``status``, ``figures`` and every
``--json``) reads its numbers from the book, so no view can show what another hides.

The rule, in plain words:

1. **Small groups.** A figure over fewer than *k* answers is withheld, its count too
   (*k* is the program's minimum group size, default 5, never below 3).
2. **No subtraction.** Every shown figure tells the sum of its answers and how many
   there are. Two shown figures whose groups nest (a cycle and one of its sessions, all
   departments and one department) tell the same of the difference. So wherever the
   answers a parent figure holds beyond its shown children would be fewer than *k*, or
   would be one hidden group alone, the next-smallest sibling is withheld as well (as HR
   survey tools do); if there is none, the parent is. Forms without a department count as
   such a hidden group: they are never shown alone. But they never stand in for the
   second hidden department beside a hidden one: their number changes with every batch,
   and a choice that leaned on them would flip as forms arrive (see
   :func:`joining_gives_away`), so batches could never join.
3. **No combination.** Subtraction along one hierarchy is not the only way: a session
   total and a department's cycle total can together pin down the two other forms of
   that session. So after rule 2 the book checks every withheld group, and every set of
   fewer than *k* answers made of whole "atoms" (the forms of one department in one
   session), against *all* shown figures at once (is its sum a linear combination of the
   shown sums?), and withholds more until none is. This check runs in integers
   modulo a 61-bit prime: a sum that can be worked out exactly can also be worked out
   modulo the prime, so the check never misses a leak (at worst, with negligible
   chance, it withholds one figure too many).

Each measure is treated on its own (its answers are different numbers); eNPS is the mean
of a per-form score (+100 promoter, -100 detractor, 0 passive), so eNPS categories are
covered by the same rule. Skill confidence is shown per skill for all departments
together, never per department; departments are shown per cycle and for all cycles,
never per session. The response rate is the forms figure over the people recorded
present, shown only where that forms figure is shown and at least *k* were present.
"""


from peerdesk.core.disclosure.book import (
    FigureBook,
    _headcount,
    _joined,
    _mean_figure,
    _response_rates,
    _structure,
    _waiting_reason,
    figure_book,
    figure_rows,
    forms_said,
)
from peerdesk.core.disclosure.protect import Cell, _Protect
from peerdesk.core.disclosure.span import _PRIME, _small_set, _Span, _sum_rows
from peerdesk.core.disclosure.units import (
    BLANK,
    DEFAULT_MIN_GROUP,
    MEASURE_NAMES,
    MIN_GROUP_FLOOR,
    NO_RESPONSES,
    NO_SKILL,
    PHASES,
    SAFETY_SCALE,
    SESSION_MEASURES,
    TOO_FEW,
    Atom,
    Figure,
    Key,
    _enps,
    _exact,
    _safety,
    _Table,
    _tables,
    few_present,
    group_threshold,
    small_reason,
)

__all__ = [
    "BLANK", "DEFAULT_MIN_GROUP", "MEASURE_NAMES", "MIN_GROUP_FLOOR", "NO_RESPONSES", "NO_SKILL",
    "PHASES", "SAFETY_SCALE", "SESSION_MEASURES", "TOO_FEW", "_PRIME", "Atom", "Cell", "Figure",
    "FigureBook", "Key", "_Protect", "_Span", "_Table", "_enps", "_exact", "_headcount",
    "_joined", "_mean_figure", "_response_rates", "_safety", "_small_set", "_structure",
    "_sum_rows", "_tables", "_waiting_reason", "few_present", "figure_book", "figure_rows",
    "forms_said", "group_threshold", "small_reason",
]
