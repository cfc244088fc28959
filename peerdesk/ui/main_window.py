"""The main window: menus, toolbar, the four tabs and the status bar.

It owns no data: the open program, undo stack and current cycle live in the
:class:`ProgramContext`, and each tab is built from its own package.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from peerdesk import APP_NAME, FILE_SUFFIX, __version__
from peerdesk.store.program import Program, ProgramFileError
from peerdesk.ui import dialogs, settings
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.icons import icon
from peerdesk.ui.language import QT_TRANSLATE_NOOP
from peerdesk.ui.undo_actions import undo_redo_actions

TABS = (
    ("participants", "ParticipantsTab", QT_TRANSLATE_NOOP("MainWindow", "Participants"), "people"),
    ("pairings", "PairingsTab", QT_TRANSLATE_NOOP("MainWindow", "Pairings"), "pairs"),
    ("sessions", "SessionsTab", QT_TRANSLATE_NOOP("MainWindow", "Sessions"), "sessions"),
    ("feedback", "FeedbackTab", QT_TRANSLATE_NOOP("MainWindow", "Feedback"), "feedback"),
)
MENU_ORDER = ("File", "Edit", "Program", "Pairings", "Sessions", "Export", "Help")
MENU_TITLES = {"File": QT_TRANSLATE_NOOP("MainWindow", "&File"), "Edit": QT_TRANSLATE_NOOP("MainWindow", "&Edit"), "Program": QT_TRANSLATE_NOOP("MainWindow", "&Program"), "Pairings": QT_TRANSLATE_NOOP("MainWindow", "&Pairings"), "Sessions": QT_TRANSLATE_NOOP("MainWindow", "&Sessions"), "Export": QT_TRANSLATE_NOOP("MainWindow", "&Export"), "Help": QT_TRANSLATE_NOOP("MainWindow", "&Help")}
# Feature packages that add menu entries (``menu_actions``) or commands (``commands``),
# in the order their entries appear in a shared menu.
PLUG_INS = (
    "importing",
    "intake",
    "documents",
    "conduct",
    "pairings",
    "sessions",
    "feedback",
    "overview",
    "messages",
)


def _beside(path: Path) -> Path:
    """The real file a path leads to (its lock lies beside it); the path itself for a link
    that leads nowhere, which opening then refuses in words."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path


class MainWindow(QMainWindow):
    def __init__(self, ctx: ProgramContext | None = None):
        super().__init__()
        self.ctx = ctx or ProgramContext(self)
        self.ctx.load_commands = self.finish_building
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 780)
        self.menus: dict[str, object] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.tab_pages = _Pages(self._make_page)
        self._built = False
        self._build_actions()
        self._build_menus()
        self._build_tabs()
        self._build_toolbar()
        self._build_status()
        self.ctx.programChanged.connect(self._program_changed)
        self.ctx.dataChanged.connect(self._data_changed)
        self.ctx.cycleChanged.connect(self._cycle_changed)
        self.ctx.saved.connect(lambda text: self.saved_label.setText(text))
        geometry = settings.get("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            available = self.screen().availableGeometry()  # first start: fit the screen
            self.resize(min(1280, available.width()), min(840, available.height()))
        # The tab on show is built now; the rest once the window has painted (see event()).
        self._finish_scheduled = False
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(60 * 60 * 1000)  # hourly look; a copy once a day
        self._backup_timer.timeout.connect(self._backup)
        self._backup_timer.start()
        self._program_changed()

    # -- construction ----------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, icon_name: str = "", tip: str = "") -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon("none"), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(self.tr("&New Program…"), self.new_program, QKeySequence.StandardKey.New, "new",
                                    self.tr("Create a new, empty program file"))
        self.act_open = self._action(self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open, "open",
                                     self.tr("Open a program file"))
        self.act_copy = self._action(self.tr("Save a &Copy As…"), self.save_copy, QKeySequence.StandardKey.SaveAs,
                                     "save-copy", self.tr("Write a copy of this program to another file"))
        self.act_restore = self._action(self.tr("Restore from &Backup…"), self.restore_backup, None, "recent",
                                        self.tr("Put the program back as it was at an earlier backup"))
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")
        self.act_undo, self.act_redo = undo_redo_actions(self.ctx.undo_stack, self)
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_undo.setIcon(icon("undo"))
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.act_redo.setIcon(icon("redo"))
        self.act_facilitators = self._action(self.tr("&Facilitators…"), self.edit_facilitators, "Ctrl+Shift+F",
                                             "facilitator", self.tr("Appoint the program's neutral facilitators"))
        self.act_settings = self._action(self.tr("Program &Settings…"), self.edit_settings, None, "settings",
                                         self.tr("Tenure thresholds, buddy capacity, confidentiality"))
        self.act_new_cycle = self._action(self.tr("New &Cycle…"), self.new_cycle, "Ctrl+Shift+C", "calendar",
                                          self.tr("Start a new cycle, such as “Summer 2027”"))
        self.act_about = self._action(self.tr("&About PeerDesk"), self.about, None, "info")
        self.act_guide = self._action(self.tr("&Quick Guide"), self.guide, QKeySequence.StandardKey.HelpContents, "help")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for name in MENU_ORDER:
            self.menus[name] = bar.addMenu(self.tr(MENU_TITLES[name]))
        file = self.menus["File"]
        file.addAction(self.act_new)
        file.addAction(self.act_open)
        self.recent_menu = file.addMenu(icon("recent"), self.tr("Open &Recent"))
        file.addAction(self.act_copy)
        file.addAction(self.act_restore)
        file.addSeparator()
        self._file_plugins_anchor = file.addSeparator()
        file.addAction(self.act_quit)
        edit = self.menus["Edit"]
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        program = self.menus["Program"]
        program.addAction(self.act_new_cycle)
        program.addAction(self.act_facilitators)
        program.addAction(self.act_settings)
        program.addSeparator()
        help_menu = self.menus["Help"]
        help_menu.addAction(self.act_guide)
        help_menu.addAction(self.act_about)
        self._refresh_recent()

    def _build_tabs(self) -> None:
        for index, (package, _cls_name, title, icon_name) in enumerate(TABS):
            holder = QWidget(self)
            holder.setObjectName(f"tab_{package}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, icon(icon_name), self.tr(title))
            shortcut = QAction(self)
            shortcut.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            shortcut.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            self.addAction(shortcut)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.tabs.setCurrentIndex(max(0, min(settings.get("window/tab"), self.tabs.count() - 1)))
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(TABS):
            self.tab_pages[TABS[index][0]]

    def _make_page(self, package: str) -> QWidget:
        index = next(i for i, t in enumerate(TABS) if t[0] == package)
        _package, cls_name, title, _icon = TABS[index]
        try:
            module = importlib.import_module(f"peerdesk.ui.{package}")
            page = getattr(module, cls_name)(self.ctx, self)
        except (ModuleNotFoundError, AttributeError) as exc:
            if getattr(exc, "name", package) not in (f"peerdesk.ui.{package}", cls_name):
                raise
            page = QLabel(self.tr("{title} is not part of this build.").format(title=title), self)
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tabs.widget(index).layout().addWidget(page)
        return page

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "_finish_scheduled", True):
            self._finish_scheduled = True
            QTimer.singleShot(0, self.finish_building)
        return super().event(event)

    def finish_building(self) -> None:
        """Build what the first paint did not need: the other tabs, plug-in menus, docks."""
        if self._built:
            return
        self._built = True
        for package, *_rest in TABS:
            page = self.tab_pages[package]
            actions = getattr(page, "toolbar_actions", None)
            if actions:
                for action in actions():
                    self.toolbar.addAction(action)
        self._plug_in_menus()
        self._build_docks()
        state = settings.get("window/state")
        if state is not None:
            self.restoreState(state)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("main_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        label = QLabel(self.tr(" C&ycle: "))
        bar.addWidget(label)
        self.cycle_combo = QComboBox(self)
        self.cycle_combo.setObjectName("cycle_combo")
        self.cycle_combo.setAccessibleName(self.tr("Cycle"))
        label.setBuddy(self.cycle_combo)  # Alt+Y chooses the cycle
        self.cycle_combo.setMinimumContentsLength(16)
        self.cycle_combo.setToolTip(self.tr("The cycle every tab shows"))
        self.cycle_combo.currentIndexChanged.connect(self._cycle_chosen)
        bar.addWidget(self.cycle_combo)
        bar.addSeparator()
        self.addToolBar(bar)
        self.toolbar = bar

    def _build_status(self) -> None:
        self.file_label = QLabel()
        self.cycle_label = QLabel()
        self.saved_label = QLabel()
        status = self.statusBar()
        status.addWidget(self.file_label)
        status.addWidget(self.cycle_label)
        status.addPermanentWidget(self.saved_label)

    def _plug_in_menus(self) -> None:
        """Features add their own menu entries (import wizards, PDF exports, ...)."""
        for package in PLUG_INS:
            try:
                module = importlib.import_module(f"peerdesk.ui.{package}")
            except ModuleNotFoundError as exc:
                if exc.name == f"peerdesk.ui.{package}":
                    continue
                raise
            for name, handler in getattr(module, "commands", lambda _w: {})(self).items():
                self.ctx.provide(name, handler)
            provider = getattr(module, "menu_actions", None)
            if provider is None:
                continue
            for menu_name, actions in provider(self).items():
                menu = self.menus[menu_name]
                for action in actions:
                    if menu_name == "File":
                        menu.insertAction(self._file_plugins_anchor, action)
                    else:
                        menu.addAction(action)

    def _build_docks(self) -> None:
        try:
            module = importlib.import_module("peerdesk.ui.overview")
        except ModuleNotFoundError as exc:
            if exc.name != "peerdesk.ui.overview":
                raise
            return
        dock = module.OverviewDock(self.ctx, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.menus["Program"].addAction(dock.toggleViewAction())
        self.overview = dock

    # -- the open program ------------------------------------------------------------
    def open_path(self, path: str, read_only: bool = False) -> bool:
        """Open a program file; a file another PeerDesk has open is offered read-only."""
        from peerdesk.store.lock import WINDOW, Holder, ProgramLock
        from peerdesk.store.values import refuse_odd_values

        # The lock lies beside the real file, as its -wal does: a link and its target are one.
        guard = ProgramLock(_beside(Path(path)), WINDOW)
        if not read_only and not guard.acquire():
            held_by = guard.holder() or Holder()
            answer = dialogs.choose(
                self, self.tr("This program is already open"),
                self.tr("{name} is open in another PeerDesk window{holder}. "
                "Two programs writing the same file would lose changes. You can look at it "
                "read-only here.").format(name=Path(path).name, holder=held_by.suffix()), [self.tr("Open Read-Only")])
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
                    self, self.tr("Cannot write to this file"), f"{exc}",
                    [self.tr("Open Read-Only")]) is not None:
                return self.open_path(path, read_only=True)
            if exc.kind == "untrusted":
                return self._offer_cleaned_copy(Path(path), exc)
            if exc.kind != "readonly":
                dialogs.error(self, self.tr("Cannot open this file"), str(exc))
            return False
        self._swap_guard(guard if not read_only else None)
        self.ctx.set_program(program)
        settings.add_recent(str(Path(path).resolve()))
        self._refresh_recent()
        if not read_only:  # after the window has painted
            QTimer.singleShot(0, lambda: self._backup(startup=True))
        return True

    def _offer_cleaned_copy(self, path: Path, exc: ProgramFileError) -> bool:
        """A file carrying SQL PeerDesk did not write: never run it; at the user's word,
        open a copy holding only PeerDesk's own tables and their rows."""
        from peerdesk.store.trust import clean_copy

        if dialogs.choose(self, self.tr("This file holds things PeerDesk did not put there"),
                          self.tr("{exc}\n\nYou can ask whoever sent it for a clean file, or open a "
                          "cleaned copy: it keeps the people, sessions, pairs and feedback, "
                          "without those objects. The file you chose stays as it is.").format(exc=exc),
                          [self.tr("Open a Cleaned Copy…")]) is None:
            return False
        suggested = path.with_name(f"{path.stem} (cleaned){FILE_SUFFIX}")
        if not os.access(path.parent, os.W_OK):
            suggested = Path.home() / suggested.name
        target = dialogs.save_file(self, self.tr("Save the cleaned copy as"), dialogs.PROGRAM_FILTER,
                                   str(suggested))
        if not target:
            return False
        target_path = Path(target)
        if target_path.suffix != FILE_SUFFIX:
            target_path = target_path.with_suffix(FILE_SUFFIX)
        if target_path.resolve() == path.resolve():
            dialogs.error(self, self.tr("Cannot save the cleaned copy"),
                          self.tr("Choose another name: the file you chose stays as it is."))
            return False
        try:
            target_path.unlink(missing_ok=True)  # the save dialog already asked to replace it
            clean_copy(path, target_path)
        except (OSError, ProgramFileError) as err:
            dialogs.error(self, self.tr("Cannot save the cleaned copy"),
                          self.tr("The cleaned copy could not be written: {err}").format(err=err))
            return False
        return self.open_path(str(target_path))

    def _swap_guard(self, guard) -> None:
        old = getattr(self, "_guard", None)
        if old is not None and old is not guard:
            old.release()
        self._guard = guard

    # -- backups ---------------------------------------------------------------------
    def _backup(self, startup: bool = False) -> None:
        from peerdesk.store.backup import backup_due, default_folder, make_backup

        program = self.ctx.program
        if program is None or program.read_only or program.path is None:
            return
        folder = default_folder()  # the same folder as the command line
        if startup or backup_due(program, folder):
            try:
                make_backup(program, folder)
            except Exception as exc:  # a failed backup must never stop the work
                self.statusBar().showMessage(self.tr("Backup failed: {exc}").format(exc=exc), 10000)

    def restore_backup(self) -> None:
        from peerdesk.store.backup import (
            check_backup,
            default_folder,
            list_backups,
            make_backup,
            restore_backup,
        )

        program = self.ctx.program
        if program is None or program.read_only or program.path is None:
            return
        folder = default_folder()  # the same folder as the command line
        backups = list_backups(program, folder)
        if not backups:
            dialogs.info(self, self.tr("Restore from backup"),
                         self.tr("There are no backups of this program yet. PeerDesk makes one each time "
                         "you open a program and once a day while it is open."))
            return
        index = dialogs.pick(self, self.tr("Restore from backup"),
                             self.tr("Put the program back as it was at:"), [b.label for b in backups])
        if index is None:
            return
        chosen = backups[index]
        if not dialogs.confirm(self, self.tr("Restore from backup"),
                               self.tr("Replace everything in {name} with the backup from "
                               "{label}? A backup of the current state is made first.").format(name=program.path.name, label=chosen.label),
                               self.tr("Restore")):
            return
        try:
            check_backup(program, chosen.path)  # a refused backup changes nothing
            make_backup(program, folder)
            restore_backup(program, chosen.path)
        except (ProgramFileError, OSError) as exc:
            dialogs.error(self, self.tr("Restore failed"), self.tr("{exc} Your program was not changed.").format(exc=exc))
            return
        self.ctx.set_program(program)
        self.statusBar().showMessage(self.tr("Restored the backup from {label}").format(label=chosen.label), 10000)

    def new_program(self) -> None:
        path = dialogs.save_file(self, self.tr("New program"), dialogs.PROGRAM_FILTER,
                                 str(Path.home() / f"Program{FILE_SUFFIX}"))
        if not path:
            return
        target = Path(path)
        if target.suffix != FILE_SUFFIX:
            target = target.with_suffix(FILE_SUFFIX)
        from peerdesk.ui.program_dialogs import NewProgramDialog

        details = NewProgramDialog(target.stem, self)
        if not dialogs.run_dialog(details):
            return
        name, zone = details.values()
        try:
            if target.exists():
                target.unlink()  # the save dialog already asked to replace it
            program = Program.create(target, name, timezone=zone)
        except (ProgramFileError, OSError) as exc:
            dialogs.error(self, self.tr("Cannot create the program"),
                          self.tr("{target} could not be created: {exc}. Choose a folder you can write to.").format(target=target, exc=exc))
            return
        self.ctx.set_program(program)
        settings.add_recent(str(target.resolve()))
        self._refresh_recent()

    def open_dialog(self) -> None:
        path = dialogs.open_file(self, self.tr("Open program"))
        if path:
            self.open_path(path)

    def save_copy(self) -> None:
        program = self.ctx.program
        if program is None:
            return
        suggested = str(Path.home() / f"{program.name} copy{FILE_SUFFIX}")
        path = dialogs.save_file(self, self.tr("Save a copy as"), dialogs.PROGRAM_FILTER, suggested)
        if not path:
            return
        try:
            program.save_copy(path)
        except ProgramFileError as exc:
            dialogs.error(self, self.tr("Cannot save the copy"), self.tr("The copy could not be written: {exc}").format(exc=exc))
            return
        self.statusBar().showMessage(self.tr("Copy saved to {path}").format(path=path), 5000)

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in settings.get("recent_files") if p]
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(recent))

    # -- cycles ----------------------------------------------------------------------
    def _fill_cycles(self) -> None:
        from peerdesk.store.cycles import list_cycles

        self.cycle_combo.blockSignals(True)
        self.cycle_combo.clear()
        if self.ctx.program is not None:
            for cycle in list_cycles(self.ctx.program):
                self.cycle_combo.addItem(cycle.name, cycle.id)
        index = self.cycle_combo.findData(self.ctx.cycle_id)
        self.cycle_combo.setCurrentIndex(index)
        self.cycle_combo.setEnabled(self.cycle_combo.count() > 0)
        self.cycle_combo.blockSignals(False)

    def _cycle_chosen(self, index: int) -> None:
        self.ctx.set_cycle(self.cycle_combo.itemData(index) if index >= 0 else None)

    def _cycle_changed(self, _cycle_id) -> None:
        index = self.cycle_combo.findData(self.ctx.cycle_id)
        if index != self.cycle_combo.currentIndex():
            self._fill_cycles()
        self._update_status()

    def new_cycle(self) -> None:
        from peerdesk.ui.program_dialogs import CycleDialog

        if self.ctx.program is None:
            return
        CycleDialog(self.ctx, self).exec()

    # -- program-wide dialogs --------------------------------------------------------
    def edit_facilitators(self) -> None:
        from peerdesk.ui.participants.facilitators import FacilitatorsDialog

        if self.ctx.program is not None:
            FacilitatorsDialog(self.ctx, self).exec()

    def edit_settings(self) -> None:
        from peerdesk.ui.program_dialogs import SettingsDialog

        if self.ctx.program is not None:
            SettingsDialog(self.ctx, self).exec()

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(next(i for i, t in enumerate(TABS) if t[0] == name))

    def about(self) -> None:
        dialogs.info(self, self.tr("About PeerDesk"),
                     self.tr("PeerDesk {version__}\n\nRun a peer learning program: participants, "
                     "buddy pairings, sessions, feedback. Everything stays in one file on this "
                     "computer; nothing is sent anywhere.").format(version__=__version__))

    def guide(self) -> None:
        from peerdesk.ui.guide import GuideDialog, guide_text

        try:
            text = guide_text()
        except (FileNotFoundError, ModuleNotFoundError, OSError):
            dialogs.error(self, self.tr("Quick guide"), self.tr("The guide is missing from this installation. "
                          "Reinstall PeerDesk to get it back."))
            return
        self._guide = GuideDialog(text, self)  # not modal: read it beside the window
        self._guide.show()

    # -- reacting to the context ------------------------------------------------------
    def _program_changed(self) -> None:
        has = self.ctx.program is not None
        for action in (self.act_facilitators, self.act_settings, self.act_new_cycle,
                       self.act_restore):
            action.setEnabled(has and not self.ctx.read_only)
        self.act_copy.setEnabled(has)  # a read-only program can still be copied
        self._fill_cycles()
        self._update_status()

    def _data_changed(self, area: str) -> None:
        if area in ("sessions", "settings"):
            self._fill_cycles()
        self._update_status()

    def _update_status(self) -> None:
        program = self.ctx.program
        if program is None:
            self.setWindowTitle(APP_NAME)
            self.file_label.setText(self.tr("No program open"))
            self.cycle_label.setText("")
            self.saved_label.setText("")
            return
        name = program.path.name if program.path else self.tr("(in memory)")
        suffix = " [read-only]" if program.read_only else ""
        self.setWindowTitle(f"{program.name} — {name}{suffix} — {APP_NAME}")
        self.file_label.setText(f"{name}{suffix}")
        self.file_label.setToolTip(str(program.path or ""))
        self.cycle_label.setText(f"  {self.cycle_combo.currentText() or self.tr('No cycle yet')}")
        if not self.saved_label.text():
            self.saved_label.setText(self.tr("Read-only") if program.read_only else self.tr("All changes saved"))

    def closeEvent(self, event) -> None:
        settings.put("window/geometry", self.saveGeometry())
        settings.put("window/state", self.saveState())
        settings.put("window/tab", self.tabs.currentIndex())
        if self.ctx.program is not None:
            self.ctx.program.close()
            self.ctx.program = None
        self._swap_guard(None)
        super().closeEvent(event)


class _Pages(dict):
    """The tab pages by package name, each built the first time it is asked for."""

    def __init__(self, make):
        super().__init__()
        self._make = make

    def __missing__(self, key: str) -> QWidget:
        page = self[key] = self._make(key)
        return page
