"""The HR people import speaks the user's language: its row problems, notes, summaries,
progress steps and the field labels of its preview (issue 19, STORY step 2)."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.i18n import LANGUAGES, translation_for
from peerdesk.io.people_apply import apply_plan
from peerdesk.io.people_import import build_plan, field_labels
from peerdesk.io.tabular import read_table_bytes
from peerdesk.store.participants import list_participants
from tests import samples

HEADERS = ["Employee ID", "Full Name", "Email", "Hire Date", "Reports To", "Mentoring capacity"]
ROWS = [
    ["E1", "Ana Silva", "ana@x.example", "2020-03-01", "", "2"],
    ["E2", "Ben Ode", "ana@x.example", "2020-03-01", "", "2"],              # email again
    ["E1", "Ana Again", "other@x.example", "2020-03-01", "", "2"],          # employee ID again
    ["E4", "Cy Ode", "cy@x.example", "2099-01-01", "", "lots"],             # future, capacity
    ["E6", "Eve Self", "eve@x.example", "2020-03-01", "Eve Self", "1"],     # her own manager
    ["E5", "Dee Zwsp\u200b", "dee@x.example", "2020-03-01", "", "1"],       # invisible character
]
# The English words of each of those messages: none may be left in a translated one.
ENGLISH = ("Row ", "column “", "is also on row", "is in the future", "own manager", "number of people",
           "Removed", "fields but the header", "new,", "updated", "bad row", "added")


def _plan(program, lang, rows=ROWS, headers=HEADERS):
    table = read_table_bytes(samples.csv_bytes(headers, rows, "utf-8", ","), "staff.csv")
    steps: list[str] = []

    def progress(done, total, what):
        steps.append(what)
        return True

    with translation_for(lang).active():
        plan = build_plan(program, table, today=date(2027, 1, 1), progress=progress)
        texts = [str(p) for p in plan.problems] + plan.notices + [plan.summary()] + steps
    return plan, texts


def test_english_is_the_source(program):
    _p, texts = _plan(program, "en")
    joined = "\n".join(texts)
    for words in ("is also on row 2", "is in the future", "their own manager",
                  "is not a number of people", "Removed 1 invisible character",
                  "Checking rows", "2 new, 0 updated", "bad rows"):
        assert words in joined, words


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
def test_each_message_of_a_bad_file_is_translated(program, lang):
    plan, texts = _plan(program, lang)
    assert len(plan.problems) >= 5 and plan.notices
    for text in texts:
        assert not any(e in text for e in ENGLISH), (lang, text)


def test_german_words_and_numbers(program):
    _p, texts = _plan(program, "de")
    joined = "\n".join(texts)
    assert "Die Personalnummer E1 steht auch in Zeile 2." in joined
    assert "ana@x.example steht auch in Zeile 2." in joined
    assert "Niemand kann die eigene Führungskraft sein." in joined
    assert "„lots“ ist keine Personenzahl (0 bis 20)." in joined
    assert "Zeile 7: 1 unsichtbares Zeichen" in joined
    assert "Zeilen werden geprüft" in joined
    assert "2 neu, 0 aktualisiert, 0 unverändert, 0 nicht mehr in der Datei; 4 fehlerhafte Zeilen" \
        in joined


def test_a_row_of_the_wrong_width_and_a_file_without_names(program):
    plan, texts = _plan(program, "fr", rows=[["E1", "Ana", "a@x.example", "2020-01-01", "", "1", "x"]])
    assert "a 7 champs, mais l’en-tête en a 6" in texts[0]
    plan, texts = _plan(program, "es", headers=["Email"], rows=[["a@x.example"]])
    with translation_for("es").active():
        assert plan.blocking == ["Ninguna columna contiene los nombres: asigne una columna a "
                                 "«Nombre completo», o a «Nombre» y «Apellidos»."]


def test_archived_people_get_the_reason_in_the_users_language(program):
    plan, _texts = _plan(program, "de", rows=ROWS[:1])
    apply_plan(program, plan)
    plan, _texts = _plan(program, "de", rows=[["E9", "Zoe", "z@x.example", "2020-01-01", "", "1"]])
    with translation_for("pt_PT").active():
        result = apply_plan(program, plan, archive_missing=True)
        assert result.summary() == "adicionados: 1, atualizados: 0, arquivados: 1"
    ana = next(p for p in list_participants(program, include_archived=True) if p.name == "Ana Silva")
    assert ana.archive_reason == "Já não consta do ficheiro dos RH"


def test_the_preview_shows_field_labels_in_the_users_language():
    with translation_for("de").active():
        labels = field_labels()
    assert labels["name"] == "Vollständiger Name" and labels["teach"] == "Kann beibringen (Fähigkeiten)"
    with translation_for("en").active():
        assert field_labels()["manager_email"] == "Manager email"


def test_the_future_session_warning_is_translated(program):
    from peerdesk.core.models import Cycle, Session
    from peerdesk.store.cycles import add_cycle
    from peerdesk.store.import_checks import future_session
    from peerdesk.store.sessions import add_session

    cycle = add_cycle(program, Cycle(name="Spring"))
    sid = add_session(program, Session(cycle_id=cycle, title="Kick-off", date=date(2099, 1, 5)))
    with translation_for("de").active():
        assert future_session(program, sid, today=date(2027, 1, 1)) == (
            "„Kick-off“ ist am 2099-01-05, in der Zukunft: Die Anwesenheit wird meist danach erfasst.")
    assert future_session(program, sid, today=date(2100, 1, 1)) is None


def test_a_german_hr_file_headed_with_the_windows_words_is_understood():
    """The window and the core say "Kann beibringen" (the glossary's word): an HR export
    headed that way maps its skills column without --map."""
    from peerdesk.io.people_columns import map_columns

    assert map_columns(["Name", "E-Mail", "Kann beibringen", "Möchte lernen"]) == [
        "name", "email", "teach", "learn"]
