"""Formula injection: a cell written to a CSV must never run as a spreadsheet formula.

A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...),
+cmd|...). OWASP's advice: write such a cell with a leading apostrophe, which Excel,
LibreOffice and Google Sheets show as text. :func:`unguard_cell` undoes it exactly.
"""

from __future__ import annotations

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _needs_guard(text: str) -> bool:
    while text.startswith("'"):
        text = text[1:]
    return text.startswith(_FORMULA_STARTS)


def guard_cell(text: str) -> str:
    """``text`` safe to put in a CSV cell: an apostrophe before a would-be formula."""
    return "'" + text if _needs_guard(text) else text


def unguard_cell(text: str) -> str:
    """The original of a :func:`guard_cell`-ed cell (text that needs no guard is kept)."""
    return text[1:] if text.startswith("'") and _needs_guard(text[1:]) else text


def formula_like(text: str) -> bool:
    return text.startswith(_FORMULA_STARTS)
