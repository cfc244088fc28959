"""The code of conduct: its versions and who has signed which.

Versions are never edited in place: changing the text saves a new version, so an
acknowledgement always points at the exact words that person signed. "Who has not
signed" is asked of the current version.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from peerdesk.core.models import ConductVersion, Participant
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import _
from peerdesk.store.participants import list_participants
from peerdesk.store.program import Program, row_id


def _from_row(r: dict[str, Any]) -> ConductVersion:
    return ConductVersion(id=r["id"], version=r["version"], text=r["text"],
                          created_on=date.fromisoformat(r["created_on"]) if r["created_on"] else None)


def _normal(text: str) -> str:
    """Text as compared and stored: line ends unified, trailing spaces and blank tail gone."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def list_versions(program: Program) -> list[ConductVersion]:
    """Oldest first."""
    return [_from_row(r) for r in program.db.query("SELECT * FROM conduct_versions ORDER BY version")]


def current_version(program: Program) -> ConductVersion | None:
    rows = list(program.db.query("SELECT * FROM conduct_versions ORDER BY version DESC LIMIT 1"))
    return _from_row(rows[0]) if rows else None


def get_version(program: Program, version: int) -> ConductVersion:
    rows = list(program.db.query("SELECT * FROM conduct_versions WHERE version = ?", [version]))
    if not rows:
        known = ", ".join(str(v.version) for v in list_versions(program)) or _("none")
        raise ValidationError([Problem("version", _("There is no version {version} of the code "
                                                    "of conduct (versions: {known}).").format(
                                                        version=version, known=known))])
    return _from_row(rows[0])


def save_text(program: Program, text: str, on: date | None = None) -> ConductVersion:
    """Make ``text`` the code of conduct; a new version only if the words changed.

    Returns the version now current (the old one when nothing changed)."""
    if not text.strip():
        raise ValidationError([Problem("text", _("The code of conduct cannot be empty."))])
    current = current_version(program)
    text = _normal(text)
    if current is not None and _normal(current.text) == text:
        return current
    number = (current.version if current else 0) + 1
    row = {"version": number, "text": text, "created_on": (on or date.today()).isoformat()}
    with program.atomic():
        vid = row_id(program.db.table("conduct_versions").insert(row).last_pk)
    return ConductVersion(id=vid, version=number, text=text, created_on=on or date.today())


def delete_version(program: Program, version_id: int) -> None:
    """Remove a version (and its acknowledgements): the undo of :func:`save_text`."""
    with program.atomic():
        program.db.execute("DELETE FROM conduct_versions WHERE id = ?", [version_id])


def acknowledgements(program: Program, version_id: int | None = None) -> dict[int, date | None]:
    """participant id -> date signed, for one version (the current one by default)."""
    if version_id is None:
        current = current_version(program)
        if current is None:
            return {}
        version_id = current.id
    return {r[0]: date.fromisoformat(r[1]) if r[1] else None for r in program.db.execute(
        "SELECT participant_id, signed_on FROM conduct_acks WHERE version_id = ?", [version_id])}


def set_acknowledged(program: Program, participant_ids: Iterable[int], signed: bool,
                     version_id: int | None = None, on: date | None = None) -> dict[int, date | None]:
    """Tick (or untick) people as having signed; returns what was there before, for undo.

    The returned mapping holds each touched person's previous signing date, or is
    missing them if they had not signed: :func:`restore_acknowledgements` puts it back."""
    if version_id is None:
        current = current_version(program)
        if current is None:
            raise ValidationError([Problem("version", _("There is no code of conduct to sign yet."))])
        version_id = current.id
    ids = list(dict.fromkeys(participant_ids))
    before = acknowledgements(program, version_id)
    known = {r[0] for r in program.db.execute("SELECT id FROM participants")}
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise ValidationError([Problem("participant", _("No participant with id {id}.").format(id=unknown[0]))])
    day = (on or date.today()).isoformat()
    with program.atomic():
        for pid in ids:
            if signed:
                if pid not in before:
                    program.db.table("conduct_acks").insert(
                        {"version_id": version_id, "participant_id": pid, "signed_on": day})
            else:
                program.db.execute("DELETE FROM conduct_acks WHERE version_id = ? AND "
                                   "participant_id = ?", [version_id, pid])
    return {pid: before[pid] for pid in ids if pid in before}


def restore_acknowledgements(program: Program, version_id: int, participant_ids: Iterable[int],
                             previous: dict[int, date | None]) -> None:
    """Put the given people back as :func:`set_acknowledged` found them."""
    with program.atomic():
        for pid in participant_ids:
            program.db.execute("DELETE FROM conduct_acks WHERE version_id = ? AND participant_id = ?",
                               [version_id, pid])
            if pid in previous:
                signed_on = previous[pid]
                program.db.table("conduct_acks").insert({
                    "version_id": version_id, "participant_id": pid,
                    "signed_on": signed_on.isoformat() if signed_on else None})


def expected_signers(program: Program) -> list[Participant]:
    """Everyone who should sign: active participants who take part in the program."""
    return [p for p in list_participants(program, include_archived=False) if p.opted_in]


def not_signed(program: Program, version_id: int | None = None) -> list[Participant]:
    """Active, opted-in people who have not signed the (current) version, by name."""
    signed = acknowledgements(program, version_id)
    return [p for p in expected_signers(program) if p.id not in signed]


def status(program: Program) -> tuple[int, int]:
    """(signed, expected) for the current version: the checklist's "7 have not signed"."""
    expected = expected_signers(program)
    signed = acknowledgements(program)
    return sum(1 for p in expected if p.id in signed), len(expected)
