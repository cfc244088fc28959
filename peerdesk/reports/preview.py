"""Page images of a PDF, for the export dialog's preview (no Qt here).

The window draws pages with QtPdf (``peerdesk.ui.documents.pdf_pages``); this is its
fallback for a build without QtPdf, and needs no Qt: poppler's ``pdftoppm`` where it is
installed (most Linux desktops, many TeX and Git installs elsewhere). Without either the
dialog shows a page-count summary instead; the PDF itself is unaffected.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def pdftoppm() -> str | None:
    """The path of poppler's pdftoppm, or None."""
    found = shutil.which("pdftoppm")
    if found or not sys.platform.startswith("win"):
        return found
    for root in (os.environ.get("PROGRAMFILES", ""), os.environ.get("LOCALAPPDATA", "")):
        if root:
            for candidate in Path(root).glob("poppler*/**/pdftoppm.exe"):
                return str(candidate)
    return None


def page_images(pdf: bytes, dpi: int = 50, max_pages: int | None = None,
                timeout: float = 60) -> list[bytes] | None:
    """PNG bytes of each page (the first ``max_pages``), or None when pdftoppm is missing
    or fails; the caller falls back to a summary."""
    exe = pdftoppm()
    if exe is None:
        return None
    with tempfile.TemporaryDirectory(prefix="peerdesk-preview-") as folder:
        cmd = [exe, "-png", "-r", str(dpi)]
        if max_pages:
            cmd += ["-l", str(max_pages)]
        try:
            subprocess.run([*cmd, "-", str(Path(folder) / "page")], input=pdf, timeout=timeout,
                           capture_output=True, check=True)
        except (OSError, subprocess.SubprocessError):
            return None
        files = sorted(Path(folder).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        return [p.read_bytes() for p in files]
