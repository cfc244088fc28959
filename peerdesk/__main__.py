"""``peerdesk`` and ``python -m peerdesk``: the window, or a headless subcommand."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and (argv[0].startswith("-") or not _looks_like_file(argv[0])):
        from peerdesk.cli import run

        return run(argv)
    from peerdesk.ui.app import run_app

    return run_app(argv[0] if argv else None)


def _looks_like_file(arg: str) -> bool:
    """A first argument is a program file to open when it has the suffix or is a file;
    anything else (a command, or a mistyped one) goes to the command line, which prints
    the usage and exits 2 for a command it does not know."""
    from pathlib import Path

    from peerdesk import FILE_SUFFIX

    if arg.endswith(FILE_SUFFIX):
        return True  # no need to build the whole command line to know that
    if not Path(arg).is_file():  # a command: no need to build the whole command line
        return False
    from peerdesk.cli import build_parser, command_names

    return arg not in command_names(build_parser())


if __name__ == "__main__":
    sys.exit(main())
