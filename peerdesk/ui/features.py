"""How the feature packages plug into the window: each tab's page built the first time it
is shown, their menu entries and commands, and the overview dock.

A package under ``peerdesk.ui`` takes part by what it defines: ``menu_actions(window)``
for menu entries, ``commands(window)`` for the commands other features reach through the
window (``ctx.provide``), and for the overview an ``OverviewDock``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from peerdesk.ui.main_window import MainWindow

# Feature packages that add menu entries (``menu_actions``) or commands (``commands``),
# in the order their entries appear in a shared menu.
PLUG_INS = (
    "importing",
    "intake",
    "documents",
    "conduct",
    "pairings",
    "sessions",
    "feedback",
    "overview",
    "messages",
)


def plug_in_menus(window: MainWindow) -> None:
    """Features add their own menu entries (import wizards, PDF exports, ...)."""
    for package in PLUG_INS:
        try:
            module = importlib.import_module(f"peerdesk.ui.{package}")
        except ModuleNotFoundError as exc:
            if exc.name == f"peerdesk.ui.{package}":
                continue
            raise
        for name, handler in getattr(module, "commands", lambda _w: {})(window).items():
            window.ctx.provide(name, handler)
        provider = getattr(module, "menu_actions", None)
        if provider is None:
            continue
        for menu_name, actions in provider(window).items():
            menu = window.menus[menu_name]
            for action in actions:
                if menu_name == "File":
                    menu.insertAction(window.file_plugins_anchor, action)
                else:
                    menu.addAction(action)


def add_docks(window: MainWindow) -> None:
    """The overview dock on the left, when this build has it."""
    try:
        module = importlib.import_module("peerdesk.ui.overview")
    except ModuleNotFoundError as exc:
        if exc.name != "peerdesk.ui.overview":
            raise
        return
    dock = module.OverviewDock(window.ctx, window)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+Shift+L"))
    window.menus["Program"].addAction(dock.toggleViewAction())
    window.overview = dock


class Pages(dict):
    """The tab pages by package name, each built the first time it is asked for."""

    def __init__(self, make):
        super().__init__()
        self._make = make

    def __missing__(self, key: str) -> QWidget:
        page = self[key] = self._make(key)
        return page
