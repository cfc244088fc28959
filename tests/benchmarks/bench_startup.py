"""Start-up: from `peerdesk FILE` to the window shown, for a 300-person program.

Beside it, the floor measured in the same run: a bare QApplication with an empty
QMainWindow shown, on the same platform plugin. Median of several runs each; memory
is the app's peak resident size when it is up and idle.

    python tests/benchmarks/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

FLOOR = """
import resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
painted = []
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append(time.time())
        return False
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 780)
f = FirstPaint(w); w.installEventFilter(f)
w.show()
def done():
    if not painted:
        QTimer.singleShot(10, done)
        return
    print(f"painted at {painted[0]:.4f}, peak memory",
          resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def make_program(folder: Path, size: int) -> Path:
    from synthetic import company, write_program

    from peerdesk.store.program import Program

    path = folder / f"company-{size}.peerdesk"
    program = Program.create(path, f"{size}-person company")
    write_program(program, company(size, seed=1))
    program.close()
    return path


def timed(argv: list[str], env: dict) -> tuple[float, float]:
    """Seconds from launching the process to its window's first paint, and its peak memory."""
    start = time.time()
    out = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120)
    if out.returncode != 0:
        raise SystemExit(f"{argv} failed:\n{out.stderr}")
    painted = float(re.search(r"painted at ([\d.]+)", out.stdout).group(1))
    memory = float(re.search(r"peak memory ([\d.]+)", out.stdout).group(1))
    return painted - start, memory


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--size", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = make_program(folder, args.size)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   HOME=str(folder / "home"), XDG_CONFIG_HOME=str(folder / "cfg"),
                   XDG_DATA_HOME=str(folder / "data"), XDG_STATE_HOME=str(folder / "state"),
                   PEERDESK_QUIT_AFTER_MS="0")
        # An installed PeerDesk has its bytecode compiled at install time: let this run
        # write it too, and warm up once, so source compilation is not what gets timed.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        timed([sys.executable, "-c", FLOOR], env)
        timed([sys.executable, "-m", "peerdesk", str(path)], env)
        floor, app = [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            floor.append(timed([sys.executable, "-c", FLOOR], env))
            app.append(timed([sys.executable, "-m", "peerdesk", str(path)], env))
    f_time = statistics.median(t for t, _ in floor)
    a_time = statistics.median(t for t, _ in app)
    f_mem = statistics.median(m for _, m in floor)
    a_mem = statistics.median(m for _, m in app)
    print(f"Start-up, {args.size}-person program, median of {args.runs} runs "
          f"(platform {env['QT_QPA_PLATFORM']})")
    print(f"{'':32}{'time (s)':>10}{'peak memory (MB)':>18}")
    print(f"{'floor: bare QMainWindow painted':32}{f_time:>10.3f}{f_mem:>18.0f}")
    print(f"{'peerdesk FILE, window painted':32}{a_time:>10.3f}{a_mem:>18.0f}")
    print(f"{'ratio (target <= 3.0)':32}{a_time / f_time:>10.2f}{'':>18}")
    print(f"{'memory target':32}{'':>10}{'<= 200 MB':>18}")


if __name__ == "__main__":
    main()
