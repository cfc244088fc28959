"""``peerdesk status``: the checklist on the command line, as text and as JSON."""

import json
import re

import pytest

from peerdesk.__main__ import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_file(tmp_path, capsys):
    path = tmp_path / "acme.peerdesk"
    assert main(["new", str(path), "--demo"]) == 0
    capsys.readouterr()
    return path


def test_status_prints_the_eight_steps(demo_file, capsys):
    code, out, err = run(capsys, "status", str(demo_file))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("Acme peer learning (demo) · ")
    for number, title in enumerate(("Appoint a facilitator", "Agree the code of conduct",
                                    "Bring in the participants", "Pair people",
                                    "Plan the sessions", "Hold the sessions",
                                    "Collect feedback", "Review and improve"), start=1):
        assert any(line[4:] == f"{number}. {title}" for line in lines), title
    assert "[x] 1. Appoint a facilitator" in out
    assert "[x] 2. Agree the code of conduct" in out  # everyone in the demo has signed


def test_status_json_for_scripts(demo_file, capsys):
    assert run(capsys, "participant", "add", str(demo_file), "--name", "Eva Novak",
               "--email", "eva@acme.example", "--department", "Sales")[0] == 0
    code, out, _ = run(capsys, "status", str(demo_file), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["program"] == "Acme peer learning (demo)"
    assert [s["number"] for s in data["steps"]] == list(range(1, 9))
    assert sum(data["counts"].values()) == 8
    conduct = data["steps"][1]
    # a newcomer has not signed yet, and a script can find her by name
    assert conduct["key"] == "conduct" and conduct["state"] == "warning"
    assert re.fullmatch(r"\d+ of \d+ signed; 1 missing\.", conduct["summary"])
    assert conduct["details"][0]["label"] == "Not signed yet"
    assert conduct["details"][0]["items"] == ["Eva Novak"]


def test_status_of_a_named_cycle_and_an_unknown_one(demo_file, capsys):
    from peerdesk.store.cycles import list_cycles
    from peerdesk.store.program import Program

    program = Program.open(demo_file, read_only=True)
    first, latest = (c.name for c in list_cycles(program))
    program.close()
    code, out, _ = run(capsys, "status", str(demo_file), "--json", "--cycle", first.upper())
    assert code == 0 and json.loads(out)["cycle"] == first
    # the first cycle has nothing before it to compare with
    assert json.loads(out)["steps"][7]["summary"].startswith("First cycle")
    code, out, err = run(capsys, "status", str(demo_file), "--cycle", "Winter 1999")
    assert code == 1 and out == ""
    assert "There is no cycle called “Winter 1999”" in err and "Traceback" not in err
    assert first in err and latest in err  # the message lists the cycles there are


def test_status_without_a_cycle_says_what_to_do(tmp_path, capsys):
    path = tmp_path / "new.peerdesk"
    main(["new", str(path), "--name", "Spring 2027"])
    capsys.readouterr()
    code, out, _ = run(capsys, "status", str(path))
    assert code == 0
    assert "Spring 2027 · no cycle yet" in out
    assert "[ ] 4. Pair people" in out and "Program > New Cycle" in out


def test_status_leaves_the_file_as_it_was(demo_file, capsys):
    before = demo_file.read_bytes()
    run(capsys, "status", str(demo_file))
    assert demo_file.read_bytes() == before


def test_status_of_a_missing_file(tmp_path, capsys):
    code, _, err = run(capsys, "status", str(tmp_path / "nope.peerdesk"))
    assert code == 1 and "does not exist" in err
