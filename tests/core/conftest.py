"""Under mutation testing (``PEERDESK_MUTATION=1``, set by tests/mutation/run_mutation.py)
the property tests draw fewer examples and do not shrink a failure: the run only needs to
know *that* a mutant fails, and it runs the core's tests once per mutant, thousands of
times. A plain ``pytest`` run is unchanged."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import Phase, settings

MUTATION = os.environ.get("PEERDESK_MUTATION") == "1"
MUTATION_EXAMPLES = int(os.environ.get("PEERDESK_MUTATION_EXAMPLES", "40"))

if MUTATION:
    settings.register_profile("mutation", phases=(Phase.explicit, Phase.reuse, Phase.generate),
                              print_blob=False, deadline=None)
    settings.load_profile("mutation")


def pytest_collection_modifyitems(items):
    if not MUTATION:
        return
    for item in items:
        test = getattr(item, "obj", None)
        # hypothesis keeps a test's own @settings here; cap its examples, keep the rest
        own = getattr(test, "_hypothesis_internal_use_settings", None)
        if own is not None and own.max_examples > MUTATION_EXAMPLES:
            test._hypothesis_internal_use_settings = settings(
                own, max_examples=MUTATION_EXAMPLES, phases=settings.default.phases)


# -- every sentence the core asks to translate is in the catalogue ---------------------------
# A sentence the core shows goes through ``_()`` (or ngettext/pgettext) with its English
# wording as the key; a key that is not in peerdesk/locale/peerdesk.pot is shown untranslated
# in every other language. During each test of tests/core, every key asked for is checked
# against the catalogue (read from the .pot file, not from the code), so a sentence whose
# wording or context drifted from the catalogue fails the test that showed it.

# Names shown as they are in every language, passed through _() with the labels around them.
SAME_IN_EVERY_LANGUAGE = {"eNPS"}
_POT = Path(__file__).resolve().parents[2] / "peerdesk" / "locale" / "peerdesk.pot"


@lru_cache(maxsize=1)
def catalogue() -> frozenset[tuple[str | None, str]]:
    """(context, English key) of every message of the catalogue, plural forms by their
    singular and plural key both."""
    from babel.messages.pofile import read_po

    with _POT.open("rb") as f:
        cat = read_po(f)
    out: set[tuple[str | None, str]] = set()
    for m in cat:
        for key in ([m.id] if isinstance(m.id, str) else m.id):
            if key:
                out.add((m.context, key))
    return frozenset(out | {(None, name) for name in SAME_IN_EVERY_LANGUAGE})


@pytest.fixture(autouse=True)
def _keys_are_in_the_catalogue(monkeypatch):
    from peerdesk import i18n

    missing: list[tuple[str | None, object]] = []
    known = catalogue()

    def check(context: str | None, *keys: object) -> None:
        for key in keys:
            if not isinstance(key, str) or (key and (context, key) not in known):
                missing.append((context, key))

    plain, plural = i18n.Translation.gettext, i18n.Translation.ngettext
    in_context, plural_in_context = i18n.Translation.pgettext, i18n.Translation.npgettext

    def gettext(self, message):
        check(None, message)
        return plain(self, message)

    def ngettext(self, singular, plural_, n):
        check(None, singular, plural_)
        return plural(self, singular, plural_, n)

    def pgettext(self, context, message):
        check(context, message)
        return in_context(self, context, message)

    def npgettext(self, context, singular, plural_, n):
        check(context, singular, plural_)
        return plural_in_context(self, context, singular, plural_, n)

    monkeypatch.setattr(i18n.Translation, "gettext", gettext)
    monkeypatch.setattr(i18n.Translation, "ngettext", ngettext)
    monkeypatch.setattr(i18n.Translation, "pgettext", pgettext)
    monkeypatch.setattr(i18n.Translation, "npgettext", npgettext)
    yield
    assert not missing, f"asked to translate keys the catalogue does not hold: {missing[:5]}"
