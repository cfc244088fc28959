"""Archiving a participant: the reason, and whether they have left the company."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QLineEdit

from peerdesk.ui.widgets import ok_cancel


class ArchiveDialog(QDialog):
    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Archive {name}").format(name=name))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. Left the company, on parental leave"))
        self.left = QCheckBox(self.tr("Has left the company (counts for retention)"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("{name} will be hidden from new pairings and sessions. "
                           "Their history stays, and you can unarchive them.").format(name=name)))
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow("", self.left)
        form.addRow(ok_cancel(self))
