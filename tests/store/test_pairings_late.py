"""Someone who joins after the pairs were published is told so, without weighing everyone."""

from datetime import date, timedelta

from peerdesk.core.models import Cycle, Participant
from peerdesk.store import pairings as store
from peerdesk.store.cycles import add_cycle
from peerdesk.store.participants import add_participant


def test_a_late_joiner_is_named_as_such(demo_program):
    program = demo_program
    today = date.today()
    cycle_id = add_cycle(program, Cycle("Next", start_date=today - timedelta(days=20),
                                        end_date=today + timedelta(days=60)))
    store.save_run(program, cycle_id, store.run(program, cycle_id))
    store.publish(program, cycle_id, on=today - timedelta(days=10))
    late = add_participant(program, Participant(name="Late Joiner", email="late@acme.example",
                                                department="Sales", hire_date=today - timedelta(days=2)))
    reasons = {u.id: u.reason for u in store.unpaired(program, cycle_id)}
    assert "Joined after the pairs were published" in reasons[late]


def test_the_late_joiner_is_told_in_the_language_in_force_with_the_day(demo_program):
    from peerdesk.i18n import translation_for

    program = demo_program
    today = date.today()
    cycle_id = add_cycle(program, Cycle("Next", start_date=today - timedelta(days=20),
                                        end_date=today + timedelta(days=60)))
    store.save_run(program, cycle_id, store.run(program, cycle_id))
    published = today - timedelta(days=10)
    store.publish(program, cycle_id, on=published)
    late = add_participant(program, Participant(name="Late Joiner", email="late@acme.example",
                                                department="Sales", hire_date=today - timedelta(days=2)))
    with translation_for("de").active():
        reasons = {u.id: u.reason for u in store.unpaired(program, cycle_id)}
    assert reasons[late].startswith("Nach der Veröffentlichung der Paare dazugekommen "
                                    f"({published.isoformat()})")
