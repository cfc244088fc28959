"""Spreadsheets from someone else: formulas, workbook bombs, invisible characters."""

from __future__ import annotations

import csv
import io
import time
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.core.models import Participant
from peerdesk.core.validation import clean_text
from peerdesk.io.people_apply import apply_plan
from peerdesk.io.people_export import export_participants
from peerdesk.io.people_import import build_plan
from peerdesk.io.tabular import TabularError, guard_cell, read_table, unguard_cell
from peerdesk.store import participants as people

NASTY = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1)",
         "\tTabbed", "\rReturn", "'=already quoted", "''=twice", "=1", "-", "Plain", "'plain"]


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_guard_round_trips_any_text(text):
    guarded = guard_cell(text)
    assert unguard_cell(guarded) == text
    assert not guarded.startswith(("=", "+", "-", "@", "\t", "\r"))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_formulas_are_exported_as_text_and_come_back_unchanged(program, tmp_path, suffix):
    for i, nasty in enumerate(NASTY):
        people.add_participant(program, Participant(
            name=f"Person {i:02d}", email=f"p{i}@example.com", job_title=nasty.strip() or "x",
            notes=nasty, department=nasty.strip() or "x"), validate=False)
    before = {p.email: (p.job_title, p.notes, p.department)
              for p in people.list_participants(program)}
    path = tmp_path / f"out{suffix}"
    export_participants(program, path)
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for row in list(csv.reader(fh))[1:]:
                for cell in row:
                    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    else:
        from openpyxl import load_workbook

        ws = load_workbook(path).active
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                assert cell.data_type != "f"
                if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                    assert cell.quotePrefix
    # Import the export back into the same program: nothing changes.
    plan = build_plan(program, read_table(path))
    assert plan.ok, [p.message for p in plan.problems]
    assert not plan.updates and not plan.new
    assert {p.email: (p.job_title, p.notes, p.department)
            for p in people.list_participants(program)} == before


def _bomb_dimension() -> bytes:
    """The issue's 1.6 KB workbook whose sheet claims A1:XFD1048576."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Name", "Email"])
    wb.active.append(["Ana", "ana@example.com"])
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:B2" />',
                                    b'<dimension ref="A1:XFD1048576"/>')
                assert b"XFD1048576" in data
            dst.writestr(item, data)
    return out.getvalue()


def _bomb_unpacked() -> bytes:
    """A workbook whose sheet unpacks to a gigabyte of spaces (a few MB packed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        dst.writestr("[Content_Types].xml", "<Types/>")
        with dst.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            chunk = b" " * (1 << 20)
            for _ in range(1024):
                fh.write(chunk)
    return out.getvalue()


def _bomb_rows() -> bytes:
    """Far more rows than any staff list (each a cell out at column XFD)."""
    out = io.BytesIO()
    rows = "".join(f'<row r="{r}"><c r="XFD{r}" t="inlineStr"><is><t>x</t></is></c></row>'
                   for r in range(1, 300_001))
    sheet = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
             f'spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>')
    from openpyxl import Workbook

    wb = Workbook()
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet.encode()
            dst.writestr(item, data)
    return out.getvalue()


# The limits catch a bomb being read (a minute or more, or the memory filling), not a speed
# target: they stay far above a quiet machine's time (well under a second) so a busy one passes.
@pytest.mark.parametrize("make, limit, said", [
    (_bomb_dimension, 5.0, None),
    (_bomb_unpacked, 5.0, "too big to import"),
    # counted in the raw XML before openpyxl parses a row (was 49 s)
    (_bomb_rows, 15.0, "more than 250,000 rows"),
])
def test_workbook_bombs_are_refused_fast(tmp_path, make, limit, said):
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(make())
    start = time.perf_counter()
    if said is None:  # the dimension lie: read what is really there, at once
        table = read_table(path)
        assert table.headers == ["Name", "Email"] and len(table) == 1
    else:
        with pytest.raises(TabularError, match=said):
            read_table(path)
    assert time.perf_counter() - start < limit


def test_rows_are_counted_with_a_namespace_prefix_and_across_blocks():
    from peerdesk.io.xlsx_reader import MAX_ROWS, _row_tags

    body = b"".join(b'<x:row r="%d"><x:c/></x:row>' % r for r in range(MAX_ROWS + 5))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"<x:worksheet><x:sheetData>" + body)
        z.writestr("xl/worksheets/sheet2.xml", b"<rows><row/><row r='1'><rowBreaks/></row>")
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        assert _row_tags(z, z.getinfo("xl/worksheets/sheet1.xml")) > MAX_ROWS
        assert _row_tags(z, z.getinfo("xl/worksheets/sheet2.xml")) == 2


def test_dimension_bomb_is_small():
    assert len(_bomb_dimension()) < 8000


def test_invisible_characters_are_removed_with_a_notice(program, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text("Name,Email,Department,Job Title\n"
                    "Ana\u202e Silva,ana@example.com,Eng,Dev\n"
                    "Ben\x00,ben@example.com,Eng\u200b,Dev\u2066\n"
                    "Jose\u0301,jose@example.com,Eng,Dev\n", encoding="utf-8")
    plan = build_plan(program, read_table(path))
    assert plan.ok
    assert len(plan.notices) == 4 and "Row 3" in plan.notices[1]
    apply_plan(program, plan)
    found = {p.email: p for p in people.list_participants(program)}
    assert found["ana@example.com"].name == "Ana Silva"
    assert found["ben@example.com"].name == "Ben"
    assert {p.department for p in found.values()} == {"Eng"}
    assert found["jose@example.com"].name == "José" == "\u00e9".join(["Jos", ""])


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
@settings(max_examples=300, deadline=None)
def test_cleaned_text_has_nothing_invisible(text):
    import unicodedata

    cleaned, _ = clean_text(text)
    assert unicodedata.is_normalized("NFC", cleaned) or cleaned == unicodedata.normalize(
        "NFC", cleaned)
    for i, char in enumerate(cleaned):
        cat = unicodedata.category(char)
        assert cat != "Cc"
        assert not ("\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069")
        assert char not in "\u200b\u2060\ufeff"
        if char in "\u200c\u200d":  # only inside a word of a joining script
            assert not cleaned[i - 1].isascii() and not cleaned[i + 1].isascii()


def test_store_keeps_one_department_whatever_the_caller(program):
    a = people.add_participant(program, Participant(name="A", department="Eng"))
    b = people.add_participant(program, Participant(name="B", department="Eng\u200b"))
    assert people.get_participant(program, a).department == people.get_participant(
        program, b).department


def test_skip_bad_with_a_manager_on_a_bad_row(program, tmp_path):
    """Ana's row is bad (her own manager); Ben names her as his manager: Ben is imported
    without a link to a person who is not there (it used to fail the whole import)."""
    path = tmp_path / "staff.csv"
    path.write_text("Name,Email,Manager Email\n"
                    "Ana,ana@example.com,ana@example.com\n"
                    "Ben,ben@example.com,ana@example.com\n", encoding="utf-8")
    plan = build_plan(program, read_table(path))
    assert plan.bad_rows == [2]
    apply_plan(program, plan)
    (ben,) = people.list_participants(program)
    assert ben.name == "Ben" and ben.manager_id is None
