"""The few facts the feedback import's sanity checks ask of the program file."""

from __future__ import annotations

from datetime import date
from typing import Any

from peerdesk.i18n import _
from peerdesk.store.program import Program


def session_when(program: Program, session_id: int) -> tuple[date | None, str] | None:
    """(date, title) of a session, or None when there is no such session."""
    row = program.db.execute("SELECT date, title FROM sessions WHERE id = ?",
                             [session_id]).fetchone()
    if row is None:
        return None
    return (date.fromisoformat(row[0]) if row[0] else None), row[1] or ""


def present_count(program: Program, session_id: int) -> int:
    return int(program.db.execute("SELECT count(*) FROM attendance WHERE session_id = ? AND "
                                  "status = 'present'", [session_id]).fetchone()[0])


def response_count(program: Program, session_id: int) -> int:
    return int(program.db.execute("SELECT count(*) FROM feedback_responses WHERE session_id = ?",
                                  [session_id]).fetchone()[0])


def question_key(program: Program, question_id: int) -> str:
    return str(program.db.execute("SELECT key FROM feedback_questions WHERE id = ?",
                                  [question_id]).fetchone()[0])


def future_session(program: Program, session_id: int, today: date | None = None) -> str | None:
    """A warning when attendance is marked for a session that has not happened yet."""
    when = session_when(program, session_id)
    if when is None:
        return None
    on, title = when
    if on is None:
        return None
    if on > (today or date.today()):
        return _("“{title}” is on {date}, in the future: attendance is usually marked after "
                 "it.").format(title=title or _("The session"), date=on.isoformat())
    return None


def answers_by_session(program: Program, exclude: int | None = None) -> dict[int, list[dict[str, Any]]]:
    """Every session's stored answers, one dict (question key -> value) per form."""
    forms: dict[int, dict[int, dict[str, Any]]] = {}
    for sid, rid, key, kind, num, text in program.db.execute(
            "SELECT r.session_id, r.id, q.key, q.kind, a.value_num, a.value_text "
            "FROM feedback_responses r JOIN feedback_answers a ON a.response_id = r.id "
            "JOIN feedback_questions q ON q.id = a.question_id "
            "WHERE r.session_id IS NOT NULL AND r.session_id IS NOT ?", [exclude]):
        forms.setdefault(sid, {}).setdefault(rid, {})[key] = text if kind == "text" else num
    return {sid: list(by_id.values()) for sid, by_id in forms.items()}
