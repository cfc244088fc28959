"""The translation API: languages from the computer, plurals, formats, per-thread documents."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from peerdesk import i18n
from peerdesk.i18n import N_, _, interface_language, ngettext, system_language, translation_for


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "pt_BR.UTF-8"}, "pt_PT"),
    ({"LANGUAGE": "xx:fr_FR:de", "LANG": "de_DE.UTF-8"}, "fr"),
    ({"LC_ALL": "es_ES.UTF-8", "LANG": "de_DE.UTF-8"}, "es"),
    ({"LC_MESSAGES": "C", "LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "ja_JP.UTF-8"}, "en"),
    ({}, "en"),
])
def test_the_computers_language(env, expected):
    assert system_language(env) == expected


@pytest.mark.parametrize(("lang", "one", "two", "zero"), [
    ("en", "1 pair", "2 pairs", "0 pairs"),
    ("de", "1 Paar", "2 Paare", "0 Paare"),
    ("pt_PT", "1 par", "2 pares", "0 pares"),
    ("es", "1 pareja", "2 parejas", "0 parejas"),
    ("fr", "1 binôme", "2 binômes", "0 binôme"),  # French counts zero as one
])
def test_plural_forms(lang, one, two, zero):
    t = translation_for(lang)
    said = [t.ngettext("{n} pair", "{n} pairs", n).format(n=n) for n in (1, 2, 0)]
    assert said == [one, two, zero]


def test_interface_language_is_put_back():
    with interface_language("de"):
        assert _("Sign-in sheet") == "Anwesenheitsliste"
        assert ngettext("{n} person", "{n} people", 3).format(n=3) == "3 Personen"
    assert _("Sign-in sheet") == "Sign-in sheet"  # conftest: the tests run in English


def test_a_lazy_string_follows_the_language_in_force():
    title = N_("Session pack")
    with interface_language("fr"):
        assert str(title) == "Dossier de séance"
    with translation_for("pt_PT").active():
        assert f"{title}" == "Dossiê da sessão"
    assert str(title) == "Session pack"


def test_dates_and_numbers_in_each_language():
    d = date(2027, 3, 17)
    assert translation_for("en").format_date(d, "full") == "Wednesday, 17 March 2027"
    assert translation_for("de").format_date(d, "full") == "Mittwoch, 17. März 2027"
    assert translation_for("pt_PT").format_date(d) == "17 de março de 2027"
    assert translation_for("fr").format_date(d) == "17 mars 2027"
    assert translation_for("de").format_number(1234.5, 1) == "1.234,5"
    assert translation_for("fr").format_percent(0.25) == "25\xa0%"
    assert translation_for("es").format_date(None) == "fecha por determinar"


def test_documents_in_other_languages_at_once_on_threads():
    """No global is swapped: two threads in two languages never see each other's words."""
    seen: dict[str, set[str]] = {"de": set(), "pt_PT": set()}
    start = threading.Barrier(2)

    def work(lang):
        with translation_for(lang).active():
            start.wait()
            for _round in range(2000):
                seen[lang].add(_("Sign-in sheet"))

    threads = [threading.Thread(target=work, args=(lang,)) for lang in seen]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == {"de": {"Anwesenheitsliste"}, "pt_PT": {"Folha de presenças"}}
    assert i18n.current_language() == "en"


def test_an_unknown_language_is_english():
    assert translation_for("tlh").code == "en"
    assert translation_for("de_AT").code == "de"
