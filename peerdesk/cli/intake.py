"""``peerdesk skills …``, ``peerdesk intake form`` and ``peerdesk import intake``.

The skills commands list the vocabulary with how often each skill is used, propose merges
of names that look like one skill, and merge or rename. The intake commands write the
form to hand out (questions for Google/Microsoft Forms, a PDF, an .xlsx template) and
bring the answers back.
"""

from __future__ import annotations

import json
import sys

from peerdesk.cli import CommandError, open_program
from peerdesk.i18n import _, ngettext
from peerdesk.store.atomic import write_bytes_atomic, write_text_atomic


def register(sub) -> None:
    from peerdesk.cli.verbs import import_parser
    from peerdesk.io.intake_columns import FIELDS
    from peerdesk.io.mapping import fields_help

    p = sub.add_parser("skills", help=_("the skills vocabulary: list, suggest merges, merge, rename"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("list", help=_("every skill with how many can teach / want to learn it"))
    a.add_argument("file", metavar="FILE")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_skills_list)
    a = actions.add_parser("suggest", help=_("names that look like one skill (typos, wordings)"))
    a.add_argument("file", metavar="FILE")
    a.set_defaults(func=cmd_skills_suggest)
    a = actions.add_parser("merge", help=_("make several skills one (every use moves)"))
    a.add_argument("file", metavar="FILE")
    a.add_argument("names", nargs="+", metavar="NAME")
    a.add_argument("--into", required=True, metavar="NAME",
                   help=_("the name to keep (one of NAME, or a new one)"))
    a.set_defaults(func=cmd_skills_merge)
    a = actions.add_parser("rename", help=_("rename a skill (onto an existing name: a merge)"))
    a.add_argument("file", metavar="FILE")
    a.add_argument("old", metavar="OLD")
    a.add_argument("new", metavar="NEW")
    a.set_defaults(func=cmd_skills_rename)

    p = sub.add_parser("intake", help=_("the intake form people fill in (questions, PDF, .xlsx)"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser(
        "form", help=_("write the intake form"),
        description=_("Write the intake form: OUT.txt (or .md) is the question list to paste "
                      "into Google Forms or Microsoft Forms, with the answer type of each; "
                      "OUT.pdf is the printed form; OUT.xlsx is a spreadsheet template. Give -o "
                      "more than once for several."))
    a.add_argument("file", metavar="FILE")
    a.add_argument("-o", "--output", action="append", required=True, metavar="OUT",
                   help=_("OUT.txt, OUT.md, OUT.pdf or OUT.xlsx (repeatable)"))
    a.add_argument("--paper", choices=("a4", "letter"), default="a4")
    a.set_defaults(func=cmd_intake_form)

    p = import_parser(sub).add_parser(
        "intake", help=_("intake answers (skills, capacity, availability) from Forms or the "
                         "template"),
        description=_("Import intake answers from a Google Forms or Microsoft Forms export, the "
                      ".xlsx template or any CSV. People are matched by email; a later export "
                      "updates only what changed. Skill names that look like one skill are "
                      "proposed as merges: sure ones (same words) are taken, likely typos only "
                      "with --accept-merges."))
    p.add_argument("file", metavar="FILE", help=_("the program file"))
    p.add_argument("source", metavar="SOURCE", help=_("the .csv or .xlsx file of answers"))
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help=_("map a column to a field, or COLUMN=ignore (repeatable). Fields: "
                          "{fields}").format(fields=fields_help(FIELDS)))
    p.add_argument("--add-new", action="store_true",
                   help=_("add people whose email is not in the program as new participants"))
    p.add_argument("--accept-merges", action="store_true",
                   help=_("take every proposed skill merge, likely typos included"))
    p.add_argument("--reject-merge", action="append", default=[], metavar="NAME",
                   help=_("keep this name as typed, even when a merge is proposed (repeatable)"))
    p.add_argument("--dry-run", action="store_true", help=_("check and report, write nothing"))
    p.add_argument("--encoding", help=_("the file's text encoding, if detection gets it wrong"))
    p.add_argument("--sheet", help=_("the workbook sheet to read (default: the first)"))
    p.set_defaults(func=cmd_import_intake)



# -- skills --------------------------------------------------------------------------------

def cmd_skills_list(args) -> int:
    from peerdesk.store.skills import skill_usage

    with open_program(args.file, read_only=True) as program:
        uses = skill_usage(program)
    if args.json:
        print(json.dumps([{"name": u.name, "teach": u.teach, "learn": u.learn} for u in uses],
                         ensure_ascii=False, indent=2))
        return 0
    if not uses:
        print(_("No skills yet: they come with the participants (--teach/--learn) or from "
                "`peerdesk import intake`."))
        return 0
    skill, teach, learn = _("Skill"), _("Teach"), _("Learn")
    width = max(len(skill), *(len(u.name) for u in uses))
    teach_w, learn_w = max(5, len(teach)), max(5, len(learn))
    print(f"{skill:<{width}}  {teach:>{teach_w}}  {learn:>{learn_w}}")
    for u in uses:
        print(f"{u.name:<{width}}  {u.teach:>{teach_w}}  {u.learn:>{learn_w}}")
    return 0


def cmd_skills_suggest(args) -> int:
    from collections import Counter

    from peerdesk.core.skills import propose_merges
    from peerdesk.store.skills import skill_usage

    with open_program(args.file, read_only=True) as program:
        uses = skill_usage(program)
    merges = propose_merges([], vocabulary=[u.name for u in uses],
                            uses=Counter({u.name: u.teach + u.learn for u in uses}))
    if not merges:
        print(_("No skills look alike."))
        return 0
    for m in merges:
        names = " ".join(_quote(n) for n in m.names)
        print(f"{m.describe()}\n  peerdesk skills merge {args.file} {names} --into "
              f"{_quote(m.into)}")
    return 0


def _quote(text: str) -> str:
    import shlex

    return shlex.quote(text)


def cmd_skills_merge(args) -> int:
    from peerdesk.store.skills import merge_skills, skill_id

    with open_program(args.file) as program:
        missing = [n for n in args.names if skill_id(program, n) is None]
        if missing:
            raise CommandError(_("No skill named {names}: see `peerdesk skills list FILE`.").format(
                names=", ".join(f"“{n}”" for n in missing)))
        try:
            merge_skills(program, args.names, args.into)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
    print(_("Merged {names} into {into}.").format(names=", ".join(args.names), into=args.into))
    return 0


def cmd_skills_rename(args) -> int:
    from peerdesk.store.skills import rename_skill

    with open_program(args.file) as program:
        try:
            rename_skill(program, args.old, args.new)
        except (KeyError, ValueError) as exc:
            raise CommandError(str(exc).strip("'\"")) from None
    print(_("Renamed {old} to {new}.").format(old=args.old, new=args.new))
    return 0


# -- intake --------------------------------------------------------------------------------

FORM_SUFFIXES = (".txt", ".md", ".pdf", ".xlsx")


def write_form(program, target, paper: str = "a4") -> None:
    """One intake form file, its kind from the suffix (the window calls this too)."""
    from pathlib import Path

    from peerdesk.core.intake import paste_text
    from peerdesk.io.intake import form_language, program_questions, write_template

    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in FORM_SUFFIXES:
        raise CommandError(_("{file}: write the form as .txt or .md (questions to paste into "
                             "Google or Microsoft Forms), .pdf (to print) or .xlsx (a "
                             "template).").format(file=target.name))
    language = form_language(program)
    with language.active():  # the form speaks the program's document language
        qs = program_questions(program)
        if suffix in (".txt", ".md"):
            write_text_atomic(target, paste_text(qs, program.name))
        elif suffix == ".pdf":
            from peerdesk.reports.base import Furniture
            from peerdesk.reports.intake_form import render_intake_form

            write_bytes_atomic(target, render_intake_form(
                qs, Furniture(program.name, _("Intake form"), paper=paper,
                              language=language.code)))
        else:
            write_template(qs, target, program.name)


def cmd_intake_form(args) -> int:
    from pathlib import Path

    for out in args.output:  # every name checked before anything is written
        if Path(out).suffix.lower() not in FORM_SUFFIXES:
            write_form(None, out)
    with open_program(args.file, read_only=True) as program:
        for out in args.output:
            try:
                write_form(program, out, args.paper)
            except OSError as exc:
                raise CommandError(_("{path} could not be written: {reason}.").format(
                    path=out, reason=exc.strerror or exc)) from None
            print(_("Wrote {path}").format(path=out))
    return 0


def cmd_import_intake(args) -> int:
    from peerdesk.io import intake
    from peerdesk.io.mapping import MappingError
    from peerdesk.io.tabular import TabularError, read_table

    try:
        table = read_table(args.source, encoding=args.encoding, sheet=args.sheet)
    except TabularError as exc:
        raise CommandError(str(exc)) from None
    print(ngettext("Read {source}: {kind}, {n} row.", "Read {source}: {kind}, {n} rows.",
                   len(table)).format(source=args.source, kind=table.describe(), n=len(table)))
    try:
        mapping = intake.map_columns(table.headers, args.map)
    except MappingError as exc:
        raise CommandError(str(exc)) from None
    with open_program(args.file, read_only=args.dry_run) as program:
        plan = intake.build_plan(program, table, mapping)
        for header, target in zip(table.headers, plan.mapping, strict=False):
            print(f"  {header} → {intake.field_label(target)}")
        if plan.blocking:
            raise CommandError(" ".join(plan.blocking))
        rejected = {n.casefold() for n in args.reject_merge}
        for m in plan.merges:
            if args.accept_merges:
                m.accepted = True
            if rejected & {n.casefold() for n in [m.into, *m.names]}:
                m.accepted = False
            print("  " + (_("take  merge {merge}") if m.accepted else _("skip  merge {merge}")).format(
                merge=m.describe()))
        skipped = [m for m in plan.merges if not m.accepted]
        if skipped:
            print("  " + _("(skipped merges keep the names as typed: --accept-merges takes them, "
                    "--reject-merge NAME leaves one out)"))
        for problem in plan.problems:
            print(f"  {problem}", file=sys.stderr)
        for note in plan.notes:
            print(f"  {note}")
        todo = intake.changes(program, plan)
        new = [c for c in todo if c.new]
        changed = [c for c in todo if not c.new and c.what]
        for c in changed:
            print("  " + _("update {name}: {what}").format(name=c.person.name, what=", ".join(c.what)))
        for c in new:
            print("  " + (_("add: {name} <{email}>") if args.add_new else
                         _("not in the program: {name} <{email}>")).format(name=c.person.name,
                                                                       email=c.answer.email))
        if new and not args.add_new:
            print("  " + ngettext("{n} person is not in the program: --add-new adds them.",
                           "{n} people are not in the program: --add-new adds them.",
                           len(new)).format(n=len(new)))
        if plan.same_as_before:
            print("  " + ngettext("{n} person answered as at the last import: left alone.",
                           "{n} people answered as at the last import: left alone.",
                           len(plan.same_as_before)).format(n=len(plan.same_as_before)))
        if args.dry_run:
            print(_("Dry run: nothing written."))
            return 1 if plan.problems else 0
        result = intake.apply_plan(program, plan, add_new=args.add_new)
        for item in result.unknown_learn_from:
            print("  " + _("learn from: nobody in the program is “{item}”").format(item=item))
    print(_("Imported: {summary}.").format(summary=result.summary()))
    return 1 if plan.problems else 0
