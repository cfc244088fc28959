"""Shared fixtures: headless Qt, throw-away settings and data folders, small programs."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

# Before anything imports Qt: no display here, and never the user's real settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PEERDESK_TESTING"] = "1"
# Every test runs on "a computer in Lisbon", whatever this machine is set to: new programs
# take the computer's zone, and tests that need another zone set TZ themselves.
os.environ["TZ"] = "Europe/Lisbon"
if hasattr(time, "tzset"):
    time.tzset()

# ... and in English: messages and new programs follow the computer's language, and a test
# that needs another sets LANGUAGE (or passes --lang) itself.
for _variable in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_variable, None)
os.environ["LANGUAGE"] = "en"

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from peerdesk.store.program import Program  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Redirect HOME and the XDG folders so QSettings and QStandardPaths use a temp folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    yield home


@pytest.fixture
def program():
    """An empty in-memory program."""
    p = Program.create(None, "Test program")
    yield p
    p.close()


@pytest.fixture
def demo_program():
    """The demo company: about 40 people, a finished cycle and one under way."""
    from peerdesk.store import demo

    p = Program.create(None, "Demo")
    demo.populate(p)
    yield p
    p.close()


@pytest.fixture
def demo_copy(tmp_path, _demo_file_once):
    """A fresh copy of the demo program on disk (its path): made once per run, copied for
    each test, for tests that open it as a file (the command line, a reopen)."""
    path = tmp_path / "demo.peerdesk"
    path.write_bytes(_demo_file_once)
    return path


@pytest.fixture(scope="session")
def _demo_file_once(tmp_path_factory) -> bytes:
    from peerdesk.store import demo

    path = tmp_path_factory.mktemp("demo") / "demo.peerdesk"
    p = Program.create(path)
    demo.populate(p)
    p.close()
    return path.read_bytes()


@pytest.fixture
def program_file(tmp_path):
    path = tmp_path / "test.peerdesk"
    p = Program.create(path, "File program")
    p.close()
    return path
