"""Red team, issue 12: the figures' history kept in the program file.

Every change that moves forms in or out of the figures is checked against every earlier
reading (``peerdesk.core.disclosure_history``), so the file keeps those readings, as
counts. Here, as a facilitator builds a program (the command line, in-process): the
history is written, holds nothing that names a form or a moment, reads back as it was
written, an older file without it opens and joins forms, and an undo that brings counted
forms back goes through the same check (they wait when it would give them away)."""

from __future__ import annotations

import sqlite3

from adversary_world import (
    PEOPLE,
    add_session,
    cli,
    find,
    finish,
    paper_form,
    present,
    published,
    six_forms_in_a_session,
)

from peerdesk.store.disclosure_history import forget_history, load_history, save_history
from peerdesk.store.feedback import delete_forms, restore_forms
from peerdesk.store.program import Program

EVERYONE = [p[0] for p in PEOPLE]


def test_the_history_is_kept_as_counts_and_reads_back_as_written(tmp_path):
    path, _s1 = six_forms_in_a_session(tmp_path)
    with Program.open(path) as program:
        history = load_history(program)
        assert history.readings == 0  # not kept: it would count the changes
        classes, shown, _withheld = history.size()
        assert classes and shown
        # every class holds a count and a place (a session and department, or a skill),
        # never a form: the response rows carry no class
        columns = [r[1] for r in program.db.execute("PRAGMA table_info(feedback_responses)")]
        assert not [c for c in columns if "class" in c or "batch" in c or "reading" in c]
        kept = [r[1] for r in program.db.execute("PRAGMA table_info(disclosure_classes)")]
        assert kept == ["id", "measure", "phase", "counted", "cycle_id", "session_id", "grp",
                        "n"]
        save_history(program, history)
        assert load_history(program) == history
    raw = sqlite3.connect(path)
    try:
        rows = raw.execute("SELECT * FROM disclosure_classes").fetchall()
        facts = raw.execute("SELECT classes FROM disclosure_facts").fetchall()
    finally:
        raw.close()
    texts = " ".join(str(v) for row in rows for v in row)
    assert "@" not in texts and ":" not in texts  # no email, no time of day
    assert all(str(f[0]).replace(" ", "").isdigit() for f in facts)


def test_a_file_without_history_counts_its_present_state_as_its_first_reading(tmp_path):
    path, _s1 = six_forms_in_a_session(tmp_path)
    with Program.open(path) as program:
        forget_history(program)
        assert load_history(program).size() == (0, 0, 0)
    s2 = add_session(path, "2026-03-11", "Second")
    present(path, s2, EVERYONE)
    for i in range(5):
        paper_form(path, s2, usefulness=2 + i % 4, recommend=i + 2)
    finish(path, s2)
    assert find(published(path)["figures"], "forms", cycle="Spring")["value"] == 11
    with Program.open(path) as program:
        assert load_history(program).size()[0] > 0


def test_a_trickle_after_the_first_reading_still_waits(tmp_path):
    """One more form after six: refused at the closed session; at the next session, the
    check with the kept history holds it back, as the check of two moments did."""
    path, s1 = six_forms_in_a_session(tmp_path)
    late = cli("feedback", "add", path, "--session", s1, "usefulness=5", "recommend=10")
    assert late.code != 0 and "closed" in late.err  # its session's feedback is closed
    s2 = add_session(path, "2026-03-11", "Second")  # one form at the next session
    present(path, s2, [p[0] for p in PEOPLE])
    paper_form(path, s2, usefulness=5, recommend=10)
    result = cli("feedback", "finish", path, "--session", s2)
    assert result.code != 0 or "wait" in (result.out + result.err).lower()
    assert find(published(path)["figures"], "forms", cycle="Spring")["value"] == 6


def test_undo_that_brings_a_counted_form_back_goes_through_the_check(tmp_path):
    """A counted form deleted and brought back by undo re-enters the figures only through
    the check of new forms beside every reading: here the figures read before the delete
    (6 forms), after it (5) and after the undo (6) would single it out, so it waits
    (draft = 2) instead of rejoining unchecked."""
    path, _s1 = six_forms_in_a_session(tmp_path)
    with Program.open(path) as program:
        rid = program.db.execute("SELECT id FROM feedback_responses LIMIT 1").fetchone()[0]
        snap = delete_forms(program, [rid])
    assert find(published(path)["figures"], "forms", cycle="Spring")["value"] == 5
    with Program.open(path) as program:
        restore_forms(program, snap)
        draft = program.db.execute("SELECT draft FROM feedback_responses WHERE id = ?",
                                   [rid]).fetchone()[0]
    assert draft == 2
    assert find(published(path)["figures"], "forms", cycle="Spring")["value"] == 5


def test_a_history_that_cannot_be_read_counts_the_present_state_as_its_first_reading(tmp_path):
    """A file edited behind PeerDesk's back (a fact that names no class) still opens and
    takes forms: the unreadable history is set aside, the figures of now are its first
    reading."""
    path, _s1 = six_forms_in_a_session(tmp_path)
    raw = sqlite3.connect(path)
    try:
        with raw:
            raw.execute("UPDATE disclosure_facts SET classes = 'not a class'")
    finally:
        raw.close()
    s2 = add_session(path, "2026-03-11", "Second")
    present(path, s2, EVERYONE)
    for i in range(5):
        paper_form(path, s2, usefulness=2 + i % 4, recommend=i + 2)
    finish(path, s2)
    assert find(published(path)["figures"], "forms", cycle="Spring")["value"] == 11
