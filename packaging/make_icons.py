"""Render the app icon's PNG sizes, .ico and .icns from resources/icons/peerdesk.svg.

The SVG is the one source; the bitmaps are committed because PyInstaller, the Linux
icon theme and the macOS bundle need them at build time, where Qt may not run. Run
again after changing the SVG:  python packaging/make_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "peerdesk.svg"
OUT = ROOT / "resources" / "icons" / "app"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZE = 1024  # Pillow derives the smaller icns members from the largest image


def render(size: int):
    """The icon drawn at ``size`` pixels as a Pillow image (rendered by Qt's SVG engine)."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - keeps Qt alive
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: render(size) for size in (*PNG_SIZES, ICNS_SIZE)}
    for size in PNG_SIZES:
        # optimize=True keeps the committed files small; Pillow output is byte-stable.
        images[size].save(OUT / f"peerdesk-{size}.png", optimize=True)
    largest_ico = images[ICO_SIZES[-1]]
    largest_ico.save(
        OUT / "peerdesk.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES[:-1]],
    )
    images[ICNS_SIZE].save(
        OUT / "peerdesk.icns",
        append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)],
    )
    print(f"wrote {len(PNG_SIZES)} PNGs, peerdesk.ico and peerdesk.icns to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
