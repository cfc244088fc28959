"""One mechanism for "redraw now if shown, else when next shown" (ui.widgets)."""

import pytest
from PySide6.QtWidgets import QWidget

from peerdesk.ui.widgets import RefreshWhenShown

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("delay", [None, 0])
def test_a_hidden_widget_redraws_once_when_shown(qtbot, delay):
    widget = QWidget()
    qtbot.addWidget(widget)
    drawn = []
    when = RefreshWhenShown(widget, lambda: drawn.append(1), delay_ms=delay)
    for _ in range(3):  # a burst of edits while hidden costs nothing
        when.request()
    assert drawn == [] and when.stale
    widget.show()
    qtbot.waitUntil(lambda: drawn == [1])
    assert not when.stale
    when.request()  # shown: redrawn at once (or right after the burst)
    qtbot.waitUntil(lambda: drawn == [1, 1])
    widget.hide()
    widget.show()  # nothing changed: no redraw
    qtbot.wait(1)
    assert drawn == [1, 1]
