"""The window's language: Qt translators for PeerDesk's own words and Qt's, and the core's.

Which language: ``peerdesk --lang de`` first, then the choice in Program Settings
(``settings`` key ``language``, empty for "as the computer"), then the computer's own
(``QLocale.system()``, which reads ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG`` on Linux and
the user's language on Windows and macOS). The same language is handed to
``peerdesk.i18n.set_language`` so text made by the core (reasons, rule refusals, validation
messages) speaks it too.

The window's catalogues are ``peerdesk_<lang>.qm`` in ``peerdesk.resources/translations``
(made from the ``.ts`` by ``python packaging/translations.py``); English has one too,
holding only the plural forms ("1 pair", "2 pairs"). Qt's own dialogs (file dialogs,
standard buttons) are translated by ``qtbase_<lang>.qm`` from Qt's translations folder.
Qt ships no European Portuguese catalogue, so Portuguese loads the Brazilian one and, over
it, PeerDesk's ``qtwords_pt_PT.qm`` with the words that differ in Portugal ("Ficheiro", not
"Arquivo"; "Guardar", not "Salvar"); ``qtwords_es``/``qtwords_fr`` add the file dialog's
labels that Qt 6 renamed and its Spanish and French catalogues have not caught up with.
"""

from __future__ import annotations

import logging
import re
import sys
from contextlib import ExitStack
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from peerdesk.i18n import LANGUAGE_NAMES, LANGUAGES, SOURCE_LANGUAGE, normalise

# The languages and their names are the core's (one list for the window, the command line
# and the documents).
SOURCE = SOURCE_LANGUAGE
NAMES = LANGUAGE_NAMES
#: Qt's own catalogues to load for each language, in order (a later one wins).
QT_CATALOGUES: dict[str, tuple[str, ...]] = {
    "en": (),
    "de": ("qtbase_de",),
    "pt_PT": ("qtbase_pt_BR",),
    "es": ("qtbase_es",),
    "fr": ("qtbase_fr",),
}

_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a module constant for translation (``pyside6-lupdate`` finds it by this name); it
    is translated where it is shown, with ``QCoreApplication.translate(context, text)``. Qt's
    own returns ``object`` to type checkers; this one says it is the text."""
    return text
_files = ExitStack()  # keeps resource files extracted while their translator is installed


def system_language(locale: QLocale | None = None) -> str:
    """The first language the computer's user prefers that PeerDesk speaks; English else."""
    locale = QLocale.system() if locale is None else locale
    for name in [*locale.uiLanguages(), locale.name()]:
        found = normalise(name)
        if found:
            return found
    return SOURCE


def chosen_language(cli: str | None = None) -> str:
    """The language to start in: ``--lang``, else the settings' choice, else the computer's."""
    from peerdesk.ui import settings

    for candidate in (cli, str(settings.get("language") or "")):
        found = normalise(candidate)
        if found:
            return found
    return system_language()


def _catalogue_dir():
    return resources.files("peerdesk.resources").joinpath("translations")


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own ``qtbase_*.qm`` may be: Qt's translations path (pip's PySide6 and a
    PyInstaller bundle set it), then beside the PySide6 package as a fallback."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        dirs.append(Path(PySide6.__file__).parent / "Qt" / "translations")
    except (ImportError, TypeError):  # a frozen build without a file for the package
        pass
    return dirs


def _load_own(name: str) -> QTranslator | None:
    entry = _catalogue_dir().joinpath(f"{name}.qm")
    if not entry.is_file():
        return None
    path = _files.enter_context(resources.as_file(entry))
    translator = QTranslator()
    return translator if translator.load(str(path)) else None


def _load_qt(name: str) -> QTranslator | None:
    for folder in qt_translations_dirs():
        translator = QTranslator()
        if (folder / f"{name}.qm").is_file() and translator.load(name, str(folder)):
            return translator
    return None


PSEUDO = "pseudo"
_ACCENTED = str.maketrans("AaCcEeIiNnOoUuYySsZz", "ÅáÇçÉéÎíÑñÖöÜüÝÿŠšŽž")
# What must survive as it is: placeholders, tags and entities, accelerators, file filters.
_KEEP = re.compile(r"\{[^{}]*\}|%n|%\d|<[^>]+>|&[a-z]+;|&.|\([^()]*\*[^()]*\)")


def pseudo(text: str) -> str:
    """``text`` as a longer language would write it: accented and about 40 % longer, in
    brackets so that a cut-off end shows ("[Ŝávé ·····]"). Placeholders, tags, accelerators
    and file patterns are kept as they are."""
    if not text or not any(c.isalpha() for c in text):
        return text
    out, last = [], 0
    for match in _KEEP.finditer(text):
        out.append(text[last:match.start()].translate(_ACCENTED))
        out.append(match.group())
        last = match.end()
    out.append(text[last:].translate(_ACCENTED))
    padding = "·" * max(2, round(len(text) * 0.4) - 2)
    body = "".join(out)
    if text.startswith("<"):  # rich text stays rich text: the bracket goes after the first tag
        tag_end = body.index(">") + 1
        return f"{body[:tag_end]}[{body[tag_end:]} {padding}]"
    if text.endswith(" "):
        return f"[{body.rstrip()} {padding}] "
    return f"[{body} {padding}]"


class PseudoTranslator(QTranslator):
    """Pseudo-localisation: every string of the window and of Qt made longer and accented,
    to find text that a translation would cut off (``peerdesk --lang pseudo``)."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if context in ("QFileDialog", "QFileSystemModel") and "(*" in source_text:
            return ""
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False


def install(code: str, app: QCoreApplication | None = None, core: bool = True) -> list[str]:
    """Make ``code`` the window's language now: remove the translators installed before,
    install Qt's and PeerDesk's for ``code``, and (``core``) set the core's language.
    Returns the catalogues loaded, Qt's first. Widgets built before keep their words:
    the language is chosen before the window is built (a change in the settings takes
    effect at the next start)."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs the QApplication made first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _files.close()
    if code == PSEUDO:
        translator = PseudoTranslator()
        app.installTranslator(translator)
        _installed.append(translator)
        return [PSEUDO]
    lang = normalise(code) or SOURCE
    loaded: list[str] = []
    candidates = [(name, _load_qt) for name in QT_CATALOGUES[lang]]
    candidates.append((f"qtwords_{lang}", _load_own))  # Qt's words its catalogue lacks, if any
    candidates.append((f"peerdesk_{lang}", _load_own))
    for name, load in candidates:
        found = load(name)
        if found is not None and app.installTranslator(found):
            _installed.append(found)
            loaded.append(name)
    if core:
        set_core_language(lang)
    logging.getLogger("peerdesk").info("Window language %s: %s", lang,
                                       ", ".join(loaded) or "no catalogue found")
    return loaded


def set_core_language(lang: str) -> None:
    """Hand the language to the core's catalogues (``peerdesk.i18n``); a build without
    them shows the core's text in English, as it is written."""
    try:
        from peerdesk import i18n
    except ImportError:
        return
    i18n.set_language(lang)


def locale_for(lang: str) -> QLocale:
    """The QLocale dates and numbers follow when the language was chosen explicitly."""
    return QLocale("en_GB" if lang == SOURCE else lang)



def start(cli: str | None = None, app: QCoreApplication | None = None) -> str:
    """Choose and install the language at start-up, before the window is built. A language
    chosen (``--lang`` or the settings) that is not the computer's also sets the locale
    dates and numbers are written in, so a German window does not show English dates."""
    if cli == PSEUDO:
        install(PSEUDO, app, core=False)
        return PSEUDO
    if cli and not normalise(cli):
        print(f"peerdesk: --lang {cli}: PeerDesk speaks {', '.join(LANGUAGES)}; "
              "the window opens in the language chosen before.", file=sys.stderr)
    lang = chosen_language(cli)
    if lang != system_language():
        QLocale.setDefault(locale_for(lang))
    install(lang, app)
    return lang
