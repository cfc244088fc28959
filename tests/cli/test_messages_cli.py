"""``peerdesk export messages`` and ``peerdesk message-template``: files, plain errors, exit codes."""

from __future__ import annotations

import email
import email.policy

from peerdesk.__main__ import main
from peerdesk.store.program import Program
from tests.messages_world import build


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _file(tmp_path, publish=True):
    path = tmp_path / "acme.peerdesk"
    program = Program.create(path, "Acme")
    w = build(program, publish=publish)
    program.close()
    return path, w


def test_export_messages_writes_drafts_and_the_csv(tmp_path, capsys):
    path, _w = _file(tmp_path)
    out = tmp_path / "drafts"
    code, stdout, err = run(capsys, "export", "messages", path, "--cycle", "spring 2027",
                            "-o", out, "--csv")
    assert code == 0, err
    assert "Wrote 7 drafts" in stdout and "mail-merge.csv" in stdout
    assert "Marta Wójcik" in err and "partner slips" in err and "Traceback" not in err
    emls = sorted(out.glob("*.eml"))
    assert len(emls) == 7 and (out / "mail-merge.csv").exists()
    msg = email.message_from_bytes(emls[0].read_bytes(), policy=email.policy.default)
    assert msg["X-Unsent"] == "1"


def test_export_a_session_reminder_by_id(tmp_path, capsys):
    path, w = _file(tmp_path)
    code, _stdout, err = run(capsys, "export", "messages", path, "--cycle", "Spring 2027",
                            "--session", w["later"], "--kind", "reminder", "-o", tmp_path / "r")
    assert code == 0, err
    first = sorted((tmp_path / "r").glob("Reminder - *.eml"))[0]
    msg = email.message_from_bytes(first.read_bytes(), policy=email.policy.default)
    assert msg["Subject"].startswith("Reminder: Regular session on ")


def test_errors_are_plain_and_exit_non_zero(tmp_path, capsys):
    path, _w = _file(tmp_path, publish=False)
    cases = [
        (("--cycle", "Winter"), "There is no cycle called “Winter”"),
        (("--cycle", "Spring 2027"), "not published yet"),
        (("--cycle", "Spring 2027", "--kind", "session", "--session", 999),
         "no session with id 999"),
    ]
    for extra, expected in cases:
        code, _out, err = run(capsys, "export", "messages", path, *extra, "-o", tmp_path / "x")
        assert code != 0 and expected in err and "Traceback" not in err, err
    (tmp_path / "afile").write_text("x")
    code, _out, err = run(capsys, "export", "messages", path, "--cycle", "Spring 2027",
                          "--kind", "session", "-o", tmp_path / "afile")
    assert code != 0 and "is a file" in err
    code, _out, err = run(capsys, "export", "messages", path, "--cycle", "Spring 2027",
                          "--kind", "session", "-o", tmp_path / "no" / "such" / "folder")
    assert code != 0 and "does not exist" in err
    assert not (tmp_path / "x").exists()


def test_templates_from_the_command_line(tmp_path, capsys):
    path, _w = _file(tmp_path)
    body = tmp_path / "body.txt"
    body.write_text("Dear {name}, meet {partnr}.", encoding="utf-8")
    code, _out, err = run(capsys, "message-template", "set", path, "--kind", "pairs",
                          "--body-from", body)
    assert code == 1 and "{partnr} is not a placeholder" in err and "{partner}" in err
    body.write_text("Dear {name}, meet {partner}.", encoding="utf-8")
    code, out, err = run(capsys, "message-template", "set", path, "--kind", "pairs",
                         "--body-from", body, "--subject", "Hello {name}")
    assert code == 0, err
    code, out, _err = run(capsys, "message-template", "show", path, "--kind", "pairs")
    assert "your own" in out and "Dear {name}, meet {partner}." in out
    code, out, _err = run(capsys, "export", "messages", path, "--cycle", "Spring 2027",
                          "-o", tmp_path / "d")
    text = (tmp_path / "d" / "Pairs - 张伟.eml").read_bytes()
    msg = email.message_from_bytes(text, policy=email.policy.default)
    assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n") == "Dear 张伟, meet أمينة الحسيني.\n"
    assert run(capsys, "message-template", "reset", path, "--kind", "pairs")[0] == 0
    assert "the default" in run(capsys, "message-template", "show", path, "--kind", "pairs")[1]
