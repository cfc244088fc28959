"""``peerdesk status``: the program checklist, for a quick look and for scripts.

The same eight steps as the window's checklist panel, read from the file without
changing it. The exit code is 0 whatever the steps say: a step still to do is the
program's state, not a failure of the command. Scripts read ``--json``.
"""

from __future__ import annotations

import json
import textwrap

from peerdesk.cli import open_program
from peerdesk.i18n import _

MARKS = {"ok": "[x]", "warning": "[!]", "todo": "[ ]"}
WIDTH = 100


def register(sub) -> None:
    p = sub.add_parser("status", help=_("show the program checklist: what is done, what is missing"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--cycle", metavar="NAME", help=_("the cycle to check (default: the current one)"))
    p.add_argument("--json", action="store_true", help=_("print one JSON object"))
    p.set_defaults(func=cmd_status)


def cmd_status(args) -> int:
    from peerdesk.core.overview import counts
    from peerdesk.store.cycles import current_cycle, require_cycle
    from peerdesk.store.overview import overview

    with open_program(args.file, read_only=True) as program:
        cycle = require_cycle(program, args.cycle) if args.cycle else current_cycle(program)
        steps = overview(program, cycle.id if cycle else None)
        name = program.name
    tally = counts(steps)
    if args.json:
        print(json.dumps({"program": name, "cycle": cycle.name if cycle else None,
                          "counts": tally, "steps": [s.to_dict() for s in steps]},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"{name} · {cycle.name if cycle else _('no cycle yet')}")
    print(_("{done} done, {warning} to look at, {todo} to do").format(
        done=tally["ok"], warning=tally["warning"], todo=tally["todo"]))
    for step in steps:
        print()
        print(f"{MARKS[step.state]} {step.number}. {step.title}")
        print(textwrap.fill(step.summary, WIDTH, initial_indent="    ", subsequent_indent="    "))
        for detail in step.details:
            _print_detail(detail.label, detail.items)
    return 0


def _print_detail(label: str, items: list[str]) -> None:
    """Names run on as a wrapped list; explanations ("Ana: joined late") one a line."""
    if any(": " in item or len(item) > 40 for item in items):
        print(f"    {label}:")
        for item in items:
            print(textwrap.fill(item, WIDTH, initial_indent="      - ",
                                subsequent_indent="        "))
    else:
        print(textwrap.fill(f"{label}: {', '.join(items)}", WIDTH, initial_indent="    ",
                            subsequent_indent="      "))
