"""Paper sizes, dates and clock times as the reader's country and language write them.

The paper (A4 or US Letter) and the clock (15:00 or 3:00 PM) follow the locale's region,
as CLDR says; dates are written unambiguously ("17 March 2027"), in the document's
language when it is not English. Re-exported by :mod:`peerdesk.reports.base`, where the
renderers have always found them.
"""

from __future__ import annotations

import locale as _locale
import os
from datetime import date

from reportlab.lib.pagesizes import A4, LETTER

from peerdesk.i18n import _, current_language
from peerdesk.i18n import format_date as i18n_date

PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}

# Regions that use US Letter; everyone else uses A4 (CLDR's paper-size data).
LETTER_REGIONS = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PR", "PA",
                            "SV", "DO", "NI", "BZ", "BS", "HN"})

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def paper_for_locale(locale_name: str | None = None) -> str:
    """"letter" for a North or Central American locale such as "en_US", else "a4"."""
    return "letter" if _region(locale_name, "LC_PAPER", "LC_ALL", "LANG") in LETTER_REGIONS \
        else "a4"


# Regions whose clocks read 3:00 PM rather than 15:00 (CLDR's preferred hour cycle).
TWELVE_HOUR_REGIONS = frozenset({"US", "CA", "AU", "NZ", "PH", "IN", "PK", "BD", "EG", "SA",
                                 "MY", "CO", "SV", "HN", "NI", "MX", "PR"})


def _region(locale_name: str | None, *variables: str) -> str:
    if not locale_name:
        locale_name = next((os.environ[v] for v in variables if os.environ.get(v)), "") or (
            _locale.getlocale()[0] or "")
    code = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    return code.split("_")[1].upper() if "_" in code else ""


def twelve_hour_for_locale(locale_name: str | None = None) -> bool:
    """Whether times print as "3:00 PM": the locale's region uses a 12-hour clock."""
    return _region(locale_name, "LC_TIME", "LC_ALL", "LANG") in TWELVE_HOUR_REGIONS


def clock(hhmm: str, twelve_hour: bool = False) -> str:
    """"15:00", or "3:00 PM" on a 12-hour clock."""
    if not twelve_hour:
        return hhmm
    try:
        hour, minute = (int(x) for x in hhmm.split(":"))
    except ValueError:
        return hhmm
    return f"{(hour % 12) or 12}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def resolve_paper(value: str | None, locale_name: str | None = None) -> str:
    """A paper name from a setting or option; empty means "from the locale"."""
    value = (value or "").strip().lower()
    if not value:
        return paper_for_locale(locale_name)
    if value not in PAPER_SIZES:
        raise ValueError(_("Unknown paper size “{paper}”: use a4 or letter.").format(paper=value))
    return value


def format_date(d: date | None, weekday: bool = False) -> str:
    """"17 March 2027" (or "Wednesday 17 March 2027"): unambiguous in every country."""
    if current_language() != "en":  # the document's language, in its own format
        return i18n_date(d, "full" if weekday else "long")
    if d is None:
        return _("date to be set")
    text = f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
    return f"{_DAYS[d.weekday()]} {text}" if weekday else text


def short_date(d: date | None) -> str:
    """"10 Mar 2027": for titles and file names."""
    if d and current_language() != "en":
        return i18n_date(d, "medium")
    return f"{d.day} {_MONTHS[d.month - 1][:3]} {d.year}" if d else ""


def session_line(session) -> str:
    """"Wednesday 17 March 2027 · 15:00–16:30 · Room Ada": when and where, on one line."""
    parts = [format_date(session.date, weekday=True),
             f"{session.start_time}–{session.end_time}"]
    if session.location:
        parts.append(session.location)
    return " · ".join(parts)


# Quotation marks as each language prints them (“…” in English, „…“ in German, « … » in French).
QUOTES = {"en": ("\u201c", "\u201d"), "de": ("\u201e", "\u201c"), "fr": ("\u00ab\u00a0", "\u00a0\u00bb"),
          "pt_PT": ("\u00ab", "\u00bb"), "es": ("\u00ab", "\u00bb")}


def quoted(text: str) -> str:
    """``text`` between the document language's quotation marks."""
    opening, closing = QUOTES.get(current_language(), QUOTES["en"])
    return f"{opening}{text}{closing}"
