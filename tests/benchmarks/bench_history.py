"""Benchmark: the check over every reading (issue 12) on a program of 300 people, 20 cycles.

Run as ``python tests/benchmarks/bench_history.py``. The program is bench_charts' (300
people, 20 cycles of 6 sessions), its departments folded into three of about 100 people
(so that most batches can join: each brings every department at least k forms), with up
to 70 forms a session and up to 30 skill-confidence forms per round. Its forms arrive as the facilitator would
bring them in: each session's forms in one import, the before and after rounds of a cycle
each in one, in date order (160 batches); a batch the check refuses is left out (as
an import whose rows stay in the export). Every batch is checked against the whole
history so far (``peerdesk.core.disclosure_history.joining``), which grows as it goes;
each form carries its response id, as the store's data does, so the history follows the
forms by id (as while the program is open).

It prints, for the last 10 batches (the longest history), the median and the slowest time
of that check, beside a floor measured on the same batches in the same run: the check of
the figures before and after alone (``joining_gives_away``, which reads no history); and
the size of the history at the end; and the time to number and order the final history's
rows as the file keeps them (``canonical``, at every save). Target: the median check and
that write together within 2 s a batch (an import or Finish Typing waits for them).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "core"))

from bench_charts import DEPARTMENTS, make_data  # noqa: E402
from disclosure_two_moments import joining_gives_away  # noqa: E402

from peerdesk.core.disclosure_history import first_reading, joining  # noqa: E402
from peerdesk.core.feedback import FeedbackData  # noqa: E402
from peerdesk.store.disclosure_history import canonical  # noqa: E402

TARGET = 2.0
LAST = 10


def batches(data: FeedbackData) -> list[list]:
    by: dict[tuple, list] = defaultdict(list)
    for r in data.responses:
        by[r.cycle_id, r.session_id, r.phase].append(r)
    dates = {s.id: s.date for s in data.sessions}
    order = []
    for (cycle, session, phase), forms in by.items():
        cap = 70 if phase == "session" else 30
        when = (cycle, 0 if phase == "before" else 2 if phase == "after" else 1,
                dates.get(session) or 0)
        order.append((when, forms[:cap]))
    order.sort(key=lambda x: (x[0][0], x[0][1], str(x[0][2])))
    return [forms for _, forms in order]


def main() -> int:
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    full = make_data()
    full.min_group_size = 5
    fold = {d: f"Department {i % 3 + 1}" for i, d in enumerate(DEPARTMENTS)}
    for p in full.people:
        p.department = fold.get(p.department, p.department)
    for r in full.responses:
        r.department = fold.get(r.department, r.department)
    empty = FeedbackData(full.cycles, full.sessions, full.questions, [], full.attendance,
                         full.pairings, full.people, 5)
    # each form's response id, as the store notes it, so that the history follows forms
    # by id (the check as the program runs it)
    ids = {id(r): rid for rid, r in enumerate(full.responses, 1)}
    empty.cache["ids"] = ids
    data, history = empty, first_reading(empty)
    times, floors, joined = [], [], 0
    steps = batches(full)
    start = time.perf_counter()
    for i, batch in enumerate(steps):
        candidate = batch  # one import; refused, its rows stay in the export
        t = time.perf_counter()
        outcome = joining(history, data, candidate)
        times.append(time.perf_counter() - t)
        if i >= len(steps) - LAST:
            t = time.perf_counter()
            joining_gives_away(data, candidate)
            floors.append(time.perf_counter() - t)
        if outcome.why:
            continue
        history, joined = outcome.history, joined + 1
        data = FeedbackData(full.cycles, full.sessions, full.questions,
                            data.responses + candidate, full.attendance, full.pairings,
                            full.people, 5)
        data.cache["ids"] = ids
    total = time.perf_counter() - start
    writes = []
    for _ in range(5):  # the rows the file keeps, numbered by what they are (each save)
        t = time.perf_counter()
        canonical(history)
        writes.append(time.perf_counter() - t)
    median, slowest = statistics.median(times[-LAST:]), max(times[-LAST:])
    floor = statistics.median(floors)
    classes, shown, withheld = history.size()
    write = statistics.median(writes)
    verdict = "ok" if median + write <= TARGET else "MISSED"
    print(f"{len(steps)} batches ({joined} joined, {len(data.responses)} forms counted) "
          f"in {total:.1f} s; history at the end: {history.readings} readings kept as "
          f"{classes} classes, {shown} shown and {withheld} withheld facts")
    print(f"{'step (last ' + str(LAST) + ' batches)':<44} {'median s':>9} {'max s':>7} "
          f"{'target':>7}")
    print(f"{'floor: figures before and after alone':<44} {floor:>9.3f} {max(floors):>7.3f}")
    print(f"{'check over every reading':<44} {median:>9.3f} {slowest:>7.3f}")
    print(f"{'history written as the file keeps it':<44} {write:>9.3f} {max(writes):>7.3f}")
    print(f"{'check and write, together':<44} {median + write:>9.3f} {'':>7} "
          f"{TARGET:>6.0f}s {verdict}")
    return 0 if verdict == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
