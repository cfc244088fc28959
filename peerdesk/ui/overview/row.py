"""One step of the checklist as a row: status icon, title, one-line summary, a way there.

The names behind a summary (who has not signed, who is unpaired) sit under a
"Details" toggle, so eight rows stay readable in a narrow dock.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QToolButton, QWidget

from peerdesk.core.overview import OK, TODO, WARNING, Step
from peerdesk.ui.icons import icon
from peerdesk.ui.language import QT_TRANSLATE_NOOP

ICON_SIZE = 18
STATE_TEXT = {OK: QT_TRANSLATE_NOOP("StepRow", "done"), WARNING: QT_TRANSLATE_NOOP("StepRow", "needs a look"), TODO: QT_TRANSLATE_NOOP("StepRow", "to do")}
MAX_SHOWN = 12  # names listed under Details before "and N more"


def state_icon(state: str) -> QIcon:
    return icon({TODO: "todo", OK: "ok"}.get(state, "warning"))


def keep_together(text: str) -> str:
    """"↑ 0.6" and "10 pts" never split across lines in a narrow dock."""
    for a, b in (("↑ ", "↑\u00a0"), ("↓ ", "↓\u00a0"), ("= ", "=\u00a0"), (" pts", "\u00a0pts")):
        text = text.replace(a, b)
    return text


def details_html(step: Step, limit: int = MAX_SHOWN) -> str:
    parts = []
    for detail in step.details:
        items = [escape(keep_together(i)) for i in detail.items[:limit]]
        if len(detail.items) > limit:
            items.append(QCoreApplication.translate("StepRow", "and {n} more").format(n=len(detail.items) - limit))
        if any(": " in i or len(i) > 40 for i in detail.items):
            body = "<br>".join(f"• {i}" for i in items)
            parts.append(f"<b>{escape(detail.label)}</b><br>{body}")
        else:
            parts.append(f"<b>{escape(detail.label)}:</b> {', '.join(items)}")
    return "<br>".join(parts)


class StepRow(QFrame):
    """A row for one step; ``go`` is emitted with the step's target when its button is pressed."""

    go = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.step: Step | None = None
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.status = QLabel()
        self.status.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QToolButton()
        self.button.setAutoRaise(False)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.clicked.connect(self._go)
        self.toggle = QToolButton()
        self.toggle.setObjectName("details_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setIconSize(QSize(8, 8))
        self.toggle.toggled.connect(self._show_details)
        self.toggle.setMaximumHeight(self.toggle.fontMetrics().height() + 4)
        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet("color: palette(placeholder-text);")
        self.details.hide()

        grid = QGridLayout(self)
        # The button sits beside the title, so all eight steps fit a 800-pixel-high window.
        grid.setContentsMargins(6, 3, 6, 3)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(1)
        grid.addWidget(self.status, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.button, 0, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.summary, 1, 1, 1, 2)
        grid.addWidget(self.toggle, 2, 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.details, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)

    def set_step(self, step: Step, can_go: bool = True, why_not: str = "") -> None:
        self.step = step
        self.setObjectName(f"step_{step.key}")
        self.button.setObjectName(f"go_{step.key}")
        self.status.setPixmap(state_icon(step.state).pixmap(ICON_SIZE, ICON_SIZE))
        self.status.setToolTip(QCoreApplication.translate("StepRow", STATE_TEXT[step.state]))
        self.status.setAccessibleName(QCoreApplication.translate("StepRow", STATE_TEXT[step.state]))
        self.title.setText(f"{step.number}. {step.title}")
        self.summary.setText(keep_together(step.summary))
        self.button.setText(step.action)
        self.button.setEnabled(can_go)
        self.button.setToolTip(why_not or self.tr("Go to: {rstrip}").format(rstrip=step.action.rstrip('…')))
        self.setAccessibleName(self.tr("Step {number}, {title}: {value}. "
                               "{summary}").format(number=step.number, title=step.title, value=QCoreApplication.translate("StepRow", STATE_TEXT[step.state]), summary=step.summary))
        count = sum(len(d.items) for d in step.details)
        self.toggle.setVisible(bool(step.details))
        self.toggle.setText(self.tr("Details ({count})").format(count=count))
        self.details.setText(details_html(step))
        self._show_details(self.toggle.isChecked())

    def _show_details(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.details.setVisible(shown and not self.toggle.isHidden())

    def _go(self) -> None:
        if self.step is not None:
            self.go.emit(self.step.target)
