"""Feedback responses: one row per filled-in form, its answers beside it.

In an anonymous program (the default) a response keeps nothing that ties it to a
person or to a moment finer than its session: no participant, no submission date, no
digest of the file row, and only a department the respondent gave on the form. Its id
is drawn at random, so ids do not follow the order forms arrived in. Whether a program
is anonymous is read by :func:`is_anonymous`, which also believes the logged history of
switches, so a settings row changed behind PeerDesk's back cannot make it named.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from peerdesk.core.models import FeedbackQuestion
from peerdesk.store.program import Program


@dataclass(slots=True)
class Response:
    cycle_id: int
    answers: dict[str, float | str]  # question key -> number, or text for text questions
    session_id: int | None = None
    participant_id: int | None = None
    department: str = ""
    phase: str = "session"  # session | before | after
    source: str = "paper"
    submitted_on: date | None = None
    skill: str = ""  # for confidence questions: the skill rated
    id: int | None = None
    extra: dict = field(default_factory=dict)


def list_questions(program: Program, active_only: bool = True) -> list[FeedbackQuestion]:
    where = "WHERE active = 1" if active_only else ""
    return [FeedbackQuestion(id=r["id"], key=r["key"], text=r["text"], kind=r["kind"],
                             min_value=r["min_value"], max_value=r["max_value"],
                             reverse=bool(r["reverse"]), position=r["position"],
                             active=bool(r["active"]), group=r["grp"])
            for r in program.db.query(f"SELECT * FROM feedback_questions {where} ORDER BY position, id")]


def schema_version(program: Program) -> int:
    return program.db.execute("PRAGMA user_version").fetchone()[0]


def is_anonymous(program: Program) -> bool:
    """Anonymous unless both the setting and the last logged switch say named.

    A program becomes named only through :func:`set_anonymous`, which logs the switch;
    a settings row edited by anything else (a trigger, another tool) leaves the log
    saying "anonymous", and the program stays anonymous.
    """
    if program.setting("anonymous_feedback") is not False:
        return True
    if schema_version(program) < 2:
        return False
    row = program.db.execute("SELECT anonymous FROM anonymity_changes "
                             "ORDER BY id DESC LIMIT 1").fetchone()
    return row is None or bool(row[0])


def set_anonymous(program: Program, anonymous: bool, note: str = "") -> None:
    """Switch between anonymous and named feedback: an explicit act, logged with its day.

    Switching to named does not give names back to answers already stored anonymously.
    """
    with program.atomic():
        program.set_setting("anonymous_feedback", bool(anonymous))
        program.db["anonymity_changes"].insert({"changed_on": date.today().isoformat(),
                                                "anonymous": int(bool(anonymous)),
                                                "note": note})


def anonymity_log(program: Program) -> list[tuple[str, bool, str]]:
    if schema_version(program) < 2:
        return []
    return [(d, bool(a), n) for d, a, n in program.db.execute(
        "SELECT changed_on, anonymous, note FROM anonymity_changes ORDER BY id")]


def _random_id(program: Program) -> int:
    """A response id that says nothing about when the form came in."""
    while True:
        rid = secrets.randbelow(2**53 - 1) + 1
        if program.db.execute("SELECT 1 FROM feedback_responses WHERE id = ?",
                              [rid]).fetchone() is None:
            return rid


def add_responses(program: Program, responses: Iterable[Response], draft: bool = False) -> list[int]:
    """Store many responses in one transaction; identities are dropped when anonymous.

    ``draft`` marks typed paper forms of a session whose typing is still open."""
    from peerdesk.store.participants import ensure_skill

    anonymous = is_anonymous(program)
    questions = {q.key: q for q in list_questions(program, active_only=False)}
    ids = []
    with program.atomic():
        for r in responses:
            row = {"cycle_id": r.cycle_id, "session_id": r.session_id,
                   "participant_id": None if anonymous else r.participant_id,
                   "department": r.department, "phase": r.phase,
                   "source": r.source.partition("#")[0] if anonymous else r.source,
                   "submitted_on": None if anonymous else
                   (r.submitted_on or date.today()).isoformat(),
                   "draft": int(draft)}
            if r.id is not None:
                row["id"] = r.id
            elif anonymous:
                row["id"] = _random_id(program)
            rid = program.db["feedback_responses"].insert(row).last_pk
            skill_id = ensure_skill(program, r.skill) if r.skill else None
            answers = []
            for key, value in r.answers.items():
                q = questions[key]
                if q.kind == "text":
                    if str(value).strip():
                        answers.append({"response_id": rid, "question_id": q.id,
                                        "skill_id": None, "value_num": None,
                                        "value_text": str(value).strip()})
                elif value is not None and value != "":
                    answers.append({"response_id": rid, "question_id": q.id,
                                    "skill_id": skill_id if q.kind == "confidence" else None,
                                    "value_num": float(value), "value_text": ""})
            if answers:
                program.db["feedback_answers"].insert_all(answers)
            ids.append(rid)
    return ids


def delete_responses(program: Program, response_ids: Iterable[int]) -> None:
    with program.atomic():
        for rid in response_ids:
            program.db.execute("DELETE FROM feedback_responses WHERE id = ?", [rid])
