"""The red team's tools: programs built the way a facilitator builds them (through the
command line, in-process), the views an adversary can read, and a reader of the raw
SQLite pages (for what the file says beyond its rows)."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import sqlite3
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from peerdesk.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "core"))

# The participant list the adversary holds: (name, email, department, employee id).
PEOPLE = [
    ("Ana Ribeiro", "ana@acme.example", "Sales", "E001"),
    ("Ben Okafor", "ben@acme.example", "Sales", "E002"),
    ("Chen Wei", "chen@acme.example", "Sales", "E003"),
    ("Dora Kim", "dora@acme.example", "Eng", "E004"),
    ("Eli Stone", "eli@acme.example", "Eng", "E005"),
    ("Fay Lund", "fay@acme.example", "Eng", "E006"),
    ("Gus Moro", "gus@acme.example", "Eng", "E007"),
    ("Hana Sato", "hana@acme.example", "Legal", "E008"),  # a one-person department
    ("Ivo Pek", "ivo@acme.example", "Sales", "E009"),
    ("Jo Mars", "jo@acme.example", "Eng", "E010"),
]
EMAIL = {p[0]: p[1] for p in PEOPLE}
FORM_HEADERS = ["Timestamp", "Email Address", "Work email",
                "How useful was this session for you?",
                "How likely are you to recommend the program to a colleague?",
                "Anything else you would like to tell us?"]
# (person, usefulness, recommend, comment), in the order they were submitted
ANSWERS = [("Ana Ribeiro", 4, 9, "Great pairing"), ("Ben Okafor", 5, 10, "More time please"),
           ("Chen Wei", 3, 7, ""), ("Dora Kim", 4, 8, "Loved it"),
           ("Eli Stone", 2, 5, "Too fast"), ("Fay Lund", 5, 9, "Quiet room"),
           ("Gus Moro", 4, 10, "Nice"), ("Hana Sato", 1, 2, "Hated the room")]


@dataclass
class Result:
    code: int
    out: str
    err: str


def cli(*argv) -> Result:
    """One ``peerdesk`` command, run in this process as a facilitator would type it."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:  # argparse
            code = exc.code if isinstance(exc.code, int) else 2
    return Result(code, out.getvalue(), err.getvalue())


def ok(*argv) -> Result:
    r = cli(*argv)
    assert r.code == 0, f"peerdesk {' '.join(map(str, argv))}: {r.err}{r.out}"
    return r


def forms_csv(path: Path, answers=ANSWERS, day: str = "2026/03/04", work: str = "") -> Path:
    """A Google Forms export: Timestamp, Email Address, a "Work email" column, answers."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(FORM_HEADERS)
        for i, (who, useful, recommend, comment) in enumerate(answers):
            work_email = EMAIL[who].replace("acme.example", work) if work else EMAIL[who]
            w.writerow([f"{day} 3:{10 + 3 * i:02d}:{(7 * i) % 60:02d} PM GMT+1", EMAIL[who],
                        work_email, useful, recommend, comment])
    return path


def new_program(tmp: Path, name: str = "p.peerdesk", people=PEOPLE) -> Path:
    path = tmp / name
    ok("new", path, "--name", "Spring program")
    staff = tmp / f"{name}.people.csv"
    with staff.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Name", "Email", "Department", "Employee ID"])
        w.writerows(people)
    ok("import", "participants", path, staff)
    ok("cycle", "add", path, "Spring", "--start", "2026-03-01", "--end", "2026-05-31")
    return path


def add_session(path: Path, day: str, title: str) -> int:
    r = ok("session", "add", path, "--cycle", "Spring", "--date", day, "--start", "15:00",
           "--minutes", "90", "--title", title)
    return int(r.out.strip().splitlines()[-1])


def present(path: Path, session: int, names) -> None:
    ok("attendance", path, "--session", session, "--present", *[EMAIL[n] for n in names])


def paper_form(path: Path, session: int, department: str = "", **answers) -> None:
    extra = ["--department", department] if department else []
    ok("feedback", "add", path, "--session", session, *extra,
       *[f"{k}={v}" for k, v in answers.items()])


def finish(path: Path, session: int) -> None:
    ok("feedback", "finish", path, "--session", session)


def six_forms_in_a_session(tmp: Path) -> tuple[Path, int]:
    """A program whose one session (everyone present) holds six typed forms, finished
    and counted: the start of many red-team stories. Returns (path, session id)."""
    path = new_program(tmp)
    session = add_session(path, "2026-03-04", "Kick-off")
    present(path, session, [p[0] for p in PEOPLE])
    for i in range(6):
        paper_form(path, session, usefulness=1 + i % 5, recommend=i + 4)
    finish(path, session)
    return path, session


def figures(path: Path) -> list[dict]:
    return json.loads(ok("figures", path, "--json").out)["figures"]


def published(path: Path) -> dict:
    return json.loads(ok("figures", path, "--json").out)


def find(rows: list[dict], measure: str, session=None, department=None, cycle="Spring",
         phase="session", skill=None) -> dict:
    for f in rows:
        if (f["measure"], f["phase"], f["cycle"], f["session_id"]) == (measure, phase, cycle,
                                                                       session) \
                and f.get("department") == department and f.get("skill") == skill:
            return f
    raise KeyError((measure, session, department))


def set_min_group(path: Path, k: int) -> None:
    """What Program settings does when the facilitator changes the smallest group shown."""
    from peerdesk.core.validation import ValidationError
    from peerdesk.store.program import Program

    p = Program.open(path)
    try:
        p.set_setting("min_group_size", k)
    except ValidationError:
        pass  # refused: k only rises once anonymous feedback is stored, so the k in force stays
    finally:
        p.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- the raw pages -------------------------------------------------------------------------


def _varint(b: bytes, i: int) -> tuple[int, int]:
    v = 0
    for j in range(8):
        c = b[i + j]
        v = (v << 7) | (c & 0x7F)
        if c < 0x80:
            return v, i + j + 1
    return (v << 8) | b[i + 8], i + 9


def leaf_cells(path: Path, table: str) -> list[tuple[int, int, int]]:
    """(page, byte offset of the cell in the page, rowid) of every row of a rowid table,
    read from the file's b-tree pages as they lie on disk."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            [table]).fetchone()[0]
    finally:
        conn.close()
    data = path.read_bytes()
    size = struct.unpack(">H", data[16:18])[0]
    size = 65536 if size == 1 else size
    out: list[tuple[int, int, int]] = []

    def walk(page: int) -> None:
        base = (page - 1) * size
        head = base + (100 if page == 1 else 0)
        kind = data[head]
        cells = struct.unpack(">H", data[head + 3:head + 5])[0]
        pointers = head + (12 if kind in (2, 5) else 8)
        for c in range(cells):
            offset = struct.unpack(">H", data[pointers + 2 * c:pointers + 2 * c + 2])[0]
            if kind == 0x0D:
                _, i = _varint(data, base + offset)
                rowid, _ = _varint(data, i)
                out.append((page, offset, rowid))
            elif kind == 0x05:
                walk(struct.unpack(">I", data[base + offset:base + offset + 4])[0])
        if kind == 0x05:
            walk(struct.unpack(">I", data[head + 8:head + 12])[0])

    walk(root)
    return out


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def _last_int(data: bytes, start: int) -> int | None:
    """The last column of a record (an index entry ends with the row's rowid)."""
    header, i = _varint(data, start)
    end, types = start + header, []
    while i < end:
        t, i = _varint(data, i)
        types.append(t)
    pos = end
    for t in types[:-1]:
        pos += _INT_SIZES.get(t, 0) if t < 12 else (t - 12) // 2
    t = types[-1]
    if t in (8, 9):
        return t - 8
    size = _INT_SIZES.get(t)
    return int.from_bytes(data[pos:pos + size], "big", signed=True) if size else None


def index_cells(path: Path, index: str) -> list[tuple[int, int, int]]:
    """(page, byte offset, rowid) of every entry of an index, from its b-tree pages."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            [index]).fetchone()[0]
    finally:
        conn.close()
    data = path.read_bytes()
    size = struct.unpack(">H", data[16:18])[0]
    size = 65536 if size == 1 else size
    out: list[tuple[int, int, int]] = []

    def walk(page: int) -> None:
        base = (page - 1) * size
        head = base + (100 if page == 1 else 0)
        kind = data[head]
        cells = struct.unpack(">H", data[head + 3:head + 5])[0]
        pointers = head + (12 if kind == 2 else 8)
        for c in range(cells):
            offset = struct.unpack(">H", data[pointers + 2 * c:pointers + 2 * c + 2])[0]
            at = base + offset + (4 if kind == 2 else 0)
            _, i = _varint(data, at)  # payload size
            rowid = _last_int(data, i)
            if rowid is not None:
                out.append((page, offset, rowid))
            if kind == 2:
                walk(struct.unpack(">I", data[base + offset:base + offset + 4])[0])
        if kind == 2:
            walk(struct.unpack(">I", data[head + 8:head + 12])[0])

    walk(root)
    return out


def answers_by_response(path: Path) -> dict[int, tuple]:
    """response id -> (usefulness, recommend), read straight from the file."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT a.response_id, q.key, a.value_num FROM feedback_answers a "
            "JOIN feedback_questions q ON q.id = a.question_id "
            "WHERE q.key IN ('usefulness', 'recommend')").fetchall()
    finally:
        conn.close()
    out: dict[int, dict] = {}
    for rid, key, value in rows:
        out.setdefault(rid, {})[key] = int(value)
    return {rid: (v.get("usefulness"), v.get("recommend")) for rid, v in out.items()}
