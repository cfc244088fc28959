"""Faults from outside: two command-line writers at once, a full disk, a busy file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk.cli import run
from peerdesk.store import program_file as program_module
from peerdesk.store.program import Program
from tests.store.full_disk import run_with_full_disk

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from peerdesk.cli import run
path, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
failures = 0
for i in range(n):
    code = run(["participant", "add", path, "--name", f"{tag} {i}",
                "--email", f"{tag.lower()}{i}@example.com", "--department", "Ops"])
    failures += code != 0
print("failures", failures)
"""


def test_two_writers_in_a_loop_queue_and_both_finish(program_file):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(program_file), tag, "40"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                              cwd=ROOT)
             for tag in ("A", "B")]
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert "failures 0" in out, err
        assert "locked" not in err
    with Program.open(program_file, read_only=True) as p:
        assert p.count("participants") == 80


def test_a_writer_that_waits_too_long_is_told_plainly(program_file, capsys, monkeypatch):
    monkeypatch.setattr(program_module, "BUSY_TIMEOUT_MS", 300)
    blocker = sqlite3.connect(program_file, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        code = run(["participant", "add", str(program_file), "--name", "Waiting"])
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    err = capsys.readouterr().err
    assert code == 1
    assert "busy" in err and "nothing was changed" in err and "Traceback" not in err
    with Program.open(program_file, read_only=True) as p:
        assert p.count("participants") == 0


CLI = "import sys\nfrom peerdesk.cli import run\nsys.exit(run(sys.argv[1:]))\n"


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_new_on_a_full_disk_leaves_no_file(tmp_path):
    out = run_with_full_disk(CLI, limit=20_000, args=["new", str(tmp_path / "spring.peerdesk")])
    assert "not enough disk space" in out and "Traceback" not in out
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def demo_file(tmp_path):
    folder = tmp_path / "prog"
    folder.mkdir()
    path = folder / "demo.peerdesk"
    with Program.create(path) as p:
        from peerdesk.store import demo

        demo.populate(p)
        p.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_opening_a_healthy_file_on_a_full_disk_is_not_called_damaged(demo_file):
    for limit in (1, demo_file.stat().st_size):
        out = run_with_full_disk(CLI, limit=limit, args=["status", str(demo_file)])
        assert "damaged" not in out.lower() and "Traceback" not in out, out
        out = run_with_full_disk(CLI, limit=limit, args=["check", str(demo_file)])
        assert "damaged" not in out.lower() and "Traceback" not in out, out


def test_import_on_a_full_disk_changes_nothing(demo_file, tmp_path):
    csv = tmp_path / "staff.csv"
    csv.write_text("Name,Email,Department\n" + "".join(
        f"Person {i},p{i}@example.com,Dept {i % 9}\n" for i in range(8000)), encoding="utf-8")
    before = _listing(demo_file.parent)
    with Program.open(demo_file, read_only=True) as p:
        count = p.count("participants")
    out = run_with_full_disk(CLI, limit=demo_file.stat().st_size + 20_000,
                             args=["import", "participants", str(demo_file), str(csv)])
    assert "not enough disk space" in out and "Traceback" not in out, out
    with Program.open(demo_file, read_only=True) as p:
        assert p.count("participants") == count
    after = _listing(demo_file.parent)
    assert after.keys() <= before.keys() | {"demo.peerdesk-wal", "demo.peerdesk-shm"}
