"""Announcing the pairs of a 1,000-person company: one e-mail draft each, with the invitation.

Run as ``python tests/benchmarks/bench_messages.py``. The target is 10 s or less to read the
program and write 1,000 drafts (the window shows progress meanwhile); the floor is writing
the same number of files of the same size with nothing else. Each figure is the median of
several runs; peak memory is measured in a separate run under tracemalloc (not timed).
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from peerdesk.io.messages import prepare, write_drafts
from peerdesk.store import pairings as pairing_store
from peerdesk.store import sessions as session_store
from peerdesk.store.program import Program
from tests.benchmarks.synthetic import TODAY, company, write_program

PEOPLE = 1000
RUNS = 3
TARGET = 10.0


def build(folder: Path) -> tuple[Program, int]:
    program = Program.create(folder / "bench.peerdesk", "bench")
    cycle = write_program(program, company(PEOPLE, seed=1))
    session_store.add_session(program, session_store.new_session(
        program, cycle, date=TODAY + timedelta(days=3), start_time="15:00",
        location="Room Ada"), template="kickoff")
    pairing_store.save_run(program, cycle, pairing_store.run(program, cycle, today=TODAY))
    pairing_store.publish(program, cycle)
    return program, cycle


def timed(fn) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak(fn) -> float:
    tracemalloc.start()
    fn()
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top / 1e6


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        program, cycle = build(folder)
        out = folder / "out"
        sample = write_drafts(prepare(program, cycle, today=TODAY), out)
        count = len(sample.drafts)
        size = sum(p.stat().st_size for p in sample.drafts) // max(1, count)
        blob = b"x" * size

        def floor() -> None:
            target = folder / "floor"
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir()
            for i in range(count):
                (target / f"{i}.eml").write_bytes(blob)

        def read() -> None:
            prepare(program, cycle, today=TODAY)

        def whole() -> None:
            shutil.rmtree(out, ignore_errors=True)
            write_drafts(prepare(program, cycle, today=TODAY), out, with_csv=True)

        cases = [(f"floor: {count} files of {size} B", floor),
                 ("read the program (prepare)", read),
                 (f"prepare + write {count} drafts + CSV", whole)]
        print(f"{'case':40} {'median s':>9} {'x floor':>8} {'peak MB':>8}")
        results = {}
        base = None
        for name, fn in cases:
            seconds = timed(fn)
            base = base or seconds
            results[name] = seconds
            print(f"{name:40} {seconds:9.3f} {seconds / base:8.1f} {peak(fn):8.1f}")
        program.close()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    worst = results[cases[-1][0]]
    verdict = "OK" if worst <= TARGET else "TOO SLOW"
    print(f"load average {load:.2f}; target: {TARGET:.0f} s for {count} drafts -> {verdict}")
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
