"""Files written the way HR systems and survey tools write them, for the tests and the
import benchmark (test data, so it lives here, not in the package).

Each writer copies a real tool's habits: Excel's "CSV UTF-8" (BOM, commas, CRLF), a
European Excel's plain "CSV" (Windows-1252, semicolons), Excel's "Unicode text" (UTF-16
with BOM, tabs), Google Forms' CSV (timestamp, email, one column per question) and
Microsoft Forms' workbook (ID, start and completion times, email, name, the questions).
"""

from __future__ import annotations

import csv
import io
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from peerdesk.store.atomic import open_atomic, write_bytes_atomic

HR_HEADERS = ["Employee #", "First Name", "Last Name", "Work Email", "Department", "Job Title",
              "Hire Date", "Reports To", "Location"]

# (first, last, email local part) in many scripts; emails are ASCII as most companies' are.
NAMES: list[tuple[str, str, str]] = [
    ("María José", "Núñez García", "mj.nunez"),
    ("François", "Lefèvre", "f.lefevre"),
    ("Jürgen", "Müller-Lüdenscheidt", "j.mueller"),
    ("Zoë", "Brontë", "z.bronte"),
    ("Łukasz", "Wróbel", "l.wrobel"),
    ("Søren", "Kierkegård", "s.kierkegard"),
    ("Ελένη", "Παπαδοπούλου", "e.papadopoulou"),
    ("Γιώργος", "Οικονόμου", "g.oikonomou"),
    ("Анна", "Кузнецова", "a.kuznetsova"),
    ("Дмитрий", "Смирнов", "d.smirnov"),
    ("Nguyễn", "Thị Hương", "huong.nguyen"),
    ("Trần", "Văn Đức", "duc.tran"),
    ("芳", "王", "fang.wang"),
    ("伟", "李", "wei.li"),
    ("فاطمة", "الزهراء", "f.alzahraa"),
    ("محمد", "العلي", "m.alali"),
    ("Aylin", "Yılmaz", "a.yilmaz"),
    ("Tom", "O'Brien", "t.obrien"),
]
# Names that survive Windows-1252 (Western European) unchanged.
LATIN1_NAMES = [n for n in NAMES if all(_c.encode("cp1252", "ignore").decode("cp1252") == _c
                                        for _c in n[0] + n[1])]
DEPARTMENTS = ["Engineering", "Sales", "Finance", "Customer Success", "People & Culture",
               "Marketing", "Operations"]
LOCATIONS = ["Lisbon", "Berlin", "Thessaloniki", "Hanoi", "Shanghai", "Remote"]


def hr_rows(count: int, seed: int = 1, names: list[tuple[str, str, str]] | None = None,
            date_style: str = "iso", today: date | None = None) -> list[list[str]]:
    """``count`` rows under :data:`HR_HEADERS`; the first person manages everybody's managers.

    ``date_style``: "iso" (2024-03-15), "dmy" (15/03/2024), "mdy" (3/15/2024)."""
    rng = random.Random(seed)
    names = names or NAMES
    today = today or date.today()
    rows: list[list[str]] = []
    for i in range(count):
        first, last, local = names[i % len(names)]
        number = i + 1
        hired = today - timedelta(days=rng.randint(10, 3650))
        if date_style == "dmy":
            hired_text = hired.strftime("%d/%m/%Y")
        elif date_style == "mdy":
            hired_text = f"{hired.month}/{hired.day}/{hired.year}"
        else:
            hired_text = hired.isoformat()
        if i == 0:
            manager = ""
        else:  # a tree: each person reports to someone earlier in the file, by name or email
            boss = rows[rng.randint(0, min(i - 1, max(0, i // 4)))]
            manager = f"{boss[1]} {boss[2]}" if i % 2 else boss[3]
        rows.append([str(1000 + number), first, f"{last} {number}" if count > len(names) else last,
                     f"{local}.{number}@acme.example", DEPARTMENTS[i % len(DEPARTMENTS)],
                     rng.choice(["Engineer", "Analyst", "Manager", "Designer", "Consultant"]),
                     hired_text, manager, LOCATIONS[i % len(LOCATIONS)]])
    return rows


def csv_bytes(headers: list[str], rows: list[list], encoding: str = "utf-8-sig",
              delimiter: str = ",") -> bytes:
    """A CSV as Excel writes it: CRLF line ends, quotes only where needed."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


# How each tool saves a table: (encoding, delimiter).
EXCEL_CSV_UTF8 = ("utf-8-sig", ",")
EXCEL_CSV_EUROPE = ("cp1252", ";")
EXCEL_UNICODE_TEXT = ("utf-16", "\t")
PLAIN_UTF8 = ("utf-8", ",")
LIBREOFFICE_SEMICOLON = ("utf-8", ";")


def write_csv(path: Path | str, headers: list[str], rows: list[list], encoding: str = "utf-8-sig",
              delimiter: str = ",") -> Path:
    path = Path(path)
    write_bytes_atomic(path, csv_bytes(headers, rows, encoding, delimiter))
    return path


def write_xlsx(path: Path | str, headers: list[str], rows: list[list],
               sheet: str = "Sheet1") -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(headers)
    for row in rows:
        ws.append(row)
    with open_atomic(path) as fh:
        wb.save(fh)
    return Path(path)


def google_forms_csv(path: Path | str, questions: list[str], answers: list[list[str]],
                     emails: list[str] | None = None, when: datetime | None = None) -> Path:
    """Google Forms' "Download responses (.csv)": UTF-8 without BOM, commas, a Timestamp
    like 2027/03/04 10:15:32 AM GMT+1, then "Email Address" when emails were collected."""
    when = when or datetime(2027, 3, 4, 10, 15, 32)
    headers = ["Timestamp"] + (["Email Address"] if emails is not None else []) + questions
    rows = []
    for i, row in enumerate(answers):
        stamp = (when + timedelta(minutes=3 * i)).strftime("%Y/%m/%d %I:%M:%S %p GMT+1")
        rows.append([stamp] + ([emails[i]] if emails is not None else []) + list(row))
    return write_csv(path, headers, rows, encoding="utf-8", delimiter=",")


def microsoft_forms_xlsx(path: Path | str, questions: list[str], answers: list[list],
                         emails: list[str] | None = None, names: list[str] | None = None,
                         when: datetime | None = None) -> Path:
    """Microsoft Forms' "Open results in Excel": ID, Start time, Completion time, Email, Name,
    then one column per question; "anonymous" in Email when names were not recorded."""
    when = when or datetime(2027, 3, 4, 10, 15, 0)
    headers = ["ID", "Start time", "Completion time", "Email", "Name", *questions]
    rows = []
    for i, row in enumerate(answers):
        start = when + timedelta(minutes=3 * i)
        email = emails[i] if emails else "anonymous"
        name = names[i] if names else ""
        rows.append([i + 1, start, start + timedelta(minutes=2), email, name, *list(row)])
    return write_xlsx(path, headers, rows, sheet="Form1")
