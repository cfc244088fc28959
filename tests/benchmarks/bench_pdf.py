"""Benchmark: the printed documents for a 300-person program, from a real program file.

Run from the repository root: ``python tests/benchmarks/bench_pdf.py [--people N] [--runs N]``.

A synthetic company is written to a program file in a temporary folder, given a session
and published pairs; each case then opens the file, reads what it prints and renders
(``export_document``: the database read included). Beside them, in the same run, the
floor: a bare reportlab table of the same names in the same embedded font. Time is the
median of several runs (CPU time of this process, so other work on the machine counts
less; the cases take turns run by run, so a busy spell falls on the floor too), peak
memory a separate run under tracemalloc. Last, a one-page agenda from the command line,
cold (a new Python each time): its CPU time (user and system) is held to the target, its
wall time printed beside it (on a quiet machine the two are close; on a shared one the
wall clock mostly measures the neighbours).

Targets (issue 17): session pack <= 5x the floor; partner slips <= 5x the floor; the
agenda from the command line <= 0.6 s. Exits 1 when one is missed.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle  # noqa: E402

from peerdesk.reports.export import export_document  # noqa: E402
from peerdesk.reports.fonts import SANS, fonts  # noqa: E402
from peerdesk.store.program import Program  # noqa: E402
from tests.benchmarks.synthetic import company, write_program  # noqa: E402

TARGETS = {"session pack": 5.0, "partner slips": 5.0}
AGENDA_TARGET = 0.6


def make_program(folder: Path, people: int) -> tuple[Path, int]:
    """A program file with ``people`` people, a session and published pairs."""
    from peerdesk.core.models import Session
    from peerdesk.store.sessions import add_session

    path = folder / "bench.peerdesk"
    comp = company(people)
    program = Program.create(path, "Acme peer learning")
    cycle_id = write_program(program, comp)
    session_id = add_session(program, Session(cycle_id, "Kick-off",
                                              date=comp.today + timedelta(days=9),
                                              start_time="15:00", minutes=90,
                                              location="Room Ada"), template="kickoff")
    program.close()
    subprocess.run([sys.executable, "-m", "peerdesk", "pair", str(path), "--cycle",
                    "Spring 2027", "--publish"], check=True, capture_output=True, cwd=ROOT)
    return path, session_id


def floor_table(names: list[tuple[str, str]]) -> bytes:
    """The least a table of these names costs: plain strings, one font, no furniture."""
    out = io.BytesIO()
    rows = [["#", "Name", "Department", "Signature"]]
    rows += [[str(i), n, d, ""] for i, (n, d) in enumerate(names, 1)]
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 9)]))
    SimpleDocTemplate(out, pagesize=A4, initialFontName=SANS).build([table])
    return out.getvalue()


def forget_text() -> None:
    """Each run pays for its own names and words, as a one-off export does: the collation
    keys and the slips' word widths kept from the last run are dropped. Font discovery
    and loading stay (start-up work that a program does once)."""
    from peerdesk.core.collation import name_key
    from peerdesk.reports import textblock

    name_key.cache_clear()
    textblock._widths.clear()


def measure(cases: list[tuple[str, object]], runs: int) -> dict[str, tuple[float, float, int]]:
    """(median CPU seconds, peak MiB, bytes) per case. The cases take turns, one run each
    per round, so a busy spell on the machine falls on the floor and the documents alike
    rather than on whichever case it happened to meet."""
    times: dict[str, list[float]] = {label: [] for label, _fn in cases}
    sizes: dict[str, int] = {}
    for _ in range(runs):
        for label, fn in cases:
            forget_text()
            start = time.process_time()
            sizes[label] = len(fn())
            times[label].append(time.process_time() - start)
    out = {}
    for label, fn in cases:
        tracemalloc.start()
        fn()
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out[label] = (statistics.median(times[label]), peak / 2**20, sizes[label])
    return out


def agenda_cold(path: Path, session_id: int, out: Path, runs: int) -> tuple[float, float]:
    """(median CPU seconds of the command, user and system, median wall seconds)."""
    cpu, wall = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "peerdesk", "export", "agenda", str(path),
                        "--session", str(session_id), "-o", str(out)], check=True,
                       capture_output=True, cwd=ROOT)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(cpu), statistics.median(wall)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path, session_id = make_program(Path(tmp), args.people)
        program = Program.open(path)
        names = [(r[0], r[1]) for r in program.db.execute(
            "SELECT name, department FROM participants ORDER BY id")]
        today = date(2027, 3, 1)
        fonts().runs("王")  # font discovery is start-up work, not per document
        floor_table(names)  # warm-up: the fonts registered and parsed once

        def doc(kind: str):
            return lambda: export_document(program, kind, session_id=session_id, today=today,
                                           paper="a4").pdf

        cases = [(f"floor: bare table, {len(names)} rows", lambda: floor_table(names)),
                 ("sign-in sheet", doc("signin")), ("session pack", doc("pack")),
                 ("partner slips", doc("slips")), ("pairing list", doc("pairings"))]
        for _label, fn in cases[1:]:
            fn()  # warm-up: each document's modules imported once
        print(f"{args.people} people, median of {args.runs} runs (CPU s), "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"{'case':<34} {'median s':>9} {'x floor':>8} {'peak MiB':>9} {'KiB':>7}  target")
        results = measure(cases, args.runs)
        floor = results[cases[0][0]][0]
        missed = []
        for label, _fn in cases:
            seconds, peak, size = results[label]
            ratio = seconds / floor
            target = TARGETS.get(label)
            verdict = ""
            if target is not None:
                verdict = f"<= {target:.0f}x {'met' if ratio <= target else 'MISSED'}"
                if ratio > target:
                    missed.append(label)
            print(f"{label:<34} {seconds:>9.3f} {ratio:>8.1f} {peak:>9.1f} {size / 1024:>7.0f}"
                  f"  {verdict}")
        program.close()
        cpu, wall = agenda_cold(path, session_id, Path(tmp) / "agenda.pdf", 5)
        verdict = "met" if cpu <= AGENDA_TARGET else "MISSED"
        if cpu > AGENDA_TARGET:
            missed.append("agenda from the command line")
        print(f"{'agenda, command line, cold (CPU)':<34} {cpu:>9.3f} {'':>8} {'':>9} {'':>7}"
              f"  <= {AGENDA_TARGET} s {verdict}")
        print(f"{'  the same, wall clock':<34} {wall:>9.3f}   (the neighbours' load counts here)")
        print(f"load average after: {os.getloadavg()[0]:.1f}")
    if missed:
        print(f"missed: {', '.join(missed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
