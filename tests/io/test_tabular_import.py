"""Reading tables the way HR tools and spreadsheets write them."""

from __future__ import annotations

import codecs
from datetime import datetime

import pytest

from peerdesk.io.tabular import TabularError, read_table, read_table_bytes, sniff_delimiter
from tests import samples

ALL_SCRIPTS = samples.NAMES


@pytest.mark.parametrize(
    ("style", "names", "described"),
    [
        (samples.EXCEL_CSV_UTF8, ALL_SCRIPTS, "UTF-8 with BOM, separated by commas"),
        (samples.PLAIN_UTF8, ALL_SCRIPTS, "UTF-8, separated by commas"),
        (samples.LIBREOFFICE_SEMICOLON, ALL_SCRIPTS, "UTF-8, separated by semicolons"),
        (samples.EXCEL_UNICODE_TEXT, ALL_SCRIPTS, "UTF-16, separated by tabs"),
        (("utf-16", ";"), ALL_SCRIPTS, "UTF-16, separated by semicolons"),
        (samples.EXCEL_CSV_EUROPE, samples.LATIN1_NAMES, "Windows-1252 (Western), separated by semicolons"),
        (("cp1252", ","), samples.LATIN1_NAMES, "Windows-1252 (Western), separated by commas"),
        (("utf-8-sig", "\t"), ALL_SCRIPTS, "UTF-8 with BOM, separated by tabs"),
    ],
    ids=["excel-utf8", "utf8", "libreoffice-semicolon", "excel-unicode-text", "utf16-semicolon",
         "excel-europe-cp1252", "cp1252-comma", "utf8-bom-tab"],
)
def test_csv_styles_read_back_exactly(tmp_path, style, names, described):
    rows = samples.hr_rows(len(names), names=names)
    path = samples.write_csv(tmp_path / "staff.csv", samples.HR_HEADERS, rows, *style)
    table = read_table(path)
    assert table.headers == samples.HR_HEADERS
    assert table.rows == rows
    assert table.row_numbers == list(range(2, len(rows) + 2))
    assert table.describe() == f"CSV, {described}"


def test_cp1252_is_preferred_over_its_sibling_code_pages():
    data = "Name;City\nSøren Kierkegård;Århus\nZoë Brontë;Haworth\nJosé Núñez;Málaga\n"
    table = read_table_bytes(data.encode("cp1252"), "x.csv")
    assert table.encoding == "cp1252"
    assert [r[0] for r in table.rows] == ["Søren Kierkegård", "Zoë Brontë", "José Núñez"]


def test_quoted_fields_keep_separators_and_line_breaks(tmp_path):
    rows = [["1", "Ana", "Silva", "ana@acme.example", "R&D; Lisbon, PT", "Dev", "2024-01-01",
             "", "Line one\r\nline two; with, separators"],
            ["2", "Ελένη", "Π.", "eleni@acme.example", "Sales", "Rep", "2024-02-01", "", "Berlin"]]
    for delimiter in (",", ";", "\t"):
        path = samples.write_csv(tmp_path / "q.csv", samples.HR_HEADERS, rows, "utf-8-sig", delimiter)
        table = read_table(path)
        assert table.delimiter == delimiter
        assert table.rows == rows
        assert table.row_numbers == [2, 3]  # a record with a line break is still one row


def test_blank_lines_are_skipped_but_numbers_kept():
    table = read_table_bytes(b"Name,Email\r\n\r\nAna,a@x.example\r\n,\r\nBo,b@x.example\r\n", "x.csv")
    assert [r[0] for r in table.rows] == ["Ana", "Bo"]
    assert table.row_numbers == [3, 5]


def test_wrong_field_counts_are_kept_for_the_importer_to_report():
    table = read_table_bytes(b"Name,Email,Team\nAna,a@x.example\nBo,b@x.example,IT,extra\n", "x.csv")
    assert [len(r) for r in table.rows] == [2, 4]


def test_single_column_file_reads():
    table = read_table_bytes("Name\nAna\nΕλένη\n".encode(), "names.csv")
    assert table.headers == ["Name"]
    assert [r[0] for r in table.rows] == ["Ana", "Ελένη"]


def test_sniffer_choice_is_checked_against_the_shape():
    text = "Name;Notes\nAna;likes commas, a lot, really\nBo;same, here\n"
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter("a\tb\tc\n1\t2\t3\n") == "\t"


def test_xlsx_cells_keep_their_types(tmp_path):
    rows = [[1001, "芳", "王", "fang@acme.example", "Finance", "Analyst",
             datetime(2023, 5, 1), "Ana Silva", "Shanghai"],
            ["0042", "محمد", "العلي", "m@acme.example", "Sales", None, 45000.0, None, "Remote"]]
    path = samples.write_xlsx(tmp_path / "staff.xlsx", samples.HR_HEADERS, rows, sheet="Staff")
    table = read_table(path)
    assert table.kind == "xlsx" and table.sheet == "Staff"
    assert table.describe() == "Excel workbook, sheet “Staff”"
    assert table.rows[0][0] == 1001 and table.rows[0][6] == datetime(2023, 5, 1)
    assert table.rows[1][0] == "0042" and table.rows[1][6] == 45000 and table.rows[1][5] == ""
    assert table.rows[0][1] == "芳" and table.rows[1][2] == "العلي"


def test_xlsx_named_sheet(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Ignore me"])
    ws = wb.create_sheet("People")
    ws.append(["Name"])
    ws.append(["Ana"])
    wb.save(tmp_path / "two.xlsx")
    assert read_table(tmp_path / "two.xlsx", sheet="People").rows == [["Ana"]]
    with pytest.raises(TabularError, match="no sheet called “Nope”"):
        read_table(tmp_path / "two.xlsx", sheet="Nope")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \r\n ", "empty"),
        (codecs.BOM_UTF8, "empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old-style Excel"),
        (b"PK\x03\x04 not really a zip", "not a readable Excel workbook"),
        (codecs.BOM_UTF8 + b"Name\n\xff\xfe bad", "damaged"),
    ],
)
def test_unreadable_files_say_why(data, message):
    with pytest.raises(TabularError, match=message):
        read_table_bytes(data, "file.csv")


def test_missing_file_and_wrong_encoding(tmp_path):
    with pytest.raises(TabularError, match="cannot be read"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(TabularError, match="not an encoding"):
        read_table_bytes(b"Name\nAna\n", "x.csv", encoding="klingon")
    with pytest.raises(TabularError, match="cannot be read as utf-8"):
        read_table_bytes("Name\nZoë\n".encode("cp1252"), "x.csv", encoding="utf-8")


def test_encoding_and_delimiter_overrides(tmp_path):
    data = "Name|City\nŁukasz Wróbel|Kraków\n".encode("cp1250")
    table = read_table_bytes(data, "x.csv", encoding="cp1250", delimiter="|")
    assert table.rows == [["Łukasz Wróbel", "Kraków"]]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "Name;Department\nRenée Zoë;Ventes\nSøren Ærø;IT\n"),
        ("cp1252", "Name;Notes\nTom O'Brien;Café crème – 5€\nÅse Ødegård;«Très» bien\n"),
        ("cp1250", "Name;Department\nŁukasz Wróbel;Sprzedaż\nJiří Dvořák;Účetnictví\n"),
        ("cp1251", "Name;Department\nАнна Кузнецова;Продажи\nДмитрий Смирнов;Финансы\n"),
        ("cp1253", "Name;Department\nΕλένη Παπαδοπούλου;Πωλήσεις\nΓιώργος Οικονόμου;Οικονομικά\n"),
        ("cp1256", "Name,Department\nمحمد العلي,المبيعات\nفاطمة الزهراء,المالية\n"),
        ("gb18030", "Name,Department\n王芳,财务\n李伟,销售部\n张三,工程部\n"),
        ("big5", "Name,Department\n王芳,財務\n李偉,銷售部\n"),
    ],
)
def test_legacy_code_pages_are_recognised(encoding, text):
    """Short files, where charset-normalizer alone often picks a sibling code page."""
    table = read_table_bytes(text.encode(encoding), "legacy.csv")
    assert table.encoding == encoding
    expected = [line.split(table.delimiter) for line in text.splitlines()[1:]]
    assert table.rows == expected
