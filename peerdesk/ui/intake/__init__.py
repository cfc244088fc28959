"""Hearing from participants: Program > Skills, Program > Intake Form…, File > Import Intake….

The main window adds :func:`menu_actions` to its menus. The dialogs work through
:mod:`peerdesk.store.skills`, :mod:`peerdesk.io.intake` and :mod:`peerdesk.reports.intake_form`,
one undoable command per change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from peerdesk.ui import dialogs
from peerdesk.ui.icons import icon
from peerdesk.ui.language import QT_TRANSLATE_NOOP

SOURCE_FILTER = QT_TRANSLATE_NOOP("dialogs", "Forms exports and spreadsheets (*.csv *.txt *.tsv *.xlsx);;"
                 "All files (*)")


def menu_actions(window) -> dict[str, list[QAction]]:
    ctx = window.ctx
    skills = QAction(icon("edit"), QCoreApplication.translate("intake", "S&kills…"), window)
    skills.setStatusTip(QCoreApplication.translate("intake", "Rename and merge skills; see how many can teach or want to learn each"))
    skills.triggered.connect(lambda: edit_skills(window))

    form = QAction(icon("print"), QCoreApplication.translate("intake", "&Intake Form…"), window)
    form.setStatusTip(QCoreApplication.translate("intake", "The questions to paste into Google or Microsoft Forms, the PDF form "
                      "and the Excel template"))
    form.triggered.connect(lambda: intake_form(window))
    answers = QAction(icon("import"), QCoreApplication.translate("intake", "Import &Intake…"), window)
    answers.setStatusTip(QCoreApplication.translate("intake", "Skills, capacity and availability from the participants' own "
                         "answers (Forms export, template or CSV)"))
    answers.triggered.connect(lambda: import_intake(window))

    def refresh() -> None:
        skills.setEnabled(ctx.program is not None)
        form.setEnabled(ctx.program is not None)
        answers.setEnabled(ctx.program is not None and not ctx.read_only)

    ctx.programChanged.connect(refresh)
    refresh()
    return {"Program": [form, skills], "File": [answers]}


def intake_form(window) -> None:
    from peerdesk.ui.intake.form_dialog import IntakeFormDialog

    if window.ctx.program is not None:
        IntakeFormDialog(window.ctx, window).exec()


def import_intake(window, path: str | None = None) -> None:
    """Read the answers off the UI thread, then show the preview."""
    from peerdesk.io.tabular import TabularError, read_table
    from peerdesk.ui.intake.import_dialog import IntakeImportDialog

    ctx = window.ctx
    if ctx.program is None or ctx.read_only:
        return
    path = path or dialogs.open_file(window, QCoreApplication.translate("intake", "Import intake answers"), SOURCE_FILTER)
    if not path:
        return

    def work(progress):
        progress(0, 0, QCoreApplication.translate("intake", "Reading {name}…").format(name=Path(path).name))
        table = read_table(path)
        return table if progress(1, 1, "") else None

    def done(table) -> None:
        if table is None or ctx.program is None:
            return
        dialog = IntakeImportDialog(ctx, path, table, window)
        if dialogs.run_dialog(dialog) and dialog.result_ is not None:
            bar = getattr(window, "statusBar", None)
            if bar is not None:
                bar().showMessage(QCoreApplication.translate("intake", "Intake imported: {summary}.").format(summary=dialog.result_.summary()), 8000)

    def failed(exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, TabularError) else \
            QCoreApplication.translate("intake", "{name} could not be read: {exc}.").format(name=Path(path).name, exc=exc)
        dialogs.error(window, QCoreApplication.translate("intake", "Cannot read the file"), message)

    ctx.run_task(window, QCoreApplication.translate("intake", "Reading the file"), work, done, failed)


def edit_skills(window) -> None:
    from peerdesk.ui.intake.skills_dialog import SkillsDialog

    if window.ctx.program is not None:
        SkillsDialog(window.ctx, window).exec()
