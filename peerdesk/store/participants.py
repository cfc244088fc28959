"""Participants, their skills, the skills vocabulary and the facilitators.

Every function that writes is one transaction and validates first, so the window,
the command line and the importer share the same rules.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from peerdesk.core.chain import NeutralityWarning, neutrality_warnings
from peerdesk.core.models import Facilitator, Participant, SkillLevel, stored_id
from peerdesk.core.validation import (
    Problem,
    ValidationError,
    check_participant,
    clean_participant,
)
from peerdesk.i18n import _
from peerdesk.store.feedback_gate import people_change
from peerdesk.store.program import Program, row_id

_FIELDS = (
    "employee_id", "name", "email", "department", "job_title", "location", "hire_date", "level",
    "manager_id", "manager_name", "manager_email", "availability", "opted_in", "archived_on",
    "archive_reason", "left_company", "capacity", "notes",
)


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _from_row(row: dict[str, Any]) -> Participant:
    return Participant(
        id=row["id"], employee_id=row["employee_id"], name=row["name"], email=row["email"],
        department=row["department"], job_title=row["job_title"], location=row["location"],
        hire_date=_d(row["hire_date"]), level=row["level"], manager_id=row["manager_id"],
        manager_name=row["manager_name"], manager_email=row["manager_email"],
        availability=row["availability"], opted_in=bool(row["opted_in"]),
        archived_on=_d(row["archived_on"]), archive_reason=row["archive_reason"],
        left_company=bool(row["left_company"]), capacity=row["capacity"], notes=row["notes"],
    )


def to_row(p: Participant) -> dict[str, Any]:
    row = {name: getattr(p, name) for name in _FIELDS}
    row["name"] = p.name.strip()
    row["email"] = p.email.strip()
    row["hire_date"] = p.hire_date.isoformat() if p.hire_date else None
    row["archived_on"] = p.archived_on.isoformat() if p.archived_on else None
    row["opted_in"] = int(p.opted_in)
    row["left_company"] = int(p.left_company)
    return row


def list_participants(program: Program, include_archived: bool = True) -> list[Participant]:
    where = "" if include_archived else "WHERE archived_on IS NULL"
    people = [_from_row(r) for r in program.db.query(f"SELECT * FROM participants {where} ORDER BY name COLLATE NOCASE")]
    by_id = {p.id: p for p in people}
    for pid, wanted in (program.setting("intake_learn_from") or {}).items():  # store/skills.py
        if int(pid) in by_id:
            by_id[int(pid)].learn_from = [int(i) for i in wanted]
    for pid, skill, direction, level in program.db.execute(
        "SELECT ps.participant_id, s.name, ps.direction, ps.level FROM participant_skills ps "
        "JOIN skills s ON s.id = ps.skill_id ORDER BY s.name COLLATE NOCASE"
    ):
        if pid in by_id:
            by_id[pid].skills.append(SkillLevel(skill, direction, level))
    return people


def get_participant(program: Program, participant_id: int) -> Participant:
    rows = list(program.db.query("SELECT * FROM participants WHERE id = ?", [participant_id]))
    if not rows:
        raise KeyError(_("No participant with id {id}.").format(id=participant_id))
    p = _from_row(rows[0])
    p.skills = [
        SkillLevel(skill, direction, level)
        for skill, direction, level in program.db.execute(
            "SELECT s.name, ps.direction, ps.level FROM participant_skills ps JOIN skills s "
            "ON s.id = ps.skill_id WHERE ps.participant_id = ? ORDER BY s.name COLLATE NOCASE",
            [participant_id])
    ]
    return p


def find_by_email(program: Program, email: str) -> Participant | None:
    row = program.db.execute("SELECT id FROM participants WHERE lower(email) = lower(?) AND email <> ''",
                             [email.strip()]).fetchone()
    return get_participant(program, row[0]) if row else None


def ids_by_employee_id_or_name(program: Program, who: str) -> list[int]:
    """Ids of the participants whose employee id is ``who`` or whose name is ``who``
    (ignoring case); when none and ``who`` is a plain number, the participant with that id."""
    ids = [r[0] for r in program.db.execute(
        "SELECT id FROM participants WHERE employee_id = ? AND employee_id <> '' "
        "UNION SELECT id FROM participants WHERE name = ? COLLATE NOCASE", [who, who])]
    if who.isdecimal() and who.isascii() and len(who) <= 18 and not ids:
        ids = [r[0] for r in program.db.execute("SELECT id FROM participants WHERE id = ?",
                                                [int(who)])]
    return ids


def _validate(program: Program, p: Participant) -> None:
    others = list_participants(program)
    problems = check_participant(p, others, manager_of={stored_id(o.id): o.manager_id for o in others})
    if problems:
        raise ValidationError(problems)


def ensure_skill(program: Program, name: str) -> int:
    name = " ".join(name.split())
    row = program.db.execute("SELECT id FROM skills WHERE name = ? COLLATE NOCASE", [name]).fetchone()
    if row:
        return int(row[0])
    return row_id(program.db.table("skills").insert({"name": name}).last_pk)


def list_skills(program: Program) -> list[str]:
    return [r[0] for r in program.db.execute("SELECT name FROM skills ORDER BY name COLLATE NOCASE")]


def _write_skills(program: Program, participant_id: int, skills: list[SkillLevel]) -> None:
    program.db.execute("DELETE FROM participant_skills WHERE participant_id = ?", [participant_id])
    seen = set()
    for s in skills:
        if not s.skill.strip():
            continue
        skill_id = ensure_skill(program, s.skill)
        if (skill_id, s.direction) in seen:
            continue
        seen.add((skill_id, s.direction))
        program.db.table("participant_skills").insert(
            {"participant_id": participant_id, "skill_id": skill_id, "direction": s.direction,
             "level": max(1, min(3, int(s.level)))})


def add_participant(program: Program, p: Participant, validate: bool = True) -> int:
    """Insert ``p`` (keeping ``p.id`` if set, as undo needs) and return its id."""
    p = clean_participant(p)[0]  # NFC, no invisible characters, whatever the caller
    if validate:
        _validate(program, p)
    row = to_row(p)
    if p.id is not None:
        row["id"] = p.id
    with program.atomic(), people_change(program):
        new_id = row_id(program.db.table("participants").insert(row).last_pk)
        _write_skills(program, new_id, p.skills)
    return new_id


def update_participant(program: Program, p: Participant, validate: bool = True) -> None:
    if p.id is None:
        raise ValueError("update_participant needs a participant with an id")
    pid = p.id
    p = clean_participant(p)[0]  # NFC, no invisible characters, whatever the caller
    if validate:
        _validate(program, p)
    with program.atomic(), people_change(program):
        program.db.table("participants").update(pid, to_row(p))
        _write_skills(program, pid, p.skills)


def archive_participant(program: Program, participant_id: int, reason: str = "",
                        on: date | None = None, left_company: bool = False) -> None:
    with program.atomic():
        program.db.table("participants").update(participant_id, {
            "archived_on": (on or date.today()).isoformat(), "archive_reason": reason,
            "left_company": int(left_company)})


def unarchive_participant(program: Program, participant_id: int) -> None:
    with program.atomic():
        program.db.table("participants").update(participant_id, {
            "archived_on": None, "archive_reason": "", "left_company": 0})


def has_history(program: Program, participant_id: int) -> bool:
    """True once a person appears in pairings, attendance, feedback or acknowledgements."""
    for table, column in (("pairing_members", "participant_id"), ("attendance", "participant_id"),
                          ("feedback_responses", "participant_id"),
                          ("conduct_acks", "participant_id")):
        if program.db.execute(f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1",
                              [participant_id]).fetchone():
            return True
    return False


def snapshot(program: Program, participant_id: int) -> dict[str, Any]:
    """Everything a delete removes, so undo can put it back exactly."""
    db = program.db
    return {
        "participant": dict(next(db.query("SELECT * FROM participants WHERE id = ?", [participant_id]))),
        "skills": list(db.query("SELECT * FROM participant_skills WHERE participant_id = ?", [participant_id])),
        "facilitators": list(db.query("SELECT * FROM facilitators WHERE participant_id = ?", [participant_id])),
        "exclusions": list(db.query("SELECT * FROM pair_exclusions WHERE a_id = ? OR b_id = ?",
                                    [participant_id, participant_id])),
        "reports": [r[0] for r in db.execute("SELECT id FROM participants WHERE manager_id = ?", [participant_id])],
        "invitees": list(db.query("SELECT * FROM session_invitees WHERE participant_id = ?", [participant_id])),
    }


def delete_participant(program: Program, participant_id: int) -> dict[str, Any]:
    """Delete someone with no history; returns the snapshot that :func:`restore` takes."""
    if has_history(program, participant_id):
        raise ValidationError([Problem("id", _("This person already has history in the program "
                                               "(pairs, attendance or feedback): archive them "
                                               "instead."))])
    with program.atomic(), people_change(program):
        snap = snapshot(program, participant_id)
        program.db.execute("DELETE FROM participants WHERE id = ?", [participant_id])
    return snap


def restore(program: Program, snap: dict[str, Any]) -> None:
    db = program.db
    with program.atomic(), people_change(program):
        db.table("participants").insert(snap["participant"])
        for table in ("skills", "facilitators", "exclusions", "invitees"):
            name = {"skills": "participant_skills", "exclusions": "pair_exclusions",
                    "invitees": "session_invitees"}.get(table, table)
            if snap[table]:
                db.table(name).insert_all(snap[table])
        for report_id in snap["reports"]:
            db.table("participants").update(report_id, {"manager_id": snap["participant"]["id"]})


# -- facilitators ---------------------------------------------------------------------

def list_facilitators(program: Program) -> list[Facilitator]:
    return [Facilitator(id=r["id"], participant_id=r["participant_id"],
                        name=r["pname"] or r["name"], email=r["pemail"] or r["email"],
                        pair_opt_in=bool(r["pair_opt_in"]), appointed_on=_d(r["appointed_on"]))
            for r in program.db.query(
                "SELECT f.*, p.name AS pname, p.email AS pemail FROM facilitators f "
                "LEFT JOIN participants p ON p.id = f.participant_id ORDER BY f.id")]


def appoint_facilitator(program: Program, f: Facilitator) -> int:
    if f.participant_id is None and not f.name.strip():
        raise ValidationError([Problem("name", _("Choose a participant or type the name of an "
                                                 "outside facilitator."))])
    row = {"participant_id": f.participant_id, "name": "" if f.participant_id else f.name.strip(),
           "email": "" if f.participant_id else f.email.strip(), "pair_opt_in": int(f.pair_opt_in),
           "appointed_on": (f.appointed_on or date.today()).isoformat()}
    if f.id is not None:
        row["id"] = f.id
    with program.atomic():
        return row_id(program.db.table("facilitators").insert(row).last_pk)


def remove_facilitator(program: Program, facilitator_id: int) -> None:
    with program.atomic():
        program.db.execute("DELETE FROM facilitators WHERE id = ?", [facilitator_id])


def neutrality(program: Program) -> list[NeutralityWarning]:
    return neutrality_warnings(list_facilitators(program), list_participants(program))
