"""The font files of the printed documents: DejaVu Sans, and the fallbacks on this machine.

DejaVu Sans comes with matplotlib, so the documents need no font install; it is registered
with reportlab under PeerDesk's own names (:data:`SANS` and its bold and oblique faces).
For characters it lacks, :func:`find_fallback_fonts` lists the installed fonts that may
hold CJK glyphs, best first (``PEERDESK_FONT_PATH`` first), and :func:`_load` registers one
when :class:`peerdesk.reports.fonts.FontSet` first needs it. Re-exported by
:mod:`peerdesk.reports.fonts`.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from peerdesk.reports import shaping

SANS = "PeerDeskSans"
SANS_BOLD = "PeerDeskSans-Bold"
SANS_ITALIC = "PeerDeskSans-Oblique"
SANS_BOLD_ITALIC = "PeerDeskSans-BoldOblique"

_DEJAVU = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

# Installed fonts tried for characters DejaVu lacks, best first. File names are matched
# case-insensitively wherever they are found, so a font copied to another system works.
FALLBACK_FILES = (
    # Windows
    "msyh.ttc", "msyh.ttf", "msjh.ttc", "simhei.ttf", "simsun.ttc", "yugothr.ttc",
    "meiryo.ttc", "msgothic.ttc", "malgun.ttf", "gulim.ttc",
    # macOS
    "pingfang.ttc", "stheiti light.ttc", "stheiti medium.ttc", "hiragino sans gb.ttc",
    "applesdgothicneo.ttc", "applegothic.ttf", "arial unicode.ttf",
    # Linux
    "wqy-microhei.ttc", "wqy-zenhei.ttc", "droidsansfallbackfull.ttf", "droidsansfallback.ttf",
    "nanumgothic.ttf", "ipagp.ttf", "ipag.ttf", "takaopgothic.ttf", "uming.ttc", "ukai.ttc",
    "unbatang.ttf", "undotum.ttf",
    # anywhere: a wide-coverage last resort
    "arialuni.ttf", "code2000.ttf",
)

# Set to a list of font files or folders (os.pathsep-separated) to try before the above.
FONT_PATH_ENV = "PEERDESK_FONT_PATH"

# Held while fonts are registered or a fallback is looked for (FontSet's searches too).
_lock = threading.RLock()
_registered: dict[tuple[str, int], str] = {}  # (path, subfont index) -> registered name


@cache
def dejavu_dir() -> Path:
    """matplotlib's own font folder: always there, so the documents need no font install.

    Found without importing matplotlib (most of a one-page document's start-up time)."""
    from importlib.util import find_spec

    spec = find_spec("matplotlib")
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf"
        if (folder / _DEJAVU[SANS]).is_file():
            return folder
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def _register_primary() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if SANS in pdfmetrics.getRegisteredFontNames():
            return
        folder = dejavu_dir()
        for name, filename in _DEJAVU.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC,
                                      boldItalic=SANS_BOLD_ITALIC)
        shaping.install()


def font_dirs() -> list[Path]:
    """Where the operating system keeps fonts, for Windows, macOS and Linux."""
    home = Path.home()
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = os.environ.get("LOCALAPPDATA")
        dirs = [windir / "Fonts"]
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
                Path("/Library/Fonts"), home / "Library" / "Fonts"]
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), data_home / "fonts",
            home / ".fonts"]


def find_fallback_fonts(dirs: Iterable[Path] | None = None) -> list[Path]:
    """Installed font files that may hold CJK glyphs, best first (not yet checked)."""
    wanted = {name: rank for rank, name in enumerate(FALLBACK_FILES)}
    found: dict[str, Path] = {}
    for folder in dirs if dirs is not None else font_dirs():
        if not folder.is_dir():
            continue
        for root, _subdirs, files in os.walk(folder):
            for filename in files:
                key = filename.lower()
                if key in wanted and key not in found:
                    found[key] = Path(root) / filename
    ordered = [found[k] for k in sorted(found, key=wanted.__getitem__)]
    extra: list[Path] = []
    for item in filter(None, os.environ.get(FONT_PATH_ENV, "").split(os.pathsep)):
        path = Path(item)
        if path.is_dir():
            extra.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in (".ttf", ".ttc")))
        elif path.is_file():
            extra.append(path)
    return extra + ordered


def _load(path: Path):
    """Register a TrueType font (first usable face of a .ttc); None if reportlab refuses it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    faces = range(4) if path.suffix.lower() == ".ttc" else range(1)
    for index in faces:
        key = (str(path), index)
        if key in _registered:
            return pdfmetrics.getFont(_registered[key])
        name = f"PeerDeskFallback{len(_registered) + 1}"
        try:
            font = TTFont(name, str(path), subfontIndex=index)
        except (TTFError, OSError, ValueError, KeyError, IndexError):
            continue  # CFF outlines, a damaged file, or no such face: try the next
        pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
        _registered[key] = name
        return font
    return None
