"""Whose ``-wal`` file lies beside a program file.

SQLite keeps a program's latest committed changes in ``NAME.peerdesk-wal`` until they are
copied into the file, and the next program to open the file merges them in. A ``-wal``
left by PeerDesk on this computer (the window or a command interrupted, or still running)
holds the user's own changes and must be merged: that is what makes a crash lose nothing.
One copied in from another computer (a synced folder) or written by another program is
not the user's work on this file, and is not merged silently.

So a PeerDesk that opens a file for writing leaves a note beside it,
``NAME.peerdesk.writer``, saying which computer writes it. The note stays: removing it
when one program closes would race with another opening the file (two scripts in a
loop), leaving that one's ``-wal`` without a note. A mailed ``.peerdesk`` file travels
without it. A ``-wal`` with changes in it and no note from this computer is refused
before SQLite sees it, with the file and the ``-wal`` untouched.

The note also says which file it is for (device and inode) and which program that file
holds: a note left by a program once kept in Downloads must not vouch for a mailed file
and ``-wal`` of the same name dropped there later.
"""

from __future__ import annotations

import os
import socket
import struct
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from peerdesk.i18n import _
from peerdesk.store.program import ProgramFileError

_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_HEADER = 32


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def writer_note(path: Path) -> Path:
    return path.with_name(path.name + ".writer")


def _host() -> str:
    return socket.gethostname() or "this computer"


def _file_identity(path: Path) -> str:
    """Which file this is on its disk (device and inode): a mailed file put where an older
    program of the same name once lay is another file, even under the same name."""
    st = path.stat()
    return f"{st.st_dev}:{st.st_ino}"


def _note_text(path: Path, program_id: str) -> str:
    return f"{_host()}\nfile {_file_identity(path)}\nprogram {program_id}\n"


@dataclass(frozen=True, slots=True)
class WriterNote:
    host: str
    file: str  # device:inode of the file it was written for
    program_id: str


def read_note(path: Path) -> WriterNote:
    try:
        lines = writer_note(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    fields = dict(line.split(" ", 1) for line in lines[1:] if " " in line)
    return WriterNote(lines[0].strip() if lines else "", fields.get("file", "").strip(),
                      fields.get("program", "").strip())


def note_writer(path: Path, program_id: str = "") -> None:
    """Say, beside the file, that PeerDesk on this computer writes it, which file it is
    and which program it holds (best effort; ``path`` is the real file, not a link)."""
    note = writer_note(path)
    try:
        text = _note_text(path, program_id)
        if note.read_text(encoding="utf-8") == text:
            return
    except (OSError, UnicodeDecodeError):
        pass
    partial = note.with_name(f"{note.name}.{os.getpid()}")
    try:
        partial.write_text(_note_text(path, program_id), encoding="utf-8")
        partial.replace(note)  # whole or not at all: another PeerDesk may read it meanwhile
    except OSError:  # a read-only folder: then there is no -wal either
        with suppress(OSError):
            partial.unlink(missing_ok=True)


def check_stray_wal(path: Path, header: bytes) -> str | None:
    """Refuse a file whose -wal holds changes PeerDesk on this computer did not write to
    this very file. Returns the program identity the note vouches for when there is a -wal
    to merge ("" when the note predates identities), None when there is none."""
    wal = wal_path(path)
    try:
        size = wal.stat().st_size
    except OSError:
        return None
    if size == 0:
        return None  # an empty -wal holds no changes; SQLite resets it
    try:
        with wal.open("rb") as fh:
            wal_header = fh.read(_WAL_HEADER)
    except FileNotFoundError:
        return None  # the last writer just closed and SQLite removed it
    except OSError as exc:
        raise ProgramFileError("unreadable", _("{log} beside {file} cannot be read: {error}.").format(
            log=wal.name, file=path.name, error=exc.strerror)) from exc
    if not wal_header:
        return None  # emptied by a checkpoint meanwhile
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    well_formed = (len(wal_header) == _WAL_HEADER
                   and struct.unpack(">I", wal_header[:4])[0] in _WAL_MAGIC
                   and struct.unpack(">I", wal_header[8:12])[0] == page_size)
    if not well_formed:
        raise ProgramFileError(
            "stray_wal",
            _("Beside {file} lies {log}, which is not one of PeerDesk's change logs (another "
              "program wrote it). PeerDesk left both files unchanged. Move that file away, then "
              "open the program again.").format(file=path.name, log=wal.name))
    note = read_note(path)
    writer = note.host
    if writer == _host():
        try:
            this_file = _file_identity(path)
        except OSError:
            this_file = ""
        if note.file and note.file == this_file:
            return note.program_id  # PeerDesk here, on this file: the user's own changes
        raise foreign_wal(path, _("for another file of the same name that lay here before (or "
                                  "by a PeerDesk that did not note which file), not for this "
                                  "one"))
    if writer:
        raise foreign_wal(path, _("on another computer ({computer}), not by PeerDesk on this "
                                  "computer").format(computer=writer))
    raise foreign_wal(path, _("by another program or computer, not by PeerDesk on this computer"))


def foreign_wal(path: Path, where: str) -> ProgramFileError:
    wal = wal_path(path)
    return ProgramFileError(
        "stray_wal",
        _("Beside {file} lies {log}, holding changes made {where}. PeerDesk did not merge them "
          "and left both files unchanged. If the program is open elsewhere, close it there and "
          "wait for the folder to sync; to open the file as it was last saved, move {log} away "
          "first.").format(file=path.name, log=wal.name, where=where))


_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def check_hot_journal(path: Path) -> None:
    """Refuse a file with a rollback journal beside it: a change another program began and
    did not finish (it crashed, or is writing still). Opening would roll it back, which
    writes the file; PeerDesk leaves that to the program that made the change."""
    journal = path.with_name(path.name + "-journal")
    try:
        with journal.open("rb") as fh:
            start = fh.read(len(_JOURNAL_MAGIC))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ProgramFileError("unreadable", _("{log} beside {file} cannot be read: {error}.").format(
            log=journal.name, file=path.name, error=exc.strerror)) from exc
    if start != _JOURNAL_MAGIC:
        return  # empty or zeroed: a finished change, nothing to roll back
    raise ProgramFileError(
        "hot_journal",
        _("Beside {file} lies {journal}: a change that another program (or a crash of one) "
          "left half-finished. Until it is rolled back the file is not whole, so PeerDesk did "
          "not open it and left both files unchanged. If another program has the file open, "
          "close it there and try again; otherwise open the file once with the program that "
          "was changing it (or with the sqlite3 tool), which rolls the change back, or restore "
          "the program from a backup. Do not delete {journal}: the file would stay "
          "half-changed.").format(file=path.name, journal=journal.name))
