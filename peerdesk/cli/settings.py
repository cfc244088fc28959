"""``peerdesk settings FILE``: show a program's settings, or set its document language."""

from __future__ import annotations

from peerdesk.cli import CommandError, open_program
from peerdesk.i18n import LANGUAGE_NAMES, LANGUAGES, _, normalise


def register(sub) -> None:
    p = sub.add_parser("settings", help=_("show a program's settings, or change its document "
                                          "language"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--language", metavar="LANG", help=_(
        "print documents and write messages to participants in this language: {codes}").format(
            codes=", ".join(LANGUAGES)))
    p.add_argument("--ask-department", choices=("yes", "no"), help=_(
        "whether the paper feedback form asks for the respondent's department (printed only "
        "while every department has at least the smallest group shown)"))
    p.set_defaults(func=cmd_settings)


def cmd_settings(args) -> int:
    from dataclasses import replace

    code = None
    if args.language is not None:  # checked before anything is written
        code = normalise(args.language)
        if code is None:
            raise CommandError(_("“{lang}” is not a language PeerDesk prints in; choose one of "
                                 "{codes}.").format(lang=args.language, codes=", ".join(LANGUAGES)))
    if args.ask_department is None and code is None:
        with open_program(args.file, read_only=True) as program:
            settings = program.settings()
        for key, value in settings.as_dict().items():
            if key == "language":
                value = f"{value} ({LANGUAGE_NAMES.get(str(value), value)})"
            print(f"{key}: {value}")
        return 0
    ask = None if args.ask_department is None else args.ask_department == "yes"
    with open_program(args.file) as program:
        settings = program.settings()
        if ask is not None:
            settings = replace(settings, ask_department=ask)
        if code is not None:
            settings = replace(settings, language=code)
        program.save_settings(settings)
    if ask is not None:
        print(_("The paper feedback form of {file} asks for the department.").format(
            file=args.file) if ask else _("The paper feedback form of {file} does not ask "
                                          "for the department.").format(file=args.file))
    if code is not None:
        print(_("Documents and messages of {file} are now in {language}.").format(
            file=args.file, language=LANGUAGE_NAMES[code]))
    return 0
