"""Charts drawn off the window's thread: the window asks the chart worker process
(:mod:`peerdesk.charts.worker`) for a picture and shows it when the answer arrives.

The whole dashboard of a long program takes most of a second to compute and draw; on the
window's thread that second is a frozen window. Here the window only writes a request
line and, later, reads a picture. There are no Python threads in the window (see the
worker's docstring for why): the worker's answers arrive through Qt's event loop.

One worker process serves every panel of the app. It is started when the first panel is
built (with the window, before any program is open) and told to prepare the empty
dashboard then (:meth:`ChartService.prepare`), so the first drawing of a program does not
also build the dashboard. Each panel's :class:`ChartDrawer` has at most one drawing under way, and
only its newest request counts: asking again while one is drawn queues the new one and
drops whatever was queued before it.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import pickle
import sys
import tempfile
from dataclasses import dataclass
from itertools import count
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from peerdesk.core.feedback import FeedbackData, Scope

STOP_WAIT_MS = 3000
PREPARE_WIDTH_PX = 480  # about the charts panel's width in a 1280 x 800 window (one column);
# the first drawing resizes the prepared dashboard to the width it asks for, in one column or
# two (peerdesk.charts.build.kept_dashboard)


@dataclass(frozen=True)
class ChartRequest:
    kind: str  # a chart kind, or "dashboard"
    scope: Scope
    width_px: int
    pixel_ratio: float
    # Where the figures come from: the program file, read by the worker through its own
    # read-only connection, or data already loaded (an in-memory program).
    path: Path | None = None
    data: FeedbackData | None = None
    data_file: Path | None = None  # figures already pickled (tests of large programs)
    version: int = 0  # counts the edits the window has seen: the worker re-reads on a new one
    language: str | None = None  # the charts' words and dates (None: the worker's default)
    save_to: Path | None = None  # write the chart to this file (.png, .svg, .pdf) instead


@dataclass(frozen=True)
class Drawn:
    image: QImage
    texts: tuple[str, ...]
    anonymous: bool
    min_group_size: int


def worker_command() -> list[str]:
    """How to start the worker: this Python with the module, or the frozen app itself."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--chart-worker"]
    return [sys.executable, "-m", "peerdesk.charts.worker"]


class ChartService(QObject):
    """The one worker process, its requests and its answers."""

    answered = Signal(int, object)  # request id, the worker's reply (a dict)

    _instance: ChartService | None = None

    @classmethod
    def instance(cls) -> ChartService:
        if cls._instance is None:
            cls._instance = cls(QApplication.instance())
        return cls._instance

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._folder = tempfile.TemporaryDirectory(prefix="peerdesk-charts-")
        self._ids = count(1)
        self._pending: dict[int, Path | None] = {}  # request id -> its data file, if any
        self._buffer = b""
        self._process: QProcess | None = None
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        atexit.register(self.stop)  # a script or test that never runs the event loop

    def _start_process(self) -> QProcess:
        if self._process is not None and self._process.state() != QProcess.ProcessState.NotRunning:
            return self._process
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(lambda: self._read(process))
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._ended)
        command = worker_command()
        process.start(command[0], command[1:])
        self._process, self._buffer = process, b""
        return process

    def prepare(self, pixel_ratio: float = 1.0) -> None:
        """Start the worker now, if it is not running, and have it make the empty dashboard
        while nobody waits for it. Its answer is not waited for."""
        if self._process is not None and self._process.state() != QProcess.ProcessState.NotRunning:
            return
        line = {"id": next(self._ids), "kind": "prepare", "width": PREPARE_WIDTH_PX,
                "ratio": pixel_ratio}
        self._start_process().write((json.dumps(line) + "\n").encode())

    def submit(self, request: ChartRequest) -> int:
        """Send a request; ``answered`` says when its picture is ready."""
        rid = next(self._ids)
        out = Path(self._folder.name) / f"{rid}.rgba"
        data_file = request.data_file
        if request.path is None and data_file is None:
            data_file = Path(self._folder.name) / f"{rid}.pickle"
            data_file.write_bytes(pickle.dumps(request.data, protocol=pickle.HIGHEST_PROTOCOL))
        line = {"id": rid, "kind": request.kind,
                "cycles": list(request.scope.cycle_ids) if request.scope.cycle_ids is not None
                else None,
                "department": request.scope.department, "width": request.width_px,
                "ratio": request.pixel_ratio,
                "program": str(request.path) if request.path is not None else None,
                "data": str(data_file) if data_file else None, "out": str(out),
                "version": request.version, "language": request.language,
                "save": str(request.save_to) if request.save_to is not None else None}
        self._pending[rid] = data_file
        self._start_process().write((json.dumps(line) + "\n").encode())
        return rid

    def picture_path(self, rid: int) -> Path:
        return Path(self._folder.name) / f"{rid}.rgba"

    def _read(self, process: QProcess) -> None:
        if process is not self._process:
            return  # a worker already stopped: its late answers are not waited for
        self._buffer += bytes(process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                reply = json.loads(line)
            except ValueError:
                continue  # not ours (a library printing); the request times out as failed
            rid = reply.get("id")
            if rid in self._pending:
                data_file = self._pending.pop(rid)
                if data_file is not None and data_file.parent == Path(self._folder.name):
                    data_file.unlink(missing_ok=True)
                self.answered.emit(rid, reply)

    def _ended(self, *_args) -> None:
        """The worker stopped (crashed, killed, or could not start): say so to every
        request still waiting; the next request starts a new worker."""
        process, self._process = self._process, None
        pending, self._pending = self._pending, {}
        for rid in pending:
            self.answered.emit(rid, {"id": rid, "error": QCoreApplication.translate(
                "ChartWorker", "the chart worker stopped")})
        if process is not None:
            process.deleteLater()

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        # at interpreter exit Qt may have deleted the process already
        with contextlib.suppress(RuntimeError):
            self._stop(process)
        self._pending.clear()

    def _stop(self, process: QProcess) -> None:
        process.finished.disconnect(self._ended)
        process.errorOccurred.disconnect(self._ended)
        process.closeWriteChannel()  # end of input: the worker leaves by itself
        if not process.waitForFinished(STOP_WAIT_MS):
            process.kill()
            process.waitForFinished(STOP_WAIT_MS)


def _drawn(reply: dict, out: Path, ratio: float) -> Drawn:
    pixels = out.read_bytes()
    out.unlink(missing_ok=True)
    width, height = reply["width"], reply["height"]
    image = QImage(pixels, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(ratio)
    return Drawn(image, tuple(reply["texts"]), reply["anonymous"], reply["min_group_size"])


class _Asking(QObject):
    """What a drawer and a saver share: the service, the one request of theirs under way,
    and telling its answer (and only its) apart from every other panel's."""

    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, service: ChartService | None = None):
        super().__init__(parent)
        self._service = service or ChartService.instance()
        self._service.answered.connect(self._answer)
        self._running: tuple[int, ChartRequest] | None = None

    @property
    def busy(self) -> bool:
        return self._running is not None

    def _launch(self, request: ChartRequest) -> None:
        self._running = (self._service.submit(request), request)

    def _answer(self, rid: int, reply: dict) -> None:
        if self._running is None or self._running[0] != rid:
            return  # another panel's
        request = self._running[1]
        self._running = None
        self._answered(request, reply, self._service.picture_path(rid))

    def _answered(self, request: ChartRequest, reply: dict, out: Path) -> None:
        raise NotImplementedError

    def _failed(self, reply: dict) -> bool:
        """Say the worker's error, if the reply is one."""
        if "error" in reply:
            self.failed.emit(str(reply["error"]))
            return True
        return False


class ChartDrawer(_Asking):
    """One panel's drawings: the newest request drawn by the worker; ``drawn`` or
    ``failed`` tells when."""

    drawn = Signal(object)  # Drawn

    def __init__(self, parent: QObject | None = None, service: ChartService | None = None):
        super().__init__(parent, service)
        self._queued: ChartRequest | None = None
        if service is None:  # the app's worker: started with the first panel, prepared
            screen = QGuiApplication.primaryScreen()
            self._service.prepare(screen.devicePixelRatio() if screen is not None else 1.0)

    @property
    def busy(self) -> bool:
        return self._running is not None or self._queued is not None

    def request(self, request: ChartRequest) -> None:
        """Draw this (the newest wish wins over any drawing not yet started)."""
        if self._running is not None:
            self._queued = request
            return
        self._launch(request)
        self.busyChanged.emit(True)

    def _answered(self, request: ChartRequest, reply: dict, out: Path) -> None:
        queued, self._queued = self._queued, None
        if queued is not None:  # a newer wish came in meanwhile: this picture is stale
            out.unlink(missing_ok=True)
            self._launch(queued)
            return
        self.busyChanged.emit(False)
        if self._failed(reply):
            return
        try:
            drawn = _drawn(reply, out, request.pixel_ratio)
        except (OSError, KeyError, ValueError) as exc:
            self.failed.emit(QCoreApplication.translate(
                "ChartWorker", "the picture could not be read ({error})").format(error=exc))
            return
        self.drawn.emit(drawn)


class ChartSaver(_Asking):
    """A panel's Export Chart…: the worker draws the chart at its file size and writes the
    file (about a second for the dashboard) while the window stays free; ``saved`` or
    ``failed`` tells when. One at a time."""

    saved = Signal(object)  # Path

    def save(self, request: ChartRequest) -> bool:
        """Start writing ``request.save_to``; False (and nothing started) while one is."""
        if self._running is not None or request.save_to is None:
            return False
        self._launch(request)
        self.busyChanged.emit(True)
        return True

    def _answered(self, request: ChartRequest, reply: dict, out: Path) -> None:
        out.unlink(missing_ok=True)
        self.busyChanged.emit(False)
        if self._failed(reply):
            return
        if "saved" in reply:
            self.saved.emit(Path(reply["saved"]))
        else:
            self.failed.emit(QCoreApplication.translate(
                "ChartWorker", "the chart worker gave no answer"))
