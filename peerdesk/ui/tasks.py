"""Long work off the UI thread, with a progress dialog that can cancel it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Worker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[..., object], parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn
        self.cancelled = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> bool:
        self.progressed.emit(int(done), int(total), text)
        return not self.cancelled.is_set()

    def run(self) -> None:
        try:
            result = self._fn(self.progress)
        except BaseException as exc:  # reported to the UI thread, never lost
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class Task(QObject):
    finished = Signal()

    def __init__(self, parent: QWidget | None, title: str, fn: Callable[..., object],
                 on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None] | None) -> None:
        super().__init__(parent)
        self.worker = _Worker(fn, self)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.worker.cancelled.set)
        self.worker.progressed.connect(self._progress)
        self.worker.succeeded.connect(lambda result: self._finish(on_done, result))
        self.worker.failed.connect(lambda exc: self._finish(on_error, exc, failed=True))

    def _progress(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        if text:
            self.dialog.setLabelText(text)

    def _finish(self, callback: Callable[[Any], None] | None, value: object,
                failed: bool = False) -> None:
        self.worker.wait()
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        try:
            if callback is not None:
                callback(value)
            elif failed:
                from peerdesk.ui import dialogs

                parent = self.parent()
                dialogs.error(parent if isinstance(parent, QWidget) else None,
                              self.tr("Something went wrong"), str(value))
        finally:
            self.finished.emit()


def start_task(parent: QWidget | None, title: str, fn: Callable[..., object],
               on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None] | None = None) -> Task:
    task = Task(parent, title, fn, on_done, on_error)
    task.worker.start()
    return task
