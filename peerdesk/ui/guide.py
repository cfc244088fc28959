"""Help > Quick Guide: the short guide, shipped with the app and shown in a window of its own.

The text is a package resource (resources/guide/quick-guide.md, installed as
``peerdesk.resources``), so it is there from a wheel, a frozen bundle or the source tree.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

GUIDE = ("guide", "quick-guide.md")


def guide_text() -> str:
    """The guide's Markdown; raises FileNotFoundError when the installation lacks it."""
    folder, name = GUIDE  # one part per joinpath: Python 3.10's Traversable takes one
    return resources.files("peerdesk.resources").joinpath(folder).joinpath(name).read_text(
        encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("PeerDesk quick guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_text")
        self.browser.setAccessibleName(self.tr("Quick guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)
