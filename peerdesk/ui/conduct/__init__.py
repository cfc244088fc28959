"""The code of conduct in the window: its versions and who has signed them."""

from __future__ import annotations

from peerdesk.ui.conduct.dialog import ConductDialog

__all__ = ["ConductDialog"]
