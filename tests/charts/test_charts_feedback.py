"""Every chart builds from the demo and from an empty program, and saves in each format."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from peerdesk.charts import FORMATS, KINDS
from peerdesk.charts.build import chart_figure, dashboard_figure, save_figure, scope_label
from peerdesk.core.feedback import Scope
from peerdesk.store import demo
from peerdesk.store.feedback import load_feedback_data
from peerdesk.store.program import Program

ROOT = Path(__file__).resolve().parents[2]
MAGIC = {"png": b"\x89PNG", "svg": b"<?xml", "pdf": b"%PDF"}


@pytest.fixture(scope="module")
def data():
    program = Program.create(None)
    demo.populate(program, today=date(2027, 6, 1))
    loaded = load_feedback_data(program)
    program.close()
    return loaded


def _texts(fig: Figure) -> str:
    return "\n".join(t.get_text() for t in fig.findobj(Text))


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_chart_builds_for_all_cycles_one_cycle_and_one_department(data, kind):
    last = data.cycles[-1].id
    for scope in (Scope(), Scope(cycle_ids=(last,)), Scope(department="Finance")):
        fig = chart_figure(kind, data, scope)
        assert isinstance(fig, Figure)
        text = _texts(fig)
        assert KINDS[kind] in text
        assert scope_label(data, scope) in text
        assert len(fig.axes) >= 1


def test_the_session_with_two_answers_says_too_few(data):
    last = data.cycles[0].id  # the demo's finished cycle has one session with two answers
    for kind in ("engagement", "safety", "enps"):
        text = _texts(chart_figure(kind, data, Scope(cycle_ids=(last,))))
        assert "too few\nresponses" in text, kind


def test_sessions_still_ahead_say_not_held_yet_and_held_ones_too_few():
    """A session dated after today with no attendance says "not held yet", not "too few
    responses" (both facts are public); once attendance is taken it says "too few" again."""
    program = Program.create(None)
    demo.populate(program, today=date.today())  # the current cycle has sessions ahead
    ahead = load_feedback_data(program)
    program.close()
    current = Scope(cycle_ids=(ahead.cycles[-1].id,))
    future = [s for s in ahead.sessions if s.cycle_id == current.cycle_ids[0]
              and s.date is not None and s.date > date.today()]
    assert future
    for kind in ("engagement", "safety", "enps"):
        text = _texts(chart_figure(kind, ahead, current))
        assert text.count("not held\nyet") + text.count("ahead") >= len(future), kind
    marked = load_feedback_data_with_attendance(ahead, future[0].id)
    text = _texts(chart_figure("engagement", marked, current))
    assert text.count("not held\nyet") + text.count("ahead") == len(future) - 1


def load_feedback_data_with_attendance(data, session_id):
    """``data`` with one absence recorded for ``session_id`` (attendance taken)."""
    import copy
    from dataclasses import replace

    other = copy.copy(data)
    other.attendance = [*data.attendance, replace(data.attendance[0], session_id=session_id)]
    other.cache = {}
    return other


def test_safety_chart_cites_edmondson(data):
    assert "Edmondson (1999)" in _texts(chart_figure("safety", data))


@pytest.mark.parametrize("fmt", FORMATS)
def test_save_in_every_format(data, tmp_path, fmt):
    out = save_figure(chart_figure("heatmap", data), tmp_path / f"heat.{fmt.upper()}")
    assert out.read_bytes().startswith(MAGIC[fmt])


def test_unknown_format_and_kind_are_refused(data, tmp_path):
    with pytest.raises(ValueError, match=r"\.png"):
        save_figure(chart_figure("enps", data), tmp_path / "chart.jpg")
    with pytest.raises(ValueError, match="engagement"):
        chart_figure("pie", data)


def test_empty_program_shows_what_to_do_instead_of_blank_axes():
    empty = load_feedback_data(Program.create(None))
    for kind in KINDS:
        fig = chart_figure(kind, empty)
        assert not fig.axes[0].axison, kind
        assert "yet" in _texts(fig), kind


def test_dashboard_holds_every_chart_and_redraws_in_place(data, tmp_path):
    fig = dashboard_figure(data)
    text = _texts(fig)
    assert all(title in text for title in KINDS.values())
    assert save_figure(fig, tmp_path / "dash.png").stat().st_size > 10_000
    again = chart_figure("enps", data, figure=fig)
    assert again is fig
    assert KINDS["engagement"] not in _texts(fig)


def test_charts_never_load_pyplot():
    code = ("import sys\nfrom peerdesk.store.program import Program\n"
            "from peerdesk.store.feedback import load_feedback_data\n"
            "from peerdesk.charts.build import dashboard_figure, save_figure\n"
            "import tempfile, os\n"
            "fig = dashboard_figure(load_feedback_data(Program.create(None)))\n"
            "save_figure(fig, os.path.join(tempfile.mkdtemp(), 'a.png'))\n"
            "print('matplotlib.pyplot' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_listing_the_kinds_does_not_load_matplotlib():
    code = "import sys, peerdesk.charts\nprint('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_chinese_department_names_draw_with_a_cjk_font(tmp_path):
    """A department written in Chinese draws (warnings are errors here: a missing glyph fails)."""
    from matplotlib import font_manager

    has_cjk = any("WenQuanYi" in f.name or "CJK" in f.name for f in font_manager.fontManager.ttflist)
    if not has_cjk:
        pytest.skip("no CJK TrueType font on this machine (fonts-wqy-microhei)")
    program = Program.create(None)
    demo.populate(program, today=date(2027, 6, 1))
    program.db.execute("UPDATE participants SET department = '研发部' WHERE department = 'Engineering'")
    program.db.execute("UPDATE feedback_responses SET department = '研发部' WHERE department = 'Engineering'")
    loaded = load_feedback_data(program)
    program.close()
    fig = chart_figure("participation", loaded)
    save_figure(fig, tmp_path / "p.png")
    texts = " ".join(t.get_text() for t in fig.findobj(Text))
    assert "研发部" in texts


# Without a CJK font matplotlib warns that it draws boxes for those glyphs; both
# pictures compared draw the same boxes, so the comparison holds either way.
@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")
@pytest.mark.parametrize("dpi", [100, 200])
def test_measuring_each_font_once_draws_the_very_same_pixels(data, dpi):
    """render() measures each font's height once per drawing instead of once per text:
    the picture must not move by a pixel (titles, two-line footnotes, rotated labels,
    several sizes, a fallback font for CJK names)."""
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from peerdesk.charts.build import RENDER_RC, render

    def build() -> Figure:
        fig = dashboard_figure(data, Scope(), size=(11.0, 0), dpi=dpi)
        fig.text(0.5, 0.5, "部门 Vertrieb\nzweite Zeile", fontsize=13, rotation=20)
        return fig

    fast = render(build()).buffer_rgba()
    plain = FigureCanvasAgg(build())
    with rc_context(RENDER_RC):
        plain.draw()
    assert bytes(fast) == bytes(plain.buffer_rgba())


# Without a CJK font matplotlib warns that it draws boxes for those glyphs; both
# pictures compared draw the same boxes, so the comparison holds either way.
@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")
@pytest.mark.parametrize("dpi", [100, 150])
def test_what_the_process_remembers_of_texts_and_glyphs_draws_the_very_same_pixels(data, dpi):
    """render() keeps text sizes, layouts and glyph pictures for the process, so a new
    figure (the first drawing after opening a program) starts with them known. Drawn with
    all of them remembered (a second time, another figure, texts moved by fractions of a
    pixel, turned, half off the page), the picture is Agg's own to the byte."""
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from peerdesk.charts.build import RENDER_RC, render

    def build(shift: float) -> Figure:
        fig = dashboard_figure(data, Scope(), size=(10.5, 0), dpi=dpi)
        for i, angle in enumerate((0, 20, 90, -35)):
            fig.text(0.1 + shift + 0.2 * i, 0.5 + shift, "Vertrieb 部门 0123 ½",
                     fontsize=9 + i, rotation=angle)
        fig.text(-0.02 + shift, 0.999, "half off the page", fontsize=12)
        return fig

    for shift in (0.0, 0.0, 0.00037, 0.0011):
        fast = render(build(shift)).buffer_rgba()
        plain = FigureCanvasAgg(build(shift))
        with rc_context(RENDER_RC):
            plain.draw()
        assert bytes(fast) == bytes(plain.buffer_rgba()), shift


def test_a_dashboard_redrawn_in_place_draws_the_very_same_pixels_as_a_new_one(data):
    """The kept dashboard empties its axes and draws again: nothing of one drawing may
    stay on the next (a longer axis' ticks, a legend, the second scale, an empty chart's
    frame switched off), whatever the order of the filters and the data."""
    from peerdesk.charts.build import Dashboard, render, shown_texts

    empty = load_feedback_data(Program.create(None))
    last = data.cycles[-1].id
    kept = Dashboard(11.0)
    for snapshot, scope in ((data, Scope()), (data, Scope(cycle_ids=(last,))), (empty, Scope()),
                            (data, Scope(department="Finance")), (data, Scope())):
        again = bytes(render(kept.draw(snapshot, scope)).buffer_rgba())
        fresh = Dashboard(11.0)
        assert again == bytes(render(fresh.draw(snapshot, scope)).buffer_rgba()), scope
        assert shown_texts(kept.figure) == shown_texts(fresh.figure)


def test_charts_speak_the_language_in_force_dates_and_numbers_included(data):
    """Titles, legends, notes, session dates (month names) and percentages follow the
    language: German here, as the window or a document asks."""
    from peerdesk.charts.build import Dashboard, shown_texts
    from peerdesk.i18n import translation_for

    last = data.cycles[-1]
    session_dates = sorted(s.date for s in data.sessions if s.cycle_id == last.id and s.date)
    with translation_for("de").active():
        fig = Dashboard(12.0).draw(data, Scope(cycle_ids=(last.id,)))
        texts = shown_texts(fig)
    assert "Wirkt das Programm?" in texts
    assert "Psychologische Sicherheit" in texts
    assert "Mittelwert (1-5)" in texts
    assert "100\xa0%" in texts  # German writes a (no-break) space before the percent sign
    from babel.dates import format_skeleton
    german_day = format_skeleton("MMMd", session_dates[0], locale="de_DE")  # "5. Dez."
    assert german_day in texts
    english = shown_texts(Dashboard(12.0).draw(data, Scope(cycle_ids=(last.id,))))
    assert "Is the program working?" in english and "100%" in english
    assert german_day not in english


def test_every_word_on_a_chart_is_marked_for_translation(data):
    """Drawn under a translation that brackets every message it is asked for, each word on
    the dashboard and on each chart alone is bracketed, or is the program's own data (a
    cycle, department or skill name, a date), or no word at all (a number)."""
    import re

    from peerdesk.charts.build import Dashboard, shown_texts
    from peerdesk.i18n import Translation

    class Bracketing(Translation):
        def gettext(self, message: str) -> str:
            return f"[{super().gettext(message)}]" if message else message

        def ngettext(self, singular: str, plural: str, n: int) -> str:
            return f"[{super().ngettext(singular, plural, n)}]"

        def pgettext(self, context: str, message: str) -> str:
            return f"[{super().pgettext(context, message)}]"

    own = ({c.name for c in data.cycles} | {p.department for p in data.people}
           | {skill for r in data.responses for skill, _v in r.confidence})
    last = data.cycles[-1].id
    with Bracketing("fr").active():
        texts = [*shown_texts(Dashboard(12.0).draw(data, Scope())),
                 *shown_texts(Dashboard(12.0).draw(data, Scope(cycle_ids=(last,)))),
                 *shown_texts(Dashboard(12.0).draw(data, Scope(department="Finance")))]
        texts += shown_texts(Dashboard(12.0).draw(load_feedback_data(Program.create(None))))
    words = re.compile(r"[^\W\d_]{2,}")
    left = {t for t in texts if words.search(t) and not t.startswith("[")
            and not any(t.startswith(name[:17]) for name in own if name)
            and not re.fullmatch(r"\d+ \w+\.?", t)}  # a date: "5 déc."
    assert not left, sorted(left)


def test_the_dashboards_lean_axis_drawing_gives_matplotlibs_own_pixels(data, monkeypatch):
    """The dashboard's axes skip measuring tick labels where no axis label is placed
    (style.lean_axes): the picture must be matplotlib's own, to the byte, in every scope
    (notes under rotated labels, the second scale's label, an empty chart)."""
    from peerdesk.charts import style
    from peerdesk.charts.build import Dashboard, render

    empty = load_feedback_data(Program.create(None))
    last = data.cycles[-1].id
    scopes = ((data, Scope()), (data, Scope(cycle_ids=(last,))), (data, Scope(department="Finance")),
              (empty, Scope()))
    lean = [bytes(render(Dashboard(11.0).draw(d, s)).buffer_rgba()) for d, s in scopes]
    drawn_lean = Dashboard(11.0)
    assert all(getattr(ax.xaxis.draw, "__func__", None) is style._lean_axis_draw
               for ax in drawn_lean.draw(data).axes)  # the twin too
    monkeypatch.setattr(style, "lean_axes", lambda ax: None)
    plain = [bytes(render(Dashboard(11.0).draw(d, s)).buffer_rgba()) for d, s in scopes]
    assert lean == plain


def test_a_prepared_dashboard_resized_draws_the_very_same_pixels_as_a_new_one(data):
    """What the chart worker makes when it starts (the empty dashboard, its grids, ticks
    and second scale, drawn once at the window's likely width), then resized to the width
    asked and drawn, and resized again, to one column and back to two: the picture a new
    dashboard of that width draws."""
    from peerdesk.charts import build
    from peerdesk.charts.build import Dashboard, kept_dashboard, prepare, render, shown_texts

    build._kept.clear()
    board = prepare(1080, 1.0)
    last = data.cycles[-1].id
    for width, scope in ((11.0, Scope()), (12.5, Scope(cycle_ids=(last,))), (10.2, Scope())):
        kept = kept_dashboard(width, 100)
        assert kept is board  # resized in place: as many columns
        again = bytes(render(kept.draw(data, scope)).buffer_rgba())
        fresh = Dashboard(width)
        assert again == bytes(render(fresh.draw(data, scope)).buffer_rgba()), (width, scope)
        assert shown_texts(kept.figure) == shown_texts(fresh.figure)
    for width in (6.0, 4.0, 11.0):  # one column, and two again: the same axes moved
        kept = kept_dashboard(width, 100)
        assert kept is board
        again = bytes(render(kept.draw(data)).buffer_rgba())
        assert again == bytes(render(Dashboard(width).draw(data)).buffer_rgba()), width
    build._kept.clear()


def _texts_by_findobj(fig: Figure) -> tuple[str, ...]:
    """The words on a figure by matplotlib's own walk: every visible text, tick labels only
    of the ticks each axis gives labels for (the oracle of shown_texts)."""
    from matplotlib.axis import Tick

    def visible(artist) -> bool:
        while artist is not None:
            if not artist.get_visible():
                return False
            artist = artist.axes if artist.axes is not None and artist.axes is not artist else None
        return True

    spare = {id(t) for ax in fig.axes for tick in ax.findobj(Tick) for t in (tick.label1, tick.label2)}
    used = {id(t) for ax in fig.axes if ax.get_visible() and ax.axison
            for t in (*ax.get_xticklabels(), *ax.get_yticklabels())}
    return tuple(t.get_text() for t in fig.findobj(Text)
                 if t.get_text() and visible(t) and (id(t) not in spare or id(t) in used))


def test_the_words_listed_are_matplotlibs_own_walk_over_the_figure(data):
    """shown_texts walks the figure by hand: the same words in the same order as findobj
    gives, on a kept dashboard drawn again shorter (spare ticks), before and after it is
    rendered, and on a single chart."""
    from peerdesk.charts.build import Dashboard, render, shown_texts

    empty = load_feedback_data(Program.create(None))
    last = data.cycles[-1].id
    kept = Dashboard(11.0)
    for snapshot, scope in ((data, Scope()), (data, Scope(cycle_ids=(last,))), (empty, Scope()),
                            (data, Scope(department="Finance"))):
        fig = kept.draw(snapshot, scope)
        assert shown_texts(fig) == _texts_by_findobj(fig), scope
        render(fig)
        assert shown_texts(fig) == _texts_by_findobj(fig), scope
    single = chart_figure("heatmap", data, Scope())
    assert shown_texts(single) == _texts_by_findobj(single)
