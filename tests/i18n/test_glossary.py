"""One word per concept and language, in the window and the core alike (tests/i18n/glossary.toml).

The window (.ts) and the core, documents and command line (.po) were translated by different
hands; the same person reads both in one window (the checklist and the pairs' reasons come from
the core). For every glossary term and language, every entry whose English source uses the term
must use the chosen word, and no entry may use a word the glossary chose against."""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: the same parser, from PyPI
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = Path(__file__).with_name("glossary.toml")
LANGUAGES = ("de", "pt_PT", "es", "fr")
# {name}, %n, %1, %(name)s: what the code fills in is not a word of the sentence.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)[sr]|%[nsr\d]")
# What a command line takes as it is: `peerdesk pair FILE --cycle NAME`, --present, CYCLE.
LITERAL = re.compile(r"`[^`]*`|--[\w/-]+|\b[A-Z]{2,}\b")


def _glossary() -> dict:
    with GLOSSARY.open("rb") as fh:
        return tomllib.load(fh)


def _plain(text: str) -> str:
    """The words a reader sees: no placeholders, no accelerator '&' ('&&' is an '&')."""
    text = PLACEHOLDER.sub(" ", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


@functools.cache
def entries(lang: str) -> list[tuple[str, str, list[str]]]:
    """(where, English source, [translated forms]) of both catalogues of a language."""
    out = []
    with (ROOT / "peerdesk" / "locale" / lang / "LC_MESSAGES" / "peerdesk.po").open("rb") as fh:
        for m in read_po(fh, locale=lang):
            if not m.id:
                continue
            source = " | ".join(m.id) if isinstance(m.id, tuple) else m.id
            forms = list(m.string) if isinstance(m.string, tuple) else [m.string]
            out.append(("po", source, forms))
    ts = ROOT / "resources" / "translations" / f"peerdesk_{lang}.ts"
    for context in ET.parse(ts).getroot().iter("context"):
        for m in context.iter("message"):
            t = m.find("translation")
            forms = ([f.text or "" for f in t.iter("numerusform")] if m.get("numerus") == "yes"
                     else [t.text or ""])
            out.append(("ts", m.findtext("source") or "", forms))
    return out


def departures(glossary: dict, lang: str, catalogue) -> list[str]:
    """Every entry that words a glossary concept otherwise than the glossary says."""
    excused = {(lang_, term, e["source"]) for e in glossary.get("exception", [])
               for lang_ in e["langs"] for term in e["terms"]}
    wrong = []
    for term in glossary["term"]:
        uses = re.compile(rf"\b(?:{term['match']})\b", re.IGNORECASE)
        stems = [s.casefold() for s in term[lang]]
        avoid = [s.casefold() for s in term.get(f"avoid_{lang}", [])]
        for where, source, forms in catalogue:
            if (lang, term["en"], source) in excused:
                continue
            for form in forms:
                text = _plain(form).casefold()
                if uses.search(LITERAL.sub(" ", _plain(source))) and not any(s in text for s in stems):
                    wrong.append(f"{where} [{term['en']} -> {term[lang]}] {source!r} -> {form!r}")
                found = [a for a in avoid if a in text]
                if found:
                    wrong.append(f"{where} [{term['en']}: not {found}] {source!r} -> {form!r}")
    return wrong


def test_the_glossary_has_every_language_for_every_term():
    glossary = _glossary()
    assert len(glossary["term"]) >= 20
    for term in glossary["term"]:
        re.compile(term["match"])
        assert all(term.get(lang) for lang in LANGUAGES), term["en"]
    for exception in glossary.get("exception", []):
        assert set(exception["langs"]) <= set(LANGUAGES) and exception["reason"].strip(), exception
        assert set(exception["terms"]) <= {t["en"] for t in glossary["term"]}, exception


def test_every_exception_still_names_a_message():
    glossary = _glossary()
    for exception in glossary.get("exception", []):
        for lang in exception["langs"]:
            sources = {source for _w, source, _f in entries(lang)}
            assert exception["source"] in sources, (lang, exception)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_catalogues_say_each_concept_with_the_glossarys_word(lang):
    wrong = departures(_glossary(), lang, entries(lang))
    assert not wrong, f"{len(wrong)} entries depart from tests/i18n/glossary.toml:\n" + \
        "\n".join(wrong[:40])


def test_the_old_skill_split_in_german_fails():
    """The window said 'Kompetenz' and 'Kann X vermitteln', the core 'Fähigkeit' and 'kann X
    beibringen': the check must see both halves of that split."""
    split = [("ts", "&Skills", ["&Kompetenzen"]), ("ts", "Can teach {value}", ["Kann {value} vermitteln"]),
             ("po", "Skills", ["Fähigkeiten"]), ("po", "can teach {skill}", ["kann {skill} beibringen"])]
    wrong = departures(_glossary(), "de", split)
    assert any("Kompetenzen" in w for w in wrong)
    assert any("vermitteln" in w for w in wrong)
    assert not any("'Fähigkeiten'" in w or "beibringen'" in w for w in wrong)


def test_placeholders_and_accelerators_are_not_words():
    """'{skill}' in a source is not the word 'skill'; '&Skills' is."""
    glossary = _glossary()
    assert departures(glossary, "de", [("po", "{teacher} and {learner}: {skill}", ["x"])]) == []
    assert departures(glossary, "fr", [("ts", "&Skills", ["&Compétences"])]) == []
    assert departures(glossary, "fr", [("ts", "&Skills", ["&Aptitudes"])])


# -- a changed word keeps its menu's accelerators apart ------------------------------------------
def _shared_accelerators(menu, where: str) -> list[str]:
    """Every pair of entries of one menu (and its submenus) that claim the same Alt+letter."""
    seen: dict[str, str] = {}
    shared = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        letter = re.search(r"&([^&\s])", action.text().replace("&&", ""))
        if letter:
            key = letter.group(1).casefold()
            if key in seen:
                shared.append(f"{where}: {seen[key]!r} and {action.text()!r} both take Alt+{key}")
            seen[key] = action.text()
        if action.menu():
            shared += _shared_accelerators(action.menu(), action.text())
    return shared


@pytest.fixture
def demo_path(tmp_path):
    from peerdesk.store import demo
    from peerdesk.store.program import Program

    path = tmp_path / "demo.peerdesk"
    program = Program.create(path)
    demo.populate(program)
    program.close()
    return path


@pytest.mark.parametrize("lang", ("en", *LANGUAGES))
def test_each_menus_accelerators_stay_unique_in_translation(qapp, qtbot, demo_path, lang):
    """A renamed concept ("&Kompetenzen" -> "&Fähigkeiten") must not take a letter another entry
    of its menu already has; English too (its menu bar once shared E and P: Edit/Export and
    Program/Pairings, and Alt+E only cycled between them)."""
    from peerdesk.ui import language
    from peerdesk.ui.main_window import MainWindow

    language.install(lang, qapp, core=False)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.open_path(str(demo_path))
        assert window.menuBar().actions()
        assert _shared_accelerators(window.menuBar(), "menu bar") == []
    finally:
        language.install("en", qapp, core=False)


def test_the_accelerator_walk_sees_a_shared_letter(qapp):
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    menu.addAction("&Salir")
    menu.addAction("Restaurar desde una copia de &seguridad…")
    assert len(_shared_accelerators(menu, "Archivo")) == 1
    menu.actions()[1].setText("Res&taurar desde una copia de seguridad…")
    assert _shared_accelerators(menu, "Archivo") == []
