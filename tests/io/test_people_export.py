"""Participants out to CSV and .xlsx, and back in without a change."""

from __future__ import annotations

import codecs
from datetime import date

import pytest

from peerdesk.core.models import Participant
from peerdesk.io.people_apply import apply_plan
from peerdesk.io.people_export import export_participants, export_rows
from peerdesk.io.people_import import build_plan
from peerdesk.io.tabular import read_table
from peerdesk.store.participants import add_participant, archive_participant


def dump(program):
    return [tuple(r) for r in program.db.execute("SELECT * FROM participants ORDER BY id")]


@pytest.fixture
def staff(program):
    boss = add_participant(program, Participant("Ελένη Παπαδοπούλου", email="eleni@acme.example",
                                                employee_id="0042", hire_date=date(2015, 2, 1)))
    add_participant(program, Participant("王芳", email="fang@acme.example", manager_id=boss,
                                         department="Finance", notes="Line one\nline two, ok"))
    add_participant(program, Participant("=HYPERLINK(\"x\")", manager_name="Outside Olga",
                                         manager_email="olga@other.example", level="L3"))
    add_participant(program, Participant("Nguyễn Thị Hương", email="huong@acme.example",
                                         location="Hanoi", availability="Wed pm"))
    gone = add_participant(program, Participant("Left Early", email="left@acme.example"))
    archive_participant(program, gone, "left")
    return program


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_reimport_changes_nothing(staff, tmp_path, suffix):
    path = tmp_path / f"people{suffix}"
    assert export_participants(staff, path) == 4
    before = dump(staff)
    plan = build_plan(staff, read_table(path))
    assert plan.ok, plan.problems
    assert (len(plan.new), len(plan.updates), len(plan.unchanged)) == (0, 0, 4)
    assert plan.missing == []  # the archived person is not "missing"
    apply_plan(staff, plan)
    assert dump(staff) == before


def test_demo_program_round_trips(demo_program, tmp_path):
    for suffix in (".csv", ".xlsx"):
        path = tmp_path / f"demo{suffix}"
        export_participants(demo_program, path, include_archived=True)
        plan = build_plan(demo_program, read_table(path))
        assert plan.ok and not plan.new and not plan.updates, (plan.problems, plan.updates[:2])


def test_csv_is_utf8_with_bom_for_excel(staff, tmp_path):
    path = tmp_path / "people.csv"
    export_participants(staff, path)
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Employee ID,Name,Email,Department")
    assert "Ελένη Παπαδοπούλου" in text and "王芳" in text and "2015-02-01" in text


def test_xlsx_keeps_text_as_text_and_dates_as_dates(staff, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "people.xlsx"
    export_participants(staff, path)
    ws = load_workbook(path).active
    rows = {r[1]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    eleni = rows["Ελένη Παπαδοπούλου"]
    assert eleni[0] == "0042"  # not the number 42
    assert eleni[6].date() == date(2015, 2, 1)
    assert '=HYPERLINK("x")' in rows  # a name, not a formula
    assert rows["王芳"][8:10] == ("Ελένη Παπαδοπούλου", "eleni@acme.example")


def test_archived_only_when_asked(staff):
    headings, rows = export_rows(staff)
    assert "Left Early" not in [r[1] for r in rows]
    headings, rows = export_rows(staff, include_archived=True)
    assert headings[-1] == "Archived On"
    assert next(r for r in rows if r[1] == "Left Early")[-1] == date.today()


def test_unknown_suffix(staff, tmp_path):
    with pytest.raises(ValueError, match=r"\.pdf"):
        export_participants(staff, tmp_path / "people.pdf")
