"""Reading the first (or a chosen) sheet of an .xlsx workbook, safely.

A workbook is a zip of XML: a small file can claim a million rows or unpack to gigabytes,
so its size and row count are checked in the raw zip before openpyxl parses anything.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from peerdesk.i18n import _
from peerdesk.io.table import Cell, Table, TabularError, table_from_records

if TYPE_CHECKING:
    import zipfile

XLSX_MAGIC = b"PK\x03\x04"

# What a real staff list or survey export needs, with room to spare.
MAX_ROWS = 250_000
MAX_COLUMNS = 500
MAX_UNPACKED = 256 * 1024 * 1024  # bytes of XML in the whole workbook
MAX_RATIO = 200  # unpacked / packed, per member: XML packs well, bombs pack far better


def _check_zip(data: bytes, name: str) -> None:
    """Refuse a workbook whose parts unpack too big, before openpyxl reads any of them."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise TabularError(_("{name} is not a readable Excel workbook ({reason}).").format(
            name=name, reason=exc)) from exc
    total = sum(m.file_size for m in members)
    too_packed = [m for m in members
                  if m.file_size > 1024 * 1024 and m.file_size > MAX_RATIO * max(m.compress_size, 1)]
    if total > MAX_UNPACKED or too_packed or len(members) > 10_000:
        raise TabularError(_(
            "{name} is too big to import: it unpacks to {size} MB (PeerDesk reads workbooks up "
            "to {limit} MB). Save the sheet you need as CSV, or remove what you don't need, and "
            "import that.").format(name=name, size=f"{total / 2**20:,.0f}",
                                   limit=MAX_UNPACKED // 2**20))
    # Count the rows of each sheet in its raw XML (fast, in C) before openpyxl parses a
    # single one, so a workbook of a million rows is refused in well under a second.
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for m in members:
            if not (m.filename.startswith("xl/worksheets/") and m.filename.endswith(".xml")):
                continue
            if _row_tags(zf, m) > MAX_ROWS:
                raise TabularError(_("{name} has more than {limit} rows; PeerDesk imports up to "
                                     "that many. Split the file, or remove empty rows.").format(
                                         name=name, limit=f"{MAX_ROWS:,}"))


_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")


def _row_tags(zf: zipfile.ZipFile, member: zipfile.ZipInfo) -> int:
    """How many <row> elements a sheet's XML holds, read a megabyte at a time."""
    count, tail = 0, b""
    with zf.open(member) as stream:
        while chunk := stream.read(1 << 20):
            block = tail + chunk
            count += len(_ROW_TAG.findall(block))
            # keep an unfinished tag at the end for the next block (no row tag is counted twice:
            # the kept part starts after the last complete match)
            last = block.rfind(b"<")
            tail = block[last:] if last >= 0 and len(block) - last < 64 and \
                not _ROW_TAG.match(block, last) else b""
            if count > MAX_ROWS:
                break
    return count


def read_xlsx(data: bytes, name: str, sheet: str | None) -> Table:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.chartsheet import Chartsheet

    _check_zip(data, name)
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise TabularError(_("{name} is not a readable Excel workbook ({reason}).").format(
            name=name, reason=exc)) from exc
    try:
        if sheet:
            if sheet not in wb.sheetnames:
                raise TabularError(_("{name} has no sheet called “{sheet}” (it has: {sheets}).").format(
                    name=name, sheet=sheet, sheets=", ".join(wb.sheetnames)))
            chosen = wb[sheet]
            if isinstance(chosen, Chartsheet):
                raise TabularError(_("The sheet “{sheet}” of {name} is a chart, not a table.").format(
                    sheet=sheet, name=name))
            ws = chosen
        else:
            ws = wb.worksheets[0]
        # The sheet's own <dimension> may claim A1:XFD1048576; count what is there instead.
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()
        records: list[list[Cell]] = []
        for row in ws.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True):
            if len(records) >= MAX_ROWS:
                raise TabularError(_("{name} has more than {limit} rows; PeerDesk imports up to "
                                     "that many. Split the file, or remove empty rows.").format(
                                         name=name, limit=f"{MAX_ROWS:,}"))
            if len(row) > MAX_COLUMNS:
                if any(v not in (None, "") for v in row[MAX_COLUMNS:]):
                    raise TabularError(_("{name} has more than {limit} columns; PeerDesk imports up "
                                         "to that many. Remove the ones you don't need.").format(
                                             name=name, limit=MAX_COLUMNS))
                row = row[:MAX_COLUMNS]
            records.append([_xlsx_cell(v) for v in row])
        title = ws.title
    except TabularError:
        raise
    except Exception as exc:
        raise TabularError(_("{name} is a damaged Excel workbook ({reason}).").format(
            name=name, reason=exc)) from exc
    finally:
        wb.close()
    return table_from_records(records, name, kind="xlsx", sheet=title)


def _xlsx_cell(value: object) -> Cell:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, int | float | date | datetime | time):
        return value
    return str(value)
