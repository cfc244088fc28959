"""The bridge between the tabs: the open program, the undo stack and the current cycle.

Tabs never talk to each other. They change data through :meth:`ProgramContext.perform`
(one undoable command over store functions) and redraw when ``dataChanged`` names
their area.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, NoReturn, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from peerdesk.core.validation import ValidationError
from peerdesk.store.program import Program, StorageError

if TYPE_CHECKING:
    from peerdesk.ui.tasks import Task

T = TypeVar("T")


class Area(str, Enum):
    """What an edit changed; each tab redraws for the areas it shows. A checked set: an
    unknown name is a programming error, raised at once rather than redrawing nothing."""

    PARTICIPANTS = "participants"
    PAIRINGS = "pairings"
    SESSIONS = "sessions"
    FEEDBACK = "feedback"
    CONDUCT = "conduct"
    SETTINGS = "settings"


AREAS = tuple(a.value for a in Area)


def _areas(area: str | Area | tuple[str | Area, ...]) -> tuple[str, ...]:
    names = (area,) if isinstance(area, str) else tuple(area)
    unknown = [a for a in names if a not in AREAS]
    if unknown or not names:
        raise ValueError(f"unknown area {unknown or names!r}; one of {AREAS}")
    return tuple(Area(a).value for a in names)

# What one feature may ask of another. A feature package provides some of these from its
# ``commands(window)`` function; the main window registers them; the others ask by name with
# :meth:`ProgramContext.invoke`, never by importing each other.
COMMANDS = (
    "import-participants",  # () -> open the people import wizard
    "print-document",  # (kind, session_id | None, parent) -> the print dialog
    "edit-conduct",  # () -> the code-of-conduct editor
)


class UnknownCommand(LookupError):
    """A command name outside :data:`COMMANDS`, or one no feature has provided."""


class EditRefused(Exception):
    """An edit that could not be saved; the user has already been told why."""


def _storage_message(program: Program | None, exc: BaseException) -> str:
    text = str(exc).lower()
    if "full" in text:
        return (QCoreApplication.translate("context", "The disk is full, so this change was not saved. Free some space and try again; "
                "everything saved before is safe."))
    if "readonly" in text or "read-only" in text or "permission" in text:
        return (QCoreApplication.translate("context", "The program file can no longer be written (the folder or file became "
                "read-only), so this change was not saved. Use File > Save a Copy As to keep "
                "working in a folder you can write to."))
    return (QCoreApplication.translate("context", "This change could not be saved ({exc}). Everything saved before is safe. "
            "Use File > Save a Copy As to keep a copy.").format(exc=exc))


class StoreCommand(QUndoCommand):
    """An undoable action made of two callables over the store."""

    def __init__(self, ctx: ProgramContext, text: str, do: Callable[[], object],
                 undo: Callable[[], object], areas: tuple[str, ...]):
        super().__init__(text)
        self._ctx = ctx
        self._do = do
        self._undo = undo
        self._areas = areas
        self.result: object = None
        self.already_done = False

    def run_first(self) -> None:
        """The first run, from :meth:`ProgramContext.perform`: a refusal propagates to the
        caller, which says why, and nothing is pushed."""
        self.result = self._do()
        self._ctx.notify(*self._areas)

    def redo(self) -> None:
        if self.already_done:  # perform() ran it before pushing
            self.already_done = False
            return
        try:
            self.result = self._do()
        except ValidationError as exc:
            self._refused(QCoreApplication.translate("StoreCommand", "Redo not possible"), exc)
        self._ctx.notify(*self._areas)

    def undo(self) -> None:
        try:
            self._undo()
        except ValidationError as exc:
            self._refused(QCoreApplication.translate("StoreCommand", "Undo not possible"), exc)
        except (StorageError, OSError) as exc:
            from peerdesk.ui import dialogs

            dialogs.error(None, QCoreApplication.translate("StoreCommand", "Undo not saved"), _storage_message(self._ctx.program, exc))
        self._ctx.notify(*self._areas)

    def _refused(self, title: str, exc: ValidationError) -> None:
        """The store refused to go back (or forward), saying why: an undo that would give
        anonymous answers away, say. Nothing changed, so the step leaves the history
        (Qt drops an obsolete command) instead of pretending it was undone."""
        from peerdesk.ui import dialogs

        dialogs.error(None, title, str(exc))
        self.setObsolete(True)


class ProgramContext(QObject):
    programChanged = Signal()
    dataChanged = Signal(str)
    cycleChanged = Signal(object)
    saved = Signal(str)  # a status message such as "All changes saved"

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.program: Program | None = None
        self.cycle_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self._tasks: list[Task] = []
        self._commands: dict[str, Callable[..., object]] = {}
        # Called once when a command is asked for before the features have registered
        # theirs (the main window builds its plug-ins after the first paint).
        self.load_commands: Callable[[], None] | None = None

    # -- commands between features ---------------------------------------------------
    def provide(self, name: str, handler: Callable[..., object]) -> None:
        if name not in COMMANDS:
            raise UnknownCommand(f"{name!r} is not one of {COMMANDS}")
        self._commands[name] = handler

    def invoke(self, name: str, *args: object) -> object:
        """Run the command another feature provides, such as ``print-document``."""
        if name not in COMMANDS:
            raise UnknownCommand(f"{name!r} is not one of {COMMANDS}")
        if name not in self._commands and self.load_commands is not None:
            self.load_commands()
        try:
            handler = self._commands[name]
        except KeyError:
            raise UnknownCommand(f"no feature provides {name!r}") from None
        return handler(*args)

    # -- program ---------------------------------------------------------------------
    def set_program(self, program: Program | None) -> None:
        old = self.program
        self.undo_stack.clear()
        self.program = program
        self.cycle_id = None
        if program is not None:
            from peerdesk.store.cycles import current_cycle

            cycle = current_cycle(program)
            self.cycle_id = cycle.id if cycle else None
        if old is not None and old is not program:
            old.close()
        self.programChanged.emit()
        self.cycleChanged.emit(self.cycle_id)

    def require_program(self) -> Program:
        """The open program, for a view that exists only while one is open (a session's
        pane, a dialog opened from a program's tab): asking with none open is a bug."""
        if self.program is None:
            raise RuntimeError("no program is open")
        return self.program

    @property
    def read_only(self) -> bool:
        return self.program is None or self.program.read_only

    def set_cycle(self, cycle_id: int | None) -> None:
        if cycle_id != self.cycle_id:
            self.cycle_id = cycle_id
            self.cycleChanged.emit(cycle_id)

    # -- edits -----------------------------------------------------------------------
    def perform(self, text: str, do: Callable[[], T], undo: Callable[[], object],
                area: str | Area | tuple[str | Area, ...]) -> T:
        """Run ``do`` as an undoable command and return what it returned.

        An exception from ``do`` (a ValidationError, say) propagates and nothing is
        pushed, so the caller can show the message and the stack stays clean."""
        areas = _areas(area)
        self.check_writable()
        command = StoreCommand(self, text, do, undo, areas)
        try:
            command.run_first()  # a refused edit must not land on the stack
        except (StorageError, OSError) as exc:
            self._refuse(_storage_message(self.program, exc))
        command.already_done = True  # QUndoStack.push calls redo() again
        self.undo_stack.push(command)
        return cast(T, command.result)  # what do() returned

    def check_writable(self) -> None:
        """Refuse an edit, saying why, when the file is read-only or has gone away."""
        program = self.program
        if program is None:
            raise EditRefused("no program open")
        if program.read_only:
            self._refuse(self.tr("This program is open read-only, so it cannot be changed here."))
        if program.path is not None and not program.path.exists():
            self._refuse(self.tr("The program file {path} was moved or deleted while it was "
                         "open, so this change was not saved. Use File > Save a Copy As now to "
                         "keep everything saved so far, then open that copy.").format(path=program.path))

    def _refuse(self, message: str) -> NoReturn:
        from peerdesk.ui import dialogs

        parent = self.parent()
        dialogs.error(parent if isinstance(parent, QWidget) else None,
                      self.tr("Change not saved"), message)
        raise EditRefused(message)

    def notify(self, *areas: str | Area) -> None:
        for area in _areas(areas):
            self.dataChanged.emit(area)
        self.saved.emit(QCoreApplication.translate("MainWindow", "All changes saved"))

    # -- long work -------------------------------------------------------------------
    def run_task(self, parent: QWidget | None, title: str, fn: Callable[..., T],
                 on_done: Callable[[T], None],
                 on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``fn(progress)`` off the UI thread with a cancellable progress dialog.

        ``progress(done, total, text)`` may be called from ``fn``; it returns False
        once the user pressed Cancel, and ``fn`` should then stop."""
        from peerdesk.ui.tasks import start_task

        task = start_task(parent, title, fn, on_done, on_error)
        self._tasks.append(task)
        task.finished.connect(lambda: self._tasks.remove(task) if task in self._tasks else None)

