"""The command line: a second face over the same functions as the window.

Each module in this package that defines ``register(subparsers)`` adds its own
subcommands, so a feature brings its commands with it. A command's function takes the
parsed arguments and returns an exit code; it raises :class:`CommandError` (or a
``ProgramFileError`` / ``ValidationError``) for a failure the user can fix, which
``main`` prints on standard error without a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sqlite3
import sys


class CommandError(Exception):
    """A failure to report in plain words on standard error, exit code 1 (or ``code``)."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="peerdesk",
        description="PeerDesk: run a peer learning program. With no command, or with a "
        "program FILE, the window opens.",
    )
    from peerdesk import __version__

    parser.add_argument("--version", action="version", version=f"PeerDesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # In the order a facilitator meets them; a module not listed comes after, by name.
    order = ("program", "people", "importing", "sessions", "pairing", "documents", "feedback",
             "overview")
    modules = sorted(pkgutil.iter_modules(__path__),
                     key=lambda m: (order.index(m.name) if m.name in order else len(order), m.name))
    for info in modules:
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:  # noqa: SLF001 - argparse offers no public accessor
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def run(argv: list[str]) -> int:
    """Run a subcommand headless; returns the exit code."""
    from peerdesk.core.validation import ValidationError
    from peerdesk.store.program import ProgramFileError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except CommandError as exc:
        print(f"peerdesk: {exc}", file=sys.stderr)
        return exc.code
    except ProgramFileError as exc:
        print(f"peerdesk: {exc}", file=sys.stderr)
        return 1
    except ValidationError as exc:
        for problem in exc.problems:
            print(f"peerdesk: {problem.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into head, less...: stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (sqlite3.Error, OSError) as exc:
        # A write the disk or another program refused (busy, full, read-only): in words.
        from pathlib import Path

        from peerdesk.store.program import storage_error

        target = Path(str(getattr(args, "file", "") or "the program file"))
        print(f"peerdesk: {storage_error(target, exc)}", file=sys.stderr)
        return 1


def open_program(path: str, read_only: bool = False):
    """Open a program file; for writing only when no PeerDesk window has it open."""
    from pathlib import Path

    from peerdesk.store.lock import holder
    from peerdesk.store.program import Program

    if not read_only:
        held_by = holder(Path(path))
        if held_by is not None:
            raise CommandError(
                f"{Path(path).name} is open in a PeerDesk window ({held_by}). Close it there "
                "first, or make the change in the window: a second program changing the file "
                "would leave the window's undo out of step.")
    return Program.open(path, read_only=read_only)


def find_participant(program, who: str):
    """The participant a command names by id or email, or a CommandError saying so."""
    from peerdesk.store.participants import find_by_email, get_participant

    if who.isdigit():
        try:
            return get_participant(program, int(who))
        except KeyError:
            pass
    person = find_by_email(program, who)
    if person is None:
        raise CommandError(f"No participant with the email or id “{who}”.")
    return person
