"""Participants out to CSV (UTF-8 with a byte-order mark, so Excel shows every script) or .xlsx.

Cells that a spreadsheet would run as a formula are written as text (OWASP's advice:
a leading apostrophe in CSV, a quote-prefixed text cell in .xlsx) and read back as they
were. The headings are ones :mod:`peerdesk.io.people_import` maps on its own, and managers are
written by email as well as by name, so a file exported and imported again changes
nothing.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

from peerdesk.i18n import _
from peerdesk.io.tabular import formula_like, guard_cell
from peerdesk.store.atomic import open_atomic
from peerdesk.store.people_import import rows_with_managers
from peerdesk.store.program import Program

COLUMNS: list[tuple[str, str]] = [  # heading, participants column (or a computed one)
    ("Employee ID", "employee_id"),
    ("Name", "name"),
    ("Email", "email"),
    ("Department", "department"),
    ("Job Title", "job_title"),
    ("Location", "location"),
    ("Hire Date", "hire_date"),
    ("Level", "level"),
    ("Manager", "_manager"),
    ("Manager Email", "_manager_email"),
    ("Availability", "availability"),
    ("Notes", "notes"),
]
ARCHIVED_COLUMN = ("Archived On", "archived_on")


def export_rows(program: Program, include_archived: bool = False) -> tuple[list[str], list[list[Any]]]:
    """Headings and rows (hire dates as ``date``), sorted by name."""
    rows = rows_with_managers(program, include_archived)
    columns = COLUMNS + ([ARCHIVED_COLUMN] if include_archived else [])
    out = []
    for r in rows:
        values = dict(r)
        if r["manager_id"] is not None:
            values["_manager"], values["_manager_email"] = r["m_name"], r["m_email"]
        else:
            values["_manager"], values["_manager_email"] = r["manager_name"], r["manager_email"]
        for key in ("hire_date", "archived_on"):
            values[key] = date.fromisoformat(values[key]) if values[key] else None
        out.append([values[key] for _, key in columns])
    return [heading for heading, _ in columns], out


def export_participants(program: Program, path: Path | str, include_archived: bool = False) -> int:
    """Write ``path`` (.csv or .xlsx, by its suffix); returns how many people were written."""
    path = Path(path)
    headings, rows = export_rows(program, include_archived)
    if path.suffix.lower() == ".xlsx":
        _write_xlsx(path, headings, rows)
    elif path.suffix.lower() in (".csv", ".txt", ""):
        _write_csv(path, headings, rows)
    else:
        raise ValueError(_("Participants can be exported to .csv or .xlsx, not {suffix}.").format(
            suffix=path.suffix))
    return len(rows)


def _write_csv(path: Path, headings: list[str], rows: list[list[Any]]) -> None:
    with open_atomic(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headings)
        for row in rows:
            writer.writerow(["" if v is None else v.isoformat() if isinstance(v, date)
                             else guard_cell(str(v)) for v in row])


def _write_xlsx(path: Path, headings: list[str], rows: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook's one sheet
    ws.title = "Participants"
    ws.append(headings)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, date):
                cell.value = value
                cell.number_format = "yyyy-mm-dd"
            elif value:
                # Set as text explicitly: "=..." must not become a formula, "0042" a number.
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", str(value))
                cell.data_type = "s"
                if formula_like(cell.value):
                    cell.quotePrefix = True  # shown, and kept when edited, as text
    ws.freeze_panes = "A2"
    widths = [max([len(h)] + [len(str(row[i] or "")) for row in rows[:200]])
              for i, h in enumerate(headings)]
    for i, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = min(width + 2, 50)
    with open_atomic(path) as fh:
        wb.save(fh)
