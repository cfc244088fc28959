"""A German facilitator's session pack is German; switched to Portuguese, the same pack prints
in Portuguese while the command line goes on speaking German."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from peerdesk.cli import run
from tests.pdftext import pdf_text as read_pdf_text

DE_DATE = re.compile(r"(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. "
                     r"(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
                     r"November|Dezember) \d{4}")
PT_DATE = re.compile(r"\d{1,2} de (janeiro|fevereiro|março|abril|maio|junho|julho|agosto|"
                     r"setembro|outubro|novembro|dezembro) de \d{4}")
EN_WORDS = ("Sign-in sheet", "Code of conduct", "Please sign", "Printed", "Page 1 of", "Signature")


def _text(pdf) -> str:
    return read_pdf_text(Path(pdf).read_bytes(), layout=True)


@pytest.fixture
def german_program(tmp_path, monkeypatch, capsys):
    """A program made on a computer set to German (LANG), with the demo company."""
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    path = tmp_path / "berlin.peerdesk"
    assert run(["new", str(path), "--demo"]) == 0
    capsys.readouterr()
    return path


def test_a_german_computer_prints_a_german_pack(german_program, tmp_path, capsys):
    assert run(["settings", str(german_program)]) == 0
    assert "language: de (Deutsch)" in capsys.readouterr().out
    pdf = tmp_path / "pack.pdf"
    assert run(["export", "pack", str(german_program), "-o", str(pdf)]) == 0
    said = capsys.readouterr()
    assert "Für Sitzung" in said.out + said.err  # the command line speaks German too
    text = _text(pdf)
    for word in ("Sitzungsmappe", "Anwesenheitsliste", "Verhaltenskodex", "Feedbackbogen",
                 "Paarliste", "Bitte unterschreib", "Unser Verhaltenskodex", "Gedruckt am",
                 "Seite 1 von", "Ankommen"):
        assert word in text, word
    assert DE_DATE.search(text), "no German date"
    assert not [w for w in EN_WORDS if w in text]


def test_the_program_language_changes_the_pack_not_the_command_line(german_program, tmp_path,
                                                                    capsys):
    assert run(["settings", str(german_program), "--language", "pt_PT"]) == 0
    assert "Português (Portugal)" in capsys.readouterr().out
    pdf = tmp_path / "pacote.pdf"
    assert run(["export", "pack", str(german_program), "-o", str(pdf)]) == 0
    said = capsys.readouterr()
    assert "Für Sitzung" in said.out + said.err  # still German: the computer's language
    assert "Para a sessão" not in said.out + said.err
    text = _text(pdf)
    for word in ("Dossiê da sessão", "Folha de presenças", "Código de conduta",
                 "Assine ao lado do seu nome", "Impresso a", "Página 1 de"):
        assert word in text, word
    assert PT_DATE.search(text), "no Portuguese date"
    assert "Sitzungsmappe" not in text and "Anwesenheitsliste" not in text


def test_lang_option_overrides_the_computer(german_program, capsys):
    assert run(["--lang", "fr", "settings", str(german_program), "--language", "es"]) == 0
    assert "sont désormais en Español" in capsys.readouterr().out
    assert run(["settings", str(german_program), "--language", "xx"]) == 1
    assert "keine Sprache" in capsys.readouterr().err
    assert run(["--lang", "xx", "settings", str(german_program)]) == 2
    assert "keine Sprache, die PeerDesk spricht" in capsys.readouterr().err  # the computer's


def test_the_cycle_report_in_the_program_language(german_program, tmp_path, capsys):
    pdf = tmp_path / "bericht.pdf"
    assert run(["export", "report", str(german_program), "--cycle", "Summer 2026",
                "-o", str(pdf)]) == 0
    text = _text(pdf)
    for word in ("Rundenbericht", "Stunden Peer Learning", "Wie diese Zahlen entstehen",
                 "Abgehaltene", "Gedruckt am"):
        assert word in text, word
    assert "Key numbers" not in text and "How these figures are made" not in text
