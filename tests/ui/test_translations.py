"""The window in German, Portuguese, Spanish and French: nothing left unmarked, nothing left
untranslated, placeholders and accelerators intact, the .qm made from the .ts in the tree,
and the right catalogues (ours and Qt's) loaded for each language."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from tests.ui.i18n_scan import scan, scan_source

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "pt_PT", "es", "fr")
sys.path.insert(0, str(ROOT / "packaging"))
import translations as pipeline  # noqa: E402  (packaging/translations.py)

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


def _placeholders(text: str) -> list[str]:
    """{name}, %n, %1 (a doubled brace is a brace, not a placeholder)."""
    return sorted(PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))
TAG = re.compile(r"</?[a-z0-9]+[^>]*>")


def _messages(ts: Path):
    """(context, source, [translations], numerus, unfinished) for every message."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            t = m.find("translation")
            forms = ([f.text or "" for f in t.iter("numerusform")] if m.get("numerus") == "yes"
                     else [t.text or ""])
            yield name, m.findtext("source"), forms, m.get("numerus") == "yes", \
                t.get("type") in ("unfinished", "vanished", "obsolete")


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&|[a-z]+;|#)\S", text.replace("&&", "")))


# -- every visible string is marked ----------------------------------------------------------
def test_every_user_visible_string_in_the_window_is_marked_for_translation():
    bare = scan()
    assert not bare, "\n".join(str(b) for b in bare)


@pytest.mark.parametrize("code", [
    'QLabel("Hello")',
    'button.setToolTip(f"Delete {name}")',
    'QMessageBox.warning(self, "Careful", text)',
    'dialogs.confirm(self, self.tr("Sure?"), self.tr("Really?"), yes="Delete")',
    'self.setWindowTitle("Settings")',
    'combo.addItems(["Yes", "No"])',
    'ctx.perform("Rename Ana", do, undo, "participants")',
])
def test_the_scan_catches_a_bare_literal(code):
    assert scan_source(code, "x.py"), code


@pytest.mark.parametrize("code", [
    'QLabel(self.tr("Hello"))',
    'QLabel(QCoreApplication.translate("Ctx", "Hello {name}").format(name=n))',
    'edit.setObjectName("participant_name")',
    'QLabel("–")',
    'log.error("Something failed: %s", exc)',
])
def test_the_scan_lets_marked_text_and_non_text_through(code):
    assert not scan_source(code, "x.py"), code


# -- the catalogues ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory):
    """The .ts brought up to date with the code in a copy: what the catalogues should hold."""
    folder = tmp_path_factory.mktemp("ts")
    for ts in FOLDER.glob("*.ts"):
        shutil.copy(ts, folder / ts.name)
    pipeline.update(folder)
    return folder


def test_the_catalogues_hold_every_message_of_the_code(fresh_catalogues):
    for lang in (*LANGUAGES, "en"):
        committed = {(c, s) for c, s, *_ in _messages(FOLDER / f"peerdesk_{lang}.ts")}
        current = {(c, s) for c, s, *_ in _messages(fresh_catalogues / f"peerdesk_{lang}.ts")}
        assert current == committed, (
            f"peerdesk_{lang}.ts is out of date: run python packaging/translations.py\n"
            f"new: {sorted(current - committed)[:5]}\ngone: {sorted(committed - current)[:5]}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(fresh_catalogues, lang):
    missing = [(c, s) for c, s, forms, _n, unfinished in
               _messages(fresh_catalogues / f"peerdesk_{lang}.ts")
               if unfinished or not all(f.strip() for f in forms)]
    assert not missing, f"{len(missing)} untranslated in {lang}, e.g. {missing[:5]}"


def test_english_has_both_plural_forms(fresh_catalogues):
    for c, s, forms, numerus, unfinished in _messages(fresh_catalogues / "peerdesk_en.ts"):
        assert numerus and not unfinished and len(forms) == 2 and all(forms), (c, s)
        assert "(s)" not in "".join(forms), (c, s, forms)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_tags_and_accelerators_survive_translation(lang):
    wrong = []
    for c, s, forms, numerus, _u in _messages(FOLDER / f"peerdesk_{lang}.ts"):
        for form in forms:
            if _placeholders(form) != _placeholders(s) and not (
                    numerus and sorted([*_placeholders(form), "%n"]) == _placeholders(s)):
                wrong.append(("placeholder", c, s, form))
            if sorted(TAG.findall(form)) != sorted(TAG.findall(s)):
                wrong.append(("tag", c, s, form))
            if _accelerators(form) != _accelerators(s):
                wrong.append(("accelerator", c, s, form))
            if form.startswith(" ") != s.startswith(" ") or form.endswith(" ") != s.endswith(" "):
                wrong.append(("spacing at an end", c, s, form))
    assert not wrong, "\n".join(map(str, wrong[:10]))


def test_the_placeholder_check_can_fail():
    s, form = "Delete {name}?", "{nome} löschen?"
    assert _placeholders(form) != _placeholders(s)
    assert _placeholders("write {{ or }}") == [] and _placeholders("{n} of %n") == ["%n", "{n}"]
    assert _accelerators("&Datei") == 1 and _accelerators("Datei") == 0
    assert _accelerators("Import &gt; Export") == 0


def test_the_qm_files_are_compiled_from_the_ts_in_the_tree():
    assert not pipeline.stale(), "run python packaging/translations.py compile"


def test_every_language_has_its_compiled_catalogue():
    for lang in (*LANGUAGES, "en"):
        assert (FOLDER / f"peerdesk_{lang}.qm").stat().st_size > 0


# -- loading -------------------------------------------------------------------------------
@pytest.fixture
def language(qapp):
    from peerdesk.ui import language

    yield language
    language.install("en", qapp, core=False)


@pytest.mark.parametrize(("lang", "file_menu", "cancel", "qt"), [
    ("de", "&Datei", "Abbrechen", "qtbase_de"),
    ("pt_PT", "&Ficheiro", "Cancelar", "qtbase_pt_BR"),
    ("es", "&Archivo", "Cancelar", "qtbase_es"),
    ("fr", "&Fichier", "Annuler", "qtbase_fr"),
])
def test_a_language_loads_its_words_and_qts(language, qapp, lang, file_menu, cancel, qt):
    loaded = language.install(lang, qapp, core=False)
    assert loaded[0] == qt and loaded[-1] == f"peerdesk_{lang}"
    assert QCoreApplication.translate("MainWindow", "&File") == file_menu
    # Qt's own words: the standard Cancel button of every dialog box
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel


def test_english_plurals_and_back_from_german(language, qapp):
    language.install("de", qapp, core=False)
    language.install("en", qapp, core=False)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate("ExportDialog", "%n page(s)", "", 1) == "1 page"
    assert QCoreApplication.translate("ExportDialog", "%n page(s)", "", 3) == "3 pages"


def test_plural_forms_in_german(language, qapp):
    language.install("de", qapp, core=False)
    assert QCoreApplication.translate("ExportDialog", "%n page(s)", "", 1) == "1 Seite"
    assert QCoreApplication.translate("ExportDialog", "%n page(s)", "", 2) == "2 Seiten"


def test_portuguese_is_european_in_qts_dialogs_too(language, qapp):
    loaded = language.install("pt_PT", qapp, core=False)
    assert "qtwords_pt_PT" in loaded
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Nome do ficheiro:"
    assert QCoreApplication.translate("QPlatformTheme", "Save") == "Guardar"
    # Qt 6's own labels of the file dialog, which Qt's Brazilian catalogue lacks
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Procurar em:"
    assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "Ficheiros do &tipo:"


@pytest.mark.parametrize(("code", "lang"), [
    ("de_DE.UTF-8", "de"), ("de-AT", "de"), ("pt", "pt_PT"), ("pt_BR", "pt_PT"),
    ("fr_CA", "fr"), ("es_MX.utf8", "es"), ("C", "en"), ("en_US", "en"), ("nl_NL", None),
    ("", None), (None, None),
])
def test_locale_names_map_to_the_languages_peerdesk_speaks(code, lang):
    from peerdesk.ui.language import normalise

    assert normalise(code) == lang


def test_the_computers_language_follows_qlocale():
    from PySide6.QtCore import QLocale

    from peerdesk.ui.language import system_language

    assert system_language(QLocale("de_DE")) == "de"
    assert system_language(QLocale("pt_PT")) == "pt_PT"
    assert system_language(QLocale("nl_NL")) == "en"


def test_lang_option_then_settings_then_the_computer(qapp, monkeypatch):
    from peerdesk.ui import language, settings

    monkeypatch.setattr(language, "system_language", lambda locale=None: "fr")
    assert language.chosen_language(None) == "fr"
    settings.put("language", "es")
    assert language.chosen_language(None) == "es"
    assert language.chosen_language("de") == "de"
    assert language.chosen_language("klingon") == "es"


def test_peerdesk_lang_opens_the_window_and_leaves_commands_to_the_command_line():
    from peerdesk.__main__ import _take_lang

    assert _take_lang(["--lang", "de"]) == ("de", [])
    assert _take_lang(["--lang=pt_PT", "a.peerdesk"]) == ("pt_PT", ["a.peerdesk"])
    assert _take_lang(["export", "--lang", "fr", "x"]) == ("fr", ["export", "x"])
    assert _take_lang(["a.peerdesk"]) == (None, ["a.peerdesk"])


@pytest.mark.gui
def test_the_settings_dialog_chooses_the_window_language_for_the_next_start(window):
    from peerdesk.ui import language, settings
    from peerdesk.ui.program_dialogs import SettingsDialog

    dialog = SettingsDialog(window.ctx, window)
    combo = dialog.window_language
    assert combo.itemData(0) == "" and "(" in combo.itemText(0)  # "As this computer (English)"
    assert [combo.itemData(i) for i in range(1, combo.count())] == list(language.LANGUAGES)
    assert "next time" in dialog.language_note.text()
    combo.setCurrentIndex(combo.findData("pt_PT"))
    dialog.accept()
    assert settings.get("language") == "pt_PT"
    assert language.chosen_language(None) == "pt_PT"
    again = SettingsDialog(window.ctx, window)
    assert again.window_language.currentData() == "pt_PT"
    again.window_language.setCurrentIndex(0)
    again.accept()
    assert settings.get("language") == ""


def test_the_window_hands_its_language_to_the_core(language, qapp):
    from peerdesk import i18n

    with i18n.interface_language(None):
        language.install("pt_PT", qapp)
        assert i18n.current_language() == "pt_PT"
        language.install("de", qapp)
        assert i18n.current_language() == "de"


@pytest.mark.gui
def test_the_settings_dialog_sets_the_documents_language_with_undo(window):
    from peerdesk.ui.program_dialogs import SettingsDialog

    program = window.ctx.program
    before = program.settings().language
    dialog = SettingsDialog(window.ctx, window)
    assert dialog.documents is not None and dialog.documents.currentData() == before
    dialog.documents.setCurrentIndex(dialog.documents.findData("pt_PT"))
    dialog.accept()
    assert program.settings().language == "pt_PT"
    window.act_undo.trigger()
    assert program.settings().language == before


@pytest.mark.parametrize(("lang", "look_in"), [
    ("de", "&Suchen in:"), ("pt_PT", "&Procurar em:"), ("es", "&Buscar en:"),
    ("fr", "&Chercher dans\u00a0:"),
])
def test_the_file_dialogs_labels_are_translated_in_every_language(language, qapp, lang, look_in):
    """Qt 6 renamed them; Qt's own Portuguese, Spanish and French catalogues lag behind."""
    language.install(lang, qapp, core=False)
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == look_in
    assert QCoreApplication.translate("QFileDialog", "Files of &type:") != "Files of &type:"


def test_scores_are_written_as_the_locale_writes_numbers():
    from PySide6.QtCore import QLocale

    from peerdesk.ui.pairings.model import points as _points

    before = QLocale()
    try:
        QLocale.setDefault(QLocale("de_DE"))
        assert _points(22.5) == "22,5" and _points(13.0) == "13"
        QLocale.setDefault(QLocale("en_GB"))
        assert _points(22.5) == "22.5" and _points(11.25) == "11.25"
    finally:
        QLocale.setDefault(before)
