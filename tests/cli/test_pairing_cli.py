"""``peerdesk pair``: text and JSON output, publishing, errors in plain words."""

from __future__ import annotations

import json
from datetime import date, timedelta

from peerdesk.__main__ import main
from peerdesk.core.models import Cycle
from peerdesk.store.cycles import add_cycle
from peerdesk.store.program import Program


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _demo_file(tmp_path):
    from peerdesk.store import demo

    path = tmp_path / "acme.peerdesk"
    program = Program.create(path, "Acme")
    demo.populate(program)
    add_cycle(program, Cycle("Summer", start_date=date.today() + timedelta(days=20)))
    program.close()
    return path


def test_pair_prints_json_with_members_reasons_total_and_bound(tmp_path, capsys):
    path = _demo_file(tmp_path)
    code, out, err = run(capsys, "pair", str(path), "--cycle", "summer", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["pairs"] and data["total"] <= data["bound"] + 1e-9
    assert data["total"] == sum(p["score"] for p in data["pairs"])
    first = data["pairs"][0]
    assert {"id", "name", "email", "role"} <= set(first["members"][0])
    for pair in data["pairs"]:
        scored = [r for r in pair["reasons"] if "+" in r]
        assert scored, pair  # every pair says why, with its points
    assert all(u["reason"] for u in data["unpaired"])
    facilitator = next(u for u in data["unpaired"] if u["name"] == "André Faria")
    assert "facilitator" in facilitator["reason"]
    assert data["published"] is False
    assert data["exact"] == (data["gap"] == 0) and data["proof"]
    assert data["exact"] or (data["gap"] > 0 and data["not_proven"] and "not proven" in data["proof"])
    # a second run replaces the drafts, it does not add to them
    code, out, _ = run(capsys, "pair", str(path), "--cycle", "Summer", "--json", "--publish")
    assert code == 0 and json.loads(out)["published"] is True
    assert len(json.loads(out)["pairs"]) == len(data["pairs"])


def test_pair_text_and_refusals(tmp_path, capsys):
    path = _demo_file(tmp_path)
    code, out, _ = run(capsys, "pair", str(path), "--cycle", "Summer", "--capacity", "2")
    assert code == 0
    assert "total score" in out and "Saved as drafts" in out
    assert ("(optimal: no other pairing" in out) != ("not proven optimal" in out and "gap of" in out)
    code, _, err = run(capsys, "pair", str(path), "--cycle", "Winter")
    assert code == 1 and "There is no cycle called “Winter”" in err and "Traceback" not in err
    code, _, err = run(capsys, "pair", str(path), "--cycle", "Summer", "--capacity", "-1")
    assert code == 1 and "negative" in err
    run(capsys, "pair", str(path), "--cycle", "Summer", "--publish")
    code, _, err = run(capsys, "pair", str(path), "--cycle", "Summer")
    assert code == 1 and "already published" in err


def test_exclusions_from_the_command_line(tmp_path, capsys):
    path = _demo_file(tmp_path)
    code, out, _ = run(capsys, "exclusion", "list", str(path))
    assert code == 0 and "Nobody is excluded" in out
    code, out, _ = run(capsys, "exclusion", "add", str(path), "ana.ribeiro@acme.example",
                       "tiago.goncalves@acme.example", "--reason", "siblings")
    assert code == 0 and "never be paired" in out
    code, out, _ = run(capsys, "exclusion", "list", str(path))
    assert "Tiago Gonçalves & Ana Ribeiro: siblings" in out or "Ana Ribeiro & Tiago Gonçalves: siblings" in out
    code, out, _ = run(capsys, "pair", str(path), "--cycle", "Summer", "--json")
    names = [{m["name"] for m in p["members"]} for p in json.loads(out)["pairs"]]
    assert not any({"Ana Ribeiro", "Tiago Gonçalves"} <= n for n in names)
    code, out, _ = run(capsys, "exclusion", "remove", str(path), "tiago.goncalves@acme.example",
                       "ana.ribeiro@acme.example")
    assert code == 0 and "may be paired again" in out
    code, _, err = run(capsys, "exclusion", "remove", str(path), "tiago.goncalves@acme.example",
                       "ana.ribeiro@acme.example")
    assert code == 1 and "were not excluded" in err
    code, _, err = run(capsys, "exclusion", "add", str(path), "nobody@acme.example", "1")
    assert code == 1 and "No participant" in err


def test_why_says_the_rule_or_the_scores(tmp_path, capsys):
    path = _demo_file(tmp_path)
    code, out, err = run(capsys, "why", str(path), "--cycle", "Summer", "Ana Ribeiro", "Tiago Gonçalves")
    assert code == 1 and "no pairs yet" in err
    assert run(capsys, "pair", str(path), "--cycle", "Summer")[0] == 0
    data = json.loads(run(capsys, "participants", str(path), "--json")[1])
    names = [p["name"] for p in data if not p.get("archived")]
    code, out, err = run(capsys, "why", str(path), "--cycle", "Summer", names[0], names[1])
    assert code == 0, err
    assert out.strip() and "Traceback" not in out
    code, _, err = run(capsys, "why", str(path), "--cycle", "Summer", names[0], "Nobody Here")
    assert code == 1 and "No participant with the email, id or name “Nobody Here”" in err
