"""The print preview: fit width, fit page, zoom steps, and leafing through the pages."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from peerdesk.ui.documents.page_view import FIT_WIDTH, ZOOM_STEPS, PageView

pytestmark = pytest.mark.gui

DPI = 72


def _pages(n: int) -> list[QImage]:
    out = []
    for i in range(n):
        image = QImage(595, 842, QImage.Format.Format_RGB888)  # A4 at 72 dpi
        image.fill(QColor(255, 255 - i * 10, 255))
        out.append(image)
    return out


@pytest.fixture
def view(qtbot):
    v = PageView()
    qtbot.addWidget(v)
    v.resize(700, 600)
    v.show()
    qtbot.waitExposed(v)
    v.set_pages(_pages(5), DPI)
    return v


def _shown(view, number=1):
    return view.labels[number - 1].pixmap().size()


def test_fit_width_and_fit_page(view, qtbot):
    viewport = view.scroll_area.viewport()
    assert view.mode == FIT_WIDTH and view.fit_width.isChecked()
    assert viewport.width() - 60 <= _shown(view).width() <= viewport.width()
    qtbot.mouseClick(view.fit_page, Qt.MouseButton.LeftButton)
    assert view.fit_page.isChecked() and not view.fit_width.isChecked()
    assert _shown(view).height() <= viewport.height()
    assert _shown(view).height() >= viewport.height() - 40  # as large as fits
    view.resize(900, 800)  # follows the window
    qtbot.waitUntil(lambda: _shown(view).height() >= view.scroll_area.viewport().height() - 40)


def test_zoom_steps_in_and_out_and_show_the_percentage(view, qtbot):
    view.set_zoom(1.0)
    assert view.zoom_label.text() == "100%"
    real = _shown(view).width()
    assert real == round(595 * view.logicalDpiX() / DPI)  # 100 % is the page's real size
    qtbot.mouseClick(view.zoom_in, Qt.MouseButton.LeftButton)
    assert view.zoom() == ZOOM_STEPS[ZOOM_STEPS.index(1.0) + 1] and _shown(view).width() > real
    qtbot.mouseClick(view.zoom_out, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.zoom_out, Qt.MouseButton.LeftButton)
    assert view.zoom() == ZOOM_STEPS[ZOOM_STEPS.index(1.0) - 1]
    for _ in range(len(ZOOM_STEPS) + 2):
        view.step(-1)
    assert view.zoom() == ZOOM_STEPS[0]  # never below the smallest step
    view.set_mode(FIT_WIDTH)
    assert view.zoom_label.text() == f"{round(view.zoom() * 100)}%"


def test_leafing_through_the_pages(view, qtbot):
    assert view.page.value() == 1 and view.of.text() == "of 5"
    assert not view.previous.isEnabled() and view.next.isEnabled()
    qtbot.mouseClick(view.next, Qt.MouseButton.LeftButton)
    assert view.page.value() == 2
    bar = view.scroll_area.verticalScrollBar()
    top = view.labels[1].mapTo(view.scroll_area.viewport(), view.labels[1].rect().topLeft()).y()
    assert 0 <= top <= 20  # page 2 is at the top of the view
    view.page.setValue(5)
    assert not view.next.isEnabled()
    assert bar.value() > 0
    bar.setValue(0)  # scrolling by hand moves the number back
    assert view.page.value() == 1
    view.scroll_area.setFocus()
    qtbot.keyClick(view.scroll_area, Qt.Key.Key_PageDown)
    assert view.page.value() == 2
    view.set_zoom(2.0)  # zooming keeps the page in view
    assert view.page.value() == 2


def test_no_pages_leaves_the_bar_disabled(qtbot):
    v = PageView()
    qtbot.addWidget(v)
    v.set_pages([], DPI)
    assert v.count == 0 and not v.zoom_in.isEnabled() and not v.next.isEnabled()


def test_fit_width_never_needs_sideways_scrolling(view, qtbot):
    assert view.mode == FIT_WIDTH
    for width in range(560, 1000, 37):
        view.resize(width, 600)
        view.set_mode(FIT_WIDTH)
        qtbot.waitUntil(lambda: view.scroll_area.verticalScrollBar().isVisible())
        view.pages_layout.activate()
        assert view.pages.sizeHint().width() <= view.scroll_area.viewport().width(), width
        qtbot.waitUntil(lambda: not view.scroll_area.horizontalScrollBar().isVisible())
