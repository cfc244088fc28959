"""Feedback responses: one row per filled-in form, its answers beside it.

In an anonymous program (the default) the participant is never stored: only the
respondent's department is kept, for the department views, and those obey the
small-group rule when shown.
"""

from __future__ import annotations

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


def add_responses(program: Program, responses: Iterable[Response]) -> list[int]:
    """Store many responses in one transaction; identities are dropped when anonymous."""
    from peerdesk.store.participants import ensure_skill

    anonymous = bool(program.setting("anonymous_feedback"))
    questions = {q.key: q for q in list_questions(program, active_only=False)}
    ids = []
    with program.atomic():
        for r in responses:
            row = {"cycle_id": r.cycle_id, "session_id": r.session_id,
                   "participant_id": None if anonymous else r.participant_id,
                   "department": r.department, "phase": r.phase, "source": r.source,
                   "submitted_on": (r.submitted_on or date.today()).isoformat()}
            if r.id is not None:
                row["id"] = r.id
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
