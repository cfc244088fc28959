"""The checklist read from small programs built here: a clean one, then one fault at a time."""

from datetime import date, timedelta

import pytest

from peerdesk.core.models import AgendaItem, Cycle, Facilitator, Participant, SkillLevel
from peerdesk.core.overview import short_date
from peerdesk.store import attendance, conduct, sessions
from peerdesk.store.cycles import add_cycle
from peerdesk.store.overview import gather, overview
from peerdesk.store.participants import add_participant, appoint_facilitator, neutrality
from peerdesk.store.responses import Response, add_responses

TODAY = date.today()
START = TODAY - timedelta(days=60)
PEOPLE = (("Ana", "Engineering"), ("Bo", "Engineering"), ("Cleo", "Sales"), ("Dan", "Sales"))


class Build:
    """A four-person program with one finished cycle in which everything was done."""

    def __init__(self, program, signed: int = 4, facilitator: str | None = None):
        self.program = program
        program.set_setting("min_group_size", 3)  # these small programs answer in threes
        self.ids: dict[str, int] = {}
        for name, dept in PEOPLE:
            self.person(name, dept)
        if facilitator is None:
            appoint_facilitator(program, Facilitator(name="Aylin", email="aylin@outside.example"))
        else:
            appoint_facilitator(program, Facilitator(participant_id=self.ids[facilitator]))
        conduct.set_acknowledged(program, list(self.ids.values())[:signed], True)
        self.cycle_id = self.cycle("Spring", START)

    def person(self, name: str, dept: str = "Sales", hired: date = date(2020, 1, 6),
               manager: str | None = None, skills: bool = True, **kw) -> int:
        skill = [SkillLevel("Python", "teach", 2)] if skills else []
        email = f"{name.lower().replace(' ', '.')}@acme.example"
        self.ids[name] = add_participant(self.program, Participant(
            name, email=email, department=dept, hire_date=hired, manager_id=self.ids.get(manager),
            skills=skill, **kw))
        return self.ids[name]

    def cycle(self, name: str, start: date, forms: int = 3, value: float = 4.0) -> int:
        cycle_id = add_cycle(self.program, Cycle(name, start_date=start,
                                                 end_date=start + timedelta(days=50)))
        self.pair(cycle_id, "Ana", "Cleo", start)
        self.pair(cycle_id, "Bo", "Dan", start)
        for week in (0, 2):
            self.session(cycle_id, start + timedelta(days=7 * week + 1), forms, value)
        return cycle_id

    def pair(self, cycle_id: int, a: str, b: str, on: date, published: bool = True) -> None:
        db = self.program.db
        with self.program.atomic():
            pid = db["pairings"].insert({"cycle_id": cycle_id, "published": int(published),
                                         "published_on": on.isoformat()}).last_pk
            db["pairing_members"].insert_all({"pairing_id": pid, "participant_id": self.ids[m]}
                                             for m in (a, b))

    def session(self, cycle_id: int, on: date, forms: int = 3, value: float = 4.0,
                status: str = "present", agenda: list[AgendaItem] | None = None) -> int:
        s = sessions.new_session(self.program, cycle_id, date=on, minutes=90,
                                 agenda=agenda or [AgendaItem("Pair work", 80)])
        sid = sessions.add_session(self.program, s)
        sessions.mark_signin_printed(self.program, sid, on)
        attendance.set_attendance(self.program, sid, {i: status for i in self.ids.values()})
        answers = {"usefulness": value, "safe_to_ask": value, "recommend": 2 * value - 1}
        # No department on the forms: both departments here have fewer than k = 3 people
        # (never shown on their own), and three "Sales" forms a session from two people
        # would not be believable anyway.
        add_responses(self.program, [Response(cycle_id, dict(answers), session_id=sid)
                                     for _ in range(forms)])
        return sid

    def steps(self, cycle_id: int | None = -1):
        return {s.key: s for s in overview(self.program, self.cycle_id if cycle_id == -1
                                           else cycle_id, TODAY)}


def test_a_clean_program_is_done_at_every_step(program):
    steps = Build(program).steps()
    assert {k: s.state for k, s in steps.items()} == dict.fromkeys(steps, "ok")
    assert steps["conduct"].summary == "All 4 signed version 1."
    assert steps["pairs"].summary == "2 pairs, published."
    assert steps["hold"].summary == "2 of 2 held, attendance 100%."
    assert steps["review"].summary.startswith("First cycle")


def test_a_facilitator_who_manages_a_participant_is_named(program):
    b = Build(program, facilitator="Bo")
    b.person("Eve", "Engineering", manager="Bo")
    step = b.steps()["facilitator"]
    assert step.state == "warning"
    assert step.summary == "Bo manages 1 participant: not neutral."
    assert ("Bo has authority over", ["Eve"]) in [(d.label, d.items) for d in step.details]
    assert gather(program, None).neutrality == neutrality(program)


def test_unsigned_acknowledgements_are_counted_and_listed(program):
    b = Build(program, signed=2)
    b.person("Eve", skills=False)
    b.person("Opted Out", opted_in=False)  # not expected to sign
    steps = b.steps()
    assert steps["conduct"].summary == "2 of 5 signed; 3 missing."
    assert steps["conduct"].details[0].items == ["Cleo", "Dan", "Eve"]
    assert steps["participants"].state == "warning"
    assert steps["participants"].details[0].items == ["Eve"]


def test_a_new_version_of_the_code_needs_signing_again(program):
    b = Build(program)
    conduct.save_text(program, "Be kind.\nPhones on silent.\n")
    assert b.steps()["conduct"].summary == "0 of 4 signed; 4 missing."


def test_who_is_unpaired_and_why(program):
    from peerdesk.store import pairings as pair_store

    b = Build(program)
    late = b.person("Late", hired=START + timedelta(days=10))
    b.person("Nobody")
    for other in ("Ana", "Bo", "Cleo", "Dan", "Late"):
        program.db["pair_exclusions"].insert({"a_id": b.ids["Nobody"], "b_id": b.ids[other]})
    b.person("After", hired=START + timedelta(days=55))  # hired after the cycle ended
    b.person("Away", opted_in=False)
    step = b.steps()["pairs"]
    # Everyone active outside a pair, as the Pairings tab lists them; the one who opted out
    # is counted but is no loose end; the one hired after the cycle ended was never in it.
    assert step.state == "warning"
    assert step.summary == "2 pairs, published; 3 not paired (1 not taking part)."
    details = {d.label: d.items for d in step.details}
    (joined,) = [label for label in details if label.startswith("Joined after the pairs were")]
    assert details[joined] == ["Late"]
    nobody, away = details["Unpaired"]
    assert nobody.startswith("No allowed partner") and "Nobody" in nobody
    assert away == "Away has opted out of pairing."
    tab = pair_store.unpaired(program, b.cycle_id)
    assert {u.id for u in tab} == {b.ids[n] for n in ("Late", "Nobody", "Away")}
    assert late


def test_only_people_who_opted_out_left_over_is_no_loose_end(program):
    b = Build(program)
    b.person("Away", opted_in=False)
    step = b.steps()["pairs"]
    assert step.state == "ok"
    assert step.summary == "2 pairs, published; 1 not paired (1 not taking part)."


def test_unpublished_pairs_and_no_pairs(program):
    b = Build(program)
    draft = add_cycle(program, Cycle("Draft", start_date=TODAY + timedelta(days=30)))
    assert b.steps(draft)["pairs"].state == "todo"
    assert b.steps(draft)["pairs"].details[0].label == "To pair"
    b.pair(draft, "Ana", "Dan", TODAY, published=False)
    step = b.steps(draft)["pairs"]
    assert step.state == "warning" and "0 published" in step.summary


def test_reading_the_checklist_writes_nothing(program):
    b = Build(program)
    before = program.db.conn.total_changes
    b.steps()
    b.steps(None)
    assert program.db.conn.total_changes == before


@pytest.mark.parametrize("with_cycle", [True, False])
def test_the_demo_program(demo_program, with_cycle):
    from peerdesk.store.cycles import current_cycle

    cycle = current_cycle(demo_program) if with_cycle else None
    facts = gather(demo_program, cycle.id if cycle else None)
    # 41 people: the CEO and one on leave opted out, the intern archived
    assert facts.taking_part == 38 and facts.facilitators == ["André Faria"]
    # read once for all steps, yet the same answers as the conduct and participants stores
    assert facts.not_signed == [p.name for p in conduct.not_signed(demo_program)]
    assert (facts.signed, facts.expected_signers) == conduct.status(demo_program)
    assert facts.neutrality == neutrality(demo_program)
    steps = overview(demo_program, cycle.id if cycle else None)
    assert [s.number for s in steps] == list(range(1, 9))
    assert all(s.state in ("ok", "warning", "todo") for s in steps)
    if with_cycle:
        assert steps[7].summary.startswith(f"Since {facts.cycle.previous_name}:")
    else:
        assert all(s.target == "new_cycle" for s in steps[3:])


# -- the cycle's sessions, attendance and feedback ----------------------------------------


def test_an_agenda_that_runs_over_and_a_sheet_not_printed(program):
    b = Build(program)
    long = [AgendaItem("Icebreaker", 30), AgendaItem("Pair work", 70)]
    s = sessions.new_session(program, b.cycle_id, date=TODAY + timedelta(days=2), title="Next",
                             minutes=90, agenda=long)
    sessions.add_session(program, s)
    step = b.steps()["plan"]
    assert step.state == "warning"
    assert step.summary == "3 sessions planned; 1 agenda runs over time; 1 sign-in sheet to print."
    details = {d.label: d.items for d in step.details}
    assert details["Agenda runs over"] == [f"Next ({short_date(TODAY + timedelta(days=2))}): "
                                           "10 min over"]


def test_absent_twice_in_a_row_and_attendance_not_taken(program):
    b = Build(program)
    sid = b.session(b.cycle_id, START + timedelta(days=30))
    attendance.set_attendance(program, sid, {b.ids["Dan"]: "absent"})
    sid = b.session(b.cycle_id, START + timedelta(days=37))
    attendance.set_attendance(program, sid, {b.ids["Dan"]: "absent"})
    s = sessions.new_session(program, b.cycle_id, date=START + timedelta(days=44), title="Untaken")
    sessions.add_session(program, s)
    step = b.steps()["hold"]
    assert step.state == "warning"
    details = {d.label: d.items for d in step.details}
    assert details["Absent twice in a row"] == ["Dan"]
    assert details["Attendance not recorded"][0].startswith("Untaken")


def test_a_session_with_too_few_answers_is_named_not_reported(program):
    b = Build(program)
    program.set_setting("min_group_size", 2)  # below the floor: 3 still applies
    b.session(b.cycle_id, START + timedelta(days=30), forms=2)
    step = b.steps()["feedback"]
    assert step.state == "warning"
    # the small session, and the one withheld so that the cycle total cannot give it away
    assert "2 sessions with too few answers to report" in step.summary
    assert step.details[0].label.startswith("Fewer than 3 answers")
    rates = next(d for d in step.details if d.label == "Response rate per session")
    assert sum(item.endswith("withheld") for item in rates.items) == 2


def test_review_compares_with_the_previous_cycle(program):
    b = Build(program)  # Spring: answers of 4
    summer = b.cycle("Summer", START + timedelta(days=52), value=5.0)
    step = b.steps(summer)["review"]
    # every recommend answer a 9 where it was a 7: from all passives to all promoters
    assert step.summary == ("Since Spring: eNPS ↑ 100, usefulness ↑ 1.0, "
                            "psychological safety ↑ 1.0.")
    assert step.state == "ok"


def test_review_respects_the_small_group_rule(program):
    b = Build(program)
    summer = b.cycle("Summer", START + timedelta(days=52), forms=1, value=5.0)
    step = b.steps(summer)["review"]
    text = step.summary + " ".join(i for d in step.details for i in d.items if "→" in i)
    assert "sefulness" not in text and "eNPS" not in text and "safety" not in text
    too_few = next(d for d in step.details if d.label == "Too few responses to compare")
    assert too_few.items == ["Usefulness", "Psychological safety", "eNPS"]
