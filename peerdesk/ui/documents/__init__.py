"""Printed documents in the window: an Export entry for each PDF.

The main window adds :func:`menu_actions` to its menus. Another feature (the Sessions tab's
"Print…" button, say) opens the same dialog through ``ctx.invoke("print-document", ...)``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from peerdesk.ui import dialogs
from peerdesk.ui.icons import icon
from peerdesk.ui.language import QT_TRANSLATE_NOOP

__all__ = ["commands", "menu_actions", "show_export_dialog"]

# (kind, menu text, status tip), in the order facilitators use them
EXPORTS = (
    ("pack", QT_TRANSLATE_NOOP("documents", "Session &Pack (PDF)…"), QT_TRANSLATE_NOOP("documents", "Cover, agenda, sign-in sheet, pairs, code of conduct "
                                     "and feedback forms in one PDF")),
    ("signin", QT_TRANSLATE_NOOP("documents", "&Sign-in Sheet (PDF)…"), QT_TRANSLATE_NOOP("documents", "The invited people with boxes to sign")),
    ("agenda", QT_TRANSLATE_NOOP("documents", "&Agenda (PDF)…"), QT_TRANSLATE_NOOP("documents", "The session's agenda with start times")),
    ("pairings", QT_TRANSLATE_NOOP("documents", "Pairing &List (PDF)…"), QT_TRANSLATE_NOOP("documents", "Pairs and trios with their reasons, for you")),
    ("slips", QT_TRANSLATE_NOOP("documents", "Pa&rtner Slips (PDF)…"), QT_TRANSLATE_NOOP("documents", "One slip per participant naming their partner")),
    ("feedback-form", QT_TRANSLATE_NOOP("documents", "&Feedback Form (PDF)…"), QT_TRANSLATE_NOOP("documents", "The feedback form to fill in by hand")),
    ("conduct", QT_TRANSLATE_NOOP("documents", "Code of Con&duct Sheet (PDF)…"), QT_TRANSLATE_NOOP("documents", "The code of conduct with lines to sign")),
)


def _selected_session(window) -> int | None:
    """The session selected on the Sessions tab, if that tab exists and has one."""
    pages = getattr(window, "tab_pages", None)
    tab = pages.get("sessions") if pages is not None and hasattr(pages, "get") else None
    getter = getattr(tab, "selected_session_id", None)
    return getter() if callable(getter) else None


def show_export_dialog(parent, ctx, kind: str = "pack", session_id: int | None = None):
    """Open the print dialog for ``kind``; returns the dialog after it closed (or None)."""
    from peerdesk.ui.documents.export_dialog import ExportDialog

    if ctx.program is None:
        return None
    dialog = ExportDialog(ctx, kind, session_id, parent)
    dialogs.run_dialog(dialog)
    if dialog.saved_path is not None:
        bar = getattr(parent, "statusBar", None)
        if callable(bar):
            bar().showMessage(QCoreApplication.translate("documents", "Saved {saved_path}").format(saved_path=dialog.saved_path), 8000)
    return dialog


def commands(window) -> dict[str, Callable[..., object]]:
    """What other features may ask of this one (see ``ui.context.COMMANDS``)."""
    return {"print-document": lambda kind, session_id=None, parent=None:
            show_export_dialog(parent or window, window.ctx, kind, session_id)}


def menu_actions(window) -> dict[str, list[QAction]]:
    ctx = window.ctx
    exports = []
    for kind, text, tip in EXPORTS:
        action = QAction(icon("pdf"), QCoreApplication.translate("documents", text), window)
        action.setObjectName(f"export_{kind}")
        if kind == "pack":
            action.setShortcut(QKeySequence.StandardKey.Print)
        action.setStatusTip(QCoreApplication.translate("documents", tip))
        action.triggered.connect(
            lambda _checked=False, k=kind: show_export_dialog(window, ctx, k,
                                                              _selected_session(window)))
        exports.append(action)
    def refresh() -> None:
        for action in exports:
            action.setEnabled(ctx.program is not None)

    ctx.programChanged.connect(refresh)
    refresh()
    return {"Export": exports}
