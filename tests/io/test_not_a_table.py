"""A file that is not a table (an image, a PDF, a program file, binary data) is said to
be so by name, never read as a one-column CSV of garbage."""

from __future__ import annotations

import pytest

from peerdesk.io.tabular import TabularError, read_table_bytes


@pytest.mark.parametrize(("data", "said"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "a PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(300), "a JPEG photo"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
    (b"SQLite format 3\x00" + bytes(4000), "a database"),
    (bytes(range(1, 32)) * 40, "a binary file"),
])
def test_files_that_are_not_tables_are_named(data, said):
    with pytest.raises(TabularError, match="not a table") as raised:
        read_table_bytes(data, "answers.csv")
    assert said in str(raised.value) and "answers.csv" in str(raised.value)


def test_text_with_a_stray_control_character_is_still_a_table():
    data = b"Name,Comment\nAna,ok\x0c\nBo,fine\n"
    table = read_table_bytes(data, "people.csv")
    assert table.headers == ["Name", "Comment"] and len(table.rows) == 2


def test_utf16_text_is_not_taken_for_binary():
    data = "Name\tDepartment\nΕλένη\tSales\n研发\tR&D\n".encode("utf-16")
    table = read_table_bytes(data, "export.txt")
    assert len(table.rows) == 2


def test_line_breaks_written_as_vertical_tabs_are_still_a_table():
    """FileMaker-style exports break lines inside a cell with \\v: 40 such comments."""
    data = ("Department,Comment\n" + "".join(
        f"Sales,first line\vsecond line\vthird {i}\n" for i in range(40))).encode()
    assert len(read_table_bytes(data, "comments.csv").rows) == 40


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_byte_order_mark_is_read(codec):
    data = "Name,Department\nΕλένη,Sales\nAna,R&D\n".encode(codec)
    table = read_table_bytes(data, "export.csv")
    assert table.headers == ["Name", "Department"] and len(table.rows) == 2
