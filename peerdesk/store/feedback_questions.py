"""Feedback questions: added, edited, reordered and deactivated with the same checks for
the window and the command line. A question that already has answers keeps its kind and
range: changing them would make old answers mean something else, so the user is told to
deactivate it and add a new one.
"""

from __future__ import annotations

import re
from typing import Any

from peerdesk.core.models import FeedbackQuestion, stored_id
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import _
from peerdesk.store.program import Program, row_id
from peerdesk.store.responses import list_questions

KINDS = ("scale", "nps", "text", "confidence")
GROUPS = ("", "safety")
PHASES = ("session", "before", "after")
_KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")


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


