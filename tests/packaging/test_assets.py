"""The icon set and the desktop-packaging files: drawn in one style, valid for the tools
that read them (Qt, desktop-file-validate, appstreamcli, shared-mime-info), and agreeing
with each other on the app id, the file type and the version."""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
APP_ICONS = ICONS / "app"
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "io.github.peerdesk.PeerDesk"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / "peerdesk-mime.xml"
MIME_TYPE = "application/x-peerdesk"

NAMES = ["peerdesk", "new", "open", "save-copy", "recent", "import", "export", "pdf", "print", "undo", "redo", "add", "edit", "archive", "unarchive", "delete", "search", "filter", "people", "person", "pairs", "sessions", "calendar", "agenda", "attendance", "feedback", "chart", "report", "checklist", "pin", "unpin", "generate", "swap", "publish", "warning", "error", "ok", "info", "conduct", "facilitator", "settings", "help", "quit", "up", "down", "duplicate", "template", "todo"]
SLATE, TEAL, WARNING, ERROR = "#37474F", "#2E7D8C", "#C77700", "#B3261E"
WHITE = "#FFFFFF"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def svg_root(name: str) -> ET.Element:
    return ET.parse(ICONS / f"{name}.svg").getroot()


def run_tool(*command: str) -> subprocess.CompletedProcess:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (apt: desktop-file-utils / appstream)")
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


# --- icons -------------------------------------------------------------------------------


def test_the_set_holds_every_named_icon_and_no_others():
    present = {path.stem for path in ICONS.glob("*.svg")}
    assert sorted(set(NAMES) - present) == []
    assert sorted(present - set(NAMES)) == []


@pytest.mark.parametrize("name", NAMES)
def test_icon_is_drawn_in_the_common_style(name):
    root = svg_root(name)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 24 24"
    assert (root.get("width"), root.get("height")) == ("24", "24")
    assert root.get("fill") == "none"
    assert root.get("stroke") == SLATE
    assert root.get("stroke-width") == "2"
    assert root.get("stroke-linecap") == "round"
    assert root.get("stroke-linejoin") == "round"
    allowed = {SLATE, TEAL, WARNING, ERROR} | ({WHITE} if name == "peerdesk" else set())
    text = (ICONS / f"{name}.svg").read_text("utf-8")
    assert set(re.findall(r"#[0-9A-Fa-f]{3,8}\b", text)) <= allowed
    for element in root.iter():
        fill = element.get("fill")
        if element is root or fill in (None, "none"):
            # Outlines only: a thinner or thicker line would break the set's rhythm.
            assert element.get("stroke-width") in (None, "2"), element.attrib
            continue
        # Fills are accents (or the app icon's white) only.
        assert fill in ({TEAL, WHITE} if name == "peerdesk" else {TEAL}), element.attrib


@pytest.mark.gui
@pytest.mark.parametrize("name", NAMES)
def test_icon_renders_visibly_with_qt(qapp, name):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / f"{name}.svg"))
    assert renderer.isValid()
    image = QImage(48, 48, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 48, 48))
    painter.end()
    inked = sum(1 for y in range(48) for x in range(48) if image.pixelColor(x, y).alpha() > 128)
    # Even the plainest icon ("add": two strokes) covers well over 5% of its square.
    assert inked > 48 * 48 * 0.05


@pytest.mark.gui
def test_the_ui_loads_every_icon_by_name(qapp):
    from peerdesk.ui.icons import app_icon, icon

    for name in NAMES:
        assert not icon(name).pixmap(32, 32).isNull(), name
    assert icon("no-such-icon").isNull()
    assert not app_icon().isNull()


# --- app icon bitmaps --------------------------------------------------------------------


def test_app_icon_bitmaps_have_every_size():
    from PIL import Image

    for size in PNG_SIZES:
        with Image.open(APP_ICONS / f"peerdesk-{size}.png") as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"
            assert image.getpixel((0, size - 1))[3] == 0  # transparent corner
    with Image.open(APP_ICONS / "peerdesk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(APP_ICONS / "peerdesk.icns") as icns:
        assert icns.size[0] >= 512


@pytest.mark.gui
def test_app_icon_bitmaps_are_up_to_date_with_the_svg(qapp):
    """Fails when peerdesk.svg changed but packaging/make_icons.py was not run again."""
    from PIL import Image, ImageChops

    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    fresh = make_icons.render(64)
    with Image.open(APP_ICONS / "peerdesk-64.png") as committed:
        difference = ImageChops.difference(fresh, committed.convert("RGBA"))
    channel_means = [
        sum(i * n for i, n in enumerate(h)) / (64 * 64) for h in _histograms(difference)
    ]
    assert max(channel_means) < 2.0  # room for anti-aliasing in another Qt version


def _histograms(image):
    histogram = image.histogram()
    return [histogram[i : i + 256] for i in range(0, len(histogram), 256)]


# --- Linux desktop integration ---------------------------------------------------------


def test_desktop_file_passes_desktop_file_validate():
    result = run_tool("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error:" not in result.stdout and "warning:" not in result.stdout, result.stdout


def test_metainfo_passes_appstreamcli_validate():
    result = run_tool("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_mime_package_registers_the_peerdesk_glob(tmp_path):
    if shutil.which("update-mime-database") is None:
        pytest.skip("update-mime-database is not installed (apt: shared-mime-info)")
    mime = tmp_path / "mime"
    (mime / "packages").mkdir(parents=True)
    shutil.copy(MIME, mime / "packages" / f"{APP_ID}.xml")
    result = subprocess.run(
        ["update-mime-database", str(mime)],
        env=dict(os.environ, XDG_DATA_HOME=str(tmp_path)),
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""  # it reports schema problems on stderr
    assert f"{MIME_TYPE}:*.peerdesk" in (mime / "globs2").read_text()
    assert f"{MIME_TYPE} application/vnd.sqlite3" in (mime / "subclasses").read_text()


def test_desktop_metainfo_and_mime_files_agree():
    import peerdesk

    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str
    desktop.read(DESKTOP, encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Exec"].split()[0] == "peerdesk" and "%f" in entry["Exec"]

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(MIME).getroot().find("m:mime-type", ns)
    assert mime.get("type") == MIME_TYPE
    assert mime.find("m:glob", ns).get("pattern") == "*" + peerdesk.FILE_SUFFIX

    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == DESKTOP.name
    assert meta.findtext("provides/mediatype") == MIME_TYPE
    # A new version needs its release notes in the metainfo.
    assert meta.find("releases/release").get("version") == peerdesk.__version__


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")
def test_install_script_installs_and_removes_a_bundle(tmp_path):
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "PeerDesk").write_text("#!/bin/sh\n")
    (bundle / "PeerDesk").chmod(0o755)
    stage = tmp_path / "stage"
    env = dict(os.environ, DESTDIR=str(stage))
    script = str(LINUX / "install.sh")
    subprocess.run(
        ["sh", script, "--prefix", "/usr", str(bundle)], env=env, check=True, capture_output=True
    )
    share = stage / "usr" / "share"
    installed = share / "applications" / DESKTOP.name
    assert "Exec=/usr/bin/peerdesk %f" in installed.read_text()
    assert (stage / "usr" / "bin" / "peerdesk").resolve() == stage / "usr/lib/peerdesk/PeerDesk"
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (share / "icons/hicolor/256x256/apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("appstreamcli"):
        result = subprocess.run(
            ["appstreamcli", "validate-tree", "--no-net", str(stage / "usr")],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr

    subprocess.run(
        ["sh", script, "--prefix", "/usr", "--uninstall"], env=env, check=True, capture_output=True
    )
    assert [p for p in stage.rglob("*") if not p.is_dir()] == []


def test_pyinstaller_spec_and_scripts_are_valid_python():
    for path in (PACKAGING / "peerdesk.spec", PACKAGING / "launcher.py", PACKAGING / "build.py"):
        compile(path.read_text("utf-8"), str(path), "exec")
    spec = (PACKAGING / "peerdesk.spec").read_text("utf-8")
    assert "launcher.py" in spec and '"peerdesk.resources"' in spec
