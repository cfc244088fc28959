"""The main window: menus, toolbar, the four tabs and the status bar.

It owns no data: the open program, undo stack and current cycle live in the
:class:`ProgramContext`, and each tab is built from its own package.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from peerdesk import APP_NAME, __version__
from peerdesk.ui import dialogs, features, program_files, settings
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
FRAME_ROOM = 64  # pixels a window manager's title bar and borders may take around the window
MENU_ORDER = ("File", "Edit", "Program", "Pairings", "Sessions", "Export", "Help")
MENU_TITLES = {"File": QT_TRANSLATE_NOOP("MainWindow", "&File"), "Edit": QT_TRANSLATE_NOOP("MainWindow", "&Edit"), "Program": QT_TRANSLATE_NOOP("MainWindow", "&Program"), "Pairings": QT_TRANSLATE_NOOP("MainWindow", "P&airings"), "Sessions": QT_TRANSLATE_NOOP("MainWindow", "&Sessions"), "Export": QT_TRANSLATE_NOOP("MainWindow", "E&xport"), "Help": QT_TRANSLATE_NOOP("MainWindow", "&Help")}
class MainWindow(QMainWindow):
    overview: QDockWidget  # the overview dock, once the first paint is done (features.add_docks)

    def __init__(self, ctx: ProgramContext | None = None):
        super().__init__()
        self.ctx = ctx or ProgramContext(self)
        self.ctx.load_commands = self.finish_building
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 780)
        self.menus: dict[str, QMenu] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.tab_pages = features.Pages(self._make_page)
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
        self._first_start = geometry is None or not self.restoreGeometry(geometry)
        if self._first_start:
            available = self.screen().availableGeometry()  # first start: fit the screen
            self.resize(min(1280, available.width()), min(840, available.height()))
        # The tab on show is built now; the rest once the window has painted (see event()).
        self._finish_scheduled = False
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(60 * 60 * 1000)  # hourly look; a copy once a day
        self._backup_timer.timeout.connect(self._backup)
        self._backup_timer.start()
        self._program_changed()

    def show_fitted(self) -> None:
        """Show the window as the app starts. At the first start it is 1280 × 840 where the
        screen has room for that and the window's frame (title bar, borders), else maximised: a
        window as big as a 1280 × 800 screen would put its status bar below the screen's edge
        once the frame is added. Later starts show it as it was left."""
        available = self.screen().availableGeometry()
        if self._first_start and (self.width() > available.width() - FRAME_ROOM
                                  or self.height() > available.height() - FRAME_ROOM):
            self.showMaximized()
        else:
            self.show()

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
        self.act_new_cycle = self._action(self.tr("New C&ycle…"), self.new_cycle, "Ctrl+Shift+C", "calendar",
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
        self.file_plugins_anchor = file.addSeparator()
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
        program_files.fill_recent_menu(self)

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
        holder = self.tabs.widget(index)
        layout = holder.layout() if holder is not None else None
        assert layout is not None  # each tab's placeholder is built with a layout
        layout.addWidget(page)
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
        features.plug_in_menus(self)
        features.add_docks(self)
        from peerdesk.ui import mnemonics

        mnemonics.settle(self, [self.tab_pages[package] for package, *_rest in TABS],
                         [self.toolbar, *self.findChildren(QDockWidget)])
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
        # grows with the longest cycle name (a rename), up to about 40 characters
        self.cycle_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.cycle_combo.setMaximumWidth(self.fontMetrics().averageCharWidth() * 44)
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

    # -- the open program ------------------------------------------------------------
    def open_path(self, path: str, read_only: bool = False) -> bool:
        """Open a program file; a file another PeerDesk has open is offered read-only."""
        return program_files.open_path(self, path, read_only)

    def swap_guard(self, guard) -> None:
        """Hold ``guard`` (the open program's lock, or None), releasing the one held before."""
        old = getattr(self, "_guard", None)
        if old is not None and old is not guard:
            old.release()
        self._guard = guard

    # -- backups ---------------------------------------------------------------------
    def _backup(self, startup: bool = False) -> None:
        program_files.backup(self, startup)

    def restore_backup(self) -> None:
        program_files.restore_backup(self)

    def new_program(self) -> None:
        program_files.new_program(self)

    def open_dialog(self) -> None:
        path = dialogs.open_file(self, self.tr("Open program"))
        if path:
            self.open_path(path)

    def save_copy(self) -> None:
        program_files.save_copy(self)

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
        suffix = " " + self.tr("[read-only]") if program.read_only else ""
        self.setWindowTitle(f"{program.name} — {name}{suffix} — {APP_NAME}")
        self.file_label.setText(f"{name}{suffix}")
        self.file_label.setToolTip(str(program.path or ""))
        cycle = self.cycle_combo.currentText() or self.tr("No cycle yet")
        self.cycle_label.setText(f"  {cycle}")
        if not self.saved_label.text():
            self.saved_label.setText(self.tr("Read-only") if program.read_only else self.tr("All changes saved"))

    def closeEvent(self, event) -> None:
        settings.put("window/geometry", self.saveGeometry())
        settings.put("window/state", self.saveState())
        settings.put("window/tab", self.tabs.currentIndex())
        if self.ctx.program is not None:
            self.ctx.program.close()
            self.ctx.program = None
        self.swap_guard(None)
        super().closeEvent(event)
