"""One atomic file write for every writer: the old file stays whole until the new one is
complete, and a failed write leaves no temporary file behind."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest

from peerdesk.store import atomic
from peerdesk.store.atomic import atomic_path, open_atomic, write_bytes_atomic, write_text_atomic

OLD = b"the old file, whole\n"


@pytest.fixture
def target(tmp_path):
    path = tmp_path / "out.pdf"
    path.write_bytes(OLD)
    return path


def _only(target):
    """The folder holds the target and nothing else (no temporary file)."""
    return sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_a_write_replaces_the_file_whole(target):
    write_bytes_atomic(target, b"new" * 100_000)
    assert target.read_bytes() == b"new" * 100_000
    assert _only(target)
    write_text_atomic(target, "olá\n")
    assert target.read_bytes() == "olá\n".encode()
    assert _only(target)


def test_a_new_file_has_the_usual_permissions(tmp_path):
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    fresh = tmp_path / "fresh.csv"
    write_bytes_atomic(fresh, b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_writer_failing_mid_write_leaves_the_old_file(target):
    with pytest.raises(RuntimeError), open_atomic(target) as fh:
        fh.write(b"half a new fi")
        fh.flush()
        raise RuntimeError("the renderer broke")
    assert target.read_bytes() == OLD
    assert _only(target)


def test_a_full_disk_leaves_the_old_file(target, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(OSError) as caught:
        write_bytes_atomic(target, b"new contents")
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == OLD
    assert _only(target)


def test_a_full_disk_during_write_leaves_the_old_file(target, monkeypatch):
    """The data itself refused (ENOSPC from write): the same."""
    real_open = open

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return self.fh.__exit__(*exc)

        def write(self, data):
            self.fh.write(data[:3])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic, "open", lambda *a, **k: Full(real_open(*a, **k)), raising=False)
    with pytest.raises(OSError):
        write_bytes_atomic(target, b"new contents")
    assert target.read_bytes() == OLD
    assert _only(target)


def test_a_refused_rename_leaves_the_old_file(target, monkeypatch):
    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "in use")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(PermissionError):
        write_bytes_atomic(target, b"new")
    assert target.read_bytes() == OLD
    assert _only(target)


def test_a_named_writer_sqlite_failing_leaves_nothing(target):
    with pytest.raises(sqlite3.OperationalError), atomic_path(target) as partial:
        conn = sqlite3.connect(partial)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t VALUES (1)")  # a -journal exists now
        try:
            conn.execute("SELECT * FROM no_such_table")
        finally:
            conn.close()
    assert target.read_bytes() == OLD
    assert _only(target)


def test_only_new_files_are_written(target):
    with pytest.raises(ValueError), open_atomic(target, "ab"):
        pass
    assert target.read_bytes() == OLD


def test_the_pdf_export_keeps_the_old_file_on_a_full_disk(target, monkeypatch):
    """The command line's PDF writer goes through it (and says so in words)."""
    from peerdesk.cli import CommandError
    from peerdesk.cli.documents import _write

    monkeypatch.setattr(atomic.os, "fsync", lambda fd: (_ for _ in ()).throw(
        OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))))
    with pytest.raises(CommandError, match="No space left"):
        _write(target, b"%PDF-new")
    assert target.read_bytes() == OLD
    assert _only(target)


def test_a_backup_on_a_full_disk_leaves_no_partial_file(tmp_path, monkeypatch):
    from peerdesk.store.program import Program, ProgramFileError

    program = Program.create(tmp_path / "p.peerdesk", "P")
    folder = tmp_path / "copies"
    folder.mkdir()
    copy = folder / "copy.peerdesk"
    copy.write_bytes(OLD)
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: (_ for _ in ()).throw(
        OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))))
    with pytest.raises(ProgramFileError):
        program.backup_to(copy)
    program.close()
    assert copy.read_bytes() == OLD
    assert _only(copy)
