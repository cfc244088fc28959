"""Page furniture: paper sizes, "Page x of y", bookmarks, running titles, locale paper."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.platypus import PageBreak

from peerdesk.reports import base


class _Doc(base.DocumentRenderer):
    def __init__(self, paper="a4", pages=3):
        super().__init__(base.Furniture("Acme Peer Learning", "Test document",
                                        printed_on=date(2027, 3, 17), paper=paper))
        self.pages = pages

    def story(self):
        out = []
        for n in range(self.pages):
            if n:
                out.append(PageBreak())
            out += [base.PartStart(f"Part {n + 1}", f"part{n}"), self.p(f"Body {n + 1}", "h1")]
        return out


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_size(paper, size):
    reader = PdfReader(io.BytesIO(_Doc(paper).render()))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_page_x_of_y_title_date_and_bookmarks():
    reader = PdfReader(io.BytesIO(_Doc(pages=3).render()))
    assert len(reader.pages) == 3
    texts = [page.extract_text() for page in reader.pages]
    for n, text in enumerate(texts, start=1):
        assert f"Page {n} of 3" in text
        assert "Acme Peer Learning" in text
        assert f"Part {n}" in text  # the running title follows the part
        assert "Printed 17 March 2027" in text
    assert [item["/Title"] for item in reader.outline] == ["Part 1", "Part 2", "Part 3"]
    assert [reader.get_destination_page_number(item) for item in reader.outline] == [0, 1, 2]
    assert reader.metadata.title == "Test document"


@pytest.mark.parametrize(("name", "paper"), [("en_US", "letter"), ("en_US.UTF-8", "letter"),
                                             ("fr_CA", "letter"), ("de_DE", "a4"), ("pt-PT", "a4"),
                                             ("C", "a4")])
def test_paper_for_locale(name, paper):
    assert base.paper_for_locale(name) == paper


def test_resolve_paper():
    assert base.resolve_paper("Letter") == "letter"
    assert base.resolve_paper("", "en_GB") == "a4"
    with pytest.raises(ValueError, match="a4 or letter"):
        base.resolve_paper("a3")


def test_format_date():
    assert base.format_date(date(2027, 3, 17), weekday=True) == "Wednesday 17 March 2027"
    assert base.format_date(None) == "date to be set"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="no pdftoppm")
def test_pages_render_to_images(tmp_path):
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(_Doc(pages=2).render())
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / "page")], check=True)
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == 2
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in pngs)


def test_the_collector_is_back_on_once_every_render_is_done():
    """Renders on two threads overlap (the print dialog's): the collector stays off until
    the last one finishes, then is on again, as before the first."""
    import gc
    import threading

    from peerdesk.reports.base import collector_paused

    assert gc.isenabled()
    started, release = threading.Event(), threading.Event()

    def render() -> None:
        with collector_paused():
            started.set()
            release.wait(10)

    worker = threading.Thread(target=render)
    with collector_paused():
        worker.start()
        started.wait(10)
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other render is still laying out
    release.set()
    worker.join(10)
    assert gc.isenabled()
