"""The shared verbs ``import`` and ``export``: each feature adds its own kinds to them."""

from __future__ import annotations

import argparse

_HELP = {
    "import": "bring people or feedback in from a file",
    "export": "write participants, calendars, PDFs or reports to a file",
}


def _verb(sub: argparse._SubParsersAction, verb: str) -> argparse._SubParsersAction:
    # Kept on the parser object itself: a table keyed by id() would hand a new parser the
    # verbs of a dead one whose id was reused.
    made = sub.__dict__.setdefault("_peerdesk_verbs", {})
    if verb not in made:
        parser = sub.add_parser(verb, help=_HELP[verb])
        made[verb] = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    return made[verb]


def import_parser(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    return _verb(sub, "import")


def export_parser(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    return _verb(sub, "export")
