"""Feedback answers from survey tools: Google Forms CSV, Microsoft Forms .xlsx, plain CSV.

Each question column is mapped to one of the program's feedback questions and each
respondent to a participant by email. In an anonymous program the identity is dropped
here, before anything is stored: only the respondent's department is kept. Answers a
question cannot hold (a 7 on a 1-5 scale, words in a number column) make the row bad.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from peerdesk.core.models import FeedbackQuestion
from peerdesk.io import dates
from peerdesk.io.mapping import IGNORE, RowProblem, apply_overrides, normalize_header
from peerdesk.io.tabular import Cell, Table, cell_text
from peerdesk.store.program import Program
from peerdesk.store.responses import Response, add_responses, delete_responses, list_questions

GOOGLE, MICROSOFT, PLAIN = "google-forms", "microsoft-forms", "csv"
KIND_NAMES = {GOOGLE: "Google Forms export", MICROSOFT: "Microsoft Forms export",
              PLAIN: "plain table"}
# Columns that are not questions: who answered, when, and what the tools add.
META: dict[str, str] = {
    "timestamp": "Submitted at",
    "email": "Respondent email",
    "department": "Department",
    "skill": "Skill rated",
    "name": "Respondent name (not stored)",
}
_META_ALIASES = {
    "timestamp": ["timestamp", "completion time", "submitted", "submitted at", "submitted on",
                  "submission time", "date", "end time", "completed"],
    "email": ["email address", "email", "e mail", "respondent email", "username", "your email"],
    "department": ["department", "team", "dept", "your department"],
    "skill": ["skill", "which skill", "skill rated", "the skill you are learning"],
    "name": ["name", "respondent", "full name", "your name"],
}
_TOOL_COLUMNS = {"id", "start time", "last modified time", "response id", "total points",
                 "score", "quiz feedback"}
_NUMBER = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)(?:\s*$|\s*[-–:()/.]|\s+\D)")


@dataclass(slots=True)
class FeedbackPlan:
    table: Table
    kind: str
    mapping: list[str]
    session_id: int
    cycle_id: int
    anonymous: bool
    responses: list[Response] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # the file row of each response
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    blocking: list[str] = field(default_factory=list)
    already_imported: list[int] = field(default_factory=list)  # rows skipped as repeats

    @property
    def bad_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})

    @property
    def ok(self) -> bool:
        return not self.blocking and not self.problems

    def summary(self) -> str:
        text = f"{len(self.responses)} responses to import"
        if self.already_imported:
            n = len(self.already_imported)
            text += f"; {n} already imported before, skipped"
        if self.problems:
            bad = len(self.bad_rows)
            text += f"; {bad} bad {'row' if bad == 1 else 'rows'}"
        return text


def targets(questions: list[FeedbackQuestion]) -> dict[str, str]:
    """Every field a column can feed: the non-question ones, then each question by key."""
    out = dict(META)
    out.update({q.key: q.text for q in questions})
    return out


def detect_kind(headers: list[str]) -> str:
    norm = [normalize_header(h) for h in headers]
    if norm and norm[0] == "timestamp":
        return GOOGLE
    if norm[:3] == ["id", "start time", "completion time"]:
        return MICROSOFT
    return PLAIN


def auto_map(headers: list[str], questions: list[FeedbackQuestion]) -> list[str]:
    aliases = {a: f for f, names in _META_ALIASES.items() for a in names}
    by_text = {normalize_header(q.text): q.key for q in questions}
    by_text.update({normalize_header(q.key): q.key for q in questions})
    used: set[str] = set()
    mapping = []
    for header in headers:
        norm = normalize_header(header)
        target = IGNORE if norm in _TOOL_COLUMNS else aliases.get(norm) or by_text.get(norm)
        if not target and norm and norm not in _TOOL_COLUMNS:
            close = difflib.get_close_matches(norm, list(by_text), n=1, cutoff=0.85)
            target = by_text[close[0]] if close else IGNORE
        if target in used:
            target = IGNORE
        if target:
            used.add(target)
        mapping.append(target or IGNORE)
    return mapping


def map_columns(headers: list[str], questions: list[FeedbackQuestion],
                specs: list[str] | None = None, table: Table | None = None) -> list[str]:
    mapping = auto_map(headers, questions)
    if table is not None:  # reworded headings, by meaning, scale and values
        from peerdesk.io.feedback_columns import guess_mapping

        mapping = guess_mapping(table, questions, mapping)
    return apply_overrides(headers, mapping, specs, targets(questions)) if specs else mapping


def build_plan(program: Program, table: Table, session_id: int, mapping: list[str] | None = None,
               date_order: str | None = None, phase: str = "session") -> FeedbackPlan:
    questions = list_questions(program, active_only=False)
    by_key = {q.key: q for q in questions}
    session = program.db.execute("SELECT cycle_id, date FROM sessions WHERE id = ?",
                                 [session_id]).fetchone()
    mapping = list(mapping) if mapping is not None else map_columns(table.headers, questions,
                                                                    table=table)
    mapping += [IGNORE] * (len(table.headers) - len(mapping))
    plan = FeedbackPlan(table, detect_kind(table.headers), mapping, session_id,
                        session[0] if session else 0,
                        bool(program.setting("anonymous_feedback")))
    if session is None:
        plan.blocking.append(f"There is no session with id {session_id}.")
        return plan
    col = {f: i for i, f in enumerate(mapping) if f}
    asked = [(i, by_key[f]) for i, f in enumerate(mapping) if f in by_key]
    if not asked:
        plan.blocking.append("No column is mapped to a feedback question: map at least one.")
        return plan
    when = _submitted_dates(plan, col, date_order, session[1])
    people = {r[1].casefold(): (r[0], r[2]) for r in program.db.execute(
        "SELECT id, email, department FROM participants WHERE email <> ''")}
    headers, width = table.headers, len(table.headers)
    seen: dict[int, int] = {}
    # A survey tool's later export holds the earlier answers again: a row stored before
    # (same fingerprint, for this session) is skipped, so re-importing never counts twice.
    stored = Counter(r[0] for r in program.db.execute(
        "SELECT source FROM feedback_responses WHERE session_id = ? AND phase = ?",
        [session_id, phase]))
    for index, (record, number) in enumerate(zip(table.rows, table.row_numbers, strict=True)):
        if len(record) < width or any(cell_text(c).strip() for c in record[width:]):
            plan.problems.append(RowProblem(number, "", f"has {len(record)} fields but the "
                                            f"header has {width}."))
            continue
        answers: dict[str, float | str] = {}
        bad = []
        for i, q in asked:
            try:
                value = answer_value(record[i], q)
            except ValueError as exc:
                bad.append(RowProblem(number, headers[i], str(exc)))
                continue
            if value is not None:
                answers[q.key] = value
        if bad:
            plan.problems.extend(bad)
            continue
        if not answers:
            plan.notes.append(f"Row {number} has no answers; it was left out.")
            continue
        source = f"{plan.kind}#{_fingerprint(record, mapping)}"
        if stored[source] > 0:
            stored[source] -= 1
            plan.already_imported.append(number)
            continue
        response = Response(cycle_id=plan.cycle_id, session_id=session_id, answers=answers,
                            phase=phase, source=source, submitted_on=when[index])
        _identify(plan, response, record, col, people, number, seen)
        if "skill" in col:
            response.skill = cell_text(record[col["skill"]]).strip()
        plan.responses.append(response)
        plan.rows.append(number)
    return plan


def _fingerprint(record: list[Cell], mapping: list[str]) -> str:
    """A short digest of a row's answers and time, leaving out who answered (never stored)."""
    text = "\x1f".join(cell_text(c).strip() for i, c in enumerate(record)
                        if i >= len(mapping) or mapping[i] not in ("email", "name"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def answer_value(cell: Cell, q: FeedbackQuestion) -> float | str | None:
    """The stored value of one answer, None for no answer; ValueError says what is wrong."""
    if q.kind == "text":
        return cell_text(cell).strip() or None
    if isinstance(cell, bool):
        raise ValueError(f"“{cell}” is not a number.")
    if isinstance(cell, int | float):
        number = float(cell)
        shown = cell_text(cell)
    else:
        shown = cell_text(cell).strip()
        if not shown:
            return None
        m = _NUMBER.match(shown)
        if not m:
            raise ValueError(f"“{shown}” is not a number{_range(q)}.")
        number = float(m.group(1).replace(",", "."))
    if number != number or not number.is_integer():
        raise ValueError(f"“{shown}” is not a whole number{_range(q)}.")
    if (q.min_value is not None and number < q.min_value) or \
            (q.max_value is not None and number > q.max_value):
        raise ValueError(f"{shown} is outside the scale{_range(q)}.")
    return number


def _range(q: FeedbackQuestion) -> str:
    if q.min_value is None or q.max_value is None:
        return ""
    return f" from {q.min_value} to {q.max_value}"


def _submitted_dates(plan: FeedbackPlan, col: dict[str, int], order: str | None,
                     session_date: str | None) -> list[date | None]:
    """Each row's submission date; the session's date when the column cannot tell."""
    fallback = date.fromisoformat(session_date) if session_date else None
    if "timestamp" not in col:
        return [fallback] * len(plan.table.rows)
    values = [r[col["timestamp"]] if col["timestamp"] < len(r) else "" for r in plan.table.rows]
    if order is None:
        order, needed = dates.detect_order(values)
        if order is None and needed:
            plan.notes.append("The timestamps could be day-first or month-first; the session's "
                              "date was used instead.")
    out: list[date | None] = []
    for value in values:
        try:
            out.append(dates.parse_date(value, order) or fallback)
        except dates.DateProblem:
            out.append(fallback)
    return out


def _identify(plan: FeedbackPlan, response: Response, record: list[Cell], col: dict[str, int],
              people: dict[str, tuple[int, str]], number: int, seen: dict[int, int]) -> None:
    """Link the response to its participant by email, then forget the email if anonymous."""
    email = cell_text(record[col["email"]]).strip() if "email" in col else ""
    department = cell_text(record[col["department"]]).strip() if "department" in col else ""
    found = people.get(email.casefold()) if email and email.casefold() != "anonymous" else None
    if found is None and email and "@" in email and not plan.anonymous:
        plan.notes.append(f"Row {number}: nobody in the program has the email {email}; the "
                          "answers are kept without a name.")
    if found is not None:
        department = department or found[1]
        if found[0] in seen and not plan.anonymous:
            plan.notes.append(f"Row {number}: {email} also answered on row {seen[found[0]]}.")
        seen.setdefault(found[0], number)
    response.department = department
    response.participant_id = None if plan.anonymous or found is None else found[0]


def apply_feedback(program: Program, plan: FeedbackPlan, ids: list[int] | None = None) -> list[int]:
    """Store the plan's good responses in one transaction; ``ids`` re-uses earlier ids (redo)."""
    if plan.blocking:
        raise ValueError("; ".join(plan.blocking))
    if ids is not None:
        for response, rid in zip(plan.responses, ids, strict=True):
            response.id = rid
    with program.atomic():
        new_ids = add_responses(program, plan.responses)
    for response in plan.responses:
        response.id = None
    return new_ids


def undo_feedback(program: Program, ids: list[int]) -> None:
    delete_responses(program, ids)
