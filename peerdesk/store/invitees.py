"""Who is invited to a session: everyone in the cycle, chosen pairs, or chosen people.

Choosing them (:func:`peerdesk.store.sessions.set_invitees`) validates and raises the
session's calendar sequence; this module stores and reads the choice.
"""

from __future__ import annotations

from collections.abc import Iterable

from peerdesk.core.models import Participant
from peerdesk.store.participants import list_participants
from peerdesk.store.program import Program


def _write_invitees(program: Program, session_id: int, mode: str,
                    participant_ids: Iterable[int], pairing_ids: Iterable[int]) -> None:
    db = program.db
    db.execute("DELETE FROM session_invitees WHERE session_id = ?", [session_id])
    db.execute("DELETE FROM session_invited_pairs WHERE session_id = ?", [session_id])
    if mode == "people":
        db.table("session_invitees").insert_all(
            {"session_id": session_id, "participant_id": p} for p in dict.fromkeys(participant_ids))
    elif mode == "pairs":
        db.table("session_invited_pairs").insert_all(
            {"session_id": session_id, "pairing_id": p} for p in dict.fromkeys(pairing_ids))


def invitation(program: Program, session_id: int) -> tuple[str, list[int], list[int]]:
    """(mode, chosen participant ids, chosen pairing ids), as stored."""
    mode = program.db.execute("SELECT invite_mode FROM sessions WHERE id = ?",
                              [session_id]).fetchone()[0]
    people = [r[0] for r in program.db.execute(
        "SELECT participant_id FROM session_invitees WHERE session_id = ? ORDER BY 1", [session_id])]
    pairs = [r[0] for r in program.db.execute(
        "SELECT pairing_id FROM session_invited_pairs WHERE session_id = ? ORDER BY 1", [session_id])]
    return mode, people, pairs


def cycle_pairs(program: Program, cycle_id: int) -> list[tuple[int, list[int]]]:
    """(pairing id, member ids) of a cycle, for choosing pairs to invite."""
    pairs: dict[int, list[int]] = {}
    for pairing_id, person in program.db.execute(
            "SELECT p.id, m.participant_id FROM pairings p JOIN pairing_members m "
            "ON m.pairing_id = p.id WHERE p.cycle_id = ? ORDER BY p.id, m.participant_id",
            [cycle_id]):
        pairs.setdefault(pairing_id, []).append(person)
    return list(pairs.items())


def invited_ids(program: Program, session_id: int) -> set[int]:
    """Who is expected: per the invite mode, plus anyone already marked (walk-ins included).

    "Everyone in the cycle" means the members of the cycle's pairs; before pairs exist
    (the kick-off) it means every active, opted-in participant.
    """
    db = program.db
    mode, people, _pairs = invitation(program, session_id)
    if mode == "cycle":
        cycle_id = db.execute("SELECT cycle_id FROM sessions WHERE id = ?", [session_id]).fetchone()[0]
        ids = {r[0] for r in db.execute(
            "SELECT m.participant_id FROM pairing_members m JOIN pairings p ON p.id = m.pairing_id "
            "WHERE p.cycle_id = ?", [cycle_id])}
        if not ids:
            ids = {r[0] for r in db.execute("SELECT id FROM participants WHERE archived_on IS NULL "
                                            "AND opted_in = 1")}
    elif mode == "pairs":
        ids = {r[0] for r in db.execute(
            "SELECT m.participant_id FROM pairing_members m JOIN session_invited_pairs s "
            "ON s.pairing_id = m.pairing_id WHERE s.session_id = ?", [session_id])}
    else:
        ids = set(people)
    # Read here rather than through peerdesk.store.attendance, which builds on this module.
    marked = {r[0] for r in db.execute("SELECT participant_id FROM attendance WHERE session_id = ?",
                                       [session_id])}
    return ids | marked


def invitees(program: Program, session_id: int) -> list[Participant]:
    """The invited people, by name (the sign-in sheet's and the invite's list), in the
    printed documents' order (:func:`peerdesk.core.collation.name_key`)."""
    from peerdesk.core.collation import sort_by_name

    ids = invited_ids(program, session_id)
    return sort_by_name((p for p in list_participants(program) if p.id in ids), lambda p: p.name)


def cycle_of(program: Program, session_id: int) -> int | None:
    """The cycle a session belongs to; None when there is no such session."""
    row = program.db.execute("SELECT cycle_id FROM sessions WHERE id = ?",
                             [session_id]).fetchone()
    return int(row[0]) if row else None
