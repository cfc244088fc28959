"""The ``.writer`` note vouches for a -wal only for the file and program it was written for."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from peerdesk.store import journal
from peerdesk.store.program import Program, ProgramFileError


def _crashed(tmp_path: Path) -> Path:
    """A program whose last change is still in its -wal, as a crash leaves it."""
    path = tmp_path / "own.peerdesk"
    Program.create(path, "Own").close()
    program = Program.open(path)
    program.db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    program.set_setting("program_name", "Changed before the crash")
    main, wal = path.read_bytes(), journal.wal_path(path).read_bytes()
    program.close()
    path.write_bytes(main)  # same file (inode), its change back in the -wal only
    journal.wal_path(path).write_bytes(wal)
    Path(str(path) + "-shm").unlink(missing_ok=True)
    return path


def test_own_wal_on_the_same_file_is_merged(tmp_path):
    path = _crashed(tmp_path)
    with Program.open(path) as program:
        assert program.name == "Changed before the crash"


def test_a_file_put_in_place_of_the_noted_one_is_refused(tmp_path):
    path = _crashed(tmp_path)
    copy = tmp_path / "elsewhere"
    shutil.copy(path, copy)
    os.replace(copy, path)  # same name, same bytes, another file
    before = path.read_bytes()
    with pytest.raises(ProgramFileError, match="another file of the same name") as err:
        Program.open(path)
    assert err.value.kind == "stray_wal"
    assert path.read_bytes() == before


def test_a_note_for_another_program_does_not_vouch(tmp_path):
    path = _crashed(tmp_path)
    note = journal.writer_note(path)
    lines = note.read_text(encoding="utf-8").splitlines()
    note.write_text("\n".join(line if not line.startswith("program ") else "program other-id"
                              for line in lines) + "\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(ProgramFileError, match="another program") as err:
        Program.open(path)
    assert err.value.kind == "stray_wal"
    assert path.read_bytes() == before
    conn = sqlite3.connect(path.as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        name = conn.execute("SELECT value FROM settings WHERE key = 'program_name'").fetchone()
    finally:
        conn.close()
    assert name[0] != '"Changed before the crash"'
