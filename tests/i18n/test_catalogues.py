"""Every message the code marks is translated in each catalogue, and the .mo match the .po."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "peerdesk" / "locale"
LANGUAGES = ("de", "pt_PT", "es", "fr")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\(\w+\)[sr]|%[sr]")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The messages in the code now, extracted afresh exactly as packaging/i18n.py does."""
    pot = tmp_path_factory.mktemp("pot") / "peerdesk.pot"
    CommandLineInterface().run(["pybabel", "-q", "extract", "-F", str(ROOT / "babel.cfg"),
                                "-o", str(pot), "-k", "gettext_noop", "-k", "M_",
                                "--no-location", str(ROOT)])
    with pot.open("rb") as fh:
        return {(m.id, m.context): m for m in read_po(fh) if m.id}


def _catalog(lang):
    with (LOCALE / lang / "LC_MESSAGES" / "peerdesk.po").open("rb") as fh:
        return read_po(fh, locale=lang)


def test_the_code_marks_messages(extracted):
    assert len(extracted) > 200


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(extracted, lang):
    catalog = _catalog(lang)
    problems = []
    for msgid, context in extracted:
        msg = catalog.get(msgid, context=context)
        if msg is None:
            problems.append(f"missing: {msgid!r}")
            continue
        strings = msg.string if isinstance(msg.string, tuple) else (msg.string,)
        if "fuzzy" in msg.flags:
            problems.append(f"fuzzy: {msgid!r}")
        if len(strings) != catalog.num_plurals and isinstance(msgid, tuple):
            problems.append(f"wrong number of plural forms: {msgid!r}")
        if not all(s.strip() for s in strings):
            problems.append(f"empty: {msgid!r}")
        source = msgid if isinstance(msgid, tuple) else (msgid,)
        wanted = set(PLACEHOLDER.findall(" ".join(source)))
        for s in strings:
            if set(PLACEHOLDER.findall(s)) != wanted:
                problems.append(f"placeholders differ: {msgid!r} -> {s!r}")
    assert not problems, f"{lang}: run python packaging/i18n.py extract, then translate:\n" \
        + "\n".join(problems[:40])


def _packaging_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("packaging_i18n", ROOT / "packaging" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_compiled_catalogues_are_up_to_date():
    packaging_i18n = _packaging_script()
    assert packaging_i18n.check() == []


def test_a_stale_mo_is_caught(tmp_path, monkeypatch):
    """The check can fail: a .po changed after compiling is reported."""
    packaging_i18n = _packaging_script()
    for lang in LANGUAGES:
        folder = tmp_path / lang / "LC_MESSAGES"
        folder.mkdir(parents=True)
        for suffix in (".po", ".mo"):
            src = LOCALE / lang / "LC_MESSAGES" / f"peerdesk{suffix}"
            (folder / src.name).write_bytes(src.read_bytes())
    po = tmp_path / "de" / "LC_MESSAGES" / "peerdesk.po"
    po.write_text(po.read_text("utf-8").replace('msgstr "Sitzungsmappe"', 'msgstr "Mappe"'),
                  "utf-8")
    monkeypatch.setattr(packaging_i18n, "LOCALE", tmp_path)
    monkeypatch.setattr(packaging_i18n, "ROOT", tmp_path)
    assert [p for p in packaging_i18n.check() if p.startswith("de:")]
