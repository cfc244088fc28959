"""The PyInstaller bundle builds, and starts headless on a demo program it made itself."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                                 reason="PyInstaller is not installed (pip install -e '.[test]')")]


def test_bundle_builds_and_opens_the_demo(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--no-smoke"],
                   check=True, cwd=ROOT, capture_output=True, timeout=1200)
    if sys.platform == "darwin":
        exe = ROOT / "dist" / "PeerDesk.app" / "Contents" / "MacOS" / "PeerDesk"
    elif sys.platform == "win32":
        exe = ROOT / "dist" / "PeerDesk" / "peerdesk-cli.exe"
    else:
        exe = ROOT / "dist" / "PeerDesk" / "PeerDesk"
    assert exe.exists()
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "c"), XDG_DATA_HOME=str(home / "d"),
               XDG_STATE_HOME=str(home / "s"), QT_QPA_PLATFORM="offscreen")
    program = tmp_path / "demo.peerdesk"
    made = subprocess.run([str(exe), "new", str(program), "--demo"], capture_output=True, text=True,
                          env=env, timeout=120)
    assert made.returncode == 0, made.stderr
    checked = subprocess.run([str(exe), "check", str(program)], capture_output=True, text=True,
                             env=env, timeout=120)
    assert checked.returncode == 0 and "participants: 41" in checked.stdout
    # a document sorted with the collation table (pyuca's data file, collected in the spec)
    signin = subprocess.run([str(exe), "export", "signin", str(program), "-o",
                             str(tmp_path / "signin.pdf")], capture_output=True, text=True,
                            env=env, timeout=120)
    assert signin.returncode == 0, signin.stderr
    assert (tmp_path / "signin.pdf").read_bytes().startswith(b"%PDF")
    env["PEERDESK_QUIT_AFTER_MS"] = "300"
    started = subprocess.run([str(exe), str(program)], capture_output=True, text=True, env=env,
                             timeout=120)
    assert started.returncode == 0, started.stderr
    assert "started" in started.stdout and str(program) in started.stdout
    # the window's catalogues (package data) and Qt's (collected with PySide6) are in the bundle
    german = subprocess.run([str(exe), "--lang", "de", str(program)], capture_output=True,
                            text=True, env=env, timeout=120)
    assert german.returncode == 0, german.stderr
    log = (home / "s" / "PeerDesk" / "logs" / "peerdesk.log").read_text("utf-8")
    assert "Window language de: qtbase_de, peerdesk_de" in log
