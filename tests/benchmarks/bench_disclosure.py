"""Benchmark: the disclosure rule and its auditor on a program of 300 people and 20 cycles.

Run as ``python tests/benchmarks/bench_disclosure.py``. Two programs of 300 people and 20
cycles of 6 sessions: "busy" (bench_charts' 20,000 responses: every group is large) and
"sparse" (about 12 forms a session over 8 departments: many small groups, so the rule has
real suppression to do). For each it prints the median time of several runs and the peak
memory (tracemalloc) of building every figure (the figure book) and of auditing everything
published, beside a floor measured in the same run (one plain pass summing every answer
per session and department), and the load average.

Targets: the figure book in 1 s or less for each program (it is built once per dashboard
refresh); the audit in 60 s or less (it runs in the tests, not in the app).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "core"))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))

from bench_charts import DEPARTMENTS, make_data  # noqa: E402
from disclosure_auditor import audit  # noqa: E402

from peerdesk.core import feedback as fb  # noqa: E402
from peerdesk.core.disclosure import figure_book, figure_rows  # noqa: E402

RUNS = 3
BOOK_TARGET, AUDIT_TARGET = 1.0, 60.0


def sparse(seed: int = 11) -> fb.FeedbackData:
    """The busy program's people, cycles and sessions, with about 12 forms a session."""
    data = make_data(seed)
    rng = random.Random(seed)
    responses = []
    for s in data.sessions:
        for _ in range(rng.randint(4, 20)):
            responses.append(fb.ResponseRecord(
                s.cycle_id, s.id, rng.choice([*DEPARTMENTS, ""]), "session",
                {"usefulness": rng.randint(1, 5), "recommend": rng.randint(0, 10),
                 "safe_to_ask": rng.randint(1, 5), "ps_mistake_held": rng.randint(1, 5)},
                [], ["a comment"] if rng.random() < 0.3 else []))
    for c in data.cycles:
        for phase in ("before", "after"):
            for _ in range(rng.randint(3, 15)):
                responses.append(fb.ResponseRecord(c.id, None, "", phase, {},
                                                   [(rng.choice(["SQL", "Excel", "Git"]),
                                                     rng.randint(1, 5))], []))
    data.responses = responses
    data.min_group_size = 5
    return data


def floor(data: fb.FeedbackData) -> None:
    sums: dict[tuple, float] = defaultdict(float)
    for r in data.responses:
        for value in r.values.values():
            sums[r.session_id, r.department] += value


def measure(fn, runs: int = RUNS) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return statistics.median(times), peak / 2**20


def main() -> int:
    failed = False
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'program':<8} {'step':<28} {'median s':>9} {'peak MiB':>9} {'target':>8}")
    for name, data in (("busy", make_data()), ("sparse", sparse())):
        withheld = sum(1 for f in figure_book(data) if f.withheld)
        published = {"min_group_size": 5, "figures": figure_rows(figure_book(data))}
        steps = [("floor: one pass over answers", lambda d=data: floor(d), None),
                 ("figure book (the rule)", lambda d=data: figure_book(d), BOOK_TARGET),
                 ("auditor (exact fractions)", lambda d=data, p=published: audit(d, p),
                  AUDIT_TARGET)]
        for step, fn, target in steps:
            seconds, peak = measure(fn, 1 if target == AUDIT_TARGET else RUNS)
            verdict = "" if target is None else ("ok" if seconds <= target else "MISSED")
            failed |= verdict == "MISSED"
            print(f"{name:<8} {step:<28} {seconds:>9.3f} {peak:>9.1f} "
                  f"{'' if target is None else f'{target:.0f} s':>8} {verdict}")
        print(f"{name:<8} {len(data.responses)} responses, {len(published['figures'])} figures, "
              f"{withheld} withheld")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
