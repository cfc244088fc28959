"""Saving a cycle or a session as calendar invites (.ics), from the Sessions tab (the words
are the tab's)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peerdesk.core.validation import ValidationError
from peerdesk.store.cycles import get_cycle
from peerdesk.store.program import Program
from peerdesk.store.sessions import get_session
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.language import QT_TRANSLATE_NOOP

ICS_FILTER = QT_TRANSLATE_NOOP("dialogs", "Calendar files (*.ics);;All files (*)")


def export_calendar_file(parent: QWidget, program: Program, cycle_id: int, session_id: int | None,
                         suggested: str) -> None:
    """Ask where, then save a cycle (or one of its sessions) as an .ics; say how it went."""
    from peerdesk.io.calendar import export_calendar, write_bytes

    path = dialogs.save_file(parent, QCoreApplication.translate("SessionsTab", "Save calendar"), ICS_FILTER,
                             str(Path.home() / f"{suggested}.ics"))
    if not path:
        return
    if Path(path).suffix.lower() != ".ics":
        path += ".ics"
    try:
        result = export_calendar(program, cycle_id, session_id)
        write_bytes(path, result.data)
    except OSError as exc:
        dialogs.error(parent, QCoreApplication.translate("SessionsTab", "Cannot save the calendar"),
                      QCoreApplication.translate("SessionsTab", "{path} could not be written: {strerror}. Choose another folder.").format(path=path, strerror=exc.strerror))
        return
    except ValidationError as exc:
        dialogs.error(parent, QCoreApplication.translate("SessionsTab", "Cannot save the calendar"), str(exc))
        return
    dialogs.info(parent, QCoreApplication.translate("SessionsTab", "Calendar saved"), result.summary(Path(path).name) +
                 QCoreApplication.translate("SessionsTab", "\n\nImport the file into Outlook, Google Calendar or Thunderbird. Saving it "
                 "again after a change updates the same events."))


def session(parent: QWidget, ctx: ProgramContext, session_id: int | None) -> None:
    """Export session ``session_id`` (if any), named by its title and date."""
    if session_id is not None:
        s = get_session(ctx.require_program(), session_id)
        export_calendar_file(parent, ctx.require_program(), s.cycle_id, s.id,
                             f"{s.title} {s.date.isoformat() if s.date else ''}".strip())


def cycle(parent: QWidget, ctx: ProgramContext, cycle_id: int | None) -> None:
    """Export every session of cycle ``cycle_id`` (if any), named by the cycle."""
    if cycle_id is not None:
        program = ctx.require_program()
        export_calendar_file(parent, program, cycle_id, None, get_cycle(program, cycle_id).name)
