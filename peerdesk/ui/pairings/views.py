"""The pieces the Pairings tab is built from: its tables, the members list one drags
from, its actions, and buttons that follow their action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QMenu,
    QPushButton,
    QTableView,
    QWidget,
)

from peerdesk.ui.icons import icon
from peerdesk.ui.pairings.model import ID_ROLE, PERSON_MIME, SORT_ROLE, person_mime


class MembersList(QListWidget):
    """The selected pair's members; drag one onto another pair to move them there."""

    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def mimeData(self, items):
        return person_mime(items[0].data(ID_ROLE)) if items else super().mimeData(items)


def pair_table(model, name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    """A sortable, read-only table of ``model``, one row chosen at a time; with its proxy."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # a list to choose from, not an editor: Tab moves on
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    menu_key = QShortcut(QKeySequence("Shift+F10"), view)
    menu_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # one per table: never ambiguous
    menu_key.activated.connect(lambda: _context_menu(view))
    return view, proxy


def _context_menu(view: QTableView) -> None:
    """Shift+F10 opens the row's context menu, as the menu key does (Qt on Linux knows only
    the menu key); at the chosen row."""
    if view.contextMenuPolicy() != Qt.ContextMenuPolicy.ActionsContextMenu or not view.actions():
        return
    where = view.visualRect(view.currentIndex()).center() if view.currentIndex().isValid() else QPoint()
    QMenu.exec(view.actions(), view.viewport().mapToGlobal(where), None, view)


def live_button(action: QAction) -> QPushButton:
    """A push button for ``action`` that follows its text (Pin, Unpin) and whether it is enabled."""
    button = QPushButton(action.icon(), action.text().replace("&", ""))
    button.setToolTip(action.toolTip())
    button.clicked.connect(action.trigger)

    def follow() -> None:
        button.setEnabled(action.isEnabled())
        button.setText(action.text().replace("&", ""))

    action.changed.connect(follow)
    return button


def tab_action(parent: QWidget, icon_name: str, text: str, slot: Callable[[], object], tip: str,
               shortcut: str = "") -> QAction:
    """An action of the tab, its tip also in the status bar; ``slot`` gets no arguments."""
    action = QAction(icon(icon_name), text, parent)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def hand_actions(tab) -> list[QAction]:
    """The tab's changes made by hand, for the Pairings menu and the pairs' context menu."""
    return [tab.act_pin, tab.act_swap, tab.act_move, tab.act_never, tab.act_unexclude]
