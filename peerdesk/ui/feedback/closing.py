"""The Feedback tab's closing row: where the chosen session's feedback stands, its Close
Feedback button, and, for a session that takes no more forms, a way to one that does.

In an anonymous program a session's forms wait while its feedback is open and join the
figures at once when it closes (:mod:`peerdesk.store.feedback_close`); a closed session
shows no empty row to type into, so the row says why and offers the next session whose
feedback is still open. A close the rule holds back because of the departments written
on its forms can leave some of them out, or close with its forms kept out of every figure
(:func:`offer_after_hold`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peerdesk.store import feedback as store
from peerdesk.store.program import Program
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.icons import icon

TITLE_ROLE = Qt.ItemDataRole.UserRole + 1  # a session's date and title, without its counts


def open_elsewhere(picker: QComboBox, program: Program, cycle_id: int, state: str
                   ) -> tuple[tuple[str, int | None] | None, str]:
    """For a session that takes no more forms, the next one in the ``picker`` whose
    feedback is open (one already held first) and its title; (None, "") if none."""
    if state == store.OPEN:
        return None, ""
    here, count, today = picker.currentIndex(), picker.count(), date.today()
    held = {s.id for s in store.list_sessions(program, cycle_id) if s.date and s.date <= today}
    order = [(here + step) % count for step in range(1, count)]
    for wanted in (lambda c: c[0] == "session" and c[1] in held, lambda c: True):
        for i in order:
            phase, session_id = choice = picker.itemData(i)
            if wanted(choice) and store.feedback_state(
                    program, cycle_id, session_id, phase) == store.OPEN:
                return choice, picker.itemData(i, TITLE_ROLE) or picker.itemText(i)
    return None, ""


class ClosingRow(QWidget):
    """The state text, Close Feedback, and Go to an Open Session (shown when the chosen
    session takes no more forms and another one does)."""

    goTo = Signal(object)  # the (phase, session id) of a session whose feedback is open

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = QLabel()
        self.state.setObjectName("feedback_state")
        self.state.setWordWrap(True)
        self.state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.finish_button = QPushButton(icon("feedback"), self.tr("Close Feedback"))
        self.finish_button.setObjectName("feedback_finish")
        self.finish_button.setToolTip(self.tr("All of this session's forms, typed or imported, "
                                              "join the figures together; after that the "
                                              "session takes no more forms (Edit > Undo "
                                              "reopens it)"))
        self.open_button = QPushButton(icon("sessions"), self.tr("Go to an Open Session"))
        self.open_button.setObjectName("feedback_go_open")
        self.open_button.clicked.connect(lambda: self.goTo.emit(self._open))
        self._open: tuple[str, int | None] | None = None
        buttons = QHBoxLayout()  # under the text: a long one wraps across the panel
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addLayout(buttons)

    def show_state(self, state: str, open_choice: tuple[str, int | None] | None,
                   open_title: str, kept_out: bool = False) -> None:
        """Say where the session's feedback stands; ``open_choice`` (titled
        ``open_title``) is the session to offer when this one takes no more forms;
        ``kept_out``: some of its forms are kept out of the figures."""
        self._open = open_choice if state != store.OPEN else None
        text = self._state_text(state, kept_out)
        if self._open is not None:
            text += " " + self.tr("To type more forms, pick a session whose feedback is open, "
                                  "such as {title}.").format(title=open_title)
            self.open_button.setToolTip(self.tr("Show {title}, whose feedback is open").format(
                title=open_title))
        elif state != store.OPEN:
            text += " " + self.tr("No session of this cycle takes forms now.")
        self.state.setText(text)
        self.open_button.setVisible(self._open is not None)

    def _state_text(self, state: str, kept_out: bool) -> str:
        if state == store.CLOSED and kept_out:
            return self.tr("Feedback closed: it takes no more forms. Forms of this session "
                           "are kept out of every figure: the rule held them back.")
        if state == store.CLOSED:
            return self.tr("Feedback closed: this session's forms have joined the figures, "
                           "and it takes no more forms.")
        if state == store.REOPENED_STATE:
            return self.tr("Feedback reopened by Undo: close it again to let the same forms "
                           "join; it takes no new forms.")
        return self.tr("Feedback open: its forms wait, counted in no figure, until you close "
                       "the session's feedback.")


def leave_out_text(offer: store.LeftOut) -> str:
    """The offer in words: which departments are left out, on how many forms, which kept."""
    text = QCoreApplication.translate("ClosingRow", "The departments written on some of these forms split them into "
              "groups too small to add to the figures apart. If the departments on %n form(s) "
              "are left out ({left_out}), all the forms can join now, those counted for all "
              "departments together.", "", offer.forms_left_out).format(
        left_out=", ".join(offer.names_left_out()))
    if offer.kept:
        text += " " + QCoreApplication.translate("ClosingRow", "The others keep their departments ({kept}).").format(
            kept=", ".join(offer.kept))
    return text + " " + QCoreApplication.translate("ClosingRow", "Edit > Undo gives them back.")


def offer_after_hold(ctx: ProgramContext, parent: QWidget, cycle_id: int,
                     session_id: int | None, phase: str,
                     close: Callable[[frozenset[str], bool], None]) -> None:
    """After the rule held a close back: offer what can close the session now, and call
    ``close(departments to leave out, keep the forms out)`` with the facilitator's choice.
    Leaving out the departments that must go comes first; when that cannot help (or the
    forms carry none), closing with the forms kept out of every figure, for a session that
    will get no more forms.

    The search tries one close a department, each a check over every reading (seconds on
    a program of thousands of forms): it runs on an in-memory copy of the program
    (:meth:`Program.scratch_copy`), off the UI thread, under a progress dialog whose
    Cancel stops it (the departments not tried yet are then left out)."""
    program = ctx.require_program()
    if store.feedback_state(program, cycle_id, session_id, phase) != store.OPEN:
        return  # reopened by an undo: only Redo closes it again as it was
    copy = program.scratch_copy()

    def work(progress: Callable[[int, int, str], bool]) -> store.LeftOut | None:
        try:
            return store.departments_to_leave_out(copy, cycle_id, session_id, phase,
                                                  lambda done, total: progress(done, total, ""))
        finally:
            copy.close()

    def found(offer: store.LeftOut | None) -> None:
        translate = QCoreApplication.translate
        if offer is not None:
            title = translate("ClosingRow", "Close without some departments?")
            yes = translate("ClosingRow", "Leave Them Out and Close")
            if dialogs.confirm(parent, title, leave_out_text(offer), yes=yes):
                close(offer.left_out, False)
            return
        title = translate("ClosingRow", "Close and keep these forms out?")
        text = translate(
            "ClosingRow",
            "If no more forms will come for this session, close it now: its forms are kept, "
            "but out of every figure. The session then takes no more forms; Edit > Undo opens "
            "it again. If more forms will come, keep typing: they join once there are enough.")
        if dialogs.confirm(parent, title, text,
                           yes=translate("ClosingRow", "Close and Keep Them Out")):
            close(frozenset(), True)

    ctx.run_task(parent, QCoreApplication.translate(
        "ClosingRow", "Looking for the departments the forms can keep…"), work, found)
