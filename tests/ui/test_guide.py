"""Help > Quick Guide: shipped as a package resource, so it is there when installed."""

import importlib.util
from importlib import resources
from pathlib import Path

import pytest

from peerdesk.ui import guide

ROOT = Path(__file__).resolve().parents[2]


def readme_guide() -> str:
    spec = importlib.util.spec_from_file_location("sync_guide", ROOT / "packaging" / "sync_guide.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.readme_guide()


def test_the_guide_is_a_package_resource_and_matches_the_readme():
    shipped = resources.files("peerdesk.resources").joinpath("guide", "quick-guide.md")
    assert shipped.is_file()
    assert guide.guide_text() == shipped.read_text(encoding="utf-8")
    assert guide.guide_text() == readme_guide(), (
        "resources/guide/quick-guide.md differs from README's 'A short guide': run "
        "python packaging/sync_guide.py")
    assert "**The program checklist.**" in guide.guide_text()


@pytest.mark.gui
def test_help_quick_guide_opens_the_guide(window, answers, qtbot):
    window.guide()
    dialog = window._guide
    qtbot.waitExposed(dialog)
    assert "The program checklist" in dialog.browser.toPlainText()
    assert "**" not in dialog.browser.toPlainText()  # rendered, not shown as Markdown
    dialog.close()


@pytest.mark.gui
def test_a_missing_guide_says_so(window, answers, monkeypatch):
    def missing():
        raise FileNotFoundError("quick-guide.md")

    monkeypatch.setattr(guide, "guide_text", missing)
    window.guide()
    assert answers.errors[-1][0] == "Quick guide" and "missing" in answers.errors[-1][1]
