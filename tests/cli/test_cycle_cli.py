"""``peerdesk cycle rename``: 0 when renamed, 1 for a refused name, 2 for a usage error."""

import json

import pytest

from peerdesk.cli import run


def cli(capsys, *argv):
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two_cycles(program_file, capsys):
    for name, start, end in (("Spring 2027", "2027-03-01", "2027-06-30"),
                             ("Autumn 2027", "2027-09-01", "2027-12-15")):
        assert cli(capsys, "cycle", "add", program_file, name, "--start", start, "--end", end)[0] == 0
    return program_file


def names(capsys, f):
    code, out, _ = cli(capsys, "sessions", f, "--json")
    assert code == 0
    return [c["name"] for c in json.loads(out)["cycles"]]


def test_rename_by_name_or_id(two_cycles, capsys):
    f = two_cycles
    code, out, err = cli(capsys, "cycle", "rename", f, "spring 2027", "Spring 2027 (Lisbon)")
    assert (code, err) == (0, "")
    assert out == "Renamed the cycle “Spring 2027” to “Spring 2027 (Lisbon)”.\n"
    code, out, err = cli(capsys, "cycle", "rename", f, "2", "Autumn")
    assert code == 0 and "“Autumn 2027” to “Autumn”" in out
    assert names(capsys, f) == ["Spring 2027 (Lisbon)", "Autumn"]


def test_the_same_name_changes_nothing_and_says_so(two_cycles, capsys):
    code, out, err = cli(capsys, "cycle", "rename", two_cycles, "Autumn 2027", "Autumn 2027")
    assert (code, err) == (0, "")
    assert "already called “Autumn 2027”; nothing changed" in out


@pytest.mark.parametrize(("new", "words"), [
    ("", "A cycle needs a name"),
    ("  ", "A cycle needs a name"),
    ("x" * 101, "at most 100 characters"),
    ("autumn 2027", "There is already a cycle called “Autumn 2027”."),
])
def test_a_refused_name_exits_1_in_plain_words(two_cycles, capsys, new, words):
    code, out, err = cli(capsys, "cycle", "rename", two_cycles, "Spring 2027", new)
    assert code == 1 and out == ""
    assert err.startswith("peerdesk: ") and words in err and "Traceback" not in err
    assert names(capsys, two_cycles) == ["Spring 2027", "Autumn 2027"]


def test_an_unknown_cycle_or_file_exits_1(two_cycles, capsys, tmp_path):
    code, _, err = cli(capsys, "cycle", "rename", two_cycles, "Summer", "Winter")
    assert code == 1 and "no cycle called “Summer”" in err and "Spring 2027, Autumn 2027" in err
    code, _, err = cli(capsys, "cycle", "rename", two_cycles, "99", "Winter")
    assert code == 1 and "no cycle called “99”" in err
    code, _, err = cli(capsys, "cycle", "rename", tmp_path / "missing.peerdesk", "A", "B")
    assert code == 1 and "Traceback" not in err


@pytest.mark.parametrize("argv", [
    ["cycle", "rename"],
    ["cycle", "rename", "@file"],
    ["cycle", "rename", "@file", "Spring 2027"],
    ["cycle", "rename", "@file", "Spring 2027", "A", "B"],
    ["cycle", "rename", "@file", "Spring 2027", "A", "--bogus"],
])
def test_usage_errors_exit_2(two_cycles, capsys, argv):
    with pytest.raises(SystemExit) as caught:
        run([str(two_cycles) if a == "@file" else a for a in argv])
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err
    assert names(capsys, two_cycles) == ["Spring 2027", "Autumn 2027"]
