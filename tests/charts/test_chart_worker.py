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
