"""Names in the order people expect, whatever their language: the Unicode Collation
Algorithm (pyuca, the default Unicode order) rather than code points.

Ł sorts with L, Ø with O, Émile with the other E's, "de Vries" with D, case and accents
decide only between otherwise equal names. Every printed name list and the attendance
screen use :func:`name_key`, so a facilitator ticking the screen from a signed sheet
finds the people in the same order. This is the root order, not one locale's tailoring
(Danish puts Ø after Z; the root order keeps it with O, which every reader can follow).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import Any, TypeVar

T = TypeVar("T")

# Letters the default order keeps apart but a reader files under a plain Latin letter.
_FILED_UNDER = {"Ł": "L", "ł": "L", "Ø": "O", "ø": "O", "Đ": "D", "đ": "D", "Æ": "A",
                "æ": "A", "Œ": "O", "œ": "O", "ß": "S", "Þ": "T", "þ": "T", "Ħ": "H",
                "ħ": "H", "Ŀ": "L", "ŀ": "L", "İ": "I", "ı": "I"}


@cache
def _collator() -> Any:  # pyuca ships no types
    import pyuca

    return pyuca.Collator()


@lru_cache(maxsize=8192)
def name_key(name: str) -> tuple[tuple[int, ...], str]:
    """A sort key for a person's name (ties broken by the exact text, so the order is total).

    Kept once worked out (a name's key never changes): the collation is the slowest step
    of listing a few hundred people, and the documents and the attendance screen list
    the same names again and again."""
    text = unicodedata.normalize("NFC", " ".join(name.split()))
    return (_collator().sort_key(text), text)


def sort_by_name(items: Iterable[T], name: Callable[[T], str]) -> list[T]:
    """``items`` in name order."""
    return sorted(items, key=lambda item: name_key(name(item)))


def initial(name: str) -> str:
    """The letter a name is filed under: "É" and "e" under "E", "Ł" under "L"; the first
    character of a name in another script; "" for an empty name."""
    text = name.strip()
    if not text:
        return ""
    first = text[0]
    if first in _FILED_UNDER:
        return _FILED_UNDER[first]
    base = unicodedata.normalize("NFKD", first)[0]
    return base.upper() if base.isascii() and base.isalpha() else first.upper()
