"""Build the PeerDesk one-folder bundle with PyInstaller and smoke-test it.

Usage, from anywhere (paths are taken from this file's place in the repository):

    python packaging/build.py              # build dist/PeerDesk (and PeerDesk.app on macOS)
    python packaging/build.py --archive    # ... and pack it as a .zip / .tar.gz to hand out
    python packaging/build.py --no-smoke   # skip starting the built app

The smoke test starts the frozen executable headless (QT_QPA_PLATFORM=offscreen) and
fails the build if it cannot print its help: a bundle missing a module fails here, on
the build machine, not on a facilitator's.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "peerdesk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_ICONS = ROOT / "resources" / "icons" / "app"


def version() -> str:
    text = (ROOT / "peerdesk" / "__init__.py").read_text("utf-8")
    return re.search(r'__version__\s*=\s*"([^"]+)"', text).group(1)


def executable_path() -> Path:
    """The built program that prints to a console on this platform."""
    if sys.platform == "win32":
        return DIST / "PeerDesk" / "peerdesk-cli.exe"
    if sys.platform == "darwin":
        return DIST / "PeerDesk.app" / "Contents" / "MacOS" / "PeerDesk"
    return DIST / "PeerDesk" / "PeerDesk"


def ensure_icons() -> None:
    needed = ["peerdesk.ico", "peerdesk.icns", "peerdesk-256.png"]
    if not all((APP_ICONS / name).exists() for name in needed):
        subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icons.py")], check=True)


def build() -> None:
    command = [
        sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean",
        "--distpath", str(DIST), "--workpath", str(WORK),
    ]  # fmt: skip
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def smoke_test() -> None:
    exe = executable_path()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [str(exe), "--help"], env=env, capture_output=True, text=True, timeout=300
    )
    if result.returncode != 0 or "peerdesk" not in result.stdout.lower():
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"smoke test failed: {exe} --help exited with {result.returncode}")
    print(f"smoke test passed: {exe.relative_to(ROOT)} --help")


def archive() -> Path:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    base = DIST / f"PeerDesk-{version()}-{system}-{platform.machine().lower()}"
    folder = "PeerDesk.app" if sys.platform == "darwin" else "PeerDesk"
    fmt = "gztar" if system == "linux" else "zip"
    return Path(shutil.make_archive(str(base), fmt, root_dir=DIST, base_dir=folder))


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the PeerDesk bundle with PyInstaller.")
    parser.add_argument("--no-smoke", action="store_true", help="do not start the built app")
    parser.add_argument("--archive", action="store_true", help="pack the bundle for handing out")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is not installed: pip install pyinstaller", file=sys.stderr)
        return 1
    ensure_icons()
    build()
    bundle = DIST / "PeerDesk"
    print(f"built {bundle.relative_to(ROOT)} ({folder_size(bundle) / 1e6:.0f} MB)")
    if not args.no_smoke:
        smoke_test()
    if args.archive:
        print(f"archive: {archive().relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
