"""Gather the facts the program checklist reads, for one cycle, in a few queries.

The checklist itself (:mod:`peerdesk.core.overview`) is pure; this module only reads
the program file through the other store modules (participants, conduct, pairings,
sessions, feedback) and reads the tables directly only where none answers the question
(feedback forms per session, the day the pairs were published). Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from peerdesk.core.chain import neutrality_warnings
from peerdesk.core.disclosure import Key
from peerdesk.core.feedback import Scope, book, key_numbers
from peerdesk.core.models import Cycle, Pairing, Participant, stored_id
from peerdesk.core.overview import (
    CycleFacts,
    ProgramFacts,
    SessionFacts,
    Step,
    checklist,
)
from peerdesk.core.small_groups import Ratio, group_threshold
from peerdesk.core.tenure import NEW, SEASONED, UNKNOWN, tenure_band
from peerdesk.store import conduct
from peerdesk.store import pairings as pair_store
from peerdesk.store.cycles import get_cycle, list_cycles
from peerdesk.store.participants import list_facilitators, list_participants
from peerdesk.store.program import Program


def gather(program: Program, cycle_id: int | None, today: date | None = None) -> ProgramFacts:
    """The facts for ``cycle_id`` (None: the program-wide steps only)."""
    today = today or date.today()
    people = list_participants(program)
    facilitators = list_facilitators(program)
    active = [p for p in people if not p.archived and p.opted_in]
    new_months, seasoned_months = program.settings().thresholds
    bands = {p.id: tenure_band(p.hire_date, today, new_months, seasoned_months) for p in active}
    version = conduct.current_version(program)
    # The people read once, for every step: expected signers are those of
    # conduct.expected_signers (active and opted in), the neutrality check is
    # participants.neutrality's, each over this one list.
    acks = conduct.acknowledgements(program, version.id) if version else {}
    facts = ProgramFacts(
        today=today,
        min_group_size=group_threshold(program.settings().min_group_size),
        facilitators=[f.name for f in facilitators],
        neutrality=neutrality_warnings(facilitators, people),
        conduct_version=version.version if version else None,
        signed=sum(1 for p in active if p.id in acks), expected_signers=len(active),
        not_signed=[p.name for p in active if p.id not in acks] if version else [],
        taking_part=len(active),
        opted_out=sum(1 for p in people if not p.archived and not p.opted_in),
        new_recruits=sum(1 for b in bands.values() if b == NEW),
        seasoned=sum(1 for b in bands.values() if b == SEASONED),
        no_hire_date=[p.name for p in active if bands[p.id] == UNKNOWN],
        no_skills=[p.name for p in active if not p.skills],
    )
    if cycle_id is not None:
        facts.cycle = _cycle_facts(program, cycle_id, people, today)
    return facts


def overview(program: Program, cycle_id: int | None, today: date | None = None,
             date_text: Callable[[date], str] | None = None) -> list[Step]:
    """The eight steps of the checklist for one cycle (``date_text`` writes its dates)."""
    return checklist(gather(program, cycle_id, today), date_text)


# -- the cycle -----------------------------------------------------------------------


def _cycle_facts(program: Program, cycle_id: int, people: list[Participant],
                 today: date) -> CycleFacts:
    from peerdesk.store.attendance import cycle_attendance
    from peerdesk.store.feedback import load_feedback_data
    from peerdesk.store.sessions import list_sessions, timing

    cycle = get_cycle(program, cycle_id)
    names = {p.id: p.name for p in people}
    facts = CycleFacts(cycle.name, cycle.start_date, cycle.end_date)
    groups = pair_store.list_pairings(program, cycle_id)
    facts.pairs = len(groups)
    facts.published = sum(1 for g in groups if g.published)
    facts.unpaired, facts.not_taking_part = _unpaired(program, cycle, groups, today)

    report = cycle_attendance(program, cycle_id)
    data = load_feedback_data(program)
    figures = book(data)  # per-session counts obey the disclosure rule like every view

    def forms_of(session_id: int) -> int | None:
        figure = figures.get(Key("forms", "session", cycle_id, session_id))
        return None if figure.withheld else (figure.n or 0)

    for s in list_sessions(program, cycle_id):
        session_id = stored_id(s.id)
        tally = report.per_session.get(session_id)
        facts.sessions.append(SessionFacts(
            s.title, s.date, overrun_minutes=timing(s).overrun_minutes if s.agenda else 0,
            signin_printed=s.signin_printed_on is not None,
            marked=tally.marked if tally else 0, present=tally.present if tally else 0,
            responses=forms_of(session_id)))
    facts.absent_twice = sorted((names.get(f.participant_id, f"#{f.participant_id}")
                                 for f in report.follow_ups), key=str.casefold)
    facts.attendance = Ratio(report.cycle.present, report.cycle.present + report.cycle.absent)

    cycles = list_cycles(program)
    position = next(i for i, c in enumerate(cycles) if c.id == cycle_id)
    facts.numbers = key_numbers(data, Scope((cycle_id,)), today)
    if position > 0:
        previous = cycles[position - 1]
        facts.previous_name = previous.name
        facts.previous_numbers = key_numbers(data, Scope((stored_id(previous.id),)), today)
    return facts


def _unpaired(program: Program, cycle: Cycle, groups: list[Pairing],
              today: date) -> tuple[list[tuple[str, str]], int]:
    """Who is in no pair of the cycle and why, and how many of them take no part in pairing.

    The list is the Pairings tab's own (:func:`peerdesk.store.pairings.unpaired`), so the
    checklist and the tab always give the same number. Before any pairs exist it is
    everyone taking part, "to pair".
    """
    cycle_id = stored_id(cycle.id)
    ctx = pair_store.context(program, cycle_id, today=today)
    if not groups:
        pool = ctx.eligible()
        rows = [(ctx.people[pid].name, "no pairs yet") for pid in pool
                if not ((hired := ctx.people[pid].hire_date) and cycle.end_date
                        and hired > cycle.end_date)]
        return sorted(rows, key=lambda row: row[0].casefold()), 0
    left = pair_store.unpaired(program, cycle_id, ctx)
    absent = sum(1 for u in left if ctx.absence(u.id) is not None)
    return [(ctx.names[u.id], u.reason) for u in left], absent
