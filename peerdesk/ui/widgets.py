"""Small pieces every dialog and form uses the same way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
)

from peerdesk.ui.style import ERROR_TEXT


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, wired to the dialog's accept (which may refuse) and reject."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def problems_label(object_name: str = "") -> QLabel:
    """Where a form says, in red, what is wrong with what was typed."""
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_TEXT)
    return label


def editor_name(index) -> str:
    """What a cell editor is called for a screen reader: its column, and its row's first cell."""
    model = index.model()
    column = str(model.headerData(index.column(), Qt.Orientation.Horizontal) or "")
    row = str(model.index(index.row(), 0, index.parent()).data() or "")
    return f"{column}, {row}" if row and index.column() != 0 else column or row


class NamedEditors(QStyledItemDelegate):
    """The default cell editors, each named after its column and row (screen readers read it)."""

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if editor is not None:
            editor.setAccessibleName(editor_name(index))
        return editor


def action_button(action) -> QPushButton:
    """A push button for ``action``: its text, icon and tip, enabled exactly when it is."""
    button = QPushButton(action.icon(), action.text().replace("&", "").rstrip("…")
                         + ("…" if action.text().endswith("…") else ""))
    button.setToolTip(action.toolTip())
    button.clicked.connect(action.trigger)

    def follow() -> None:
        button.setEnabled(action.isEnabled())
        button.setToolTip(action.toolTip())

    action.changed.connect(follow)
    follow()
    return button
