"""Page images of a PDF for the print preview, drawn by QtPdf (pyside6-pdf).

QtPdf ships with PeerDesk on every platform, so the preview needs nothing installed
beside it; poppler's pdftoppm (``peerdesk.reports.preview``) is the fallback should the
module be missing from a stripped-down build. Safe to call from a worker thread: it
makes QImages only, no widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize


def page_images(pdf: bytes, dpi: int = 50, max_pages: int | None = None) -> list[bytes] | None:
    """PNG bytes of each page (the first ``max_pages``), or None when nothing can draw them."""
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        from peerdesk.reports.preview import page_images as with_poppler

        return with_poppler(pdf, dpi, max_pages)
    source = QBuffer()
    source.setData(QByteArray(pdf))
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(source)
    if document.status() != QPdfDocument.Status.Ready:
        return None
    count = document.pageCount() if max_pages is None else min(max_pages, document.pageCount())
    images = []
    for page in range(count):
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        image = document.render(page, size)
        data = QByteArray()
        out = QBuffer(data)
        out.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(out, "PNG")
        images.append(bytes(data.data()))
    document.close()
    return images
