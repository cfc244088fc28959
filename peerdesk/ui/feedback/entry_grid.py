"""The fast entry grid: a stack of paper forms typed in with the keyboard only.

Type an answer and press Tab or Enter: the next question opens for typing. At the end
of a row the form is saved and the next empty row opens, so thirty forms are thirty rows
of digits. A refused answer (out of range, not a number) keeps the cursor in its cell,
with the reason shown under the grid. Delete removes the selected forms (with undo).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from peerdesk.ui.feedback.entry_model import FormsModel
from peerdesk.ui.widgets import editor_name

Hint = QAbstractItemDelegate.EndEditHint


class _Delegate(QStyledItemDelegate):
    """A plain line editor: the model checks and explains, the editor only takes keys."""

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setFrame(False)
        # a screen reader reads the question being answered, not just "edit text"
        question = index.model().headerData(index.column(), Qt.Orientation.Horizontal,
                                            Qt.ItemDataRole.ToolTipRole)
        editor.setAccessibleName(str(question or editor_name(index)))
        return editor

    def eventFilter(self, editor, event) -> bool:
        """Ctrl+Tab and Ctrl+Shift+Tab leave the grid from the cell being typed in too (Qt's
        delegates take every Tab as "next cell"): the answer is kept, then the focus moves
        on along the window's chain."""
        if event.type() == QEvent.Type.KeyPress and _leaves(event):
            grid = self.parent()
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, Hint.NoHint)
            if isinstance(grid, EntryGrid) and grid.state() != QAbstractItemView.State.EditingState:
                grid.leave(backwards=_backwards(event))  # not when the answer was refused
            return True
        return super().eventFilter(editor, event)


def _leaves(event) -> bool:
    return event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
        and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


def _backwards(event) -> bool:
    return event.key() == Qt.Key.Key_Backtab \
        or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)


class EntryGrid(QTableView):
    deleteRequested = Signal(list)  # rows

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("feedback_entry_grid")
        self.setAccessibleName(self.tr("Feedback forms, one row per form"))
        self.setItemDelegate(_Delegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        # An editor: Tab moves to the next answer of the form (a blank answer is skipped
        # with Tab). Ctrl+Tab (and Ctrl+Shift+Tab) leaves the grid, as it leaves Qt's own
        # editors, from the cell being typed in too (see keyPressEvent and _Delegate).
        self.setTabKeyNavigation(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setDefaultSectionSize(46)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setWordWrap(False)

    def resize_columns(self) -> None:
        """Narrow answer columns so a whole form fits across; names and text get room."""
        model = self.forms_model()
        for column in range(model.columnCount()):
            q = model.question(column)
            if q is None or q.kind == "text":
                self.resizeColumnToContents(column)
                self.setColumnWidth(column, max(110, min(self.columnWidth(column), 200)))
            else:
                self.setColumnWidth(column, 46)

    def forms_model(self) -> FormsModel:
        return self.model()  # type: ignore[return-value]

    # -- moving on after each answer ----------------------------------------------------
    def closeEditor(self, editor, hint) -> None:
        model = self.forms_model()
        index = self.currentIndex()
        refused = model.last_refused
        if refused is not None and refused.isValid() and refused == index:
            super().closeEditor(editor, Hint.NoHint)
            model.last_refused = None
            QTimer.singleShot(0, lambda: self._edit(index))  # try again in the same cell
            return
        if hint not in (Hint.EditNextItem, Hint.SubmitModelCache):
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, Hint.NoHint)
        self.advance(index)

    def advance(self, index: QModelIndex) -> None:
        """The cell after ``index``; past the last column, the end of the form."""
        model = self.forms_model()
        if index.column() < model.columnCount() - 1:
            self._edit(index.siblingAtColumn(index.column() + 1))
        elif index.row() == model.draft_row():
            model.finish_draft()  # saved by the tab; it then opens the next empty row
        elif index.row() + 1 < model.rowCount():
            self.setCurrentIndex(model.index(index.row() + 1, 0))

    def _edit(self, index: QModelIndex) -> None:
        if index.isValid():
            self.setCurrentIndex(index)
            self.edit(index)

    def start_draft(self) -> None:
        """Put the cursor in the first cell of the empty row, ready to type."""
        model = self.forms_model()
        row = model.draft_row()
        if row >= 0 and model.columnCount():
            index = model.index(row, 0)
            self.setCurrentIndex(index)
            self.scrollTo(index)
            self.setFocus()

    def leave(self, backwards: bool = False) -> None:
        """Focus to the next (or previous) control of the window, not the next cell."""
        QWidget.focusNextPrevChild(self, not backwards)

    def keyPressEvent(self, event) -> None:
        if _leaves(event):
            self.leave(backwards=_backwards(event))
            return
        model = self.forms_model()
        index = self.currentIndex()
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            rows = sorted({i.row() for i in self.selectedIndexes()} | {index.row()})
            rows = [r for r in rows if 0 <= r < len(model.forms)]
            if rows:
                self.deleteRequested.emit(rows)
                return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid() \
                and self.state() != QAbstractItemView.State.EditingState:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier \
                    and index.row() == model.draft_row():
                model.finish_draft()
            else:
                self.advance(index)
            return
        super().keyPressEvent(event)
