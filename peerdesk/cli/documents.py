"""Printed documents and the code of conduct from the command line.

``peerdesk export signin|agenda|conduct|pairings|slips|feedback-form|pack FILE -o OUT.pdf``
and ``peerdesk conduct show|set|ack FILE``. reportlab is imported only when a document
is made, so the other commands start fast.
"""

from __future__ import annotations

import sys
from pathlib import Path

from peerdesk.cli import CommandError, bounded_int, open_program, output_file, record_id
from peerdesk.i18n import _, ngettext
from peerdesk.i18n import gettext_noop as M_

_KIND_HELP = {
    "signin": M_("a session's sign-in sheet (PDF)"),
    "agenda": M_("a session's agenda with start times (PDF)"),
    "conduct": M_("the code of conduct with signature lines (PDF)"),
    "pairings": M_("the cycle's pairs and trios with their reasons, for the facilitator (PDF)"),
    "slips": M_("one slip per participant naming their partner (PDF)"),
    "feedback-form": M_("the feedback form to fill in by hand (PDF)"),
    "pack": M_("a session pack: cover, agenda, sign-in, pairs, conduct, feedback form (PDF)"),
}


# A feedback form per participant of a large company, with room to spare: beyond this a
# typo (100000000) would write for hours.
MAX_COPIES = 1000


def register(sub) -> None:
    from peerdesk.cli.verbs import export_parser

    kinds = export_parser(sub)
    for kind, help_text in _KIND_HELP.items():
        p = kinds.add_parser(kind, help=_(help_text), description=_(help_text))
        p.add_argument("file", metavar="FILE", help=_("the program file"))
        p.add_argument("--session", type=record_id, metavar="ID",
                       help=_("session id (default: the cycle's next session)"))
        p.add_argument("--cycle", metavar="NAME", help=_("cycle name (default: the current cycle)"))
        p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
        p.add_argument("--paper", choices=("a4", "letter"),
                       help=_("paper size (default: the program's setting, else from the locale)"))
        p.add_argument("--strict", action="store_true",
                       help=_("fail, writing nothing, if a name cannot be printed as written"))
        if kind == "agenda":
            p.add_argument("--large", action="store_true",
                           help=_("large print for the wall (20 pt and more)"))
        if kind in ("signin", "pack"):
            p.add_argument("--split", type=int, default=1, metavar="N",
                           help=_("split the sign-in sheet by initial into N sheets (A–K, L–Z "
                                  "for N=2), one per table at the door"))
        if kind in ("feedback-form", "conduct", "pack"):
            p.add_argument("--copies", type=bounded_int(1, MAX_COPIES), default=1, metavar="N",
                           help=_("copies of the feedback form and the code-of-conduct sheet "
                                  "(default 1, at most {n})").format(n=MAX_COPIES))
        p.set_defaults(func=cmd_export, doc_kind=kind)

    p = sub.add_parser("conduct", help=_("show, change or sign the code of conduct"))
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    a = actions.add_parser("show", help=_("the current version (or --version N) and who signed"))
    a.add_argument("file", metavar="FILE")
    a.add_argument("--version", type=record_id, metavar="N")
    a.add_argument("--unsigned", action="store_true",
                   help=_("list only the people who have not signed the current version"))
    a.set_defaults(func=cmd_conduct_show)
    a = actions.add_parser("set", help=_("save a new version (only if the text changed)"))
    a.add_argument("file", metavar="FILE")
    src = a.add_mutually_exclusive_group(required=True)
    src.add_argument("--text", help=_("the new text"))
    src.add_argument("--from", dest="source", metavar="TEXTFILE",
                     help=_("read the text from a UTF-8 file ('-' for standard input)"))
    a.set_defaults(func=cmd_conduct_set)
    a = actions.add_parser("ack", help=_("record who signed the current version"))
    a.add_argument("file", metavar="FILE")
    a.add_argument("who", nargs="+", help=_("email, employee id, id or exact name of each "
                                            "person"))
    a.add_argument("--date", help=_("the day they signed, YYYY-MM-DD (default: today)"))
    a.add_argument("--undo", action="store_true", help=_("remove their signature instead"))
    a.set_defaults(func=cmd_conduct_ack)


# -- export --------------------------------------------------------------------------------

def _write(path: Path, data: bytes) -> None:
    """Write next to the target, then replace it, so a failure never leaves half a PDF."""
    from peerdesk.store.atomic import write_bytes_atomic

    try:
        write_bytes_atomic(path, data)
    except OSError as exc:
        raise CommandError(_("Cannot write {path}: {reason}.").format(
            path=path, reason=exc.strerror or exc)) from None


def cmd_export(args) -> int:
    from peerdesk.reports.export import export_document, record_printed

    out = output_file(args.output, "signin.pdf")
    copies = getattr(args, "copies", 1)
    if copies < 1:
        raise CommandError(_("--copies must be at least 1."))
    split = getattr(args, "split", 1)
    if not 1 <= split <= 6:
        raise CommandError(_("--split must be between 1 and 6 sheets."))
    with open_program(args.file) as program:
        result = export_document(program, args.doc_kind, session_id=args.session,
                                 cycle_name=args.cycle, paper=args.paper, form_copies=copies,
                                 signin_parts=split, large_print=getattr(args, "large", False))
        if result.unprintable and args.strict:
            raise CommandError(result.warning() + " " + _("Nothing was written (--strict)."))
        _write(out, result.pdf)
        record_printed(program, result)
    if result.unprintable:
        print("peerdesk: " + _("warning: {text}").format(text=result.warning()), file=sys.stderr)
    if result.chosen:
        print(result.chosen)
    if result.note:
        print(result.note)
    from peerdesk.reports.export import KINDS

    pages = ngettext("{n} page", "{n} pages", result.pages).format(n=result.pages)
    paper = "A4" if result.paper == "a4" else "Letter"
    print(_("Wrote {document} ({pages}, {paper}) to {path}").format(
        document=_(KINDS[result.kind]), pages=pages, paper=paper, path=out))
    return 0


# -- conduct ---------------------------------------------------------------------------------

def cmd_conduct_show(args) -> int:
    from peerdesk.store import conduct

    with open_program(args.file, read_only=True) as program:
        version = (conduct.get_version(program, args.version) if args.version
                   else conduct.current_version(program))
        if version is None:
            raise CommandError(_("This program has no code of conduct yet."))
        current = conduct.current_version(program)
        if current is None:  # a program with any version has a current one
            raise CommandError(_("This program has no code of conduct yet."))
        missing = conduct.not_signed(program)
        signed, expected = conduct.status(program)
    if args.unsigned:
        for person in missing:
            print(f"{person.name}\t{person.email}")
        return 0
    made = f", {version.created_on.isoformat()}" if version.created_on else ""
    note = "" if version.id == current.id else " " + _("(not current: version {version} is)") \
        .format(version=current.version)
    print(_("Code of conduct, version {version}").format(version=version.version) + made + note)
    print()
    print(version.text.rstrip())
    print()
    print(_("Signed the current version (v{version}): {signed} of {expected}.").format(
        version=current.version, signed=signed, expected=expected)
          + (" " + _("Not yet: {n} (see --unsigned).").format(n=len(missing)) if missing else ""))
    return 0


def cmd_conduct_set(args) -> int:
    from peerdesk.store import conduct

    if args.text is not None:
        text = args.text.replace("\\n", "\n")
    elif args.source == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(args.source).read_text(encoding="utf-8")
        except OSError as exc:
            raise CommandError(_("Cannot read {path}: {reason}.").format(
                path=args.source, reason=exc.strerror or exc)) from None
        except UnicodeDecodeError:
            raise CommandError(_("{path} is not UTF-8 text.").format(path=args.source)) from None
    with open_program(args.file) as program:
        before = conduct.current_version(program)
        version = conduct.save_text(program, text)
    if before is not None and version.id == before.id:
        print(_("No change: version {version} is still current.").format(version=version.version))
    else:
        print(_("Saved version {version} of the code of conduct. Earlier signatures stay with "
                "the version that was signed; everyone is asked to sign the new one.").format(
                    version=version.version))
    return 0


def _person(program, who: str):
    from peerdesk.store.participants import (
        find_by_email,
        get_participant,
        ids_by_employee_id_or_name,
    )

    who = who.strip()
    if "@" in who:
        person = find_by_email(program, who)
        if person:
            return person
    rows = ids_by_employee_id_or_name(program, who)
    if len(rows) > 1:
        raise CommandError(_("More than one participant matches “{who}”; use their email.")
                           .format(who=who))
    if not rows:
        raise CommandError(_("No participant with the email, id or name “{who}”.").format(
            who=who))
    return get_participant(program, rows[0])


def cmd_conduct_ack(args) -> int:
    from peerdesk.store import conduct

    day = None
    if args.date:
        from peerdesk.core.agenda import parse_iso_date

        day = parse_iso_date(args.date, "date", "--date")
    with open_program(args.file) as program:
        people = [_person(program, who) for who in args.who]
        version = conduct.current_version(program)
        if version is None:
            raise CommandError(_("This program has no code of conduct yet."))
        conduct.set_acknowledged(program, [p.id for p in people], not args.undo, on=day)
        signed, expected = conduct.status(program)
    said = (_("Removed the signature of {names} (version {version}). Signed: {signed} of "
              "{expected}.") if args.undo else
            _("Recorded the signature of {names} (version {version}). Signed: {signed} of "
              "{expected}."))
    print(said.format(names=", ".join(p.name for p in people), version=version.version,
                      signed=signed, expected=expected))
    return 0
