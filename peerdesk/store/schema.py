"""The program file's schema, moved forward by numbered migrations.

``PRAGMA user_version`` holds the number of the last migration applied and
``PRAGMA application_id`` marks the file as PeerDesk's, so a file of another SQLite
application is told apart from a damaged one. A migration is a list of SQL
statements; all pending ones run in one transaction.
"""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x50445350  # "PDSP"

_M1 = [
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE participants (
        id INTEGER PRIMARY KEY,
        employee_id TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        email TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        job_title TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        hire_date TEXT,
        level TEXT NOT NULL DEFAULT '',
        manager_id INTEGER REFERENCES participants(id) ON DELETE SET NULL,
        manager_name TEXT NOT NULL DEFAULT '',
        manager_email TEXT NOT NULL DEFAULT '',
        availability TEXT NOT NULL DEFAULT '',
        opted_in INTEGER NOT NULL DEFAULT 1,
        archived_on TEXT,
        archive_reason TEXT NOT NULL DEFAULT '',
        left_company INTEGER NOT NULL DEFAULT 0,
        capacity INTEGER,
        notes TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE UNIQUE INDEX participants_email ON participants(lower(email)) WHERE email <> ''",
    "CREATE INDEX participants_manager ON participants(manager_id)",
    """CREATE TABLE skills (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
    )""",
    """CREATE TABLE participant_skills (
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        skill_id INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
        direction TEXT NOT NULL CHECK (direction IN ('teach', 'learn')),
        level INTEGER NOT NULL DEFAULT 2 CHECK (level BETWEEN 1 AND 3),
        PRIMARY KEY (participant_id, skill_id, direction)
    )""",
    """CREATE TABLE facilitators (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
        name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        pair_opt_in INTEGER NOT NULL DEFAULT 0,
        appointed_on TEXT
    )""",
    """CREATE TABLE pair_exclusions (
        a_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        b_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (a_id, b_id)
    )""",
    """CREATE TABLE cycles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
        start_date TEXT,
        end_date TEXT,
        notes TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        title TEXT NOT NULL DEFAULT '',
        topic TEXT NOT NULL DEFAULT '',
        date TEXT,
        start_time TEXT NOT NULL DEFAULT '10:00',
        minutes INTEGER NOT NULL DEFAULT 90 CHECK (minutes > 0),
        timezone TEXT NOT NULL DEFAULT 'UTC',
        location TEXT NOT NULL DEFAULT '',
        facilitator_id INTEGER REFERENCES facilitators(id) ON DELETE SET NULL,
        invite_mode TEXT NOT NULL DEFAULT 'cycle' CHECK (invite_mode IN ('cycle', 'pairs', 'people')),
        notes TEXT NOT NULL DEFAULT '',
        ics_uid TEXT NOT NULL DEFAULT '',
        ics_sequence INTEGER NOT NULL DEFAULT 0,
        signin_printed_on TEXT
    )""",
    "CREATE INDEX sessions_cycle ON sessions(cycle_id)",
    """CREATE TABLE session_invitees (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        PRIMARY KEY (session_id, participant_id)
    )""",
    """CREATE TABLE agenda_items (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        lead TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX agenda_items_session ON agenda_items(session_id, position)",
    """CREATE TABLE agenda_templates (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL
    )""",
    """CREATE TABLE agenda_template_items (
        id INTEGER PRIMARY KEY,
        template_id INTEGER NOT NULL REFERENCES agenda_templates(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        lead TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE attendance (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
        PRIMARY KEY (session_id, participant_id)
    )""",
    """CREATE TABLE pairings (
        id INTEGER PRIMARY KEY,
        cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'peer' CHECK (kind IN ('buddy', 'peer')),
        score REAL NOT NULL DEFAULT 0,
        reasons TEXT NOT NULL DEFAULT '[]',
        pinned INTEGER NOT NULL DEFAULT 0,
        published INTEGER NOT NULL DEFAULT 0,
        published_on TEXT
    )""",
    "CREATE INDEX pairings_cycle ON pairings(cycle_id)",
    """CREATE TABLE pairing_members (
        pairing_id INTEGER NOT NULL REFERENCES pairings(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        role TEXT NOT NULL DEFAULT 'peer' CHECK (role IN ('buddy', 'recruit', 'peer')),
        PRIMARY KEY (pairing_id, participant_id)
    )""",
    "CREATE INDEX pairing_members_participant ON pairing_members(participant_id)",
    """CREATE TABLE session_invited_pairs (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        pairing_id INTEGER NOT NULL REFERENCES pairings(id) ON DELETE CASCADE,
        PRIMARY KEY (session_id, pairing_id)
    )""",
    """CREATE TABLE feedback_questions (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('scale', 'nps', 'text', 'confidence')),
        min_value INTEGER,
        max_value INTEGER,
        reverse INTEGER NOT NULL DEFAULT 0,
        grp TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1
    )""",
    """CREATE TABLE feedback_responses (
        id INTEGER PRIMARY KEY,
        cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
        participant_id INTEGER REFERENCES participants(id) ON DELETE SET NULL,
        department TEXT NOT NULL DEFAULT '',
        phase TEXT NOT NULL DEFAULT 'session' CHECK (phase IN ('session', 'before', 'after')),
        source TEXT NOT NULL DEFAULT 'paper',
        submitted_on TEXT
    )""",
    "CREATE INDEX feedback_responses_session ON feedback_responses(session_id)",
    "CREATE INDEX feedback_responses_cycle ON feedback_responses(cycle_id)",
    """CREATE TABLE feedback_answers (
        response_id INTEGER NOT NULL REFERENCES feedback_responses(id) ON DELETE CASCADE,
        question_id INTEGER NOT NULL REFERENCES feedback_questions(id) ON DELETE CASCADE,
        skill_id INTEGER REFERENCES skills(id) ON DELETE CASCADE,
        value_num REAL,
        value_text TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX feedback_answers_response ON feedback_answers(response_id)",
    """CREATE TABLE conduct_versions (
        id INTEGER PRIMARY KEY,
        version INTEGER NOT NULL UNIQUE,
        text TEXT NOT NULL,
        created_on TEXT
    )""",
    """CREATE TABLE conduct_acks (
        version_id INTEGER NOT NULL REFERENCES conduct_versions(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        signed_on TEXT,
        PRIMARY KEY (version_id, participant_id)
    )""",
]

# Migration 2: anonymous means anonymous (issue 12). In an anonymous program nothing
# stored ties a response to a person or to a moment finer than its session:
# - a survey import is remembered as a count of the file rows already taken per session,
#   phase and tool (``feedback_imports``), not as a digest of each row (a digest of a
#   row with its submission time or an unrecognised email column can be brute-forced);
# - existing anonymous responses lose their participant, their submission date, the
#   row digest in ``source``, and a department the importer filled in from HR (an
#   imported row's department cannot be told apart from one the form asked for, so
#   it goes; a typed paper form's department was read off the form and stays);
# - response ids are re-drawn in a shuffled order, so they no longer follow submission.
# A comment can be hidden before a report (``feedback_answers.hidden``); paper forms
# typed while a session's typing is open are drafts (``feedback_responses.draft``)
# that join the figures when the typing is closed. ``anonymity_changes`` logs every
# switch between anonymous and named feedback.
_ANON = ("coalesce((SELECT value FROM settings WHERE key = 'anonymous_feedback'), 'true') "
         "NOT IN ('false', '0')")
_M2 = [
    """CREATE TABLE feedback_imports (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        phase TEXT NOT NULL DEFAULT 'session' CHECK (phase IN ('session', 'before', 'after')),
        tool TEXT NOT NULL,
        rows_done INTEGER NOT NULL DEFAULT 0 CHECK (rows_done >= 0),
        PRIMARY KEY (session_id, phase, tool)
    )""",
    """INSERT INTO feedback_imports (session_id, phase, tool, rows_done)
        SELECT session_id, phase, substr(source, 1, instr(source, '#') - 1), count(*)
        FROM feedback_responses WHERE instr(source, '#') > 0 AND session_id IS NOT NULL
        GROUP BY session_id, phase, substr(source, 1, instr(source, '#') - 1)""",
    "ALTER TABLE feedback_answers ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE feedback_responses ADD COLUMN draft INTEGER NOT NULL DEFAULT 0",
    """CREATE TABLE anonymity_changes (
        id INTEGER PRIMARY KEY,
        changed_on TEXT NOT NULL,
        anonymous INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
        note TEXT NOT NULL DEFAULT ''
    )""",
    f"""INSERT INTO anonymity_changes (changed_on, anonymous, note)
        VALUES (date('now'), CASE WHEN {_ANON} THEN 1 ELSE 0 END, 'the setting when this file reached schema 2')""",
    f"""UPDATE feedback_responses SET participant_id = NULL, submitted_on = NULL,
        department = CASE WHEN instr(source, '#') > 0 THEN '' ELSE department END,
        source = CASE WHEN instr(source, '#') > 0 THEN substr(source, 1, instr(source, '#') - 1)
                      ELSE source END
        WHERE {_ANON}""",
    "CREATE TEMP TABLE _response_ids (new INTEGER PRIMARY KEY, old INTEGER NOT NULL UNIQUE)",
    f"INSERT INTO _response_ids (old) SELECT id FROM feedback_responses WHERE {_ANON} ORDER BY random()",
    "PRAGMA defer_foreign_keys = ON",
    """UPDATE feedback_responses SET id = -(SELECT new FROM _response_ids WHERE old = id)
        WHERE id IN (SELECT old FROM _response_ids)""",
    """UPDATE feedback_answers SET response_id = -(SELECT new FROM _response_ids WHERE old = response_id)
        WHERE response_id IN (SELECT old FROM _response_ids)""",
    "UPDATE feedback_responses SET id = -id WHERE id < 0",
    "UPDATE feedback_answers SET response_id = -response_id WHERE response_id < 0",
    "DROP TABLE _response_ids",
]

# Migration 3: files written before answers had random ids still number their answer rows
# 1, 2, 3 ... in the order forms came in, and migration 2 drew response ids as a shuffled
# 1..n. In an anonymous program both now get ids drawn at random from 1..2**53 (as new
# forms do), and both tables are rewritten in the order of those ids, so neither the ids
# nor where a row lies in the file follows the order forms came in (the deleted rows are
# overwritten: ``migrate`` sets secure_delete). An id drawn twice is drawn again.
_ANON3 = (f"({_ANON} OR coalesce((SELECT anonymous FROM anonymity_changes "
          "ORDER BY id DESC LIMIT 1), 1) = 1)")
_DRAW = "(random() & 9007199254740991) + 1"
_M3 = [
    "CREATE TEMP TABLE _m3_ids (old INTEGER PRIMARY KEY, new INTEGER NOT NULL UNIQUE)",
    *[f"""INSERT OR IGNORE INTO _m3_ids (old, new) SELECT id, {_DRAW} FROM feedback_responses
        WHERE {_ANON3} AND id NOT IN (SELECT old FROM _m3_ids)"""] * 4,
    "CREATE TEMP TABLE _m3_rowids (old INTEGER PRIMARY KEY, new INTEGER NOT NULL UNIQUE)",
    *[f"""INSERT OR IGNORE INTO _m3_rowids (old, new) SELECT rowid, {_DRAW} FROM feedback_answers
        WHERE {_ANON3} AND rowid NOT IN (SELECT old FROM _m3_rowids)"""] * 4,
    "PRAGMA defer_foreign_keys = ON",
    """UPDATE feedback_responses SET id = -(SELECT new FROM _m3_ids
        WHERE _m3_ids.old = feedback_responses.id) WHERE id IN (SELECT old FROM _m3_ids)""",
    """UPDATE feedback_answers SET response_id = -(SELECT new FROM _m3_ids
        WHERE _m3_ids.old = feedback_answers.response_id)
        WHERE response_id IN (SELECT old FROM _m3_ids)""",
    "UPDATE feedback_responses SET id = -id WHERE id < 0",
    "UPDATE feedback_answers SET response_id = -response_id WHERE response_id < 0",
    """UPDATE feedback_answers SET rowid = -(SELECT new FROM _m3_rowids
        WHERE _m3_rowids.old = feedback_answers.rowid) WHERE rowid IN (SELECT old FROM _m3_rowids)""",
    "UPDATE feedback_answers SET rowid = -rowid WHERE rowid < 0",
    # the layout: copy out, delete (overwritten), write back in key order
    f"CREATE TEMP TABLE _m3_responses AS SELECT * FROM feedback_responses WHERE {_ANON3}",
    f"""CREATE TEMP TABLE _m3_answers AS SELECT rowid AS _rowid, response_id, question_id,
        skill_id, value_num, value_text, hidden FROM feedback_answers WHERE {_ANON3}""",
    "DELETE FROM feedback_answers WHERE rowid IN (SELECT _rowid FROM temp._m3_answers)",
    "DELETE FROM feedback_responses WHERE id IN (SELECT id FROM temp._m3_responses)",
    """INSERT INTO feedback_responses (id, cycle_id, session_id, participant_id, department,
        phase, source, submitted_on, draft) SELECT id, cycle_id, session_id, participant_id,
        department, phase, source, submitted_on, draft FROM temp._m3_responses ORDER BY id""",
    """INSERT INTO feedback_answers (rowid, response_id, question_id, skill_id, value_num,
        value_text, hidden) SELECT _rowid, response_id, question_id, skill_id, value_num,
        value_text, hidden FROM temp._m3_answers ORDER BY _rowid""",
    "DROP TABLE temp._m3_responses",
    "DROP TABLE temp._m3_answers",
    "DROP TABLE temp._m3_ids",
    "DROP TABLE temp._m3_rowids",
]

# Every reading of the figures, as counts (peerdesk.core.disclosure_history): classes of
# answers no reading told apart (where they sit now, how many; never which forms) and,
# per figure shown or withheld at some reading, the classes its group held then.
_M4 = [
    """CREATE TABLE disclosure_classes (
        id INTEGER PRIMARY KEY,
        measure TEXT NOT NULL,
        phase TEXT NOT NULL,
        counted INTEGER NOT NULL CHECK (counted IN (0, 1)),
        cycle_id INTEGER,
        session_id INTEGER,
        grp TEXT,
        n INTEGER NOT NULL CHECK (n > 0))""",
    """CREATE TABLE disclosure_facts (
        id INTEGER PRIMARY KEY,
        measure TEXT NOT NULL,
        phase TEXT NOT NULL,
        shown INTEGER NOT NULL CHECK (shown IN (0, 1)),
        classes TEXT NOT NULL)""",
    """CREATE TABLE disclosure_readings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        readings INTEGER NOT NULL,
        next_class INTEGER NOT NULL)""",
]

# Append new migrations at the end; never edit one that has shipped.
MIGRATIONS: list[list[str]] = [_M1, _M2, _M3, _M4]
SCHEMA_VERSION = len(MIGRATIONS)

# Tables counted by ``peerdesk check``. Not the feedback forms: their count goes through
# the disclosure rule (``peerdesk check`` says the shown forms figure, or why it is withheld).
COUNTED_TABLES = (
    "participants",
    "skills",
    "facilitators",
    "cycles",
    "sessions",
    "agenda_items",
    "attendance",
    "pairings",
    "feedback_questions",
    "conduct_versions",
    "conduct_acks",
)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to date in one transaction; return the version reached."""
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current >= SCHEMA_VERSION:
        return current
    # Deleted and rewritten rows (the old digests and dates) are overwritten, not left
    # in free pages of the file.
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("BEGIN IMMEDIATE")  # the write lock first, then look again: another
    current = conn.execute("PRAGMA user_version").fetchone()[0]  # program may have migrated
    try:
        if current == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for number in range(current, SCHEMA_VERSION):
            for statement in MIGRATIONS[number]:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # a full disk has already rolled it back
            conn.execute("ROLLBACK")
        raise
    if current >= 1:  # an upgraded file: the old pages must not linger in the write-ahead log
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return SCHEMA_VERSION
