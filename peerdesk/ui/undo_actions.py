"""Edit > Undo and Redo whose text is one translated phrase per language.

``QUndoStack.createUndoAction(parent, prefix)`` writes ``prefix + " " + command text``,
which reads "&Undo Add person" in English but "&Rückgängig Person hinzufügen" in German.
These actions take their whole text from one translatable pattern ("&Undo {action}"), so
each language puts the command where it belongs ("&Rückgängig: Person hinzufügen").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QUndoStack
from shiboken6 import isValid


def undo_text(command: str) -> str:
    """The Undo action's text for a command (plain "&Undo" when there is none)."""
    if not command:
        return QCoreApplication.translate("UndoActions", "&Undo")
    return QCoreApplication.translate("UndoActions", "&Undo {action}").format(
        action=command.replace("&", "&&"))


def redo_text(command: str) -> str:
    """The Redo action's text for a command (plain "&Redo" when there is none)."""
    if not command:
        return QCoreApplication.translate("UndoActions", "&Redo")
    return QCoreApplication.translate("UndoActions", "&Redo {action}").format(
        action=command.replace("&", "&&"))


def undo_redo_actions(stack: QUndoStack, parent: QObject) -> tuple[QAction, QAction]:
    """An Undo and a Redo action over ``stack``, enabled and worded as it changes."""
    undo, redo = QAction(parent), QAction(parent)

    def refresh(*_changed: object) -> None:
        if not all(isValid(o) for o in (stack, undo, redo)):
            return  # the stack or an action is being destroyed with its parent
        undo.setText(undo_text(stack.undoText()))
        undo.setEnabled(stack.canUndo())
        redo.setText(redo_text(stack.redoText()))
        redo.setEnabled(stack.canRedo())

    undo.triggered.connect(stack.undo)
    redo.triggered.connect(stack.redo)
    for signal in (stack.indexChanged, stack.canUndoChanged, stack.canRedoChanged,
                   stack.undoTextChanged, stack.redoTextChanged, stack.cleanChanged):
        signal.connect(refresh)
    refresh()
    return undo, redo
