"""``peerdesk`` and ``python -m peerdesk``: the window, or a headless subcommand."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--chart-worker"]:  # the window's chart drawing process (a frozen app has no -m)
        from peerdesk.charts.worker import main as chart_worker

        return chart_worker()
    lang, rest = _take_lang(argv)
    if rest and (rest[0].startswith("-") or not _looks_like_file(rest[0])):
        from peerdesk.cli import run

        return run(argv)
    from peerdesk.ui.app import run_app

    return run_app(rest[0] if rest else None, lang)


def _take_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--lang de`` (or ``--lang=de``) and the other arguments: ``peerdesk --lang de`` opens
    the window in German, ``peerdesk --lang de export …`` is the command line's option."""
    lang, rest, args = None, [], iter(argv)
    for arg in args:
        if arg == "--lang":
            lang = next(args, None)
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    return lang, rest


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
