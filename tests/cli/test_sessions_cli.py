import json

import icalendar
import pytest

from peerdesk.cli import run
from peerdesk.store.program import Program


@pytest.fixture
def demo_file(tmp_path):
    from peerdesk.store import demo

    path = tmp_path / "demo.peerdesk"
    program = Program.create(path, "Demo")
    demo.populate(program)
    program.close()
    return str(path)


def cli(capsys, *argv):
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_a_cycle_from_the_command_line(program_file, capsys, tmp_path):
    f = program_file
    assert cli(capsys, "cycle", "add", f, "Spring 2027", "--start", "2027-03-01",
               "--end", "2027-06-30")[0] == 0
    code, out, err = cli(capsys, "session", "add", f, "--cycle", "spring 2027", "--date",
                         "2027-03-03", "--start", "10:00", "--minutes", "90", "--template",
                         "kickoff", "--location", "Room Ada")
    assert code == 0 and "No facilitator is set" in err  # a warning, not an error
    session_id = int(out.split()[0])
    code, out, err = cli(capsys, "session", "add", f, "--cycle", "Spring 2027", "--date",
                         "2027-03-17", "--start", "10:00", "--minutes", "60",
                         "--copy-agenda", session_id, "--title", "Second")
    assert code == 0 and out.strip().isdigit()  # only the id, for scripts
    assert "Warning: The agenda runs 25 minutes past" in err

    code, out, _ = cli(capsys, "sessions", f, "--json")
    data = json.loads(out)
    (cycle,) = data["cycles"]
    assert cycle["name"] == "Spring 2027"
    first = cycle["sessions"][0]
    assert first["id"] == session_id and first["title"] == "Kick-off"
    assert [i["start"] for i in first["agenda"]] == ["10:00", "10:10", "10:25", "10:40", "11:15"]
    assert cycle["sessions"][1]["overrun_minutes"] == 25

    code, out, _ = cli(capsys, "sessions", f)
    assert "Kick-off" in out and "10:25  Icebreaker" in out and "attendance not taken" in out

    ics = tmp_path / "spring.ics"
    code, out, _ = cli(capsys, "export", "calendar", f, "--cycle", "Spring 2027", "-o", ics)
    assert code == 0 and "Wrote 2 events" in out
    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    assert sorted(str(e["SUMMARY"]) for e in cal.walk("VEVENT")) == ["Kick-off", "Second"]
    one = tmp_path / "one.ics"
    assert cli(capsys, "export", "calendar", f, "--session", session_id, "-o", one)[0] == 0
    assert len(icalendar.Calendar.from_ical(one.read_bytes()).walk("VEVENT")) == 1


@pytest.mark.parametrize("argv,words", [
    (["--date", "2027-02-30", "--start", "10:00", "--minutes", "90"],
     "Date: 2027-02-30 does not exist (February 2027 has 28 days)"),
    (["--date", "2027-03-03", "--start", "10:00", "--minutes", "-15"],
     "Length: the session ends before it starts"),
    (["--date", "2027-03-03", "--start", "10:00", "--minutes", "ninety"],
     "Length: “ninety” is not a whole number"),
    (["--date", "2027-03-03", "--start", "7pm", "--minutes", "90"], "Start time: “7pm” is not a time"),
    (["--date", "2027-03-03", "--start", "10:00", "--minutes", "90", "--template", "party"],
     "no agenda template “party”"),
])
def test_bad_session_refused_with_the_field(program_file, capsys, argv, words):
    cli(capsys, "cycle", "add", program_file, "Spring 2027", "--start", "2027-03-01",
        "--end", "2027-06-30")
    code, out, err = cli(capsys, "session", "add", program_file, "--cycle", "Spring 2027", *argv)
    assert code == 1 and out == "" and words in err and "Traceback" not in err
    program = Program.open(program_file)
    assert program.count("sessions") == 0 and program.count("agenda_items") == 0
    program.close()


def test_cycle_errors(program_file, capsys):
    code, _, err = cli(capsys, "cycle", "add", program_file, "Spring", "--start", "2027-06-01",
                       "--end", "2027-03-01")
    assert code == 1 and "ends before it starts" in err
    code, _, err = cli(capsys, "session", "add", program_file, "--cycle", "Nope", "--date",
                       "2027-03-03", "--start", "10:00", "--minutes", "90")
    assert code == 1 and "no cycle called “Nope”" in err
    code, _, err = cli(capsys, "export", "calendar", program_file, "-o", "x.ics")
    assert code == 1 and "--cycle" in err


def test_attendance_by_email(demo_file, capsys):
    code, out, _ = cli(capsys, "sessions", demo_file, "--json")
    cycle = json.loads(out)["cycles"][-1]["name"]
    code, out, _ = cli(capsys, "session", "add", demo_file, "--cycle", cycle, "--date",
                       "2030-01-09", "--start", "15:00", "--minutes", "90")
    upcoming = {"id": int(out.split()[0])}
    code, out, err = cli(capsys, "attendance", demo_file, "--session", upcoming["id"],
                         "--present", "joao.ferreira@acme.example", "ines.carvalho@acme.example",
                         "--absent", "lena.hoffmann@acme.example",
                         "--excused", "tom.schneider@acme.example", "--yes")
    assert code == 0, err  # --yes: this session is dated in the future
    assert "2 present, 1 absent, 1 excused; rate 67 %" in out
    code, _, err = cli(capsys, "attendance", demo_file, "--session", upcoming["id"],
                       "--present", "maria.costa@acme.example", "--absent", "who@acme.example",
                       "--yes")
    assert code == 1 and "who@acme.example" in err
    code, out, _ = cli(capsys, "sessions", demo_file, "--json")
    after = next(s for c in json.loads(out)["cycles"] for s in c["sessions"]
                 if s["id"] == upcoming["id"])
    assert {m["email"]: m["status"] for m in after["attendance"]["marks"]} == {
        "joao.ferreira@acme.example": "present", "ines.carvalho@acme.example": "present",
        "lena.hoffmann@acme.example": "absent", "tom.schneider@acme.example": "excused"}
    code, _, err = cli(capsys, "attendance", demo_file, "--session", 9999, "--present", "x@y.zz")
    assert code == 1 and "no session with id 9999" in err
