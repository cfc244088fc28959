"""The demo program: a 40-person company with two past cycles, so every view has real data.

Seeded, so the same day always gives the same demo; dates are relative to today so the
new recruits are new whenever it is made.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from peerdesk.core.chain import in_same_chain
from peerdesk.core.defaults import AGENDA_TEMPLATES
from peerdesk.store.program import Program

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
    """Fill an empty program with the demo company, in one transaction."""
    rng = random.Random(seed)
    today = today or date.today()
    db = program.db
    with program.atomic():
        db["settings"].upsert({"key": "program_name", "value": json.dumps("Acme peer learning (demo)")}, pk="key")
        ids = _people(program, rng, today)
        _skills(program, rng, ids)
        facilitator_id = db["facilitators"].insert({
            "participant_id": ids["andre.faria"], "name": "", "email": "", "pair_opt_in": 0,
            "appointed_on": (today - timedelta(days=330)).isoformat()}).last_pk
        conduct_id = db.execute("SELECT id FROM conduct_versions WHERE version = 1").fetchone()[0]
        starts = [today - timedelta(days=300), today - timedelta(days=130)]
        names = [_season(starts[0]), _season(starts[1])]
        history: set[frozenset[int]] = set()
        for index, (name, start) in enumerate(zip(names, starts, strict=True)):
            _cycle(program, rng, name, start, ids, facilitator_id, history, today, last=index == 1)
        active = [pid for local, pid in ids.items()
                  if local not in ("francisca.nunes",)]
        db["conduct_acks"].insert_all(
            {"version_id": conduct_id, "participant_id": pid,
             "signed_on": (starts[0] + timedelta(days=1)).isoformat()}
            for pid in active if rng.random() < 0.85)
        # The intern left last week: archived, with the reason.
        db["participants"].update(ids["francisca.nunes"], {
            "archived_on": (today - timedelta(days=7)).isoformat(),
            "archive_reason": "Internship ended", "left_company": 1})


def _season(d: date) -> str:
    season = "Spring" if d.month <= 6 else "Autumn"
    return f"{season} {d.year}"


def _people(program: Program, rng: random.Random, today: date) -> dict[str, int]:
    db = program.db
    heads: dict[str, int] = {}
    ids: dict[str, int] = {}
    ceo = db["participants"].insert({
        "name": "Ingrid Lange", "email": "ingrid.lange@acme.example", "department": "Leadership",
        "job_title": "CEO", "location": "Berlin", "hire_date": (today - timedelta(days=2900)).isoformat(),
        "level": "Executive", "opted_in": 0, "employee_id": "E000"}).last_pk
    ids["ingrid.lange"] = ceo
    for number, (name, local, dept, title, office) in enumerate(PEOPLE, start=1):
        head = dept not in heads
        if not head and (number % 3 == 0 or title == "Intern" or title.startswith("Junior")):
            hired = today - timedelta(days=rng.randint(20, 170))  # a new recruit
        else:
            hired = today - timedelta(days=rng.randint(760, 3200))
        manager = ceo if head else heads[dept]
        if dept == "Engineering" and office == "Berlin" and "juergen.weiss" in ids:
            manager = ids["juergen.weiss"]  # Berlin engineers report to their local manager
        pid = db["participants"].insert({
            "name": name, "email": f"{local}@acme.example", "department": dept, "job_title": title,
            "location": office, "hire_date": hired.isoformat(), "manager_id": manager,
            "level": "Lead" if head else ("Junior" if hired > today - timedelta(days=180) else "Mid"),
            "employee_id": f"E{number:03d}", "opted_in": 1,
            "availability": rng.choice(["Mornings", "Afternoons", "Any time", "Not Fridays"]),
        }).last_pk
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
                skill_ids[n] = db["skills"].insert({"name": n}).last_pk
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
    db["participant_skills"].insert_all(rows)


def _cycle(program: Program, rng: random.Random, name: str, start: date, ids: dict[str, int],
           facilitator_id: int, history: set, today: date, last: bool) -> None:
    db = program.db
    end = start + timedelta(days=84)
    cycle_id = db["cycles"].insert({"name": name, "start_date": start.isoformat(),
                                    "end_date": end.isoformat()}).last_pk
    people = list(db.query(
        "SELECT id, department, manager_id, hire_date FROM participants WHERE opted_in = 1"))
    people = [p for p in people if date.fromisoformat(p["hire_date"]) < start
              and p["id"] != ids["andre.faria"]]
    manager_of = {p["id"]: p["manager_id"] for p in db.query("SELECT id, manager_id FROM participants")}
    dept = {p["id"]: p["department"] for p in people}
    pool = [p["id"] for p in people]
    rng.shuffle(pool)
    pairs: list[list[int]] = []
    while len(pool) >= 2:
        a = pool.pop()
        options = [b for b in pool if not in_same_chain(a, b, manager_of)
                   and frozenset((a, b)) not in history]
        if not options:
            continue
        options.sort(key=lambda b: dept[b] == dept[a])
        b = options[0]
        pool.remove(b)
        pairs.append([a, b])
    if pool and pairs:
        pairs[-1].append(pool.pop())
    for members in pairs:
        cross = len({dept[m] for m in members}) > 1
        reasons = ["+2 different departments"] if cross else []
        pairing_id = db["pairings"].insert({
            "cycle_id": cycle_id, "kind": "peer", "score": 2.0 if cross else 1.0,
            "reasons": json.dumps(reasons), "pinned": 0, "published": 1,
            "published_on": start.isoformat()}).last_pk
        db["pairing_members"].insert_all({"pairing_id": pairing_id, "participant_id": m,
                                          "role": "peer"} for m in members)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                history.add(frozenset((a, b)))
    session_ids = []
    for number in range(6):
        day = start + timedelta(days=14 * number)
        while day.weekday() != 2:  # Wednesdays
            day += timedelta(days=1)
        key = "kickoff" if number == 0 else ("closeout" if number == 5 else "regular")
        title = {"kickoff": "Kick-off", "closeout": "Close-out retrospective"}.get(key, f"Session {number + 1}")
        sid = db["sessions"].insert({
            "cycle_id": cycle_id, "title": title, "topic": "", "date": day.isoformat(),
            "start_time": "15:00", "minutes": 90, "timezone": "Europe/Lisbon",
            "location": "Room Ada" if number % 2 == 0 else "https://meet.example/peer-learning",
            "facilitator_id": facilitator_id, "invite_mode": "cycle",
            "signin_printed_on": day.isoformat() if day < today else None}).last_pk
        session_ids.append((sid, day))
        db["agenda_items"].insert_all(
            {"session_id": sid, "position": i, "title": t, "minutes": m, "lead": lead, "notes": n}
            for i, (t, m, lead, n) in enumerate(AGENDA_TEMPLATES[key][1]))
    questions = {r["key"]: r for r in db.query("SELECT * FROM feedback_questions")}
    rate = 0.78 if not last else 0.86
    comments = ["More time for pair work, please.", "My buddy explained SQL joins better than any course.",
                "The icebreaker felt long.", "Great to meet people from Berlin.",
                "I finally asked what EBITDA means.", "Could we have sessions in the morning?"]
    for index, (sid, day) in enumerate(session_ids):
        if day >= today:
            continue
        present = []
        for p in people:
            roll = rng.random()
            status = "present" if roll < rate else ("excused" if roll < rate + 0.08 else "absent")
            db["attendance"].insert({"session_id": sid, "participant_id": p["id"], "status": status})
            if status == "present":
                present.append(p)
        answering = present if index != 3 else present[:2]  # one session with too few answers
        for p in answering:
            if index != 3 and rng.random() > 0.7:
                continue
            rid = db["feedback_responses"].insert({
                "cycle_id": cycle_id, "session_id": sid, "participant_id": None,
                "department": p["department"], "phase": "session", "source": "paper",
                "submitted_on": day.isoformat()}).last_pk
            boost = 0.5 if last else 0.0
            answers = []
            for key, q in questions.items():
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
                del key
            db["feedback_answers"].insert_all(answers)
    # Skill confidence before and after the cycle.
    confidence = questions["confidence"]["id"]
    skill_rows = list(db.query(
        "SELECT ps.participant_id, ps.skill_id, p.department FROM participant_skills ps "
        "JOIN participants p ON p.id = ps.participant_id WHERE ps.direction = 'learn'"))
    in_cycle = {p["id"] for p in people}
    for row in skill_rows:
        if row["participant_id"] not in in_cycle:
            continue
        before = rng.randint(1, 3)
        for phase, value, when in (("before", before, start), ("after", min(5, before + rng.choice([0, 1, 1, 2])), end)):
            rid = db["feedback_responses"].insert({
                "cycle_id": cycle_id, "session_id": None, "participant_id": None,
                "department": row["department"], "phase": phase, "source": "paper",
                "submitted_on": when.isoformat()}).last_pk
            db["feedback_answers"].insert({"response_id": rid, "question_id": confidence,
                                           "skill_id": row["skill_id"], "value_num": float(value),
                                           "value_text": ""})
