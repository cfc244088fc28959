"""``peerdesk pair FILE --cycle NAME``: pair a cycle from the command line.

The run keeps the cycle's pinned pairs, saves the rest as drafts (or publishes them
with ``--publish``) and prints the pairs with their scores and reasons, the people
left unpaired with the reason, the total and the proven upper bound.
"""

from __future__ import annotations

import json
import sys

from peerdesk.cli import CommandError, bounded_int, find_participant, open_program
from peerdesk.core.models import stored_id
from peerdesk.core.reasons import render
from peerdesk.i18n import _, ngettext


def register(sub) -> None:
    p = sub.add_parser("pair", help=_("pair the participants of a cycle (buddies first)"),
                       description=_("Pair a cycle: every new recruit gets a seasoned buddy "
                                     "where the rules allow, everyone else is paired for the "
                                     "best total score. Pinned pairs are kept; the result is "
                                     "saved as drafts."))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--cycle", required=True, metavar="NAME", help=_("the cycle, by name"))
    p.add_argument("--capacity", type=bounded_int(-1000, 50), metavar="N",
                   help=_("recruits a buddy may take (default: the program setting; a "
                          "person's own capacity still wins)"))
    p.add_argument("--publish", action="store_true",
                   help=_("publish the pairs (they then count for the no-repeat rule)"))
    p.add_argument("--json", action="store_true", help=_("print one JSON object"))
    p.set_defaults(func=cmd_pair)

    p = sub.add_parser("why", help=_("why two people were not paired in a cycle"),
                       description=_("Why A and B are not a pair this cycle: the rule that "
                                     "keeps them apart, or what pairing them would do to the "
                                     "others' pairs and to the total score."))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--cycle", required=True, metavar="NAME", help=_("the cycle, by name"))
    p.add_argument("first", metavar="A", help=_("email, id or full name"))
    p.add_argument("second", metavar="B", help=_("email, id or full name"))
    p.set_defaults(func=cmd_why)

    p = sub.add_parser("exclusion", help=_("never pair two people (list, add, remove)"))
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    a = actions.add_parser("list", help=_("list who must never be paired"))
    a.add_argument("file", metavar="FILE")
    a.set_defaults(func=cmd_exclusion_list)
    for name, text in (("add", _("never pair these two")),
                       ("remove", _("allow these two again"))):
        a = actions.add_parser(name, help=text)
        a.add_argument("file", metavar="FILE")
        a.add_argument("first", help=_("email or id"))
        a.add_argument("second", help=_("email or id"))
        if name == "add":
            a.add_argument("--reason", default="", help=_("why (only the facilitator sees it)"))
        a.set_defaults(func=cmd_exclusion_add if name == "add" else cmd_exclusion_remove)


def cmd_pair(args) -> int:
    from peerdesk.store import pairings as store
    from peerdesk.store.cycles import require_cycle

    if args.capacity is not None and args.capacity < 0:
        raise CommandError(_("--capacity cannot be negative."))
    with open_program(args.file) as program:
        cycle = require_cycle(program, args.cycle)
        cycle_id = stored_id(cycle.id)
        result = store.run(program, cycle_id, capacity=args.capacity)
        store.save_run(program, cycle_id, result)
        if args.publish:
            store.publish(program, cycle_id)
        ctx = store.context(program, cycle_id, args.capacity)
        saved = store.list_pairings(program, cycle_id)
        roles = store.roles(program, cycle_id)
        data = _as_json(cycle, saved, roles, store.unpaired(program, cycle_id, ctx), ctx, result,
                        args.publish)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print(data)
    return 0


def _who(program, text: str):
    """A participant by id, email or full name (case and accents as typed, spaces ignored)."""
    try:
        return find_participant(program, text)
    except CommandError:
        from peerdesk.store.participants import list_participants

        wanted = " ".join(text.split()).casefold()
        found = [p for p in list_participants(program)
                 if " ".join(p.name.split()).casefold() == wanted]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise CommandError(_("{n} participants are called “{name}”: give an email or id "
                                 "instead.").format(n=len(found), name=text)) from None
        raise CommandError(_("No participant with the email, id or name “{who}”.").format(
            who=text)) from None


def cmd_why(args) -> int:
    from peerdesk.store import pairings as store
    from peerdesk.store.cycles import require_cycle

    with open_program(args.file, read_only=True) as program:
        cycle = require_cycle(program, args.cycle)
        a, b = _who(program, args.first), _who(program, args.second)
        if not store.list_pairings(program, stored_id(cycle.id)):
            raise CommandError(_("{cycle} has no pairs yet: generate them first (peerdesk pair "
                                 "FILE --cycle \"{cycle}\").").format(cycle=cycle.name))
        lines = store.why_not_paired(program, stored_id(cycle.id), stored_id(a.id),
                                     stored_id(b.id))
    for line in lines:
        print(line)
    return 0


def cmd_exclusion_list(args) -> int:
    from peerdesk.store import pairings as store
    from peerdesk.store.participants import list_participants

    with open_program(args.file, read_only=True) as program:
        names = {p.id: p.name for p in list_participants(program)}
        found = store.exclusions(program)
    if not found:
        print(_("Nobody is excluded: anyone may be paired with anyone the other rules allow."))
    for pair, why in sorted(found.items(), key=lambda item: sorted(item[0])):
        a, b = sorted(pair)
        print(f"{names.get(a, a)} & {names.get(b, b)}" + (f": {why}" if why else ""))
    return 0


def cmd_exclusion_add(args) -> int:
    from peerdesk.store import pairings as store

    with open_program(args.file) as program:
        a, b = find_participant(program, args.first), find_participant(program, args.second)
        store.add_exclusion(program, a.id, b.id, args.reason)
    print(_("{a} and {b} will never be paired.").format(a=a.name, b=b.name))
    return 0


def cmd_exclusion_remove(args) -> int:
    from peerdesk.store import pairings as store

    with open_program(args.file) as program:
        a, b = find_participant(program, args.first), find_participant(program, args.second)
        if frozenset((a.id, b.id)) not in store.exclusions(program):
            raise CommandError(_("{a} and {b} were not excluded.").format(a=a.name, b=b.name))
        store.remove_exclusion(program, a.id, b.id)
    print(_("{a} and {b} may be paired again.").format(a=a.name, b=b.name))
    return 0


def _person(ctx, pid: int, **extra) -> dict:
    p = ctx.people.get(pid)
    return {"id": pid, "name": p.name if p else f"#{pid}", "email": p.email if p else "", **extra}


def _as_json(cycle, saved, roles, unpaired, ctx, result, published: bool) -> dict:
    return {
        "cycle": {"id": cycle.id, "name": cycle.name},
        "pairs": [{"id": p.id, "kind": p.kind, "pinned": p.pinned,
                   "members": [_person(ctx, m, role=roles.get(p.id, {}).get(m, "peer"))
                               for m in p.member_ids],
                   "score": round(p.score, 2), "reasons": p.reasons} for p in saved],
        "unpaired": [_person(ctx, u.id, reason=u.reason) for u in unpaired],
        "total": round(sum(p.score for p in saved), 2),
        "bound": result.bound_points,
        "exact": result.exact,
        "gap": None if result.bound is None else round(result.bound_points - result.total_points, 2),
        "not_proven": result.unproven or None,
        "proof": _proof_words(result),
        "published": published,
        "notes": result.notes,
    }


def _print(data: dict) -> None:
    pairs = data["pairs"]
    print(f"{data['cycle']['name']}: " + ngettext(
        "{n} pair or trio, total score {score} ({proof})",
        "{n} pairs and trios, total score {score} ({proof})", len(pairs)).format(
            n=len(pairs), score=f"{data['total']:g}", proof=data["proof"]))
    roles = {"buddy": _("buddy"), "recruit": _("new recruit")}
    for number, p in enumerate(pairs, start=1):
        names = " + ".join(
            m["name"] + ("" if m["role"] == "peer" else f" ({roles.get(m['role'], m['role'])})")
            for m in p["members"])
        pin = "  [" + _("pinned") + "]" if p["pinned"] else ""
        print(f"{number:>3}. {names}  " + _("score {score}").format(score=f"{p['score']:g}")
              + pin)
        for reason in p["reasons"]:
            print(f"       {render(reason)}")
    if data["unpaired"]:
        print(_("Not paired:"))
        for u in data["unpaired"]:
            print(f"  {u['name']}: {u['reason']}")
    for note in data["notes"]:
        print(note)
    if data["published"]:
        print(_("Published: these pairs now count for the no-repeat rule."))
    else:
        print(_("Saved as drafts. Publish them with --publish, or in the Pairings tab."))


def _proof_words(result) -> str:
    from peerdesk.core.pairing import proof_words  # numpy: only for the commands that pair

    return proof_words(result)
