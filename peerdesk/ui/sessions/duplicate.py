"""Duplicating from the Sessions tab: a session a week after the cycle's last one, or a
whole cycle starting the week after it ends (the words are the tab's)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peerdesk.core.validation import ValidationError
from peerdesk.store import sessions as store
from peerdesk.store.cycles import duplicate_cycle, get_cycle
from peerdesk.store.session_dates import week_after_last
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.sessions import edits


def session(ctx: ProgramContext, key: int) -> int:
    """Copy session ``key`` (agenda, invitees) a week after its cycle's last session."""
    program = ctx.require_program()
    original = store.get_session(program, key)
    on = week_after_last(program, original.cycle_id) or original.date  # as the CLI's
    return edits.create_session(
        ctx, QCoreApplication.translate("SessionsTab", "Duplicate {title}").format(title=original.title),
        lambda: store.duplicate_session(program, key, on=on))


def cycle(parent: QWidget, ctx: ProgramContext, key: int) -> int | None:
    """Copy cycle ``key`` under a name the user gives; None when they cancel or it is refused."""
    program = ctx.require_program()
    original = get_cycle(program, key)
    name = dialogs.ask_text(parent, QCoreApplication.translate("SessionsTab", "Duplicate cycle"),
                            QCoreApplication.translate("SessionsTab", "Name of the new cycle:"),
                            QCoreApplication.translate("SessionsTab", "{name} (next)").format(name=original.name))
    if not name or not name.strip():
        return None
    start = None
    if original.start_date and original.end_date:
        weeks = (original.end_date - original.start_date).days // 7 + 1
        start = original.start_date + timedelta(weeks=weeks)
    try:
        return edits.create_cycle(
            ctx, QCoreApplication.translate("SessionsTab", "Duplicate cycle {name}").format(name=original.name),
            lambda: duplicate_cycle(program, key, name.strip(), start))
    except ValidationError as exc:
        dialogs.error(parent, QCoreApplication.translate("SessionsTab", "Cannot duplicate the cycle"), str(exc))
        return None
