"""``peerdesk import participants|feedback`` and ``peerdesk export participants``.

A file with any bad row writes nothing and exits non-zero, unless ``--skip-bad`` asks for
the good rows alone; ``--dry-run`` only reports. Everything an import writes is one
transaction, so an interrupted run leaves the program as it was.
"""

from __future__ import annotations

import shlex
import sys

from peerdesk.cli import CommandError, open_program, record_id
from peerdesk.i18n import _, format_number, ngettext

_DELIMITERS = {"comma": ",", ",": ",", "semicolon": ";", ";": ";", "tab": "\t", "\\t": "\t",
               "\t": "\t", "pipe": "|", "|": "|"}


def register(sub) -> None:
    from peerdesk.cli.verbs import export_parser, import_parser
    from peerdesk.io import people_columns
    from peerdesk.io.feedback_columns import META
    from peerdesk.io.mapping import fields_help

    kinds = import_parser(sub)
    p = kinds.add_parser("participants", help=_("people from an HR export (.csv or .xlsx)"),
                         description=_("Import or update participants from a CSV or Excel file. "
                         "People are matched by employee ID, then email; a file with any bad "
                         "row writes nothing (exit 1) unless --skip-bad."))
    _source_args(p, fields_help(people_columns.FIELDS))
    p.add_argument("--archive-missing", action="store_true",
                   help=_("archive active participants who are not in the file"))
    p.set_defaults(func=cmd_import_participants)

    p = kinds.add_parser("feedback", help=_("answers from Google Forms, Microsoft Forms or a CSV"),
                         description=_("Import feedback answers for one session. In an anonymous "
                         "program no email, name or time is kept, only the department the "
                         "form itself asked; in a named program respondents are matched to "
                         "participants by email."))
    _source_args(p, _("{fields}, or a question's key").format(fields=fields_help(META)))
    p.add_argument("--session", type=record_id, required=True, metavar="ID",
                   help=_("the session the answers are about (see `peerdesk sessions FILE`)"))
    p.add_argument("--phase", choices=("session", "before", "after"), default="session",
                   help=_("a session form, or the cycle's before/after survey"))
    unmatched = p.add_mutually_exclusive_group()
    unmatched.add_argument("--add-unmatched", action="store_true",
                           help=_("add each column that matches no question as a new question"))
    unmatched.add_argument("--ignore-unmatched", action="store_true",
                           help=_("leave out the columns that match no question"))
    p.add_argument("--yes", action="store_true",
                   help=_("import even when the sanity checks ask (wrong session? repeat?)"))
    p.add_argument("--keep-open", action="store_true",
                   help=_("keep the session's feedback open after the import (by default "
                          "the import closes it: its forms join the figures together and "
                          "it takes no more forms)"))
    p.add_argument("--without-departments", action="store_true",
                   help=_("if small department groups hold the answers back, leave out the "
                          "departments that do, so their answers count for all departments "
                          "together (only then, and only those)"))
    p.set_defaults(func=cmd_import_feedback)

    p = export_parser(sub).add_parser("participants", help=_("participants to .csv or .xlsx"))
    p.add_argument("file", metavar="FILE", help=_("the program file"))
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help=_("OUT.csv (UTF-8, opens in Excel) or OUT.xlsx"))
    p.add_argument("--include-archived", action="store_true",
                   help=_("include archived people"))
    p.set_defaults(func=cmd_export_participants)


def _source_args(p, fields: str) -> None:
    p.add_argument("file", metavar="FILE", help=_("the program file"))
    p.add_argument("source", metavar="SOURCE", help=_("the .csv, .txt or .xlsx file to import"))
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help=_("map a column to a field, or COLUMN=ignore (repeatable). Fields: "
                          "{fields}").format(fields=fields))
    p.add_argument("--date-order", choices=("dmy", "mdy"),
                   help=_("dmy: day first (31/12/2024); mdy: month first (12/31/2024)"))
    p.add_argument("--dry-run", action="store_true", help=_("check and report, write nothing"))
    p.add_argument("--skip-bad", action="store_true", help=_("import the good rows, skip bad ones"))
    p.add_argument("--encoding", help=_("the file's text encoding, if detection gets it wrong"))
    p.add_argument("--delimiter", help=_("comma, semicolon, tab or pipe, if detection gets it wrong"))
    p.add_argument("--sheet", help=_("the workbook sheet to read (default: the first)"))


def _read(args):
    from peerdesk.io.tabular import TabularError, read_table

    delimiter = None
    if args.delimiter:
        delimiter = _DELIMITERS.get(args.delimiter.lower())
        if delimiter is None:
            raise CommandError(_("--delimiter: “{delimiter}” is not one of comma, semicolon, tab "
                                 "or pipe.").format(delimiter=args.delimiter))
    try:
        table = read_table(args.source, encoding=args.encoding, delimiter=delimiter,
                           sheet=args.sheet)
    except TabularError as exc:
        raise CommandError(str(exc)) from None
    print(ngettext("Read {source}: {kind}, {n} row.", "Read {source}: {kind}, {n} rows.",
                   len(table)).format(source=args.source, kind=table.describe(), n=len(table)))
    return table


def _show_mapping(headers: list[str], mapping: list[str], labels: dict[str, str]) -> None:
    used = [f"  {h} → {labels[m]}" for h, m in zip(headers, mapping, strict=True) if m]
    ignored = [f"“{h}”" for h, m in zip(headers, mapping, strict=True) if not m and h]
    print(_("Columns:"))
    print("\n".join(used))
    if ignored:
        print("  " + _("ignored: {columns}").format(columns=", ".join(ignored)))


def _report_problems(problems, skip_bad: bool, dry_run: bool) -> None:
    for problem in problems:
        print(f"peerdesk: {problem}", file=sys.stderr)
    if problems and not skip_bad and not dry_run:
        rows = len({p.row for p in problems})
        print("peerdesk: " + ngettext(
            "nothing was imported: {n} bad row. Fix the file, or run again with --skip-bad to "
            "import the other rows.",
            "nothing was imported: {n} bad rows. Fix the file, or run again with --skip-bad to "
            "import the other rows.", rows).format(n=rows), file=sys.stderr)


class _TerminalProgress:
    """“Checking rows: 12,000 of 200,000” on one line of a terminal's standard error."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, done: int, total: int, what: str) -> bool:
        if total >= 5000:
            print("\r" + _("{what}: {done} of {total}…").format(what=what, done=format_number(done),
                                                              total=format_number(total))
                  + "\033[K", end="", file=sys.stderr, flush=True)
            self.shown = True
        return True

    def finish(self) -> None:
        if self.shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)


def _terminal_progress() -> _TerminalProgress | None:
    return _TerminalProgress() if sys.stderr.isatty() else None


def cmd_import_participants(args) -> int:
    from peerdesk.io import people_apply, people_import
    from peerdesk.io.dates import ORDERS
    from peerdesk.io.mapping import MappingError

    table = _read(args)
    with open_program(args.file, read_only=args.dry_run) as program:
        try:
            mapping = people_import.map_columns(table.headers, args.map)
        except MappingError as exc:
            raise CommandError(str(exc)) from None
        _show_mapping(table.headers, mapping, people_import.field_labels())
        progress = _terminal_progress()
        plan = people_import.build_plan(program, table, mapping, date_order=args.date_order,
                                        progress=progress)
        if progress is not None:
            progress.finish()
        if plan.blocking:
            raise CommandError(" ".join(plan.blocking))
        if plan.needs_date_order:
            examples = ", ".join(plan.date_examples)
            raise CommandError(_("The hire dates could be day-first or month-first (for example "
                                 "{examples}). Run again with --date-order dmy (day first) or "
                                 "--date-order mdy (month first).").format(examples=examples))
        if plan.date_order:
            print(_("Hire dates read {order}.").format(order=ORDERS[plan.date_order]))
        print(plan.summary() + ".")
        for notice in plan.notices[:20]:
            print(notice)
        if len(plan.notices) > 20:
            print(ngettext("…and {n} more row with invisible characters removed.",
                            "…and {n} more rows with invisible characters removed.",
                            len(plan.notices) - 20).format(n=len(plan.notices) - 20))
        _report_problems(plan.problems, args.skip_bad, args.dry_run)
        if plan.missing and not args.archive_missing:
            names = ", ".join(m["name"] for m in plan.missing[:10])
            if len(plan.missing) > 10:
                names = _("{names} and {n} more").format(names=names, n=len(plan.missing) - 10)
            print(_("No longer in the file: {names}. Run again with --archive-missing to "
                    "archive them.").format(names=names))
        if args.dry_run:
            print(_("Dry run: nothing was written."))
            return 1 if plan.problems and not args.skip_bad else 0
        if plan.problems and not args.skip_bad:
            return 1
        result = people_apply.apply_plan(program, plan, archive_missing=args.archive_missing,
                                         progress=progress)
        if progress is not None:
            progress.finish()
        print(_("Imported: {summary}.").format(summary=result.summary()))
        return 0


def cmd_import_feedback(args) -> int:
    from peerdesk.io import feedback_import
    from peerdesk.io.mapping import MappingError
    from peerdesk.store.responses import list_questions

    table = _read(args)
    with open_program(args.file) as program:
        questions = list_questions(program, active_only=False)
        try:
            mapping = feedback_import.map_columns(table.headers, questions, args.map, table)
        except MappingError as exc:
            raise CommandError(str(exc)) from None
        mapping, added = _settle_unmatched(program, table, mapping, args)
        done = False
        try:
            code, done = _import_feedback(program, table, mapping, args)
            return code
        finally:
            if added and not done:  # nothing imported: the questions added for it go too
                from peerdesk.io.feedback_columns import remove_questions

                remove_questions(program, added)


def _import_feedback(program, table, mapping, args) -> tuple[int, bool]:
    """The exit code, and whether anything was stored."""
    from peerdesk.io import feedback_import
    from peerdesk.store.responses import list_questions

    questions = list_questions(program, active_only=False)
    plan = feedback_import.build_plan(program, table, args.session, mapping,
                                      date_order=args.date_order, phase=args.phase)
    print(_("Recognised as a {kind}.").format(kind=feedback_import.kind_name(plan.kind)))
    _show_mapping(table.headers, mapping, feedback_import.target_labels(questions))
    if plan.blocking:
        raise CommandError(" ".join(plan.blocking))
    from peerdesk.store.feedback import OPEN, FeedbackClosed, feedback_state

    state = feedback_state(program, plan.cycle_id, plan.session_id, plan.phase)
    if state != OPEN and plan.responses:  # said before the plan, a dry run included
        raise CommandError(str(FeedbackClosed(state)))
    if plan.anonymous:
        print(_("The program's feedback is anonymous: nothing that could tell who answered "
                "or when is stored; a department only if the form asked for it."))
    for line in plan.dropped_lines():
        print(line)
    for note in plan.notes:
        print(note)
    print(plan.summary() + ".")
    _report_problems(plan.problems, args.skip_bad, args.dry_run)
    if args.dry_run:
        if plan.responses and (args.skip_bad or not plan.problems):
            print(_dry_run_outcome(program, plan, args))
        print(_("Dry run: nothing was written."))
        return (1 if plan.problems and not args.skip_bad else 0), False
    if plan.problems and not args.skip_bad:
        return 1, False
    _sanity(program, table, plan, args)
    from peerdesk.store.feedback import FormsWait

    try:
        try:
            done = feedback_import.apply_feedback(program, plan, keep_open=args.keep_open)
        except FormsWait as held:  # with the flag: only the departments that hold them back
            if not (args.without_departments and held.offer):
                raise
            plan.left_out = held.offer.left_out
            done = feedback_import.apply_feedback(program, plan, keep_open=args.keep_open)
    except FormsWait as exc:  # not a failure: the rule holds them back, nothing is written
        print(_("Nothing imported yet. {reason}").format(reason=exc.problems[0].message))
        if exc.offer and not args.without_departments:
            print(_("To import them now with only those departments left out, add "
                    "--without-departments (or leave the whole column out: --map "
                    "{mapping}).").format(mapping=shlex.quote(
                        f"{feedback_import.department_column(plan)}=ignore")))
        return 0, False
    print(ngettext("Imported {n} response.", "Imported {n} responses.", len(done.ids)).format(n=len(done.ids)))
    if plan.left_out:
        from peerdesk.core.collation import name_key

        left = [r for r in plan.responses if r.department in plan.left_out]
        print(ngettext("The department on {n} answer was left out, as asked: {names}.",
                       "The departments on {n} answers were left out, as asked: {names}.",
                       len(left)).format(n=len(left), names=", ".join(
                           sorted(plan.left_out, key=name_key))))
    closed = done.closed
    if plan.anonymous and args.keep_open:
        print(_("The session's feedback stays open (--keep-open): close it with peerdesk "
                "feedback finish FILE --session ID."))
    elif closed is not None and closed.ids:
        print(ngettext(
                "Feedback closed: {n} form of the session joined the figures; the session "
                "takes no more forms.", "Feedback closed: the session's {n} forms joined the "
                "figures together; the session takes no more forms.", len(closed.ids)).format(
            n=len(closed.ids)))
    return 0, True


def _dry_run_outcome(program, plan, args) -> str:
    """Whether the real import would be taken or held back by the disclosure rule: it is
    run, then rolled back (nothing of it stays, in the file or in memory)."""
    from peerdesk.io import feedback_import
    from peerdesk.store.feedback import FormsWait

    try:
        program.rolled_back(lambda: feedback_import.apply_feedback(program, plan,
                                                                   keep_open=args.keep_open))
    except FormsWait as exc:
        if args.without_departments and exc.offer:
            return _("The import would be taken with the departments left out: {names}.").format(
                names=", ".join(exc.offer.names_left_out()))
        return _("The import would be held back: {reason}").format(
            reason=exc.problems[0].message)
    if not plan.anonymous:
        return _("The import would be taken: the answers would join the figures.")
    if args.keep_open:
        return _("The import would be taken, the session's feedback kept open.")
    return _("The import would be taken: the answers would join the figures together "
             "and close the session's feedback.")


def _settle_unmatched(program, table, mapping, args):
    """A column that matches no question is never dropped without being told what to do."""
    from peerdesk.io import feedback_columns as fc

    left = fc.unmatched(table, mapping, fc.named_by_specs(table.headers, args.map),
                        fc.personal(program, table))
    if not left or args.ignore_unmatched:
        return mapping, []
    if not args.add_unmatched:
        raise CommandError(fc.refusal(table, left))
    if args.dry_run:
        print(_("These columns would be added as new questions:") + "\n" +
              fc.describe_unmatched(table, left))
        return mapping, []
    print(_("New questions for the columns that matched none:") + "\n" +
          fc.describe_unmatched(table, left))
    return fc.add_questions(program, table, mapping, left)


def _sanity(program, table, plan, args) -> None:
    from peerdesk.io import feedback_columns as fc

    asked = fc.sanity_checks(program, plan.session_id, plan.responses, plan.dates_read)
    if asked and not args.yes:
        raise CommandError(_("Nothing imported; check first:") + "\n  " + "\n  ".join(asked) +
                           "\n" + _("Run again with --yes to import anyway."))
    for line in asked:
        print(_("Imported anyway (--yes): {line}").format(line=line))


def cmd_export_participants(args) -> int:
    from peerdesk.io.people_export import export_participants

    with open_program(args.file, read_only=True) as program:
        try:
            count = export_participants(program, args.output, args.include_archived)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        except OSError as exc:
            raise CommandError(_("{path} cannot be written: {reason}.").format(
                path=args.output, reason=exc.strerror or exc)) from None
    print(ngettext("Wrote {n} participant to {path}.", "Wrote {n} participants to {path}.",
                   count).format(n=count, path=args.output))
    return 0
