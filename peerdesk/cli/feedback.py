"""Feedback from the command line: charts, the cycle report, paper forms and questions.

The same store and chart functions as the Feedback tab, so a script gets the same
figures, the same refusals and the same "too few responses" as the window.
"""

from __future__ import annotations

import json
from pathlib import Path

from peerdesk.cli import CommandError, bounded_int, open_program, record_id
from peerdesk.cli.feedback_forms import cmd_feedback_add, cmd_feedback_finish
from peerdesk.core.models import stored_id
from peerdesk.i18n import _

DASHBOARD = "dashboard"


def register(sub) -> None:
    from peerdesk.charts import KINDS  # names only: matplotlib is loaded when drawing
    from peerdesk.cli.verbs import export_parser

    choices = [*KINDS, DASHBOARD]
    p = sub.add_parser("chart", help=_("draw a feedback or engagement chart to PNG, SVG or PDF"),
                       description=_("Draw one chart (or the whole dashboard) of a program's "
                       "feedback. Groups with fewer answers than the program's minimum show "
                       "“too few responses”."))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--kind", required=True, choices=choices, metavar="KIND",
                   help=_("one of: {kinds}").format(kinds=", ".join(choices)))
    p.add_argument("--cycle", metavar="NAME", help=_("one cycle (its sessions); default: all"))
    p.add_argument("--department", metavar="NAME", help=_("one department; default: all"))
    p.add_argument("-o", "--output", required=True, metavar="OUT.png|OUT.svg|OUT.pdf")
    p.set_defaults(func=cmd_chart)

    p = sub.add_parser("figures", help=_("every feedback figure PeerDesk can show, shown or withheld"),
                       description=_("Every figure any view can show for the program (measure, "
                       "scope, n, and the value, or why it is withheld), after the "
                       "disclosure rule: groups below the minimum size are withheld, and so "
                       "is any figure that would let a withheld one be worked out."))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--cycle", metavar="NAME", help=_("only the figures of this cycle"))
    p.add_argument("--json", action="store_true", help=_("print one JSON object"))
    p.set_defaults(func=cmd_figures)

    p = export_parser(sub).add_parser(
        "report", help=_("the cycle report for management (PDF)"),
        description=_("Key numbers, the charts and the anonymised comments of one cycle."))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--cycle", metavar="NAME", help=_("cycle name (default: the current cycle)"))
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--paper", choices=("a4", "letter"),
                   help=_("paper size (default: the program's setting, else from the locale)"))
    p.set_defaults(func=cmd_export_report)

    p = sub.add_parser("feedback", help=_("enter a paper feedback form"))
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    a = actions.add_parser("add", help=_("store one paper form; prints its id"),
                           description=_("Answers are KEY=VALUE pairs, with the keys that "
                           "“peerdesk questions list” shows, e.g. usefulness=4 recommend=9 "
                           "\"comment=More pair time\". Out-of-range answers are refused."))
    a.add_argument("file", metavar="FILE")
    a.add_argument("answers", nargs="+", metavar="KEY=VALUE")
    where = a.add_mutually_exclusive_group(required=True)
    where.add_argument("--session", type=record_id, metavar="ID", help=_("the session the form is from"))
    where.add_argument("--before", metavar="CYCLE", help=_("a skill-confidence form before the cycle"))
    where.add_argument("--after", metavar="CYCLE", help=_("a skill-confidence form after the cycle"))
    a.add_argument("--department", default="", metavar="NAME", help=_("the respondent's department"))
    a.add_argument("--skill", default="", metavar="NAME", help=_("the skill a confidence answer is about"))
    a.add_argument("--person", metavar="EMAIL",
                   help=_("the respondent (kept only when the program is set to named feedback)"))
    a.set_defaults(func=cmd_feedback_add)
    a = actions.add_parser("finish", aliases=["close"],
                           help=_("close a session's feedback: its forms join the figures "
                                  "together"),
                           description=_("In an anonymous program, a session's forms (typed, "
                           "or imported with --keep-open) wait, counted in no figure, while "
                           "its feedback is open. Closing it joins them to the figures all at "
                           "once; after that the session takes no more forms. Typed forms are "
                           "never listed one by one again."))
    a.add_argument("file", metavar="FILE")
    where = a.add_mutually_exclusive_group(required=True)
    where.add_argument("--session", type=record_id, metavar="ID")
    where.add_argument("--before", metavar="CYCLE")
    where.add_argument("--after", metavar="CYCLE")
    a.add_argument("--without-departments", action="store_true",
                   help=_("if small department groups hold the forms back, leave out the "
                          "departments that do, so their forms count for all departments "
                          "together (only then, and only those; there is no undo on the "
                          "command line)"))
    a.add_argument("--keep-out", action="store_true",
                   help=_("if the rule still holds the forms back, close the session anyway "
                          "with its forms kept out of every figure (for a session that will "
                          "get no more forms; it then takes none)"))
    a.set_defaults(func=cmd_feedback_finish)

    p = sub.add_parser("questions", help=_("list or change the feedback questions"))
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    a = actions.add_parser("list", help=_("the questions, in form order"))
    a.add_argument("file", metavar="FILE")
    a.add_argument("--all", action="store_true", help=_("include deactivated questions"))
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_questions_list)
    a = actions.add_parser("add", help=_("add a question at the end of the form"))
    a.add_argument("file", metavar="FILE")
    a.add_argument("text", metavar="TEXT")
    a.add_argument("--kind", default="scale", choices=("scale", "nps", "text", "confidence"))
    a.add_argument("--key", default="", help=_("default: made from the words"))
    a.add_argument("--min", type=bounded_int(-1000, 1000), default=1, dest="min_value")
    a.add_argument("--max", type=bounded_int(-1000, 1000), default=5, dest="max_value")
    a.add_argument("--reverse", action="store_true", help=_("a high answer means less (safety items)"))
    a.add_argument("--safety", action="store_true", help=_("part of the psychological-safety score"))
    a.set_defaults(func=cmd_questions_add)
    for name, active, text in (
            ("deactivate", False, _("deactivate a question (its answers are kept)")),
            ("activate", True, _("activate a question (its answers are kept)"))):
        a = actions.add_parser(name, help=text)
        a.add_argument("file", metavar="FILE")
        a.add_argument("key", metavar="KEY")
        a.set_defaults(func=cmd_questions_active, active=active)


def _scope(program, cycle_name: str | None, department: str | None):
    from peerdesk.core.feedback import Scope
    from peerdesk.store.cycles import require_cycle
    from peerdesk.store.feedback import departments

    cycle_ids = (stored_id(require_cycle(program, cycle_name).id),) if cycle_name else None
    if department:
        known = departments(program)
        match = next((d for d in known if d.casefold() == department.strip().casefold()), None)
        if match is None:
            raise CommandError(_("There is no department called “{department}”. Departments: "
                                 "{known}.").format(department=department,
                                                    known=", ".join(known) or _("none yet")))
        department = match
    return Scope(cycle_ids, department or None)


def cmd_chart(args) -> int:
    from peerdesk.charts import FORMATS

    out = Path(args.output)
    if out.suffix.lower().lstrip(".") not in FORMATS:
        raise CommandError(_("Charts are written as .png, .svg or .pdf; “{name}” is none of them.")
                           .format(name=out.name))
    with open_program(args.file, read_only=True) as program:
        scope = _scope(program, args.cycle, args.department)
        from peerdesk.store.feedback import load_feedback_data

        data = load_feedback_data(program)
    from peerdesk.charts.build import chart_figure, dashboard_figure, save_figure

    fig = (dashboard_figure(data, scope) if args.kind == DASHBOARD
           else chart_figure(args.kind, data, scope))
    try:
        save_figure(fig, out)
    except OSError as exc:
        raise CommandError(_("Cannot write {path}: {reason}.").format(
            path=out, reason=exc.strerror)) from exc
    print(out)
    return 0


def cmd_figures(args) -> int:
    from peerdesk.core.disclosure import MEASURE_NAMES, figure_rows
    from peerdesk.core.feedback import book
    from peerdesk.store.cycles import require_cycle
    from peerdesk.store.feedback import load_feedback_data

    with open_program(args.file, read_only=True) as program:
        cycle = require_cycle(program, args.cycle) if args.cycle else None
        data = load_feedback_data(program)
        name = program.name
    figures = book(data)
    rows = figure_rows(figures, cycle.id if cycle else None)
    if args.json:
        print(json.dumps({"program": name, "anonymous": data.anonymous,
                          "min_group_size": figures.min_group_size, "figures": rows},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"{name}: {_privacy_line(data.anonymous, figures.min_group_size)}")
    for r in rows:
        where = " · ".join(str(x) for x in (
            r["cycle"] or _("all cycles"), r["session"],
            r.get("department") or r.get("skill") or (_("all departments") if "department" in r
                                                       else _("all skills")),
            r["phase"] if r["phase"] != "session" else None) if x)
        shown = (f"{r['value']:g} (n={r['n']})" if r["value"] is not None
                 else r["reason"])
        print(f"{_(MEASURE_NAMES[str(r['measure'])]):<28} {where:<50} {shown}")
    return 0


def _privacy_line(anonymous: bool, k: int) -> str:
    if not anonymous:
        return _("feedback is NOT anonymous in this program: forms are stored with the "
                 "respondent's name.")
    return _("anonymous feedback; figures resting on fewer than {k} answers, and any figure "
             "that would give one away, are withheld.").format(k=k)


def cmd_export_report(args) -> int:
    out = Path(args.output)
    if out.suffix.lower() != ".pdf":
        raise CommandError(_("The cycle report is a PDF: name the output …pdf, not “{name}”.")
                           .format(name=out.name))
    from peerdesk.store.cycles import current_cycle, require_cycle

    with open_program(args.file, read_only=True) as program:
        cycle = require_cycle(program, args.cycle) if args.cycle else current_cycle(program)
        if cycle is None:
            raise CommandError(_("No cycles yet. Add one with: peerdesk cycle add FILE NAME "
                                 "--start DATE --end DATE"))
        from peerdesk.charts.build import chart_pdf
        from peerdesk.reports.cycle_report import render_cycle_report

        pdf = render_cycle_report(program, stored_id(cycle.id), charts=chart_pdf, paper=args.paper)
    try:
        out.write_bytes(pdf)
    except OSError as exc:
        raise CommandError(_("Cannot write {path}: {reason}.").format(
            path=out, reason=exc.strerror)) from exc
    print(out)
    return 0


def cmd_questions_list(args) -> int:
    from peerdesk.core.defaults import SAFETY_CITATION
    from peerdesk.store.responses import list_questions

    with open_program(args.file, read_only=True) as program:
        questions = list_questions(program, active_only=not args.all)
    if args.json:
        print(json.dumps([{"key": q.key, "text": q.text, "kind": q.kind, "min": q.min_value,
                           "max": q.max_value, "reverse": q.reverse, "group": q.group,
                           "active": q.active} for q in questions], ensure_ascii=False, indent=2))
        return 0
    for q in questions:
        scale = _("free text") if q.kind == "text" else f"{q.min_value}-{q.max_value}"
        flags = [f for f, on in (("safety", q.group == "safety"), ("reverse-scored", q.reverse),
                                 ("inactive", not q.active)) if on]
        extra = f" ({', '.join(flags)})" if flags else ""
        print(f"{q.key:<20} {q.kind:<10} {scale:<9} {q.text}{extra}")
    if any(q.group == "safety" for q in questions):
        print("\n" + _("Safety items: {citation}").format(citation=SAFETY_CITATION))
    return 0


def cmd_questions_add(args) -> int:
    from peerdesk.core.models import FeedbackQuestion
    from peerdesk.store.feedback import add_question, get_question

    q = FeedbackQuestion(args.key, args.text, args.kind, min_value=args.min_value,
                         max_value=args.max_value, reverse=args.reverse,
                         group="safety" if args.safety else "")
    if args.kind == "nps":
        q.min_value, q.max_value = 0, 10
    with open_program(args.file) as program:
        print(get_question(program, add_question(program, q)).key)
    return 0


def cmd_questions_active(args) -> int:
    from peerdesk.store.feedback import set_question_active
    from peerdesk.store.responses import list_questions

    with open_program(args.file) as program:
        q = next((q for q in list_questions(program, active_only=False) if q.key == args.key), None)
        if q is None:
            raise CommandError(_("There is no question with the key “{key}”; "
                                 "“peerdesk questions list FILE --all” lists them.").format(
                                     key=args.key))
        set_question_active(program, stored_id(q.id), args.active)
    return 0
