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
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peerdesk.store.program import Program

from peerdesk.i18n import LANGUAGES, _


class CommandError(Exception):
    """A failure to report in plain words on standard error, exit code 1 (or ``code``)."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


# -- argument types: junk is refused by the parser with a plain message, before anything opens

MAX_ID = 2**63 - 1  # SQLite's largest integer


def record_id(text: str) -> int:
    """An id as the listings print it: a whole number from 1 to 2^63 - 1."""
    value = text.strip()
    if not value.isdecimal() or not value.isascii() or len(value) > 19 or not 1 <= int(value) <= MAX_ID:
        raise argparse.ArgumentTypeError(_("“{text}” is not an id (a whole number such as 12, "
                                           "as the listings show).").format(text=text))
    return int(value)


def bounded_int(low: int, high: int):
    """An argparse type for a whole number from ``low`` to ``high``."""
    def parse(text: str) -> int:
        value = text.strip()
        digits = value[1:] if value[:1] in "+-" else value
        if not digits.isdecimal() or not digits.isascii() or len(digits) > 12 \
                or not low <= int(value) <= high:
            raise argparse.ArgumentTypeError(_("“{text}” is not a whole number from {low} to "
                                               "{high}.").format(text=text, low=low, high=high))
        return int(value)
    parse.__name__ = "number"
    return parse


def build_parser() -> argparse.ArgumentParser:
    from peerdesk.cli.argparse_words import install

    install()  # argparse's own words ("usage:", "error:") in the interface language
    parser = argparse.ArgumentParser(
        prog="peerdesk",
        description=_("PeerDesk: run a peer learning program. With no command, or with a "
                      "program FILE, the window opens."),
    )
    from peerdesk import __version__

    parser.add_argument("--version", action="version", version=f"PeerDesk {__version__}")
    parser.add_argument("--lang", metavar="LANG", help=_(
        "the language of messages: {codes} (default: the computer's, from LANGUAGE or "
        "LANG); documents are printed in the program's language").format(
            codes=", ".join(LANGUAGES)))
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
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def language_option(argv: list[str]) -> tuple[str | None, list[str]]:
    """(the language ``--lang`` names, the arguments without it): the option may come
    before or after the command, and must be known before the help texts are made."""
    rest: list[str] = []
    lang = None
    items = iter(argv)
    for arg in items:
        if arg == "--lang":
            lang = next(items, "")
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    return lang, rest


def run(argv: list[str]) -> int:
    """Run a subcommand headless, in the language of ``--lang`` or the computer's; returns
    the exit code."""
    from peerdesk.i18n import interface_language, normalise

    lang, argv = language_option(argv)
    if lang is not None and normalise(lang) is None:
        with interface_language(None):
            print(_("peerdesk: --lang: “{lang}” is not a language PeerDesk speaks; choose "
                    "one of {codes}.").format(lang=lang, codes=", ".join(LANGUAGES)),
                  file=sys.stderr)
        return 2
    with interface_language(lang):
        return _run(argv)


def _run(argv: list[str]) -> int:
    from peerdesk.core.validation import ValidationError
    from peerdesk.store.program import ProgramFileError, StorageError

    if any("\x00" in a for a in argv):  # no file name or text may hold one
        print("peerdesk: " + _("an argument holds a NUL character (\\0); remove it."),
              file=sys.stderr)
        return 2
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
        if exc.kind == "untrusted":
            print("peerdesk: " + _("to go on with its data, write a copy without them: "
                                   "peerdesk clean FILE COPY"), file=sys.stderr)
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
    except (ValueError, TypeError):
        # Reading a value PeerDesk never writes (a sent file): name it, table and row.
        said = _odd_values_said(args)
        if said is None:
            raise
        print(f"peerdesk: {said}", file=sys.stderr)
        return 1
    except (StorageError, OSError) as exc:
        # A write the disk or another program refused (busy, full, read-only): in words.
        from pathlib import Path

        from peerdesk.store.program import storage_error

        target = Path(str(getattr(args, "file", "") or "the program file"))
        print(f"peerdesk: {storage_error(target, exc)}", file=sys.stderr)
        return 1


def _odd_values_said(args) -> str | None:
    """What is wrong with the values in the command's program file, or None when nothing is
    (then the failure is PeerDesk's own, and shows as one)."""
    from pathlib import Path

    from peerdesk.store.program import ProgramFileError, StorageError
    from peerdesk.store.values import describe, odd_values_in

    file = getattr(args, "file", None)
    if not file:
        return None
    try:
        odd = odd_values_in(Path(str(file)))
    except (StorageError, OSError, ProgramFileError):
        return None
    if not odd:
        return None
    return describe(Path(str(file)).name, odd)


@contextmanager
def open_program(path: str, read_only: bool = False) -> Iterator[Program]:
    """Open a program file for the length of a ``with`` block; for writing only while no
    PeerDesk window or other command has it (the same lock the window takes)."""
    from pathlib import Path

    from peerdesk.store.lock import COMMAND, WINDOW, Holder, ProgramLock
    from peerdesk.store.program import BUSY_TIMEOUT_MS, Program

    lock = None
    if not read_only:
        try:
            real = Path(path).resolve()  # the lock lies beside the real file
        except (OSError, RuntimeError):
            real = Path(path)
        lock = ProgramLock(real, COMMAND)
        if not lock.acquire():
            held_by = lock.holder() or Holder()
            # Another command finishes in moments: queue behind it, as SQLite would. A
            # window holds the file until it is closed: say so at once.
            if held_by.kind == WINDOW or not lock.acquire(wait=BUSY_TIMEOUT_MS / 1000):
                held_by = lock.holder() or held_by
                then = ("Close it there first, or make the change in the window: a second "
                        "program changing the file would leave the window's undo out of step."
                        if held_by.kind in (WINDOW, "") else
                        "It is still at work; nothing was changed. Try again when it has finished.")
                raise CommandError(f"{held_by.has(Path(path).name, COMMAND)} {then}")
    try:
        with Program.open(path, read_only=read_only) as program:
            yield program
    finally:
        if lock is not None:
            lock.release()


def new_program_path(text: str):
    """The path of a program file to create, ``.peerdesk`` added when it has no suffix."""
    from pathlib import Path

    if not text.strip():
        raise CommandError(_("No file name was given."))
    path = Path(text)
    if path.is_dir() or not path.name or path.name in (".", ".."):
        raise CommandError(_("{path} is a folder; give a file name, such as spring.peerdesk.")
                           .format(path=text))
    if path.suffix == "":
        path = path.with_suffix(".peerdesk")
    if path.exists():
        raise CommandError(_("{path} already exists; choose another name or remove it first.")
                           .format(path=path))
    if not path.parent.is_dir():
        raise CommandError(_("The folder {folder} does not exist.").format(folder=path.parent))
    return path


def output_file(text: str, example: str):
    """The path of a file to write, checked before anything is opened or changed: a name
    (not empty, not a folder) in a folder that exists."""
    from pathlib import Path

    if not text.strip():
        raise CommandError(_("No file name was given."))
    path = Path(text)
    if path.is_dir() or not path.name or path.name in (".", ".."):
        raise CommandError(_("{path} is a folder; give a file name such as {example}.").format(
            path=text, example=Path(text) / example))
    if not path.parent.is_dir():
        raise CommandError(_("The folder {folder} does not exist.").format(folder=path.parent))
    return path


def find_participant(program, who: str):
    """The participant a command names by id or email, or a CommandError saying so."""
    from peerdesk.store.participants import find_by_email, get_participant

    if who.isdecimal() and who.isascii() and len(who) <= 19:
        try:
            return get_participant(program, int(who))
        except KeyError:
            pass
    person = find_by_email(program, who)
    if person is None:
        raise CommandError(_("No participant with the email or id “{who}”.").format(who=who))
    return person
