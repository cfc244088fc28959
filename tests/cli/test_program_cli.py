import json
import subprocess
import sys

import pytest

from peerdesk.__main__ import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_demo_then_check(tmp_path, capsys):
    path = tmp_path / "acme-2027.peerdesk"
    assert run(capsys, "new", str(path), "--demo")[0] == 0
    code, out, _ = run(capsys, "check", str(path), "--json")
    assert code == 0
    report = json.loads(out)
    assert report["ok"] and report["counts"]["participants"] == 41 and report["integrity"] == ["ok"]


def test_new_adds_the_suffix_and_refuses_to_overwrite(tmp_path, capsys):
    assert run(capsys, "new", str(tmp_path / "spring"), "--name", "Spring 2027")[0] == 0
    assert (tmp_path / "spring.peerdesk").exists()
    code, _, err = run(capsys, "new", str(tmp_path / "spring.peerdesk"))
    assert code == 1 and "already exists" in err


def test_check_a_text_file_fails_in_plain_words(tmp_path, capsys):
    path = tmp_path / "staff.peerdesk"
    path.write_text("not a database")
    code, _out, err = run(capsys, "check", str(path))
    assert code == 1
    assert "not a PeerDesk program file" in err and "Traceback" not in err


def test_participant_add_edit_archive(tmp_path, capsys):
    path = tmp_path / "p.peerdesk"
    run(capsys, "new", str(path))
    code, out, _ = run(capsys, "participant", "add", str(path), "--name", "Zhāng Wěi (张伟)",
                       "--email", "wei@acme.cn", "--department", "Engineering",
                       "--teach", "SQL:3", "--learn", "Presenting")
    assert code == 0 and out.strip().isdigit()
    code, _, err = run(capsys, "participant", "add", str(path), "--name", "Bad", "--email", "bad@")
    assert code == 1 and "not a valid email" in err
    code, _, err = run(capsys, "participant", "add", str(path), "--name", "Dup", "--email", "WEI@acme.cn")
    assert code == 1 and "already used by" in err
    assert run(capsys, "participant", "edit", str(path), "wei@acme.cn", "--title", "Data Engineer")[0] == 0
    code, out, _ = run(capsys, "participants", str(path), "--json")
    [person] = json.loads(out)
    assert person["job_title"] == "Data Engineer" and person["teaches"] == {"SQL": 3}
    assert run(capsys, "participant", "archive", str(path), "wei@acme.cn", "--left")[0] == 0
    code, out, _ = run(capsys, "participants", str(path), "--json")
    assert json.loads(out) == []


def test_facilitator_neutrality_warning(tmp_path, capsys):
    path = tmp_path / "d.peerdesk"
    run(capsys, "new", str(path), "--demo")
    code, out, _ = run(capsys, "facilitator", "add", str(path), "tom.schneider@acme.example")
    assert code == 0 and "Tom Schneider has authority over 4 participants" in out
    code, out, _ = run(capsys, "facilitator", "list", str(path))
    assert "Warning" in out


@pytest.mark.parametrize("argv", [["--help"], ["check", "--help"]])
def test_help(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 0


def test_module_entry_point(tmp_path):
    result = subprocess.run([sys.executable, "-m", "peerdesk", "check", str(tmp_path / "none.peerdesk")],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "does not exist" in result.stderr


def test_new_takes_a_time_zone_and_refuses_a_wrong_one(tmp_path, capsys):
    from peerdesk.store.program import Program

    path = tmp_path / "ny.peerdesk"
    assert run(capsys, "new", str(path), "--timezone", "America/New_York")[0] == 0
    with Program.open(path) as program:
        assert program.setting("timezone") == "America/New_York"
    code, _, err = run(capsys, "new", str(tmp_path / "x.peerdesk"), "--timezone", "Lisbon")
    assert code == 1 and "“Lisbon” is not a time zone" in err
    assert not (tmp_path / "x.peerdesk").exists()
    assert run(capsys, "new", str(tmp_path / "here.peerdesk"))[0] == 0
    with Program.open(tmp_path / "here.peerdesk") as program:
        assert program.setting("timezone") == "Europe/Lisbon"  # this computer's (conftest)
