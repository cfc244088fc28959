"""Import wizards (participants from HR, feedback from survey tools) and the participants export.

The main window adds :func:`menu_actions` to its File menu. The file is read off the UI
thread (a big workbook takes a moment) with a cancellable progress dialog; the dialogs
then plan and write through :mod:`peerdesk.io`, one undoable command per import.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QKeySequence

from peerdesk.ui import dialogs
from peerdesk.ui.icons import icon
from peerdesk.ui.language import QT_TRANSLATE_NOOP

SOURCE_FILTER = QT_TRANSLATE_NOOP("dialogs", "Spreadsheets (*.csv *.txt *.tsv *.xlsx);;CSV or text (*.csv *.txt *.tsv);;"
                 "Excel workbook (*.xlsx);;All files (*)")
EXPORT_FILTER = QT_TRANSLATE_NOOP("dialogs", "CSV, opens in Excel (*.csv);;Excel workbook (*.xlsx)")


def commands(window) -> dict[str, Callable[..., object]]:
    """What other features may ask of this one (see ``ui.context.COMMANDS``)."""
    return {"import-participants": lambda: import_participants(window)}


def menu_actions(window) -> dict[str, list[QAction]]:
    ctx = window.ctx
    people = QAction(icon("import"), QCoreApplication.translate("importing", "Import &Participants…"), window)
    people.setStatusTip(QCoreApplication.translate("importing", "Add or update participants from an HR export (.csv or .xlsx)"))
    people.setShortcut(QKeySequence("Ctrl+I"))
    people.triggered.connect(lambda: import_participants(window))
    feedback = QAction(icon("import"), QCoreApplication.translate("importing", "Import &Feedback…"), window)
    feedback.setStatusTip(QCoreApplication.translate("importing", "Bring in answers from Google Forms, Microsoft Forms or a CSV file"))
    feedback.triggered.connect(lambda: import_feedback(window))
    export = QAction(icon("export"), QCoreApplication.translate("importing", "&Export Participants…"), window)
    export.setStatusTip(QCoreApplication.translate("importing", "Write the participants to a CSV or Excel file"))
    export.setShortcut(QKeySequence("Ctrl+E"))
    export.triggered.connect(lambda: export_participants(window))

    def refresh() -> None:
        writable = ctx.program is not None and not ctx.read_only
        people.setEnabled(writable)
        feedback.setEnabled(writable)
        export.setEnabled(ctx.program is not None)

    ctx.programChanged.connect(refresh)
    refresh()
    return {"File": [people, feedback, export]}


def _read_then(window, path: str, open_dialog, plan_people: bool = False) -> None:
    """Read ``path`` in the background, then hand the table to ``open_dialog``; with
    ``plan_people``, check its rows there too (a big staff file takes seconds) and hand
    ``(table, plan)``. Cancel stops either step."""
    from peerdesk.io import people_import
    from peerdesk.io.tabular import TabularError, read_table

    program = window.ctx.program

    def work(progress):
        progress(0, 0, QCoreApplication.translate("importing", "Reading {name}…").format(name=Path(path).name))
        table = read_table(path)
        if not progress(1, 1, ""):
            return None
        if not plan_people:
            return table

        def step(done: int, total: int, what: str) -> bool:
            return progress(done, total, QCoreApplication.translate("importing", "{what}: {done} of {total}").format(
                what=what, done=QLocale().toString(done), total=QLocale().toString(total)))

        try:
            plan = people_import.build_plan(program, table,
                                            people_import.map_columns(table.headers),
                                            progress=step)
        except people_import.ImportCancelled:
            return None
        return table, plan

    def done(result) -> None:
        if result is not None and window.ctx.program is program:
            open_dialog(result)

    def failed(exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, TabularError) else \
            QCoreApplication.translate("importing", "{name} could not be read: {exc}.").format(name=Path(path).name, exc=exc)
        dialogs.error(window, QCoreApplication.translate("importing", "Cannot read the file"), message)

    window.ctx.run_task(window, QCoreApplication.translate("importing", "Reading the file"), work, done, failed)


def import_participants(window, path: str | None = None) -> None:
    from peerdesk.ui.importing.people_dialog import PeopleImportDialog

    if window.ctx.program is None or window.ctx.read_only:
        return
    path = path or dialogs.open_file(window, QCoreApplication.translate("importing", "Import participants"), SOURCE_FILTER)
    if not path:
        return

    def show(result) -> None:
        table, plan = result
        dialog = PeopleImportDialog(window.ctx, path, table, window, plan=plan)
        if dialogs.run_dialog(dialog) and dialog.imported is not None:
            _status(window, QCoreApplication.translate("importing", "Participants imported: {summary}.").format(summary=dialog.imported.summary()))

    _read_then(window, path, show, plan_people=True)


def import_feedback(window, path: str | None = None) -> None:
    from peerdesk.ui.importing.feedback_dialog import FeedbackImportDialog, session_choices

    ctx = window.ctx
    if ctx.program is None or ctx.read_only:
        return
    if not session_choices(ctx):
        dialogs.info(window, QCoreApplication.translate("importing", "No sessions yet"), QCoreApplication.translate("importing", "Feedback belongs to a session. Add the "
                     "session on the Sessions tab first, then import its feedback."))
        return
    path = path or dialogs.open_file(window, QCoreApplication.translate("importing", "Import feedback"), SOURCE_FILTER)
    if not path:
        return

    def show(table) -> None:
        dialog = FeedbackImportDialog(ctx, path, table, window)
        if dialogs.run_dialog(dialog) and dialog.ids:
            _status(window, QCoreApplication.translate("importing", "{n_ids} feedback responses imported.").format(n_ids=len(dialog.ids)))

    _read_then(window, path, show)


def export_participants(window) -> None:
    from peerdesk.io.people_export import export_participants as write

    program = window.ctx.program
    if program is None:
        return
    suggested = str(Path.home() / f"{program.name} participants.csv")
    path = dialogs.save_file(window, QCoreApplication.translate("importing", "Export participants"), EXPORT_FILTER, suggested)
    if not path:
        return
    target = Path(path)
    if target.suffix.lower() not in (".csv", ".xlsx"):
        target = target.with_suffix(".csv")
    try:
        count = write(program, target)
    except (OSError, ValueError) as exc:
        dialogs.error(window, QCoreApplication.translate("importing", "Cannot export"), QCoreApplication.translate("importing", "{target} could not be written: "
                      "{value}.").format(target=target, value=getattr(exc, 'strerror', None) or exc))
        return
    _status(window, QCoreApplication.translate("importing", "{count} participants written to {target}").format(count=count, target=target))


def _status(window, text: str) -> None:
    bar = getattr(window, "statusBar", None)
    if bar is not None:
        bar().showMessage(text, 8000)
