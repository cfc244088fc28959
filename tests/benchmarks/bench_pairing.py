"""Pairing speed, memory and quality on synthetic companies of 200, 1,000 and 3,000 people.

Run from the repository root: ``python tests/benchmarks/bench_pairing.py [--runs N]``.

For each size it prints the median time of a full run (after one warm-up that pays
for the imports), its peak memory (tracemalloc, in a separate run), the total score,
the proven upper bound, and in the same run two reference points: the floor (scoring
every pair and building the rules mask, which any method must do) and a greedy
highest-score-first baseline (time and total).

Targets (issue 4): 200 people <= 50 ms and exactly optimal; 1,000 people <= 200 ms with
the total >= 0.999 of the bound; 3,000 people <= 1.5 s and <= 500 MB.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from peerdesk.core.pairing import check_result, generate  # noqa: E402
from peerdesk.core.rules import Context, Options  # noqa: E402
from peerdesk.core.scoring import score_matrix  # noqa: E402
from tests.benchmarks.synthetic import company  # noqa: E402

TARGETS = {200: (0.050, None), 1000: (0.200, 0.999), 3000: (1.5, None)}


def _timed(fn, runs: int) -> tuple[float, object]:
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _peak_mb(fn) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def bench(n: int, runs: int, seed: int) -> dict:
    comp = company(n, seed)
    options = Options(today=comp.today)
    greedy = Options(today=comp.today, method="greedy")
    rules = comp.rules()

    def optimal_run():
        return generate(comp.people, comp.rules(), options)

    def floor_run():
        ctx = Context(comp.people, rules, options)
        ids = ctx.eligible()
        score_matrix([ctx.profile(i) for i in ids], options.weights)
        rules.allowed_matrix(ids)

    optimal_run()  # warm-up: imports and caches
    seconds, result = _timed(optimal_run, runs)
    floor, _ = _timed(floor_run, runs)
    greedy_seconds, baseline = _timed(lambda: generate(comp.people, comp.rules(), greedy), runs)
    peak = _peak_mb(optimal_run)
    broken = check_result(Context(comp.people, comp.rules(), options), result)
    return {"n": n, "seconds": seconds, "floor": floor, "peak": peak, "result": result,
            "greedy": baseline, "greedy_seconds": greedy_seconds, "broken": len(broken)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per size (median)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sizes", type=int, nargs="*", default=[200, 1000, 3000])
    args = parser.parse_args(argv)
    head = (f"{'people':>6} {'time ms':>8} {'floor ms':>8} {'peak MB':>8} {'total':>10} "
            f"{'bound':>10} {'of bound':>9} {'exact':>5} {'greedy':>10} {'of bound':>9} "
            f"{'greedy ms':>9} {'rules':>5}  target")
    print(head)
    print("-" * len(head))
    ok = True
    for n in args.sizes:
        row = bench(n, max(1, args.runs if n < 3000 else min(args.runs, 3)), args.seed)
        r = row["result"]
        g = row["greedy"]
        ratio = r.total / r.bound if r.bound else 1.0
        g_ratio = g.total / r.bound if r.bound else 1.0
        limit, quality = TARGETS.get(n, (None, None))
        verdict = []
        if limit is not None:
            verdict.append(f"<= {limit * 1000:.0f} ms " + ("ok" if row["seconds"] <= limit else "MISSED"))
        if n == 200:
            verdict.append("optimal " + ("ok" if r.exact else "MISSED"))
        if quality is not None:
            verdict.append(f">= {quality} " + ("ok" if ratio >= quality else "MISSED"))
        if n == 3000:
            verdict.append("<= 500 MB " + ("ok" if row["peak"] <= 500 else "MISSED"))
        ok = ok and all(v.endswith("ok") for v in verdict) and row["broken"] == 0
        print(f"{n:>6} {row['seconds'] * 1000:>8.1f} {row['floor'] * 1000:>8.1f} "
              f"{row['peak']:>8.1f} {r.total_points:>10.2f} {r.bound_points:>10.2f} "
              f"{ratio:>9.5f} {'yes' if r.exact else 'no':>5} {g.total_points:>10.2f} "
              f"{g_ratio:>9.5f} {row['greedy_seconds'] * 1000:>9.1f} "
              f"{'ok' if row['broken'] == 0 else row['broken']:>5}  {'; '.join(verdict)}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
