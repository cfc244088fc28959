"""The layer contracts in pyproject.toml mean it: each forbidden import, added to a copy of
the package, makes ``lint-imports`` fail; the package as it stands keeps them all.

A contract that still passes with the forbidden import added is worth nothing, so each
rule of ARCHITECTURE.md is tried here once by breaking it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))

# (module file to change, line to add, why it must fail)
BREAKS = [
    ("core/scoring.py", "import sqlite_utils", "the core imports a storage library"),
    ("core/scoring.py", "import sqlite3", "the core imports sqlite3"),
    ("core/tenure.py", "import reportlab", "the core imports the PDF library"),
    ("core/tenure.py", "import matplotlib", "the core imports the chart library"),
    ("core/tenure.py", "import openpyxl", "the core imports the spreadsheet library"),
    ("core/tenure.py", "import icalendar", "the core imports the calendar library"),
    ("core/tenure.py", "import peerdesk.store.program", "the core imports the store"),
    # indirectly: the core imports a module of ours that imports reportlab
    ("core/tenure.py", "import peerdesk.core._leak", "the core reaches reportlab indirectly"),
    ("store/program.py", "import PySide6.QtCore", "the store imports Qt"),
    ("cli/program.py", "import PySide6.QtWidgets", "the command line imports Qt"),
    ("ui/main_window.py", "import peerdesk.cli.program", "the window imports the command line"),
    ("cli/program.py", "import peerdesk.ui.dialogs", "the command line imports the window"),
    ("store/program.py", "import peerdesk.reports.base", "the store imports a layer above it"),
    ("ui/pairings/tab.py", "import peerdesk.ui.sessions.tab", "a tab imports another tab"),
    ("ui/conduct/dialog.py", "import peerdesk.ui.documents", "conduct imports documents"),
    ("i18n.py", "import peerdesk.store.program", "the translations import the store"),
    ("i18n.py", "import PySide6.QtCore", "the translations import Qt"),
]


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "peerdesk", tmp_path / "peerdesk",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def _lint(where: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(where)}
    return subprocess.run([LINT, "--config", str(where / "pyproject.toml"), "--no-cache"],
                          cwd=where, env=env, capture_output=True, text=True, timeout=300)


def test_the_package_keeps_every_contract(tmp_path):
    result = _lint(_copy(tmp_path))
    assert result.returncode == 0, result.stdout[-3000:]


@pytest.mark.slow
@pytest.mark.parametrize(("module", "line", "why"), BREAKS, ids=[b[2] for b in BREAKS])
def test_a_forbidden_import_fails_the_contracts(tmp_path, module, line, why):
    where = _copy(tmp_path)
    (where / "peerdesk" / "core" / "_leak.py").write_text("import reportlab\n")
    target = where / "peerdesk" / module
    target.write_text(target.read_text() + f"\n{line}  # added by the contract test\n")
    result = _lint(where)
    assert result.returncode != 0, f"{why}: lint-imports still passes\n{result.stdout[-2000:]}"
