"""One writer per program file: the window while it has the file open, or one writing command.

Both take the same operating-system lock on ``NAME.peerdesk.lock`` beside the real file,
through :mod:`filelock` (``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows). The
system drops it when its holder ends, even by a crash, so a lock is never left stale (the
empty file a crash leaves behind is taken over by the next opener).
Whoever holds it also writes who they are into ``NAME.peerdesk.lock-owner``, so the one
refused can say in plain words who has the file: "a PeerDesk window (process 4242 on
laptop, since 14:02)". That note is only read while the lock is really held.
"""

from __future__ import annotations

import json
import os
import socket
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from peerdesk.i18n import _, current

WINDOW = "window"
COMMAND = "command"


def lock_path(program_path: Path) -> Path:
    return program_path.with_name(program_path.name + ".lock")


def owner_path(program_path: Path) -> Path:
    return program_path.with_name(program_path.name + ".lock-owner")


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds a program file, as far as its owner note tells (nothing when unreadable)."""

    kind: str = ""  # window | command | "" (not known)
    pid: int | None = None
    host: str = ""
    since: datetime | None = None

    def details(self) -> str:
        """ "process 4242 on laptop, since 14:02" (as much as is known; "" for nothing)."""
        facts = []
        if self.pid is not None:
            facts.append(_("process {pid}").format(pid=self.pid) if not self.host
                         or self.host == _host() else
                         _("process {pid} on {host}").format(pid=self.pid, host=self.host))
        if self.since is not None:
            words = current()  # the user's language: "1. Dez., 14:02", not strftime's "Dec"
            at = (words.format_time(self.since) if self.since.date() == datetime.now().date()
                  else words.format_day_time(self.since))
            facts.append(_("since {time}").format(time=at))
        return ", ".join(facts)

    def suffix(self) -> str:
        """ " (process 4242, since 14:02)" to follow a sentence's subject, or "". """
        details = self.details()
        return f" ({details})" if details else ""

    def describe(self, asker: str = "") -> str:
        """ "a PeerDesk window (process 4242 on laptop, since 14:02)"; "another PeerDesk
        window" to a window (``asker``), as to a command for a command."""
        other = asker != "" and asker == self.kind
        who = {WINDOW: _("another PeerDesk window") if other else _("a PeerDesk window"),
               COMMAND: _("another PeerDesk command") if other else _("a PeerDesk command"),
               }.get(self.kind, _("another PeerDesk"))
        return who + self.suffix()

    def has(self, name: str, asker: str = "") -> str:
        """The sentence saying so: "spring.peerdesk is open in a PeerDesk window (…)." """
        other = asker != "" and asker == self.kind
        if self.kind == COMMAND:
            text = (_("{name} is being changed by another PeerDesk command{details}.") if other
                    else _("{name} is being changed by a PeerDesk command{details}."))
        elif self.kind == WINDOW:
            text = (_("{name} is open in another PeerDesk window{details}.") if other
                    else _("{name} is open in a PeerDesk window{details}."))
        else:
            text = _("{name} is open in another PeerDesk{details}.")
        return text.format(name=name, details=self.suffix())


def _host() -> str:
    try:
        return socket.gethostname()
    except OSError:
        return ""


def _read_owner(program_path: Path) -> Holder:
    try:
        data = json.loads(owner_path(program_path).read_text(encoding="utf-8"))
        since = datetime.fromisoformat(str(data["since"])) if data.get("since") else None
        pid = data.get("pid")
        return Holder(str(data.get("kind", "")), pid if isinstance(pid, int) else None,
                      str(data.get("host", "")), since)
    except (OSError, ValueError, TypeError, AttributeError, KeyError):
        return Holder()


class ProgramLock:
    """The writer lock of one program file (``program_path``: the real file, links
    resolved, as its -wal lies beside the real file too)."""

    def __init__(self, program_path: Path, kind: str):
        self.program_path = Path(program_path)
        self.kind = kind
        self._lock = FileLock(str(lock_path(self.program_path)), timeout=0)
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def acquire(self, wait: float = 0) -> bool:
        """Take the lock, waiting up to ``wait`` seconds: False when someone else still holds
        it. A folder where no lock can be made at all (read-only, a full disk) is not a
        refusal: opening the file for writing then fails there too, and says so."""
        try:
            self._lock.acquire(timeout=wait)
        except Timeout:
            return False
        except OSError:
            return True
        self._held = True
        with suppress(OSError):  # the lock holds without its note; the refused one says less
            owner_path(self.program_path).write_text(json.dumps({
                "kind": self.kind, "pid": os.getpid(), "host": _host(),
                "since": datetime.now().isoformat(timespec="seconds")}), encoding="utf-8")
        return True

    def holder(self) -> Holder | None:
        """Who holds the lock now; None when nobody does (or this lock itself)."""
        if self._held:
            return None
        probe = FileLock(str(lock_path(self.program_path)), timeout=0)
        try:
            probe.acquire(timeout=0)
        except Timeout:
            return _read_owner(self.program_path)
        except OSError:
            return None
        with suppress(OSError):  # the probe leaves nothing behind either
            lock_path(self.program_path).unlink(missing_ok=True)
        probe.release()
        return None

    def release(self) -> None:
        if not self._held:
            return
        with suppress(OSError):
            owner_path(self.program_path).unlink(missing_ok=True)
        # Nothing left beside the user's file. Unlinked while still held: filelock (4.x)
        # retries when the file it locked has lost its name, so no second holder can sit
        # on the old one (Windows refuses, and filelock removes it after unlocking there).
        with suppress(OSError):
            lock_path(self.program_path).unlink(missing_ok=True)
        self._lock.release()
        self._held = False

    def __enter__(self) -> ProgramLock:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def holder(program_path: Path) -> Holder | None:
    """Who holds a program file's writer lock, or None when nobody does."""
    return ProgramLock(Path(program_path), "").holder()
