"""How often the disclosure rule holds back a session's typed forms because of their
departments, on the demo: a script, not a test.

Run as ``python tests/adversary/department_holds.py``. For 20, 25 and 30 paper forms typed
for the demo's next open session, each with the department of a participant drawn at random
(seeds 0-2), it prints whether Close Feedback was taken and, when it was held back, what
the window then offers (:func:`~peerdesk.store.feedback_close.departments_to_leave_out`):
how many forms keep their department with only the departments that must go left out.
Nothing is written to disk: each try works on an in-memory copy of the demo.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from peerdesk.store import demo
from peerdesk.store import feedback as store
from peerdesk.store.program import Program
from peerdesk.store.sessions import list_sessions


def one(n: int, seed: int) -> tuple[bool, store.LeftOut | None]:
    program = Program.create(None)
    demo.populate(program)
    cycle_id = max(c for (c,) in program.db.execute("SELECT id FROM cycles"))
    session_id = next(s.id for s in list_sessions(program, cycle_id)
                      if store.feedback_state(program, cycle_id, s.id, "session") == store.OPEN)
    rng = random.Random(seed)
    people = [d for (d,) in program.db.execute("SELECT department FROM participants")]
    for department in rng.sample(people, n):
        store.add_paper_form(program, store.PaperForm(
            cycle_id, {"usefulness": str(rng.randint(1, 5)), "recommend": str(rng.randint(0, 10))},
            session_id, department=department))
    offered = store.departments_to_leave_out(program, cycle_id, session_id, "session")
    try:
        store.close_feedback(program, cycle_id, session_id, "session")
        taken = True
    except store.FormsWait:
        taken = False
    program.close()
    return taken, offered


def main() -> int:
    print(f"{'forms':>5} {'seed':>4}  {'close taken':<12} {'offered: forms keeping their department':<40}")
    held = tries = kept = offered_forms = 0
    for n in (20, 25, 30):
        for seed in range(3):
            taken, offered = one(n, seed)
            tries += 1
            held += not taken
            keeping = "-"
            if offered is not None:
                total = sum(offered.written.values())
                kept += total - offered.forms_left_out
                offered_forms += total
                keeping = (f"{total - offered.forms_left_out} of {total} "
                           f"(left out: {', '.join(offered.names_left_out())})")
            print(f"{n:>5} {seed:>4}  {'yes' if taken else 'held back':<12} {keeping}")
    print(f"\nheld back: {held} of {tries}")
    if offered_forms:
        print(f"offered: {kept} of {offered_forms} forms keep their department "
              f"({kept / offered_forms:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
