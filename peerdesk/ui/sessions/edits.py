"""Undoable edits of the Sessions tab, each one command on the context's undo stack.

Creating and deleting share one trick: undoing a creation deletes with a snapshot,
and redoing puts that snapshot back, so the session (or cycle) returns with the same
id and calendar UID and every later command on the stack still finds it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peerdesk.core.models import AgendaItem, Session, stored_id
from peerdesk.core.validation import ValidationError
from peerdesk.store import attendance as attendance_store
from peerdesk.store import sessions as store
from peerdesk.store.cycles import delete_cycle, restore_rows
from peerdesk.store.feedback_gate import waiting_in
from peerdesk.store.program import Program
from peerdesk.ui.context import ProgramContext

AREA = "sessions"


class ShowsOneSession:
    """For a pane that shows one session at a time: its edits run only while it shows one."""

    session: Session | None

    @property
    def shown(self) -> Session:
        if self.session is None:
            raise RuntimeError("no session is shown")
        return self.session

    @property
    def session_id(self) -> int:
        return stored_id(self.shown.id)


def create(ctx: ProgramContext, text: str, make: Callable[[], int],
           delete: Callable[[int], dict], restore: Callable[[dict], None]) -> int:
    state: dict = {}

    def do() -> int:
        if "snap" in state:
            restore(state.pop("snap"))
        elif not state.pop("kept", False):
            state["id"] = make()
        return state["id"]

    def undo() -> None:
        try:
            state["snap"] = delete(state["id"])
        except ValidationError as exc:  # its feedback forms may not leave the figures
            from peerdesk.ui import dialogs

            state["kept"] = True  # so redo does not make a second one
            dialogs.error(None, QCoreApplication.translate("sessions.edits", "Undo not done"),
                          str(exc))

    return ctx.perform(text, do, undo, AREA)


def remove(ctx: ProgramContext, text: str, delete: Callable[[], dict],
           restore: Callable[[dict], None]) -> None:
    state: dict = {}

    def do() -> None:
        state["snap"] = delete()

    ctx.perform(text, do, lambda: restore(state["snap"]), AREA)


def create_session(ctx: ProgramContext, text: str, make: Callable[[], int]) -> int:
    program = ctx.require_program()
    return create(ctx, text, make, lambda sid: store.delete_session(program, sid),
                  lambda snap: store.restore_session(program, snap))


def create_cycle(ctx: ProgramContext, text: str, make: Callable[[], int]) -> int:
    program = ctx.require_program()
    return create(ctx, text, make, lambda cid: delete_cycle(program, cid),
                  lambda snap: restore_rows(program, snap))


def set_agenda(ctx: ProgramContext, session_id: int, items: list[AgendaItem], text: str) -> None:
    program = ctx.require_program()
    before = store.agenda(program, session_id)
    ctx.perform(text, lambda: store.set_agenda(program, session_id, items),
                lambda: store.set_agenda(program, session_id, before), AREA)


def set_attendance(ctx: ProgramContext, session_id: int, marks: dict[int, str | None],
                   text: str) -> str:
    """Mark attendance; returns the store's notice ("" or why the session's feedback
    forms wait). A ValidationError (marks that would take forms out of the figures
    unsafely) propagates from the edit; from its undo it is shown, and nothing changes."""
    program = ctx.require_program()
    now = attendance_store.attendance(program, session_id)
    before = {person: now.get(person) for person in marks}

    def undo() -> None:
        try:
            attendance_store.set_attendance(program, session_id, before)
        except ValidationError as exc:
            from peerdesk.ui import dialogs

            dialogs.error(None, QCoreApplication.translate("sessions.edits", "Undo not done"),
                          str(exc))

    return str(ctx.perform(text, lambda: attendance_store.set_attendance(program, session_id,
                                                                         marks), undo, AREA) or "")


def mark_attendance(ctx: ProgramContext, parent: QWidget, session_id: int,
                    marks: dict[int, str | None], text: str,
                    refused: Callable[[], None]) -> None:
    """The Sessions pane's marks, with the disclosure check's words: marks that would take
    the session's feedback forms out of the figures unsafely are refused (``refused``
    then shows the marks as they are), and forms brought in that must wait say so."""
    from peerdesk.ui import dialogs

    try:
        notice = set_attendance(ctx, session_id, marks, text)
    except ValidationError as exc:
        refused()
        dialogs.error(parent, QCoreApplication.translate("SessionPane", "Attendance not changed"),
                      str(exc))
        return
    if notice:
        dialogs.info(parent, QCoreApplication.translate("SessionPane", "Feedback forms wait"),
                     notice)


def waiting_line(program: Program, session_id: int) -> str:
    """A second line for the attendance summary while the session's forms wait."""
    if not waiting_in(program, session_id):
        return ""
    return "\n" + QCoreApplication.translate(
        "SessionPane", "This session's feedback forms wait to join the figures: they join "
        "with the next forms typed or imported, when comparing the figures can no longer "
        "give them away.")


def set_invitees(ctx: ProgramContext, session_id: int, mode: str, people: list[int],
                 pairs: list[int]) -> None:
    program = ctx.require_program()
    old_mode, old_people, old_pairs = store.invitation(program, session_id)
    ctx.perform(QCoreApplication.translate("sessions.edits", "Change who is invited"),
                lambda: store.set_invitees(program, session_id, mode, people, pairs),
                lambda: store.set_invitees(program, session_id, old_mode, old_people, old_pairs),
                AREA)
