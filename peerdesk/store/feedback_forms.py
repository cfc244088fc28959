"""Paper forms typed into the entry grid, and comments hidden before a report.

Paper forms are checked with :func:`peerdesk.core.answers.check_answers` and stored
through :func:`peerdesk.store.responses.add_responses`, which drops identities in an
anonymous program. In an anonymous program a typed form waits in the entry grid while its session's
feedback is open, and joins the figures with the session's other forms when it is
closed (:mod:`peerdesk.store.feedback_close`); a closed session takes no more forms.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peerdesk.core.answers import check_answers
from peerdesk.core.models import FeedbackQuestion
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import _
from peerdesk.store.feedback_close import TYPING, refuse_if_closed
from peerdesk.store.feedback_questions import KINDS, PHASES
from peerdesk.store.program import Program
from peerdesk.store.responses import (
    Response,
    add_responses,
    insert_answers,
    is_anonymous,
    list_questions,
    schema_version,
)


@dataclass(slots=True)
class PaperForm:
    """One paper form as typed in: answers are the text in each cell."""

    cycle_id: int
    answers: dict[str, str]
    session_id: int | None = None
    phase: str = "session"
    department: str = ""
    skill: str = ""
    participant_id: int | None = None
    id: int | None = None


def form_questions(program: Program, phase: str) -> list[FeedbackQuestion]:
    """The active questions of a form, in the printed form's order: a session form asks
    them all; the before/after rounds ask only skill confidence (and free text)."""
    wanted = ("confidence", "text") if phase in ("before", "after") else KINDS
    return [q for q in list_questions(program) if q.kind in wanted]


def check_form(program: Program, form: PaperForm) -> list[Problem]:
    problems = check_answers(list_questions(program, active_only=False), form.answers)
    if form.phase not in PHASES:
        problems.append(Problem("phase", _("“{phase}” is not a form type.").format(phase=form.phase)))
    if form.phase == "session" and form.session_id is None:
        problems.append(Problem("session", _("Choose the session the form is from.")))
    if form.session_id is not None:
        row = program.db.execute("SELECT cycle_id FROM sessions WHERE id = ?",
                                 [form.session_id]).fetchone()
        if row is None:
            problems.append(Problem("session", _("There is no session {id}.").format(id=form.session_id)))
        elif row[0] != form.cycle_id:
            problems.append(Problem("session", _("That session belongs to another cycle.")))
    if not any(str(v).strip() for v in form.answers.values()):
        problems.append(Problem("answers", _("The form is empty: type at least one answer.")))
    return problems


def add_paper_form(program: Program, form: PaperForm, correcting: bool = False) -> int:
    """Check and store one paper form; returns the response id (for undo).

    In an anonymous program a typed form waits while its session's feedback is open:
    the facilitator sees it in the entry grid to correct it, and it joins the figures
    (and leaves the grid) with the session's other forms when she closes the session's
    feedback (:func:`~peerdesk.store.feedback_close.close_feedback`). A form for a
    closed session is refused (:class:`~peerdesk.store.feedback_close.FeedbackClosed`)
    and not stored; ``correcting``: the form replaces one already there."""
    problems = check_form(program, form)
    if problems:
        raise ValidationError(problems)
    if not correcting:
        refuse_if_closed(program, form.cycle_id, form.session_id, form.phase)
    given = {k: (v.strip() if isinstance(v, str) else v) for k, v in form.answers.items()}
    given = {k: v for k, v in given.items() if v not in ("", None)}
    kinds = {q.key: q.kind for q in list_questions(program, active_only=False)}
    answers: dict[str, float | str] = {
        k: (str(v) if kinds[k] == "text" else float(str(v).replace(",", ".")))
        for k, v in given.items()}
    response = Response(cycle_id=form.cycle_id, answers=answers, session_id=form.session_id,
                        participant_id=form.participant_id, department=form.department.strip(),
                        phase=form.phase, source="paper", skill=form.skill.strip(), id=form.id)
    return add_responses(program, [response], draft=TYPING if is_anonymous(program) else 0)[0]


def snapshot_forms(program: Program, response_ids: list[int]) -> dict[str, Any]:
    """The stored rows of some responses, so undo puts them back exactly (source and date too)."""
    marks = ", ".join("?" * len(response_ids))
    return {"responses": list(program.db.query(
                f"SELECT * FROM feedback_responses WHERE id IN ({marks})", response_ids)),
            "answers": list(program.db.query(
                f"SELECT rowid AS rowid, * FROM feedback_answers WHERE response_id IN ({marks})",
                response_ids))}


def restore_forms(program: Program, snap: dict[str, Any]) -> None:
    """Undo of :func:`delete_forms`. Forms that counted in the figures come back only
    through the check of new forms: if they would give themselves away they wait
    (:func:`peerdesk.store.feedback_gate.rejoin`)."""
    from peerdesk.store.feedback_gate import rejoin

    with program.atomic():
        ids = [r["id"] for r in snap["responses"]]
        for rid in ids:
            program.db.execute("DELETE FROM feedback_responses WHERE id = ?", [rid])
        if snap["responses"]:
            program.db.table("feedback_responses").insert_all(snap["responses"])
        if snap["answers"]:
            insert_answers(program, snap["answers"], is_anonymous(program))
        rejoin(program, [r["id"] for r in snap["responses"] if not r.get("draft")])


def delete_forms(program: Program, response_ids: list[int]) -> dict[str, Any]:
    """Delete responses; returns the snapshot :func:`restore_forms` takes."""
    snap = snapshot_forms(program, response_ids)
    with program.atomic():
        for rid in response_ids:
            program.db.execute("DELETE FROM feedback_responses WHERE id = ?", [rid])
    return snap


def replace_paper_form(program: Program, form: PaperForm) -> dict[str, Any]:
    """Store a corrected form in place of the one with ``form.id``; returns the old one's
    snapshot for undo. Checked first, so a refused correction leaves the old form alone."""
    if form.id is None:
        raise ValueError("replace_paper_form needs a form with an id")
    problems = check_form(program, form)
    if problems:
        raise ValidationError(problems)
    with program.atomic():
        snap = delete_forms(program, [form.id])
        add_paper_form(program, form, correcting=True)
        old = snap["responses"][0] if snap["responses"] else None
        if old is not None:  # a correction keeps where and when the form came from
            program.db.table("feedback_responses").update(form.id, {
                "source": old["source"], "submitted_on": old["submitted_on"],
                "participant_id": old["participant_id"], "draft": old.get("draft", 0)})
    return snap


def list_forms(program: Program, cycle_id: int, session_id: int | None = None,
               phase: str = "session") -> list[PaperForm]:
    """The forms the entry grid lists for one session (or a before/after round).

    Named program: every form, in the order typed. Anonymous program: only the paper
    forms typed while the session's feedback is open (or reopened by an undo), in an order made from their answers, never the
    order they were typed or arrived in; an imported or finished form is never listed
    on its own."""
    anonymous = is_anonymous(program)
    only = "AND r.draft IN (1, 3)" if anonymous and schema_version(program) >= 2 else ""
    rows = program.db.execute(
        "SELECT r.id, r.department, r.participant_id, q.key, q.kind, a.value_num, a.value_text, "
        "s.name FROM feedback_responses r LEFT JOIN feedback_answers a ON a.response_id = r.id "
        "LEFT JOIN feedback_questions q ON q.id = a.question_id "
        "LEFT JOIN skills s ON s.id = a.skill_id WHERE r.cycle_id = ? AND r.phase = ? "
        f"AND (r.session_id IS ? OR r.session_id = ?) {only} ORDER BY r.id",
        [cycle_id, phase, session_id, session_id]).fetchall()
    forms: dict[int, PaperForm] = {}
    for rid, dept, pid, key, kind, num, text, skill in rows:
        form = forms.setdefault(rid, PaperForm(cycle_id, {}, session_id, phase, dept,
                                               participant_id=pid, id=rid))
        if key is None:
            continue
        form.answers[key] = text if kind == "text" else f"{num:g}"
        if skill:
            form.skill = skill
    if anonymous and only:
        return sorted(forms.values(), key=lambda f: (f.department.casefold(),
                                                      sorted(f.answers.items()), f.skill))
    return list(forms.values())


def typing_open(program: Program, cycle_id: int, session_id: int | None, phase: str) -> int:
    """How many typed forms of this session (or round) wait for its close."""
    if schema_version(program) < 2:
        return 0
    return int(program.db.execute(
        "SELECT count(*) FROM feedback_responses WHERE cycle_id = ? AND phase = ? AND "
        "(session_id IS ? OR session_id = ?) AND draft IN (1, 3)",
        [cycle_id, phase, session_id, session_id]).fetchone()[0])


def set_comment_hidden(program: Program, cycle_id: int, text: str, hidden: bool) -> list[int]:
    """Hide (or show again) every copy of one comment in a cycle, say one that names
    someone, before a report; returns the answers changed, for undo."""
    rows = [r[0] for r in program.db.execute(
        "SELECT a.rowid FROM feedback_answers a JOIN feedback_responses r ON r.id = a.response_id "
        "JOIN feedback_questions q ON q.id = a.question_id WHERE r.cycle_id = ? AND "
        "q.kind = 'text' AND trim(a.value_text) = ? AND a.hidden = ?",
        [cycle_id, text.strip(), int(not hidden)])]
    set_answers_hidden(program, rows, hidden)
    return rows


def set_answers_hidden(program: Program, answer_rowids: list[int], hidden: bool) -> None:
    with program.atomic():
        for rowid in answer_rowids:
            program.db.execute("UPDATE feedback_answers SET hidden = ? WHERE rowid = ?",
                               [int(hidden), rowid])


def unhide_comments(program: Program, cycle_id: int) -> list[int]:
    """Show every hidden comment of the cycle again; returns them, for undo."""
    rows = [r[0] for r in program.db.execute(
        "SELECT a.rowid FROM feedback_answers a JOIN feedback_responses r ON r.id = a.response_id "
        "WHERE r.cycle_id = ? AND a.hidden = 1", [cycle_id])]
    set_answers_hidden(program, rows, False)
    return rows


def hidden_comments(program: Program, cycle_id: int) -> int:
    """How many comments of the cycle the facilitator has hidden."""
    if schema_version(program) < 2:
        return 0
    return int(program.db.execute(
        "SELECT count(*) FROM feedback_answers a JOIN feedback_responses r ON r.id = a.response_id "
        "WHERE r.cycle_id = ? AND a.hidden = 1", [cycle_id]).fetchone()[0])


