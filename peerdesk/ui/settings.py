"""The app's own settings (not the program's): every key and its default, declared once.

They live in an INI file in the user's config folder; tests point that folder at a
temporary one through the usual XDG variables, so the user's real settings are never
touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths

DEFAULTS: dict[str, object] = {
    "window/geometry": None,
    "window/state": None,
    "window/tab": 0,
    "recent_files": [],
    "last_file": "",
    "paper": "",  # "" = from the locale
    "language": "",  # the window's language; "" = the computer's (ui/language.py)
}
MAX_RECENT = 8


def config_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / "PeerDesk"


def data_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base) / "PeerDesk"


def log_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericStateLocation)
    return Path(base) / "PeerDesk" / "logs"


def _store() -> QSettings:
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "peerdesk.ini"), QSettings.Format.IniFormat)


def get(key: str) -> Any:
    value: Any = _store().value(key, DEFAULTS[key])
    default = DEFAULTS[key]
    if isinstance(default, list):
        if value is None or value == "":
            return []
        return [value] if isinstance(value, str) else list(value)
    if isinstance(default, int) and not isinstance(value, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            return default
    return value


def put(key: str, value) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    _store().setValue(key, value)  # written to disk when the QSettings object goes


def add_recent(path: str) -> list[str]:
    recent = [p for p in get("recent_files") if p != path]
    recent.insert(0, path)
    recent = recent[:MAX_RECENT]
    put("recent_files", recent)
    put("last_file", path)
    return recent
