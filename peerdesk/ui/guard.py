"""One writer per program file: a lock beside the file, held while a window has it open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


class FileGuard:
    def __init__(self, path: Path):
        self._lock = QLockFile(str(path.with_name(path.name + ".lock")))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
        self._held = False

    def acquire(self) -> bool:
        self._held = self._lock.tryLock(0)
        if not self._held and self._lock.error() == QLockFile.LockError.LockFailedError:
            return False
        return True  # a folder where no lock can be made (read-only) is handled when opening

    def holder(self) -> str:
        info = self._lock.getLockInfo()  # (ok, pid, host, app) or (pid, host, app)
        if len(info) == 4 and not info[0]:
            return ""
        pid, host = info[-3], info[-2]
        return f" (process {pid} on {host})"

    def release(self) -> None:
        if self._held:
            self._lock.unlock()
            self._held = False
