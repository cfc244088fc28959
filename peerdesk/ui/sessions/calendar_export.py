"""Saving a cycle or a session as calendar invites (.ics), from the Sessions tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peerdesk.core.validation import ValidationError
from peerdesk.store.program import Program
from peerdesk.ui import dialogs
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
