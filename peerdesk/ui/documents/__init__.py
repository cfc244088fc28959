"""Printed documents in the window: File/Export entries for each PDF and the code of conduct.

The main window adds :func:`menu_actions` to its menus. Another tab (the Sessions tab's
"Print…" button, say) opens the same dialog with :func:`show_export_dialog`.
"""

from __future__ import annotations

from PySide6.QtGui import QAction

from peerdesk.ui import dialogs
from peerdesk.ui.icons import icon

__all__ = ["menu_actions", "show_conduct_editor", "show_export_dialog"]

# (kind, menu text, status tip), in the order facilitators use them
EXPORTS = (
    ("pack", "Session &Pack (PDF)…", "Cover, agenda, sign-in sheet, pairs, code of conduct "
                                     "and feedback forms in one PDF"),
    ("signin", "&Sign-in Sheet (PDF)…", "The invited people with boxes to sign"),
    ("agenda", "&Agenda (PDF)…", "The session's agenda with start times"),
    ("pairings", "Pairing &List (PDF)…", "Pairs and trios with their reasons, for you"),
    ("slips", "Partner S&lips (PDF)…", "One slip per participant naming their partner"),
    ("feedback-form", "&Feedback Form (PDF)…", "The feedback form to fill in by hand"),
    ("conduct", "&Code of Conduct Sheet (PDF)…", "The code of conduct with lines to sign"),
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
            bar().showMessage(f"Saved {dialog.saved_path}", 8000)
    return dialog


def show_conduct_editor(window, ctx) -> None:
    """The code-of-conduct editor: one per window, brought to the front when open."""
    from peerdesk.ui.conduct import ConductDialog

    if ctx.program is None:
        return
    dialog = getattr(window, "_conduct_dialog", None)
    if dialog is None:
        dialog = ConductDialog(ctx, window)
        window._conduct_dialog = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


def menu_actions(window) -> dict[str, list[QAction]]:
    ctx = window.ctx
    exports = []
    for kind, text, tip in EXPORTS:
        action = QAction(icon("pdf"), text, window)
        action.setObjectName(f"export_{kind}")
        action.setStatusTip(tip)
        action.triggered.connect(
            lambda _checked=False, k=kind: show_export_dialog(window, ctx, k,
                                                              _selected_session(window)))
        exports.append(action)
    conduct = QAction(icon("conduct"), "&Code of Conduct…", window)
    conduct.setObjectName("act_conduct")
    conduct.setStatusTip("Edit the code of conduct and tick who has signed it")
    conduct.triggered.connect(lambda: show_conduct_editor(window, ctx))
    window.act_conduct = conduct  # the checklist's "Conduct…" button triggers it

    def refresh() -> None:
        for action in [*exports, conduct]:
            action.setEnabled(ctx.program is not None)

    ctx.programChanged.connect(refresh)
    refresh()
    return {"Export": exports, "Program": [conduct]}
