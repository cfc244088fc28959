"""Column headings to fields: the automatic guess and the user's corrections.

A mapping is a list with one entry per column: the field it feeds, or "" for a column
that is ignored. Each field is fed by one column at most.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from peerdesk.i18n import _

IGNORE = ""
_IGNORE_WORDS = {"", "ignore", "none", "skip", "-"}


class MappingError(ValueError):
    """A ``--map`` that names a column or field that does not exist."""


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One bad row: the spreadsheet row number, the column heading, and what is wrong."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        if self.column:
            return _("Row {row}, column “{column}”: {message}").format(
                row=self.row, column=self.column, message=self.message)
        return _("Row {row}: {message}").format(row=self.row, message=self.message)


def normalize_header(text: str) -> str:
    """Lower case, accents kept, punctuation to spaces, "#" read as "number"."""
    text = unicodedata.normalize("NFKC", str(text)).casefold().replace("#", " number ")
    text = text.replace("no.", " number ")
    return " ".join(re.sub(r"[^\w]+", " ", text).replace("_", " ").split())


def auto_map(headers: list[str], aliases: Mapping[str, str]) -> list[str]:
    """Each column's field from ``aliases`` (normalized heading -> field); first column wins."""
    used: set[str] = set()
    mapping = []
    for header in headers:
        target = aliases.get(normalize_header(header), IGNORE)
        if target and target in used:
            target = IGNORE
        if target:
            used.add(target)
        mapping.append(target)
    return mapping


def parse_spec(spec: str) -> tuple[str, str]:
    """``"Reports To=manager"`` -> ("Reports To", "manager"); the last "=" splits."""
    if "=" not in spec:
        raise MappingError(_("“{spec}” is not a mapping: write it as \"Column heading=field\".")
                           .format(spec=spec))
    column, _sep, target = spec.rpartition("=")
    return column.strip(), target.strip()


def field_names(targets: Mapping[str, str | tuple[str, ...]]) -> dict[str, list[str]]:
    """Each field's names a user may give it: its key, its label in English and its label
    in the interface language (a tuple gives several labels, the first the English one)."""
    out: dict[str, list[str]] = {}
    for key, labels in targets.items():
        said = (labels,) if isinstance(labels, str) else labels
        out[key] = list(dict.fromkeys([key, *said, *(_(label) for label in said)]))
    return out


def fields_help(targets: Mapping[str, str | tuple[str, ...]]) -> str:
    """"Full name (name), Email (email), …": the fields in the interface language, each with
    its key, for ``--help`` and for the message of a ``--map`` that names none of them."""
    shown = []
    for key, labels in targets.items():
        label = _(labels if isinstance(labels, str) else labels[0])
        shown.append(label if normalize_header(label) == normalize_header(key)
                     else f"{label} ({key})")
    return ", ".join(shown)


def apply_overrides(headers: list[str], mapping: list[str], specs: list[str],
                    targets: Mapping[str, str | tuple[str, ...]]) -> list[str]:
    """``mapping`` changed by ``specs`` ("Column=field", "Column=ignore"); ``targets`` is
    field -> label (in English, marked for translation), and a field may be named by its
    key, its English label or its label in the interface language."""
    mapping = list(mapping)
    by_norm: dict[str, str] = {}
    for key, names in field_names(targets).items():
        for name in names:
            by_norm.setdefault(normalize_header(name), key)
    for spec in specs:
        column, target = parse_spec(spec)
        index = _column_index(headers, column)
        if target.casefold() in _IGNORE_WORDS or target.casefold() == _("ignore").casefold():
            mapping[index] = IGNORE
            continue
        field = by_norm.get(normalize_header(target))
        if field is None:
            raise MappingError(_("“{target}” is not a field to import into. Fields: {names}, "
                                 "or ignore.").format(target=target, names=fields_help(targets)))
        mapping = [IGNORE if m == field else m for m in mapping]
        mapping[index] = field
    return mapping


def _column_index(headers: list[str], column: str) -> int:
    for i, header in enumerate(headers):
        if header == column:
            return i
    wanted = normalize_header(column)
    for i, header in enumerate(headers):
        if normalize_header(header) == wanted:
            return i
    if column.isdigit() and 1 <= int(column) <= len(headers):
        return int(column) - 1
    shown = ", ".join(f"“{h}”" for h in headers if h)
    raise MappingError(_("There is no column “{column}” in the file. Its columns: {shown}.")
                       .format(column=column, shown=shown))
