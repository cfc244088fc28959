"""The shared verbs ``import`` and ``export``: each feature adds its own kinds to them."""

from __future__ import annotations

import argparse

_made: dict[tuple[int, str], argparse._SubParsersAction] = {}

_HELP = {
    "import": "bring people or feedback in from a file",
    "export": "write participants, calendars, PDFs or reports to a file",
}


def _verb(sub: argparse._SubParsersAction, verb: str) -> argparse._SubParsersAction:
    key = (id(sub), verb)
    if key not in _made:
        parser = sub.add_parser(verb, help=_HELP[verb])
        _made[key] = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    return _made[key]


def import_parser(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    return _verb(sub, "import")


def export_parser(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    return _verb(sub, "export")
