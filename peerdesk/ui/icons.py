"""One icon set for the whole app: the SVGs in resources/icons, drawn in one style."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from peerdesk.resources_path import resource_path


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` (a file ``resources/icons/<name>.svg``); empty if missing."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("peerdesk")
