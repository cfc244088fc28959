"""The sentences of a message (core/messages.py), each compared whole to the text it must be.

Every expected sentence is written out by hand from the people and sessions built here:
their departments, offices, free times and skills, the session's day, hours and place.
"""

from __future__ import annotations

from datetime import date

from peerdesk.core.messages import (
    Member,
    Person,
    SessionFacts,
    bring_text,
    can_teach,
    conduct_line,
    format_day,
    join,
    partner_intro,
    session_sentence,
    shared_ground,
)
from peerdesk.i18n import translation_for

WED = date(2027, 3, 3)  # a Wednesday
BRING = "Bring a notebook or a laptop, and one thing you would like to learn first."
ONLINE_BRING = ("Join from a quiet spot with a headset, and bring one thing you would like to "
                "learn first.")


def test_times_name_the_zones_city_or_utc():
    lisbon = SessionFacts("S", WED, "15:00", "16:30", "Europe/Lisbon")
    assert lisbon.time_text() == "15:00–16:30 (Lisbon time)"
    # the city is the last part of the zone's name, its underscores written as spaces
    baires = SessionFacts("S", WED, "15:00", "16:30", "America/Argentina/Buenos_Aires")
    assert baires.time_text() == "15:00–16:30 (Buenos Aires time)"
    assert SessionFacts("S", WED, "15:00", "16:30", "UTC").time_text() == "15:00–16:30 UTC"
    assert SessionFacts("S", WED, "15:00", "16:30").time_text() == "15:00–16:30"
    assert SessionFacts("S", WED, "15:00").time_text() == "15:00"
    assert SessionFacts("S", WED, "", "16:30", "Europe/Lisbon").time_text() == ""


def test_when_and_where_in_words():
    assert SessionFacts("S", None).when_text() == "a date still to be set"
    assert SessionFacts("S", WED).when_text() == "Wednesday 3 March 2027"
    assert SessionFacts("S", WED, "15:00", "16:30", "Europe/Lisbon").when_text() == (
        "Wednesday 3 March 2027, 15:00–16:30 (Lisbon time)")
    assert SessionFacts("S", WED).place_text() == "the place still to be announced"
    assert SessionFacts("S", WED, place="  Room Ada ").place_text() == "in Room Ada"
    assert SessionFacts("S", WED, place="https://meet.example/ada").place_text() == (
        "online at https://meet.example/ada")


def test_the_full_date_in_another_language():
    with translation_for("de").active():
        assert format_day(WED) == "Mittwoch, 3. März 2027"
    with translation_for("fr").active():
        assert format_day(WED) == "mercredi 3 mars 2027"


def test_the_session_sentence_first_or_not_in_a_room_or_online():
    room = SessionFacts("Kick-off", WED, "15:00", "16:30", place="Room Ada")
    assert session_sentence(room) == (
        "The session, Kick-off, is on Wednesday 3 March 2027, 15:00–16:30, in Room Ada. " + BRING)
    assert session_sentence(room, first=True) == (
        "Our first session, Kick-off, is on Wednesday 3 March 2027, 15:00–16:30, in Room Ada. "
        + BRING)
    online = SessionFacts("Kick-off", WED, place="https://meet.example/ada")
    assert session_sentence(online) == (
        "The session, Kick-off, is on Wednesday 3 March 2027, online at "
        "https://meet.example/ada. " + ONLINE_BRING)
    assert session_sentence(None) == "" and bring_text(None) == ""


def test_lists_joined_with_or_in_the_language_in_force():
    with translation_for("de").active():
        assert join(["A", "B", "C"], "or") == "A, B oder C"
        assert join(["A", "B", "C"]) == "A, B und C"


def test_a_skill_written_twice_is_offered_once_in_the_teachers_spelling():
    teacher = Person(1, "Ana", teaches=("SQL  basics", "sql basics", "Excel"))
    learner = Person(2, "Bo", learns=("SQL Basics", "Excel"))
    assert can_teach(teacher, learner) == ["SQL basics", "Excel"]


def test_a_code_of_conduct_without_numbers_is_quoted_from_its_second_line():
    assert conduct_line("Our code\nBe kind.\nListen first.") == "Be kind."


# Sales in Lisbon, free Monday and Wednesday mornings; IT, also in Lisbon (written in
# another case), free Monday and Wednesday mornings and afternoons.
ANA = Person(1, "Ana", department="Sales", location="lisbon",
             availability="Mon, Wed mornings", teaches=("SQL",), learns=("Negotiation",))
BO = Person(2, "Bo", department="IT", location="Lisbon",
            availability="Mondays and Wednesdays, mornings and afternoons",
            teaches=("Negotiation",), learns=("SQL",))


def test_what_two_people_share_after_you_and():
    assert shared_ground(ANA, BO) == [
        "work in different teams (Sales and IT)",
        "are both in the Lisbon office",
        "are both free on Mondays and Wednesdays in the mornings",
    ]
    # the same department in another case is no difference; one free on Mondays only
    cy = Person(3, "Cy", department="SALES", location="Porto", availability="Mon afternoons")
    assert shared_ground(ANA, cy) == ["are both free on Mondays"]
    di = Person(4, "Di", availability="Fridays, mornings")
    assert shared_ground(ANA, di) == ["are both free in the mornings"]


def test_a_pair_hears_why_it_was_paired_after_because():
    assert partner_intro(Member(ANA), [Member(BO)]) == (
        "Your learning partner this cycle is Bo (IT), who can help you with Negotiation, and "
        "wants to learn SQL from you. We paired you because you work in different teams "
        "(Sales and IT), are both in the Lisbon office and are both free on Mondays and "
        "Wednesdays in the mornings.")


CY = Person(3, "Cy", department="Ops", teaches=("Excel",))
DI = Person(4, "Di", learns=("Excel",))
ED = Person(5, "Ed")


def test_a_group_of_three_names_what_each_other_offers():
    assert partner_intro(Member(DI), [Member(CY), Member(ED)]) == (
        "This cycle you are in a group of three with Cy (Ops) and Ed. "
        "Cy can help you with Excel.")
    # a peer whose group holds a buddy and a recruit is still a peer in a group
    assert partner_intro(Member(DI), [Member(ANA, "buddy"), Member(ED, "recruit")]) == (
        "This cycle you are in a group of three with Ana (Sales) and Ed.")
    assert partner_intro(Member(DI), [Member(ED, "recruit"), Member(CY)]) == (
        "This cycle you are in a group of three with Ed and Cy (Ops). "
        "Cy can help you with Excel.")


def test_a_peer_line_holds_the_offer_and_what_is_shared():
    assert partner_intro(Member(ANA), [Member(BO), Member(ED)]) == (
        "This cycle you are in a group of three with Bo (IT) and Ed. "
        "Bo can help you with Negotiation, and wants to learn SQL from you. "
        "You and Bo work in different teams (Sales and IT), are both in the Lisbon office and "
        "are both free on Mondays and Wednesdays in the mornings.")


def test_a_buddy_hears_what_the_recruit_offers_and_shares():
    assert partner_intro(Member(ANA, "buddy"), [Member(BO, "recruit")]) == (
        "This cycle you are the buddy of Bo (IT), who joined us recently. "
        "Bo can help you with Negotiation, and wants to learn SQL from you. "
        "You and Bo work in different teams (Sales and IT), are both in the Lisbon office and "
        "are both free on Mondays and Wednesdays in the mornings. "
        "Help them find their way around: who to ask, and how things are done here.")


def test_a_recruit_hears_what_they_share_with_the_buddy_and_not_the_other_recruits_line():
    fe = Person(6, "Fe", department="IT", location="Lisbon", teaches=("SQL",))
    assert partner_intro(Member(BO, "recruit"), [Member(ANA, "buddy"),
                                                 Member(fe, "recruit")]) == (
        "Your buddy this cycle is Ana (Sales), who can help you with SQL, and wants to learn "
        "Negotiation from you. Ana has been with us a while: ask them anything, however small. "
        "You and Ana work in different teams (IT and Sales), are both in the lisbon office and "
        "are both free on Mondays and Wednesdays in the mornings. "
        "You share your buddy with Fe (IT), who also joined us recently.")


# Two people who share only an office, and two who share only a free day.
GIL = Person(7, "Gil", location="Porto")
HAL = Person(8, "Hal", location="Porto")
IVO = Person(9, "Ivo", availability="Mondays")
JO = Person(10, "Jo", availability="Mon afternoons")


def test_german_puts_the_verb_last_after_because_and_first_after_you_and():
    # the catalogue's two German wordings of "are both in the {office} office":
    # after "Du und Hal ..." the verb comes first, after "weil ihr ..." it comes last
    with translation_for("de").active():
        assert shared_ground(GIL, HAL) == ["arbeitet beide im Büro Porto"]
        assert partner_intro(Member(GIL), [Member(HAL)]) == (
            "Dein Lernpartner in dieser Runde ist Hal. "
            "Wir haben euch zusammengebracht, weil ihr beide im Büro Porto arbeitet.")


def test_a_pair_free_on_the_same_day_hears_it_after_because():
    assert partner_intro(Member(IVO), [Member(JO)]) == (
        "Your learning partner this cycle is Jo. We paired you because you are both free on "
        "Mondays.")
