"""Dates and times as the user reads them (QLocale), and the conversions to Python's.

The program file stores ISO dates and HH:MM with a time zone; only the window shows
them the local way. With no locale set (the C locale, as in tests and some minimal
systems) an unambiguous form is used instead of the US one.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def pytime(q: QTime) -> time:
    return time(q.hour(), q.minute())


def _c_locale() -> bool:
    return QLocale().language() == QLocale.Language.C


def format_date(d: date | None, weekday: bool = True) -> str:
    if d is None:
        return "no date"
    if _c_locale():
        return d.strftime("%a %d %b %Y" if weekday else "%d %b %Y")
    locale = QLocale()
    text = locale.toString(qdate(d), date_edit_format())  # short, with a four-digit year
    return f"{locale.toString(qdate(d), 'ddd')} {text}" if weekday else text


def format_time(t: time | datetime) -> str:
    if _c_locale():
        return f"{t:%H:%M}"
    return QLocale().toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)


def date_edit_format() -> str:
    """The locale's short date format with a four-digit year (two digits are ambiguous)."""
    if _c_locale():
        return "yyyy-MM-dd"
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def time_edit_format() -> str:
    return "HH:mm" if _c_locale() else QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def percent(rate: float | None) -> str:
    return "–" if rate is None else f"{round(rate * 100)} %"
