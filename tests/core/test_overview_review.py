"""Step 8: the numbers that moved most since the previous cycle, and the small-group rule."""

from datetime import date, timedelta

from peerdesk.core.feedback import KeyNumbers
from peerdesk.core.overview import OK, TODO, WARNING, CycleFacts, SessionFacts, moves, review_step
from peerdesk.core.small_groups import Ratio, Stat

TODAY = date(2027, 5, 12)
WITHHELD = Stat(None, 0, withheld=True)


def numbers(**kw) -> KeyNumbers:
    base = dict(participants=20, sessions_planned=6, sessions_held=6, attendance=Ratio(15, 20),
                response_rate=Ratio(10, 15), responses=40, usefulness=Stat(3.6, 30),
                safety=Stat(3.8, 30), enps=Stat(20.0, 30), pairs=10, cross_pairs=Ratio(8, 10),
                hours=30.0, confidence_gain=Stat(None, 0))
    base.update(kw)
    return KeyNumbers(**base)


def held(n: int = 6, future: int = 0) -> list[SessionFacts]:
    past = [SessionFacts(f"S{i}", TODAY - timedelta(days=7 * (n - i)), marked=5, present=5)
            for i in range(n)]
    return past + [SessionFacts(f"F{i}", TODAY + timedelta(days=7 * (i + 1)))
                   for i in range(future)]


def cycle(now: KeyNumbers, then: KeyNumbers | None, sessions=None, **kw) -> CycleFacts:
    return CycleFacts("Summer 2027", sessions=held() if sessions is None else sessions,
                      numbers=now, previous_name="Spring 2027" if then else None,
                      previous_numbers=then, **kw)


def test_moves_rank_by_size_with_direction_and_units():
    found, withheld = moves(numbers(safety=Stat(4.3, 30), enps=Stat(34.0, 30)), numbers())
    assert withheld == []
    assert [m.label for m in found[:2]] == ["eNPS", "Psychological safety"]  # 14/5 > 0.5/0.2
    enps, safety = found[0], found[1]
    assert safety.direction == "up" and safety.text() == "Psychological safety 3.8 → 4.3 (↑ 0.5)"
    assert enps.text() == "eNPS +20 → +34 (↑ 14)"
    flat = next(m for m in found if m.label == "Attendance")
    assert flat.direction == "same" and flat.change_text == "= 0 pts"


def test_a_withheld_figure_is_never_compared_only_named():
    found, withheld = moves(numbers(safety=WITHHELD), numbers(safety=Stat(2.0, 30)))
    assert "Psychological safety" in withheld
    assert all(m.label != "Psychological safety" for m in found)
    # and the same when the earlier cycle had too few answers
    found, withheld = moves(numbers(), numbers(enps=WITHHELD))
    assert withheld == ["eNPS"] and all(m.label != "eNPS" for m in found)


def test_review_lists_the_top_movers_and_never_hides_the_biggest_fall():
    now = numbers(usefulness=Stat(4.2, 30), enps=Stat(34.0, 30), attendance=Ratio(87, 100),
                  response_rate=Ratio(59, 100), safety=Stat(3.9, 30))
    then = numbers(usefulness=Stat(3.6, 30), enps=Stat(20.0, 30), attendance=Ratio(75, 100),
                   response_rate=Ratio(69, 100))
    step = review_step(cycle(now, then), TODAY)
    assert step.summary == ("Since Spring 2027: usefulness ↑ 0.6, eNPS ↑ 14, "
                            "response rate ↓ 10 pts.")
    assert step.state == WARNING  # something to improve
    assert step.target == "feedback"
    compared = step.details[0]
    assert compared.label == "Compared with Spring 2027" and len(compared.items) == 6


def test_review_is_ok_when_the_numbers_rose_and_todo_until_the_cycle_is_over():
    now, then = numbers(safety=Stat(4.4, 30)), numbers()
    assert review_step(cycle(now, then), TODAY).state == OK
    running = review_step(cycle(now, then, sessions=held(3, future=2)), TODAY)
    assert running.state == TODO
    assert running.summary == "Since Spring 2027: psychological safety ↑ 0.6 so far; 2 sessions to go."


def test_small_changes_are_called_steady():
    step = review_step(cycle(numbers(safety=Stat(3.85, 30)), numbers()), TODAY)
    assert step.summary == "No big changes since Spring 2027."
    assert step.state == OK


def test_first_cycle_has_nothing_to_compare():
    assert review_step(cycle(numbers(), None), TODAY).summary.startswith("First cycle")
    assert review_step(cycle(numbers(), None, sessions=[]), TODAY).state == TODO


def test_withheld_figures_are_listed_for_the_facilitator():
    step = review_step(cycle(numbers(safety=WITHHELD), numbers()), TODAY)
    too_few = next(d for d in step.details if d.label == "Too few responses to compare")
    assert too_few.items == ["Psychological safety"]
    assert "safety" not in step.summary.lower()
