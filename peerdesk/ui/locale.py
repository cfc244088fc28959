"""Dates, times, numbers and percentages as the user's locale writes them (QLocale).

One format per kind, used by every view, dialog and date editor of the window:

* :func:`short_date` — tables, lists and date editors ("03/03/2027", "03.03.2027");
* :func:`long_date` — headings and sentences ("3 March 2027", "3. März 2027");
* :func:`weekday_date` — sessions, where the day of the week matters ("Wed 03/03/2027").

Years always have four digits (two are ambiguous). With no locale set (the C locale,
as in tests and some minimal systems) an unambiguous English form is used instead of
the US one. The program file keeps ISO dates; only the window shows them this way.
Outside the window (PDFs, the command line) dates are written by their own modules.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

C_SHORT = "dd MMM yyyy"
C_LONG = "d MMMM yyyy"
C_TIME = "HH:mm"


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def pytime(q: QTime) -> time:
    return time(q.hour(), q.minute())


def _c_locale(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def short_format() -> str:
    """The locale's short date format with a four-digit year: also every date editor's."""
    locale = QLocale()
    if _c_locale(locale):
        return C_SHORT
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def long_format() -> str:
    """The locale's long date format without the day's name ("d MMMM yyyy")."""
    locale = QLocale()
    if _c_locale(locale):
        return C_LONG
    fmt = locale.dateFormat(QLocale.FormatType.LongFormat)
    # Drop the weekday and the punctuation that joins it ("dddd, " / ", dddd" / "dddd ").
    fmt = re.sub(r"dddd[\s,،、.]*", "", fmt)
    fmt = re.sub(r"[\s,،、]*$", "", fmt).strip()
    return fmt or C_LONG


def short_date(d: date | None, empty: str | None = None) -> str:
    if d is None:
        return QCoreApplication.translate("locale", "no date") if empty is None else empty
    return QLocale().toString(qdate(d), short_format())


def long_date(d: date | None, empty: str | None = None) -> str:
    if d is None:
        return QCoreApplication.translate("locale", "no date") if empty is None else empty
    return QLocale().toString(qdate(d), long_format())


def weekday_date(d: date | None, empty: str | None = None) -> str:
    if d is None:
        return QCoreApplication.translate("locale", "no date") if empty is None else empty
    locale = QLocale()
    return f"{locale.toString(qdate(d), 'ddd')} {short_date(d)}"


def time_format() -> str:
    locale = QLocale()
    return C_TIME if _c_locale(locale) else locale.timeFormat(QLocale.FormatType.ShortFormat)


def format_time(t: time | datetime) -> str:
    return QLocale().toString(QTime(t.hour, t.minute), time_format())


def date_and_time(moment: datetime) -> str:
    """A moment to the second, as the locale writes a short date and a time ("01.12.2026
    20:11:32", "12/1/2026 8:11:32 PM"): a backup's, where two may be a minute apart."""
    clock = time_format()
    if ":ss" not in clock:
        clock = clock.replace("mm", "mm:ss", 1)
    when = QTime(moment.hour, moment.minute, moment.second)
    return f"{short_date(moment.date())} {QLocale().toString(when, clock)}"


def collation_key(text: str) -> str:
    """A text that sorts, compared as plain text (a sort role of a Qt model), as the printed
    lists and the attendance screen sort names: Ł with L, João before Jonas, Émile with the
    E's (:func:`peerdesk.core.collation.name_key`), not by code points after Z."""
    from peerdesk.core.collation import name_key

    weights, exact = name_key(text)
    return "".join(f"{w:05x}" for w in weights) + "\x00" + exact


def number(value: float | int, decimals: int | None = None) -> str:
    """A number with the locale's decimal sign and digit grouping ("1,234.5", "1.234,5")."""
    locale = QLocale()
    if decimals is None:
        if float(value).is_integer():
            return locale.toString(int(value))
        decimals = 1
    return locale.toString(float(value), "f", decimals)


def count(n: int, one: str, many: str) -> str:
    """A count and its noun, singular or plural ("1 person", "2 people"), the digits in
    the locale's way."""
    return f"{number(n)} {one if n == 1 else many}"


def percent(rate: float | None, empty: str = "–") -> str:
    """A share (0.94) as a whole percentage as the locale writes it ("94%", "94 %" in
    German and French): Qt knows the digits and the sign but not the space, so the pattern
    comes from CLDR through Babel, the same one the documents and the checklist use."""
    if rate is None:
        return empty
    from babel.numbers import format_percent

    locale = QLocale()
    cldr = _cldr_percent(locale.name())
    if cldr is None:
        return f"{locale.toString(round(rate * 100))}{locale.percent()}"
    return format_percent(round(rate * 100) / 100, format=cldr[1], locale=cldr[0])


@functools.cache
def _cldr_percent(name: str):
    """CLDR's locale and percent pattern for a Qt locale name, looked up once per name
    (tables ask for a percentage at every repaint); None where CLDR has no such locale."""
    from babel import Locale, UnknownLocaleError

    try:
        cldr = Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return None
    return cldr, cldr.percent_formats[None].pattern


LATEST_DATE = (2099, 12, 31)  # a year typed as 5202 for 2025 is refused, not a cycle of 3,000 years


def setup_date_edit(edit) -> None:
    """Make a QDateEdit show and take dates in the short format every view uses, up to the
    end of this century (Qt's own limit is the year 9999)."""
    edit.setDisplayFormat(short_format())
    latest = QDate(*LATEST_DATE)
    if edit.maximumDate() > latest:
        edit.setMaximumDate(latest)


def setup_time_edit(edit) -> None:
    edit.setDisplayFormat(time_format())
