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
import weakref
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peerdesk.core.models import FeedbackQuestion
from peerdesk.store.program import Program, row_id


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
    extra: dict[str, Any] = field(default_factory=dict)


def list_questions(program: Program, active_only: bool = True) -> list[FeedbackQuestion]:
    where = "WHERE active = 1" if active_only else ""
    return [FeedbackQuestion(id=r["id"], key=r["key"], text=r["text"], kind=r["kind"],
                             min_value=r["min_value"], max_value=r["max_value"],
                             reverse=bool(r["reverse"]), position=r["position"],
                             active=bool(r["active"]), group=r["grp"])
            for r in program.db.query(f"SELECT * FROM feedback_questions {where} ORDER BY position, id")]


def schema_version(program: Program) -> int:
    return int(program.db.execute("PRAGMA user_version").fetchone()[0])


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
    Switching to anonymous strips every stored response of what ties it to a person, as
    migration 2 did for files made before anonymity: its participant, its submission
    date, the digest of an old import in ``source`` and a department the importer filled
    in from HR; ids are drawn again at random and the tables are rewritten in that random
    order. This cannot be taken back: switching to named again keeps the answers nameless.
    """
    program.db.execute("PRAGMA secure_delete = ON")
    with program.atomic():
        was_anonymous = is_anonymous(program)
        program.set_setting("anonymous_feedback", bool(anonymous))
        program.db.table("anonymity_changes").insert({"changed_on": date.today().isoformat(),
                                                "anonymous": int(bool(anonymous)),
                                                "note": note})
        if anonymous and not was_anonymous:
            _forget_identities(program)


def _forget_identities(program: Program) -> None:
    """Migration 2's care, for a program switched back to anonymous (inside its transaction)."""
    db = program.db
    db.execute("UPDATE feedback_responses SET participant_id = NULL, submitted_on = NULL, "
               "department = CASE WHEN instr(source, '#') > 0 THEN '' ELSE department END, "
               f"source = {ANONYMOUS_SOURCE!r}")
    old_ids = [r[0] for r in db.execute("SELECT id FROM feedback_responses")]
    fresh: set[int] = set()
    while len(fresh) < len(old_ids):
        fresh.add(secrets.randbelow(2**53 - 1) + 1)
    db.execute("PRAGMA defer_foreign_keys = ON")
    # Negative first, so a new id never meets an old one; then the answers follow.
    for old, new in zip(old_ids, fresh, strict=True):
        db.execute("UPDATE feedback_responses SET id = ? WHERE id = ?", [-new, old])
        db.execute("UPDATE feedback_answers SET response_id = ? WHERE response_id = ?",
                   [-new, old])
    db.execute("UPDATE feedback_responses SET id = -id WHERE id < 0")
    db.execute("UPDATE feedback_answers SET response_id = -response_id WHERE response_id < 0")
    rowids = [r[0] for r in db.execute("SELECT rowid FROM feedback_answers")]
    drawn: set[int] = set()
    while len(drawn) < len(rowids):
        drawn.add(secrets.randbelow(2**53 - 1) + 1)
    for old, new in zip(rowids, drawn, strict=True):
        db.execute("UPDATE feedback_answers SET rowid = ? WHERE rowid = ?", [-new, old])
    db.execute("UPDATE feedback_answers SET rowid = -rowid WHERE rowid < 0")
    shuffle_layout(program)
    from peerdesk.store.disclosure_history import forget_remembered

    forget_remembered(program)  # the forms the history followed had the old ids
    _exported.pop(program, None)
    _undone.pop(program, None)


# What an anonymous program keeps as a response's source: the same for every form, so a
# lone paper form among imported ones (or the other way round) is not told apart.
ANONYMOUS_SOURCE = ""


def shuffle_layout(program: Program) -> None:
    """Rewrite the feedback tables in the order of their random ids (inside a transaction).

    SQLite writes each new row below the previous one in a page, so the byte layout of
    the tables and their indexes follows the order rows were inserted: the order forms
    came in. Copied into fresh tables in id order (ids are random), the layout follows
    nothing. Old pages go to the free list, overwritten (secure_delete). Skipped while a
    change is only tried (:meth:`Program.rolled_back`): taken back, it leaves no pages to
    hide, and the copy costs a quarter of a second a try on a big program."""
    if program.trying:
        return
    db = program.db
    db.execute("PRAGMA secure_delete = ON")
    objects = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN "
        "('feedback_responses', 'feedback_answers') AND sql IS NOT NULL").fetchall()
    tables = {name: sql for kind, name, sql in objects if kind == "table"}
    later = [sql for kind, _name, sql in objects if kind != "table"]  # indexes, triggers
    db.execute("DROP TABLE IF EXISTS temp._shuffle_responses")
    db.execute("DROP TABLE IF EXISTS temp._shuffle_answers")
    db.execute("CREATE TEMP TABLE _shuffle_responses AS SELECT * FROM main.feedback_responses")
    db.execute("CREATE TEMP TABLE _shuffle_answers AS "
               "SELECT rowid AS _rowid, * FROM main.feedback_answers")
    db.execute("PRAGMA defer_foreign_keys = ON")
    db.execute("DROP TABLE main.feedback_answers")
    db.execute("DROP TABLE main.feedback_responses")
    db.execute(tables["feedback_responses"])
    db.execute(tables["feedback_answers"])
    db.execute("INSERT INTO main.feedback_responses SELECT * FROM temp._shuffle_responses "
               "ORDER BY id")
    columns = [r[1] for r in db.execute("PRAGMA main.table_info(feedback_answers)")]
    names = ", ".join(f'"{c}"' for c in columns)
    db.execute(f"INSERT INTO main.feedback_answers (rowid, {names}) SELECT _rowid, {names} "
               "FROM temp._shuffle_answers ORDER BY _rowid")
    for sql in later:
        db.execute(sql)
    db.execute("DROP TABLE temp._shuffle_responses")
    db.execute("DROP TABLE temp._shuffle_answers")


def smallest_k_allowed(program: Program) -> int:
    """The lowest smallest-group size Program settings may set: once an anonymous program
    holds feedback, the one in force (see :func:`k_is_fixed`)."""
    from peerdesk.core.disclosure import MIN_GROUP_FLOOR, group_threshold

    if k_is_fixed(program):
        return group_threshold(program.setting("min_group_size"))
    return MIN_GROUP_FLOOR


def largest_k_allowed(program: Program, ceiling: int = 50) -> int:
    """The highest smallest-group size Program settings may set (the one in force once an
    anonymous program holds feedback)."""
    from peerdesk.core.disclosure import group_threshold

    return group_threshold(program.setting("min_group_size")) if k_is_fixed(program) else ceiling


def k_is_fixed(program: Program) -> bool:
    """Once an anonymous program holds feedback, its smallest group shown stays as it is.

    Figures read at k and again at another k, lower or higher, together can give a hidden
    answer away: each size hides a different set of figures, and the figures one hides
    the other may show (the red team found it in a third of random programs when k was
    raised by one or two)."""
    return is_anonymous(program) and program.db.execute(
        "SELECT 1 FROM feedback_responses LIMIT 1").fetchone() is not None


def anonymity_log(program: Program) -> list[tuple[str, bool, str]]:
    if schema_version(program) < 2:
        return []
    return [(d, bool(a), n) for d, a, n in program.db.execute(
        "SELECT changed_on, anonymous, note FROM anonymity_changes ORDER BY id")]


def _random_id(program: Program, table: str = "feedback_responses",
               column: str = "id") -> int:
    """An id (a response's, or an answer's rowid) that says nothing about when the form
    came in."""
    while True:
        rid = secrets.randbelow(2**53 - 1) + 1
        if program.db.execute(f"SELECT 1 FROM {table} WHERE {column} = ?",
                              [rid]).fetchone() is None:
            return rid


def insert_answers(program: Program, answers: list[dict[str, Any]], anonymous: bool) -> None:
    """Store answer rows; in an anonymous program each gets a random rowid (a ``rowid``
    key in a row, from a snapshot, is kept)."""
    columns = ["rowid", "response_id", "question_id", "skill_id", "value_num", "value_text"]
    if answers and "hidden" in answers[0]:
        columns.append("hidden")
    rows = []
    for a in answers:
        rowid = a.get("rowid")
        if rowid is None and anonymous:
            rowid = _random_id(program, "feedback_answers", "rowid")
        rows.append([rowid, *(a.get(c) for c in columns[1:])])
    names = ", ".join(columns)
    program.db.conn.executemany(
        f"INSERT INTO feedback_answers ({names}) VALUES ({', '.join('?' * len(columns))})",
        rows)


# In memory only, never in the file: the rows of survey exports stored while the program
# is open (their content, by id), and those an undo of their import deleted (ids by
# content). A later export holds those rows again, unchanged: imported again, each gets
# its old id back (:func:`add_responses`), so the check over every reading takes it for
# the answer that left the figures (which it is), not for a new one: else the figures
# read with the first import, and with the second, would give the rows added between
# them away by subtraction.
_exported: weakref.WeakKeyDictionary[Program, dict[int, Hashable]] = \
    weakref.WeakKeyDictionary()
_undone: weakref.WeakKeyDictionary[Program, dict[Hashable, list[int]]] = \
    weakref.WeakKeyDictionary()


def _content(r: Response) -> Hashable:
    """What a survey row stores: its export, place and answers (never a person)."""
    return (r.source, r.cycle_id, r.session_id, r.phase, r.department, r.skill,
            tuple(sorted((k, str(v)) for k, v in r.answers.items())))


def _old_id(program: Program, r: Response) -> int | None:
    """The id a row of a survey export had before an undo deleted it, if this is it.

    The list is only read, never emptied: an import that is refused or only tried (and
    rolled back) must leave the old ids for the import that is taken; an id already back
    in the file is skipped, so two equal rows never get the same one."""
    if r.source == "paper" or r.id is not None:
        return None
    for rid in reversed(_undone.get(program, {}).get(_content(r), [])):
        if program.db.execute("SELECT 1 FROM feedback_responses WHERE id = ?",
                              [rid]).fetchone() is None:
            return rid
    return None


def add_responses(program: Program, responses: Iterable[Response], draft: int = 0) -> list[int]:
    """Store many responses in one transaction; identities are dropped when anonymous.

    ``draft``: the state of forms of a session whose feedback is still open (see
    :mod:`peerdesk.store.feedback_close`), 0 for forms that count at once. A row of
    a survey export that an undo took out, imported again, gets its old id back (see
    ``_undone``)."""
    from peerdesk.store.participants import ensure_skill

    anonymous = is_anonymous(program)
    questions = {q.key: q for q in list_questions(program, active_only=False)}
    ids = []
    with program.atomic():
        for r in responses:
            row = {"cycle_id": r.cycle_id, "session_id": r.session_id,
                   "participant_id": None if anonymous else r.participant_id,
                   "department": r.department, "phase": r.phase,
                   "source": ANONYMOUS_SOURCE if anonymous else r.source,
                   "submitted_on": None if anonymous else
                   (r.submitted_on or date.today()).isoformat(),
                   "draft": int(draft)}
            old_id = _old_id(program, r)
            if r.id is not None or old_id is not None:
                row["id"] = r.id if r.id is not None else old_id
            elif anonymous:
                row["id"] = _random_id(program)
            rid = row_id(program.db.table("feedback_responses").insert(row).last_pk)
            if r.source != "paper":
                _exported.setdefault(program, {})[rid] = _content(r)
            skill_id = ensure_skill(program, r.skill) if r.skill else None
            answers: list[dict[str, Any]] = []
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
                insert_answers(program, answers, anonymous)
            ids.append(rid)
    return ids


def delete_responses(program: Program, response_ids: Iterable[int]) -> None:
    """Delete forms (the undo of an import): rows of a survey export are remembered, in
    memory only, so that imported again they get their ids back (see ``_undone``)."""
    exported = _exported.get(program, {})
    with program.atomic():
        for rid in response_ids:
            program.db.execute("DELETE FROM feedback_responses WHERE id = ?", [rid])
            if rid in exported:
                _undone.setdefault(program, {}).setdefault(exported[rid], []).append(rid)
