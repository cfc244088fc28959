"""``peerdesk backups FILE`` and ``peerdesk restore FILE BACKUP``: the window's
Restore from Backup, on the command line, with the same lock rules as every write."""

from __future__ import annotations

from pathlib import Path

from peerdesk.cli import open_program
from peerdesk.i18n import _


def register(sub) -> None:
    p = sub.add_parser("backups", help=_("list a program's automatic backups, newest first"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--folder", metavar="DIR", help=_("the backup folder (default: PeerDesk's)"))
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("restore", help=_("put a program back as it was at a backup "
                       "(a backup of the current state is made first)"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("backup", metavar="BACKUP",
                   help=_("the backup's number from “peerdesk backups” (1 = newest), its time, "
                   "or a backup file"))
    p.add_argument("--folder", metavar="DIR", help=_("the backup folder (default: PeerDesk's)"))
    p.set_defaults(func=cmd_restore)


def _folder(args) -> Path:
    from peerdesk.store.backup import default_folder

    return Path(args.folder) if args.folder else default_folder()


def cmd_backups(args) -> int:
    from peerdesk.store.backup import list_backups

    folder = _folder(args)
    with open_program(args.file, read_only=True) as program:
        backups = list_backups(program, folder)
        if not backups:
            print(_("{program} has no backups yet (in {folder}). PeerDesk makes one each time "
                    "the window opens the program, and once a day while it stays open.").format(
                      program=program.name, folder=folder))
            return 0
        print(_("Backups of {program}, newest first:").format(program=program.name))
        for n, b in enumerate(backups, start=1):
            size = b.path.stat().st_size
            print(f"{n:>3}  {b.label}  " + _("{size} KB").format(size=f"{size / 1024:,.0f}")
                  + f"  {b.path}")
    return 0


def cmd_restore(args) -> int:
    from peerdesk.store.backup import check_backup, find_backup, make_backup, restore_backup

    folder = _folder(args)
    with open_program(args.file) as program:
        chosen = find_backup(program, folder, args.backup)
        check_backup(program, chosen)  # before the safety copy: a refused one changes nothing
        kept = make_backup(program, folder)  # the state before restoring stays at hand
        restore_backup(program, chosen)
    print(_("Restored {file} from {backup}. The state before is kept as backup number 1 "
            "({kept}).").format(file=Path(args.file).name, backup=chosen.name, kept=kept.name))
    return 0
