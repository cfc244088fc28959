"""Starting the window must not pay for what it does not show yet."""

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui

HEAVY = ("matplotlib", "reportlab", "scipy", "networkx", "openpyxl", "icalendar", "numpy")

PROBE = """
import sys
from PySide6.QtCore import QTimer
from peerdesk.ui.app import make_app
from peerdesk.ui.main_window import MainWindow
app = make_app()
w = MainWindow()
w.show()
w.open_path(sys.argv[1])
app.processEvents()
print(",".join(sorted(m for m in {heavy!r} if m in sys.modules)))
w.finish_building()
app.processEvents()
print(",".join(sorted(m for m in {heavy!r} if m in sys.modules)))
w.close()
"""


def test_window_start_imports_no_heavy_library(tmp_path):
    from peerdesk.store import demo
    from peerdesk.store.program import Program

    path = tmp_path / "demo.peerdesk"
    p = Program.create(path)
    demo.populate(p)
    p.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), str(path)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    at_first_paint, after_all_tabs = out.stdout.splitlines()[-2:]
    assert at_first_paint == "", f"imported before the first paint: {at_first_paint}"
    heavy_after = set(after_all_tabs.split(",")) - {""}
    assert not heavy_after & {"matplotlib", "reportlab", "scipy", "networkx", "openpyxl", "icalendar"}, \
        f"building the tabs imported {heavy_after}"
