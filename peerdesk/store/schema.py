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

# Append new migrations at the end; never edit one that has shipped.
MIGRATIONS: list[list[str]] = [_M1]
SCHEMA_VERSION = len(MIGRATIONS)

# Tables counted by ``peerdesk check``.
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
    "feedback_responses",
    "conduct_versions",
    "conduct_acks",
)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to date in one transaction; return the version reached."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current >= SCHEMA_VERSION:
        return current
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
    return SCHEMA_VERSION
