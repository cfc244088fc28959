"""Participants from HR exports: mapping, dates, managers, re-imports and bad rows."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from peerdesk.core.models import Participant
from peerdesk.io.mapping import MappingError
from peerdesk.io.people_apply import apply_plan, undo_import
from peerdesk.io.people_import import build_plan, join_name, map_columns
from peerdesk.io.tabular import read_table, read_table_bytes
from peerdesk.store.participants import add_participant, list_participants
from tests import samples

TODAY = date(2027, 1, 1)


def table(headers, rows, encoding="utf-8-sig", delimiter=","):
    return read_table_bytes(samples.csv_bytes(headers, rows, encoding, delimiter), "staff.csv")


def people(program):
    return {p.name: p for p in list_participants(program)}


def dump(program):
    return [tuple(r) for r in program.db.execute("SELECT * FROM participants ORDER BY id")]


def run(program, t, **kw):
    plan = build_plan(program, t, today=TODAY, **kw)
    return plan, (apply_plan(program, plan) if plan.can_write else None)


# -- mapping -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Employee #", "First Name", "Last Name", "Work Email", "Department", "Job Title",
          "Hire Date", "Reports To", "Location"],
         ["employee_id", "first_name", "last_name", "email", "department", "job_title",
          "hire_date", "manager", "location"]),
        (["Employee ID", "Full Name", "Email Address", "Team", "Start Date", "Manager",
          "Manager Email", "Office"],
         ["employee_id", "name", "email", "department", "hire_date", "manager", "manager_email",
          "location"]),
        (["Name", "E-mail", "Department", "Team", "Title", "Supervisor", "Site", "Salary"],
         ["name", "email", "department", "", "job_title", "manager", "location", ""]),
        (["employee_number", "preferred_name", "work_email", "hire_date", "manager_id"],
         ["employee_id", "name", "email", "hire_date", "manager_employee_id"]),
        (["Employee No.", "Surname", "Given Name", "Line Manager", "Date of Hire"],
         ["employee_id", "last_name", "first_name", "manager", "hire_date"]),
    ],
    ids=["bamboohr", "generic", "duplicates-ignored", "snake-case", "british"],
)
def test_common_hr_headers_map_automatically(headers, expected):
    assert map_columns(headers) == expected


def test_user_changes_to_the_mapping():
    headers = ["Name", "Department", "Team", "Reports To"]
    mapping = map_columns(headers, ["Team=department", "Reports To=ignore"])
    assert mapping == ["name", "", "department", ""]
    assert map_columns(headers, ["team=Job title"]) == ["name", "department", "job_title", "manager"]
    with pytest.raises(MappingError, match="no column “Salary”"):
        map_columns(headers, ["Salary=notes"])
    with pytest.raises(MappingError, match="not a field"):
        map_columns(headers, ["Team=shoe size"])
    with pytest.raises(MappingError, match="Column heading=field"):
        map_columns(headers, ["Team"])


def test_no_name_column_blocks_the_file(program):
    plan = build_plan(program, table(["Email"], [["a@x.example"]]))
    assert plan.blocking and not plan.can_write
    with pytest.raises(ValueError):
        apply_plan(program, plan)


# -- a whole file --------------------------------------------------------------------------

@pytest.mark.parametrize("style", [samples.EXCEL_CSV_UTF8, samples.EXCEL_UNICODE_TEXT,
                                   samples.LIBREOFFICE_SEMICOLON])
def test_every_script_comes_in_exactly(program, tmp_path, style):
    rows = samples.hr_rows(len(samples.NAMES), today=TODAY)
    path = samples.write_csv(tmp_path / "staff.csv", samples.HR_HEADERS, rows, *style)
    plan, result = run(program, read_table(path))
    assert plan.ok, plan.problems
    assert len(result.new_ids) == len(rows)
    names = set(people(program))
    for first, last, _ in samples.NAMES:
        assert join_name(first, last) in names
    assert "王芳" in names and "Ελένη Παπαδοπούλου" in names and "فاطمة الزهراء" in names


def test_xlsx_with_real_dates_and_numbers(program, tmp_path):
    rows = [[1, "Nguyễn", "Thị Hương", "huong@acme.example", "Sales", "Rep", datetime(2024, 3, 5),
             "", "Hanoi"],
            [2, "Анна", "Кузнецова", "anna@acme.example", "IT", "Dev", 45000, "huong@acme.example",
             "Berlin"]]
    path = samples.write_xlsx(tmp_path / "staff.xlsx", samples.HR_HEADERS, rows)
    plan, _ = run(program, read_table(path))
    assert plan.ok, plan.problems
    ppl = people(program)
    assert ppl["Nguyễn Thị Hương"].hire_date == date(2024, 3, 5)
    assert ppl["Анна Кузнецова"].hire_date == date(2023, 3, 15)
    assert ppl["Анна Кузнецова"].employee_id == "2"
    assert ppl["Анна Кузнецова"].manager_id == ppl["Nguyễn Thị Hương"].id


# -- dates -------------------------------------------------------------------------------

def _dates(program, values, **kw):
    rows = [[f"P{i}", v] for i, v in enumerate(values)]
    return build_plan(program, table(["Name", "Hire Date"], rows), today=TODAY, **kw)


def test_day_first_is_decided_from_the_whole_column(program):
    plan = _dates(program, ["03/04/2024", "05/06/2023", "25/12/2020"])
    assert plan.date_order == "dmy" and plan.ok
    assert [r["hire_date"] for r in plan.new] == ["2024-04-03", "2023-06-05", "2020-12-25"]


def test_month_first_is_decided_from_the_whole_column(program):
    plan = _dates(program, ["3/4/2024 9:30 AM", "12/25/2020 17:00", "1/1/2021"])
    assert plan.date_order == "mdy" and plan.ok
    assert [r["hire_date"] for r in plan.new] == ["2024-03-04", "2020-12-25", "2021-01-01"]


def test_an_undecidable_column_asks_and_is_never_guessed(program):
    plan = _dates(program, ["03/04/2024", "05/06/2023", "2022-01-31", "07/07/2021"])
    assert plan.needs_date_order and not plan.can_write
    assert plan.date_examples == ["03/04/2024", "05/06/2023"]
    assert not plan.problems
    with pytest.raises(ValueError):
        apply_plan(program, plan)
    chosen = _dates(program, ["03/04/2024", "05/06/2023", "2022-01-31", "07/07/2021"],
                    date_order="mdy")
    assert chosen.ok
    assert [r["hire_date"] for r in chosen.new] == ["2024-03-04", "2023-05-06", "2022-01-31",
                                                   "2021-07-07"]


def test_a_contradictory_column_asks_and_reports_the_misfits(program):
    values = ["25/12/2020", "12/25/2020"]
    assert _dates(program, values).needs_date_order
    plan = _dates(program, values, date_order="dmy")
    assert [(p.row, p.column) for p in plan.problems] == [(3, "Hire Date")]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-02-29", "2024-02-29"), ("2024-02-29T08:00:00Z", "2024-02-29"),
     ("2024/02/29 10:15:32 AM GMT+1", "2024-02-29"), ("45000", "2023-03-15"),
     ("20240229", "2024-02-29"), ("29 Feb 2024", "2024-02-29"), ("Feb 29, 2024", "2024-02-29"),
     ("29.02.2024", "2024-02-29"), ("", None)],
)
def test_date_forms(program, value, expected):
    plan = _dates(program, [value])
    assert plan.ok, plan.problems
    assert plan.new[0]["hire_date"] == expected


@pytest.mark.parametrize("value", ["2023-02-30", "31/31/2020", "soon", "2023", "13/13/13",
                                   "2030-01-01"])
def test_impossible_dates_are_bad_rows(program, value):
    plan = _dates(program, ["01/02/2020", value], date_order="dmy")
    assert [(p.row, p.column) for p in plan.problems] == [(3, "Hire Date")]
    assert len(plan.new) == 1


# -- managers ----------------------------------------------------------------------------

HEAD = ["Employee ID", "Name", "Email", "Reports To"]


def test_managers_by_name_or_email_resolved_after_all_rows(program):
    rows = [["1", "Søren Kierkegård", "s@acme.example", "Ελένη Παπαδοπούλου"],  # named below
            ["2", "Ελένη Παπαδοπούλου", "e@acme.example", "ceo@acme.example"],
            ["3", "Cheng Wu", "c@acme.example", "Ελένη  παπαδοπούλου"],  # case and spaces
            ["4", "Ceo Person", "ceo@acme.example", "Board Chair"]]
    plan, _ = run(program, table(HEAD, rows))
    assert plan.ok, plan.problems
    ppl = people(program)
    assert ppl["Søren Kierkegård"].manager_id == ppl["Ελένη Παπαδοπούλου"].id
    assert ppl["Cheng Wu"].manager_id == ppl["Ελένη Παπαδοπούλου"].id
    assert ppl["Ελένη Παπαδοπούλου"].manager_id == ppl["Ceo Person"].id
    outside = ppl["Ceo Person"]
    assert outside.manager_id is None and outside.manager_name == "Board Chair"


def test_outside_manager_by_email_and_existing_participant(program):
    boss = add_participant(program, Participant("Aylin Yılmaz", email="aylin@acme.example"))
    rows = [["1", "Tom", "t@acme.example", "board@other.example"],
            ["2", "Ana", "a@acme.example", "Aylin Yılmaz"]]
    plan, _ = run(program, table(HEAD, rows))
    assert plan.ok
    ppl = people(program)
    assert ppl["Tom"].manager_email == "board@other.example" and ppl["Tom"].manager_name == ""
    assert ppl["Ana"].manager_id == boss


def test_manager_email_and_employee_id_columns(program):
    head = ["Employee ID", "Name", "Manager", "Manager Email", "Manager ID"]
    rows = [["7", "Boss", "", "", ""],
            ["8", "Ana", "Someone Else", "", "7"],
            ["9", "Bo", "Outside Olga", "olga@other.example", ""]]
    plan, _ = run(program, table(head, rows))
    assert plan.ok
    ppl = people(program)
    assert ppl["Ana"].manager_id == ppl["Boss"].id
    assert (ppl["Bo"].manager_name, ppl["Bo"].manager_email) == ("Outside Olga", "olga@other.example")


def test_ambiguous_manager_name_and_own_manager_are_bad_rows(program):
    rows = [["1", "Ana Silva", "a1@acme.example", ""],
            ["2", "Ana Silva", "a2@acme.example", ""],
            ["3", "Bo", "bo@acme.example", "Ana Silva"],
            ["4", "Cy", "cy@acme.example", "Cy"]]
    plan = build_plan(program, table(HEAD, rows), today=TODAY)
    assert [(p.row, p.column) for p in plan.problems] == [(4, "Reports To"), (5, "Reports To")]
    assert "matches 2 people" in plan.problems[0].message
    assert "own manager" in plan.problems[1].message


def test_reporting_loops_are_bad_rows_and_reports_keep_the_name(program):
    rows = [["1", "Ana", "a@acme.example", "Bo"],
            ["2", "Bo", "b@acme.example", "Cy"],
            ["3", "Cy", "c@acme.example", "a@acme.example"],
            ["4", "Di", "d@acme.example", "Bo"]]
    plan, _ = run(program, table(HEAD, rows))
    assert [p.row for p in plan.problems] == [2, 3, 4]
    assert "reporting loop" in plan.problems[0].message and "Ana" in plan.problems[0].message
    assert [p["name"] for p in program.db.query("SELECT name FROM participants")] == ["Di"]
    di = people(program)["Di"]
    assert di.manager_id is None and di.manager_name == "Bo"


def test_loop_through_people_already_in_the_program(program):
    ana = add_participant(program, Participant("Ana", email="a@acme.example", employee_id="1"))
    add_participant(program, Participant("Bo", email="b@acme.example", manager_id=ana))
    plan = build_plan(program, table(HEAD, [["1", "Ana", "a@acme.example", "Bo"]]), today=TODAY)
    assert [(p.row, p.column) for p in plan.problems] == [(2, "Reports To")]


# -- bad rows ----------------------------------------------------------------------------

def test_bad_rows_name_their_row_and_column(program):
    add_participant(program, Participant("Existing", email="taken@acme.example", employee_id="99"))
    data = ("Employee ID,First Name,Last Name,Work Email,Hire Date\r\n"
            "1,Ana,Silva,ana@acme.example,2020-01-01\r\n"
            "2,,,nobody@acme.example,2020-01-01\r\n"
            "3,Bo,Li,not-an-email,2020-01-01\r\n"
            "4,Cy,Ng,ANA@acme.example,2020-01-01\r\n"
            "5,Di,Yu,taken@acme.example,2020-01-01\r\n"
            "6,Ed,Ko,ed@acme.example\r\n"
            "1,Fa,Po,fa@acme.example,2020-01-01\r\n"
            "8,Gu,Lu,gu@acme.example,2020-02-31\r\n")
    plan = build_plan(program, read_table_bytes(data.encode(), "x.csv"), today=TODAY)
    found = [(p.row, p.column) for p in plan.problems]
    assert found == [(3, "First Name"), (4, "Work Email"), (5, "Work Email"), (6, "Work Email"),
                     (7, ""), (8, "Employee ID"), (9, "Hire Date")]
    assert "also on row 2" in plan.problems[2].message
    assert "already used by Existing" in plan.problems[3].message
    assert "has 4 fields but the header has 5" in plan.problems[4].message
    assert str(plan.problems[0]) == "Row 3, column “First Name”: A name is required."
    assert [r["name"] for r in plan.new] == ["Ana Silva"] and not plan.ok and plan.can_write


def test_the_whole_import_is_one_transaction(program):
    before = dump(program)
    program.db.execute("CREATE TRIGGER boom BEFORE INSERT ON participants "
                       "WHEN NEW.name = 'Boom' BEGIN SELECT RAISE(ABORT, 'boom'); END")
    rows = [["1", "Ana", "a@acme.example", ""], ["2", "Boom", "b@acme.example", "Ana"],
            ["3", "Cy", "c@acme.example", "Ana"]]
    plan = build_plan(program, table(HEAD, rows), today=TODAY)
    with pytest.raises(Exception, match="boom"):
        apply_plan(program, plan)
    assert dump(program) == before


# -- re-import -----------------------------------------------------------------------------

def test_reimport_reports_new_updated_unchanged_and_missing(program):
    rows = [["1", "Ana", "ana@acme.example", ""], ["2", "Bo", "bo@acme.example", "Ana"],
            ["3", "Cy", "cy@acme.example", "Ana"], ["4", "Di", "di@acme.example", "Bo"]]
    run(program, table(HEAD, rows))
    ids = {p.name: p.id for p in list_participants(program)}
    again = [["1", "Ana", "ana.new@acme.example", ""],  # email changed, matched by employee ID
             ["", "Bo", "bo@acme.example", "Cy"],  # no ID, matched by email; new manager
             ["3", "Cy", "cy@acme.example", "Ana"],
             ["5", "Eve", "eve@acme.example", "Ana"]]
    plan, result = run(program, table(HEAD, again))
    assert plan.ok
    assert plan.summary() == "1 new, 2 updated, 1 unchanged, 1 no longer in the file"
    assert [m["name"] for m in plan.missing] == ["Di"]
    assert sorted(result.updated_ids) == [ids["Ana"], ids["Bo"]]
    ppl = people(program)
    assert len(ppl) == 5  # nobody duplicated
    assert ppl["Ana"].id == ids["Ana"] and ppl["Ana"].email == "ana.new@acme.example"
    assert ppl["Bo"].employee_id == "2"  # a blank ID does not erase the one we have
    assert ppl["Bo"].manager_id == ids["Cy"]
    assert not ppl["Di"].archived


def test_archive_missing_and_undo_everything(program):
    run(program, table(HEAD, [["1", "Ana", "a@acme.example", ""], ["2", "Bo", "b@acme.example", "Ana"]]))
    before = dump(program)
    plan = build_plan(program, table(HEAD, [["1", "Ana B", "a@acme.example", "Cy"],
                                            ["3", "Cy", "c@acme.example", ""]]), today=TODAY)
    result = apply_plan(program, plan, archive_missing=True, today=TODAY)
    ppl = people(program)
    assert ppl["Bo"].archived_on == TODAY and ppl["Bo"].archive_reason
    assert ppl["Ana B"].manager_id == ppl["Cy"].id
    after = dump(program)
    undo_import(program, result)
    assert dump(program) == before
    again = apply_plan(program, plan, archive_missing=True, ids=result.new_ids, today=TODAY)
    assert dump(program) == after and again.new_ids == result.new_ids


def test_people_without_id_or_email_are_matched_by_name(program):
    rows = [["", "王芳", "", ""], ["", "Ana", "", "王芳"]]
    run(program, table(HEAD, rows))
    plan, _ = run(program, table(HEAD, rows))
    assert plan.summary() == "0 new, 0 updated, 2 unchanged, 0 no longer in the file"
    assert len(list_participants(program)) == 2


def test_unmapped_fields_are_left_alone_on_reimport(program):
    pid = add_participant(program, Participant("Ana", email="a@acme.example", notes="keep me",
                                               department="Sales"))
    plan, _ = run(program, table(["Email", "Name", "Job Title"], [["a@acme.example", "Ana", "CTO"]]))
    assert [u.changes for u in plan.updates] == [{"job_title": "CTO"}]
    ana = people(program)["Ana"]
    assert (ana.id, ana.notes, ana.department) == (pid, "keep me", "Sales")


def test_two_rows_for_one_person_are_caught(program):
    add_participant(program, Participant("Ana", email="a@acme.example", employee_id="1"))
    plan = build_plan(program, table(HEAD, [["1", "Ana", "", ""], ["", "Ana", "a@acme.example", ""]]),
                      today=TODAY)
    assert [(p.row, "same person as row 2" in p.message) for p in plan.problems] == [(3, True)]


def test_join_name():
    assert join_name("芳", "王") == "王芳"
    assert join_name("Ana", "") == "Ana"
    assert join_name("María José", "Núñez") == "María José Núñez"
