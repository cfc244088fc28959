"""The chart worker: a separate process that computes and draws charts into pictures, so
the window never waits for matplotlib (``python -m peerdesk.charts.worker``).

Why a process and not a thread: a drawing holds Python's interpreter lock for most of a
second, and PySide6 6.12 corrupts ``None``'s reference count when the window's thread
calls into Qt while another Python thread runs (a crash, "deallocating None"). A process
shares neither.

The protocol is one JSON object a line. A request::

    {"id": 7, "kind": "dashboard", "cycles": [3] or null, "department": "Sales" or null,
     "width": 640, "ratio": 2.0, "program": "/path/file.peerdesk" or null,
     "data": "/tmp/x.pickle" or null, "out": "/tmp/x.rgba", "version": 12,
     "language": "de"}

reads the figures from the program file (read-only, its own connection) or from a pickled
``FeedbackData`` the caller wrote (and keeps them, and all worked out from them, until
that file changes or the caller's ``version``, a count of its edits, moves on), draws, writes the RGBA pixels to ``out`` and answers::

    {"id": 7, "width": 1280, "height": 5562, "texts": [...], "anonymous": true,
     "min_group_size": 5}

or ``{"id": 7, "error": "what went wrong"}``. ``{"id": 1, "kind": "prepare", "width": 1080,
"ratio": 1.0}``, which the window sends when it starts the worker (with the app, before
any program is open), makes the empty dashboard ready for that width
(:func:`peerdesk.charts.build.prepare`) and answers ``{"id": 1, "prepared": true}``. A request with ``"save": "/path/chart.pdf"``
writes the chart (or dashboard) at its file size in that format instead and answers
``{"id": 7, "saved": "/path/chart.pdf"}``. End of input ends the worker.
"""

from __future__ import annotations

import gc
import json
import os
import pickle
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from peerdesk.core.feedback import FeedbackData, Scope
from peerdesk.i18n import translation_for

PREPARE = "prepare"  # the request the window sends when it starts the worker


def _version(path: str) -> tuple:
    """What changes whenever the program file does: its size and time, and its write-ahead
    log's (a write lands in the log first; a checkpoint moves it into the file). An empty
    log is no log: a reader's opening makes one."""
    stamps: list[tuple[int, int, int] | None] = []
    for name in (path, path + "-wal"):
        try:
            info = os.stat(name)
        except FileNotFoundError:
            stamps.append(None)
        else:
            if name != path and info.st_size == 0:
                stamps.append(None)
                continue
            stamps.append((info.st_size, info.st_mtime_ns, info.st_ino))
    return (path, *stamps)


_loaded: dict[tuple, FeedbackData] = {}  # the last data read, by where and which version


def _load(request: dict) -> FeedbackData:
    """The figures to draw: read afresh when the file changed since the last request, else
    the snapshot already read, with everything already worked out from it."""
    source = request.get("data") or request["program"]
    version = (request.get("version"), *_version(source))
    if version in _loaded:
        return _loaded[version]
    if request.get("data"):
        with open(request["data"], "rb") as handle:
            data = pickle.load(handle)
        if not isinstance(data, FeedbackData):
            raise TypeError("the data file holds no feedback figures")
    else:
        from peerdesk.store.feedback import load_feedback_data
        from peerdesk.store.program import Program

        with Program.open(request["program"], read_only=True) as program:
            data = load_feedback_data(program)
    if _version(source) == version[1:]:  # not written to while it was read
        _loaded.clear()
        _loaded[version] = data
    return data


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cycle collector held off for one answer: reading a program makes tens of
    thousands of objects and a drawing thousands more, and the collector, woken by every
    few hundred of them, walks the whole heap again and again (a third of the first
    drawing's time). :func:`serve` collects once the answer is written, while nobody
    waits."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            # Back on without collecting now. Turned on as it is, the collector would find
            # its counts long past their thresholds and walk the heap at the very next
            # allocation, before the answer is even written (a sixth of a first drawing).
            # Freezing and unfreezing sets the answer's objects aside as old ones and
            # zeroes the counts; serve() collects them all once the answer is written.
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def answer(request: dict) -> dict:
    """Draw one request (see the module's docstring) and say what was drawn."""
    with collection_paused():
        return _answer(request)


def _answer(request: dict) -> dict:
    from peerdesk.charts.build import picture, prepare, save_chart

    if request["kind"] == PREPARE:
        prepare(int(request["width"]), float(request.get("ratio", 1.0)))
        return {"id": request["id"], "prepared": True}
    data = _load(request)
    cycles = request.get("cycles")
    scope = Scope(tuple(cycles) if cycles is not None else None, request.get("department"))
    if request.get("save"):
        with translation_for(request.get("language")).active():
            saved = save_chart(request["kind"], data, scope, request["save"])
        return {"id": request["id"], "saved": str(saved)}
    with translation_for(request.get("language")).active():  # the window's language
        pic = picture(request["kind"], data, scope, int(request["width"]),
                      float(request.get("ratio", 1.0)))
    Path(request["out"]).write_bytes(pic.rgba)
    return {"id": request["id"], "width": pic.width, "height": pic.height,
            "texts": list(pic.texts), "anonymous": data.anonymous,
            "min_group_size": data.min_group_size}


def plain(exc: Exception) -> str:
    """What went wrong, in words for the user: the system's words for a file that could not
    be read or written, our own messages as they are; a programmer's error says its kind."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if isinstance(exc, ValueError) and type(exc) is ValueError:
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def serve(source: IO[str], sink: IO[str]) -> None:
    for line in source:
        if not line.strip():
            continue
        request: dict = {}
        try:
            request = json.loads(line)
            reply = answer(request)
        except Exception as exc:
            reply = {"id": request.get("id"), "error": plain(exc)}
        sink.write(json.dumps(reply) + "\n")
        sink.flush()
        gc.collect()  # the answer's garbage, now that the window has its picture


def main() -> int:
    serve(sys.stdin, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
