"""Red team, issue 12, what is STORED: an adversary holding the program file and the
participant list tries to tie an answer to a person (or to its moment of submission).

Each test passes when the promise holds and fails when the attack works."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from datetime import datetime, timedelta

import pytest
from adversary_world import (
    ANSWERS,
    EMAIL,
    PEOPLE,
    add_session,
    answers_by_response,
    cli,
    forms_csv,
    index_cells,
    leaf_cells,
    new_program,
    ok,
    present,
)

SUBMITTED = [who for who, *_ in ANSWERS]  # the order the forms were sent in
WHO = {(u, r): who for who, u, r, _ in ANSWERS}  # every form's answers differ


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """A Forms export imported after the session (7 rows), then its later export (8 rows)
    re-imported, as the README says a facilitator does."""
    tmp = tmp_path_factory.mktemp("stored")
    path = new_program(tmp)
    session = add_session(path, "2026-03-04", "Kick-off")
    present(path, session, SUBMITTED)
    ok("import", "feedback", path, forms_csv(tmp / "f7.csv", ANSWERS[:7]), "--session", session,
       "--ignore-unmatched", "--keep-open")
    ok("import", "feedback", path, forms_csv(tmp / "f8.csv", ANSWERS), "--session", session,
       "--ignore-unmatched")
    return path


def _people_in(order_of_ids: list[int], path) -> list[str]:
    by_id = answers_by_response(path)
    return [WHO[by_id[rid]] for rid in order_of_ids]


# Forty forms with distinct answers: the first export had 20 rows, the later one all 40.
FORTY = [(PEOPLE[i % len(PEOPLE)][0], 1 + i % 5, i // 5, f"c{i}") for i in range(40)]
ROW = {(u, r): i for i, (_w, u, r, _c) in enumerate(FORTY)}


@pytest.fixture(scope="module")
def forty(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("forty")
    path = new_program(tmp)
    session = add_session(path, "2026-03-04", "Kick-off")
    ok("import", "feedback", path, forms_csv(tmp / "f20.csv", FORTY[:20]), "--session",
       session, "--ignore-unmatched", "--keep-open")
    ok("import", "feedback", path, forms_csv(tmp / "f40.csv", FORTY), "--session", session,
       "--ignore-unmatched")
    return path


def _rows_in(order_of_ids: list[int], path) -> list[int]:
    by_id = answers_by_response(path)
    return [ROW[by_id[rid]] for rid in order_of_ids]


def _order_told(rows: list[int]) -> str:
    """What an order read from the file gives away: '' when it looks like chance."""
    told = []
    if rows == list(range(40)):
        told.append("the exact submission order of all 40 forms")
    if set(rows[-20:]) == set(range(20, 40)) or set(rows[:20]) == set(range(20, 40)):
        told.append("which 20 forms came with the later export")
    return " and ".join(told)


def test_answer_rows_do_not_follow_submission_order(forty, imported):
    """README: 'neither the ids nor the order of the rows follow the order forms came in'.
    Attack: read feedback_answers in rowid order and take each response the first time it
    appears."""
    def order(path) -> list[int]:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        seen: list[int] = []
        for (rid,) in conn.execute("SELECT response_id FROM feedback_answers ORDER BY rowid"):
            if rid not in seen:
                seen.append(rid)
        conn.close()
        return seen

    told = _order_told(_rows_in(order(forty), forty))
    story = _people_in(order(imported), imported)
    assert not told, (
        f"SELECT response_id FROM feedback_answers ORDER BY rowid gives {told}; on the 7+1 "
        f"program: {story} (the last, {story[-1]}, is the form the later export added)")


def test_page_layout_does_not_follow_submission_order(forty):
    """Response ids are random, but SQLite writes each new row's cell below the previous
    one in a b-tree page: the cells' byte offsets give the insertion order (table and
    index pages alike)."""
    found = []
    for what, cells in (("feedback_responses (table)", leaf_cells(forty, "feedback_responses")),
                        ("feedback_responses_session (index)",
                         index_cells(forty, "feedback_responses_session")),
                        ("feedback_responses_cycle (index)",
                         index_cells(forty, "feedback_responses_cycle"))):
        order = [rid for _, _, rid in sorted(cells, key=lambda c: (c[0], -c[1]))]
        told = _order_told(_rows_in(order, forty))
        if told:
            found.append(f"{what}: {told}")
    assert not found, ("cell offsets in the file's pages (sorted by page, then offset "
                       "descending) give " + "; ".join(found))


def test_no_time_or_form_email_anywhere_in_the_file_bytes(tmp_path):
    """Free pages, the WAL, every table: no timestamp and no 'Work email' address of the
    export survives an anonymous import (secure_delete, dropped columns)."""
    path = new_program(tmp_path)
    session = add_session(path, "2026-03-04", "Kick-off")
    export = forms_csv(tmp_path / "f.csv", work="home.example")  # private addresses
    ok("import", "feedback", path, export, "--session", session, "--ignore-unmatched",
       "--keep-open")
    ok("feedback", "add", path, "--session", session, "usefulness=3", "comment=typed")
    ok("feedback", "finish", path, "--session", session)
    blob = b"".join(p.read_bytes() for p in tmp_path.iterdir()
                    if p.name.startswith("p.peerdesk") and not p.name.endswith(".csv"))
    assert b"home.example" not in blob
    for i in range(len(ANSWERS)):
        stamp = f"3:{10 + 3 * i:02d}:{(7 * i) % 60:02d}".encode()
        assert stamp not in blob, f"a submission time {stamp!r} is in the file's bytes"
    assert b"2026/03/04" not in blob and b"GMT+1" not in blob


def test_nothing_stored_matches_a_digest_of_a_time_or_an_email(imported):
    """Brute force: every value kept outside the participant list, against md5/sha1/sha256
    of each participant's email and of each second of the session's day."""
    conn = sqlite3.connect(imported.resolve().as_uri() + "?mode=ro", uri=True)
    values: list[str] = []
    ints: set[int] = set()
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        if table in ("participants",):
            continue
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            for v in row:
                if isinstance(v, str):
                    values.append(v.lower())
                elif isinstance(v, bytes):
                    values.append(v.hex())
                elif isinstance(v, int) and v > 10**6:
                    ints.add(v)
    keys = {k for (k,) in conn.execute("SELECT key FROM settings")}
    conn.close()
    assert keys <= {"program_name", "program_id", "timezone", "min_group_size",
                    "anonymous_feedback", "language"}, f"unexpected settings: {keys}"
    digests = [v for v in values if re.fullmatch(r"[0-9a-f]{16,}", v.replace("-", ""))]
    start = datetime(2026, 3, 4)
    candidates = [e.encode() for e in EMAIL.values()]
    candidates += [(start + timedelta(seconds=s)).strftime(fmt).encode()
                   for s in range(0, 86400) for fmt in ("%Y/%m/%d %-I:%M:%S %p GMT+1",)]
    found = []
    for c in candidates:
        for algo in (hashlib.md5, hashlib.sha1, hashlib.sha256):
            d = algo(c).hexdigest()
            if any(d.startswith(v[:16]) or v.startswith(d[:16]) for v in digests) or \
                    int(d[:13], 16) in ints or (int(d[:14], 16) & (2**53 - 1)) in ints:
                found.append((c, algo.__name__))
    assert not found, f"stored values are digests of {found}"
    assert not [v for v in digests if len(v.replace("-", "")) != 32], \
        f"digest-like values stored: {digests}"  # the program id (a UUID) is expected


def test_import_does_not_turn_a_personal_column_into_a_question(tmp_path):
    """--add-unmatched on an export with a 'Work email' column: the importer drops the column
    as personal data, but must not add 'Work email' to the program's questions (it would be
    printed on the next paper form, typed in as a comment and quoted in the report)."""
    path = new_program(tmp_path)
    session = add_session(path, "2026-03-04", "Kick-off")
    ok("import", "feedback", path, forms_csv(tmp_path / "f.csv"), "--session", session,
       "--add-unmatched")
    listed = ok("questions", "list", path).out
    assert "Work email" not in listed, (
        "peerdesk import feedback --add-unmatched added a text question 'Work email' "
        f"(questions list: {[q for q in listed.splitlines() if 'Work email' in q]}) for the "
        "column it dropped as 'holds email addresses'")
    # and a typed form cannot answer it: the question does not exist
    typed = cli("feedback", "add", path, "--session", session, "usefulness=4",
                f"work_email={EMAIL['Ana Ribeiro']}")
    assert typed.code != 0, "a typed form answered 'work_email', a question that should not exist"


def test_entry_list_never_shows_imported_forms(imported):
    """The CLI/window entry list (list_forms) of an anonymous program: imported forms are
    never listed one by one, with or without a department."""
    from peerdesk.store.feedback import list_forms
    from peerdesk.store.program import Program

    p = Program.open(imported, read_only=True)
    try:
        assert list_forms(p, 1, 1, "session") == []
    finally:
        p.close()


def test_response_ids_are_not_a_function_of_the_people(imported):
    """Ids drawn at random: no id is below 10^6 or in submission order."""
    by_id = answers_by_response(imported)
    ids = list(by_id)
    assert all(i > 10**6 for i in ids)
    in_order = [rid for who in SUBMITTED for rid, v in by_id.items() if WHO[v] == who]
    assert in_order != sorted(in_order)
    assert PEOPLE  # the adversary's list, used above through EMAIL


def test_a_lone_paper_form_is_not_told_apart_in_the_file(tmp_path):
    """Seven people answered the Google form on their laptops; Ivo, without one, handed in
    the paper form (everyone in the room saw it). The facilitator typed it in. Reading the
    file: is one response of the session marked differently from the others?"""
    path = new_program(tmp_path)
    session = add_session(path, "2026-03-04", "Kick-off")
    ok("import", "feedback", path, forms_csv(tmp_path / "f.csv", ANSWERS[:7]), "--session",
       session, "--ignore-unmatched", "--keep-open")
    ok("feedback", "add", path, "--session", session, "usefulness=2", "recommend=3",
       "comment=Ivo's view")
    # The session's feedback closes once: the imported rows and the paper form join
    # together, and the close forgets which came how.
    said = ok("feedback", "finish", path, "--session", session).out
    assert "8 forms joined the figures together" in said
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    columns = [c[1] for c in conn.execute("PRAGMA table_info(feedback_responses)")]
    singled = []
    for column in columns:
        if column in ("id",):
            continue
        groups = conn.execute(f'SELECT "{column}", count(*) FROM feedback_responses '
                              "WHERE session_id = ? GROUP BY 1", [session]).fetchall()
        small = [(v, n) for v, n in groups if n < 5]
        if small and len(groups) > 1:
            singled.append(f"feedback_responses.{column} = {small[0][0]!r} on {small[0][1]} "
                           "form(s)")
    conn.close()
    assert not singled, ("the file singles out the paper form (usefulness 2, recommend 3): "
                         + "; ".join(singled))


def test_a_program_switched_back_to_anonymous_keeps_no_names(tmp_path):
    """README: 'In an anonymous program ... no name, email or employee id, no submission
    time'. The facilitator switched to named feedback for one session by mistake (Program
    settings, logged), typed a form with its person, then switched back to anonymous."""
    from peerdesk.store.program import Program
    from peerdesk.store.responses import is_anonymous, set_anonymous

    path = new_program(tmp_path)
    session = add_session(path, "2026-03-04", "Kick-off")
    p = Program.open(path)
    set_anonymous(p, False, "by mistake")
    p.close()
    ok("feedback", "add", path, "--session", session, "--person", EMAIL["Ana Ribeiro"],
       "usefulness=2")
    p = Program.open(path)
    set_anonymous(p, True, "back to anonymous")
    assert is_anonymous(p)
    p.close()
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    kept = conn.execute("SELECT participant_id, submitted_on FROM feedback_responses WHERE "
                        "participant_id IS NOT NULL OR submitted_on IS NOT NULL").fetchall()
    conn.close()
    assert not kept, (f"the program is anonymous again, yet feedback_responses keeps "
                      f"(participant_id, submitted_on) = {kept}")
