"""The junk arguments the review found, each refused with a plain message, a non-zero exit,
and the program file unchanged."""

from __future__ import annotations

import contextlib
import hashlib
import io
import shutil

import pytest

from peerdesk.cli import run


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    from peerdesk.store import demo
    from peerdesk.store.program import Program

    path = tmp_path_factory.mktemp("junk") / "demo.peerdesk"
    with Program.create(path) as p:
        demo.populate(p)
        p.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def demo_file(template, tmp_path):
    path = tmp_path / "demo.peerdesk"
    shutil.copy(template, path)
    return path


def _person(path):
    from peerdesk.store.participants import list_participants
    from peerdesk.store.program import Program

    with Program.open(path, read_only=True) as p:
        person = list_participants(p)[2]
    return str(person.id), person.email


CASES = [
    ["feedback", "add", "@", "usefulness=1e309", "--session", "1"],
    ["feedback", "add", "@", "usefulness=nan", "--session", "1"],
    ["feedback", "add", "@", "usefulness=inf", "--session", "1"],
    ["feedback", "add", "@", "usefulness=-inf", "--session", "1"],
    ["feedback", "add", "@", "usefulness=4", "--session", "18446744073709551616"],
    ["attendance", "@", "--session", "99999999999999999999999", "--present", "x@y.z"],
    ["export", "calendar", "@", "--session", "9223372036854775808", "-o", "x.ics"],
    ["status", ""],
    ["check", ""],
    ["new", ""],
    ["new", "."],
    ["participant", "edit", "@", "$id", "--manager", "$email"],
    ["participant", "edit", "@", "$id", "--teach", "Python:9"],
    ["participant", "add", "@", "--name", "Z", "--teach", "Python:9"],
    ["participant", "add", "@", "--name", "Z", "--learn", ":2"],
    ["participant", "edit", "@", "99999999999999999999999"],
    ["facilitator", "remove", "@", "999"],
    ["facilitator", "remove", "@", "99999999999999999999"],
    ["session", "add", "@", "--cycle", "Spring 2026", "--date", "0001-01-01", "--start", "10:00",
     "--minutes", "60"],
    ["cycle", "add", "@", "Old", "--start", "0001-01-01", "--end", "0001-02-01"],
    ["participant", "add", "@", "--name", "Y", "--hire-date", "0001-01-01"],
    ["export", "pack", "@", "-o", "x.pdf", "--copies", "100000000"],
    ["export", "feedback-form", "@", "-o", "x.pdf", "--copies", "0"],
    ["conduct", "ack", "@", "99999999999999999999999"],
    ["conduct", "ack", "@", "$email", "--date", "0001-01-01"],
    ["exclusion", "add", "@", "842613618721771322535", "1.5"],
    ["restore", "@", "99999999999999999999"],
]


@pytest.mark.parametrize("argv", CASES, ids=[" ".join(c[:4]) for c in CASES])
def test_junk_is_refused_plainly_and_writes_nothing(demo_file, argv, monkeypatch):
    pid, email = _person(demo_file)
    monkeypatch.chdir(demo_file.parent)
    line = [a.replace("@", str(demo_file)) if a == "@" else a.replace("$id", pid)
            .replace("$email", email) for a in argv]
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    listing = sorted(p.name for p in demo_file.parent.iterdir())
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = run(line)
        except SystemExit as exc:
            code = exc.code
    assert code not in (0, None), line
    assert err.getvalue().strip() and "Traceback" not in err.getvalue()
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in demo_file.parent.iterdir()
                  if not p.name.endswith(("-wal", "-shm", ".writer"))) == [
        n for n in listing if not n.endswith(("-wal", "-shm", ".writer"))]
