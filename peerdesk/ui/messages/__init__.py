"""Announcement messages in the window: Pairings > Announce Pairs…, Sessions > Announce
Session…, and Program > Message Templates…

The main window adds :func:`menu_actions` to its menus; the dialogs write e-mail drafts
through :mod:`peerdesk.io.messages`, the same functions as ``peerdesk export messages``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from peerdesk.ui import dialogs
from peerdesk.ui.icons import icon

__all__ = ["menu_actions", "show_announce", "show_templates"]


def _selected_session(window) -> int | None:
    pages = getattr(window, "tab_pages", None)
    tab = pages.get("sessions") if pages is not None and hasattr(pages, "get") else None
    getter = getattr(tab, "selected_session_id", None)
    return getter() if callable(getter) else None


def show_announce(window, ctx, kind: str = "pairs", session_id: int | None = None):
    """Open the Announce dialog; returns it after it closed (or None without a program)."""
    from peerdesk.ui.messages.announce import AnnounceDialog

    if ctx.program is None:
        return None
    dialog = AnnounceDialog(ctx, kind, session_id, window, window=window)
    dialogs.run_dialog(dialog)
    return dialog


def show_templates(window, ctx, kind: str = "pairs"):
    from peerdesk.ui.messages.templates import TemplatesDialog

    if ctx.program is None:
        return None
    dialog = TemplatesDialog(ctx, kind, window)
    dialogs.run_dialog(dialog)
    return dialog


def menu_actions(window) -> dict[str, list[QAction]]:
    ctx = window.ctx
    pairs = QAction(icon("pairs"), QCoreApplication.translate("messages", "&Announce Pairs…"), window)
    pairs.setObjectName("act_announce_pairs")
    pairs.setStatusTip(QCoreApplication.translate("messages", "Write one e-mail draft per person naming their partner, with the "
                       "kick-off invitation attached"))
    pairs.triggered.connect(lambda: show_announce(window, ctx, "pairs"))
    session = QAction(icon("sessions"), QCoreApplication.translate("messages", "&Announce Session…"), window)
    session.setObjectName("act_announce_session")
    session.setStatusTip(QCoreApplication.translate("messages", "Write one e-mail draft per invitee with the session's invitation, "
                         "a reminder or a thank-you"))
    session.triggered.connect(lambda: show_announce(window, ctx, "session",
                                                    _selected_session(window)))
    templates = QAction(icon("template"), QCoreApplication.translate("messages", "&Message Templates…"), window)
    templates.setObjectName("act_message_templates")
    templates.setStatusTip(QCoreApplication.translate("messages", "Edit the words of the pairs, session, reminder and thank-you messages"))
    templates.triggered.connect(lambda: show_templates(window, ctx))

    def refresh() -> None:
        has = ctx.program is not None
        pairs.setEnabled(has)
        session.setEnabled(has)
        templates.setEnabled(has and not ctx.read_only)

    ctx.programChanged.connect(refresh)
    refresh()
    return {"Pairings": [pairs], "Sessions": [session], "Program": [templates]}
