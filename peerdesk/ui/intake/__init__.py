"""Hearing from participants: Program > Skills, Program > Intake Form…, File > Import Intake….

The main window adds :func:`menu_actions` to its menus. The dialogs work through
:mod:`peerdesk.store.skills`, :mod:`peerdesk.io.intake` and :mod:`peerdesk.reports.intake_form`,
one undoable command per change.
"""

from __future__ import annotations

from PySide6.QtGui import QAction

from peerdesk.ui.icons import icon


def menu_actions(window) -> dict[str, list[QAction]]:
    ctx = window.ctx
    skills = QAction(icon("edit"), "S&kills…", window)
    skills.setStatusTip("Rename and merge skills; see how many can teach or want to learn each")
    skills.triggered.connect(lambda: edit_skills(window))

    def refresh() -> None:
        skills.setEnabled(ctx.program is not None)

    ctx.programChanged.connect(refresh)
    refresh()
    return {"Program": [skills]}


def edit_skills(window) -> None:
    from peerdesk.ui.intake.skills_dialog import SkillsDialog

    if window.ctx.program is not None:
        SkillsDialog(window.ctx, window).exec()
