"""Participants and facilitators from the command line."""

from __future__ import annotations

import json
import sys
from datetime import date

from peerdesk.cli import CommandError, find_participant, open_program, record_id
from peerdesk.i18n import _, ngettext


def register(sub) -> None:
    p = sub.add_parser("participants", help=_("list participants"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--archived", action="store_true", help=_("include archived people"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("participant", help=_("add, edit or archive a participant"))
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    for name in ("add", "edit"):
        a = actions.add_parser(name, help=_("add a participant") if name == "add"
                               else _("edit a participant"))
        a.add_argument("file", metavar="FILE")
        if name == "edit":
            a.add_argument("who", help=_("email or id of the person"))
        a.add_argument("--name", required=name == "add")
        a.add_argument("--email")
        a.add_argument("--department")
        a.add_argument("--title", dest="job_title")
        a.add_argument("--location")
        a.add_argument("--hire-date", help=_("YYYY-MM-DD"))
        a.add_argument("--manager", help=_("the manager's email (a participant) or name "
                                           "(outside)"))
        a.add_argument("--teach", action="append", default=[], metavar="SKILL[:LEVEL]")
        a.add_argument("--learn", action="append", default=[], metavar="SKILL[:LEVEL]")
        a.add_argument("--opted-out", action="store_true")
        a.set_defaults(func=cmd_add if name == "add" else cmd_edit)
    a = actions.add_parser("archive", help=_("archive someone (history is kept)"))
    a.add_argument("file", metavar="FILE")
    a.add_argument("who")
    a.add_argument("--reason", default="")
    a.add_argument("--left", action="store_true", help=_("they left the company"))
    a.set_defaults(func=cmd_archive)

    p = sub.add_parser("facilitator", help=_("appoint, list or remove facilitators"))
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    a = actions.add_parser("add", help=_("appoint a facilitator (a participant's email, or "
                                         "--name)"))
    a.add_argument("file", metavar="FILE")
    a.add_argument("who", nargs="?", help=_("email or id of a participant"))
    a.add_argument("--name", default="", help=_("an outside facilitator's name"))
    a.add_argument("--email", default="", help=_("an outside facilitator's email"))
    a.set_defaults(func=cmd_fac_add)
    a = actions.add_parser("list", help=_("list facilitators and the neutrality check"))
    a.add_argument("file", metavar="FILE")
    a.set_defaults(func=cmd_fac_list)
    a = actions.add_parser("remove", help=_("remove a facilitator by id"))
    a.add_argument("file", metavar="FILE")
    a.add_argument("id", type=record_id)
    a.set_defaults(func=cmd_fac_remove)


def _date(text: str | None, field: str) -> date | None:
    from peerdesk.core.agenda import parse_iso_date

    if not text:
        return None
    return parse_iso_date(text, field.lstrip("-").replace("-", "_"), field)


def _skills(items: list[str], direction: str):
    from peerdesk.core.models import SkillLevel

    out = []
    for item in items:
        name, colon, level = item.rpartition(":") if ":" in item else (item, "", "")
        level = level.strip()
        if colon and level not in ("1", "2", "3"):
            raise CommandError(_("Skill level “{level}” in “{item}” must be 1, 2 or 3.").format(
                level=level, item=item))
        if not name.strip():
            raise CommandError(_("“{item}” names no skill; write it as SKILL or SKILL:LEVEL, "
                                 "for example Python:3.").format(item=item))
        out.append(SkillLevel(name.strip(), direction, int(level or 2)))
    return out


def _apply(program, person, args) -> None:
    from peerdesk.store.participants import find_by_email

    for field in ("name", "email", "department", "job_title", "location"):
        value = getattr(args, field)
        if value is not None:
            setattr(person, field, value)
    if args.hire_date is not None:
        person.hire_date = _date(args.hire_date, "--hire-date")
    if args.manager:
        manager = find_by_email(program, args.manager) if "@" in args.manager else None
        if manager is not None:
            person.manager_id, person.manager_name, person.manager_email = manager.id, "", ""
        elif "@" in args.manager:
            person.manager_id, person.manager_name, person.manager_email = None, "", args.manager
        else:
            person.manager_id, person.manager_name = None, args.manager
    if args.teach or args.learn:
        keep = [s for s in person.skills if (s.direction == "teach" and not args.teach)
                or (s.direction == "learn" and not args.learn)]
        person.skills = keep + _skills(args.teach, "teach") + _skills(args.learn, "learn")
    if args.opted_out:
        person.opted_in = False


def _tell_cleaned(person) -> None:
    """Say which invisible characters will be removed (the store removes them anyway)."""
    from peerdesk.core.validation import clean_participant

    for notice in clean_participant(person)[1]:
        print(f"peerdesk: {notice}", file=sys.stderr)


def cmd_add(args) -> int:
    from peerdesk.core.models import Participant
    from peerdesk.store.participants import add_participant

    with open_program(args.file) as program:
        person = Participant(name="")
        _apply(program, person, args)
        _tell_cleaned(person)
        new_id = add_participant(program, person)
    print(new_id)
    return 0


def cmd_edit(args) -> int:
    from peerdesk.store.participants import update_participant

    with open_program(args.file) as program:
        person = find_participant(program, args.who)
        _apply(program, person, args)
        _tell_cleaned(person)
        update_participant(program, person)
    return 0


def cmd_archive(args) -> int:
    from peerdesk.store.participants import archive_participant

    with open_program(args.file) as program:
        person = find_participant(program, args.who)
        archive_participant(program, person.id, args.reason, left_company=args.left)
    print(_("Archived {name}").format(name=person.name))
    return 0


def cmd_list(args) -> int:
    from peerdesk.core.tenure import tenure_band
    from peerdesk.store.participants import list_participants

    with open_program(args.file, read_only=True) as program:
        people = list_participants(program, include_archived=args.archived)
        new, seasoned = program.settings().thresholds
    rows = [{"id": p.id, "name": p.name, "email": p.email, "department": p.department,
             "job_title": p.job_title, "location": p.location,
             "hire_date": p.hire_date.isoformat() if p.hire_date else None,
             "tenure": tenure_band(p.hire_date, new_months=new, seasoned_months=seasoned),
             "manager_id": p.manager_id, "opted_in": p.opted_in,
             "archived_on": p.archived_on.isoformat() if p.archived_on else None,
             "teaches": p.teaches(), "learns": p.learns()} for p in people]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        flag = " (" + _("archived") + ")" if r["archived_on"] else ""
        print(f"{r['id']:>5}  {r['name']}{flag}  <{r['email']}>  {r['department']}  {r['tenure']}")
    print(ngettext("{n} person", "{n} people", len(rows)).format(n=len(rows)))
    return 0


def cmd_fac_add(args) -> int:
    from peerdesk.core.models import Facilitator
    from peerdesk.store.participants import appoint_facilitator, neutrality

    with open_program(args.file) as program:
        if args.who:
            person = find_participant(program, args.who)
            appoint_facilitator(program, Facilitator(participant_id=person.id))
        else:
            appoint_facilitator(program, Facilitator(name=args.name, email=args.email))
        warnings = neutrality(program)
    for w in warnings:
        print(_("Warning: {text}").format(text=w.message()))
    return 0


def cmd_fac_list(args) -> int:
    from peerdesk.store.participants import list_facilitators, neutrality

    with open_program(args.file, read_only=True) as program:
        facilitators = list_facilitators(program)
        warnings = neutrality(program)
    for f in facilitators:
        kind = _("participant") if f.participant_id else _("outside")
        print(f"{f.id:>4}  {f.name}  <{f.email}>  ({kind})")
    if not facilitators:
        print(_("No facilitator appointed yet."))
    for w in warnings:
        print(_("Warning: {text}").format(text=w.message()))
    return 0


def cmd_fac_remove(args) -> int:
    from peerdesk.store.participants import list_facilitators, remove_facilitator

    with open_program(args.file) as program:
        known = {f.id: f for f in list_facilitators(program)}
        if args.id not in known:
            raise CommandError(_("There is no facilitator with id {id}; `peerdesk facilitator "
                                 "list FILE` shows their ids.").format(id=args.id))
        remove_facilitator(program, args.id)
    print(_("Removed {name} as facilitator.").format(
        name=known[args.id].name or _("the facilitator")))
    return 0
