"""``peerdesk new`` and ``peerdesk check``: make a program file, or look one over."""

from __future__ import annotations

import json
import sys

from peerdesk.cli import CommandError, new_program_path
from peerdesk.i18n import _, ngettext


def register(sub) -> None:
    p = sub.add_parser("new", help=_("create a program file"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--name", default="", help=_("the program's name (default: from the file name)"))
    p.add_argument("--timezone", metavar="ZONE", default="",
                   help=_("the program's time zone, e.g. Europe/Lisbon (default: this "
                          "computer's)"))
    p.add_argument("--demo", action="store_true", help=_("fill it with the demo company"))
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("check", help=_("report a program file's version, counts and integrity"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help=_("print one JSON object"))
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("clean", help=_("copy a program file without anything PeerDesk did not "
                                       "put in it (triggers, views, extra tables), for a file "
                                       "“check” refuses"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("copy", metavar="COPY", help=_("the new, cleaned file"))
    p.set_defaults(func=cmd_clean)


def cmd_new(args) -> int:

    from peerdesk.store.program import Program

    path = new_program_path(args.file)
    from peerdesk.core.zones import is_zone

    if args.timezone and not is_zone(args.timezone):
        raise CommandError(_("“{zone}” is not a time zone; use a name such as Europe/Lisbon "
                             "or America/New_York.").format(zone=args.timezone))
    program = Program.create(path, args.name, timezone=args.timezone)
    try:
        if args.demo:
            from peerdesk.store import demo

            demo.populate(program)
    finally:
        program.close()
    print(_("Created {path}").format(path=path))
    return 0


def cmd_check(args) -> int:
    from peerdesk.store.program import check

    report = check(args.file)
    forms, forms_why = _forms(args.file) if report.ok else (None, "not counted")
    if args.json:
        print(json.dumps({"file": report.path, "schema_version": report.schema_version,
                          "counts": report.counts, "integrity": report.integrity,
                          "feedback_forms": {"n": forms, "reason": forms_why or None},
                          "foreign_key_problems": report.foreign_key_problems,
                          "not_peerdesk_objects": [
                              {"problem": p.kind, "type": p.type, "name": p.name}
                              for p in report.schema_problems],
                          "values_peerdesk_cannot_read": [
                              {"table": v.table, "column": v.column, "row": v.rowid,
                               "expected": v.expected} for v in report.odd_values],
                          "ok": report.ok},
                         ensure_ascii=False, indent=2))
    else:
        print(_("File: {path}").format(path=report.path))
        print(_("Schema version: {version}").format(version=report.schema_version))
        if report.schema_problems:
            print(_("Not PeerDesk's ({n}), never run:").format(n=len(report.schema_problems)))
            for problem in report.schema_problems:
                print(f"  {problem.message}")
        for table, n in report.counts.items():
            print(f"  {table.replace('_', ' ')}: {n}")
        if report.ok:
            print("  " + _("feedback forms: {value}").format(value=forms if forms is not None else forms_why))
        print(_("Integrity: {result}").format(result=", ".join(report.integrity)))
        if report.foreign_key_problems:
            print(_("Broken references: {n}").format(n=report.foreign_key_problems))
        if report.odd_values:
            print(_("Values PeerDesk never writes and cannot read (first {n}):").format(
                n=len(report.odd_values)))
            for odd in report.odd_values:
                print(f"  {odd.message}")
    if not report.ok:
        print("peerdesk: " + _("{path} has problems: see above.").format(path=report.path),
              file=sys.stderr)
        return 1
    return 0


def _forms(path: str) -> tuple[int | None, str]:
    """The program's forms as every view says them (the disclosure rule), not the raw count:
    read before and after one more form, a raw count says that one came in."""
    from peerdesk.store.feedback import forms_in_figures
    from peerdesk.store.program import Program, ProgramFileError

    try:
        with Program.open(path, read_only=True) as program:
            return forms_in_figures(program)
    except ProgramFileError:
        return None, "not counted (open the program in PeerDesk first)"


def cmd_clean(args) -> int:
    from pathlib import Path

    from peerdesk.store.program import ProgramFileError, probe_file
    from peerdesk.store.trust import clean_copy

    source, target = Path(args.file), new_program_path(args.copy)
    try:
        problems = probe_file(source)
    except ProgramFileError as exc:
        raise CommandError(f"{exc}") from exc
    clean_copy(source, target)
    removed = len(problems)
    print(ngettext("Wrote {path}: PeerDesk's own tables and their rows, without {n} object "
                   "PeerDesk did not make.",
                   "Wrote {path}: PeerDesk's own tables and their rows, without {n} objects "
                   "PeerDesk did not make.", removed).format(path=target, n=removed) if removed
          else _("Wrote {path}: PeerDesk's own tables and their rows.").format(path=target))
    return 0
