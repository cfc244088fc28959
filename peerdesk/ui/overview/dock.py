"""The program checklist dock: the eight steps for the current cycle, live.

It reads the same core as the tabs (``peerdesk.store.overview``) and changes nothing:
each button only takes the facilitator where the work is done (a tab, or the
Facilitators / Code of Conduct / New Cycle action of the main window). Several
signals often fire for one user action, so refreshes are coalesced into one, and a
hidden dock waits until it is shown again.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.overview import CONDUCT, FACILITATORS, NEW_CYCLE, counts
from peerdesk.store.program import StorageError
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.icons import icon
from peerdesk.ui.locale import short_date
from peerdesk.ui.overview.row import StepRow
from peerdesk.ui.widgets import RefreshWhenShown

DOCK_WIDTH = 320  # a step's title and its button on one line
MIN_WIDTH = 240
PROGRAM_STEPS = 3  # steps 1-3 need no cycle
TAB_NAMES = ("participants", "pairings", "sessions", "feedback")


def _plain(text: str) -> str:
    return text.replace("&", "").rstrip("…").strip().casefold()


def conduct_action(main_window) -> QAction | None:
    """The main window's code-of-conduct editor action, wherever a feature put it.

    Looked up by name (``act_conduct``), else by its exact words, so the "Code of Conduct
    Sheet (PDF)" export is never taken for it."""
    action = getattr(main_window, "act_conduct", None)
    if isinstance(action, QAction):
        return action
    action = main_window.findChild(QAction, "act_conduct")
    if action is not None:
        return action
    return next((a for a in main_window.findChildren(QAction)
                 if _plain(a.text()) == "code of conduct"), None)


def _empty_box(title: str, text: str, button: QPushButton, name: str) -> QFrame:
    box = QFrame()
    box.setObjectName(name)
    box.setFrameShape(QFrame.Shape.StyledPanel)
    heading = QLabel(title)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    heading.setWordWrap(True)
    body = QLabel(text)
    body.setWordWrap(True)
    layout = QVBoxLayout(box)
    layout.addWidget(heading)
    layout.addWidget(body)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    return box


class OverviewDock(QDockWidget):
    def __init__(self, ctx: ProgramContext, main_window):
        super().__init__(self.tr("Program checklist"), main_window)
        self.ctx = ctx
        self.main_window = main_window
        self.steps: list = []
        self.setObjectName("overview_dock")
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea)
        self.toggleViewAction().setText(self.tr("Program Check&list"))
        self.toggleViewAction().setIcon(icon("checklist"))

        self._build_steps()
        self._build_empty_states()
        self._build_layout()

        # once the current burst of signals is over, and only while the dock is shown
        self._when_shown = RefreshWhenShown(self, self.refresh, delay_ms=0)
        ctx.programChanged.connect(self.schedule)
        ctx.cycleChanged.connect(self.schedule)
        ctx.dataChanged.connect(self.schedule)

    def _build_steps(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("overview_heading")
        self.heading.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setObjectName("overview_verdict")
        self.verdict.setWordWrap(True)
        self.rows = [StepRow() for _ in range(8)]
        for row in self.rows:
            row.go.connect(lambda target, row=row: self.go(target, row.step.key if row.step else ""))

    def _build_empty_states(self) -> None:
        new_cycle = self.new_cycle_button = QPushButton(icon("calendar"), self.tr("New Cycle…"))
        new_cycle.setObjectName("overview_new_cycle")
        new_cycle.clicked.connect(lambda: self.go(NEW_CYCLE))
        self.no_cycle = _empty_box(
            self.tr("Create the first cycle"),
            self.tr("A cycle is a period such as “Spring 2027” with its own pairs, sessions and "
            "feedback. Steps 4 to 8 start once it exists."), new_cycle, "overview_no_cycle")
        open_button = QPushButton(icon("open"), self.tr("Open…"))
        open_button.setObjectName("overview_open")
        open_button.clicked.connect(lambda: self.main_window.act_open.trigger())
        self.no_program = _empty_box(
            self.tr("No program open"),
            self.tr("Open a program file, or create one with File > New Program."), open_button,
            "overview_no_program")

    def _build_layout(self) -> None:
        content = QWidget()
        content.setObjectName("overview_content")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.verdict)
        layout.addWidget(self.no_program)
        self.lines = [self._line() for _ in self.rows]
        for index, (line, row) in enumerate(zip(self.lines, self.rows, strict=True)):
            layout.addWidget(line)
            layout.addWidget(row)
            if index == PROGRAM_STEPS - 1:
                layout.addWidget(self.no_cycle)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Program checklist steps"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setMinimumWidth(MIN_WIDTH)
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setWidget(scroll)
        self.scroll_area = scroll

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setWidth(DOCK_WIDTH)
        return hint

    @staticmethod
    def _line() -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    # -- keeping up with the program ------------------------------------------------
    def schedule(self, *_args) -> None:
        """Refresh once the current burst of signals is over (or when next shown)."""
        self._when_shown.request()

    @property
    def stale(self) -> bool:
        return self._when_shown.stale

    def refresh(self) -> None:
        from peerdesk.store.overview import overview

        self._when_shown.done()
        program = self.ctx.program
        self.no_program.setVisible(program is None)
        if program is None:
            self.steps = []
            self.heading.setText("")
            self.verdict.setText("")
            for row, line in zip(self.rows, self.lines, strict=True):
                row.hide()
                line.hide()
            self.no_cycle.hide()
            return
        cycle_id = self.ctx.cycle_id
        try:
            self.steps = overview(program, cycle_id, date_text=short_date)
        except KeyError:  # the cycle was just deleted; the next cycleChanged brings the new one
            cycle_id = None
            self.steps = overview(program, None, date_text=short_date)
        except StorageError as exc:
            self.verdict.setText(self.tr("The checklist cannot be read from this file: {exc}.").format(exc=exc))
            return
        self._show(program.name, cycle_id)

    def _show(self, program_name: str, cycle_id: int | None) -> None:
        cycle = self._cycle_name(cycle_id)
        self.heading.setText(self.tr("<b>{escape}</b>").format(escape=escape(program_name)))
        tally = counts(self.steps if cycle_id is not None else self.steps[:PROGRAM_STEPS])
        parts = [self.tr("{n} done").format(n=tally['ok'])]
        if tally["warning"]:
            parts.append(self.tr("{warning} to look at").format(warning=tally['warning']))
        if tally["todo"]:
            parts.append(self.tr("{todo} to do").format(todo=tally['todo']))
        cycle = cycle or self.tr("No cycle yet")
        self.verdict.setText(f"{cycle} · {', '.join(parts)}")
        conduct = conduct_action(self.main_window)
        for index, (row, step) in enumerate(zip(self.rows, self.steps, strict=True)):
            shown = cycle_id is not None or index < PROGRAM_STEPS
            row.setVisible(shown)
            self.lines[index].setVisible(shown)
            row.set_step(step, *self._reachable(step.target, conduct))
        self.no_cycle.setVisible(cycle_id is None)
        self.new_cycle_button.setEnabled(not self.ctx.read_only)
        self._fit_width()

    def _fit_width(self) -> None:
        """Never narrower than the widest step (a German title and its button on one line
        had a sideways scroll bar at 1280×800): the steps' least width and the scroll bar's."""
        scroll, content = self.scroll_area, self.scroll_area.widget()
        if content is None:
            return
        least = (content.minimumSizeHint().width()
                 + scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth())
        scroll.setMinimumWidth(max(MIN_WIDTH, least))

    def _reachable(self, target: str, conduct: QAction | None) -> tuple[bool, str]:
        """Whether a step's button can lead anywhere, and if not, why."""
        if target == CONDUCT and conduct is None:
            return False, self.tr("Editing the code of conduct is not part of this build.")
        if target in (FACILITATORS, NEW_CYCLE) and self.ctx.read_only:
            return False, self.tr("The program is open read-only.")
        return True, ""

    def _cycle_name(self, cycle_id: int | None) -> str:
        from peerdesk.store.cycles import get_cycle

        if cycle_id is None or self.ctx.program is None:
            return ""
        try:
            return get_cycle(self.ctx.program, cycle_id).name
        except KeyError:
            return ""

    # -- taking the facilitator there -------------------------------------------------
    def go(self, target: str, step: str = "") -> None:
        """Show the tab, or trigger the action, that a step's button leads to; the keyboard
        goes there too (step 6, "Attendance", to the names of the last session held)."""
        window = self.main_window
        if target == FACILITATORS:
            window.act_facilitators.trigger()
        elif target == NEW_CYCLE:
            window.act_new_cycle.trigger()
        elif target == CONDUCT:
            action = conduct_action(window)
            if action is not None:
                action.trigger()
        elif target in TAB_NAMES:
            window.show_tab(target)
            page = window.tab_pages[target]
            if step == "hold" and self._to_attendance(page):
                return
            first = page.nextInFocusChain()
            while first is not page and not (page.isAncestorOf(first) and first.isVisible()
                                              and first.focusPolicy() & Qt.FocusPolicy.TabFocus):
                first = first.nextInFocusChain()
            if first is not page:
                first.setFocus(Qt.FocusReason.TabFocusReason)

    def _to_attendance(self, page) -> bool:
        """The Sessions tab on the last session held in the cycle, its names focused."""
        from datetime import date

        from peerdesk.store.sessions import list_sessions

        program, cycle_id = self.ctx.program, self.ctx.cycle_id
        if program is None or cycle_id is None or not hasattr(page, "select_session"):
            return False
        held = [s for s in list_sessions(program, cycle_id, with_agenda=False)
                if s.date is not None and s.date <= date.today()]
        if not held or not page.select_session(max(held, key=lambda s: (s.date, s.id)).id):
            return False
        page.session_pane.focus_attendance()
        return True
