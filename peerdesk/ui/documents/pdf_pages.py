"""Page images of a PDF for the print preview, drawn by QtPdf (pyside6-pdf).

QtPdf ships with PeerDesk on every platform, so the preview needs nothing installed
beside it; poppler's pdftoppm (``peerdesk.reports.preview``) is the fallback should the
module be missing from a stripped-down build. Safe to call from a worker thread: it
makes QImages only, no widgets. The preview takes the images themselves
(:func:`page_qimages`): encoding forty pages as PNG would take longer than drawing them.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter


def page_qimages(pdf: bytes, dpi: int = 50,
                 max_pages: int | None = None) -> list[QImage] | None:
    """Each page (the first ``max_pages``) as a QImage, or None when nothing can draw them."""
    try:
        from PySide6.QtPdf import QPdfDocument  # noqa: F401 - only asking whether it is there
    except ImportError:
        pngs = page_images(pdf, dpi, max_pages)
        return None if pngs is None else [QImage.fromData(png) for png in pngs]  # Qt reads the PNG header
    return _render(pdf, dpi, max_pages)


def _render(pdf: bytes, dpi: int, max_pages: int | None) -> list[QImage] | None:
    from PySide6.QtPdf import QPdfDocument

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
        images.append(_on_paper(document.render(page, size)))
    document.close()
    return images


def _on_paper(page: QImage) -> QImage:
    """The page on white, three bytes a pixel (QtPdf leaves the paper transparent)."""
    paper = QImage(page.size(), QImage.Format.Format_RGB888)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper


def page_images(pdf: bytes, dpi: int = 50, max_pages: int | None = None) -> list[bytes] | None:
    """PNG bytes of each page (the first ``max_pages``), or None when nothing can draw them."""
    try:
        from PySide6.QtPdf import QPdfDocument  # noqa: F401 - only asking whether it is there
    except ImportError:
        from peerdesk.reports.preview import page_images as with_poppler

        return with_poppler(pdf, dpi, max_pages)
    images = _render(pdf, dpi, max_pages)
    if images is None:
        return None
    out = []
    for image in images:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; the binding takes str
        out.append(bytes(data.data()))
    return out
