"""A feedback import never drops a column, and asks before writing what looks wrong.

:func:`guess_mapping` matches the columns the exact wordings missed by meaning and type
(:mod:`peerdesk.core.question_match`). :func:`unmatched` lists the question-like columns
that still feed nothing, so the window asks about each and the command line refuses until
told (``--map``, ``--add-unmatched``, ``--ignore-unmatched``). :func:`add_questions`
makes an unmatched column a new question of the right kind.

:func:`sanity_checks` says, before anything is written, when more forms came back than
people were present, when answers are dated before the session or long after, and when
the same export was already imported for another session. The last is told from what
the file already holds, the other sessions' stored answers: nothing is kept about the
export itself, since any digest of its rows (with their times and emails) could be
reversed by someone holding the file and the participant list.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from datetime import date, timedelta
from typing import Any

from peerdesk.core.models import FeedbackQuestion
from peerdesk.core.question_match import match_columns, suggest_question
from peerdesk.i18n import _, format_date, ngettext
from peerdesk.i18n import gettext_noop as M_
from peerdesk.io.mapping import IGNORE, normalize_header, parse_spec
from peerdesk.io.tabular import Table, cell_text
from peerdesk.store import import_checks as facts
from peerdesk.store.program import Program
from peerdesk.store.responses import Response

LATE_DAYS = 30
_SAME_ROWS = 3  # this many of the export's first answers found in another session: the same file
_FIRST_ROWS = 5
_NOT_QUESTIONS = {"timestamp", "id", "start time", "completion time", "last modified time",
                  "response id", "total points", "score", "quiz feedback", "email",
                  "email address", "name", "username", "submitted", "submitted at",
                  "completed", "end time", "date"}


# Columns that are not questions: who answered, when, and what the tools add.
# Their labels are in English, translated where shown (--map accepts either).
META: dict[str, str] = {
    "timestamp": M_("Submitted at"),
    "email": M_("Respondent email"),
    "department": M_("Department"),
    "skill": M_("Skill rated"),
    "name": M_("Respondent name (not stored)"),
}


def targets(questions: list[FeedbackQuestion]) -> dict[str, str]:
    """Every field a column can feed: the non-question ones, then each question by key."""
    out = dict(META)
    out.update({q.key: q.text for q in questions})
    return out


def target_labels(questions: list[FeedbackQuestion]) -> dict[str, str]:
    """:func:`targets` as the user reads them: the non-question ones in their language."""
    out = {key: _(label) for key, label in META.items()}
    out.update({q.key: q.text for q in questions})
    return out


def column_values(table: Table, index: int) -> list[str]:
    return [cell_text(r[index]).strip() if index < len(r) else "" for r in table.rows]


def _candidate(table: Table, index: int) -> bool:
    """A column that could hold answers: not a survey tool's own, and not empty."""
    if normalize_header(table.headers[index]) in _NOT_QUESTIONS:
        return False
    return any(column_values(table, index))


def guess_mapping(table: Table, questions: list[FeedbackQuestion],
                  mapping: list[str]) -> list[str]:
    """``mapping`` with its unmapped answer columns matched by wording, scale and values."""
    mapping = list(mapping) + [IGNORE] * (len(table.headers) - len(mapping))
    candidates = [i for i, m in enumerate(mapping) if not m and _candidate(table, i)]
    if not candidates:
        return mapping
    columns = [column_values(table, i) if i in candidates else [] for i in
               range(len(table.headers))]
    guesses = match_columns(table.headers, columns, questions, {m for m in mapping if m},
                            candidates)
    for i, guess in guesses.items():
        if guess.key:
            mapping[i] = guess.key
    return mapping


def named_by_specs(headers: list[str], specs: list[str]) -> set[int]:
    """The columns a user's ``--map COLUMN=…`` decided (an "=ignore" is a decision too)."""
    wanted = {normalize_header(parse_spec(s)[0]) for s in specs}
    return {i for i, h in enumerate(headers) if normalize_header(h) in wanted or h in wanted}


def personal(program: Program, table: Table) -> dict[int, str]:
    """Columns whose content is personal data (emails, times of day, participants' names or
    employee ids): never answers, so never offered as a new question."""
    from peerdesk.io.personal_columns import Known, personal_columns
    from peerdesk.store.participants import list_participants

    people = list_participants(program)
    known = Known.of((p.name for p in people), (p.employee_id or "" for p in people))
    return personal_columns(table.headers, table.rows, known)


def unmatched(table: Table, mapping: list[str], decided: Collection[int] = frozenset(),
              personal_data: Collection[int] = frozenset()) -> list[int]:
    """Answer columns that feed nothing and that nobody has decided about (personal-data
    columns are never answers: they are left out, not offered as questions)."""
    return [i for i in range(len(table.headers))
            if (i >= len(mapping) or not mapping[i]) and i not in decided
            and i not in personal_data and _candidate(table, i)]


def describe_unmatched(table: Table, columns: list[int]) -> str:
    lines = []
    for i in columns:
        q = suggest_question(table.headers[i], column_values(table, i))
        kind = _("free text") if q.kind == "text" else f"{q.kind} {q.min_value}-{q.max_value}"
        lines.append("  " + _("“{column}” (looks like {kind})").format(column=table.headers[i],
                                                                      kind=kind))
    return "\n".join(lines)


def refusal(table: Table, columns: list[int]) -> str:
    n = len(columns)
    return "\n".join([
        ngettext("{n} column matches no feedback question, and its answers would be lost:",
                 "{n} columns match no feedback question, and their answers would be lost:",
                 n).format(n=n),
        describe_unmatched(table, columns),
        _("Say what to do: --map \"COLUMN=QUESTION_KEY\" (or COLUMN=ignore) for each, or "
          "--add-unmatched to add them as new questions, or --ignore-unmatched.")])


def add_questions(program: Program, table: Table, mapping: list[str],
                  columns: list[int]) -> tuple[list[str], list[int]]:
    """Each column becomes a new question (kind and scale suggested from it); returns the
    mapping feeding them and the new question ids (for undo)."""
    from peerdesk.store.feedback import add_question

    mapping = list(mapping) + [IGNORE] * (len(table.headers) - len(mapping))
    ids = []
    with program.atomic():
        for i in columns:
            q = suggest_question(table.headers[i], column_values(table, i))
            qid = add_question(program, q)
            ids.append(qid)
            mapping[i] = facts.question_key(program, qid)
    return mapping, ids


def remove_questions(program: Program, ids: list[int]) -> None:
    from peerdesk.store.feedback import delete_question

    for qid in ids:
        delete_question(program, qid)


# -- sanity checks -------------------------------------------------------------------------

def _answer_key(answers: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted((k, v) for k, v in answers.items() if v not in (None, "")))


def imported_elsewhere(program: Program, session_id: int,
                       responses: list[Response]) -> int | None:
    """The other session whose stored answers hold every one of this export's first answers
    (at least three of them): the same file imported for two sessions."""
    first = [_answer_key(r.answers) for r in responses[:_FIRST_ROWS]]
    first = [a for a in first if a]
    if len(first) < _SAME_ROWS:
        return None
    want = Counter(first)
    for other, answers in facts.answers_by_session(program, exclude=session_id).items():
        have = Counter(_answer_key(a) for a in answers)
        if all(have[k] >= n for k, n in want.items()):
            return other
    return None


def sanity_checks(program: Program, session_id: int, planned: list[Response],
                  dates: list[date | None]) -> list[str]:
    """What looks wrong about importing the ``planned`` responses (submitted on ``dates``,
    read from the file but not kept in an anonymous program) for the session; each line
    is a question to put to the user before writing."""
    responses = len(planned)
    out: list[str] = []
    when = facts.session_when(program, session_id)
    if when is None:
        return out
    on = when[0]
    present = facts.present_count(program, session_id)
    stored = facts.response_count(program, session_id)
    if present and responses + stored > present:
        out.append(ngettext(
            "{total} feedback forms for this session ({stored} already in) but only {present} "
            "person was marked present: is this the right session, and is the attendance complete?",
            "{total} feedback forms for this session ({stored} already in) but only {present} "
            "people were marked present: is this the right session, and is the attendance complete?",
            present).format(total=responses + stored, stored=stored, present=present))
    if on is not None:
        early = sum(1 for d in dates if d is not None and d < on)
        late = sum(1 for d in dates if d is not None and d > on + timedelta(days=LATE_DAYS))
        if early:
            out.append(ngettext(
                "{n} answer is dated before the session ({date}): is this the right session?",
                "{n} answers are dated before the session ({date}): is this the right session?",
                early).format(n=early, date=format_date(on)))
        if late:
            out.append(ngettext(
                "{n} answer is dated more than {days} days after the session ({date}): is this "
                "the right session?",
                "{n} answers are dated more than {days} days after the session ({date}): is this "
                "the right session?", late).format(n=late, days=LATE_DAYS, date=format_date(on)))
    other = imported_elsewhere(program, session_id, planned)
    if other is not None:
        seen = facts.session_when(program, other)
        if seen is None:
            where = _("session {id}").format(id=other)
        elif seen[0] is None:
            where = _("“{title}”").format(title=seen[1])
        else:
            where = _("“{title}” ({date})").format(title=seen[1], date=format_date(seen[0]))
        out.append(_("This export was already imported for {where}: the same answers would "
                     "count for two sessions.").format(where=where))
    return out


def match_departments(known: list[str], responses: list[Response]) -> list[str]:
    """The departments the answers give, matched to the program's as the entry grid does
    (the same name in any case, or the start of one), then a near spelling ("Enginering"
    for "Engineering"): one department is not split in two by a typo. Returns the notes
    that say what was read how, and which departments the program does not know (kept as
    written)."""
    from rapidfuzz import fuzz, process

    from peerdesk.core.validation import resolve

    notes: list[str] = []
    if not known:  # a program without departments: nothing to match them to
        return notes
    for given in sorted({r.department for r in responses if r.department} - set(known),
                        key=str.casefold):
        near = process.extractOne(given, known, scorer=fuzz.ratio, processor=str.casefold,
                                  score_cutoff=85)
        match = resolve(given, known) or (near[0] if near else None)
        if match:
            for response in responses:
                if response.department == given:
                    response.department = match
            notes.append(_("The department “{given}” was read as “{known}”.").format(
                given=given, known=match))
        else:
            notes.append(_("“{given}” is not a department of the program's people: it is "
                           "kept as written (if it is a typo, correct it in the export).")
                         .format(given=given))
    return notes
