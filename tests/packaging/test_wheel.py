"""The wheel carries everything (icons included) and starts the app from a clean venv."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installs_and_starts_in_a_clean_venv(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-w", str(dist), "-q"],
                   check=True)
    [wheel] = dist.glob("peerdesk-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", str(wheel)], check=True)
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), QT_QPA_PLATFORM="offscreen",
               PEERDESK_QUIT_AFTER_MS="300")
    where = subprocess.run([str(py), "-c", "from peerdesk.resources_path import resource_path as r; "
                            "print(r('icons', 'peerdesk.svg'))"],
                           capture_output=True, text=True, cwd=tmp_path, env=env, check=True)
    icon = Path(where.stdout.strip())
    shipped = subprocess.run([str(py), "-c", "from peerdesk.ui.guide import guide_text; "
                              "print(guide_text()[:200])"],
                             capture_output=True, text=True, cwd=tmp_path, env=env, check=True)
    assert "PeerDesk: a short guide" in shipped.stdout
    assert icon.exists() and "site-packages" in str(icon)
    # The core's compiled catalogues ship too: the installed command line speaks German.
    spoken = subprocess.run([str(venv / "bin" / "peerdesk"), "--lang", "de", "new",
                             str(tmp_path / "berlin")], capture_output=True, text=True,
                            cwd=tmp_path, env=env, timeout=120)
    assert "angelegt" in spoken.stdout, spoken.stdout + spoken.stderr
    started = subprocess.run([str(venv / "bin" / "peerdesk")], capture_output=True, text=True,
                             cwd=tmp_path, env=env, timeout=120)
    assert started.returncode == 0, started.stderr
    assert "started" in started.stdout
    assert (home / "data" / "PeerDesk" / "Demo program.peerdesk").exists()
    # the window's catalogues and Qt's come with the wheel and its PySide6
    german = subprocess.run([str(venv / "bin" / "peerdesk"), "--lang", "de"], capture_output=True,
                            text=True, cwd=tmp_path, env=env, timeout=120)
    assert german.returncode == 0, german.stderr
    log = (home / "state" / "PeerDesk" / "logs" / "peerdesk.log").read_text("utf-8")
    assert "Window language de: qtbase_de, peerdesk_de" in log
