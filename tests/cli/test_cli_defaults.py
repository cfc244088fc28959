"""`cycle add` without dates, and an unknown command."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import peerdesk.ui.app
from peerdesk.__main__ import main
from peerdesk.store.cycles import list_cycles
from peerdesk.store.program import Program


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cycle_add_defaults_and_says_so(program_file, capsys):
    code, out, err = run(capsys, "cycle", "add", program_file, "Winter")
    today = date.today()
    assert code == 0 and out.strip().isdigit()
    assert f"starts {today.isoformat()} (today)" in err
    assert f"ends {(today + timedelta(weeks=12)).isoformat()}" in err
    code, out, err = run(capsys, "cycle", "add", program_file, "Spring", "--end", "2027-06-30")
    assert code == 0 and "starts 2027-04-07 (twelve weeks before the end)" in err
    code, out, err = run(capsys, "cycle", "add", program_file, "Summer", "--start", "2027-07-01",
                         "--end", "2027-09-30")
    assert code == 0 and err == ""
    with Program.open(program_file) as program:
        got = {c.name: (c.start_date, c.end_date) for c in list_cycles(program)}
    assert got["Spring"] == (date(2027, 4, 7), date(2027, 6, 30))
    assert got["Winter"] == (today, today + timedelta(weeks=12))


def test_unknown_command_prints_usage_and_exits_2(capsys, monkeypatch):
    monkeypatch.setattr(peerdesk.ui.app, "run_app",
                        lambda *a: pytest.fail("the window must not open"))
    with pytest.raises(SystemExit) as info:
        main(["people"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "usage: peerdesk" in err and "invalid choice: 'people'" in err


def test_an_existing_file_without_the_suffix_still_opens(tmp_path, monkeypatch):
    path = tmp_path / "program.db"
    Program.create(path, "x").close()
    opened = []
    monkeypatch.setattr(peerdesk.ui.app, "run_app", lambda p=None, lang=None: opened.append(p) or 0)
    assert main([str(path)]) == 0 and opened == [str(path)]
