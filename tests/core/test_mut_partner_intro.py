"""The paragraph that introduces a partner (core/messages.py ``partner_intro``), by hand.

Nobody here shares an office, a department or a free time, so the paragraph says only
who the partner is and what each can teach the other, from the skills written below."""

from __future__ import annotations

from peerdesk.core.messages import Member, Person, partner_intro

ANA = Person(1, "Ana", teaches=("SQL",), learns=("Negotiation",))
BO = Person(2, "Bo", teaches=("Negotiation",), learns=("SQL",))
CY = Person(3, "Cy", department="Ops", teaches=("Excel",), learns=())
DI = Person(4, "Di", teaches=(), learns=("Excel",))
ED = Person(5, "Ed")
MET = "We paired you so that you get to know someone you might not otherwise work with."


def test_two_peers_who_teach_each_other():
    assert partner_intro(Member(BO), [Member(ANA)]) == (
        "Your learning partner this cycle is Ana, who can help you with SQL, and wants to "
        "learn Negotiation from you. " + MET)


def test_a_peer_who_only_gives_only_takes_or_neither():
    assert partner_intro(Member(DI), [Member(CY)]) == (
        "Your learning partner this cycle is Cy (Ops), who can help you with Excel. " + MET)
    assert partner_intro(Member(CY), [Member(DI)]) == (
        "Your learning partner this cycle is Di, who wants to learn Excel from you. " + MET)
    assert partner_intro(Member(ED), [Member(ANA)]) == (
        "Your learning partner this cycle is Ana. " + MET)
    assert partner_intro(Member(ED), []) == ""


def test_a_recruit_hears_about_the_buddy_the_other_recruit_and_the_peer():
    text = partner_intro(Member(BO, "recruit"), [Member(ANA, "buddy"), Member(DI, "recruit"),
                                                 Member(CY, "peer")])
    assert text == (
        "Your buddy this cycle is Ana, who can help you with SQL, and wants to learn "
        "Negotiation from you. Ana has been with us a while: ask them anything, however small. "
        "You share your buddy with Di, who also joined us recently.")
    text = partner_intro(Member(DI, "recruit"), [Member(CY, "buddy"), Member(BO, "peer")])
    assert text == (
        "Your buddy this cycle is Cy (Ops), who can help you with Excel. Cy has been with us "
        "a while: ask them anything, however small.")
    text = partner_intro(Member(ED, "recruit"), [Member(ANA, "buddy"), Member(CY, "peer")])
    assert text == (
        "Your buddy this cycle is Ana, who knows how things work here and will help you find "
        "your feet. Ana has been with us a while: ask them anything, however small.")
    text = partner_intro(Member(CY, "recruit"), [Member(DI, "buddy")])
    assert text.startswith("Your buddy this cycle is Di, who wants to learn Excel from you. ")


def test_a_buddy_hears_about_each_recruit():
    one = partner_intro(Member(ANA, "buddy"), [Member(BO, "recruit")])
    assert one == ("This cycle you are the buddy of Bo, who joined us recently. Bo can help "
                   "you with Negotiation, and wants to learn SQL from you. Help them find their "
                   "way around: who to ask, and how things are done here.")
    two = partner_intro(Member(CY, "buddy"), [Member(DI, "recruit"), Member(ED, "recruit"),
                                              Member(BO, "peer")])
    assert two == ("This cycle you are the buddy of Di and Ed, who both joined us recently. "
                   "Di wants to learn Excel from you. Help them find their way around: who to "
                   "ask, and how things are done here.")
    three = partner_intro(Member(ANA, "buddy"), [Member(BO, "recruit"), Member(DI, "recruit"),
                                                 Member(ED, "recruit")])
    assert three.startswith("This cycle you are the buddy of Bo, Di and Ed, who all joined us "
                            "recently. Bo can help you with Negotiation, and wants to learn SQL "
                            "from you. ")


def test_a_group_of_three_or_more():
    assert partner_intro(Member(ED), [Member(ANA), Member(CY)]) == (
        "This cycle you are in a group of three with Ana and Cy (Ops).")
    assert partner_intro(Member(BO), [Member(ANA), Member(CY), Member(DI)]) == (
        "This cycle you are in a group with Ana, Cy (Ops) and Di. Ana can help you with SQL, "
        "and wants to learn Negotiation from you.")
