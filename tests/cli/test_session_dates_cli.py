"""`peerdesk session postpone` and `peerdesk session duplicate`: what the Sessions tab's
Postpone by a Week and Duplicate do, from the command line. Results are read back through
`peerdesk sessions --json`, not through the store functions under test."""

import json

import pytest

from peerdesk.cli import run


def cli(capsys, *argv):
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def planned(program_file, capsys):
    """Spring 2027 (ends 30 April) with three sessions two weeks apart; returns (file, ids)."""
    f = program_file
    assert cli(capsys, "cycle", "add", f, "Spring 2027", "--start", "2027-03-01",
               "--end", "2027-04-30")[0] == 0
    ids = []
    for on, title in (("2027-03-03", "Kick-off"), ("2027-03-17", "Second"), ("2027-03-31", "Third")):
        code, out, _ = cli(capsys, "session", "add", f, "--cycle", "Spring 2027", "--date", on,
                           "--start", "10:00", "--minutes", "90", "--template", "regular",
                           "--title", title)
        assert code == 0
        ids.append(int(out))
    return f, ids


def listing(capsys, f):
    code, out, _ = cli(capsys, "sessions", f, "--json")
    assert code == 0
    return {s["id"]: s for c in json.loads(out)["cycles"] for s in c["sessions"]}


def test_postpone_moves_the_session_and_the_later_ones(planned, capsys):
    f, (first, second, third) = planned
    code, out, err = cli(capsys, "session", "postpone", f, second, "--weeks", "2")
    assert code == 0, err
    assert out.splitlines() == [f"“Second” (id {second}): 2027-03-17 -> 2027-03-31",
                                f"“Third” (id {third}): 2027-03-31 -> 2027-04-14"]
    dates = {k: s["date"] for k, s in listing(capsys, f).items()}
    assert dates == {first: "2027-03-03", second: "2027-03-31", third: "2027-04-14"}
    # past the cycle's end: done, with a warning (as `session add` warns)
    code, out, err = cli(capsys, "session", "postpone", f, third, "--weeks", "3")
    assert code == 0 and "Warning: The session is after the cycle ends (30 April 2027)" in err
    assert listing(capsys, f)[third]["date"] == "2027-05-05"


def test_postpone_refuses_a_held_session_and_writes_nothing(planned, capsys):
    f, (first, second, _third) = planned
    assert cli(capsys, "participant", "add", f, "--name", "Ana Lima", "--email", "ana@acme.example")[0] == 0
    assert cli(capsys, "attendance", f, "--session", second, "--present", "ana@acme.example",
               "--yes")[0] == 0
    before = listing(capsys, f)
    code, out, err = cli(capsys, "session", "postpone", f, first)
    assert code == 1 and out == ""
    assert "“Second” of 2027-03-17 already has attendance marks" in err
    assert "Traceback" not in err
    assert listing(capsys, f) == before


@pytest.mark.parametrize("weeks", ["0", "53", "-1", "one"])
def test_postpone_refuses_weeks_out_of_range_before_opening(planned, capsys, weeks):
    f, (first, _s, _t) = planned
    before = listing(capsys, f)
    with pytest.raises(SystemExit) as info:  # argparse's usage error
        run(["session", "postpone", str(f), str(first), "--weeks", weeks])
    assert info.value.code == 2 and "from 1 to 52" in capsys.readouterr().err
    assert listing(capsys, f) == before


def test_postpone_an_unknown_session(planned, capsys):
    f, _ids = planned
    code, _out, err = cli(capsys, "session", "postpone", f, 99)
    assert code == 1 and "There is no session with id 99." in err


def test_duplicate_a_week_after_the_last_without_attendance(planned, capsys):
    f, (first, second, third) = planned
    assert cli(capsys, "participant", "add", f, "--name", "Ana Lima", "--email", "ana@acme.example")[0] == 0
    assert cli(capsys, "attendance", f, "--session", first, "--present", "ana@acme.example",
               "--yes")[0] == 0
    code, out, err = cli(capsys, "session", "duplicate", f, first)
    assert code == 0, err
    new = int(out)  # only the id on standard output, for scripts
    listed = listing(capsys, f)
    copy, original = listed[new], listed[first]
    assert copy["title"] == "Kick-off (copy)" and copy["date"] == "2027-04-07"  # 31 March + 7
    assert copy["minutes"] == original["minutes"] == 90
    assert [(i["title"], i["minutes"]) for i in copy["agenda"]] == [
        (i["title"], i["minutes"]) for i in original["agenda"]]
    assert original["attendance"]["present"] == 1
    assert copy["attendance"]["present"] == 0
    assert {second, third} < set(listed)


def test_duplicate_with_a_date_and_title_and_in_german(planned, capsys):
    f, (first, _s, _t) = planned
    code, out, _ = cli(capsys, "session", "duplicate", f, first, "--date", "2027-04-21",
                       "--title", "Extra")
    listed = listing(capsys, f)
    assert code == 0 and listed[int(out)]["title"] == "Extra"
    assert listed[int(out)]["date"] == "2027-04-21"
    code, out, _ = cli(capsys, "--lang", "de", "session", "duplicate", f, first)
    assert code == 0 and listing(capsys, f)[int(out)]["title"] == "Kick-off (Kopie)"


@pytest.mark.parametrize(("argv", "words"), [
    (["--date", "2027-02-30"], "does not exist"),
    (["--title", "  "], "a session needs a title"),
])
def test_duplicate_refuses_and_writes_nothing(planned, capsys, argv, words):
    f, (first, _s, _t) = planned
    before = listing(capsys, f)
    code, out, err = cli(capsys, "session", "duplicate", f, first, *argv)
    assert code == 1 and out == "" and words in err
    assert listing(capsys, f) == before
