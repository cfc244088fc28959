"""The demo program: a 40-person company with a finished cycle and one under way.

Seeded, so the same day always gives the same demo; dates are relative to the day it is
made, so the new recruits are new and the current cycle is half-way through whenever it
is made. Pairs come from the real pairing engine, not from a list.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from typing import Any

from peerdesk.core.defaults import agenda_templates
from peerdesk.core.models import stored_id
from peerdesk.store import pairings as pair_store
from peerdesk.store.program import Program, row_id
from peerdesk.store.responses import ANONYMOUS_SOURCE, _random_id, insert_answers, shuffle_layout

DEMO_ZONE = "Europe/Lisbon"  # where the demo company's sessions are held

DEPARTMENTS = ("Engineering", "Product", "Customer Success", "Sales", "Finance", "People & Culture")

# name, email local part, department, title, office; the first of each department heads it.
PEOPLE = [
    ("João Ferreira", "joao.ferreira", "Engineering", "Head of Engineering", "Lisbon"),
    ("Łukasz Nowak", "lukasz.nowak", "Engineering", "Staff Engineer", "Berlin"),
    ("Inês Carvalho", "ines.carvalho", "Engineering", "Senior Engineer", "Lisbon"),
    ("Nguyễn Thị Hương", "huong.nguyen", "Engineering", "Backend Engineer", "Berlin"),
    ("Jürgen Weiß", "juergen.weiss", "Engineering", "Engineering Manager", "Berlin"),
    ("Zhāng Wěi (张伟)", "wei.zhang", "Engineering", "Data Engineer", "Berlin"),
    ("Mariana Sousa", "mariana.sousa", "Engineering", "Frontend Engineer", "Lisbon"),
    ("Tiago Gonçalves", "tiago.goncalves", "Engineering", "Junior Engineer", "Lisbon"),
    ("Lena Hoffmann", "lena.hoffmann", "Engineering", "QA Engineer", "Berlin"),
    ("Rui Patrício", "rui.patricio", "Engineering", "DevOps Engineer", "Lisbon"),
    ("Sophie Brandt", "sophie.brandt", "Product", "Head of Product", "Berlin"),
    ("Δημήτρης Παπαδόπουλος", "dimitris.papadopoulos", "Product", "Product Manager", "Berlin"),
    ("Beatriz Almeida", "beatriz.almeida", "Product", "Product Designer", "Lisbon"),
    ("Felix Krüger", "felix.krueger", "Product", "UX Researcher", "Berlin"),
    ("Catarina Lopes", "catarina.lopes", "Product", "Product Analyst", "Lisbon"),
    ("Aylin Yılmaz", "aylin.yilmaz", "Customer Success", "Customer Success Lead", "Berlin"),
    ("Miguel Antunes", "miguel.antunes", "Customer Success", "Support Engineer", "Lisbon"),
    ("Hannah Schäfer", "hannah.schaefer", "Customer Success", "Account Manager", "Berlin"),
    ("Sofia Marques", "sofia.marques", "Customer Success", "Onboarding Specialist", "Lisbon"),
    ("Jonas Becker", "jonas.becker", "Customer Success", "Support Specialist", "Berlin"),
    ("Duarte Rocha", "duarte.rocha", "Customer Success", "Support Specialist", "Lisbon"),
    ("Klaus Richter", "klaus.richter", "Sales", "Head of Sales", "Berlin"),
    ("Ana Ribeiro", "ana.ribeiro", "Sales", "Account Executive", "Lisbon"),
    ("Marta Wójcik", "marta.wojcik", "Sales", "Sales Development Rep", "Berlin"),
    ("Pedro Sá", "pedro.sa", "Sales", "Account Executive", "Lisbon"),
    ("Emma Vogel", "emma.vogel", "Sales", "Sales Operations", "Berlin"),
    ("Ricardo Pires", "ricardo.pires", "Sales", "Sales Development Rep", "Lisbon"),
    ("Tom Schneider", "tom.schneider", "Finance", "Finance Director", "Berlin"),
    ("Leonor Teixeira", "leonor.teixeira", "Finance", "Accountant", "Lisbon"),
    ("Paul Zimmermann", "paul.zimmermann", "Finance", "Financial Analyst", "Berlin"),
    ("Carolina Mendes", "carolina.mendes", "Finance", "Payroll Specialist", "Lisbon"),
    ("Nuno Cardoso", "nuno.cardoso", "Finance", "Junior Analyst", "Lisbon"),
    ("Maria Costa", "maria.costa", "People & Culture", "People Partner", "Lisbon"),
    ("Julia Fischer", "julia.fischer", "People & Culture", "Recruiter", "Berlin"),
    ("André Faria", "andre.faria", "People & Culture", "Learning Specialist", "Lisbon"),
    ("Laura Meyer", "laura.meyer", "People & Culture", "People Operations", "Berlin"),
    ("Gonçalo Matos", "goncalo.matos", "Engineering", "Junior Engineer", "Lisbon"),
    ("Mia Wagner", "mia.wagner", "Product", "Junior Designer", "Berlin"),
    ("Francisca Nunes", "francisca.nunes", "Sales", "Intern", "Lisbon"),
    ("Niklas Braun", "niklas.braun", "Customer Success", "Support Specialist", "Berlin"),
]

SKILLS = {
    "Engineering": ["Python", "SQL", "Code review", "Cloud infrastructure", "Testing", "Git"],
    "Product": ["User research", "Roadmapping", "Figma", "Writing specs", "Data analysis"],
    "Customer Success": ["Handling difficult calls", "Onboarding customers", "Zendesk", "Writing help articles"],
    "Sales": ["Negotiation", "Discovery calls", "CRM hygiene", "Presenting"],
    "Finance": ["Excel modelling", "Budgeting", "Reading a P&L", "SQL"],
    "People & Culture": ["Giving feedback", "Interviewing", "Facilitation", "Presenting"],
}


def populate(program: Program, seed: int = 2027, today: date | None = None) -> None:
    """Fill an empty program with the demo company, in one transaction.

    Everything is placed relative to ``today``: a finished cycle, then the current one
    under way (three sessions held, with attendance and feedback; three ahead), its pairs
    made by today's pairing engine around one pinned pair, and the next sign-in sheet
    printed: a program in progress, as the checklist shows it.
    """
    rng = random.Random(seed)
    today = today or date.today()
    db = program.db
    with program.atomic():
        db.table("settings").upsert({"key": "program_name", "value": json.dumps("Acme peer learning (demo)")}, pk="key")
        db.table("settings").upsert({"key": "timezone", "value": json.dumps(DEMO_ZONE)}, pk="key")
        ids = _people(program, rng, today)
        _skills(program, rng, ids)
        facilitator_id = row_id(db.table("facilitators").insert({
            "participant_id": ids["andre.faria"], "name": "", "email": "", "pair_opt_in": 0,
            "appointed_on": (today - timedelta(days=330)).isoformat()}).last_pk)
        conduct_id = db.execute("SELECT id FROM conduct_versions WHERE version = 1").fetchone()[0]
        # The latest Wednesday before today is the current cycle's third session.
        last_held = today - timedelta(days=1)
        while last_held.weekday() != 2:
            last_held -= timedelta(days=1)
        current_start = last_held - timedelta(weeks=4)
        past_start = current_start - timedelta(weeks=20)
        _cycle(program, rng, _season(past_start), past_start, ids, facilitator_id, today,
               finished=True)
        # The intern left between the cycles: archived, with the reason.
        db.table("participants").update(ids["francisca.nunes"], {
            "archived_on": (current_start - timedelta(days=9)).isoformat(),
            "archive_reason": "Internship ended", "left_company": 1})
        # Someone on parental leave sits this cycle out (and the odd number makes a trio).
        db.table("participants").update(ids["paul.zimmermann"], {"opted_in": 0})
        _cycle(program, rng, _season(current_start), current_start, ids, facilitator_id, today,
               finished=False)
        db.table("conduct_acks").insert_all(
            {"version_id": conduct_id, "participant_id": row["id"],
             "signed_on": min(date.fromisoformat(row["hire_date"]) + timedelta(days=3),
                              current_start).isoformat()}
            for row in db.query("SELECT id, hire_date FROM participants WHERE opted_in = 1 "
                                "AND archived_on IS NULL"))
        # The demo's feedback is stored as any anonymous program's is: random ids, no
        # source or date, and the tables rewritten in the order of those ids.
        shuffle_layout(program)
    if not program.db.conn.in_transaction:  # the pages the rewrite freed go (in key order)
        program.db.execute("VACUUM")


def _season(d: date) -> str:
    """A cycle's name from when it starts ("Spring 2027"); December is next year's winter."""
    season = ("Winter", "Winter", "Spring", "Spring", "Spring", "Summer", "Summer", "Summer",
              "Autumn", "Autumn", "Autumn", "Winter")[d.month - 1]
    return f"{season} {d.year + 1 if d.month == 12 else d.year}"


def _people(program: Program, rng: random.Random, today: date) -> dict[str, int]:
    db = program.db
    heads: dict[str, int] = {}
    ids: dict[str, int] = {}
    ceo = row_id(db.table("participants").insert({
        "name": "Ingrid Lange", "email": "ingrid.lange@acme.example", "department": "Leadership",
        "job_title": "CEO", "location": "Berlin", "hire_date": (today - timedelta(days=2900)).isoformat(),
        "level": "Executive", "opted_in": 0, "employee_id": "E000"}).last_pk)
    ids["ingrid.lange"] = ceo
    for number, (name, local, dept, title, office) in enumerate(PEOPLE, start=1):
        head = dept not in heads
        if not head and (number % 3 == 0 or title == "Intern" or title.startswith("Junior")):
            hired = today - timedelta(days=rng.randint(40, 84))  # joined since the last cycle
        else:
            hired = today - timedelta(days=rng.randint(760, 3200))
        manager = ceo if head else heads[dept]
        if dept == "Engineering" and office == "Berlin" and "juergen.weiss" in ids:
            manager = ids["juergen.weiss"]  # Berlin engineers report to their local manager
        pid = row_id(db.table("participants").insert({
            "name": name, "email": f"{local}@acme.example", "department": dept, "job_title": title,
            "location": office, "hire_date": hired.isoformat(), "manager_id": manager,
            "level": "Lead" if head else ("Junior" if hired > today - timedelta(days=180) else "Mid"),
            "employee_id": f"E{number:03d}", "opted_in": 1,
            "availability": rng.choice(["Mornings", "Afternoons", "Any time", "Not Fridays"]),
        }).last_pk)
        ids[local] = pid
        if head:
            heads[dept] = pid
    return ids


def _skills(program: Program, rng: random.Random, ids: dict[str, int]) -> None:
    db = program.db
    skill_ids: dict[str, int] = {}
    for names in SKILLS.values():
        for n in names:
            if n not in skill_ids:
                skill_ids[n] = row_id(db.table("skills").insert({"name": n}).last_pk)
    everything = sorted(skill_ids)
    rows = []
    for _name, local, dept, _title, _office in PEOPLE:
        pid = ids[local]
        teach = rng.sample(SKILLS[dept], k=min(2, len(SKILLS[dept])))
        learn = rng.sample([s for s in everything if s not in teach], k=2)
        rows += [{"participant_id": pid, "skill_id": skill_ids[s], "direction": "teach",
                  "level": rng.randint(2, 3)} for s in teach]
        rows += [{"participant_id": pid, "skill_id": skill_ids[s], "direction": "learn",
                  "level": rng.randint(1, 2)} for s in learn]
    db.table("participant_skills").insert_all(rows)


def _cycle(program: Program, rng: random.Random, name: str, start: date, ids: dict[str, int],
           facilitator_id: int, today: date, finished: bool) -> None:
    db = program.db
    end = start + timedelta(weeks=12)
    cycle_id = row_id(db.table("cycles").insert({"name": name, "start_date": start.isoformat(),
                                    "end_date": end.isoformat()}).last_pk)
    people = _pair(program, cycle_id, start, ids, pin=not finished)
    session_ids = []
    for number in range(6):
        day = start + timedelta(weeks=2 * number)
        key = "kickoff" if number == 0 else ("closeout" if number == 5 else "regular")
        title = {"kickoff": "Kick-off", "closeout": "Close-out retrospective"}.get(
            key, f"Session {number + 1}")
        # Sheets are printed on the day for sessions held, and already for the next one.
        printed = day if day < today else (today if day <= today + timedelta(days=14) else None)
        sid = row_id(db.table("sessions").insert({
            "cycle_id": cycle_id, "title": title, "topic": TOPICS[number], "date": day.isoformat(),
            "start_time": "15:00", "minutes": 90, "timezone": DEMO_ZONE,
            "location": "Room Ada" if number % 2 == 0 else "https://meet.example/peer-learning",
            "facilitator_id": facilitator_id, "invite_mode": "cycle",
            "signin_printed_on": printed.isoformat() if printed else None,
        }).last_pk)
        session_ids.append((sid, day))
        db.table("agenda_items").insert_all(
            {"session_id": sid, "position": i, "title": t, "minutes": m, "lead": lead, "notes": n}
            for i, (t, m, lead, n) in enumerate(agenda_templates(program.settings().language)[key][1]))
    questions = {r["key"]: r for r in db.query("SELECT * FROM feedback_questions")}
    rate = 0.78 if finished else 0.86
    comments = ["More time for pair work, please.", "My buddy explained SQL joins better than any course.",
                "The icebreaker felt long.", "Great to meet people from Berlin.",
                "I finally asked what EBITDA means.", "Could we have sessions in the morning?"]
    missed: set[int] = set()
    for index, (sid, day) in enumerate(session_ids):
        if day >= today:
            continue
        present = []
        for p in people:
            roll = rng.random()
            status = "present" if roll < rate else ("excused" if roll < rate + 0.08 else "absent")
            if p["id"] in missed and status != "present":
                status = "present"  # nobody misses two in a row in the demo
            db.table("attendance").insert({"session_id": sid, "participant_id": p["id"], "status": status})
            if status == "present":
                present.append(p)
            else:
                missed.add(p["id"])
            if status == "present":
                missed.discard(p["id"])
        # The finished cycle has one session with too few answers to report.
        too_few = finished and index == 3
        answering = present[:2] if too_few else [p for p in present if rng.random() <= 0.7]
        for p in answering:
            _answers(program, rng, questions, cycle_id, sid, day, p["department"],
                     boost=0.0 if finished else 0.5, comments=comments)
    _confidence(program, rng, questions["confidence"]["id"], cycle_id, people, start,
                end if finished else None)


TOPICS = ("Meet your partner and agree what you will learn", "Teach one thing in ten minutes",
          "Asking good questions", "Show what you built", "Learning from mistakes",
          "What we learned, and what next")


def _pair(program: Program, cycle_id: int, start: date, ids: dict[str, int],
          pin: bool) -> list[dict[str, Any]]:
    """The cycle's pairs from the pairing engine as it was on ``start``, published then.

    People hired later are kept out of the run (they were not there yet). For the current
    cycle one pair is pinned (the kind a manager asks for) and the rest regenerated
    around it, as a facilitator would."""
    db = program.db
    later = [r["id"] for r in db.query(
        "SELECT id FROM participants WHERE hire_date > ? AND opted_in = 1", [start.isoformat()])]
    for pid in later:
        db.table("participants").update(pid, {"opted_in": 0})
    try:
        pair_store.save_run(program, cycle_id, pair_store.run(program, cycle_id, today=start))
        if pin:
            groups = pair_store.list_pairings(program, cycle_id)
            chosen = next(g for g in groups if g.kind == "peer" and len(g.member_ids) == 2)
            pair_store.set_pinned(program, stored_id(chosen.id), True)
            pair_store.save_run(program, cycle_id, pair_store.run(program, cycle_id, today=start))
        pair_store.publish(program, cycle_id, on=start)
    finally:
        for pid in later:
            db.table("participants").update(pid, {"opted_in": 1})
    return list(db.query(
        "SELECT p.id, p.department FROM participants p JOIN pairing_members m "
        "ON m.participant_id = p.id JOIN pairings g ON g.id = m.pairing_id "
        "WHERE g.cycle_id = ? ORDER BY p.id", [cycle_id]))


def _answers(program: Program, rng: random.Random, questions: dict[str, Any], cycle_id: int, sid: int,
             day: date, department: str, boost: float, comments: list[str]) -> None:
    db = program.db
    rid = row_id(db.table("feedback_responses").insert({
        "id": _random_id(program), "cycle_id": cycle_id, "session_id": sid,
        "participant_id": None, "department": department, "phase": "session",
        "source": ANONYMOUS_SOURCE, "submitted_on": None}).last_pk)
    answers = []
    for q in questions.values():
        if q["kind"] == "text":
            if rng.random() < 0.15:
                answers.append({"response_id": rid, "question_id": q["id"], "skill_id": None,
                                "value_num": None, "value_text": rng.choice(comments)})
            continue
        if q["kind"] == "confidence":
            continue
        low, high = q["min_value"], q["max_value"]
        if q["reverse"]:
            value = rng.choice([1, 2, 2, 3])
        elif q["kind"] == "nps":
            value = min(high, int(rng.choice([6, 7, 8, 9, 9, 10]) + boost))
        else:
            value = min(high, max(low, round(rng.gauss(3.7 + boost, 0.8))))
        answers.append({"response_id": rid, "question_id": q["id"], "skill_id": None,
                        "value_num": float(value), "value_text": ""})
    insert_answers(program, answers, anonymous=True)


def _confidence(program: Program, rng: random.Random, question_id: int, cycle_id: int,
                people: list[dict[str, Any]], start: date, end: date | None) -> None:
    """Skill confidence before the cycle, and after it when it has ended."""
    db = program.db
    in_cycle = {p["id"] for p in people}
    skill_rows = list(db.query(
        "SELECT ps.participant_id, ps.skill_id, p.department FROM participant_skills ps "
        "JOIN participants p ON p.id = ps.participant_id WHERE ps.direction = 'learn'"))
    for row in skill_rows:
        if row["participant_id"] not in in_cycle:
            continue
        before = rng.randint(1, 3)
        phases = [("before", before, start)]
        if end is not None:
            phases.append(("after", min(5, before + rng.choice([0, 1, 1, 2])), end))
        for phase, value, _when in phases:  # an anonymous form keeps no date
            rid = row_id(db.table("feedback_responses").insert({
                "id": _random_id(program), "cycle_id": cycle_id, "session_id": None,
                "participant_id": None, "department": row["department"], "phase": phase,
                "source": ANONYMOUS_SOURCE, "submitted_on": None}).last_pk)
            insert_answers(program, [{"response_id": rid, "question_id": question_id,
                                      "skill_id": row["skill_id"], "value_num": float(value),
                                      "value_text": ""}], anonymous=True)
