"""The program's words in the user's language, without Qt: gettext catalogues and Babel.

Two languages are in play at once. The *interface language* (the command line's messages,
the core's text shown in the window) follows the computer (``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``) or ``peerdesk --lang``; :func:`set_language` changes it. The
*document language* is a program setting: a German facilitator may print an English pack
for an international team. Documents are rendered inside ``with
translation_for(code).active():``, which makes :func:`_` and friends answer in that
language for the current thread (a :class:`~contextvars.ContextVar`), so rendering never
swaps a global another thread is reading.

Strings are marked with ``_()``, ``ngettext()``, ``pgettext()`` and, for module constants
that must be looked up when shown rather than when imported, :func:`N_` (a lazy string).
The catalogues are ``peerdesk/locale/<lang>/LC_MESSAGES/peerdesk.po``, compiled to ``.mo``
(``python packaging/i18n.py compile``); ``python packaging/i18n.py extract`` re-extracts
the template and updates every catalogue (see CONTRIBUTING.md).
"""

from __future__ import annotations

import gettext as _gettext
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, time
from pathlib import Path
from typing import TypeVar

DOMAIN = "peerdesk"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
SOURCE_LANGUAGE = "en"
#: Every language PeerDesk speaks, the source first; each has a catalogue but English.
LANGUAGES: tuple[str, ...] = ("en", "de", "pt_PT", "es", "fr")
#: Each language's name in itself, for a choice in a list.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "pt_PT": "Português (Portugal)",
    "es": "Español",
    "fr": "Français",
}
# Babel's locale for formatting dates and numbers in each language. English writes
# "17 March 2027", day first, as PeerDesk always has: unambiguous in every country.
_BABEL_LOCALE = {"en": "en_GB", "de": "de_DE", "pt_PT": "pt_PT", "es": "es_ES", "fr": "fr_FR"}


def normalise(code: str | None) -> str | None:
    """The supported language a locale or language code names, or None.

    "de_DE.UTF-8", "de-AT" and "de" give "de"; "pt", "pt_PT" and "pt_BR" give "pt_PT"
    (the one Portuguese PeerDesk has); "C" and "POSIX" give "en"."""
    if not code:
        return None
    text = code.strip().split(".")[0].split("@")[0].replace("-", "_")
    if text in ("C", "POSIX"):
        return SOURCE_LANGUAGE
    lang = text.split("_")[0].lower()
    if lang == "pt":
        return "pt_PT"
    return lang if lang in LANGUAGES else None


def system_language(environ: dict[str, str] | os._Environ[str] | None = None) -> str:
    """The language the computer asks for, as gettext reads it: the first of ``LANGUAGE``
    (a colon-separated list of preferences), ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that
    names a language PeerDesk speaks; English otherwise."""
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if not value:
            continue
        for choice in value.split(":"):
            found = normalise(choice)
            if found:
                return found
        if variable != "LANGUAGE":
            break  # gettext's rule: the first variable that is set decides
    if os.name == "nt" and environ is None:  # Windows sets no LANG: ask the system
        import locale

        found = normalise(locale.getlocale()[0] or "")
        if found:
            return found
    return SOURCE_LANGUAGE


class Translation:
    """One language's words and formats. Immutable and shared: safe from any thread."""

    def __init__(self, code: str):
        self.code = code
        self.locale = _BABEL_LOCALE[code]
        self.name = LANGUAGE_NAMES[code]
        if code == SOURCE_LANGUAGE:
            self._catalog: _gettext.NullTranslations = _gettext.NullTranslations()
        else:
            self._catalog = _gettext.translation(DOMAIN, str(LOCALE_DIR), languages=[code],
                                                 fallback=True)

    def __repr__(self) -> str:
        return f"Translation({self.code!r})"

    # -- words ---------------------------------------------------------------------------
    def gettext(self, message: str) -> str:
        return self._catalog.gettext(message) if message else message

    _ = gettext

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._catalog.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        return self._catalog.pgettext(context, message)

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        return self._catalog.npgettext(context, singular, plural, n)

    # -- formats -------------------------------------------------------------------------
    def format_date(self, d: date | datetime | None, kind: str = "long") -> str:
        """A date in this language: ``kind`` is "short", "medium", "long", "full" (with the
        weekday) or a Babel pattern such as "d MMM y"."""
        from babel.dates import format_date

        if d is None:
            return self.gettext("date to be set")
        return format_date(d, kind, locale=self.locale)

    def format_time(self, t: time | datetime, kind: str = "short") -> str:
        from babel.dates import format_time

        return format_time(t, kind, locale=self.locale)

    def format_short_date(self, d: date, year: bool = False) -> str:
        """"3 Mar" (with ``year``: "3 Mar 2027"), as this language shortens a date ("3. März",
        "3 de mar."): Babel's month names, never strftime's English."""
        from babel.dates import format_skeleton

        return format_skeleton("yMMMd" if year else "MMMd", d, locale=self.locale)

    def format_day_time(self, when: datetime) -> str:
        """A day of this year and a time, as this language writes them ("1 Dec, 14:02",
        "1. Dez., 14:02", "1 déc., 14:02"): Babel's month names, never strftime's English."""
        from babel import Locale
        from babel.dates import format_skeleton, format_time

        glue = str(Locale.parse(self.locale).datetime_formats["short"])  # "{1}, {0}"
        return glue.replace("{1}", format_skeleton("MMMd", when, locale=self.locale)).replace(
            "{0}", format_time(when, "short", locale=self.locale))

    def format_number(self, n: float | int, digits: int | None = None) -> str:
        """A number with this language's separators ("1.234,5" in German); ``digits``
        fixes the places after the decimal sign."""
        from babel.numbers import format_decimal

        if digits is None:
            return format_decimal(n, locale=self.locale)
        pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
        return format_decimal(n, format=pattern, locale=self.locale)

    def format_percent(self, fraction: float, digits: int = 0) -> str:
        """0.25 as "25 %" or "25%", as this language writes it."""
        from babel import Locale
        from babel.numbers import format_percent

        pattern = Locale.parse(self.locale).percent_formats[None].pattern  # "#,##0 %" in fr
        if digits > 0:
            pattern = pattern.replace("#,##0", "#,##0." + "0" * digits, 1)
        return format_percent(fraction, format=pattern, locale=self.locale)

    def format_list(self, items: list[str]) -> str:
        """"A, B and C" in this language."""
        from babel.lists import format_list

        return format_list(list(items), locale=self.locale) if items else ""

    # -- scope ---------------------------------------------------------------------------
    @contextmanager
    def active(self) -> Iterator[Translation]:
        """Within the block, in this thread only, ``_()`` and friends use this language."""
        token = _ACTIVE.set(self)
        try:
            yield self
        finally:
            _ACTIVE.reset(token)


_CACHE: dict[str, Translation] = {}
_CACHE_LOCK = threading.Lock()
_ACTIVE: ContextVar[Translation | None] = ContextVar("peerdesk_translation", default=None)
_interface: Translation | None = None  # None until first asked: then from the computer


def translation_for(code: str | None) -> Translation:
    """The :class:`Translation` for a language or locale code; English for one PeerDesk
    does not speak (see :func:`normalise`)."""
    lang = normalise(code) or SOURCE_LANGUAGE
    found = _CACHE.get(lang)
    if found is None:
        with _CACHE_LOCK:
            found = _CACHE.get(lang)
            if found is None:
                found = _CACHE[lang] = Translation(lang)
    return found


def set_language(code: str | None) -> str:
    """Make ``code`` the interface language (None: the computer's); returns the language
    now in use."""
    global _interface
    _interface = translation_for(code if code else system_language())
    return _interface.code


@contextmanager
def interface_language(code: str | None) -> Iterator[str]:
    """Within the block the interface speaks ``code`` (None: the computer's language); the
    language before is put back after, so a command run in-process leaves nothing behind."""
    global _interface
    before = _interface
    try:
        yield set_language(code)
    finally:
        _interface = before


def current() -> Translation:
    """The translation in force here: the document's inside ``active()``, else the
    interface's."""
    active = _ACTIVE.get()
    if active is not None:
        return active
    if _interface is None:
        set_language(None)
    return _interface  # type: ignore[return-value]


def current_language() -> str:
    return current().code


# -- the markers the code calls (and Babel extracts) -------------------------------------------

def _(message: str) -> str:
    return current().gettext(message)


gettext = _


def ngettext(singular: str, plural: str, n: int) -> str:
    return current().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return current().pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    return current().npgettext(context, singular, plural, n)


def gettext_noop(message: str) -> str:
    """Marks a string for the catalogue and returns it unchanged: for English constants that
    are keys (the defaults a new program starts with), translated where they are used."""
    return message


def N_(message: str):
    """A lazy translation, for module constants: looked up each time it is shown, in the
    language in force then. It behaves as a string (``str()``, f-strings, ``+``, ``%``)."""
    from babel.support import LazyProxy

    return LazyProxy(_, message, enable_cache=False)


def format_date(d: date | datetime | None, kind: str = "long", lang: str | None = None) -> str:
    return (translation_for(lang) if lang else current()).format_date(d, kind)


def format_number(n: float | int, digits: int | None = None, lang: str | None = None) -> str:
    return (translation_for(lang) if lang else current()).format_number(n, digits)


def format_percent(fraction: float, digits: int = 0, lang: str | None = None) -> str:
    return (translation_for(lang) if lang else current()).format_percent(fraction, digits)


_T = TypeVar("_T")


def in_every_language(make: Callable[[], _T]) -> dict[str, _T]:
    """``make()`` once in each language PeerDesk speaks, the source first: to recognise what
    a person wrote whichever language their form was in (an intake question, "Ja", "Oui")."""
    out: dict[str, _T] = {}
    for code in LANGUAGES:
        with translation_for(code).active():
            out[code] = make()
    return out


def available_languages() -> tuple[str, ...]:
    """The languages with a compiled catalogue here (English always)."""
    return tuple(code for code in LANGUAGES if code == SOURCE_LANGUAGE
                 or (LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file())
