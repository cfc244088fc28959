"""Which columns of a survey export hold personal data, judged by what is in them.

A heading says little: "Work email", "Kontakt", "Q7" or "Your name (optional)" can all
hold who answered. So every column is read: one whose filled cells are mostly emails,
times of day, participants' names or employee ids is personal data, whatever it is
called, and an anonymous import stores nothing from it. The caller reports each such
column with the reason given here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time

from peerdesk.i18n import _
from peerdesk.i18n import gettext_noop as M_
from peerdesk.io.tabular import Cell, cell_text

# What a cell holds (codes, worded by _HOLDS for the user).
TIMES, EMAILS, EMPLOYEE_IDS, NAMES = "times", "emails", "employee_ids", "names"
_HOLDS = {
    TIMES: M_("holds times of day ({count} of {filled} filled cells)"),
    EMAILS: M_("holds email addresses ({count} of {filled} filled cells)"),
    EMPLOYEE_IDS: M_("holds employee ids ({count} of {filled} filled cells)"),
    NAMES: M_("holds participants' names ({count} of {filled} filled cells)"),
}

_EMAIL = re.compile(r"[^@\s<>(),;]+@[^@\s<>(),;]+\.[a-z]{2,}", re.IGNORECASE)
_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3])[:h.][0-5]\d(?:[:.][0-5]\d)?(?:\s*[ap]\.?m\.?)?(?!\d)",
                   re.IGNORECASE)
_DATE = re.compile(r"(?<!\d)\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?!\d)")
SHARE = 0.5  # a column is personal when at least half of its filled cells are


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.findall(r"\w+", plain))


@dataclass(slots=True)
class Known:
    """What the program knows about people, to recognise them in a file."""

    names: set[str]  # folded full names, and the same with the words sorted
    employee_ids: set[str]

    @classmethod
    def of(cls, names: Iterable[str], employee_ids: Iterable[str]) -> Known:
        folded: set[str] = set()
        for name in names:
            f = _fold(name)
            if f:
                folded.add(f)
                folded.add(" ".join(sorted(f.split())))
        return cls(folded, {e.strip().casefold() for e in employee_ids if e.strip()})


def cell_reason(cell: Cell, known: Known) -> str | None:
    """Why one cell is personal data (TIMES, EMAILS, EMPLOYEE_IDS or NAMES), or None."""
    if isinstance(cell, datetime):
        return TIMES if cell.time() != time(0) else None
    if isinstance(cell, time):
        return TIMES
    text = cell_text(cell).strip()
    if not text:
        return None
    if _EMAIL.search(text):
        return EMAILS
    if text.casefold() in known.employee_ids:
        return EMPLOYEE_IDS
    folded = _fold(text)
    if folded and (folded in known.names or " ".join(sorted(folded.split())) in known.names):
        return NAMES
    if _TIME.search(text) and (_DATE.search(text) or len(text) <= 11):
        return TIMES
    return None


def personal_columns(headers: Sequence[str], rows: Sequence[Sequence[Cell]],
                     known: Known) -> dict[int, str]:
    """Column index -> why it is personal data ("holds email addresses in 12 of 12 rows")."""
    out: dict[int, str] = {}
    for i in range(len(headers)):
        filled = 0
        reasons: dict[str, int] = {}
        for row in rows:
            if i >= len(row) or not cell_text(row[i]).strip():
                continue
            filled += 1
            reason = cell_reason(row[i], known)
            if reason:
                reasons[reason] = reasons.get(reason, 0) + 1
        if not reasons:
            continue
        reason, count = max(reasons.items(), key=lambda kv: kv[1])
        if sum(reasons.values()) >= SHARE * filled:
            out[i] = _(_HOLDS[reason]).format(count=count, filled=filled)
    return out
