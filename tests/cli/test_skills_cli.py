"""``peerdesk skills list|suggest|merge|rename``."""

from __future__ import annotations

import json

from peerdesk.__main__ import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_skills_commands(program_file, capsys):
    for name, email, teach in [("Ana", "ana@x.com", "Python:3"), ("Ben", "ben@x.com", "Pyhton"),
                               ("Cy", "cy@x.com", "SQL/databases"), ("Dee", "dee@x.com", "Python")]:
        assert run(capsys, "participant", "add", program_file, "--name", name, "--email", email,
                   "--teach", teach, "--learn", "SQL")[0] == 0
    code, out, _ = run(capsys, "skills", "suggest", program_file)
    assert code == 0 and "“Pyhton” → “Python”" in out and "--into" in out
    code, out, err = run(capsys, "skills", "merge", program_file, "Pyhton", "--into", "Python")
    assert code == 0, err
    code, out, _ = run(capsys, "skills", "list", program_file, "--json")
    got = {s["name"]: (s["teach"], s["learn"]) for s in json.loads(out)}
    assert got == {"Python": (3, 0), "SQL": (0, 4), "SQL/databases": (1, 0)}
    code, out, err = run(capsys, "skills", "rename", program_file, "SQL/databases", "sql")
    assert code == 0, err
    code, out, _ = run(capsys, "skills", "list", program_file)
    assert "SQL" in out and "databases" not in out
    code, _, err = run(capsys, "skills", "merge", program_file, "Cobol", "--into", "Python")
    assert code == 1 and "No skill named “Cobol”" in err
    code, _, err = run(capsys, "skills", "rename", program_file, "Cobol", "X")
    assert code == 1 and "There is no skill “Cobol”" in err
