"""The chart worker process's protocol: one JSON request a line, one answer a line; a
request it cannot draw is answered in words and the worker carries on."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from peerdesk.charts.worker import serve
from peerdesk.store import demo
from peerdesk.store.cycles import list_cycles
from peerdesk.store.program import Program


def _program(tmp_path):
    path = tmp_path / "demo.peerdesk"
    program = Program.create(path)
    demo.populate(program)
    cycle = list_cycles(program)[-1].id
    program.close()
    return path, cycle


def test_requests_are_drawn_from_the_program_file_and_errors_answered(tmp_path):
    path, cycle = _program(tmp_path)
    requests = [
        {"id": 1, "kind": "enps", "cycles": [cycle], "department": None, "width": 500,
         "ratio": 2.0, "program": str(path), "data": None, "out": str(tmp_path / "1.rgba")},
        {"id": 2, "kind": "pie", "cycles": None, "department": None, "width": 500,
         "program": str(path), "data": None, "out": str(tmp_path / "2.rgba")},
        {"id": 3, "kind": "dashboard", "cycles": None, "department": None, "width": 640,
         "program": str(path), "data": None, "out": str(tmp_path / "3.rgba")},
    ]
    sink = io.StringIO()
    serve(io.StringIO("".join(json.dumps(r) + "\n" for r in requests) + "not json\n"), sink)
    replies = [json.loads(line) for line in sink.getvalue().splitlines()]
    first, refused, dashboard, garbled = replies
    assert first["width"] == 1000 and first["height"] == 640  # 500 logical px at 2x
    assert (tmp_path / "1.rgba").stat().st_size == 1000 * 640 * 4
    assert any("eNPS" in t for t in first["texts"]) and first["anonymous"] is True
    assert refused["id"] == 2 and "Unknown chart" in refused["error"]
    assert dashboard["width"] == 640 and "Is the program working?" in dashboard["texts"]
    assert garbled["id"] is None and "error" in garbled


def test_the_worker_runs_as_a_module_and_leaves_at_end_of_input(tmp_path):
    path, cycle = _program(tmp_path)
    request = {"id": 7, "kind": "safety", "cycles": [cycle], "department": None, "width": 400,
               "program": str(path), "data": None, "out": str(tmp_path / "7.rgba")}
    done = subprocess.run([sys.executable, "-m", "peerdesk.charts.worker"],
                          input=json.dumps(request) + "\n", capture_output=True, text=True,
                          timeout=120, check=True)
    assert json.loads(done.stdout)["id"] == 7


def _ask(path, tmp_path, rid, **extra):
    request = {"id": rid, "kind": "enps", "cycles": None, "department": None, "width": 400,
               "program": str(path), "data": None, "out": str(tmp_path / f"{rid}.rgba"), **extra}
    sink = io.StringIO()
    serve(io.StringIO(json.dumps(request) + "\n"), sink)
    return json.loads(sink.getvalue())


def test_the_worker_reads_the_file_again_only_when_it_changed(tmp_path, monkeypatch):
    """A redraw of unchanged data reuses the figures read (and worked out) before; an
    edit to the file, or a new edit count from the window, reads them afresh."""
    import peerdesk.store.feedback as store_feedback
    from peerdesk.store.sessions import list_sessions

    path, cycle = _program(tmp_path)
    reads = []
    real = store_feedback.load_feedback_data
    monkeypatch.setattr(store_feedback, "load_feedback_data",
                        lambda program: reads.append(1) or real(program))
    first = _ask(path, tmp_path, 1)
    _ask(path, tmp_path, 2)
    assert len(reads) == 1
    _ask(path, tmp_path, 3, version=1)  # the window saw an edit
    assert len(reads) == 2
    with Program.open(path) as program:  # an edit the window did not say (another copy)
        session = list_sessions(program, cycle)[0]
        program.db.execute("UPDATE sessions SET title = 'Renamed' WHERE id = ?", [session.id])
    again = _ask(path, tmp_path, 4, version=1)
    assert len(reads) == 3
    assert again["width"] == first["width"]


def test_the_cycle_collector_waits_until_the_answer_is_written(tmp_path):
    """The worker holds Python's cycle collector off while it answers and collects once
    the answer is written: no collection may start inside the answer, not even the one a
    collector turned back on would start at the next allocation (its counts long past the
    thresholds), and the answer's garbage is collected after the answer line is out."""
    import gc

    path, _cycle = _program(tmp_path)
    request = {"id": 1, "kind": "dashboard", "cycles": None, "department": None, "width": 900,
               "program": str(path), "data": None, "out": str(tmp_path / "1.rgba")}
    events: list[str] = []

    class Sink(io.StringIO):
        def write(self, text: str) -> int:
            events.append("answer written")
            return super().write(text)

    def heard(phase: str, info: dict) -> None:
        if phase == "start":
            events.append("collection")

    gc.collect()
    gc.callbacks.append(heard)
    try:
        serve(io.StringIO(json.dumps(request) + "\n" + json.dumps({**request, "id": 2}) + "\n"),
              Sink())
    finally:
        gc.callbacks.remove(heard)
    assert gc.isenabled()
    assert events[0] == "answer written", events
    assert events.count("answer written") == 2
    first, second = events.index("answer written"), len(events) - 1 - events[::-1].index("answer written")
    assert "collection" in events[first:second] and events[-1] == "collection", events
