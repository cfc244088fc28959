"""The skills vocabulary: how often each skill is used, renaming and merging, with undo.

A merge moves every use of the merged names to the kept skill (a person who had both
keeps the higher level) and every feedback answer about them, then deletes the merged
names. :func:`merge_skills` and :func:`rename_skill` return a snapshot that
:func:`restore_skills` takes to put everything back exactly, ids included.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peerdesk.core.skills import clean
from peerdesk.i18n import _
from peerdesk.store.program import Program, row_id


@dataclass(slots=True)
class SkillUse:
    id: int
    name: str
    teach: int  # people who can teach it
    learn: int  # people who want to learn it


def skill_usage(program: Program) -> list[SkillUse]:
    return [SkillUse(*r) for r in program.db.execute(
        "SELECT s.id, s.name, "
        "COUNT(CASE WHEN ps.direction = 'teach' THEN 1 END), "
        "COUNT(CASE WHEN ps.direction = 'learn' THEN 1 END) "
        "FROM skills s LEFT JOIN participant_skills ps ON ps.skill_id = s.id "
        "GROUP BY s.id ORDER BY s.name COLLATE NOCASE")]


def skill_id(program: Program, name: str) -> int | None:
    row = program.db.execute("SELECT id FROM skills WHERE name = ? COLLATE NOCASE",
                             [clean(name)]).fetchone()
    return row[0] if row else None


def _snapshot(program: Program, ids: list[int]) -> dict[str, Any]:
    marks = ", ".join("?" * len(ids))
    db = program.db
    return {
        "skills": [dict(r) for r in db.query(f"SELECT * FROM skills WHERE id IN ({marks})", ids)],
        "uses": [dict(r) for r in db.query(
            f"SELECT * FROM participant_skills WHERE skill_id IN ({marks})", ids)],
        "answers": [tuple(r) for r in db.execute(
            f"SELECT rowid, skill_id FROM feedback_answers WHERE skill_id IN ({marks})", ids)],
    }


def merge_skills(program: Program, names: list[str], into: str) -> dict[str, Any]:
    """Every use of ``names`` becomes ``into`` (created if new); returns the undo snapshot."""
    into = clean(into)
    if not into:
        raise ValueError(_("The skill needs a name."))
    with program.atomic():
        db = program.db
        target = skill_id(program, into)
        sources = [i for n in names if (i := skill_id(program, n)) is not None and i != target]
        ids = sorted(set(sources) | ({target} if target is not None else set()))
        snap = _snapshot(program, ids) if ids else {"skills": [], "uses": [], "answers": []}
        snap["created"] = None
        if target is None:
            target = row_id(db.table("skills").insert({"name": into}).last_pk)
            snap["created"] = target
        elif next(r for r in snap["skills"] if r["id"] == target)["name"] != into:
            db.execute("UPDATE skills SET name = ? WHERE id = ?", [into, target])
        for source in sources:
            # A person with both keeps one row, at the higher level.
            db.execute(
                "UPDATE participant_skills SET level = max(level, (SELECT o.level FROM "
                "participant_skills o WHERE o.participant_id = participant_skills.participant_id "
                "AND o.direction = participant_skills.direction AND o.skill_id = ?)) "
                "WHERE skill_id = ? AND EXISTS (SELECT 1 FROM participant_skills o WHERE "
                "o.participant_id = participant_skills.participant_id AND o.direction = "
                "participant_skills.direction AND o.skill_id = ?)", [source, target, source])
            db.execute(
                "UPDATE OR IGNORE participant_skills SET skill_id = ? WHERE skill_id = ?",
                [target, source])
            db.execute("DELETE FROM participant_skills WHERE skill_id = ?", [source])
            db.execute("UPDATE feedback_answers SET skill_id = ? WHERE skill_id = ?",
                       [target, source])
            db.execute("DELETE FROM skills WHERE id = ?", [source])
    return snap


def rename_skill(program: Program, old: str, new: str) -> dict[str, Any]:
    """Rename a skill; a name another skill already has (in any case) merges the two."""
    if skill_id(program, old) is None:
        raise KeyError(_("There is no skill “{name}”.").format(name=clean(old)))
    if not clean(new):
        raise ValueError(_("The skill needs a name."))
    other = skill_id(program, new)
    if other not in (None, skill_id(program, old)):
        # Onto a name the vocabulary already has: a merge that keeps that skill's spelling.
        kept = program.db.execute("SELECT name FROM skills WHERE id = ?", [other]).fetchone()[0]
        return merge_skills(program, [old], kept)
    with program.atomic():
        sid = skill_id(program, old)
        if sid is None:  # gone since the check above
            raise KeyError(_("There is no skill “{name}”.").format(name=clean(old)))
        snap = _snapshot(program, [sid])
        snap["created"] = None
        program.db.execute("UPDATE skills SET name = ? WHERE id = ?", [clean(new), sid])
    return snap


def restore_skills(program: Program, snap: dict[str, Any]) -> None:
    """Undo a merge or rename: the skills, their uses and the answers as they were."""
    db = program.db
    with program.atomic():
        ids = [r["id"] for r in snap["skills"]]
        if ids:
            marks = ", ".join("?" * len(ids))
            db.execute(f"DELETE FROM participant_skills WHERE skill_id IN ({marks})", ids)
        for row in snap["skills"]:
            if db.execute("SELECT 1 FROM skills WHERE id = ?", [row["id"]]).fetchone():
                db.execute("UPDATE skills SET name = ? WHERE id = ?", [row["name"], row["id"]])
            else:
                db.table("skills").insert(row)
        if snap["uses"]:
            db.table("participant_skills").insert_all(snap["uses"])
        db.conn.executemany("UPDATE feedback_answers SET skill_id = ? WHERE rowid = ?",
                            [(sid, rowid) for rowid, sid in snap["answers"]])
        if snap.get("created") is not None:
            db.execute("DELETE FROM participant_skills WHERE skill_id = ?", [snap["created"]])
            db.execute("DELETE FROM skills WHERE id = ?", [snap["created"]])


def delete_unused_skill(program: Program, name: str) -> dict[str, Any]:
    """Remove a skill nobody has; refused (ValueError) while someone uses it."""
    sid = skill_id(program, name)
    if sid is None:
        raise KeyError(_("There is no skill “{name}”.").format(name=clean(name)))
    if program.db.execute("SELECT 1 FROM participant_skills WHERE skill_id = ? UNION ALL "
                          "SELECT 1 FROM feedback_answers WHERE skill_id = ? LIMIT 1",
                          [sid, sid]).fetchone():
        raise ValueError(_("“{name}” is still used: merge it into another skill instead.").format(
            name=clean(name)))
    with program.atomic():
        snap = _snapshot(program, [sid])
        snap["created"] = None
        program.db.execute("DELETE FROM skills WHERE id = ?", [sid])
    return snap


# -- what the intake import keeps beside the participants (in the settings table) -----------

LEARN_FROM_KEY = "intake_learn_from"  # {participant id: [ids of people they'd learn from]}
FINGERPRINTS_KEY = "intake_fingerprints"  # {email (lower case): digest of the last answer}


def active_departments(program: Program) -> list[str]:
    return [r[0] for r in program.db.execute(
        "SELECT DISTINCT department FROM participants WHERE archived_on IS NULL AND "
        "department <> '' ORDER BY department COLLATE NOCASE")]


def learn_from(program: Program) -> dict[int, list[int]]:
    """Who each participant said they would like to learn from."""
    raw = program.setting(LEARN_FROM_KEY) or {}
    return {int(k): [int(i) for i in v] for k, v in raw.items()}


def intake_fingerprints(program: Program) -> dict[str, str]:
    return dict(program.setting(FINGERPRINTS_KEY) or {})


def intake_settings(program: Program) -> dict[str, Any]:
    """Both settings as stored now (None when unset), for undo."""
    return {key: program.db.execute("SELECT value FROM settings WHERE key = ?",
                                    [key]).fetchone()
            for key in (LEARN_FROM_KEY, FINGERPRINTS_KEY)}


def write_intake_settings(program: Program, learn: dict[int, list[int]],
                          fingerprints: dict[str, str]) -> None:
    import json

    with program.atomic():
        for key, value in ((LEARN_FROM_KEY, {str(k): v for k, v in learn.items() if v}),
                           (FINGERPRINTS_KEY, fingerprints)):
            program.db.table("settings").upsert({"key": key, "value": json.dumps(value)}, pk="key")


def restore_intake_settings(program: Program, saved: dict[str, Any]) -> None:
    with program.atomic():
        for key, row in saved.items():
            if row is None:
                program.db.execute("DELETE FROM settings WHERE key = ?", [key])
            else:
                program.db.table("settings").upsert({"key": key, "value": row[0]}, pk="key")
