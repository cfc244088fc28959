"""Junk on every argument of every command: a plain message and a non-zero exit, never a
traceback, and a command that fails writes nothing. The commands are read from the parser
itself, so a command added later is covered too."""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.cli import build_parser, run

JUNK = ["", " ", "0", "-1", "1", "2", "99999999999999999999999999", "18446744073709551616",
        "-9223372036854775809", "1e309", "-1e309", "nan", "inf", "-inf", "1.5", "0x10",
        "Python:9", "Python:0", "Python:-1", ":", "Python:", ":3", "0001-01-01", "9999-12-31",
        "2027-02-30", "00:00", "25:99", "a@b", "ana@example.com", "\x00", "\u202eevil",
        "Eng\u200b", "../../etc/passwd", "/", ".", "con", "x" * 300, "'; DROP TABLE cycles;--",
        "=HYPERLINK(\"x\")", "--", "-", "nul.peerdesk", "ø", "100000000", "3", "Autumn 2026",
        "Kick-off", "Europe/Lisbon", "Mars/Olympus", "dmy", "kickoff", "1,2", "a=b", "Name=name"]

junk = st.one_of(st.sampled_from(JUNK), st.text(max_size=12),
                 st.integers(min_value=-(2**70), max_value=2**70).map(str))


def _leaves(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield prefix, parser
        return
    for name, child in subs[0].choices.items():
        yield from _leaves(child, (*prefix, name))


LEAVES = sorted(_leaves(build_parser()), key=lambda leaf: leaf[0])


def test_every_command_is_fuzzed():
    names = {" ".join(path) for path, _ in LEAVES}
    assert {"new", "check", "participant add", "export pack", "feedback add", "restore"} <= names
    assert len(names) >= 40


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    from peerdesk.store import demo
    from peerdesk.store.program import Program

    path = tmp_path_factory.mktemp("template") / "demo.peerdesk"
    with Program.create(path) as p:
        demo.populate(p)
        p.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file()
            and not p.name.endswith(("-wal", "-shm", ".writer"))}


@st.composite
def command_lines(draw):
    path, parser = draw(st.sampled_from(LEAVES))
    argv: list[str] = list(path)
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if not action.option_strings:  # a positional
            if action.dest == "file":
                argv.append(draw(st.sampled_from(["@program"] * 6 + ["", "missing.peerdesk",
                                                                        "@source", "."])))
            elif action.dest == "source":
                argv.append(draw(st.sampled_from(["@source", "@program", "", "nothing.csv"])))
            else:
                n = 1 if action.nargs in (None, "?") else draw(st.integers(1, 3))
                argv.extend(draw(junk) for _ in range(n))
            continue
        if not draw(st.booleans()):
            continue
        flag = action.option_strings[-1]
        if action.nargs == 0:
            argv.append(flag)
        elif action.choices and draw(st.booleans()):
            argv += [flag, str(draw(st.sampled_from(list(action.choices))))]
        elif flag in ("-o", "--output", "--from", "--folder"):
            argv += [flag, draw(st.sampled_from(["out/x.pdf", "out.csv", "out.xlsx", "out.ics",
                                                 "out.png", "", "missing/dir/x.pdf", "."]))]
        else:
            argv += [flag, draw(junk)]
    return argv


@given(argv=command_lines())
@settings(max_examples=int(os.environ.get("PEERDESK_FUZZ_EXAMPLES", "250")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_junk_arguments_never_raise_and_failures_write_nothing(template, argv):
    work = Path(tempfile.mkdtemp(prefix="fuzz-"))
    old = Path.cwd()
    try:
        shutil.copy(template, work / "demo.peerdesk")
        (work / "staff.csv").write_text("Name,Email\nAna,ana@example.com\n", encoding="utf-8")
        line = [a.replace("@program", "demo.peerdesk").replace("@source", "staff.csv")
                for a in argv]
        os.chdir(work)
        before = _snapshot(work)
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            try:
                code = run(line)
            except SystemExit as exc:  # argparse's usage error: a message, exit 2
                code = exc.code
        assert "Traceback" not in err.getvalue(), (line, err.getvalue())
        if code != 0:
            assert _snapshot(work) == before, (line, err.getvalue())
            assert err.getvalue().strip(), (line, "failed without saying why")
    finally:
        os.chdir(old)
        shutil.rmtree(work, ignore_errors=True)
