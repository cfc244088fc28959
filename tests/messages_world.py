"""A small program for the message tests: names in every script, buddies, a trio, a kick-off.

Two new recruits get seasoned buddies; five colleagues in between make a pair and a
trio; one person has no e-mail and one a broken one. Feedback with a planted comment
sits in the file so a test can prove no message ever carries it.
"""

from __future__ import annotations

from datetime import date, timedelta

from peerdesk.core.models import Cycle, Facilitator, Participant, SkillLevel
from peerdesk.store import pairings as pairing_store
from peerdesk.store import sessions as session_store
from peerdesk.store.cycles import add_cycle
from peerdesk.store.participants import add_participant, appoint_facilitator
from peerdesk.store.program import Program

TODAY = date.today()
SECRET = "ZEBRA-COMMENT-4471"

# name, email, department, office, tenure in days, teaches, learns
PEOPLE = [
    ("Δημήτρης Παπαδόπουλος", "dimitris@acme.example", "Product", "Berlin", 60,
     ["Roadmapping"], ["SQL"]),
    ("张伟", "wei@acme.example", "Engineering", "Berlin", 90, ["Python"], ["Negotiation"]),
    ("أمينة الحسيني", "amina@acme.example", "Sales", "Lisbon", 1500, ["Negotiation"],
     ["Python"]),
    ("प्रिया शर्मा", "priya@acme.example", "Finance", "Berlin", 1400, ["SQL"], ["Roadmapping"]),
    ("Zoë 🌻 Okafor", "zoe@acme.example", "Customer Success", "Lisbon", 400, ["Zendesk"],
     ["Figma"]),
    ("Łukasz Nowak", "lukasz@acme.example", "Engineering", "Lisbon", 450, ["Figma"],
     ["Zendesk"]),
    ("Nguyễn Thị Hương", "huong@acme.example", "Product", "Berlin", 500, ["Excel"], ["Git"]),
    ("Ólafur Jónsson", "", "Finance", "Berlin", 420, ["Git"], ["Excel"]),
    ("Marta Wójcik", "marta-at-acme", "Sales", "Lisbon", 380, ["Presenting"], ["Excel"]),
]


def build(program: Program, publish: bool = True, planted_feedback: bool = True) -> dict:
    """Fill ``program``; returns ids by name plus ``cycle`` and ``session``."""
    ids: dict[str, int] = {}
    for name, email, dept, office, days, teach, learn in PEOPLE:
        skills = [SkillLevel(s, "teach", 3) for s in teach] + [SkillLevel(s, "learn", 1)
                                                                for s in learn]
        ids[name] = add_participant(program, Participant(
            name=name, email=email, department=dept, location=office,
            hire_date=TODAY - timedelta(days=days), skills=skills,
            availability="Mornings"), validate=False)
    appoint_facilitator(program, Facilitator(name="Ελένη Φωτίου", email="eleni@acme.example"))
    cycle = add_cycle(program, Cycle("Spring 2027", start_date=TODAY + timedelta(days=5),
                                     end_date=TODAY + timedelta(days=90)))
    session = session_store.add_session(program, session_store.new_session(
        program, cycle, date=TODAY + timedelta(days=7), start_time="15:00", minutes=90,
        location="Room Ada", timezone="Europe/Lisbon"), template="kickoff")
    later = session_store.add_session(program, session_store.new_session(
        program, cycle, date=TODAY + timedelta(days=21), start_time="15:00", minutes=90,
        location="https://meet.example/peer", timezone="Europe/Lisbon"), template="regular")
    result = pairing_store.run(program, cycle)
    pairing_store.save_run(program, cycle, result)
    if publish:
        pairing_store.publish(program, cycle)
    if planted_feedback:
        with program.atomic():
            rid = program.db["feedback_responses"].insert({
                "cycle_id": cycle, "session_id": session, "participant_id": ids["张伟"],
                "department": "Engineering", "phase": "session", "source": "paper",
                "submitted_on": TODAY.isoformat()}).last_pk
            question = program.db.execute(
                "SELECT id FROM feedback_questions WHERE kind = 'text'").fetchone()[0]
            program.db["feedback_answers"].insert({
                "response_id": rid, "question_id": question, "skill_id": None,
                "value_num": None, "value_text": f"{SECRET} my buddy never showed up"})
    return {"ids": ids, "cycle": cycle, "session": session, "later": later}


def groups(program: Program, cycle: int) -> list[list[int]]:
    return [p.member_ids for p in pairing_store.list_pairings(program, cycle)]
