"""The cycle's written comments under the entry grid, for the facilitator only.

Shown behind the tab's Show Comments button: the comments sorted, without sessions or
departments, and withheld altogether while so few people wrote one that a comment could
point to its writer. A comment that names someone can be hidden from every view and
report (and shown again); both go through the tab's ``perform``, so Edit > Undo works.

Its words keep the Feedback tab's translation context ("FeedbackTab"), where they were
written first, so the catalogues need no change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from peerdesk.store import feedback as store
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.icons import icon

# perform(undo text, do, undo) -> whether it was done
Perform = Callable[[str, Callable[[], object], Callable[[], object]], bool]


class CommentsPanel(QWidget):
    def __init__(self, ctx: ProgramContext, perform: Perform, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._perform = perform
        self.comments_note = QLabel()
        self.comments_note.setWordWrap(True)
        self.comments_note.setStyleSheet("color: #616e7c;")
        self.comments = QListWidget()
        self.comments.setObjectName("feedback_comments")
        self.comments.setToolTip(QCoreApplication.translate("FeedbackTab", "Select a comment that names someone and hide it before the "
                                 "report (Del)"))
        self.hide_comment_button = QPushButton(icon("delete"), QCoreApplication.translate("FeedbackTab", "Hide Comment"))
        self.hide_comment_button.setToolTip(QCoreApplication.translate("FeedbackTab", "Leave the selected comment out of every view and "
                                            "report (Edit > Undo brings it back)"))
        self.hide_comment_button.clicked.connect(self._hide_comment)
        self.unhide_button = QPushButton(QCoreApplication.translate("FeedbackTab", "Show Hidden Comments Again"))
        self.unhide_button.clicked.connect(self._unhide_comments)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.comments_note)
        box.addWidget(self.comments, 1)
        comment_buttons = QHBoxLayout()
        comment_buttons.addWidget(self.hide_comment_button)
        comment_buttons.addWidget(self.unhide_button)
        comment_buttons.addStretch(1)
        box.addLayout(comment_buttons)
        self.hide()

    def show_comments(self, shown: bool) -> None:
        """Show the cycle's comments as they are now, or hide the panel."""
        self.setVisible(shown)
        self.comments.clear()
        if not shown or self.ctx.program is None or self.ctx.cycle_id is None:
            return
        from peerdesk.core import feedback as fb

        data = store.load_feedback_data(self.ctx.program)
        said = fb.comments(data, fb.Scope(cycle_ids=(self.ctx.cycle_id,)))
        hidden = store.hidden_comments(self.ctx.program, self.ctx.cycle_id)
        if said.withheld:
            text = (QCoreApplication.translate("FeedbackTab", "Fewer than {min_group_size} people wrote a comment this cycle (or "
                    "showing them would single out a smaller group), so the comments stay "
                    "hidden: with so few, a comment could point to its writer.").format(min_group_size=data.min_group_size))
        elif not said.comments:
            text = QCoreApplication.translate("FeedbackTab", "No written comments in this cycle yet.")
        else:
            text = (QCoreApplication.translate("FeedbackTab", "For you only — never printed in participants' handouts. Sorted, without "
                    "sessions or departments. Hide a comment that names someone before you "
                    "export the report."))
            self.comments.addItems(list(dict.fromkeys(said.comments)))
        if hidden:
            text += QCoreApplication.translate("FeedbackTab", " %n comment(s) hidden by you.", "", hidden)
        self.comments_note.setText(text)
        editable = not self.ctx.read_only
        self.hide_comment_button.setEnabled(editable and self.comments.count() > 0)
        self.unhide_button.setVisible(bool(hidden))
        self.unhide_button.setEnabled(editable)

    def _hide_comment(self) -> None:
        item = self.comments.currentItem()
        program, cycle_id = self.ctx.program, self.ctx.cycle_id
        if item is None or program is None or cycle_id is None:
            return
        text = item.text()
        state: dict = {}

        def do():
            state["rows"] = store.set_comment_hidden(program, cycle_id, text, True)

        self._perform(QCoreApplication.translate("FeedbackTab", "Hide a comment"), do,
                      lambda: store.set_answers_hidden(program, state["rows"], False))

    def _unhide_comments(self) -> None:
        program, cycle_id = self.ctx.program, self.ctx.cycle_id
        if program is None or cycle_id is None:
            return
        state: dict = {}

        def do():
            state["rows"] = store.unhide_comments(program, cycle_id)

        self._perform(QCoreApplication.translate("FeedbackTab", "Show hidden comments again"), do,
                      lambda: store.set_answers_hidden(program, state["rows"], True))
