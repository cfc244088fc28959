"""The window refuses, in words, a program holding values PeerDesk never writes."""

import hashlib
import sqlite3

import pytest

from peerdesk.store.program import Program
from peerdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_a_date_in_month_13_is_named_and_the_file_left_as_it_was(qtbot, answers, tmp_path):
    path = tmp_path / "sent.peerdesk"
    Program.create(path, "Sent").close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO cycles (id, name, start_date) VALUES (4, 'C', '2026-13-45')")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_path(str(path))
    _title, text = answers.errors[-1]
    assert "cycles.start_date, row 4" in text and "2026-13-45" in text
    assert window.ctx.program is None
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (tmp_path / "sent.peerdesk-wal").exists()
