"""What the feedback pickers and statistics read: sessions, departments, the people and
pairs, and the forms the figures count (:func:`load_feedback_data`)."""

from __future__ import annotations

from datetime import date

from peerdesk.core.feedback import AttendanceRecord, FeedbackData, ResponseRecord
from peerdesk.core.models import Pairing, Participant, Session
from peerdesk.core.small_groups import group_threshold
from peerdesk.store.cycles import list_cycles
from peerdesk.store.program import Program
from peerdesk.store.responses import is_anonymous, list_questions, schema_version


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


def read_people(program: Program) -> list[Participant]:
    def d(v: str | None) -> date | None:
        return date.fromisoformat(v) if v else None

    return [Participant(name=name, id=pid, department=dept, hire_date=d(hired),
                        archived_on=d(archived), left_company=bool(left))
            for pid, name, dept, hired, archived, left in program.db.execute(
                "SELECT id, name, department, hire_date, archived_on, left_company FROM participants")]


def read_pairings(program: Program) -> list[Pairing]:
    members: dict[int, list[int]] = {}
    for pid, person in program.db.execute(
            "SELECT pairing_id, participant_id FROM pairing_members ORDER BY pairing_id, participant_id"):
        members.setdefault(pid, []).append(person)
    return [Pairing(cycle_id=cycle_id, member_ids=members.get(pid, []), id=pid, kind=kind)
            for pid, cycle_id, kind in program.db.execute("SELECT id, cycle_id, kind FROM pairings")]


def read_responses(program: Program, also: set[int] | None = None) -> dict[int, ResponseRecord]:
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
    hidden = "AND hidden = 0" if v2 else ""
    # The answers read without joining their questions and skills (their names looked up
    # here, in two small tables): a long program has a hundred thousand answers, and the
    # chart worker reads them all before its first drawing. Numbers first, in one tight
    # loop (nearly every answer is one); then the few comments and confidences, each in
    # the order the answers are stored, as before.
    questions = {qid: (key, kind) for qid, key, kind in program.db.execute(
        "SELECT id, key, kind FROM feedback_questions")}
    number_ids = [qid for qid, (_, kind) in questions.items()
                  if kind not in ("text", "confidence")]
    get = records.get
    if number_ids:
        keys = {qid: questions[qid][0] for qid in number_ids}
        for rid, qid, num in program.db.execute(
                "SELECT response_id, question_id, value_num FROM feedback_answers "
                f"WHERE value_num IS NOT NULL AND question_id IN "
                f"({', '.join('?' * len(number_ids))}) {hidden}", number_ids):
            r = get(rid)
            if r is not None:
                r.values[keys[qid]] = num
    others = [qid for qid in questions if qid not in set(number_ids)]
    if others:
        skills = dict(program.db.execute("SELECT id, name FROM skills").fetchall())
        for rid, qid, num, text, skill_id in program.db.execute(
                "SELECT response_id, question_id, value_num, value_text, skill_id "
                f"FROM feedback_answers WHERE question_id IN "
                f"({', '.join('?' * len(others))}) {hidden}", others):
            r = get(rid)
            if r is None:
                continue
            if questions[qid][1] == "text":
                r.comments.append(text)
            elif num is not None:
                r.confidence.append((skills.get(skill_id) or "", num))
    return records


def sessions_waiting(program: Program) -> frozenset[int]:
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
    well, kept apart in ``cache["new forms"]`` (by id), not among ``responses``;
    ``cache["ids"]``: each record's response id (by the record's ``id()``)."""
    records = read_responses(program, also)
    data = FeedbackData(
        cycles=list_cycles(program),
        sessions=list_sessions(program),
        questions=list_questions(program, active_only=False),
        responses=[r for rid, r in records.items() if not (also and rid in also)],
        attendance=[AttendanceRecord(*row) for row in program.db.execute(
            "SELECT session_id, participant_id, status FROM attendance")],
        pairings=read_pairings(program),
        people=read_people(program),
        min_group_size=group_threshold(program.settings().min_group_size),
        anonymous=is_anonymous(program),
        waiting_sessions=sessions_waiting(program),
    )
    if also:
        data.cache["new forms"] = {rid: r for rid, r in records.items() if rid in also}
    # each record's response id, so that the check over every reading can follow forms
    # that leave the figures and come back (kept in memory only)
    data.cache["ids"] = {id(r): rid for rid, r in records.items()}
    return data
