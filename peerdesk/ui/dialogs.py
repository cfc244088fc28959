"""Every message box and file picker of the app, in one place tests can patch.

Messages are plain words that say what happened and what to do; callers never show a
traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QInputDialog, QMessageBox, QWidget

from peerdesk.ui.language import QT_TRANSLATE_NOOP

PROGRAM_FILTER = QT_TRANSLATE_NOOP("dialogs", "PeerDesk programs (*.peerdesk);;All files (*)")


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, yes: str = "") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    ok = box.addButton(yes or QCoreApplication.translate("dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> str | None:
    """One of ``options`` as buttons, or None for Cancel."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons: dict[QAbstractButton, str] = {
        box.addButton(o, QMessageBox.ButtonRole.AcceptRole): o for o in options}
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return buttons.get(box.clickedButton())


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def open_file(parent: QWidget | None, caption: str, filter: str = PROGRAM_FILTER,
              directory: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, caption, directory, QCoreApplication.translate("dialogs", filter))
    return path or None


def save_file(parent: QWidget | None, caption: str, filter: str = PROGRAM_FILTER,
              directory: str = "") -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, caption, directory, QCoreApplication.translate("dialogs", filter))
    return path or None


def run_dialog(dialog) -> bool:
    """Show a modal dialog of ours; True when the user accepted it."""
    from PySide6.QtWidgets import QDialog

    return dialog.exec() == QDialog.DialogCode.Accepted


def pick(parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
    """The index of the item chosen from a list (narrowed by typing), or None for Cancel."""
    from peerdesk.ui.picker import PickDialog

    dialog = PickDialog(parent, title, label, items)
    return dialog.chosen() if run_dialog(dialog) else None


def choose_folder(parent: QWidget | None, caption: str, directory: str = "") -> str | None:
    """A folder (for files PeerDesk writes several of, such as e-mail drafts), or None."""
    path = QFileDialog.getExistingDirectory(parent, caption, directory)
    return path or None
