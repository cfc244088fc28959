"""Reading a spreadsheet-like file (CSV in any common encoding, or .xlsx) into rows.

HR systems and survey tools write the same table in many ways: UTF-8 with or without a
byte-order mark, Windows-1252, UTF-16 ("Unicode text" from Excel), commas, semicolons or
tabs, fields holding line breaks. The importers only want headers and rows, plus a note
of what was detected so the user can see it (and correct it) before anything is written.
"""


from __future__ import annotations

import csv
import io
from pathlib import Path

from peerdesk.i18n import N_, _
from peerdesk.io.cell_guard import formula_like, guard_cell, unguard_cell
from peerdesk.io.encodings import COMMON_ENCODINGS, SNIFF_BYTES, decode
from peerdesk.io.table import (
    DELIMITERS,
    ENCODING_NAMES,
    Cell,
    Table,
    TabularError,
    cell_text,
    table_from_records,
)
from peerdesk.io.xlsx_reader import MAX_COLUMNS, MAX_ROWS, XLSX_MAGIC, read_xlsx

# The names the importers use, from where they have always been imported.
__all__ = [
    "COMMON_ENCODINGS", "DELIMITERS", "ENCODING_NAMES", "MAX_COLUMNS", "MAX_ROWS", "Cell", "Table",
    "TabularError", "cell_text", "decode", "formula_like", "guard_cell", "read_table",
    "read_table_bytes", "sniff_delimiter", "unguard_cell",
]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
# Files people pick by mistake, by their first bytes: said by name rather than read as text.
_NOT_TABLES = ((b"\x89PNG", N_("a PNG image")), (b"\xff\xd8\xff", N_("a JPEG photo")),
               (b"GIF8", N_("a GIF image")), (b"%PDF", N_("a PDF document")),
               (b"SQLite format 3\x00", N_("a database (perhaps a program file)")))


def read_table(path: Path | str, encoding: str | None = None, delimiter: str | None = None,
               sheet: str | None = None) -> Table:
    """Read ``path``; ``encoding``/``delimiter``/``sheet`` override what would be detected."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TabularError(_("{name} cannot be read: {reason}.").format(
            name=path.name, reason=exc.strerror or exc)) from exc
    return read_table_bytes(data, path.name, encoding=encoding, delimiter=delimiter, sheet=sheet)


def read_table_bytes(data: bytes, name: str = "file", encoding: str | None = None,
                     delimiter: str | None = None, sheet: str | None = None) -> Table:
    if not data.strip():
        raise TabularError(_("{name} is empty.").format(name=name))
    if data.startswith(XLSX_MAGIC):
        return read_xlsx(data, name, sheet)
    if data.startswith(_OLE_MAGIC) or name.lower().endswith(".xls"):
        raise TabularError(_("{name} is an old-style Excel file (.xls). Open it in Excel or "
                             "LibreOffice and save it as .xlsx or CSV, then import that.").format(
                                 name=name))
    what = next((kind for magic, kind in _NOT_TABLES if data.startswith(magic)), None)
    if what is None:
        text, used = decode(data, encoding or _utf16_without_mark(data))
        if not _looks_binary(text):
            return _read_csv_text(text, name, used, delimiter)
    raise TabularError(_("{name} is not a table: it looks like {what}. Choose the CSV or .xlsx "
                         "file the survey tool or HR system exported.").format(
                             name=name, what=_(what) if what else _("a binary file")))


def _looks_binary(text: str) -> bool:
    """Text no spreadsheet writes: control characters (NULs among them) by the dozen; a
    stray one is cleaned with a notice by the importers."""
    sample = text[:SNIFF_BYTES]
    # \v and \f: line breaks inside a cell, as FileMaker and some old exports write them
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n\v\f")
    return controls > max(8, len(sample) // 100)


def _utf16_without_mark(data: bytes) -> str | None:
    """UTF-16 text saved without its byte-order mark: mostly-ASCII text then has a NUL
    in every other byte (after each letter: little-endian; before it: big-endian)."""
    sample = data[:SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(sample) < 4 or sample[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even == 0:
        return "utf-16-le"
    if even > 0.3 * half and odd == 0:
        return "utf-16-be"
    return None


# -- CSV ---------------------------------------------------------------------------------

def _read_csv_text(text: str, name: str, encoding: str, delimiter: str | None) -> Table:
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise TabularError(_("{name} is empty.").format(name=name))
    if delimiter is None:
        delimiter = sniff_delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise TabularError(_("{name} is not a readable CSV file: {reason}.").format(
            name=name, reason=exc)) from exc
    return table_from_records(records, name, kind="csv", encoding=encoding, delimiter=delimiter)


def sniff_delimiter(text: str) -> str:
    """csv.Sniffer's choice among , ; tab |, checked against the shape of the first rows."""
    sample = text[:SNIFF_BYTES]
    if len(text) > SNIFF_BYTES and "\n" in sample:
        sample = sample[: sample.rfind("\n")]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    scores = {d: _shape_score(sample, d) for d in DELIMITERS}
    if sniffed in scores and scores[sniffed] >= max(scores.values()):
        return sniffed
    return max(DELIMITERS, key=lambda d: scores[d])


def _shape_score(sample: str, delimiter: str) -> float:
    """How table-like the sample reads with ``delimiter``: columns in the header, and the
    share of the following records that have that many fields."""
    try:
        records = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
                   if any(c.strip() for c in r)][:50]
    except csv.Error:
        return 0.0
    if not records or len(records[0]) < 2:
        return 0.0
    width = len(records[0])
    body = records[1:] or records
    agree = sum(1 for r in body if len(r) == width) / len(body)
    return agree * 10 + min(width, 10) / 10
