"""Type names for Qt's own stubs, shared by the window's models and widgets.

Qt hands a model either kind of index (``QAbstractItemModel.data`` and friends are
declared over both), so an override must accept both to match its base class.
"""

from __future__ import annotations

from typing import TypeAlias

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

ModelIndex: TypeAlias = QModelIndex | QPersistentModelIndex
