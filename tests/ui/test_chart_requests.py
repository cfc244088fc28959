"""The window's side of the chart worker (ui/feedback/chart_worker.py): a drawer and a
saver each follow only their own request, a drawer draws only the newest wish, and what
they say when the worker's answer is no good is in the window's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from peerdesk.core.feedback import Scope
from peerdesk.ui import language
from peerdesk.ui.feedback.chart_worker import ChartDrawer, ChartRequest, ChartSaver


class FakeService(QObject):
    """The worker's service without a process: requests are numbered and kept."""

    answered = Signal(int, object)

    def __init__(self, folder: Path):
        super().__init__()
        self.folder, self.sent = folder, []

    def submit(self, request: ChartRequest) -> int:
        self.sent.append(request)
        return len(self.sent)

    def picture_path(self, rid: int) -> Path:
        return self.folder / f"{rid}.rgba"


def _request(width: int = 300, save_to: Path | None = None) -> ChartRequest:
    return ChartRequest("dashboard", Scope(), width, 1.0, save_to=save_to)


@pytest.fixture
def english(qapp):
    yield
    language.install("en", qapp, core=False)


def _listen(obj) -> list:
    heard: list = []
    obj.failed.connect(lambda m: heard.append(("failed", m)))
    obj.busyChanged.connect(lambda b: heard.append(("busy", b)))
    for name in ("drawn", "saved"):
        if hasattr(obj, name):
            getattr(obj, name).connect(lambda x, name=name: heard.append((name, x)))
    return heard


def test_a_drawer_follows_its_own_request_and_draws_only_the_newest(qapp, tmp_path):
    service = FakeService(tmp_path)
    drawer, other = ChartDrawer(service=service), ChartSaver(service=service)
    heard, heard_other = _listen(drawer), _listen(other)
    drawer.request(_request(100))
    drawer.request(_request(200))  # queued
    drawer.request(_request(300))  # the newest wish replaces the queued one
    assert [r.width_px for r in service.sent] == [100] and drawer.busy
    service.answered.emit(99, {"id": 99, "error": "not ours"})
    assert heard == [("busy", True)] and heard_other == []
    (tmp_path / "1.rgba").write_bytes(b"\0" * 16)
    service.answered.emit(1, {"id": 1, "width": 2, "height": 2, "texts": [],
                              "anonymous": True, "min_group_size": 5})
    assert [r.width_px for r in service.sent] == [100, 300]  # stale picture dropped
    assert not (tmp_path / "1.rgba").exists() and heard == [("busy", True)]
    (tmp_path / "2.rgba").write_bytes(b"\xff" * 16)
    service.answered.emit(2, {"id": 2, "width": 2, "height": 2, "texts": ["a"],
                              "anonymous": True, "min_group_size": 5})
    assert [h[0] for h in heard] == ["busy", "busy", "drawn"] and not drawer.busy
    assert heard[-1][1].image.width() == 2 and heard[-1][1].texts == ("a",)
    assert heard_other == []  # the saver never heard the drawer's answers


@pytest.mark.parametrize(("lang", "unreadable", "no_answer"), [
    ("en", "the picture could not be read", "the chart worker gave no answer"),
    ("de", "das Bild konnte nicht gelesen werden", "der Diagrammprozess hat nicht geantwortet"),
    ("pt_PT", "não foi possível ler a imagem", "o processo dos gráficos não respondeu"),
    ("es", "no se ha podido leer la imagen", "el proceso de los gráficos no ha respondido"),
    ("fr", "l’image n’a pas pu être lue", "le processus des graphiques n’a pas répondu"),
])
def test_a_bad_answer_is_told_in_the_windows_language(qapp, english, tmp_path, lang,
                                                       unreadable, no_answer):
    language.install(lang, qapp, core=False)
    service = FakeService(tmp_path)
    drawer, saver = ChartDrawer(service=service), ChartSaver(service=service)
    heard, saved = _listen(drawer), _listen(saver)
    drawer.request(_request())  # id 1: its picture file is missing
    assert saver.save(_request(save_to=tmp_path / "c.png"))  # id 2
    assert not saver.save(_request(save_to=tmp_path / "d.png"))  # one at a time
    service.answered.emit(1, {"id": 1, "width": 2, "height": 2, "texts": [],
                              "anonymous": True, "min_group_size": 5})
    service.answered.emit(2, {"id": 2})  # neither saved nor an error
    assert heard[-1][0] == "failed" and heard[-1][1].startswith(unreadable + " (")
    assert saved[-1] == ("failed", no_answer) and not saver.busy and not drawer.busy


def test_a_saver_says_the_workers_error_and_what_it_saved(qapp, tmp_path):
    service = FakeService(tmp_path)
    saver = ChartSaver(service=service)
    heard = _listen(saver)
    assert saver.save(_request(save_to=tmp_path / "c.pdf"))
    service.answered.emit(1, {"id": 1, "error": "disk full"})
    assert saver.save(_request(save_to=tmp_path / "c.pdf"))
    service.answered.emit(2, {"id": 2, "saved": str(tmp_path / "c.pdf")})
    assert heard == [("busy", True), ("busy", False), ("failed", "disk full"),
                     ("busy", True), ("busy", False), ("saved", tmp_path / "c.pdf")]
