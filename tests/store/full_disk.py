"""Run Python code in a child process whose files cannot grow past ``limit`` bytes: the
nearest thing to a full disk that needs no loop device or root."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_with_full_disk(code: str, limit: int, args: list[str] | None = None,
                       stdin: str | None = None) -> str:
    def limit_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", code, *(args or [])], capture_output=True,
                            text=True, timeout=120, preexec_fn=limit_files, env=env, cwd=ROOT,
                            input=stdin)
    return result.stdout + result.stderr
