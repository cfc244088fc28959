"""Why someone is in no group, said by the rules' context: including "joined after the pairs
were published", worded beside the other reasons and in the language in force."""

from __future__ import annotations

from datetime import date, timedelta

from peerdesk.core.models import Participant
from peerdesk.core.rules import Context, Options, Rules
from peerdesk.i18n import translation_for

TODAY = date(2027, 3, 1)
PUBLISHED = date(2027, 2, 10)
SEASONED = TODAY - timedelta(days=1500)


def _context(late_hired: date, **late) -> Context:
    people = [Participant(name="Ana", id=1, department="A", hire_date=SEASONED),
              Participant(name="Ben", id=2, department="B", hire_date=SEASONED),
              Participant(name="Cai", id=3, department="C", hire_date=late_hired, **late)]
    return Context(people, Rules(), Options(today=TODAY))


def test_someone_hired_after_the_pairs_were_published_is_told_so_with_the_day():
    ctx = _context(PUBLISHED + timedelta(days=1))
    text = ctx.unpaired_reason(3, [1, 2, 3], PUBLISHED)
    assert text == ("Joined after the pairs were published (2027-02-10): add them to a pair "
                    "by hand, or unpublish and regenerate.")


def test_hired_on_the_day_or_before_is_weighed_as_everyone_else():
    for hired in (PUBLISHED, PUBLISHED - timedelta(days=30)):
        text = _context(hired).unpaired_reason(3, [1, 2, 3], PUBLISHED)
        assert not text.startswith("Joined after"), hired
        assert "may be paired with" in text  # Ana and Ben are allowed partners, in a pair


def test_without_published_pairs_nobody_joined_after_them():
    text = _context(PUBLISHED + timedelta(days=1)).unpaired_reason(3, [1, 2, 3])
    assert not text.startswith("Joined after")


def test_someone_not_taking_part_is_told_that_first():
    ctx = _context(PUBLISHED + timedelta(days=1), opted_in=False)
    assert ctx.unpaired_reason(3, [1, 2], PUBLISHED) == "Cai has opted out of pairing."


def test_someone_outside_the_pool_is_not_said_to_have_joined_late():
    text = _context(PUBLISHED + timedelta(days=1)).unpaired_reason(3, [1, 2], PUBLISHED)
    assert not text.startswith("Joined after")


def test_the_late_joiner_reason_is_in_the_language_in_force():
    ctx = _context(PUBLISHED + timedelta(days=1))
    with translation_for("de").active():
        german = ctx.unpaired_reason(3, [1, 2, 3], PUBLISHED)
    with translation_for("fr").active():
        french = ctx.unpaired_reason(3, [1, 2, 3], PUBLISHED)
    assert german.startswith("Nach der Veröffentlichung der Paare dazugekommen (2027-02-10)")
    assert "2027-02-10" in french and french != german and not french.startswith("Joined")
