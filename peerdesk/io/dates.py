"""Dates as spreadsheets write them, with the day/month order decided per column.

"03/04/2023" is March or April depending on who wrote it. One value cannot tell, but a
whole column usually can: a 13 or more in the first place means day-first, in the second
place month-first. When the column cannot tell, the caller must ask; nothing is guessed.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from peerdesk.i18n import N_, _
from peerdesk.io.tabular import Cell

DMY = "dmy"
MDY = "mdy"
ORDERS = {DMY: N_("day first (31/12/2024)"), MDY: N_("month first (12/31/2024)")}

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 61 and on; Excel counts a 29 Feb 1900
_MIN_SERIAL = 3654  # 1910-01-01
_MAX_SERIAL = 2958466  # 9999-12-31 + 1
_ZONE = r"(?:\s*(?:Z|(?:GMT|UTC)?\s*[+-]\d{1,2}(?::?\d{2})?|GMT|UTC))?"
_TIME = r"(?:[ T]\s*\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?" + _ZONE + ")?"
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME + r"$")
_AB_Y = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})" + _TIME + r"$")
_COMPACT = re.compile(r"^((?:19|20)\d{2})(\d{2})(\d{2})$")
_SERIAL = re.compile(r"^\d{1,6}(?:\.\d+)?$")
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_D_MON_Y = re.compile(r"^(\d{1,2})[-\s/.]+([A-Za-z]{3,9})\.?[-\s/.,]+(\d{4}|\d{2})" + _TIME + r"$")
_MON_D_Y = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})" + _TIME + r"$")


class DateProblem(ValueError):
    """A value that is not a date (or not a possible one)."""


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        pivot = date.today().year % 100
        y += 2000 if y <= pivot else 1900
    return y


def _make(y: int, m: int, d: int, raw: str) -> date:
    try:
        return date(y, m, d)
    except ValueError as exc:
        raise DateProblem(_("“{raw}” is not a possible date.").format(raw=raw)) from exc


def _month(name: str, raw: str) -> int:
    key = name[:3].lower()
    if key not in _MONTHS or (len(name) > 3 and not _full_month(name)):
        raise DateProblem(_("“{raw}” is not a date.").format(raw=raw))
    return _MONTHS[key]


def _full_month(name: str) -> bool:
    full = ("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "sept")
    return name.lower() in full


def ambiguous_parts(value: Cell) -> tuple[int, int] | None:
    """The two leading numbers of an a/b/yyyy value, whose order is not known from the text."""
    if not isinstance(value, str):
        return None
    m = _AB_Y.match(value.strip())
    return (int(m.group(1)), int(m.group(2))) if m else None


def detect_order(values: list[Cell]) -> tuple[str | None, bool]:
    """(order, needed): the order the column shows, and whether any value needs one.

    ``order`` is None when the column cannot tell (every a/b is 12 or less) or contradicts
    itself (a 13+ in the first place in one row, in the second in another)."""
    first_big = second_big = needed = False
    for value in values:
        parts = ambiguous_parts(value)
        if parts is None:
            continue
        a, b = parts
        if a != b:
            needed = True
        # 32/13/2020 is impossible either way: a bad row, not evidence for an order.
        first_big |= 12 < a <= 31 and b <= 12
        second_big |= 12 < b <= 31 and a <= 12
    if first_big and not second_big:
        return DMY, True
    if second_big and not first_big:
        return MDY, True
    return None, needed


def parse_date(value: Cell, order: str | None) -> date | None:
    """A date from a cell; None for an empty cell. Raises DateProblem for anything else.

    ``order`` is needed only for a/b/yyyy values whose two numbers differ."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise DateProblem(_("“{raw}” is not a date.").format(raw=value))
    if isinstance(value, int | float):
        return _serial(value, str(value))
    if not isinstance(value, str):
        raise DateProblem(_("“{raw}” is not a date.").format(raw=value))
    raw = value.strip()
    if not raw:
        return None
    if m := _ISO.match(raw):
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), raw)
    if m := _AB_Y.match(raw):
        a, b, y = int(m.group(1)), int(m.group(2)), _year(m.group(3))
        if a == b:
            return _make(y, a, b, raw)
        if order == DMY:
            return _make(y, b, a, raw)
        if order == MDY:
            return _make(y, a, b, raw)
        raise DateProblem(_("“{raw}” could be day-first or month-first: choose the date "
                            "order.").format(raw=raw))
    if m := _COMPACT.match(raw):
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), raw)
    if _SERIAL.match(raw):
        return _serial(float(raw), raw)
    if m := _D_MON_Y.match(raw):
        return _make(_year(m.group(3)), _month(m.group(2), raw), int(m.group(1)), raw)
    if m := _MON_D_Y.match(raw):
        return _make(int(m.group(3)), _month(m.group(1), raw), int(m.group(2)), raw)
    raise DateProblem(_("“{raw}” is not a date (write it like 2024-12-31).").format(raw=raw))


def _serial(number: float, raw: str) -> date:
    """An Excel serial day number. Only 1910 to 9999 is taken: a smaller number is far more
    likely a year or a typo than a hire date in Edwardian times."""
    if not (_MIN_SERIAL <= number < _MAX_SERIAL):
        raise DateProblem(_("“{raw}” is not a date.").format(raw=raw))
    return _EXCEL_EPOCH + timedelta(days=int(number))
