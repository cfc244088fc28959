"""A table read from a spreadsheet-like file: headers, rows and what was detected.

The readers (:mod:`peerdesk.io.tabular` for CSV, :mod:`peerdesk.io.xlsx_reader` for
workbooks) all end here: the first non-empty record is the header, empty records are
skipped, and each row keeps the number the user sees in the spreadsheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from peerdesk.i18n import N_, _

# A cell is text from a CSV, or what openpyxl gives for an .xlsx cell.
Cell = str | int | float | date | datetime | time | bool

DELIMITERS = {",": N_("commas"), ";": N_("semicolons"), "\t": N_("tabs"), "|": N_("vertical bars")}
ENCODING_NAMES = {
    "utf-8-sig": N_("UTF-8 with BOM"),
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "cp1252": N_("Windows-1252 (Western)"),
}


class TabularError(ValueError):
    """A file that cannot be read as a table at all; the message says why in plain words."""


@dataclass(slots=True)
class Table:
    headers: list[str]
    rows: list[list[Cell]]
    # The row number the user sees in a spreadsheet (the header is row 1) for each row.
    row_numbers: list[int]
    kind: str = "csv"  # csv | xlsx
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """What was detected, in words, e.g. "CSV, UTF-8 with BOM, separated by semicolons"."""
        if self.kind == "xlsx":
            return (_("Excel workbook, sheet “{sheet}”").format(sheet=self.sheet) if self.sheet
                    else _("Excel workbook"))
        enc = ENCODING_NAMES.get(self.encoding.lower(), self.encoding)
        sep = DELIMITERS.get(self.delimiter, repr(self.delimiter))
        return _("CSV, {encoding}, separated by {separator}").format(encoding=enc, separator=sep)

    def __len__(self) -> int:
        return len(self.rows)



def _blank(cell: Cell) -> bool:
    return isinstance(cell, str) and not cell.strip()


def table_from_records(records: Sequence[Sequence[Cell]], name: str, **info: Any) -> Table:
    """The first non-empty record is the header; empty records are skipped (numbers kept)."""
    header_index = next((i for i, r in enumerate(records) if not all(_blank(c) for c in r)), None)
    if header_index is None:
        raise TabularError(_("{name} has no rows.").format(name=name))
    header = [cell_text(c).strip() for c in records[header_index]]
    while header and not header[-1] and info.get("kind") == "xlsx":
        header.pop()
    if not any(header):
        raise TabularError(_("{name} has no column headings in its first row.").format(name=name))
    width = len(header)
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    for i in range(header_index + 1, len(records)):
        record = list(records[i])
        if all(_blank(c) for c in record):
            continue
        if info.get("kind") == "xlsx":
            # Spreadsheets have no "wrong number of fields": pad or trim empty cells.
            record = record[:width] + [""] * (width - len(record))
        rows.append(record)
        numbers.append(i + 1)
    return Table(headers=header, rows=rows, row_numbers=numbers, **info)


def cell_text(cell: Cell) -> str:
    """A cell as the text a user would see (numbers without a trailing .0)."""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ") if (cell.hour, cell.minute, cell.second) != (0, 0, 0) \
            else cell.date().isoformat()
    if isinstance(cell, date | time):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)

