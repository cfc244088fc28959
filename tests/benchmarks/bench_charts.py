"""Benchmark: the whole feedback dashboard for 20 cycles, 300 people, 20,000 responses.

Run as ``python tests/benchmarks/bench_charts.py``. Prints, for each step, the median time
of several runs and the peak memory (tracemalloc), beside the floor measured in the same
run: one bare matplotlib figure of the dashboard's size drawn with the Agg renderer.
Target: the dashboard (statistics + drawing) in 0.5 s or less.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from peerdesk.charts.build import DASHBOARD_SIZE, dashboard_figure, new_figure, render
from peerdesk.core import feedback as fb
from peerdesk.core import participation as pt
from peerdesk.core.defaults import DEFAULT_QUESTIONS
from peerdesk.core.models import Cycle, Pairing, Participant, Session

CYCLES, PEOPLE, RESPONSES, SESSIONS_PER_CYCLE = 20, 300, 20_000, 6
DEPARTMENTS = ["Engineering", "Product", "Customer Success", "Sales", "Finance",
               "People & Culture", "Legal", "Operations"]
SKILLS = ["Python", "SQL", "Negotiation", "Figma", "Budgeting", "Presenting", "Git", "Excel"]
RUNS = 5


def make_data(seed: int = 7) -> fb.FeedbackData:
    rng = random.Random(seed)
    people = [Participant(f"P{i}", id=i, department=rng.choice(DEPARTMENTS),
                          hire_date=date(2015, 1, 1) + timedelta(days=rng.randint(0, 3000)))
              for i in range(1, PEOPLE + 1)]
    for p in rng.sample(people, 30):
        p.left_company, p.archived_on = True, date(2024, 1, 1) + timedelta(days=rng.randint(0, 900))
    cycles, sessions, attendance, pairings = [], [], [], []
    for c in range(1, CYCLES + 1):
        start = date(2020, 1, 1) + timedelta(days=90 * c)
        cycles.append(Cycle(f"Cycle {c}", id=c, start_date=start))
        members = rng.sample(range(1, PEOPLE + 1), 150)
        pairings += [Pairing(c, members[i:i + 2]) for i in range(0, 150, 2)]
        for k in range(SESSIONS_PER_CYCLE):
            sid = len(sessions) + 1
            sessions.append(Session(c, f"S{k + 1}", id=sid, date=start + timedelta(days=14 * k)))
            attendance += [fb.AttendanceRecord(sid, m, "present" if rng.random() < 0.85
                                               else "absent") for m in members]
    scale = [q for q in DEFAULT_QUESTIONS if q.kind == "scale"]
    responses = []
    for _ in range(RESPONSES):
        s = rng.choice(sessions)
        phase = rng.choice(("session",) * 8 + ("before", "after"))
        r = fb.ResponseRecord(s.cycle_id, s.id if phase == "session" else None,
                              rng.choice(DEPARTMENTS), phase)
        if phase == "session":
            r.values = {q.key: float(rng.randint(1, 5)) for q in scale}
            r.values["recommend"] = float(rng.randint(0, 10))
            if rng.random() < 0.1:
                r.comments.append("A comment")
        else:
            r.confidence = [(rng.choice(SKILLS), float(rng.randint(1, 5)))]
        responses.append(r)
    return fb.FeedbackData(cycles, sessions, list(DEFAULT_QUESTIONS), responses, attendance,
                           pairings, people)


def measure(fn) -> tuple[float, float, float]:
    """Median wall seconds and median CPU seconds over RUNS (on a shared machine the CPU
    time says what the work costs, the wall time what the user waits), and the peak MiB
    of one traced run."""
    wall, cpu = [], []
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return statistics.median(wall), statistics.median(cpu), peak / 2**20


def bare_figure() -> None:
    fig = new_figure(DASHBOARD_SIZE)
    fig.add_subplot().plot([0, 1], [0, 1])
    render(fig)


def dashboard(data: fb.FeedbackData, scope: fb.Scope):
    def run() -> None:
        data.cache.clear()  # as after an edit: the statistics are computed afresh
        render(dashboard_figure(data, scope))
    return run


def statistics_only(data: fb.FeedbackData, scope: fb.Scope):
    def run() -> None:
        data.cache.clear()
        for f in (fb.engagement, fb.safety_trend, fb.enps_trend, fb.confidence_change,
                  pt.department_heatmap, pt.cross_department_share,
                  pt.participation_by_department, pt.retention):
            f(data, scope)
    return run


def main() -> None:
    data = make_data()
    print(f"{CYCLES} cycles, {PEOPLE} people, {len(data.responses):,} responses, "
          f"{len(data.attendance):,} attendance records, {RUNS} runs (median)\n")
    rows = [("floor: bare figure, same size", *measure(bare_figure))]
    rows.append(("statistics only, all cycles", *measure(statistics_only(data, fb.Scope()))))
    rows.append(("dashboard, all cycles", *measure(dashboard(data, fb.Scope()))))
    rows.append(("dashboard, one cycle (sessions)",
                 *measure(dashboard(data, fb.Scope(cycle_ids=(CYCLES,))))))
    rows.append(("dashboard, one department",
                 *measure(dashboard(data, fb.Scope(department="Sales")))))
    print(f"{'step':<34}{'wall (s)':>10}{'cpu (s)':>9}{'x floor':>9}{'peak MiB':>10}")
    floor = rows[0][1]
    for name, seconds, cpu, peak in rows:
        print(f"{name:<34}{seconds:>10.3f}{cpu:>9.3f}{seconds / floor:>9.1f}{peak:>10.1f}")
    worst = max(r[1] for r in rows[2:])
    print(f"\ntarget 0.5 s for the dashboard: {'met' if worst <= 0.5 else 'NOT met'} "
          f"(slowest {worst:.3f} s wall, load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
