"""Importing a 5,000-row HR export: the whole import against merely reading the file.

Run as ``python tests/benchmarks/bench_import.py``. The target is 1 s or less for the
first import of 5,000 people; the floor is reading the same file with :mod:`csv` alone.
Each figure is the median of several runs; peak memory is measured in a separate run
under tracemalloc (which slows Python down, so it is not timed).
"""

from __future__ import annotations

import contextlib
import csv
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from peerdesk.io.people_apply import apply_plan
from peerdesk.io.people_export import export_participants
from peerdesk.io.people_import import build_plan
from peerdesk.io.tabular import read_table
from peerdesk.store.program import Program
from tests import samples

ROWS = 5000
RUNS = 5
TARGET = 1.0


def floor(path: Path) -> None:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        list(csv.reader(fh))


def first_import(path: Path) -> None:
    program = Program.create(None, "bench")
    plan = build_plan(program, read_table(path))
    assert plan.ok, plan.problems[:3]
    apply_plan(program, plan)
    program.close()


def make_reimport(path: Path, folder: Path):
    """A program holding the file's people, and an updated export to import again."""
    program = Program.create(folder / "re.peerdesk", "bench")
    apply_plan(program, build_plan(program, read_table(path)))
    out = folder / "export.csv"
    export_participants(program, out)
    text = out.read_text(encoding="utf-8-sig").replace(",Engineering,", ",Platform,")
    out.write_text(text, encoding="utf-8-sig")

    def reimport() -> None:
        with program.atomic():
            plan = build_plan(program, read_table(out))
            apply_plan(program, plan)
            raise _Rollback  # keep the program unchanged between runs

    return program, reimport


class _Rollback(Exception):
    pass


def timed(fn) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        with contextlib.suppress(_Rollback):
            fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak(fn) -> float:
    tracemalloc.start()
    with contextlib.suppress(_Rollback):
        fn()
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top / 1e6


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = samples.write_csv(folder / "staff.csv", samples.HR_HEADERS,
                                     samples.hr_rows(ROWS), *samples.EXCEL_CSV_UTF8)
        europe_path = samples.write_csv(folder / "staff-europe.csv", samples.HR_HEADERS,
                                        samples.hr_rows(ROWS, names=samples.LATIN1_NAMES),
                                        *samples.EXCEL_CSV_EUROPE)
        xlsx_path = samples.write_xlsx(folder / "staff.xlsx", samples.HR_HEADERS,
                                       samples.hr_rows(ROWS))
        program, reimport = make_reimport(csv_path, folder)
        cases = [
            ("floor: csv.reader, read only", lambda: floor(csv_path)),
            ("read_table (detect + parse)", lambda: read_table(csv_path)),
            (f"import {ROWS} new people", lambda: first_import(csv_path)),
            (f"re-import {ROWS}, some changed", reimport),
            (f"import {ROWS}, cp1252 + semicolons", lambda: first_import(europe_path)),
            (f"import {ROWS} from .xlsx (info)", lambda: first_import(xlsx_path)),
        ]
        print(f"{'case':34} {'median s':>9} {'x floor':>8} {'peak MB':>8}")
        results = {}
        base = None
        for name, fn in cases:
            seconds = timed(fn)
            base = base or seconds
            results[name] = seconds
            print(f"{name:34} {seconds:9.3f} {seconds / base:8.1f} {peak(fn):8.1f}")
        program.close()
    big = big_import()
    worst = max(results[f"import {ROWS} new people"], results[f"re-import {ROWS}, some changed"],
                results[f"import {ROWS}, cp1252 + semicolons"])
    verdict = "OK" if worst <= TARGET else "TOO SLOW"
    print(f"target: {TARGET:.1f} s for {ROWS} rows -> {verdict}")
    big_ok = big[1] <= BIG_MEMORY_MB
    print(f"{BIG_ROWS:,} rows, command line, one run: {big[0]:.1f} s, peak {big[1]:.0f} MB "
          f"(target: under {BIG_MEMORY_MB} MB) -> {'OK' if big_ok else 'TOO MUCH MEMORY'}")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0 if worst <= TARGET and big_ok else 1


BIG_ROWS = 200_000
BIG_MEMORY_MB = 1024


def big_import() -> tuple[float, float]:
    """``peerdesk import participants`` of BIG_ROWS rows in a child process: wall seconds
    and the child's peak resident memory."""
    import resource
    import subprocess

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        staff = folder / "big.csv"
        with staff.open("w", encoding="utf-8") as fh:
            fh.write("Employee ID,Name,Email,Department,Job Title,Location,Hire Date\n")
            for i in range(BIG_ROWS):
                fh.write(f"E{i},Person {i},p{i}@example.com,Dept {i % 40},Title {i % 90},"
                         f"City {i % 12},2020-01-{1 + i % 28:02d}\n")
        program = folder / "big.peerdesk"
        Program.create(program).close()
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "peerdesk", "import", "participants", str(program),
                        str(staff)], check=True, stdout=subprocess.DEVNULL,
                       cwd=Path(__file__).resolve().parents[2])
        seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak_mb


if __name__ == "__main__":
    sys.exit(main())
