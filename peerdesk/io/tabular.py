"""Reading a spreadsheet-like file (CSV in any common encoding, or .xlsx) into rows.

HR systems and survey tools write the same table in many ways: UTF-8 with or without a
byte-order mark, Windows-1252, UTF-16 ("Unicode text" from Excel), commas, semicolons or
tabs, fields holding line breaks. The importers only want headers and rows, plus a note
of what was detected so the user can see it (and correct it) before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import zipfile


import codecs
import csv
import io
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from peerdesk.i18n import N_, _

# A cell is text from a CSV, or what openpyxl gives for an .xlsx cell.
Cell = str | int | float | date | datetime | time | bool

DELIMITERS = {",": N_("commas"), ";": N_("semicolons"), "\t": N_("tabs"), "|": N_("vertical bars")}
ENCODING_NAMES = {
    "utf-8-sig": "UTF-8 with BOM",
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "cp1252": "Windows-1252 (Western)",
}
# Offered to the user when the detection is wrong.
COMMON_ENCODINGS = ("utf-8-sig", "utf-8", "utf-16", "cp1252", "latin-1", "cp1250", "cp1251",
                    "cp1253", "cp1256", "cp1258", "gb18030", "big5", "shift_jis")
_SNIFF_BYTES = 64 * 1024
_SCORE_BYTES = 32 * 1024
# Judged even when charset-normalizer leaves them out; they win only on fewer odd words.
_FALLBACKS = ("cp1250", "cp1251", "cp1253", "cp1254", "cp1256", "gb18030", "big5", "shift_jis")
_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


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
    if data.startswith(_XLSX_MAGIC):
        return _read_xlsx(data, name, sheet)
    if data.startswith(_OLE_MAGIC) or name.lower().endswith(".xls"):
        raise TabularError(_("{name} is an old-style Excel file (.xls). Open it in Excel or "
                             "LibreOffice and save it as .xlsx or CSV, then import that.").format(
                                 name=name))
    text, used = decode(data, encoding)
    return _read_csv_text(text, name, used, delimiter)


# -- encodings ---------------------------------------------------------------------------

def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding it was read with: the byte-order mark, then strict UTF-8,
    then charset-normalizer's guess (Windows-1252 preferred among equally likely ones)."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise TabularError(_("“{encoding}” is not an encoding this computer knows.").format(
                encoding=encoding)) from exc
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise TabularError(_("The file cannot be read as {encoding}: {reason} at byte "
                                 "{byte}. Choose another encoding.").format(
                                     encoding=encoding, reason=exc.reason, byte=exc.start)) from exc
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guess = _guess(data)
    if guess is None:
        raise TabularError(_("The file's text encoding could not be recognised. Save it from "
                             "your spreadsheet as “CSV UTF-8”, or choose the encoding by hand."))
    return _strict(data, guess), guess


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise TabularError(_("The file says it is {encoding} but byte {byte} is not valid there: "
                             "the file is damaged.").format(
                                 encoding=ENCODING_NAMES.get(encoding, encoding), byte=exc.start)) from exc


def _guess(data: bytes) -> str | None:
    """charset-normalizer's candidates, judged again on how names read in each.

    On a short file it often ranks a sibling code page first (cp1250 for cp1252, cp949
    for GB18030). Each candidate's text is scored by its words that mix scripts or
    stick a symbol to letters (“£ukasz”, “珙렐”): the one with fewest wins, cp1252 on a
    tie, as Western Windows spreadsheets are the commonest."""
    from charset_normalizer import from_bytes

    sample = data[:_SNIFF_BYTES]
    results = list(from_bytes(sample))[:12]
    sample = data[:_SCORE_BYTES]
    ranks: dict[str, int] = {}
    for i, r in enumerate(results):
        ranks.setdefault(r.encoding, i + 1)
    if results and any(r.chaos <= results[0].chaos + 0.01 and "cp1252" in r.could_be_from_charset
                       for r in results):
        ranks["cp1252"] = 0  # as likely as the best: the commonest wins
    scored = []
    for encoding in dict.fromkeys(["cp1252", *(r.encoding for r in results), *_FALLBACKS]):
        text = _decode_sample(sample, encoding, partial=len(sample) < len(data))
        if text is not None:
            scored.append((_mojibake(text), ranks.get(encoding, len(results) + 1), encoding))
    if not scored:
        return None
    return min(scored)[2]


def _decode_sample(sample: bytes, encoding: str, partial: bool) -> str | None:
    """The sample's text, or None; a partial sample may end inside a character."""
    for cut in range(4 if partial else 1):
        try:
            return sample[: len(sample) - cut].decode(encoding)
        except UnicodeDecodeError:
            continue
        except LookupError:
            return None
    return None


_SCRIPT_CACHE: dict[str, str] = {}
_WORD_BREAK = re.compile(r"[\s!-/:-@\[-`{-~0-9]+")  # spaces, ASCII punctuation and digits
_FINE_PUNCTUATION = set("’‘–—«»„“”·€°§\u00a0")


def _script(char: str) -> str:
    """A letter's script, "" for a letter-neutral mark, "?" for a symbol or control."""
    script = _SCRIPT_CACHE.get(char)
    if script is None:
        category = unicodedata.category(char)
        if char in _FINE_PUNCTUATION or category.startswith("Z") or category == "Nd":
            script = ""
        elif category[0] in "LM":
            script = unicodedata.name(char, "? ").split()[0]
            script = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "IDEOGRAPHIC": "CJK",
                      "COMBINING": "", "MODIFIER": ""}.get(script, script)
        else:
            script = "?"
        _SCRIPT_CACHE[char] = script
    return script


def _mojibake(text: str) -> int:
    """How many words look mis-decoded: several scripts, or a symbol among letters."""
    bad = 0
    for word in {w for w in _WORD_BREAK.split(text) if not w.isascii()}:
        scripts = {_script(c) for c in word if not c.isascii()}
        scripts.discard("")
        if "?" in scripts:
            bad += any(c.isalpha() for c in word)
            continue
        letters = [c for c in word if c.isalpha()]
        accented = sum(1 for c in letters if not c.isascii())
        latin_ascii = accented < len(letters)
        if len(scripts) > 1 or (latin_ascii and scripts - {"LATIN"}):
            bad += 1
        elif scripts == {"LATIN"} and len(letters) >= 4 and accented * 2 > len(letters):
            bad += 1  # “Àííà”: Cyrillic, Greek or Arabic read as Western accents
        elif any(a.islower() and b.isupper() and not b.isascii()
                 for a, b in itertools.pairwise(letters)):
            bad += 1  # “гНгП”: capitals inside a word, as mis-read Arabic looks
    return bad


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
    return _table_from_records(records, name, kind="csv", encoding=encoding, delimiter=delimiter)


def sniff_delimiter(text: str) -> str:
    """csv.Sniffer's choice among , ; tab |, checked against the shape of the first rows."""
    sample = text[:_SNIFF_BYTES]
    if len(text) > _SNIFF_BYTES and "\n" in sample:
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


# -- xlsx --------------------------------------------------------------------------------

# A workbook is a zip of XML: a small file can claim a million rows or unpack to gigabytes.
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


def _read_xlsx(data: bytes, name: str, sheet: str | None) -> Table:
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
    return _table_from_records(records, name, kind="xlsx", sheet=title)


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


# -- shared ------------------------------------------------------------------------------

def _blank(cell: Cell) -> bool:
    return isinstance(cell, str) and not cell.strip()


def _table_from_records(records: Sequence[Sequence[Cell]], name: str, **info: Any) -> Table:
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


# -- formula injection -------------------------------------------------------------------
# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...),
# +cmd|...). OWASP's advice: write such a cell with a leading apostrophe, which Excel,
# LibreOffice and Google Sheets show as text. unguard_cell undoes it exactly.
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
