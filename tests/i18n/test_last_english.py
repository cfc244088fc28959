"""The last English words issue 19 found: figure names, file kinds, Unicode's character
names, the font hints' package names, strftime's months, the intake import's field labels."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from peerdesk.core.disclosure import MEASURE_NAMES
from peerdesk.core.overview import short_date
from peerdesk.core.validation import clean_text, removal_notice
from peerdesk.i18n import LANGUAGES, _, translation_for
from peerdesk.io import intake
from peerdesk.io.feedback_import import KIND_NAMES, kind_name
from peerdesk.io.messages import draft_prefix
from peerdesk.reports.fontfind import install_hint
from peerdesk.store.lock import Holder

OTHERS = [code for code in LANGUAGES if code != "en"]


@pytest.mark.parametrize("code", OTHERS)
def test_names_shown_by_a_table_are_translated(code):
    with translation_for(code).active():
        measures = {m: _(name) for m, name in MEASURE_NAMES.items()}
        kinds = {k: kind_name(k) for k in KIND_NAMES}
        fields = intake.field_labels()
        drafts = [draft_prefix(k, code) for k in ("pairs", "session", "reminder", "thanks")]
    assert not set(measures.values()) & set(MEASURE_NAMES.values())
    assert not set(kinds.values()) & set(KIND_NAMES.values())
    english = set(intake.FIELDS.values())
    assert len(set(fields.values()) - english) >= len(fields) - 1  # "Email" may stay
    assert "Pairs" not in drafts and len(set(drafts)) == 4


def test_draft_names_follow_the_letters_language_not_the_callers():
    with translation_for("de").active():
        assert draft_prefix("pairs", "fr") == "Binômes"
    assert draft_prefix("pairs", "en") == "Pairs"


def test_invisible_characters_in_plain_words():
    with translation_for("de").active():
        cleaned, removed = clean_text("Eng\u200b\u202e")
        notice = removal_notice("department", removed)
    assert cleaned == "Eng"
    assert notice == ("2 unsichtbare Zeichen (unsichtbares Zeichen U+200B, "
                      "Schreibrichtungszeichen U+202E) aus „Abteilung“ entfernt.")
    assert "ZERO WIDTH" not in notice.upper()
    _cleaned, removed = clean_text("A\x07")
    assert removal_notice("Team", removed) == \
        "Removed 1 invisible character (control character U+0007) from “Team”."


def test_font_hints_keep_the_package_name_whole():
    assert install_hint("क") == "Noto Sans Devanagari (Debian/Ubuntu package fonts-noto-core)"
    with translation_for("de").active():
        assert install_hint("क") == "Noto Sans Devanagari (Debian/Ubuntu-Paket fonts-noto-core)"
        assert "fonts-wqy-microhei" in install_hint("中")
        assert "fonts-symbola" in install_hint("😀")
    with translation_for("fr").active():
        assert "(Debian/Ubuntu : fonts-noto-core)" in install_hint("\U00011000")  # Brahmi


def test_the_lock_says_its_date_in_the_users_language():
    holder = Holder(kind="window", pid=4242, host="", since=datetime(2026, 3, 3, 14, 2))
    with translation_for("de").active():
        assert holder.details().endswith("seit 3. März, 14:02")
    with translation_for("fr").active():
        assert holder.details().endswith("depuis 3 mars 14:02")
    assert holder.details().endswith("since 3 Mar, 14:02")


def test_short_dates_name_the_month_in_the_language():
    assert short_date(date(2027, 3, 3)) == "3 Mar"
    assert short_date(date(2027, 3, 3), year=True) == "3 Mar 2027"
    with translation_for("de").active():
        assert short_date(date(2027, 3, 3)) == "3. März"
    with translation_for("es").active():
        assert short_date(date(2027, 3, 3), year=True) == "3 mar 2027"


def test_a_date_refused_without_a_label_names_it_in_the_users_language():
    import pytest

    from peerdesk.core.agenda import parse_iso_date
    from peerdesk.core.validation import ValidationError
    from peerdesk.i18n import interface_language

    with interface_language("de"), pytest.raises(ValidationError) as err:
        parse_iso_date("03/03/2027")
    assert str(err.value).startswith("Datum: ")
