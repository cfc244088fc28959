"""Feedback answers from survey tools: Google Forms CSV, Microsoft Forms .xlsx, plain CSV.

Each question column is mapped to one of the program's feedback questions. Answers a
question cannot hold (a 7 on a 1-5 scale, words in a number column) make the row bad.

Named programs link each respondent to a participant by email. In an anonymous program
nothing that could name a respondent gets past this module: the email, name and time
columns are not read, every column whose *content* is personal data (emails, times of
day, participants' names, employee ids; see :mod:`peerdesk.io.personal_columns`) is
dropped whatever its heading, and the department is only what the form itself asked
(never looked up from HR). :attr:`FeedbackPlan.dropped` says which columns went and why.

Re-importing a later export of the same form adds only the new answers. Survey tools
export rows in submission order and leave earlier rows as they were, so the file
remembers, per session, form type and tool, only *how many rows* it has taken
(``feedback_imports.rows_done``): the next import skips that many rows. No digest of a
row is kept: a hash over a row with its submission time or an email can be reversed by
trying the 86,400 seconds of a day or the participants' emails, and a count cannot.
As a check that the file is the same form's export, the skipped rows' answers are
compared with the answers already stored for that session from that tool (a multiset
computed at import time and never stored); a difference is reported, not guessed at.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peerdesk.core.models import FeedbackQuestion
from peerdesk.i18n import _, ngettext
from peerdesk.i18n import gettext_noop as M_
from peerdesk.io import dates
from peerdesk.io.feedback_apply import apply_feedback as apply_feedback
from peerdesk.io.feedback_apply import department_column as department_column
from peerdesk.io.feedback_apply import undo_feedback as undo_feedback
from peerdesk.io.feedback_columns import META as META  # re-exported: callers import them here
from peerdesk.io.feedback_columns import match_departments
from peerdesk.io.feedback_columns import target_labels as target_labels
from peerdesk.io.feedback_columns import targets as targets
from peerdesk.io.mapping import IGNORE, RowProblem, apply_overrides, normalize_header
from peerdesk.io.personal_columns import Known, personal_columns
from peerdesk.io.tabular import Cell, Table, cell_text
from peerdesk.store import feedback_imports as imports_store
from peerdesk.store.program import Program
from peerdesk.store.responses import (
    Response,
    is_anonymous,
    list_questions,
)

GOOGLE, MICROSOFT, PLAIN = "google-forms", "microsoft-forms", "csv"
# What kind of file it is, in English: kind_name() says it in the user's language.
KIND_NAMES = {GOOGLE: M_("Google Forms export"), MICROSOFT: M_("Microsoft Forms export"),
              PLAIN: M_("plain table")}


def kind_name(kind: str) -> str:
    """"Google Forms export" in the user's language."""
    return _(KIND_NAMES[kind])


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
    phase: str = "session"
    rows_before: int = 0  # file rows taken by earlier imports of this session's form
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (heading, why)
    # Each response's submission date, read for the sanity checks before writing
    # ("dated before the session?") and never stored in an anonymous program.
    dates_read: list[date | None] = field(default_factory=list)
    # Departments the import leaves out (its rule held the answers back; see
    # :func:`peerdesk.io.feedback_apply.leave_out_offer`): those answers count for all
    # departments together.
    left_out: frozenset[str] = frozenset()

    @property
    def bad_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})

    @property
    def ok(self) -> bool:
        return not self.blocking and not self.problems

    def summary(self) -> str:
        n = len(self.responses)
        parts = [ngettext("{n} response to import", "{n} responses to import", n).format(n=n)]
        if self.already_imported:
            n = len(self.already_imported)
            parts.append(ngettext("{n} already imported before, skipped",
                                  "{n} already imported before, skipped", n).format(n=n))
        if self.problems:
            bad = len(self.bad_rows)
            parts.append(ngettext("{n} bad row", "{n} bad rows", bad).format(n=bad))
        return "; ".join(parts)

    def dropped_lines(self) -> list[str]:
        """One line per column not stored for privacy, with the reason, for the preview."""
        return [_("Column “{column}” is not stored: {why}.").format(column=h, why=why)
                for h, why in self.dropped]


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


_DEPARTMENT_WORDS = {"department", "dept", "departments"}
_COMMENT_WORDS = {"comment", "comments", "remarks", "suggestions"}


def _worded_as_questions(table: Table, questions: list[FeedbackQuestion],
                         mapping: list[str]) -> list[str]:
    """A form's department question worded as a question ("Which department are you
    in?"), and its free-text comment question ("Any other comments?"): a column left
    unmatched whose heading says so and whose answers are words, not numbers, when no
    column is that yet."""
    comment = next((q.key for q in questions if q.kind == "text" and q.active
                    and q.key == "comment"), None)
    for target, words in (("department", _DEPARTMENT_WORDS), (comment, _COMMENT_WORDS)):
        if target is None or target in mapping:
            continue
        for i, header in enumerate(table.headers):
            if mapping[i] != IGNORE or not words & set(normalize_header(header).split()):
                continue
            given = [v for v in (cell_text(row[i]).strip() for row in table.rows if i < len(row))
                     if v]
            if given and not any(_NUMBER.match(v) for v in given):
                mapping = [*mapping[:i], target, *mapping[i + 1:]]
                break
    return mapping


def map_columns(headers: list[str], questions: list[FeedbackQuestion],
                specs: list[str] | None = None, table: Table | None = None) -> list[str]:
    mapping = auto_map(headers, questions)
    if table is not None:  # reworded headings, by meaning, scale and values
        from peerdesk.io.feedback_columns import guess_mapping

        mapping = _worded_as_questions(table, questions, guess_mapping(table, questions, mapping))
    return apply_overrides(headers, mapping, specs, targets(questions)) if specs else mapping


def build_plan(program: Program, table: Table, session_id: int, mapping: list[str] | None = None,
               date_order: str | None = None, phase: str = "session") -> FeedbackPlan:
    questions = list_questions(program, active_only=False)
    by_key = {q.key: q for q in questions}
    session = imports_store.session_cycle_and_date(program, session_id)
    mapping = list(mapping) if mapping is not None else map_columns(table.headers, questions,
                                                                    table=table)
    mapping += [IGNORE] * (len(table.headers) - len(mapping))
    plan = FeedbackPlan(table, detect_kind(table.headers), mapping, session_id,
                        session[0] if session else 0, is_anonymous(program), phase=phase)
    if session is None:
        plan.blocking.append(_("There is no session with id {id}.").format(id=session_id))
        return plan
    read = _submitted_dates(plan, {f: i for i, f in enumerate(plan.mapping) if f}, date_order,
                            session[1])
    if plan.anonymous:
        _drop_personal(program, plan)
    col = {f: i for i, f in enumerate(plan.mapping) if f}
    asked = [(i, by_key[f]) for i, f in enumerate(plan.mapping) if f in by_key]
    if not asked:
        plan.blocking.append(_("No column is mapped to a feedback question: map at least one."))
        return plan
    when = [None] * len(table.rows) if plan.anonymous else read
    people = {} if plan.anonymous else imports_store.people_by_email(program)
    headers, width = table.headers, len(table.headers)
    seen: dict[int, int] = {}
    plan.rows_before = imports_store.rows_done(program, session_id, phase, plan.kind)
    if plan.rows_before > len(table.rows):
        plan.blocking.append(
            _("This file has {n} rows, but {before} rows of a {kind} were imported for this "
              "session before: choose the latest export of the same form.").format(
                  n=len(table.rows), before=plan.rows_before, kind=kind_name(plan.kind)))
        return plan
    earlier: list[dict[str, Any]] = []
    for index, (record, number) in enumerate(zip(table.rows, table.row_numbers, strict=True)):
        if len(record) < width or any(cell_text(c).strip() for c in record[width:]):
            if index >= plan.rows_before:
                plan.problems.append(RowProblem(number, "", _(
                    "has {n} fields but the header has {width}.").format(n=len(record),
                                                                          width=width)))
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
        if index < plan.rows_before:  # taken by an earlier import of this form
            plan.already_imported.append(number)
            if not bad and answers:
                earlier.append(answers)
            continue
        if bad:
            plan.problems.extend(bad)
            continue
        if not answers:
            plan.notes.append(_("Row {row} has no answers; it was left out.").format(row=number))
            continue
        response = Response(cycle_id=plan.cycle_id, session_id=session_id, answers=answers,
                            phase=phase, source=plan.kind, submitted_on=when[index])
        _identify(plan, response, record, col, people, number, seen)
        if "skill" in col:
            response.skill = cell_text(record[col["skill"]]).strip()
        plan.responses.append(response)
        plan.rows.append(number)
        plan.dates_read.append(read[index])
    if plan.rows_before:
        _check_earlier(program, plan, earlier, [q.key for _, q in asked])
    plan.notes += match_departments(imports_store.known_departments(program), plan.responses)
    return plan


def _drop_personal(program: Program, plan: FeedbackPlan) -> None:
    """Unmap every column that could name a respondent or date an answer, and say why."""
    known = Known.of(*imports_store.names_and_employee_ids(program))
    by_content = personal_columns(plan.table.headers, plan.table.rows, known)
    why_meta = {"email": "it says who answered", "name": "it says who answered",
                "timestamp": "it says when each answer was sent (the session is kept)"}
    for i, header in enumerate(plan.table.headers):
        target = plan.mapping[i]
        if i in by_content:
            plan.dropped.append((header, by_content[i]))
        elif target in why_meta:
            plan.dropped.append((header, why_meta[target]))
        elif normalize_header(header) in ("id", "response id"):
            plan.dropped.append((header, _("it numbers the answers in the order they came in")))
        else:
            continue
        plan.mapping[i] = IGNORE


def _answer_key(answers: dict[str, Any], keys: list[str]) -> tuple[tuple[str, Any], ...]:
    return tuple((k, answers[k]) for k in keys if k in answers)


def _check_earlier(program: Program, plan: FeedbackPlan, earlier: list[dict[str, Any]],
                   keys: list[str]) -> None:
    """Compare the skipped rows with what those rows stored the first time."""
    # An anonymous program does not keep which tool a form came from (a lone paper form
    # would stand out), so there the skipped rows are looked for among all the session's
    # forms; a named program compares with the forms of the same tool.
    stored = imports_store.stored_answers(program, plan.session_id, plan.phase,
                                          None if plan.anonymous else plan.kind)
    then = Counter(_answer_key(a, keys) for a in stored.values())
    now = Counter(_answer_key(a, keys) for a in earlier)
    if (now - then) if plan.anonymous else (then != now):
        plan.notes.append(
            _("The first {n} rows were imported before and are skipped, but their answers are "
              "not the ones stored then (an answer edited in the survey tool, or a response "
              "deleted here). The stored answers are kept as they are.").format(
                  n=plan.rows_before))


def answer_value(cell: Cell, q: FeedbackQuestion) -> float | str | None:
    """The stored value of one answer, None for no answer; ValueError says what is wrong."""
    if q.kind == "text":
        return cell_text(cell).strip() or None
    if isinstance(cell, bool):
        raise ValueError(_("“{answer}” is not a number.").format(answer=cell))
    if isinstance(cell, int | float):
        number = float(cell)
        shown = cell_text(cell)
    else:
        shown = cell_text(cell).strip()
        if not shown:
            return None
        m = _NUMBER.match(shown)
        if not m:
            raise ValueError(_ranged(q, _("“{answer}” is not a number."),
                                     _("“{answer}” is not a number from {low} to {high}."), shown))
        number = float(m.group(1).replace(",", "."))
    if number != number or not number.is_integer():
        raise ValueError(_ranged(q, _("“{answer}” is not a whole number."),
                                 _("“{answer}” is not a whole number from {low} to {high}."), shown))
    if (q.min_value is not None and number < q.min_value) or \
            (q.max_value is not None and number > q.max_value):
        raise ValueError(_ranged(q, _("{answer} is outside the scale."),
                                 _("{answer} is outside the scale from {low} to {high}."), shown))
    return number


def _ranged(q: FeedbackQuestion, plain: str, ranged: str, shown: str) -> str:
    """The sentence that names the question's range when it has one."""
    if q.min_value is None or q.max_value is None:
        return plain.format(answer=shown)
    return ranged.format(answer=shown, low=q.min_value, high=q.max_value)


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
            plan.notes.append(_("The timestamps could be day-first or month-first; the "
                                "session's date was used instead."))
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
        plan.notes.append(_("Row {row}: nobody in the program has the email {email}; the "
                            "answers are kept without a name.").format(row=number, email=email))
    if found is not None:
        department = department or found[1]
        if found[0] in seen and not plan.anonymous:
            plan.notes.append(_("Row {row}: {email} also answered on row {first}.").format(
                row=number, email=email, first=seen[found[0]]))
        seen.setdefault(found[0], number)
    response.department = department
    response.participant_id = None if plan.anonymous or found is None else found[0]
