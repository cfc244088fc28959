"""What the survey-export import (:mod:`peerdesk.io.feedback_import`) reads and writes
besides the forms themselves: the session it is for, the people it may name, the answers
an earlier import of the same export stored, and how many of the export's rows are taken.
"""

from __future__ import annotations

from peerdesk.store.program import Program


def session_cycle_and_date(program: Program, session_id: int) -> tuple[int, str | None] | None:
    """The session's cycle id and its date as stored (ISO text or None); None when there is
    no such session."""
    row = program.db.execute("SELECT cycle_id, date FROM sessions WHERE id = ?",
                             [session_id]).fetchone()
    return (int(row[0]), row[1]) if row else None


def people_by_email(program: Program) -> dict[str, tuple[int, str]]:
    """Everyone with an email, by the email folded to compare: (id, department)."""
    return {email.casefold(): (int(pid), department or "") for pid, email, department
            in program.db.execute("SELECT id, email, department FROM participants "
                                  "WHERE email <> ''")}


def names_and_employee_ids(program: Program) -> tuple[list[str], list[str]]:
    """Every participant's name and every employee ID (what may name a respondent)."""
    rows = program.db.execute("SELECT name, employee_id FROM participants").fetchall()
    return [r[0] for r in rows], [r[1] for r in rows]


def stored_answers(program: Program, session_id: int, phase: str,
                   source: str | None = None) -> dict[int, dict[str, float | str | None]]:
    """The answers stored for the session's forms of ``phase`` (of one ``source`` tool, when
    given): response id -> {question key: the number, or the text of a text question}."""
    where = "" if source is None else "AND r.source = ?"
    params: list[object] = [session_id, phase] + ([] if source is None else [source])
    stored: dict[int, dict[str, float | str | None]] = {}
    for rid, key, kind, num, text in program.db.execute(
            "SELECT r.id, q.key, q.kind, a.value_num, a.value_text FROM feedback_responses r "
            "JOIN feedback_answers a ON a.response_id = r.id "
            "JOIN feedback_questions q ON q.id = a.question_id "
            f"WHERE r.session_id = ? AND r.phase = ? {where}", params):
        stored.setdefault(rid, {})[key] = text if kind == "text" else num
    return stored


def rows_done(program: Program, session_id: int, phase: str, tool: str) -> int:
    """How many rows of this tool's export for the session are taken already."""
    row = program.db.execute("SELECT rows_done FROM feedback_imports WHERE session_id = ? AND "
                             "phase = ? AND tool = ?", [session_id, phase, tool]).fetchone()
    return int(row[0]) if row else 0


def set_rows_done(program: Program, session_id: int, phase: str, tool: str, rows: int) -> None:
    """Record how many rows are taken (inside the import's or the undo's transaction)."""
    program.db.table("feedback_imports").upsert(
        {"session_id": session_id, "phase": phase, "tool": tool, "rows_done": rows},
        pk=("session_id", "phase", "tool"))


def known_departments(program: Program) -> list[str]:
    """The departments of the program's people, for matching the ones a form gives."""
    return [r[0] for r in program.db.execute(
        "SELECT DISTINCT department FROM participants WHERE department <> '' "
        "ORDER BY department")]
