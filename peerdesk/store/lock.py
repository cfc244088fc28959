"""Who holds a program file open for writing, read from the lock the window keeps beside it.

The window takes a Qt lock file (``NAME.peerdesk.lock``: process id, application, host,
...); the command line reads it without Qt so it can refuse to write under an open
window, whose undo history would no longer match the file.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path


def lock_path(program_path: Path) -> Path:
    return program_path.with_name(program_path.name + ".lock")


def _alive(pid: int) -> bool:
    if sys.platform.startswith("win"):
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # query information
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def holder(program_path: Path) -> str | None:
    """"process N" (on HOST) holding the file, or None when nobody does (or the lock is stale)."""
    try:
        lines = lock_path(Path(program_path)).read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return None
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return f"process {pid} on {host}"  # another computer: cannot tell, so assume it is
    return f"process {pid}" if _alive(pid) else None
