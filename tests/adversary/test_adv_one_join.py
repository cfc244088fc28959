"""Red team, issue 12: one join per session, attacked.

A session's forms wait while its feedback is open and join the figures once, when it is
closed (Close Feedback, ``peerdesk feedback finish``, an import unless ``--keep-open``).
The adversary holds the file, the participant list and unlimited time: sqlite3 over
every table (rowids, ``sqlite_sequence``), and the raw bytes (the WAL too). What these
tests try: a late form slipping in after the close, or leaving a trace when refused; an
undo and a second close leaving a file that differs from one close; an import that
forgets to close; a before/after survey of the session joining in a step of its own.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from adversary_world import PEOPLE, add_session, cli, new_program, ok, paper_form, present

from peerdesk.store.disclosure_history import forget_remembered
from peerdesk.store.feedback import close_feedback, reopen_feedback
from peerdesk.store.program import Program

EVERYONE = [p[0] for p in PEOPLE]


def _dump(path: Path) -> dict[str, list]:
    """Every table as sqlite3 reads it, rowids included, in rowid order."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        out = {}
        for name in names:
            rowid = "" if name == "sqlite_sequence" else "rowid, "
            try:
                out[name] = conn.execute(f'SELECT {rowid}* FROM "{name}" ORDER BY 1').fetchall()
            except sqlite3.OperationalError:  # a WITHOUT ROWID table
                out[name] = sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall())
    finally:
        conn.close()
    return out


def _bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _export(tmp: Path, name: str, rows) -> Path:
    source = tmp / name
    with source.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Department", "usefulness", "recommend"])
        w.writerows(rows)
    return source


def _session(tmp: Path, name: str = "p.peerdesk") -> tuple[Path, int]:
    path = new_program(tmp, name)
    session = add_session(path, "2026-03-04", "Kick-off")
    present(path, session, EVERYONE)
    return path, session


def _drafts(path: Path) -> list[int]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT draft FROM feedback_responses"))
    finally:
        conn.close()


def test_a_late_form_for_a_closed_session_is_refused_and_leaves_no_trace(tmp_path):
    """After the close, a typed form and a later export's new rows are refused with a
    plain message, and the file (every table, rowids and all) is as it was: a late form
    must not stand out, not even as a refused attempt."""
    path, session = _session(tmp_path)
    for i in range(6):
        paper_form(path, session, usefulness=1 + i % 5, recommend=i + 4)
    ok("feedback", "finish", path, "--session", session)
    before = _dump(path)
    late = cli("feedback", "add", path, "--session", session, "usefulness=2", "recommend=3")
    assert late.code != 0
    assert "closed" in late.err and "not stored" not in late.out
    assert "Undo" in late.err  # says how to reopen
    rows = [("", 2, 3), ("", 4, 5), ("", 5, 6), ("", 1, 2), ("", 3, 4), ("", 4, 4)]
    imported = cli("import", "feedback", path, _export(tmp_path, "late.csv", rows),
                   "--session", session, "--yes")
    assert imported.code != 0 and "closed" in imported.err
    assert _dump(path) == before
    assert _drafts(path) == [0] * 6


def test_a_refused_late_form_changes_no_byte_of_the_file(tmp_path):
    """The raw bytes too (free pages, the WAL): a refusal writes nothing at all."""
    path, session = _session(tmp_path)
    for i in range(6):
        paper_form(path, session, usefulness=1 + i % 5, recommend=i + 4)
    ok("feedback", "finish", path, "--session", session)
    data = _bytes(path)
    assert cli("feedback", "add", path, "--session", session, "usefulness=5").code != 0
    assert _bytes(path) == data


def test_an_import_closes_the_session_by_default_and_keep_open_does_not(tmp_path):
    """An import closes the session (its forms count at once, and no form may follow);
    with --keep-open nothing counts until the close, and a typed form may still come."""
    rows = [("", 4, 9), ("", 2, 6), ("", 5, 10), ("", 3, 7), ("", 4, 8), ("", 1, 3)]
    path, session = _session(tmp_path, "a.peerdesk")
    ok("import", "feedback", path, _export(tmp_path, "a.csv", rows), "--session", session,
       "--yes")
    assert _drafts(path) == [0] * 6
    assert cli("feedback", "add", path, "--session", session, "usefulness=3").code != 0

    path, session = _session(tmp_path, "b.peerdesk")
    out = ok("import", "feedback", path, _export(tmp_path, "b.csv", rows), "--session",
             session, "--keep-open", "--yes").out
    assert "--keep-open" in out
    assert 0 not in _drafts(path)  # nothing counts yet
    paper_form(path, session, usefulness=3, recommend=6)
    # a later export of the same form while open: only its new row is added
    more = [*rows, ("", 5, 9)]
    ok("import", "feedback", path, _export(tmp_path, "b2.csv", more), "--session", session,
       "--yes")
    assert _drafts(path) == [0] * 8  # and it closed the session: all joined together


def _typed_then_closed(path: Path, session: int, undo_and_again: bool) -> None:
    with Program.open(path) as program:
        cycle_id = program.db.execute("SELECT cycle_id FROM sessions WHERE id = ?",
                                      [session]).fetchone()[0]
        closed = close_feedback(program, cycle_id, session, "session")
        if undo_and_again:
            reopen_feedback(program, closed)
            close_feedback(program, cycle_id, session, "session")
        forget_remembered(program)


def test_undo_of_the_close_and_closing_again_leaves_the_file_of_one_close(tmp_path):
    """Close, undo (the session reopens), close again: the history and the forms must be
    what one close leaves, so the file does not say that the session was closed twice."""
    files = []
    for again in (False, True):
        path, session = _session(tmp_path, f"u{int(again)}.peerdesk")
        for i in range(6):
            paper_form(path, session, department=("Sales", "Eng")[i % 2],
                       usefulness=1 + i % 5, recommend=i + 4)
        _typed_then_closed(path, session, again)
        seen = {name: rows for name, rows in _dump(path).items()
                if name.startswith(("disclosure", "feedback", "sqlite"))}
        for name in ("feedback_responses", "feedback_answers"):  # random ids: as multisets
            seen[name] = sorted(r[2:] for r in seen[name])
        assert seen["disclosure_classes"] and seen["disclosure_facts"]
        files.append(seen)
    assert files[0] == files[1]


def test_a_reopened_session_takes_back_its_own_forms_but_no_new_one(tmp_path):
    """After an undo of the close, a new form is refused (only the same forms may join
    again); closing again lets them join."""
    path, session = _session(tmp_path)
    for i in range(6):
        paper_form(path, session, usefulness=1 + i % 5, recommend=i + 4)
    with Program.open(path) as program:
        cycle_id = program.db.execute("SELECT cycle_id FROM sessions WHERE id = ?",
                                      [session]).fetchone()[0]
        reopen_feedback(program, close_feedback(program, cycle_id, session, "session"))
    assert _drafts(path) == [3] * 6
    refused = cli("feedback", "add", path, "--session", session, "usefulness=4")
    assert refused.code != 0 and "reopened" in refused.err
    ok("feedback", "finish", path, "--session", session)
    assert _drafts(path) == [0] * 6


def test_the_before_after_surveys_of_a_session_close_with_it(tmp_path):
    """A before-the-cycle survey imported for the session (kept open) and the session's
    typed forms join in one close; a later before survey for it is refused."""
    path, session = _session(tmp_path)
    ok("questions", "add", path, "How confident are you?", "--kind", "confidence",
       "--key", "conf")
    source = tmp_path / "before.csv"
    with source.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Skill", "conf"])
        w.writerows([("SQL", 2), ("SQL", 3), ("Excel", 1), ("SQL", 2), ("Excel", 4)])
    ok("import", "feedback", path, source, "--session", session, "--phase", "before",
       "--keep-open", "--yes")
    for i in range(6):
        paper_form(path, session, usefulness=1 + i % 5, recommend=i + 4)
    assert 0 not in _drafts(path)
    ok("feedback", "finish", path, "--session", session)
    assert _drafts(path) == [0] * 11
    later = cli("import", "feedback", path, source, "--session", session, "--phase",
                "after", "--yes")
    assert later.code != 0 and "closed" in later.err
