"""The program file from the window: open (read-only when another window holds it, or a
cleaned copy of a file carrying foreign SQL), new, save a copy, back up and restore.

The menu actions of :class:`~peerdesk.ui.main_window.MainWindow` call these; the words
stay in the window's translation context.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from peerdesk import FILE_SUFFIX
from peerdesk.store.program import Program, ProgramFileError
from peerdesk.ui import dialogs, settings
from peerdesk.ui.locale import date_and_time

if TYPE_CHECKING:
    from peerdesk.ui.main_window import MainWindow


def _beside(path: Path) -> Path:
    """The real file a path leads to (its lock lies beside it); the path itself for a link
    that leads nowhere, which opening then refuses in words."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path


def open_path(window: MainWindow, path: str, read_only: bool = False) -> bool:
    """Open a program file; a file another PeerDesk has open is offered read-only."""
    from peerdesk.store.lock import WINDOW, Holder, ProgramLock
    from peerdesk.store.values import refuse_odd_values

    # The lock lies beside the real file, as its -wal does: a link and its target are one.
    guard = ProgramLock(_beside(Path(path)), WINDOW)
    if not read_only and not guard.acquire():
        held_by = guard.holder() or Holder()
        answer = dialogs.choose(
            window, QCoreApplication.translate("MainWindow", "This program is already open"),
            QCoreApplication.translate("MainWindow", "{name} is open in another PeerDesk window{holder}. "
            "Two programs writing the same file would lose changes. You can look at it "
            "read-only here.").format(name=Path(path).name, holder=held_by.suffix()), [QCoreApplication.translate("MainWindow", "Open Read-Only")])
        if answer is None:
            return False
        read_only = True
    try:
        # Every tab reads every value: one PeerDesk cannot read is refused in words.
        refuse_odd_values(Path(path))
        program = Program.open(path, read_only=read_only)
    except ProgramFileError as exc:
        guard.release()
        if exc.kind == "readonly" and dialogs.choose(
                window, QCoreApplication.translate("MainWindow", "Cannot write to this file"), f"{exc}",
                [QCoreApplication.translate("MainWindow", "Open Read-Only")]) is not None:
            return window.open_path(path, read_only=True)
        if exc.kind == "untrusted":
            return offer_cleaned_copy(window, Path(path), exc)
        if exc.kind != "readonly":
            dialogs.error(window, QCoreApplication.translate("MainWindow", "Cannot open this file"), str(exc))
        return False
    window.swap_guard(guard if not read_only else None)
    window.ctx.set_program(program)
    settings.add_recent(str(Path(path).resolve()))
    fill_recent_menu(window)
    if not read_only:  # after the window has painted
        QTimer.singleShot(0, lambda: backup(window, startup=True))
    return True


def offer_cleaned_copy(window: MainWindow, path: Path, exc: ProgramFileError) -> bool:
    """A file carrying SQL PeerDesk did not write: never run it; at the user's word,
    open a copy holding only PeerDesk's own tables and their rows."""
    from peerdesk.store.trust import clean_copy

    if dialogs.choose(window, QCoreApplication.translate("MainWindow", "This file holds things PeerDesk did not put there"),
                      QCoreApplication.translate("MainWindow", "{exc}\n\nYou can ask whoever sent it for a clean file, or open a "
                      "cleaned copy: it keeps the people, sessions, pairs and feedback, "
                      "without those objects. The file you chose stays as it is.").format(exc=exc),
                      [QCoreApplication.translate("MainWindow", "Open a Cleaned Copy…")]) is None:
        return False
    suggested = path.with_name(f"{path.stem} (cleaned){FILE_SUFFIX}")
    if not os.access(path.parent, os.W_OK):
        suggested = Path.home() / suggested.name
    target = dialogs.save_file(window, QCoreApplication.translate("MainWindow", "Save the cleaned copy as"), dialogs.PROGRAM_FILTER,
                               str(suggested))
    if not target:
        return False
    target_path = Path(target)
    if target_path.suffix != FILE_SUFFIX:
        target_path = target_path.with_suffix(FILE_SUFFIX)
    if target_path.resolve() == path.resolve():
        dialogs.error(window, QCoreApplication.translate("MainWindow", "Cannot save the cleaned copy"),
                      QCoreApplication.translate("MainWindow", "Choose another name: the file you chose stays as it is."))
        return False
    try:
        target_path.unlink(missing_ok=True)  # the save dialog already asked to replace it
        clean_copy(path, target_path)
    except (OSError, ProgramFileError) as err:
        dialogs.error(window, QCoreApplication.translate("MainWindow", "Cannot save the cleaned copy"),
                      QCoreApplication.translate("MainWindow", "The cleaned copy could not be written: {err}").format(err=err))
        return False
    return window.open_path(str(target_path))


def backup(window: MainWindow, startup: bool = False) -> None:
    from peerdesk.store.backup import backup_due, default_folder, make_backup

    program = window.ctx.program
    if program is None or program.read_only or program.path is None:
        return
    folder = default_folder()  # the same folder as the command line
    if startup or backup_due(program, folder):
        try:
            make_backup(program, folder)
        except Exception as exc:  # a failed backup must never stop the work
            window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Backup failed: {exc}").format(exc=exc), 10000)


def restore_backup(window: MainWindow) -> None:
    from peerdesk.store.backup import (
        check_backup,
        default_folder,
        list_backups,
        make_backup,
        restore_backup,
    )

    program = window.ctx.program
    if program is None or program.read_only or program.path is None:
        return
    folder = default_folder()  # the same folder as the command line
    backups = list_backups(program, folder)
    if not backups:
        dialogs.info(window, QCoreApplication.translate("MainWindow", "Restore from backup"),
                     QCoreApplication.translate("MainWindow", "There are no backups of this program yet. PeerDesk makes one each time "
                     "you open a program and once a day while it is open."))
        return
    index = dialogs.pick(window, QCoreApplication.translate("MainWindow", "Restore from backup"),
                         QCoreApplication.translate("MainWindow", "Put the program back as it was at:"),
                         [date_and_time(b.made) for b in backups])  # as the locale writes them
    if index is None:
        return
    chosen = backups[index]
    if not dialogs.confirm(window, QCoreApplication.translate("MainWindow", "Restore from backup"),
                           QCoreApplication.translate("MainWindow", "Replace everything in {name} with the backup from "
                           "{label}? A backup of the current state is made first.").format(name=program.path.name, label=date_and_time(chosen.made)),
                           QCoreApplication.translate("MainWindow", "Restore")):
        return
    try:
        check_backup(program, chosen.path)  # a refused backup changes nothing
        make_backup(program, folder)
        restore_backup(program, chosen.path)
    except (ProgramFileError, OSError) as exc:
        dialogs.error(window, QCoreApplication.translate("MainWindow", "Restore failed"), QCoreApplication.translate("MainWindow", "{exc} Your program was not changed.").format(exc=exc))
        return
    window.ctx.set_program(program)
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Restored the backup from {label}").format(label=chosen.label), 10000)


def new_program(window: MainWindow) -> None:
    path = dialogs.save_file(window, QCoreApplication.translate("MainWindow", "New program"), dialogs.PROGRAM_FILTER,
                             str(Path.home() / f"Program{FILE_SUFFIX}"))
    if not path:
        return
    target = Path(path)
    if target.suffix != FILE_SUFFIX:
        target = target.with_suffix(FILE_SUFFIX)
    from peerdesk.ui.program_dialogs import NewProgramDialog

    details = NewProgramDialog(target.stem, window)
    if not dialogs.run_dialog(details):
        return
    name, zone = details.values()
    try:
        if target.exists():
            target.unlink()  # the save dialog already asked to replace it
        program = Program.create(target, name, timezone=zone)
    except (ProgramFileError, OSError) as exc:
        dialogs.error(window, QCoreApplication.translate("MainWindow", "Cannot create the program"),
                      QCoreApplication.translate("MainWindow", "{target} could not be created: {exc}. Choose a folder you can write to.").format(target=target, exc=exc))
        return
    window.ctx.set_program(program)
    settings.add_recent(str(target.resolve()))
    fill_recent_menu(window)


def save_copy(window: MainWindow) -> None:
    program = window.ctx.program
    if program is None:
        return
    suggested = str(Path.home() / f"{program.name} copy{FILE_SUFFIX}")
    path = dialogs.save_file(window, QCoreApplication.translate("MainWindow", "Save a copy as"), dialogs.PROGRAM_FILTER, suggested)
    if not path:
        return
    try:
        program.save_copy(path)
    except ProgramFileError as exc:
        dialogs.error(window, QCoreApplication.translate("MainWindow", "Cannot save the copy"), QCoreApplication.translate("MainWindow", "The copy could not be written: {exc}").format(exc=exc))
        return
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Copy saved to {path}").format(path=path), 5000)


def fill_recent_menu(window: MainWindow) -> None:
    """The File > Open Recent menu, from the settings' list."""
    window.recent_menu.clear()
    recent = [p for p in settings.get("recent_files") if p]
    for path in recent:
        action = window.recent_menu.addAction(Path(path).name)
        action.setToolTip(path)
        action.triggered.connect(lambda _=False, p=path: window.open_path(p))
    window.recent_menu.setEnabled(bool(recent))
