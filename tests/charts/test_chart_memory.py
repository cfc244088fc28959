"""The chart worker keeps one dashboard, whatever sizes the window asks for: a dashboard
drawn at an earlier size is freed, objects and all, once a new size replaces it."""

from __future__ import annotations

import gc
import io
import json

from peerdesk.charts import build, style
from peerdesk.charts.worker import serve
from peerdesk.store import demo
from peerdesk.store.program import Program

NEW_SIZES = (700, 760, 820, 880, 940, 1000)


def _objects() -> int:
    gc.collect()
    return len(gc.get_objects())


def test_new_window_sizes_leave_no_dashboard_behind(tmp_path):
    path = tmp_path / "demo.peerdesk"
    program = Program.create(path)
    demo.populate(program)
    program.close()

    def ask(width: int) -> None:
        request = {"id": width, "kind": "dashboard", "cycles": None, "department": None,
                   "width": width, "ratio": 1.0, "program": str(path), "data": None,
                   "out": str(tmp_path / "picture.rgba"), "version": 0}
        sink = io.StringIO()
        serve(io.StringIO(json.dumps(request) + "\n"), sink)
        assert "error" not in json.loads(sink.getvalue()), sink.getvalue()

    ask(640)
    ask(660)  # what is kept for the process (fonts, text layouts, the program read) is made
    start = _objects()
    growth = []
    for width in NEW_SIZES:
        ask(width)
        growth.append(_objects() - start)
    # One dashboard is some 20,000 objects (its axes, ticks, texts): a dashboard kept per
    # size would grow by that much at every new size. A few hundred come and go (caches).
    assert max(growth) < 3_000, growth
    assert len(build._kept) == 1
    live_twins = [ax for ax in list(style._TWINS.keys())]
    assert len(live_twins) <= 1, "the second scales of dashboards no longer drawn are freed"
