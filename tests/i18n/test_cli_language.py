"""The command line in the user's language: its own messages, its help, argparse's words."""

from __future__ import annotations

import pytest

from peerdesk.cli import run


def test_help_and_argparse_errors_in_german(capsys):
    with pytest.raises(SystemExit):
        run(["--lang", "de", "export", "pack"])
    err = capsys.readouterr().err
    assert "Aufruf:" in err and "Fehler: folgende Argumente fehlen" in err
    with pytest.raises(SystemExit):
        run(["--lang", "de", "--help"])
    out = capsys.readouterr().out
    assert "diese Hilfe anzeigen und beenden" in out
    assert "eine Programmdatei anlegen" in out  # peerdesk new's help


def test_language_from_the_environment(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("LANGUAGE", "es")
    assert run(["new", str(tmp_path / "x")]) == 0
    assert "creado" in capsys.readouterr().out
    assert run(["new", str(tmp_path / "x")]) == 1
    assert "ya existe; elija otro nombre" in capsys.readouterr().err


def test_english_after_a_german_run(tmp_path, capsys):
    """--lang lasts for one run: the next one speaks the computer's language again."""
    run(["--lang", "de", "new", str(tmp_path / "a")])
    capsys.readouterr()
    assert run(["new", str(tmp_path / "a")]) == 1
    assert "already exists" in capsys.readouterr().err


def test_the_checklist_in_french(tmp_path, capsys):
    path = tmp_path / "p.peerdesk"
    assert run(["new", str(path)]) == 0
    capsys.readouterr()
    assert run(["--lang", "fr", "status", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Désigner la personne qui anime" in out and "à faire" in out
