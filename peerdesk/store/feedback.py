"""Feedback questions, paper forms, and the data the feedback statistics read.

Questions are edited here (add, edit, reorder, deactivate) with the same checks for
the window and the command line. A question that already has answers keeps its kind
and range: changing them would make old answers mean something else, so the user is
told to deactivate it and add a new one. Paper forms are checked with
:func:`peerdesk.core.answers.check_answers` and stored through
:func:`peerdesk.store.responses.add_responses`, which drops identities in an
anonymous program.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from peerdesk.core.answers import check_answers
from peerdesk.core.feedback import AttendanceRecord, FeedbackData, ResponseRecord
from peerdesk.core.models import FeedbackQuestion, Pairing, Participant, Session, stored_id
from peerdesk.core.small_groups import group_threshold
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import _, ngettext
from peerdesk.store.cycles import list_cycles
from peerdesk.store.program import Program, row_id
from peerdesk.store.responses import (
    Response,
    add_responses,
    insert_answers,
    is_anonymous,
    list_questions,
    schema_version,
    shuffle_layout,
)

if TYPE_CHECKING:
    from peerdesk.core.disclosure_history import Outcome

KINDS = ("scale", "nps", "text", "confidence")
GROUPS = ("", "safety")
PHASES = ("session", "before", "after")
_KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")


# -- questions --------------------------------------------------------------------


def get_question(program: Program, question_id: int) -> FeedbackQuestion:
    for q in list_questions(program, active_only=False):
        if q.id == question_id:
            return q
    raise KeyError(_("No feedback question with id {id}.").format(id=question_id))


def answer_count(program: Program, question_id: int) -> int:
    return int(program.db.execute("SELECT count(*) FROM feedback_answers WHERE question_id = ?",
                                  [question_id]).fetchone()[0])


def make_key(program: Program, text: str) -> str:
    """A unique key made from the question's words, for questions added in the window."""
    base = "_".join(re.findall(r"[a-z0-9]+", text.casefold()))[:30].strip("_") or "question"
    if not base[0].isalpha():
        base = "q_" + base
    taken = {q.key for q in list_questions(program, active_only=False)}
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def check_question(program: Program, q: FeedbackQuestion) -> list[Problem]:
    problems = []
    if not q.text.strip():
        problems.append(Problem("text", _("A question needs its words, as printed on the form.")))
    if not _KEY_RE.match(q.key):
        problems.append(Problem("key", _("“{key}” cannot be a question key: use lower-case "
                                         "letters, digits and _ , starting with a letter.").format(key=q.key)))
    elif any(o.key == q.key and o.id != q.id for o in list_questions(program, active_only=False)):
        problems.append(Problem("key", _("There is already a question with the key “{key}”.").format(key=q.key)))
    if q.kind not in KINDS:
        problems.append(Problem("kind", _("“{kind}” is not a kind of question: choose one of "
                                          "{kinds}.").format(kind=q.kind, kinds=", ".join(KINDS))))
    elif q.kind == "nps" and (q.min_value, q.max_value) != (0, 10):
        problems.append(Problem("max_value", _("A recommend (eNPS) question is always 0 to 10.")))
    elif q.kind != "text":
        if q.min_value is None or q.max_value is None or q.min_value >= q.max_value:
            problems.append(Problem("max_value", _("The lowest answer must be below the highest.")))
        elif q.max_value - q.min_value > 10:
            problems.append(Problem("max_value", _("A scale can have at most 11 points.")))
    if q.group not in GROUPS:
        problems.append(Problem("group", _("“{group}” is not a question group.").format(group=q.group)))
    if q.group == "safety" and q.kind != "scale":
        problems.append(Problem("group", _("Only scale questions can be psychological-safety items.")))
    if q.reverse and q.kind != "scale":
        problems.append(Problem("reverse", _("Only scale questions can be reverse-scored.")))
    if q.id is not None and answer_count(program, q.id):
        old = get_question(program, q.id)
        if (old.kind, old.min_value, old.max_value, old.reverse) != \
                (q.kind, q.min_value, q.max_value, q.reverse):
            problems.append(Problem("kind", _("This question already has answers, so its kind, "
                                              "range and scoring stay as they are. Deactivate it "
                                              "and add a new question instead.")))
    return problems


def _normalise(q: FeedbackQuestion) -> FeedbackQuestion:
    if q.kind == "text":
        q.min_value = q.max_value = None
    elif q.kind == "nps" and q.min_value is None and q.max_value is None:
        q.min_value, q.max_value = 0, 10
    return q


def _row(q: FeedbackQuestion) -> dict[str, Any]:
    return {"key": q.key, "text": q.text.strip(), "kind": q.kind, "min_value": q.min_value,
            "max_value": q.max_value, "reverse": int(q.reverse), "grp": q.group,
            "position": q.position, "active": int(q.active)}


def add_question(program: Program, q: FeedbackQuestion) -> int:
    """Add a question at the end (keeping ``q.id`` and position when set, as undo needs)."""
    q = _normalise(q)
    if not q.key:
        q.key = make_key(program, q.text)
    problems = check_question(program, q)
    if problems:
        raise ValidationError(problems)
    row = _row(q)
    if q.id is None:
        row["position"] = 1 + (program.db.execute(
            "SELECT max(position) FROM feedback_questions").fetchone()[0] or 0)
    else:
        row["id"] = q.id
    with program.atomic():
        return row_id(program.db.table("feedback_questions").insert(row).last_pk)


def update_question(program: Program, q: FeedbackQuestion) -> None:
    if q.id is None:
        raise ValueError("update_question needs a question with an id")
    q = _normalise(q)
    problems = check_question(program, q)
    if problems:
        raise ValidationError(problems)
    with program.atomic():
        program.db.table("feedback_questions").update(stored_id(q.id), _row(q))


def delete_question(program: Program, question_id: int) -> None:
    """Only a question nobody has answered can go (undo of an add); others are deactivated."""
    if answer_count(program, question_id):
        raise ValidationError([Problem("id", _("This question has answers: deactivate it instead."))])
    with program.atomic():
        program.db.execute("DELETE FROM feedback_questions WHERE id = ?", [question_id])


def set_question_active(program: Program, question_id: int, active: bool) -> None:
    with program.atomic():
        program.db.table("feedback_questions").update(question_id, {"active": int(active)})


def reorder_questions(program: Program, ordered_ids: list[int]) -> None:
    """Put the questions in this order (ids not listed keep their place after them)."""
    rest = [stored_id(q.id) for q in list_questions(program, active_only=False)
            if q.id not in ordered_ids]
    with program.atomic():
        for position, qid in enumerate([*ordered_ids, *rest]):
            program.db.table("feedback_questions").update(qid, {"position": position})


def move_question(program: Program, question_id: int, offset: int) -> list[int]:
    """Move a question up (-1) or down (+1); returns the order before, for undo."""
    ids = [int(q.id) for q in list_questions(program, active_only=False) if q.id is not None]
    before = list(ids)
    i = ids.index(question_id)
    j = max(0, min(len(ids) - 1, i + offset))
    ids.insert(j, ids.pop(i))
    reorder_questions(program, ids)
    return before


# -- paper forms ----------------------------------------------------------------------


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


def add_paper_form(program: Program, form: PaperForm) -> int:
    """Check and store one paper form; returns the response id (for undo).

    In an anonymous program a typed form is a draft while its session's typing is open:
    the facilitator sees it in the entry grid to correct it, and it joins the figures
    (and leaves the grid) when she finishes typing (:func:`finish_typing`)."""
    problems = check_form(program, form)
    if problems:
        raise ValidationError(problems)
    given = {k: (v.strip() if isinstance(v, str) else v) for k, v in form.answers.items()}
    given = {k: v for k, v in given.items() if v not in ("", None)}
    kinds = {q.key: q.kind for q in list_questions(program, active_only=False)}
    answers: dict[str, float | str] = {
        k: (str(v) if kinds[k] == "text" else float(str(v).replace(",", ".")))
        for k, v in given.items()}
    response = Response(cycle_id=form.cycle_id, answers=answers, session_id=form.session_id,
                        participant_id=form.participant_id, department=form.department.strip(),
                        phase=form.phase, source="paper", skill=form.skill.strip(), id=form.id)
    return add_responses(program, [response], draft=is_anonymous(program))[0]


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
        add_paper_form(program, form)
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
    forms still being typed (drafts), in an order made from their answers, never the
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
    """How many typed forms of this session (or round) are still drafts."""
    if schema_version(program) < 2:
        return 0
    return int(program.db.execute(
        "SELECT count(*) FROM feedback_responses WHERE cycle_id = ? AND phase = ? AND "
        "(session_id IS ? OR session_id = ?) AND draft IN (1, 3)",
        [cycle_id, phase, session_id, session_id]).fetchone()[0])


class FormsWait(ValidationError):
    """The forms cannot join the figures yet: comparing the figures after with those of
    any earlier reading would tell them apart (see
    :func:`peerdesk.core.disclosure_history.check_change`)."""

    def __init__(self, count: int, why: str):
        super().__init__([Problem("", ngettext(
            "{n} form cannot join the figures yet: {why}. It waits, counted in no figure, "
            "until enough more forms come in to join together.",
            "These {n} forms cannot join the figures yet: {why}. They wait, counted in no "
            "figure, until enough more forms come in to join together.", count).format(
                n=count, why=why))])
        self.count = count


def forms_in_figures(program: Program, cycle_id: int | None = None) -> tuple[int | None, str]:
    """How many forms the program (or one cycle) holds, as the disclosure rule lets it be
    said: (n, "") or (None, why it is withheld)."""
    from peerdesk.core.disclosure import forms_said
    from peerdesk.core.feedback import book

    return forms_said(book(load_feedback_data(program)), cycle_id)


def join_problem(program: Program, response_ids: list[int]) -> str:
    """Why these stored forms (drafts, or rows just written) may not join the figures
    ("" if they may). Named programs show no less than anonymous ones, so the same
    check applies to both."""
    return join_outcome(program, response_ids).why


def join_outcome(program: Program, response_ids: list[int], returning: bool = False
                 ) -> Outcome:
    """The check of these stored forms joining the figures, against every reading of
    the figures so far (:mod:`peerdesk.core.disclosure_history`); ``returning``: forms
    an undo brings back."""
    from peerdesk.core.disclosure_history import joining
    from peerdesk.store.disclosure_history import load_history

    wanted = set(response_ids)
    data = load_feedback_data(program, also=wanted or None)
    new: dict[int, ResponseRecord] = data.cache.pop("new forms", {})  # type: ignore[assignment]
    return joining(load_history(program), data, list(new.values()), returning)


def finish_typing(program: Program, cycle_id: int, session_id: int | None,
                  phase: str) -> list[int]:
    """The typed forms join the figures and leave the entry grid; returns them for undo.

    Raises :class:`FormsWait` (and changes nothing) when the figures before and after
    would tell the new forms apart: they stay in the grid until more are typed."""
    rows = program.db.execute(
        "SELECT id, draft FROM feedback_responses WHERE cycle_id = ? AND phase = ? AND "
        "(session_id IS ? OR session_id = ?) AND draft IN (1, 3)",
        [cycle_id, phase, session_id, session_id]).fetchall()
    ids = [r[0] for r in rows]
    with program.atomic():
        waiting = join_with_waiting(program, ids, back=[r[0] for r in rows if r[1] == REOPENED])
        for rid in ids:
            program.db.execute("UPDATE feedback_responses SET draft = 0 WHERE id = ?", [rid])
        if ids and is_anonymous(program):
            shuffle_layout(program)  # the file's pages no longer follow the typing order
    return Joined(ids, waiting)


REOPENED = 3  # feedback_responses.draft: typed, counted once, its typing open again (undo)


class _Refused(Exception):
    def __init__(self, why: str):
        super().__init__(why)
        self.why = why


def join_with_waiting(program: Program, ids: list[int], back: list[int] | None = None,
                      returning: bool = False) -> list[int]:
    """Check that the stored forms ``ids`` may join the figures (raises :class:`FormsWait`
    if not); forms waiting since attendance was marked or an undo (see
    :mod:`peerdesk.store.feedback_gate`) join with them when the whole batch is safe.
    Returns those waiting forms, now counted (inside the caller's transaction).

    Forms that counted in the figures before and come back (``back``: typed forms whose
    typing an undo opened again; all of ``ids`` with ``returning``, a redo) are checked
    first, as the answers that left (the check's ``returning``), then the others with
    the waiting forms, as new answers: taking a new form for one that left, or
    one that left for a new one, would each let the history hold other answers than
    the figures did. Both steps are readings of the history (the one between is never
    shown: one reading more is only stricter)."""
    from peerdesk.store.feedback_gate import waiting_ids

    if not ids:
        return []
    back = list(ids) if returning else [i for i in (back or []) if i in set(ids)]
    waiting = waiting_ids(program)
    why = ""
    for extra in ([waiting, []] if waiting else [[]]):
        try:
            with program.atomic():  # a savepoint: a refusal leaves nothing behind
                _join_in_steps(program, [back, [i for i in ids if i not in back] + extra])
            return extra
        except _Refused as refused:
            why = refused.why
    raise FormsWait(len(ids), why)


def _join_in_steps(program: Program, steps: list[list[int]]) -> None:
    """Each step's forms join (checked beside every reading, the first step's as forms
    that come back, the second's as new ones); raises :class:`_Refused` at the first
    step that would give answers away. Inside the caller's transaction."""
    from peerdesk.store.disclosure_history import save_history
    from peerdesk.store.feedback_gate import COUNTED

    for returning, step in zip((True, False), steps, strict=True):
        if not step:
            continue
        outcome = join_outcome(program, step, returning=returning)
        if outcome.why:
            raise _Refused(outcome.why)
        save_history(program, outcome.history)
        for rid in step:
            program.db.execute("UPDATE feedback_responses SET draft = ? WHERE id = ?",
                               [COUNTED, rid])


class Joined(list[int]):
    """The typed forms :func:`finish_typing` let join, and (``waiting``) the waiting
    forms that joined with them, so undo puts each back where it was."""

    def __init__(self, typed: list[int], waiting: list[int]):
        super().__init__(typed)
        self.waiting = list(waiting)


def reopen_typing(program: Program, response_ids: list[int]) -> None:
    """Undo of :func:`finish_typing`."""
    from peerdesk.store.feedback_gate import set_waiting

    with program.atomic():
        for rid in response_ids:  # typed again, and counted once: they come back as such
            program.db.execute("UPDATE feedback_responses SET draft = ? WHERE id = ?",
                               [REOPENED, rid])
        set_waiting(program, getattr(response_ids, "waiting", []), True)


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


# -- what the pickers and the statistics read ----------------------------------------


def list_sessions(program: Program, cycle_id: int | None = None) -> list[Session]:
    """Sessions in date order, without their agendas (all the feedback views need)."""
    where, args = ("WHERE cycle_id = ?", [cycle_id]) if cycle_id is not None else ("", [])
    return [Session(cycle_id=r["cycle_id"], title=r["title"], id=r["id"], topic=r["topic"],
                    date=date.fromisoformat(r["date"]) if r["date"] else None,
                    start_time=r["start_time"], minutes=r["minutes"])
            for r in program.db.query(f"SELECT * FROM sessions {where} "
                                      "ORDER BY coalesce(date, '9999'), id", args)]


def departments(program: Program) -> list[str]:
    """Departments of people and of stored responses (a leaver's department stays)."""
    rows = program.db.execute(
        "SELECT department FROM participants WHERE department <> '' UNION "
        "SELECT department FROM feedback_responses WHERE department <> ''").fetchall()
    return sorted((r[0] for r in rows), key=str.casefold)


def _people(program: Program) -> list[Participant]:
    def d(v: str | None) -> date | None:
        return date.fromisoformat(v) if v else None

    return [Participant(name=name, id=pid, department=dept, hire_date=d(hired),
                        archived_on=d(archived), left_company=bool(left))
            for pid, name, dept, hired, archived, left in program.db.execute(
                "SELECT id, name, department, hire_date, archived_on, left_company FROM participants")]


def _pairings(program: Program) -> list[Pairing]:
    members: dict[int, list[int]] = {}
    for pid, person in program.db.execute(
            "SELECT pairing_id, participant_id FROM pairing_members ORDER BY pairing_id, participant_id"):
        members.setdefault(pid, []).append(person)
    return [Pairing(cycle_id=cycle_id, member_ids=members.get(pid, []), id=pid, kind=kind)
            for pid, cycle_id, kind in program.db.execute("SELECT id, cycle_id, kind FROM pairings")]


def _responses(program: Program, also: set[int] | None = None) -> dict[int, ResponseRecord]:
    """The forms the figures count, by id: typed forms of a session still being typed
    (drafts) join when the typing is closed; comments the facilitator hid are left out.
    ``also``: drafts to read as well (to check whether they may join)."""
    v2 = schema_version(program) >= 2
    records: dict[int, ResponseRecord] = {
        rid: ResponseRecord(cycle_id, session_id, dept, phase)
        for rid, cycle_id, session_id, dept, phase, is_draft in program.db.execute(
            "SELECT id, cycle_id, session_id, department, phase, "
            f"{'draft' if v2 else '0'} FROM feedback_responses")
        if not (v2 and is_draft) or (also and rid in also)}
    hidden = "AND a.hidden = 0" if v2 else ""
    for rid, key, kind, num, text, skill in program.db.execute(
            "SELECT a.response_id, q.key, q.kind, a.value_num, a.value_text, s.name "
            "FROM feedback_answers a JOIN feedback_questions q ON q.id = a.question_id "
            f"LEFT JOIN skills s ON s.id = a.skill_id WHERE 1 = 1 {hidden}"):
        r = records.get(rid)
        if r is None:
            continue
        if kind == "text":
            r.comments.append(text)
        elif num is None:
            continue
        elif kind == "confidence":
            r.confidence.append((skill or "", num))
        else:
            r.values[key] = num
    return records


def _sessions_waiting(program: Program) -> frozenset[int]:
    """Sessions whose feedback forms all wait to join the figures (typed and not yet
    finished, or held back): none of them counts yet, so the people present there are
    left out of the response rate. That a session's forms wait is said anyway (the
    Sessions tab, ``peerdesk sessions``), so leaving them out tells nothing new."""
    if schema_version(program) < 2:
        return frozenset()
    return frozenset(int(r[0]) for r in program.db.execute(
        "SELECT session_id FROM feedback_responses WHERE phase = 'session' AND session_id "
        "IS NOT NULL GROUP BY session_id HAVING min(draft) > 0"))


def load_feedback_data(program: Program, also: set[int] | None = None) -> FeedbackData:
    """Everything the feedback statistics and charts need, read in a few queries.

    ``also`` (for :func:`join_problem`): stored forms not yet in the figures to read as
    well, kept apart in ``cache["new forms"]`` (by id), not among ``responses``."""
    records = _responses(program, also)
    data = FeedbackData(
        cycles=list_cycles(program),
        sessions=list_sessions(program),
        questions=list_questions(program, active_only=False),
        responses=[r for rid, r in records.items() if not (also and rid in also)],
        attendance=[AttendanceRecord(*row) for row in program.db.execute(
            "SELECT session_id, participant_id, status FROM attendance")],
        pairings=_pairings(program),
        people=_people(program),
        min_group_size=group_threshold(program.settings().min_group_size),
        anonymous=is_anonymous(program),
        waiting_sessions=_sessions_waiting(program),
    )
    if also:
        data.cache["new forms"] = {rid: r for rid, r in records.items() if rid in also}
    return data
