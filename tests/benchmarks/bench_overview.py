"""How long the program checklist takes to compute: the dock recomputes it after edits.

Run as ``python tests/benchmarks/bench_overview.py``. For each program it prints the
median time and the peak memory (tracemalloc) of one ``overview()``, beside a floor
measured in the same run: reading the participants once, which every checklist must do.
"""

from __future__ import annotations

import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import company, write_program

from peerdesk.store import demo
from peerdesk.store.cycles import current_cycle, list_cycles
from peerdesk.store.overview import overview
from peerdesk.store.participants import list_participants
from peerdesk.store.program import Program

RUNS = 5


def measure(fn) -> tuple[float, float]:
    """(median seconds, peak MiB) over RUNS calls."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return statistics.median(times), peak / 2**20


def cases():
    p = Program.create(None, "demo")
    demo.populate(p)
    yield "demo, 40 people, 2 cycles with feedback", p, current_cycle(p).id, None
    for n in (500, 2000):
        p = Program.create(None, f"synthetic {n}")
        comp = company(n, seed=1)
        write_program(p, comp)
        past = list_cycles(p)[1].id  # published pairs, many joined since
        yield f"synthetic, {n} people, past cycle", p, past, comp.today


def main() -> None:
    print(f"{'program':<44} {'checklist':>10} {'peak':>9} {'floor':>9}")
    for label, program, cycle_id, today in cases():
        took, peak = measure(lambda: overview(program, cycle_id, today))  # noqa: B023
        floor, _ = measure(lambda: list_participants(program))  # noqa: B023
        print(f"{label:<44} {took * 1000:>7.0f} ms {peak:>5.1f} MiB {floor * 1000:>6.0f} ms")
        program.close()


if __name__ == "__main__":
    main()
