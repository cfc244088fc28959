"""The cycle report for management, saved as a PDF from the Feedback tab.

The figures are read on the window's thread; the charts are drawn and the PDF written on
a worker (``ctx.run_task``), so the window stays usable. Its words keep the Feedback tab's
translation context ("FeedbackTab"), where they were written first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext


def export_cycle_report(ctx: ProgramContext, parent: QWidget) -> None:
    """Ask where to save the current cycle's report, then draw and write it off the UI thread."""
    program, cycle_id = ctx.program, ctx.cycle_id
    if program is None or cycle_id is None:
        return
    from peerdesk.reports import cycle_report
    from peerdesk.store.cycles import get_cycle

    cycle = get_cycle(program, cycle_id)
    slug = "-".join(cycle.name.lower().split())
    path = dialogs.save_file(parent, QCoreApplication.translate("FeedbackTab", "Save the cycle report"), QCoreApplication.translate("FeedbackTab", "PDF documents (*.pdf)"),
                             f"cycle-report-{slug}.pdf")
    if not path:
        return
    target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
    data = cycle_report.gather(program, cycle_id)  # read here; drawn off the UI thread
    furniture = cycle_report.furniture_for(program, data)

    def work(progress) -> Path:
        from peerdesk.charts.build import chart_pdf

        progress(0, 0, QCoreApplication.translate("FeedbackTab", "Drawing the charts…"))
        target.write_bytes(cycle_report.render(data, furniture, chart_pdf))
        return target

    def done(saved: Path) -> None:
        dialogs.info(parent, QCoreApplication.translate("FeedbackTab", "Cycle report saved"), QCoreApplication.translate("FeedbackTab", "The cycle report for {name} was "
                                                 "saved as {saved}.").format(name=cycle.name, saved=saved))

    def failed(exc: BaseException) -> None:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        dialogs.error(parent, QCoreApplication.translate("FeedbackTab", "Cycle report not saved"), QCoreApplication.translate("FeedbackTab", "{target} could not be written: {reason}.").format(target=target, reason=reason))

    ctx.run_task(parent, QCoreApplication.translate("FeedbackTab", "Drawing the cycle report"), work, done, failed)
