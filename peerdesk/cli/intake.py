"""``peerdesk skills …``, ``peerdesk intake form`` and ``peerdesk import intake``.

The skills commands list the vocabulary with how often each skill is used, propose merges
of names that look like one skill, and merge or rename. The intake commands write the
form to hand out (questions for Google/Microsoft Forms, a PDF, an .xlsx template) and
bring the answers back.
"""

from __future__ import annotations

import json

from peerdesk.cli import CommandError, open_program


def register(sub) -> None:
    p = sub.add_parser("skills", help="the skills vocabulary: list, suggest merges, merge, rename")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("list", help="every skill with how many can teach / want to learn it")
    a.add_argument("file", metavar="FILE")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_skills_list)
    a = actions.add_parser("suggest", help="names that look like one skill (typos, wordings)")
    a.add_argument("file", metavar="FILE")
    a.set_defaults(func=cmd_skills_suggest)
    a = actions.add_parser("merge", help="make several skills one (every use moves)")
    a.add_argument("file", metavar="FILE")
    a.add_argument("names", nargs="+", metavar="NAME")
    a.add_argument("--into", required=True, metavar="NAME",
                   help="the name to keep (one of NAME, or a new one)")
    a.set_defaults(func=cmd_skills_merge)
    a = actions.add_parser("rename", help="rename a skill (onto an existing name: a merge)")
    a.add_argument("file", metavar="FILE")
    a.add_argument("old", metavar="OLD")
    a.add_argument("new", metavar="NEW")
    a.set_defaults(func=cmd_skills_rename)



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
        print("No skills yet: they come with the participants (--teach/--learn) or from "
              "`peerdesk import intake`.")
        return 0
    width = max(len(u.name) for u in uses)
    print(f"{'Skill':<{width}}  Teach  Learn")
    for u in uses:
        print(f"{u.name:<{width}}  {u.teach:>5}  {u.learn:>5}")
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
        print("No skills look alike.")
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
            raise CommandError("No skill named " + ", ".join(f"“{n}”" for n in missing)
                               + ": see `peerdesk skills list FILE`.")
        try:
            merge_skills(program, args.names, args.into)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
    print(f"Merged {', '.join(args.names)} into {args.into}.")
    return 0


def cmd_skills_rename(args) -> int:
    from peerdesk.store.skills import rename_skill

    with open_program(args.file) as program:
        try:
            rename_skill(program, args.old, args.new)
        except (KeyError, ValueError) as exc:
            raise CommandError(str(exc).strip("'\"")) from None
    print(f"Renamed {args.old} to {args.new}.")
    return 0
