"""Tenure bands: who is a new recruit, who is seasoned, from the hire date."""

from __future__ import annotations

from datetime import date

from peerdesk.core.settings import NEW_RECRUIT_MONTHS, SEASONED_MONTHS

NEW = "new recruit"
BETWEEN = "between"
SEASONED = "seasoned"
UNKNOWN = "unknown"
BANDS = (NEW, BETWEEN, SEASONED, UNKNOWN)


def months_between(start: date, end: date) -> int:
    """Whole months from start to end (a month counts once its day is reached)."""
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day:
        months -= 1
    return months


def tenure_band(hire_date: date | None, today: date | None = None,
                new_months: int = NEW_RECRUIT_MONTHS,
                seasoned_months: int = SEASONED_MONTHS) -> str:
    if hire_date is None:
        return UNKNOWN
    months = months_between(hire_date, today or date.today())
    if months < new_months:
        return NEW
    if months >= seasoned_months:
        return SEASONED
    return BETWEEN
