"""Announcement messages from the command line.

``peerdesk export messages FILE --cycle NAME [--session ID] [--kind pairs|session|reminder|thanks]
-o FOLDER [--csv]`` writes one .eml draft per person (and a mail-merge CSV);
``peerdesk message-template show|set|reset FILE --kind KIND`` reads and changes the templates.
"""

from __future__ import annotations

import sys
from pathlib import Path

from peerdesk.cli import CommandError, open_program, record_id
from peerdesk.core.messages import KINDS
from peerdesk.core.models import stored_id
from peerdesk.i18n import _, ngettext


def register(sub) -> None:
    from peerdesk.cli.verbs import export_parser

    help_text = _("one e-mail draft (.eml) per participant: pairs, session invitation, reminder, "
                  "thanks")
    p = export_parser(sub).add_parser("messages", help=help_text, description=help_text)
    p.add_argument("file", metavar="FILE", help=_("the program file"))
    p.add_argument("--cycle", required=True, metavar="NAME", help=_("the cycle"))
    p.add_argument("--session", type=record_id, metavar="ID",
                   help=_("the session the message is about (default: the next one; for thanks, "
                          "the latest one held)"))
    p.add_argument("--kind", choices=KINDS, default="pairs",
                   help=_("which message (default: pairs)"))
    p.add_argument("-o", "--output", required=True, metavar="FOLDER",
                   help=_("the folder for the drafts (made if missing)"))
    p.add_argument("--csv", action="store_true",
                   help=_("also write mail-merge.csv (to, subject, body) for a mail merge"))
    p.set_defaults(func=cmd_export_messages)

    p = sub.add_parser("message-template", help=_("show, change or reset a message template"))
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    for action, text in (("show", _("print the template (and its placeholders)")),
                         ("set", _("save a new subject and/or body (checked first)")),
                         ("reset", _("go back to PeerDesk's default"))):
        a = actions.add_parser(action, help=text)
        a.add_argument("file", metavar="FILE")
        a.add_argument("--kind", choices=KINDS, required=True)
        if action == "set":
            a.add_argument("--subject", help=_("the subject line"))
            a.add_argument("--body-from", metavar="TEXTFILE",
                           help=_("read the body from a UTF-8 file ('-' for standard input)"))
        a.set_defaults(func={"show": cmd_template_show, "set": cmd_template_set,
                             "reset": cmd_template_reset}[action])


def cmd_export_messages(args) -> int:
    from peerdesk.io.messages import prepare, write_drafts
    from peerdesk.store.cycles import require_cycle

    out = Path(args.output)
    if out.exists() and not out.is_dir():
        raise CommandError(_("{path} is a file: give a folder for the drafts, such as "
                             "{example}.").format(path=out, example=f"{out.with_suffix('')}-messages"))
    if not (out if out.exists() else out.parent).exists():
        raise CommandError(_("The folder {folder} does not exist.").format(folder=out.parent))
    # Read-only: writing drafts changes nothing in the program, so it works while the
    # program is open in a window.
    with open_program(args.file, read_only=True) as program:
        cycle = require_cycle(program, args.cycle)
        prepared = prepare(program, stored_id(cycle.id), args.kind, args.session)
    written = write_drafts(prepared, out, with_csv=args.csv)
    n = len(written.drafts)
    if written.csv:
        print(ngettext("Wrote {n} draft to {folder} and {csv}.", "Wrote {n} drafts to {folder} and {csv}.",
                       n).format(n=n, folder=out, csv=written.csv.name))
    else:
        print(ngettext("Wrote {n} draft to {folder}.", "Wrote {n} drafts to {folder}.", n).format(
            n=n, folder=out))
    print(_("Open each .eml in your mail client (Outlook opens them as drafts ready to send)."))
    if written.advice:
        print("peerdesk: " + _("warning: {text}").format(text=written.advice), file=sys.stderr)
    return 0


def cmd_template_show(args) -> int:
    from peerdesk.core.message_templates import PLACEHOLDERS
    from peerdesk.store.messages import is_custom, template

    with open_program(args.file, read_only=True) as program:
        t = template(program, args.kind)
        custom = is_custom(program, args.kind)
    print((_("{kind} message (your own)") if custom else _("{kind} message (the default)")).format(
        kind=args.kind))
    print(_("Subject: {subject}").format(subject=t.subject))
    print()
    print(t.body.rstrip())
    print()
    print(_("Placeholders: {names}").format(names=", ".join(f"{{{p}}}" for p in PLACEHOLDERS)))
    return 0


def cmd_template_set(args) -> int:
    from peerdesk.store.messages import set_templates, template

    if args.subject is None and args.body_from is None:
        raise CommandError(_("Give --subject, --body-from, or both."))
    body = None
    if args.body_from == "-":
        body = sys.stdin.read()
    elif args.body_from is not None:
        try:
            body = Path(args.body_from).read_text(encoding="utf-8")
        except OSError as exc:
            raise CommandError(_("Cannot read {path}: {reason}.").format(
                path=args.body_from, reason=exc.strerror or exc)) from None
        except UnicodeDecodeError:
            raise CommandError(_("{path} is not UTF-8 text.").format(path=args.body_from)) from None
    from peerdesk.core.message_templates import Template

    with open_program(args.file) as program:
        current = template(program, args.kind)
        set_templates(program, {args.kind: Template(
            args.subject if args.subject is not None else current.subject,
            body if body is not None else current.body)})
    print(_("Saved the {kind} message template.").format(kind=args.kind))
    return 0


def cmd_template_reset(args) -> int:
    from peerdesk.store.messages import set_templates

    with open_program(args.file) as program:
        set_templates(program, {args.kind: None})
    print(_("The {kind} message is back to PeerDesk's default.").format(kind=args.kind))
    return 0
