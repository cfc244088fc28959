"""Cycles, sessions, attendance and the calendar export from the command line.

For facilitators who plan a cycle in bulk from a script, and for testing: each command
calls the same store functions as the Sessions tab, so the same rules refuse the same
mistakes with the same words.
"""

from __future__ import annotations

import json
import sys

from peerdesk.cli import CommandError, bounded_int, open_program, output_file, record_id
from peerdesk.core.models import stored_id
from peerdesk.i18n import _


def register(sub) -> None:
    from peerdesk.cli.verbs import export_parser

    p = sub.add_parser("cycle", help=_("add or rename a cycle (a named period holding sessions "
                                       "and pairs)"))
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    a = actions.add_parser("add", help=_("add a cycle"))
    a.add_argument("file", metavar="FILE")
    a.add_argument("name", metavar="NAME", help=_("for example “Spring 2027”"))
    a.add_argument("--start", metavar="DATE", help=_("first day, YYYY-MM-DD (default: today, "
                                                     "or twelve weeks before --end)"))
    a.add_argument("--end", metavar="DATE", help=_("last day, YYYY-MM-DD (default: twelve "
                                                   "weeks after the start)"))
    a.add_argument("--notes", default="")
    a.set_defaults(func=cmd_cycle_add)
    a = actions.add_parser("rename", help=_("give a cycle a new name"))
    a.add_argument("file", metavar="FILE")
    a.add_argument("old", metavar="OLD", help=_("the cycle's name or id"))
    a.add_argument("new", metavar="NEW", help=_("its new name"))
    a.set_defaults(func=cmd_cycle_rename)

    p = sub.add_parser("session", help=_("add a session to a cycle"))
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    a = actions.add_parser("add", help=_("add a session; prints its id"))
    a.add_argument("file", metavar="FILE")
    a.add_argument("--cycle", required=True, metavar="NAME")
    a.add_argument("--date", required=True, metavar="DATE", help=_("YYYY-MM-DD"))
    a.add_argument("--start", required=True, metavar="HH:MM", help=_("local start time"))
    a.add_argument("--minutes", required=True, metavar="N", help=_("length in minutes"))
    a.add_argument("--title", default="", metavar="T", help=_("default: the template's name"))
    a.add_argument("--topic", default="")
    a.add_argument("--location", default="", metavar="L", help=_("a room or a video link"))
    a.add_argument("--template", metavar="KEY",
                   help=_("start the agenda from a template: kickoff, regular, closeout..."))
    a.add_argument("--copy-agenda", type=record_id, metavar="ID", help=_("copy another session's agenda"))
    a.add_argument("--timezone", metavar="ZONE", help=_("default: the program's time zone"))
    a.add_argument("--notes", default="")
    a.set_defaults(func=cmd_session_add)
    a = actions.add_parser("delete", help=_("delete a session with its agenda and attendance"))
    a.add_argument("file", metavar="FILE")
    a.add_argument("session", type=record_id, metavar="ID")
    a.add_argument("--yes", action="store_true", help=_("delete without asking"))
    a.set_defaults(func=cmd_session_delete)
    a = actions.add_parser("duplicate", help=_(
        "copy a session (agenda, length, invitees; no attendance) into its cycle; prints the "
        "new id"))
    a.add_argument("file", metavar="FILE")
    a.add_argument("session", type=record_id, metavar="ID")
    a.add_argument("--date", metavar="DATE", help=_(
        "YYYY-MM-DD (default: a week after the cycle's last session)"))
    a.add_argument("--title", metavar="T", help=_("default: the title with “(copy)”"))
    a.set_defaults(func=cmd_session_duplicate)
    a = actions.add_parser("postpone", help=_(
        "move a session and the later sessions of its cycle a number of weeks later"))
    a.add_argument("file", metavar="FILE")
    a.add_argument("session", type=record_id, metavar="ID")
    a.add_argument("--weeks", type=bounded_int(1, 52), default=1, metavar="N",
                   help=_("how many weeks later (default: 1)"))
    a.set_defaults(func=cmd_session_postpone)

    p = sub.add_parser("attendance", help=_("mark who came to a session"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--session", required=True, type=record_id, metavar="ID")
    for status in ("present", "absent", "excused"):
        p.add_argument(f"--{status}", nargs="+", action="extend", default=[], metavar="EMAIL")
    p.add_argument("--yes", action="store_true", help=_("mark it even for a session in the future"))
    p.set_defaults(func=cmd_attendance)

    p = sub.add_parser("sessions", help=_("list cycles, sessions, agendas and attendance"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--cycle", metavar="NAME")
    p.add_argument("--json", action="store_true", help=_("print one JSON document"))
    p.set_defaults(func=cmd_sessions)

    p = export_parser(sub).add_parser("calendar", help=_("sessions as an .ics calendar file"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--cycle", metavar="NAME", help=_("the cycle (all its sessions)"))
    p.add_argument("--session", type=record_id, metavar="ID", help=_("just this session"))
    p.add_argument("-o", "--output", required=True, metavar="OUT.ics")
    p.set_defaults(func=cmd_export_calendar)


def cmd_cycle_add(args) -> int:
    from datetime import date, timedelta

    from peerdesk.core.agenda import parse_iso_date
    from peerdesk.core.models import Cycle
    from peerdesk.store.cycles import add_cycle

    start = parse_iso_date(args.start, "start_date", "--start") if args.start else None
    end = parse_iso_date(args.end, "end_date", "--end") if args.end else None
    said = []
    if start is None:
        start = end - timedelta(weeks=12) if end else date.today()
        said.append((_("starts {date} (twelve weeks before the end)") if end
                     else _("starts {date} (today)")).format(date=start.isoformat()))
    if end is None:
        end = start + timedelta(weeks=12)
        said.append(_("ends {date} (twelve weeks after the start)").format(date=end.isoformat()))
    cycle = Cycle(name=args.name, start_date=start, end_date=end, notes=args.notes)
    with open_program(args.file) as program:
        cycle_id = add_cycle(program, cycle)
    if said:  # on standard error: standard output stays the new id, for scripts
        print(_("{cycle} {dates}; change them in the window (Sessions tab) if needed.").format(
            cycle=args.name, dates=(" " + _("and") + " ").join(said)), file=sys.stderr)
    print(cycle_id)
    return 0


def cmd_cycle_rename(args) -> int:
    from peerdesk.store.cycles import rename_cycle

    with open_program(args.file) as program:
        old = rename_cycle(program, args.old, args.new)
    if old == args.new.strip():
        print(_("The cycle is already called “{name}”; nothing changed.").format(name=old))
    else:
        print(_("Renamed the cycle “{old}” to “{new}”.").format(old=old, new=args.new.strip()))
    return 0


def _minutes(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise CommandError(_("Length: “{n}” is not a whole number of minutes.").format(
            n=text)) from None


def cmd_session_add(args) -> int:
    from peerdesk.core.agenda import parse_iso_date
    from peerdesk.store import sessions as store
    from peerdesk.store.cycles import require_cycle

    on = parse_iso_date(args.date)
    minutes = _minutes(args.minutes)
    if args.template and args.copy_agenda:
        raise CommandError(_("Choose either --template or --copy-agenda, not both."))
    with open_program(args.file) as program:
        cycle = require_cycle(program, args.cycle)
        fields = {"date": on, "start_time": args.start, "minutes": minutes, "title": args.title,
                  "topic": args.topic, "location": args.location, "notes": args.notes}
        if args.timezone:
            fields["timezone"] = args.timezone
        session = store.new_session(program, stored_id(cycle.id), **fields)
        if args.copy_agenda:
            session.agenda = store.get_session(program, args.copy_agenda).agenda
        session_id = store.add_session(program, session, template=args.template)
        warnings = store.session_warnings(program, store.get_session(program, session_id))
    print(session_id)  # alone on standard output, so scripts can capture it
    for warning in warnings:
        print(_("Warning: {text}").format(text=warning), file=sys.stderr)
    return 0


def cmd_session_delete(args) -> int:
    from peerdesk.store import sessions as store

    with open_program(args.file) as program:
        session = store.get_session(program, args.session)
        if not args.yes:
            raise CommandError(_("This deletes “{title}” with its agenda and attendance; "
                                 "nothing was deleted. Run again with --yes to delete "
                                 "it.").format(title=session.title))
        snap = store.delete_session(program, args.session)
    print(_("Deleted “{title}”.").format(title=session.title))
    if snap.get("detached_forms"):
        print(_("Its feedback forms stay in the cycle's figures, as forms of the cycle: "
                "taking them out would move the figures by just those forms."))
    return 0


def cmd_session_duplicate(args) -> int:
    from peerdesk.core.agenda import parse_iso_date
    from peerdesk.store import sessions as store
    from peerdesk.store.session_dates import week_after_last

    on = parse_iso_date(args.date) if args.date else None
    if args.title is not None and not args.title.strip():
        raise CommandError(_("Title: a session needs a title, for example “Kick-off”."))
    with open_program(args.file) as program:
        source = store.get_session(program, args.session)
        on = on or week_after_last(program, source.cycle_id)
        new_id = store.duplicate_session(program, args.session, on=on, title=args.title)
        warnings = store.session_warnings(program, store.get_session(program, new_id))
    print(new_id)  # alone on standard output, as `session add` prints it
    for warning in warnings:
        print(_("Warning: {text}").format(text=warning), file=sys.stderr)
    return 0


def cmd_session_postpone(args) -> int:
    from peerdesk.store import sessions as store
    from peerdesk.store.session_dates import postpone

    with open_program(args.file) as program:
        old = postpone(program, args.session, days=7 * args.weeks)
        now = {stored_id(s.id): s for s in store.list_sessions(program) if s.id in old}
        warnings = dict.fromkeys(w for s in now.values() for w in store.session_warnings(program, s))
    for key, was in old.items():  # read back from the file: what is stored, not what was asked
        moved = now[key]
        print(_("“{title}” (id {id}): {old} -> {new}").format(
            title=moved.title, id=key, old=was.isoformat(),
            new=moved.date.isoformat() if moved.date else ""))
    for warning in warnings:
        print(_("Warning: {text}").format(text=warning), file=sys.stderr)
    return 0


def cmd_attendance(args) -> int:
    from peerdesk.core.attendance import tally
    from peerdesk.store import attendance as attendance_store
    from peerdesk.store import sessions as store

    if not (args.present or args.absent or args.excused):
        raise CommandError(_("Give at least one of --present, --absent or --excused with "
                             "e-mails."))
    with open_program(args.file) as program:
        session = store.get_session(program, args.session)
        from peerdesk.store.import_checks import future_session

        session_id = stored_id(session.id)
        ahead = future_session(program, session_id)
        if ahead and not args.yes:
            raise CommandError(ahead + " " + _("Nothing marked; run again with --yes to mark it "
                                               "now."))
        marks = attendance_store.marks_by_email(program, args.present, args.absent, args.excused)
        notice = attendance_store.set_attendance(program, session_id, marks)
        now = attendance_store.attendance(program, session_id)
        waiting = len(store.invited_ids(program, session_id) - set(now))
    counts = tally(now.values())
    when = f" ({session.date.isoformat()})" if session.date else ""  # a session not dated yet
    print(f"{session.title}{when}: " + _(
        "{present} present, {absent} absent, {excused} excused; rate {rate}").format(
            present=counts.present, absent=counts.absent, excused=counts.excused,
            rate=counts.percent())
          + ("; " + _("{n} invited not marked yet.").format(n=waiting) if waiting else "."))
    if notice:
        print(notice)
    return 0


def _session_json(program, session, names: dict[int, tuple[str, str]]) -> dict:
    from peerdesk.core.attendance import tally
    from peerdesk.store import attendance as attendance_store
    from peerdesk.store import sessions as store
    from peerdesk.store.feedback_gate import waiting_in

    timed = store.timing(session)
    marks = attendance_store.attendance(program, session.id)
    counts = tally(marks.values())
    facilitator = store.facilitator_of(program, session)
    return {
        "id": session.id, "title": session.title, "topic": session.topic,
        "date": session.date.isoformat() if session.date else None,
        "start_time": session.start_time, "minutes": session.minutes,
        "timezone": session.timezone, "location": session.location,
        "facilitator": facilitator.name if facilitator else None,
        "invite_mode": session.invite_mode, "ics_uid": session.ics_uid,
        "ics_sequence": session.ics_sequence,
        "agenda": [{"title": r.item.title, "minutes": r.item.minutes, "lead": r.item.lead,
                    "notes": r.item.notes, "start": f"{r.start:%H:%M}", "end": f"{r.end:%H:%M}",
                    "elapsed": r.elapsed, "overruns": r.overruns} for r in timed.items],
        "agenda_minutes": timed.total_minutes, "overrun_minutes": timed.overrun_minutes,
        "attendance": {"present": counts.present, "absent": counts.absent,
                       "excused": counts.excused, "rate": counts.rate,
                       "marks": [{"participant_id": pid, "name": names.get(pid, ("?", ""))[0],
                                  "email": names.get(pid, ("", ""))[1], "status": status}
                                 for pid, status in sorted(marks.items(),
                                                           key=lambda kv: names.get(kv[0], ("",))[0])]},
        "feedback_waiting": bool(waiting_in(program, session.id)),
    }


def _collect(program, cycle_name: str | None) -> list[dict]:
    from peerdesk.store import attendance as attendance_store
    from peerdesk.store import sessions as store
    from peerdesk.store.cycles import list_cycles, require_cycle
    from peerdesk.store.participants import list_participants

    cycles = [require_cycle(program, cycle_name)] if cycle_name else list_cycles(program)
    names = {stored_id(p.id): (p.name, p.email) for p in list_participants(program)}
    out = []
    for cycle in cycles:
        cycle_id = stored_id(cycle.id)
        report = attendance_store.cycle_attendance(program, cycle_id)
        out.append({
            "id": cycle.id, "name": cycle.name,
            "start_date": cycle.start_date.isoformat() if cycle.start_date else None,
            "end_date": cycle.end_date.isoformat() if cycle.end_date else None,
            "attendance_rate": report.cycle.rate,
            "follow_ups": [{"participant_id": f.participant_id,
                            "name": names.get(f.participant_id, ("?", ""))[0],
                            "missed_session_ids": list(f.session_ids)} for f in report.follow_ups],
            "sessions": [_session_json(program, s, names)
                         for s in store.list_sessions(program, cycle_id)],
        })
    return out


def _pct(rate: float | None) -> str:
    return "–" if rate is None else f"{round(rate * 100)} %"


def cmd_sessions(args) -> int:
    with open_program(args.file, read_only=True) as program:
        cycles = _collect(program, args.cycle)
    if args.json:
        print(json.dumps({"cycles": cycles}, ensure_ascii=False, indent=2))
        return 0
    if not cycles:
        print(_("No cycles yet. Add one with: peerdesk cycle add FILE NAME --start DATE --end "
                "DATE"))
    for c in cycles:
        print(f"{c['name']}  " + _("({start} to {end})").format(
            start=c["start_date"] or "?", end=c["end_date"] or "?") + "  "
              + _("attendance {rate}").format(rate=_pct(c["attendance_rate"])))
        if not c["sessions"]:
            print("    " + _("no sessions yet"))
        for s in c["sessions"]:
            a = s["attendance"]
            taken = _("{present} present, {absent} absent, {excused} excused ({rate})").format(
                present=a["present"], absent=a["absent"], excused=a["excused"],
                rate=_pct(a["rate"])) if a["marks"] else _("attendance not taken")
            length = _("{n} min").format(n=s["minutes"])
            print(f"  #{s['id']:<4} {s['date']} {s['start_time']} {length} "
                  f"{s['timezone']}  {s['title']}" + (f"  @ {s['location']}" if s["location"] else ""))
            for item in s["agenda"]:
                flag = "  " + _("(over time)") if item["overruns"] else ""
                length = _("{n} min").format(n=item["minutes"])
                print(f"          {item['start']}  {item['title']} ({length}){flag}")
            if s["overrun_minutes"]:
                print("          " + _("Warning: the agenda runs {n} min over.").format(
                    n=s["overrun_minutes"]))
            print(f"        {taken}")
            if s["feedback_waiting"]:
                print("        " + _("Its feedback forms wait to join the figures: they join "
                                     "with the next forms typed or imported, when comparing "
                                     "the figures can no longer give them away."))
        for f in c["follow_ups"]:
            print("  " + _("Follow up: {name} missed {n} sessions in a row").format(
                name=f["name"], n=len(f["missed_session_ids"])))
    return 0


def cmd_export_calendar(args) -> int:
    from peerdesk.io.calendar import export_calendar, write_bytes
    from peerdesk.store import sessions as store
    from peerdesk.store.cycles import require_cycle

    if not args.cycle and args.session is None:
        raise CommandError(_("Say what to export: --cycle NAME, and --session ID for one "
                             "session."))
    out = output_file(args.output, "sessions.ics")
    with open_program(args.file) as program:
        if args.cycle:
            cycle_id = stored_id(require_cycle(program, args.cycle).id)
        else:
            cycle_id = store.get_session(program, args.session).cycle_id
        result = export_calendar(program, cycle_id, args.session)
    try:
        write_bytes(out, result.data)
    except OSError as exc:
        raise CommandError(_("Cannot write {path}: {reason}.").format(
            path=args.output, reason=exc.strerror)) from None
    print(result.summary(args.output))
    return 0
