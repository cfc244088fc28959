"""Start the window: the QApplication, the crash log, and which program to open first."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from peerdesk import APP_NAME, __version__

log = logging.getLogger("peerdesk")


def _setup_logging() -> Path:
    from peerdesk.ui.settings import log_dir

    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "peerdesk.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def install_excepthook(log_path: Path) -> None:
    """An unhandled error is logged and shown in plain words; never silent, never a traceback."""

    def hook(exc_type, exc, tb):
        from peerdesk.ui.context import EditRefused

        if issubclass(exc_type, EditRefused):  # already explained to the user
            log.info("Edit refused: %s", exc)
            return
        log.error("Unhandled error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        app = QApplication.instance()
        if app is None or exc_type is KeyboardInterrupt:
            sys.__excepthook__(exc_type, exc, tb)
            return
        from peerdesk.ui import dialogs

        dialogs.error(QApplication.activeWindow(), QCoreApplication.translate("app", "PeerDesk ran into a problem"),
                      QCoreApplication.translate("app", "Something went wrong: {exc}\n\nYour saved work is safe: every change is "
                      "saved as you make it. Details were written to:\n{log_path}").format(exc=exc, log_path=log_path))

    sys.excepthook = hook


def make_app(argv: list[str] | None = None) -> QApplication:
    app = cast("QApplication | None", QApplication.instance()) or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("io.github.peerdesk.PeerDesk")
    from peerdesk.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    return app


def first_program_path() -> Path:
    """The demo program in the user's data folder, made on first start."""
    from peerdesk.ui.settings import data_dir

    return data_dir() / "Demo program.peerdesk"


def ensure_demo(path: Path) -> Path:
    if not path.exists():
        from peerdesk.store import demo
        from peerdesk.store.program import Program

        path.parent.mkdir(parents=True, exist_ok=True)
        program = Program.create(path)
        try:
            demo.populate(program)
        finally:
            program.close()
    return path


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


def _quit_after(app: QApplication, window, delay_ms: int) -> None:
    """Print when the window first painted (epoch seconds) and its peak memory, then quit."""
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer

    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)

    def report_and_quit() -> None:
        if not painted:  # not painted yet: look again shortly
            QTimer.singleShot(10, report_and_quit)
            return
        program = window.ctx.program
        print(f"PeerDesk {__version__} started: {program.path if program else 'no program'} "
              f"(painted at {painted[0]:.4f}, peak memory {_peak_rss_mb():.0f} MB)", flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(delay_ms, report_and_quit)


def run_app(file: str | None = None, lang: str | None = None) -> int:
    app = make_app()
    log_path = _setup_logging()
    install_excepthook(log_path)
    from peerdesk.ui import language, settings

    language.start(lang, app)
    from peerdesk.ui.main_window import MainWindow

    window = MainWindow()
    window.show_fitted()
    if file:
        window.open_path(file)
    else:
        last = settings.get("last_file")
        if last and Path(last).exists():
            window.open_path(last)
        else:
            window.open_path(str(ensure_demo(first_program_path())))
    quit_after = os.environ.get("PEERDESK_QUIT_AFTER_MS")
    if quit_after:  # a smoke test or benchmark: show the window, report, then leave
        _quit_after(app, window, int(quit_after))
    return app.exec()
