"""Messages to participants are whole sentences in the program's language, not English pieces.

A German window (or command line) writing the drafts of a Portuguese program gets Portuguese
letters; what is said to the facilitator about them stays German."""

from __future__ import annotations

import email
import re
from datetime import date
from email import policy

import pytest

from peerdesk.cli import run
from peerdesk.core.message_templates import DEFAULTS, Facts, Template, is_default, letter
from peerdesk.core.messages import Member, Person, SessionFacts
from peerdesk.i18n import LANGUAGES, translation_for

# Words the English pieces were made of: none may be left in a translated letter.
ENGLISH = re.compile(r"\b(Your|partner this cycle|We paired you|because you|both free|"
                     r"different teams|office|Bring|Join from|will be there|Wednesday|March|"
                     r"online at|time\)|Hello|See you)\b")


def _person(pid, name, **kw):
    return Person(id=pid, name=name, email=f"p{pid}@example.com", **kw)


def _letters(lang: str):
    ana = Member(_person(1, "Ana", department="Sales", location="Lisbon", availability="Mon mornings",
                         teaches=("SQL",), learns=("Negotiation",)))
    ben = Member(_person(2, "Ben", department="Finance", location="Lisbon",
                         availability="Monday morning", teaches=("Negotiation",), learns=("SQL",)))
    session = SessionFacts("Kick-off", date(2027, 3, 3), "15:00", "16:30", "Europe/Lisbon",
                           "https://meet.example/x", "")
    facts = Facts(program="P", cycle="Spring", facilitator="Aylin", session=session,
                  session_id=1, conduct_text="1. We start on time.")
    with translation_for(lang).active():
        return {kind: letter(kind, DEFAULTS[kind], ana, [ben], facts)
                for kind in ("pairs", "session", "reminder")}


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
def test_every_default_letter_is_whole_in_the_language(lang):
    letters = _letters(lang)
    for kind, out in letters.items():
        text = out.subject + "\n" + out.body
        assert not ENGLISH.search(text), (lang, kind, text)
        assert "Ben" in text and "{" not in text
    english = _letters("en")
    assert "We paired you because you work in different teams (Sales and Finance)" in \
        english["pairs"].body
    assert "Wednesday 3 March 2027" in english["session"].subject


def test_the_reason_reads_as_german_puts_it():
    """The same reason is a main clause after "Du und Ben" and a clause with the verb last
    after "weil ihr": one English phrase, two German ones."""
    body = _letters("de")["pairs"].body
    assert "Mittwoch, 3. März 2027" in body
    assert "weil ihr in verschiedenen Teams arbeitet (Sales und Finance)" in body
    assert "kann dir bei Negotiation helfen und möchte von dir SQL lernen" in body


def test_a_default_saved_from_another_language_stays_a_default():
    with translation_for("de").active():
        german = DEFAULTS["thanks"]
    assert german != DEFAULTS["thanks"]  # this thread speaks English
    assert is_default("thanks", german)
    assert not is_default("thanks", Template(german.subject, german.body + "PS"))


def _body(path):
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    return msg["subject"], msg.get_body(("plain",)).get_content()


def test_drafts_follow_the_program_language_and_the_command_line_its_own(tmp_path, capsys):
    path = tmp_path / "demo.peerdesk"
    assert run(["new", str(path), "--demo"]) == 0
    assert run(["settings", str(path), "--language", "pt_PT"]) == 0
    capsys.readouterr()
    out = tmp_path / "drafts"
    assert run(["--lang", "de", "export", "messages", str(path), "--cycle", "Summer 2026",
                "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Entwürfe" in said  # the command line: German
    subject, body = _body(sorted(out.glob("*.eml"))[0])
    assert subject.startswith("O seu par de aprendizagem para")
    assert body.startswith("Olá ") and "neste ciclo" in body
    assert not ENGLISH.search(body), body
    # the drafts' file names are the letters' language too ("Pares - Ana.eml")
    names = [p.name for p in out.glob("*.eml")]
    assert names and all(n.startswith("Pares - ") for n in names), names
