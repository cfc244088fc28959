"""Postponing from the Sessions tab: the selected session and the later ones of its cycle a
week later, one undoable command (the words are the tab's)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peerdesk.core.validation import ValidationError
from peerdesk.store import session_dates
from peerdesk.store import sessions as store
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.sessions.edits import AREA

DAYS = 7


def session(parent: QWidget, ctx: ProgramContext, key: int | None) -> bool:
    """Postpone session ``key`` and the later ones by a week; False when there is none, the
    program is read-only, or the store refuses (and the user is told why)."""
    program = ctx.program
    if key is None or program is None or ctx.read_only:
        return False
    title = store.get_session(program, key).title
    later = len(session_dates.from_here(program, key)) - 1
    if later:
        text = QCoreApplication.translate("SessionsTab", "Postpone {title} and %n later "
                                          "session(s) by a week", None, later)
    else:
        text = QCoreApplication.translate("SessionsTab", "Postpone {title} by a week")
    text = text.format(title=title)
    state: dict[str, dict[int, date]] = {}

    def do() -> None:
        if "new" in state:  # redo: the same dates as the first time
            session_dates.set_dates(program, state["new"])
            return
        state["old"] = session_dates.postpone(program, key, DAYS)
        state["new"] = {k: d + timedelta(days=DAYS) for k, d in state["old"].items()}

    try:
        ctx.perform(text, do, lambda: session_dates.set_dates(program, state["old"]), AREA)
    except ValidationError as exc:
        dialogs.error(parent, QCoreApplication.translate("SessionsTab", "Session not postponed"),
                      str(exc))
        return False
    return True
