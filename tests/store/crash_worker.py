"""Edits a program file as fast as it can, printing each edit once it is committed.

Run by test_crash.py, which kills it at a random moment and then checks the file."""

import sys

from peerdesk.core.models import Participant, SkillLevel
from peerdesk.store import participants as store
from peerdesk.store.program import Program

program = Program.open(sys.argv[1])
start = int(sys.argv[2])
print("ready", flush=True)
for n in range(start, start + 100_000):
    pid = store.add_participant(program, Participant(
        name=f"Person {n}", email=f"p{n}@acme.example", department=f"D{n % 7}",
        skills=[SkillLevel(f"Skill {n % 11}", "teach", 2), SkillLevel(f"Skill {n % 13}", "learn", 1)]),
        validate=False)
    print(f"add {pid} {n}", flush=True)
    with program.atomic():
        program.db["participants"].update(pid, {"job_title": f"Title {n}"})
        program.db["participant_skills"].delete_where("participant_id = ? AND direction = 'learn'", [pid])
        program.db["participant_skills"].insert({"participant_id": pid, "skill_id": store.ensure_skill(program, "Late"),
                                                 "direction": "learn", "level": 3})
    print(f"edit {pid} {n}", flush=True)
