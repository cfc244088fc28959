"""Kill a process at random moments while it writes; nothing committed may be lost or torn."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from peerdesk.store.program import Program, check

WORKER = Path(__file__).with_name("crash_worker.py")


def run_kills(path: Path, kills: int, seed: int) -> int:
    rng = random.Random(seed)
    committed_adds: dict[int, int] = {}
    committed_edits: set[int] = set()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    for round_number in range(kills):
        proc = subprocess.Popen([sys.executable, str(WORKER), str(path), str(round_number * 100_000)],
                                stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, 0.08))  # a random point in the middle of the writing
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        for line in out.splitlines():
            kind, pid, _n = line.split()
            (committed_adds.__setitem__(int(pid), 1) if kind == "add" else committed_edits.add(int(pid)))
        report = check(path)
        assert report.integrity == ["ok"], f"round {round_number}: {report.integrity}"
    # Every committed edit is there, and every edit is whole.
    conn = sqlite3.connect(path)
    rows = {r[0]: r[1] for r in conn.execute("SELECT id, job_title FROM participants")}
    for pid in committed_adds:
        assert pid in rows, f"committed participant {pid} lost"
    for pid, title in rows.items():
        skills = conn.execute("SELECT direction, level FROM participant_skills WHERE participant_id = ?",
                              [pid]).fetchall()
        assert len(skills) == 2, f"participant {pid} has a torn write: {skills}"
        edited = title != ""
        assert edited == (("learn", 3) in skills), f"participant {pid}: edit applied by halves"
        if pid in committed_edits:
            assert edited
    conn.close()
    return len(rows)


@pytest.fixture
def crash_file(tmp_path):
    path = tmp_path / "crash.peerdesk"
    Program.create(path).close()
    return path


def test_random_kills_lose_nothing(crash_file):
    assert run_kills(crash_file, kills=15, seed=1) > 0


@pytest.mark.slow
def test_two_hundred_random_kills(crash_file):
    assert run_kills(crash_file, kills=200, seed=2) > 0
