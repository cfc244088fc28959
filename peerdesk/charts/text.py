"""Text drawn faster with the same pixels: what measuring and laying out texts and
rasterising their glyphs learnt is kept for the process (per resolution), so a redrawn
dashboard, and a new one too (the first drawing after opening a program), finds it known.

Matplotlib keeps text sizes per renderer (a new figure measures every label again),
looks up a font's height tables for every text, lays out every text at every drawing and
rasterises every glyph of it. :func:`remembering` gives a renderer what is kept instead.
The pixels are Agg's own to the byte (tests/charts/test_charts_feedback.py).
"""

from __future__ import annotations

import itertools
import math
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from matplotlib.font_manager import FontProperties, fontManager, get_font
from matplotlib.ft2font import FT2Font

if TYPE_CHECKING:
    import numpy as np


@contextmanager
def laying_out_once(renderer) -> Iterator[None]:
    """While ``renderer`` draws (in this thread): each text laid out (its lines placed,
    turned and aligned, the box around them) once for the process per words, font,
    alignment, turn and resolution, not at every drawing nor at every measuring (a legend
    measures its texts, then draws them). A layout is the same wherever the text stands,
    so it is kept like the text sizes it is made of (:func:`remembering`); the pixels are
    the same. Other renderers, other threads and texts that wrap lay out as usual."""
    _install_layouts()
    was = getattr(_DRAWING, "renderer", None)
    _DRAWING.renderer = renderer
    try:
        yield
    finally:
        _DRAWING.renderer = was


_DRAWING = threading.local()  # the renderer laying_out_once() serves in this thread


def _install_layouts() -> None:
    """Put :func:`laying_out_once`'s layout in matplotlib's place, once for the process."""
    from matplotlib.backends.backend_agg import get_hinting_flag
    from matplotlib.text import Text
    from matplotlib.transforms import Bbox

    plain = Text._get_layout  # type: ignore[attr-defined]  # matplotlib's own, private
    if getattr(plain, "_peerdesk", False):
        return

    def get_layout(text: Text, used) -> tuple:
        renderer = getattr(_DRAWING, "renderer", None)
        figure = text.get_figure(root=True)
        if (renderer is None or used is not renderer or figure is None or text.get_wrap()
                or text.get_usetex() or text.get_transform_rotates_text()):
            return plain(text, used)
        key = (text.get_text(), text.get_fontproperties(), text._linespacing,  # type: ignore[attr-defined]  # read as _get_layout reads them
               text._multialignment, text.get_horizontalalignment(),  # type: ignore[attr-defined]
               text.get_verticalalignment(), text.get_rotation(), text.get_rotation_mode(),
               text.get_parse_math(), figure.dpi)
        known = _LAID_OUT.setdefault((renderer.dpi, get_hinting_flag()), {})
        found = known.get(key)
        if found is None:
            box, lines, corner = plain(text, used)
            if len(known) >= _MOST_LAYOUTS:
                known.clear()
            stored = (key[0], key[1].copy(), *key[2:])  # the font as it is now
            found = known[stored] = (box.get_points().copy(), tuple(lines), corner)
        points, lines, corner = found
        return Bbox(points.copy()), list(lines), corner

    get_layout._peerdesk = True  # type: ignore[attr-defined]  # installed
    Text._get_layout = get_layout  # type: ignore[attr-defined]


def remembering(renderer, dpi: float) -> None:
    """Let ``renderer`` (an Agg renderer, ``dpi`` its resolution) use what is kept."""
    renderer._get_font_height_metrics = _font_height_metrics(dpi)
    renderer.get_text_width_height_descent = _text_measures(renderer)
    if (draw_text := _text_layouts(renderer)) is not None:
        renderer.draw_text = draw_text


# What text measuring and laying out learnt, kept for the process: per resolution, then per
# font and size (and text). A new figure (the first drawing of a program, a new size)
# starts with them known; the pixels are the same (the same fonts, tables and layouts).
_HEIGHTS: dict[float, dict[FontProperties, tuple[float, float, float] | tuple[None, None, None]]] = {}
_LAYOUTS: dict[tuple[float, int], dict[tuple[FontProperties, str], tuple]] = {}
_MEASURES: dict[tuple[float, int], dict[tuple[FontProperties, str], tuple[float, float, float]]] = {}
_BITMAPS: dict[tuple[float, int, object], dict[tuple, tuple]] = {}
_LAID_OUT: dict[tuple[float, int], dict[tuple, tuple]] = {}
_MOST_LAYOUTS = 20_000  # texts remembered per resolution before starting afresh
_MOST_BITMAPS = 50_000  # glyph pictures likewise


def _text_measures(renderer) -> Callable:
    """The renderer's ``get_text_width_height_descent``, remembering each plain text's
    size for the process. Matplotlib remembers them per renderer, so a new figure (a new
    canvas) measured every tick label and note again, a sixth of its first drawing."""
    from matplotlib.backends.backend_agg import get_hinting_flag

    plain = renderer.get_text_width_height_descent

    def measure(s, prop, ismath):
        if ismath:
            return plain(s, prop, ismath)
        known = _MEASURES.setdefault((renderer.dpi, get_hinting_flag()), {})
        found = known.get((prop, s))
        if found is None:
            found = plain(s, prop, ismath)
            if len(known) >= _MOST_LAYOUTS:
                known.clear()
            known[prop.copy(), s] = found
        return found
    return measure


def _font_height_metrics(dpi: float) -> Callable[[FontProperties], tuple[float, float, float] | tuple[None, None, None]]:
    """A font's ascent, descent and line gap in pixels, measured once per font and size.

    Matplotlib looks them up afresh (font search, font file tables) for every text at every
    layout, about a tenth of the dashboard's drawing; it asks the renderer first when the
    renderer can say, which is what this answers, with the same tables in the same order.
    Kept for the process (per resolution), so a new figure starts with them measured."""
    known = _HEIGHTS.setdefault(dpi, {})

    def metrics(prop: FontProperties) -> tuple[float, float, float] | tuple[None, None, None]:
        if prop not in known:
            font = get_font(fontManager._find_fonts_by_props(prop))
            answer: tuple[float, float, float] | tuple[None, None, None] = (None, None, None)
            for table_name, gap, ascent, descent in (
                    ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
                    ("hhea", "lineGap", "ascent", "descent")):
                table = font.get_sfnt_table(table_name)  # type: ignore[call-overload]  # a name from two; the stubs overload on one literal
                head = font.get_sfnt_table("head")
                if table is None or head is None:
                    continue
                scale = prop.get_size_in_points() * dpi / 72 / head["unitsPerEm"]
                answer = (table[ascent] * scale, -table[descent] * scale, table[gap] * scale)
                break
            known[prop.copy()] = answer
        return known[prop]
    return metrics


class _Settled:
    """A graphics context as Agg reads it, read once for all the glyphs of a text.

    Agg reads fifteen settings of the graphics context for every glyph it draws, seven of
    them by calling a method, a quarter of drawing a glyph. These are the same settings,
    their values read once, each method answered by a built-in that gives that value
    back (``itertools.repeat(value).__next__``): Agg reads the same values, faster, and
    draws the same pixels."""

    _READ = ("_linewidth", "_alpha", "_forced_alpha", "_rgb", "_antialiased", "_capstyle",
             "_joinstyle", "_cliprect")
    _CALLED = ("get_dashes", "get_clip_path", "get_snap", "get_hatch_path", "get_hatch_color",
               "get_hatch_linewidth", "get_sketch_params")
    __slots__ = (*_READ, *_CALLED)

    def __init__(self, gc) -> None:
        for name in self._READ:
            setattr(self, name, getattr(gc, name))
        for name in self._CALLED:
            setattr(self, name, itertools.repeat(getattr(gc, name)()).__next__)


_SETTLED_READ: list[bool] = []  # whether this Agg reads no more than _Settled holds


def _settled_is_read() -> bool:
    """Whether Agg takes a :class:`_Settled` for a graphics context (it reads no setting
    this matplotlib's does not): tried once for the process on a scratch picture."""
    if not _SETTLED_READ:
        import numpy as np
        from matplotlib.backends.backend_agg import RendererAgg

        scratch = RendererAgg(4, 4, 72)
        try:
            scratch._renderer.draw_text_image(np.zeros((1, 1), np.uint8), 0, 1, 0,
                                              _Settled(scratch.new_gc()))
        except (AttributeError, TypeError, ValueError):
            _SETTLED_READ.append(False)
        else:
            _SETTLED_READ.append(True)
    return _SETTLED_READ[0]


def _blit_side_by_side(blit: Callable, run: list[tuple[np.ndarray, int, int]], right: int,
                       gc) -> None:
    """Draw glyph pictures (each with its left column and top row) that stand side by side
    in one line, no two sharing a column, as one picture: one call to Agg instead of one a
    glyph, a good part of drawing a text. Agg leaves the pixels a picture does not cover
    as they are, and no pixel is covered by two of them, so the pixels are the same as
    drawn one by one."""
    if len(run) == 1:
        buffer, left, top = run[0]
        blit(buffer, left, top + buffer.shape[0], 0, gc)
        return
    if not run:
        return
    import numpy as np

    left = run[0][1]
    top = min(t for _b, _l, t in run)
    bottom = max(t + b.shape[0] for b, _l, t in run)
    one = np.zeros((bottom - top, right - left), dtype=np.uint8)
    for buffer, x, y in run:
        one[y - top:y - top + buffer.shape[0], x - left:x - left + buffer.shape[1]] = buffer
    blit(one, left, bottom, 0, gc)


def _text_layouts(renderer) -> Callable | None:
    """The renderer's ``draw_text``, remembering how each text is laid out (its glyphs
    and their places) per font and size, so a redrawn dashboard lays out its tick labels,
    titles and notes once; the glyphs are then drawn as matplotlib draws them, with the
    turn of the text worked out once per text rather than once per glyph.

    Only for the matplotlib that draws text glyph by glyph (3.11 and later); ``None``
    elsewhere, and text with font features or a language set is drawn as usual. The
    pixels are the same (tests/charts: ``test_measuring_each_font_once...``)."""
    if not hasattr(renderer, "_draw_text_glyphs_and_boxes") or not hasattr(FT2Font, "_layout"):
        return None
    import numpy as np
    from matplotlib.backends.backend_agg import get_hinting_flag
    from matplotlib.ft2font import RenderMode

    plain = renderer.draw_text

    def draw_text(gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if ismath or (mtext is not None and (getattr(mtext, "get_fontfeatures", lambda: None)()
                                             or getattr(mtext, "get_language", lambda: None)())):
            return plain(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)
        load_flags = get_hinting_flag()
        layouts = _LAYOUTS.setdefault((renderer.dpi, load_flags), {})
        key = (prop, s)
        glyphs = layouts.get(key)
        if glyphs is None:
            font = renderer._prepare_font(prop)
            glyphs = tuple((item.ft_object, item.glyph_index, item.x, item.y)
                           for item in font._layout(s, flags=load_flags))
            if len(layouts) >= _MOST_LAYOUTS:
                layouts.clear()
            layouts[prop.copy(), s] = glyphs
        size, dpi, height = prop.get_size_in_points(), renderer.dpi, renderer.height
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        turn = (0x10000 * np.array([[cos, -sin], [sin, cos]])).round().astype(int)
        antialiased = gc.get_antialiased()
        mode = RenderMode.NORMAL if antialiased else RenderMode.MONO
        bitmaps = _BITMAPS.setdefault((dpi, load_flags, mode), {})
        if len(bitmaps) >= _MOST_BITMAPS:
            bitmaps.clear()
        turned = (turn[0, 0], turn[0, 1], turn[1, 0], turn[1, 1])
        blit = renderer._renderer.draw_text_image
        agg_gc = _Settled(gc) if len(glyphs) > 2 and _settled_is_read() else gc
        level = angle == 0
        run: list[tuple[np.ndarray, int, int]] = []  # glyphs side by side (see below)
        right = 0
        for font, glyph, dx, dy in glyphs:  # as RendererAgg._draw_text_glyphs_and_boxes
            at_x = round(0x40 * (x + dx * cos - dy * sin))
            at_y = round(0x40 * (height - y + dx * sin + dy * cos))
            # A glyph's picture depends on where it falls within a pixel, not on which
            # pixel: the outline moved by whole pixels is the same picture moved so.
            key = (font, glyph, size, turned, at_x & 0x3F, at_y & 0x3F)
            found = bitmaps.get(key)
            if found is None:
                font.set_size(size, dpi)
                font._set_transform(turn, [at_x & 0x3F, at_y & 0x3F])
                bitmap = font._render_glyph(glyph, load_flags, mode)
                buffer = np.array(bitmap.buffer)
                if not antialiased:
                    buffer *= 0xff
                found = bitmaps[key] = (buffer, bitmap.left, bitmap.top)
            buffer, left, top = found
            rows, columns = buffer.shape
            if not rows or not columns:  # a space: nothing to draw
                continue
            left, top = left + (at_x >> 6), int(height) - (top + (at_y >> 6))
            if level and run and left >= right:  # beside the run, no column shared
                run.append((buffer, left, top))
                right = left + columns
                continue
            _blit_side_by_side(blit, run, right, agg_gc)
            run, right = [(buffer, left, top)], left + columns
        _blit_side_by_side(blit, run, right, agg_gc)
        return None
    return draw_text
