"""Charts never block the window: while the dashboard of a 20-cycle program is computed
and drawn, the window's event loop keeps turning.

A timer asks to tick every 10 ms; if anything holds the window's thread, the ticks stop
and the gap between two of them grows. The dashboard of 20 cycles (300 people, 20,000
answers) takes the best part of a second to compute and draw, so drawn on the window's
thread it shows as one gap of that length.
"""

from __future__ import annotations

import pickle
import time

import pytest
from PySide6.QtCore import QTimer

from tests.benchmarks.bench_charts import make_data

pytestmark = pytest.mark.gui
TICK_MS = 10
MAX_GAP_MS = 100


class Ticks:
    def __init__(self):
        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))

    def gaps_ms(self) -> list[float]:
        return [1000 * (b - a) for a, b in zip(self.times, self.times[1:], strict=False)]


@pytest.fixture(scope="module")
def twenty_cycles(tmp_path_factory):
    """The figures of 20 cycles, on disk before the measure as a program file would be."""
    path = tmp_path_factory.mktemp("charts") / "twenty-cycles.pickle"
    path.write_bytes(pickle.dumps(make_data()))
    return path


@pytest.fixture
def panel(qtbot, twenty_cycles, monkeypatch):
    from peerdesk.store.program import Program
    from peerdesk.ui.context import ProgramContext
    from peerdesk.ui.feedback.charts_panel import ChartsPanel

    ctx = ProgramContext()
    ctx.set_program(Program.create(None))
    widget = ChartsPanel(ctx)
    # the worker reads the 20 cycles from a file, as it reads a program file (writing
    # 20,000 answers through the store would take longer than the test)
    monkeypatch.setattr(widget, "source", lambda: {"data_file": twenty_cycles})
    qtbot.addWidget(widget)
    widget.resize(700, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.stale, timeout=30_000)
    yield widget
    qtbot.waitUntil(lambda: not widget.drawer.busy, timeout=30_000)
    ctx.set_program(None)


def _redraw_dashboard(qtbot, panel, ticks: Ticks) -> None:
    ticks.timer.start()
    qtbot.waitUntil(lambda: len(ticks.times) >= 3)  # ticking before the redraw is asked
    panel.kind.setCurrentIndex(panel.kind.findData("dashboard"))
    qtbot.waitUntil(lambda: not panel.stale, timeout=30_000)
    ticks.timer.stop()


def test_the_window_keeps_turning_while_the_dashboard_is_drawn(qtbot, panel):
    ticks = Ticks()
    _redraw_dashboard(qtbot, panel, ticks)
    assert "Is the program working?" in panel.figure_texts()
    assert "All cycles \u00b7 all departments" in panel.figure_texts()
    gaps = ticks.gaps_ms()
    assert len(gaps) > 10  # the drawing took long enough to be measured at all
    assert max(gaps) <= MAX_GAP_MS, f"the window stalled {max(gaps):.0f} ms"


def test_the_measure_catches_a_stall(qtbot, panel, monkeypatch):
    """The adversary: draw on the window's thread (as before) and the same measure fails."""
    from peerdesk.charts.worker import answer
    from peerdesk.ui.feedback import chart_worker

    def on_window_thread(request):
        out = panel.drawer._service.picture_path(0)
        reply = answer({"id": 0, "kind": request.kind, "cycles": None, "department": None,
                        "width": request.width_px, "data": str(request.data_file),
                        "out": str(out)})
        panel.drawer.drawn.emit(chart_worker._drawn(reply, out, 1.0))

    monkeypatch.setattr(panel.drawer, "request", on_window_thread)
    ticks = Ticks()
    _redraw_dashboard(qtbot, panel, ticks)
    assert max(ticks.gaps_ms()) > MAX_GAP_MS
