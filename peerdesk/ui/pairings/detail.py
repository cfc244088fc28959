"""The selected pair, on the right of the Pairings tab: who is in it (drag one to move them),
why it was made, and the buttons that change it. The words are the tab's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.reasons import render_all
from peerdesk.ui.pairings.model import ID_ROLE, PairRow, points
from peerdesk.ui.pairings.views import MembersList, live_button


class PairDetail(QWidget):
    """``pair_actions`` (swap, move, pin) get a row of buttons under the reasons, and
    ``exclusion_actions`` (never pair, remove an exclusion) one more, to the right."""

    def __init__(self, pair_actions: tuple[QAction, ...], exclusion_actions: tuple[QAction, ...],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumWidth(320)
        self.title = QLabel()
        self.title.setObjectName("pair_title")
        self.title.setWordWrap(True)
        self.members = MembersList()
        self.members.setDragEnabled(True)
        self.members.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.members.setObjectName("pair_members")
        self.members.setAccessibleName(QCoreApplication.translate("PairingsTab", "Members of the selected pair"))
        self.members.setMaximumHeight(90)
        self.reasons = QLabel()
        self.reasons.setObjectName("pair_reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = [live_button(action) for action in pair_actions]
        buttons = QHBoxLayout()
        for button in self.buttons:
            buttons.addWidget(button)
        never_row = QHBoxLayout()
        never_row.addStretch(1)
        for action in exclusion_actions:  # side by side; the bar fits a longer language
            never_row.addWidget(live_button(action))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(QLabel(QCoreApplication.translate("PairingsTab", "Members (choose one to swap or move):")))
        layout.addWidget(self.members)
        layout.addWidget(QLabel(QCoreApplication.translate("PairingsTab", "Why this pair:")))
        layout.addWidget(self.reasons, 1)
        layout.addLayout(buttons)
        layout.addLayout(never_row)
        self.setMinimumWidth(max(320, layout.minimumSize().width()))  # never cuts a button's words

    def show_pair(self, pair: PairRow | None) -> None:
        """Show ``pair`` (its first member chosen), or say how to choose one."""
        self.members.blockSignals(True)
        self.members.clear()
        if pair is None:
            self.title.setText(QCoreApplication.translate("PairingsTab", "Select a pair to see why it was made."))
            self.reasons.setText("")
        else:
            pinned = QCoreApplication.translate("PairingsTab", " · pinned") if pair.pinned else ""
            self.title.setText(
                QCoreApplication.translate("PairingsTab", "<b>{people}</b><br>Score {score:g}{pinned}").replace(":g}", "}").format(
                    people=pair.people(), score=points(pair.score), pinned=pinned))
            for pid, name, role in pair.members:
                word = {"buddy": QCoreApplication.translate("PairingsTab", " (buddy)"),
                        "recruit": QCoreApplication.translate("PairingsTab", " (new recruit)")}.get(role, "")
                item = QListWidgetItem(name + word)
                item.setData(ID_ROLE, pid)
                self.members.addItem(item)
            self.members.setCurrentRow(0)
            self.reasons.setText("\n".join(render_all(pair.reasons)))
        self.members.blockSignals(False)

    def chosen_member(self) -> int | None:
        item = self.members.currentItem()
        return item.data(ID_ROLE) if item is not None else None
