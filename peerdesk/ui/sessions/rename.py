"""Renaming a cycle from the Sessions tab: one undoable command that tells the sessions and
pairings areas, since both tabs show the cycle's name (the words are the tab's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peerdesk.core.validation import ValidationError
from peerdesk.store.cycles import get_cycle, rename_cycle
from peerdesk.ui import dialogs
from peerdesk.ui.context import Area, ProgramContext
from peerdesk.ui.sessions.edits import AREA


def cycle(parent: QWidget, ctx: ProgramContext, key: int | None) -> bool:
    """Ask for cycle ``key``'s new name (its name prefilled and selected) and rename it; False
    when there is none, the program is read-only, the user cancels or keeps the name, or
    the store refuses the name (and the user is told why)."""
    program = ctx.program
    if key is None or program is None or ctx.read_only:
        return False
    old = get_cycle(program, key).name
    name = dialogs.ask_text(parent, QCoreApplication.translate("SessionsTab", "Rename cycle"),
                            QCoreApplication.translate("SessionsTab", "New name of the cycle “{name}”:")
                            .format(name=old), old)
    if name is None or name.strip() == old:  # cancelled, or nothing to undo
        return False
    text = QCoreApplication.translate("SessionsTab", "Rename cycle {old} to {new}").format(
        old=old, new=name.strip())
    try:
        ctx.perform(text, lambda: rename_cycle(program, key, name),
                    lambda: rename_cycle(program, key, old, restoring=True), (AREA, Area.PAIRINGS))
    except ValidationError as exc:
        dialogs.error(parent, QCoreApplication.translate("SessionsTab", "Cycle not renamed"),
                      str(exc))
        return False
    return True
