"""A cycle's groups as rows of ``pairings`` and ``pairing_members``: read, count, insert.

The other pairing modules build on these: :mod:`peerdesk.store.pairings` (runs, pins,
publishing, undo) and :mod:`peerdesk.store.pairing_changes` (changes by hand).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from peerdesk.core.models import Pairing
from peerdesk.core.reasons import from_data, to_data
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import _
from peerdesk.store.cycles import get_cycle
from peerdesk.store.program import Program, row_id


def list_pairings(program: Program, cycle_id: int) -> list[Pairing]:
    """A cycle's pairs and trios; in a buddy group the buddy comes first."""
    members: dict[int, list[tuple[int, str]]] = {}
    for pairing_id, person, role in program.db.execute(
            "SELECT m.pairing_id, m.participant_id, m.role FROM pairing_members m "
            "JOIN pairings p ON p.id = m.pairing_id WHERE p.cycle_id = ?", [cycle_id]):
        members.setdefault(pairing_id, []).append((person, role))
    rank = {"buddy": 0, "recruit": 1, "peer": 2}
    out = []
    for r in program.db.query("SELECT * FROM pairings WHERE cycle_id = ? ORDER BY id", [cycle_id]):
        ordered = sorted(members.get(r["id"], []), key=lambda m: (rank.get(m[1], 3), m[0]))
        out.append(Pairing(cycle_id=cycle_id, member_ids=[m for m, _ in ordered], id=r["id"],
                           score=float(r["score"]), reasons=_reasons(r["reasons"]),
                           kind=r["kind"], pinned=bool(r["pinned"]),
                           published=bool(r["published"])))
    return out


REASONS_VERSION = 2


def stored_reasons(reasons: Sequence[str]) -> str:
    """The "why" lines as the file keeps them: ``{"v": 2, "reasons": [...]}``, each a code
    with its values (worded when shown, in the language then in force) or plain text."""
    return json.dumps({"v": REASONS_VERSION, "reasons": [to_data(r) for r in reasons]},
                      ensure_ascii=False)


def _reasons(stored: str | None) -> list[str]:
    """The "why" lines kept with a group. Version 2 gives back :class:`Reason` objects;
    what an older PeerDesk wrote (a JSON list of English lines, or bare text) stays text."""
    try:
        found = json.loads(stored or "[]")
    except ValueError:
        return [str(stored)]
    if isinstance(found, dict) and found.get("v") == REASONS_VERSION:
        return [from_data(x) for x in found.get("reasons") or []]
    return [str(x) for x in found] if isinstance(found, list) else [str(found)]


def roles(program: Program, cycle_id: int) -> dict[int, dict[int, str]]:
    """pairing id -> {participant id: buddy | recruit | peer}."""
    out: dict[int, dict[int, str]] = {}
    for pairing_id, person, role in program.db.execute(
            "SELECT m.pairing_id, m.participant_id, m.role FROM pairing_members m "
            "JOIN pairings p ON p.id = m.pairing_id WHERE p.cycle_id = ?", [cycle_id]):
        out.setdefault(pairing_id, {})[person] = role
    return out


def is_published(program: Program, cycle_id: int) -> bool:
    return program.db.execute("SELECT 1 FROM pairings WHERE cycle_id = ? AND published = 1 "
                              "LIMIT 1", [cycle_id]).fetchone() is not None


def total(program: Program, cycle_id: int) -> float:
    row = program.db.execute("SELECT coalesce(sum(score), 0) FROM pairings WHERE cycle_id = ?",
                             [cycle_id]).fetchone()
    return round(float(row[0]), 2)


def refuse_if_published(program: Program, cycle_id: int) -> None:
    if is_published(program, cycle_id):
        name = get_cycle(program, cycle_id).name
        raise ValidationError([Problem("cycle", _("The pairs of “{cycle}” are already "
                                                  "published. Unpublish them first to generate "
                                                  "new ones.").format(cycle=name))])


def insert_group(program: Program, cycle_id: int, members: Sequence[int], kind: str,
            member_roles: dict[int, str], score: int, reasons: list[str], pinned: bool,
            published: bool = False, pairing_id: int | None = None) -> int:
    row: dict[str, object] = {"cycle_id": cycle_id, "kind": kind, "score": score / 100,
           "reasons": stored_reasons(reasons), "pinned": int(pinned),
           "published": int(published),
           "published_on": date.today().isoformat() if published else None}
    if pairing_id is not None:
        row["id"] = pairing_id
    new_id = row_id(program.db.table("pairings").insert(row).last_pk)
    program.db.table("pairing_members").insert_all(
        {"pairing_id": new_id, "participant_id": m, "role": member_roles.get(m, "peer")}
        for m in members)
    return new_id
