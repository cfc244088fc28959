"""The program checklist: a dock that shows what is done and what is missing."""

from peerdesk.ui.overview.dock import OverviewDock

__all__ = ["OverviewDock"]
