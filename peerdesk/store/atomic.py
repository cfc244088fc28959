"""Writing a file all at once: the old file stays whole until the new one is complete.

Every writer of a user's file (PDFs, calendars, spreadsheets, CSVs, backups) writes a
hidden temporary file beside the target, flushes it to the disk (``fsync``) and renames it
over the target (``os.replace``, atomic on one file system). A failure part-way (a full
disk, a cancel, an exception in the writer) leaves the old file as it was and removes the
temporary one. Standard library only, so every layer from ``store/`` up can use it.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _temporary(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a folder)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse; the data itself is already on the disk
    finally:
        os.close(fd)


@contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """A fresh temporary path beside ``target`` for a writer that wants a name (SQLite,
    a library's ``save(path)``). When the block ends normally the file is synced and
    renamed over ``target``; when it raises, the file (and a SQLite ``-journal`` or
    ``-wal`` of it) is removed and ``target`` is untouched."""
    target = Path(target)
    tmp = _temporary(target)
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-journal", "-wal"))):
            leftover.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


@contextmanager
def open_atomic(target: Path | str, mode: str = "wb", **kwargs: Any) -> Iterator[IO[Any]]:
    """``open(target, mode)`` for writing, through a temporary file: on leaving the block
    the whole file replaces ``target``; on an exception nothing of it stays. ``mode`` is
    ``"wb"`` or ``"w"`` (``kwargs`` go to :func:`open`: encoding, newline)."""
    if mode not in ("wb", "w"):
        raise ValueError(f"open_atomic writes a new file; mode {mode!r} is not 'wb' or 'w'")
    target = Path(target)
    tmp = _temporary(target)
    fd = os.open(tmp, _FLAGS, 0o666)  # the usual permissions (umask), not mkstemp's 0600
    try:
        with open(fd, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def write_bytes_atomic(target: Path | str, data: bytes) -> None:
    """Replace ``target`` with ``data`` whole, or leave it as it was."""
    with open_atomic(target, "wb") as fh:
        fh.write(data)


def write_text_atomic(target: Path | str, text: str, encoding: str = "utf-8") -> None:
    """Replace ``target`` with ``text`` whole, or leave it as it was."""
    with open_atomic(target, "w", encoding=encoding) as fh:
        fh.write(text)
