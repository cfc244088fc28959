"""Benchmark: the print preview's pages for a 40-page session pack.

Run as ``python tests/benchmarks/bench_preview.py``. Prints the median time of several
runs (wall and CPU) and the size of the pages kept in memory, for: the preview's pages
(``page_qimages``, what the print dialog draws now, at the dpi it uses for a long
document), the former way (PNG bytes at 45 dpi, ``page_images``), and the floor measured
in the same run: QtPdf drawing the same pages at the same dpi and nothing else.
Target: the preview's pages in at most 2x the floor, and faster than the former way.
Exits 1 when a target is missed.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QGuiApplication

RUNS = 5
COPIES = 30  # feedback forms: the pack grows to about 40 pages


def measure(fn) -> tuple[float, float, object]:
    wall, cpu, result = [], [], None
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu), result


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QtPdf needs one
    from PySide6.QtPdf import QPdfDocument

    from peerdesk.reports.export import export_document
    from peerdesk.store import demo
    from peerdesk.store.program import Program
    from peerdesk.ui.documents.pdf_pages import page_images, page_qimages
    from peerdesk.ui.documents.rendering import PREVIEW_DPI_LONG, PREVIEW_PAGES

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.peerdesk"
        with Program.create(path) as program:
            demo.populate(program)
            session = program.db.execute("SELECT id FROM sessions WHERE title = 'Kick-off' "
                                         "ORDER BY date DESC").fetchone()[0]
            pdf = export_document(program, "pack", session_id=session, form_copies=COPIES)
    dpi = PREVIEW_DPI_LONG

    def floor():
        source = QBuffer()
        source.setData(QByteArray(pdf.pdf))
        source.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(source)
        pages = [document.render(i, QSize(round(document.pagePointSize(i).width() * dpi / 72),
                                          round(document.pagePointSize(i).height() * dpi / 72)))
                 for i in range(min(PREVIEW_PAGES, document.pageCount()))]
        document.close()
        return pages

    rows = [("floor: QtPdf draws the pages", *measure(floor)),
            ("preview pages (page_qimages)", *measure(lambda: page_qimages(pdf.pdf, dpi,
                                                                           PREVIEW_PAGES))),
            ("former: PNG bytes at 45 dpi", *measure(lambda: page_images(pdf.pdf, 45,
                                                                          PREVIEW_PAGES)))]
    print(f"Print preview of a {pdf.pages}-page session pack at {dpi} dpi, median of {RUNS} runs")
    print(f"{'step':34} {'wall s':>8} {'cpu s':>8} {'kept MiB':>9}")
    for name, wall, cpu, result in rows:
        kept = sum(i.sizeInBytes() if hasattr(i, "sizeInBytes") else len(i) for i in result)
        print(f"{name:34} {wall:8.3f} {cpu:8.3f} {kept / 2**20:9.1f}")
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0, 0, 0)
    print(f"load average: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    floor_cpu, preview_cpu, former_cpu = rows[0][2], rows[1][2], rows[2][2]
    ok = True
    if preview_cpu > 2 * floor_cpu:
        print(f"MISSED: preview {preview_cpu:.3f} s CPU is more than 2x the floor "
              f"({floor_cpu:.3f} s)")
        ok = False
    if preview_cpu >= former_cpu:
        print(f"MISSED: preview {preview_cpu:.3f} s CPU is not faster than the former way "
              f"({former_cpu:.3f} s)")
        ok = False
    print("target met" if ok else "target missed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
