"""The code of conduct in the window: its versions and who has signed them.

The main window adds :func:`menu_actions` (Program > Code of Conduct…) to its menus and
registers :func:`commands`, so the checklist can open the editor by name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from peerdesk.ui.icons import icon

__all__ = ["ConductDialog", "commands", "menu_actions", "show_conduct_editor"]


def __getattr__(name: str):
    # The dialog (and the PDF library behind its preview) is loaded when first opened.
    if name == "ConductDialog":
        from peerdesk.ui.conduct.dialog import ConductDialog

        return ConductDialog
    raise AttributeError(name)


def show_conduct_editor(window, ctx):
    """The code-of-conduct editor: one per window, brought to the front when open."""
    from peerdesk.ui.conduct.dialog import ConductDialog

    if ctx.program is None:
        return None
    dialog = getattr(window, "_conduct_dialog", None)
    if dialog is None:
        dialog = ConductDialog(ctx, window)
        window._conduct_dialog = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def commands(window) -> dict[str, Callable[..., object]]:
    """What other features may ask of this one (see ``ui.context.COMMANDS``)."""
    return {"edit-conduct": lambda: show_conduct_editor(window, window.ctx)}


def menu_actions(window) -> dict[str, list[QAction]]:
    ctx = window.ctx
    conduct = QAction(icon("conduct"), QCoreApplication.translate("conduct", "&Code of Conduct…"), window)
    conduct.setObjectName("act_conduct")
    conduct.setShortcut(QKeySequence("Ctrl+Shift+K"))
    conduct.setStatusTip(QCoreApplication.translate("conduct", "Edit the code of conduct and tick who has signed it"))
    conduct.triggered.connect(lambda: show_conduct_editor(window, ctx))
    window.act_conduct = conduct  # the checklist's "Conduct…" button triggers it

    def refresh() -> None:
        conduct.setEnabled(ctx.program is not None)

    ctx.programChanged.connect(refresh)
    refresh()
    return {"Program": [conduct]}
