"""Texts laid out once for the process (peerdesk.charts.text.laying_out_once): the same
words in another font, size, alignment, turn, line spacing or resolution must be laid out
afresh, and the pixels must be matplotlib's own."""

from __future__ import annotations

import itertools

import pytest
from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from peerdesk.charts.build import RENDER_RC, render
from peerdesk.charts.text import laying_out_once

VARIANTS = [  # each differs from the first in one thing _get_layout reads
    {},
    {"fontsize": 13},
    {"fontweight": "bold"},
    {"ha": "right"},
    {"ha": "center", "va": "top"},
    {"va": "baseline"},
    {"rotation": 30},
    {"rotation": 30, "rotation_mode": "anchor"},
    {"linespacing": 2.0},
    {"multialignment": "right"},
]


def _figure(dpi: float, order: list[dict]) -> Figure:
    fig = Figure(figsize=(6, 4), dpi=dpi, facecolor="white")
    for i, extra in enumerate(order):
        fig.text(0.1 + 0.08 * (i % 10), 0.15 + 0.07 * i, "Mean score\nlong second line",
                 **{"fontsize": 9, **extra})
    ax = fig.add_subplot()
    ax.plot([0, 1], [0, 1], label="Attendance")
    ax.legend(title="Mean score\nlong second line")
    return fig


def _plain(fig: Figure) -> bytes:
    canvas = FigureCanvasAgg(fig)
    with rc_context(RENDER_RC):
        canvas.draw()
    return bytes(canvas.buffer_rgba())


@pytest.mark.parametrize("dpi", [100, 150])
def test_texts_laid_out_once_draw_matplotlibs_own_pixels_whatever_changes(dpi):
    for order in (VARIANTS, VARIANTS[::-1], [VARIANTS[0]] * 3):
        for _ in range(2):  # the second time every layout is known
            assert bytes(render(_figure(dpi, order)).buffer_rgba()) == _plain(_figure(dpi, order))


def test_a_known_layout_is_not_used_for_another_text_or_renderer():
    """Keys differ in every way a layout can; outside render() texts lay out as usual."""
    fig = _figure(100, VARIANTS)
    render(fig)
    texts = [t for t in fig.texts if isinstance(t, Text)]
    boxes = {tuple(map(tuple, t.get_window_extent().get_points())) for t in texts}
    assert len(boxes) == len(texts)  # no two variants laid out alike
    other = FigureCanvasAgg(fig).get_renderer()
    for text in texts:
        plain = text.get_window_extent(other).get_points()
        with laying_out_once(FigureCanvasAgg(Figure()).get_renderer()):  # not this renderer
            assert (text.get_window_extent(other).get_points() == plain).all()


def test_the_layout_given_is_a_copy():
    """A caller that moves the box it was given does not move the one kept."""
    fig = _figure(100, VARIANTS[:1])
    canvas = render(fig)
    text = fig.texts[0]
    renderer = canvas.get_renderer()
    with laying_out_once(renderer):
        first = text._get_layout(renderer)  # type: ignore[attr-defined]
        first[0].set_points(first[0].get_points() + 50)
        first[1].clear()
        again = text._get_layout(renderer)  # type: ignore[attr-defined]
    assert again[1] and not (again[0].get_points() == first[0].get_points()).all()
    assert list(itertools.chain(again[1])) == list(itertools.chain(
        text._get_layout(renderer)[1]))  # type: ignore[attr-defined]


def test_a_text_s_glyphs_are_blitted_with_its_settings_read_once_where_agg_takes_them(monkeypatch):
    """This matplotlib's Agg takes the settings read once; one that read a setting they do
    not hold would be given the graphics context itself (tried once, on a scratch picture)."""
    from peerdesk.charts import text

    monkeypatch.setattr(text, "_SETTLED_READ", [])
    assert text._settled_is_read()
    monkeypatch.setattr(text, "_SETTLED_READ", [])
    monkeypatch.setattr(text._Settled, "_READ", tuple(n for n in text._Settled._READ if n != "_rgb"))
    assert not text._settled_is_read()
    assert bytes(render(_figure(100, VARIANTS)).buffer_rgba()) == _plain(_figure(100, VARIANTS))
