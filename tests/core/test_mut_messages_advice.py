"""What to do for the people an announcement cannot reach by e-mail (``Batch.advice``)."""

from __future__ import annotations

from peerdesk.core.messages import Batch, Person

SLIPS = ("Print their partner slips (Export > Partner Slips, or `peerdesk export slips`) "
         "and hand them over in person.")
AGENDA = ("Print the agenda (Export > Agenda) or tell them in person, and add an e-mail "
          "address on the Participants tab for next time.")


def test_nothing_to_say_when_everyone_has_an_address():
    assert Batch("pairs", "Spring").advice() == ""
    assert Batch("session", "Spring").advice() == ""


def test_one_person_without_an_address_for_the_pairs():
    batch = Batch("pairs", "Spring", without_email=[(Person(1, "Ana"), "no address")])
    assert batch.advice() == (
        "1 person has no usable e-mail address and gets no draft: Ana. " + SLIPS)


def test_several_people_without_an_address_for_a_session():
    people = [(Person(1, "Ana"), "no address"), (Person(2, "Bo"), "not an address"),
              (Person(3, "Cy"), "no address")]
    assert Batch("session", "Spring", without_email=people).advice() == (
        "3 people have no usable e-mail address and get no draft: Ana, Bo and Cy. " + AGENDA)
    assert Batch("reminder", "Spring", without_email=people[:2]).advice() == (
        "2 people have no usable e-mail address and get no draft: Ana and Bo. " + AGENDA)
