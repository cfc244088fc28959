"""Benchmark: a 300-person session pack, beside its floor (a bare reportlab table of 300 rows
in the same embedded font, built in the same run).

Run from the repository root: ``python tests/benchmarks/bench_pdf.py [--people N] [--runs N]``.
Target: the pack in 0.5 s or less after imports. Time is the median of several runs;
peak memory is measured in a separate run under tracemalloc (which slows code down).
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle  # noqa: E402

from peerdesk.core.defaults import DEFAULT_CONDUCT, DEFAULT_QUESTIONS  # noqa: E402
from peerdesk.reports import base  # noqa: E402
from peerdesk.reports import data as D  # noqa: E402
from peerdesk.reports.fonts import SANS, fonts  # noqa: E402
from peerdesk.reports.pack import render_pack  # noqa: E402
from peerdesk.reports.pairings import render_slips  # noqa: E402
from peerdesk.reports.signin import render_signin  # noqa: E402

FIRST = ["Ana", "João", "Łukasz", "Ελένη", "Дмитрий", "Nguyễn Thị", "Zoë", "Inês", "Jürgen", "王"]
LAST = ["Ferreira", "Wróblewski", "Παπαδοπούλου", "Фёдоров", "Hương", "小明", "Ångström",
        "Carvalho", "Weiß", "Okonkwo-Abernathy"]
DEPTS = ["Engineering", "Sales", "Customer Success", "Finance", "Product", "People & Culture"]


def synthetic_pack(n: int, seed: int = 1) -> D.PackData:
    rng = random.Random(seed)
    people = [D.Person(f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}", rng.choice(DEPTS), i)
              for i in range(n)]
    s = D.SessionInfo(1, 1, "Spring 2027", "Kick-off", date(2027, 3, 3), "15:00", "16:30", 90,
                      "Room Ada", "Europe/Lisbon", "", "André Faria")
    agenda = [D.AgendaRow("15:00", "15:10", "Welcome and why we are here", 10, "Facilitator",
                          "Goals of the program and of this cycle."),
              D.AgendaRow("15:10", "15:25", "Reading the code of conduct together", 15,
                          "Facilitator", "Everyone signs the sheet."),
              D.AgendaRow("15:25", "15:40", "Icebreaker", 15, "Facilitator", ""),
              D.AgendaRow("15:40", "16:20", "Pair work: meet your partner", 40, "Pairs", ""),
              D.AgendaRow("16:20", "16:30", "Round-up", 10, "Facilitator", "")]
    groups = []
    for number, i in enumerate(range(0, n - 1, 2), start=1):
        a, b = people[i], people[i + 1]
        groups.append(D.Group(number, [D.Member(a.name, a.department, "peer", a.id),
                                       D.Member(b.name, b.department, "peer", b.id)],
                              [f"+3 {a.name} teaches SQL, {b.name} wants SQL",
                               f"+2 different departments ({a.department}, {b.department})"], 5.0))
    return D.PackData(s, D.SigninData(s, people, 1), D.AgendaData(s, agenda, "90 of 90 min"),
                      D.PairingsData("Spring 2027", groups),
                      D.ConductData(1, DEFAULT_CONDUCT, date(2027, 1, 1)),
                      D.FormData(list(DEFAULT_QUESTIONS), s))


def floor_table(pack: D.PackData) -> bytes:
    """The least a 300-row PDF table costs: plain strings, one embedded font, no furniture."""
    out = io.BytesIO()
    rows = [["#", "Name", "Department", "Signature"]]
    rows += [[str(i), p.name, p.department, ""] for i, p in enumerate(pack.signin.people, 1)]
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 9)]))
    SimpleDocTemplate(out, pagesize=A4, initialFontName=SANS).build([table])
    return out.getvalue()


def measure(fn, runs: int) -> tuple[float, float, int]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    fn()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(times), peak / 2**20, len(result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pack = synthetic_pack(args.people)
    furniture = base.Furniture("Acme peer learning", "Session pack", date(2027, 3, 1))
    fonts().runs("王")  # font discovery is start-up work, not per document
    floor_table(pack)  # warm-up: first use of the fonts registers and parses them
    cases = [
        (f"floor: bare table, {args.people} rows", lambda: floor_table(pack)),
        (f"sign-in sheet, {args.people} people", lambda: render_signin(pack.signin, furniture)),
        (f"session pack, {args.people} people", lambda: render_pack(pack, furniture)),
        (f"partner slips, {args.people} people", lambda: render_slips(pack.pairings, furniture)),
    ]
    print(f"{'case':<34} {'median s':>9} {'x floor':>8} {'peak MiB':>9} {'KiB':>7}")
    floor = None
    for label, fn in cases:
        seconds, peak, size = measure(fn, args.runs)
        floor = floor or seconds
        print(f"{label:<34} {seconds:>9.3f} {seconds / floor:>8.1f} {peak:>9.1f} {size / 1024:>7.0f}")
    print("target: session pack <= 0.500 s")


if __name__ == "__main__":
    main()
