"""A large staff file: progress as it goes, cancellable, nothing written when stopped."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk.io import people_apply, people_import
from peerdesk.io.tabular import read_table
from peerdesk.store.program import Program

ROOT = Path(__file__).resolve().parents[2]


def _staff(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Employee ID,Name,Email,Department\n")
        for i in range(rows):
            fh.write(f"E{i},Person {i},p{i}@example.com,Dept {i % 40}\n")
    return path


def test_progress_is_reported_and_cancel_writes_nothing(program, tmp_path):
    table = read_table(_staff(tmp_path / "staff.csv", 30_000))
    seen: list[tuple[int, int, str]] = []

    def watch(done, total, what):
        seen.append((done, total, what))
        return True

    plan = people_import.build_plan(program, table, progress=watch)
    assert [s[0] for s in seen if s[2] == "Checking rows"] == list(range(0, 30_000, 2000))

    def stop_while_writing(done, total, what):
        return what != "Writing" or done == 0

    with pytest.raises(people_import.ImportCancelled):
        people_apply.apply_plan(program, plan, progress=stop_while_writing)
    assert program.count("participants") == 0
    with pytest.raises(people_import.ImportCancelled):
        people_import.build_plan(program, table, progress=lambda d, t, w: d < 4000)


def test_command_line_shows_progress_on_a_terminal(tmp_path):
    path = tmp_path / "big.peerdesk"
    Program.create(path).close()
    staff = _staff(tmp_path / "staff.csv", 12_000)
    master, slave = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "peerdesk", "import", "participants", str(path),
                           str(staff)], stdout=subprocess.PIPE, stderr=slave, env=env, cwd=ROOT,
                          timeout=300)
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    assert proc.returncode == 0
    assert b"Checking rows: 10,000 of 12,000" in shown
    assert b"Imported: 12000 added" in proc.stdout
