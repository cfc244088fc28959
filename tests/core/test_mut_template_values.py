"""The placeholders of a message for one person (core/message_templates.py ``values``):
the partner line says who will be there, in the words that fit who the person is to them."""

from __future__ import annotations

from peerdesk.core.message_templates import Facts, values
from peerdesk.core.messages import Member, Person

ANA, BO, CY = Person(1, "Ana"), Person(2, "Bo"), Person(3, "Cy")
FACTS = Facts("Peer learning", "Spring", facilitator="Fay",
              conduct_text="Our code\n1. We start on time.\n2. Feedback stays anonymous.")


def line(kind: str, me: Member, others: list[Member]) -> str:
    return values(kind, me, others, FACTS)["partner_line"]


def test_a_buddy_of_recruits_a_recruit_of_a_buddy_and_peers():
    assert line("session", Member(ANA, "buddy"), [Member(BO, "recruit")]) == (
        "Bo, whose buddy you are, will be there too.")
    assert line("reminder", Member(ANA, "buddy"), [Member(BO, "recruit"),
                                                   Member(CY, "recruit")]) == (
        "Bo and Cy, whose buddy you are, will be there too.")
    assert line("session", Member(BO, "recruit"), [Member(ANA, "buddy"),
                                                   Member(CY, "recruit")]) == (
        "Your buddy Ana and Cy will be there too.")
    # a buddy with a recruit and a peer: partners, not "whose buddy you are"
    assert line("session", Member(ANA, "buddy"), [Member(BO, "recruit"), Member(CY)]) == (
        "Your partners Bo and Cy will be there too.")
    assert line("session", Member(ANA), [Member(BO)]) == "Your partner Bo will be there too."


def test_no_partner_line_outside_session_messages_or_without_a_partner():
    assert line("pairs", Member(ANA), [Member(BO)]) == ""
    assert line("thanks", Member(ANA), [Member(BO)]) == ""
    assert line("session", Member(ANA), []) == ""
    assert values("session", Member(ANA), [], FACTS)["partner"] == "your partner"


def test_the_other_placeholders_for_one_person():
    vals = values("pairs", Member(ANA), [Member(BO), Member(CY)], FACTS)
    assert (vals["name"], vals["partner"], vals["program"], vals["cycle"], vals["facilitator"]) \
        == ("Ana", "Bo and Cy", "Peer learning", "Spring", "Fay")
    assert vals["conduct_line"] == "From our code of conduct: “We start on time.”"
    assert vals["session_title"] == "Spring" and vals["session_date"] == ""
    assert values("pairs", Member(ANA), [], Facts("P", "C"))["conduct_line"] == ""
