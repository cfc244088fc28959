"""A list to choose from that narrows as you type: the Swap/Move/Pair-with pickers offer
every person of the cycle, and a drop-down of 57 names is a list to scroll, not to choose.

Typing any part of a name (accents and case ignored: "zofie" finds "Žofie Nováková")
narrows the list; Up/Down move in it from the search box; Enter takes the highlighted
entry, or the only one left.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QObject, QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

# Letters that are not a base letter plus an accent, so Unicode does not decompose them.
_PLAIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae",
                        "œ": "oe", "ı": "i", "ħ": "h", "ŧ": "t"})


def folded(text: str) -> str:
    """Lower case without accents, for matching what was typed ("lukasz" finds Łukasz)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class _Matching(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()  # Qt 6.10's replacement for invalidateFilter()
        self._words = folded(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        label = folded(self.sourceModel().index(row, 0, parent).data() or "")
        return all(word in label for word in self._words)


class PickDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, label: str, items: list[str]):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.items = items
        self.search = QLineEdit()
        self.search.setObjectName("pick_search")
        self.search.setPlaceholderText(self.tr("Type part of a name to narrow the list"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the list"))
        caption = QLabel(label)
        caption.setBuddy(self.search)
        caption.setWordWrap(True)
        self.model = QStringListModel(items, self)
        self.matching = _Matching(self)
        self.matching.setSourceModel(self.model)
        self.view = QListView()
        self.view.setObjectName("pick_list")
        self.view.setAccessibleName(label.rstrip(":"))
        self.view.setModel(self.matching)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(self.accept)
        self.none_left = QLabel(self.tr("Nothing matches: erase some of what you typed."))
        self.none_left.setStyleSheet("color: #616e7c;")
        self.none_left.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.none_left)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._narrow)
        self.search.installEventFilter(self)
        self._narrow("")
        self.resize(580, 460)

    def _narrow(self, text: str) -> None:
        self.matching.set_text(text)
        left = self.matching.rowCount()
        if left and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.matching.index(0, 0))
        self.none_left.setVisible(left == 0)
        self.ok.setEnabled(left > 0)

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp,
                                    Qt.Key.Key_PageDown):
            # the arrows move in the list while the typing stays in the box
            from PySide6.QtWidgets import QApplication

            QApplication.sendEvent(self.view, event)
            return True
        return False

    def chosen(self) -> int | None:
        """The index into ``items`` of the entry taken, or None."""
        index = self.view.currentIndex()
        if not index.isValid() and self.matching.rowCount() == 1:
            index = self.matching.index(0, 0)
        if not index.isValid():
            return None
        return self.matching.mapToSource(index).row()

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()
