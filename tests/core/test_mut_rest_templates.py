"""Filling a message template (core/message_templates.py): each placeholder's text for one
person compared to the sentence worked out by hand from the session and the people, and
the tidying of the filled text (spaces, line ends, empty paragraphs)."""

from __future__ import annotations

from datetime import date

from peerdesk.core.message_templates import (
    DEFAULTS,
    Facts,
    Template,
    check_template,
    fields,
    fill,
    is_default,
    letter,
    values,
)
from peerdesk.core.messages import Member, Person, SessionFacts
from peerdesk.i18n import translation_for

ANA, BO, CY = Person(1, "Ana"), Person(2, "Bo"), Person(3, "Cy")
KICK_OFF = SessionFacts("Kick-off", date(2027, 3, 3), "15:00", "16:30", place="Room Ada")
NEXT = SessionFacts("Second", date(2027, 3, 17), "15:00", place="https://meet.example/x")
BRING = "Bring a notebook or a laptop, and one thing you would like to learn first."


def test_the_next_session_named_in_a_thank_you():
    facts = Facts("P", "Spring", session=KICK_OFF, next_session=NEXT)
    assert values("thanks", Member(ANA), [Member(BO)], facts)["next_session"] == (
        "We meet next at Second on Wednesday 17 March 2027, 15:00, online at "
        "https://meet.example/x.")


def test_after_the_last_session_a_thank_you_says_so_and_other_kinds_say_nothing():
    last = Facts("P", "Spring", session=KICK_OFF)
    assert values("thanks", Member(ANA), [Member(BO)], last)["next_session"] == (
        "That was the last session of Spring: thank you for being part of it.")
    assert values("reminder", Member(ANA), [Member(BO)], last)["next_session"] == ""
    # a thank-you with no session (a cycle's) does not claim a last session
    assert values("thanks", Member(ANA), [Member(BO)], Facts("P", "Spring"))["next_session"] == ""


def test_the_session_placeholder_is_the_first_sessions_sentence_when_it_is_the_first():
    first = Facts("P", "Spring", session=KICK_OFF, first_session=True)
    assert values("pairs", Member(ANA), [Member(BO)], first)["session"] == (
        "Our first session, Kick-off, is on Wednesday 3 March 2027, 15:00–16:30, in Room Ada. "
        + BRING)
    later = Facts("P", "Spring", session=KICK_OFF)
    assert values("pairs", Member(ANA), [Member(BO)], later)["session"] == (
        "The session, Kick-off, is on Wednesday 3 March 2027, 15:00–16:30, in Room Ada. "
        + BRING)
    vals = values("session", Member(ANA), [Member(BO)], later)
    assert (vals["session_title"], vals["session_date"], vals["session_time"],
            vals["session_place"], vals["bring"]) == (
        "Kick-off", "Wednesday 3 March 2027", "15:00–16:30", "in Room Ada", BRING)


def test_a_recruit_among_peers_hears_of_partners_not_of_a_buddy():
    facts = Facts("P", "Spring", session=KICK_OFF)
    assert values("session", Member(ANA, "recruit"), [Member(BO), Member(CY)],
                  facts)["partner_line"] == "Your partners Bo and Cy will be there too."
    assert values("session", Member(ANA), [Member(BO, "buddy")],
                  facts)["partner_line"] == "Your partner Bo will be there too."


def test_filling_squeezes_spaces_and_tabs_and_joins_windows_line_ends():
    vals = {"name": "Ana", "x": ""}
    assert fill("Hello\t\t{name} ,\r\nbye {x}.\r\n", vals) == "Hello Ana,\nbye.\n"
    # each line is trimmed on its own
    assert fill("{name} \n  B\n", vals) == "Ana\nB\n"
    # empty paragraphs go, and so do blank lines at either end
    assert fill("\n\nA\n\n{x}\n\nB\n\n\n", vals) == "A\n\nB\n"
    # ends trimmed of line breaks only: a paragraph's spaces inside a line are squeezed, not
    # "X" letters or anything else at the ends
    assert fill("X{name}X\n", vals) == "XAnaX\n"


def test_a_letter_attaches_the_invitation_only_when_asked():
    template = Template("Invitation: {session_title}", "Hello {name},\n\n{session}\n")
    plain = letter("session", template, Member(ANA), [Member(BO)],
                   Facts("P", "Spring", session=KICK_OFF, session_id=7))
    assert plain.session_id is None
    attached = letter("session", template, Member(ANA), [Member(BO)],
                      Facts("P", "Spring", session=KICK_OFF, session_id=7, attach=True))
    assert attached.session_id == 7
    assert attached.subject == "Invitation: Kick-off"
    assert attached.body == (
        "Hello Ana,\n\nThe session, Kick-off, is on Wednesday 3 March 2027, 15:00–16:30, in "
        "Room Ada. " + BRING + "\n")


EVERY = ("{name}, {partner}, {partner_intro}, {partner_line}, {program}, {cycle}, "
         "{facilitator}, {session}, {session_title}, {session_date}, {session_time}, "
         "{session_place}, {session_topic}, {bring}, {next_session}, {conduct_line}")
HOW = ("Placeholders are written like {name}; to write a brace itself, type it twice: {{ or "
       "}}.")


def problems(kind: str, subject: str, body: str) -> list[tuple[str, str]]:
    return [(p.field, p.message) for p in check_template(kind, subject, body)]


def test_every_problem_is_named_with_its_field_in_full():
    assert problems("memo", "S", "B") == [
        ("kind", "“memo” is not a kind of message: choose one of pairs, session, reminder, "
                 "thanks.")]
    assert problems("pairs", " ", "\n") == [
        ("subject", "Subject: a message needs a subject."),
        ("body", "Message: the message cannot be empty."),
        ("body", "Message: this message must name the partner: use {partner_intro} or "
                 "{partner}.")]
    # a carriage return alone also breaks the line
    assert problems("thanks", "Two\rlines", "Thanks") == [
        ("subject", "Subject: keep the subject on one line.")]
    assert problems("reminder", "Hi", "Hello") == [
        ("body", "Message: this message must say when the session is: use {session} or "
                 "{session_date}.")]


def test_a_bad_placeholder_is_named_with_the_part_it_is_in():
    assert problems("thanks", "Hi {name!r}", "Thanks") == [
        ("subject", "Subject: “{name!r}” is not a placeholder. " + HOW)]
    assert problems("thanks", "Hi", "Thanks {Name}") == [
        ("body", "Message: {Name} is not a placeholder PeerDesk knows. Did you mean {name}? "
                 "The placeholders are: " + EVERY + ".")]
    assert problems("thanks", "Hi {zzz}", "Thanks") == [
        ("subject", "Subject: {zzz} is not a placeholder PeerDesk knows. The placeholders "
                    "are: " + EVERY + ".")]


def test_fields_read_past_a_doubled_brace():
    assert fields("{{brace}} {name} and {cycle}") == ["name", "cycle"]


def test_a_default_is_recognised_in_every_language_and_an_edited_one_is_not():
    with translation_for("de").active():
        german = DEFAULTS["pairs"]
    assert german != DEFAULTS["pairs"]  # read here in English
    assert is_default("pairs", german)
    assert is_default("pairs", DEFAULTS["pairs"])
    assert not is_default("pairs", Template(german.subject, german.body + "Tschüss\n"))


def test_without_a_session_its_placeholders_are_empty():
    vals = values("session", Member(ANA), [Member(BO)], Facts("P", "Spring"))
    assert (vals["session"], vals["session_date"], vals["session_time"], vals["session_place"],
            vals["session_topic"], vals["bring"]) == ("", "", "", "", "", "")
    topic = SessionFacts("S", date(2027, 3, 3), topic="  Giving feedback well ")
    assert values("session", Member(ANA), [Member(BO)],
                  Facts("P", "Spring", session=topic))["session_topic"] == "Giving feedback well"


def test_every_bad_part_is_reported_not_only_the_first():
    assert problems("thanks", "Hi {}", "Thanks {zzz}") == [
        ("subject", "Subject: “{}” is an empty placeholder. " + HOW),
        ("body", "Message: {zzz} is not a placeholder PeerDesk knows. The placeholders are: "
                 + EVERY + ".")]
    assert [f for f, _ in problems("thanks", "Hi", "Thanks {zzz} {yyy}")] == ["body", "body"]


def test_a_required_placeholder_in_the_subject_is_enough():
    assert problems("session", "{session_date}: our session", "Hello {name}") == []
    assert problems("pairs", "You and {partner}", "Hello {name}") == []


def test_a_buddy_of_one_recruit_in_german_is_told_in_the_singular():
    # the catalogue's German singular and plural differ ("ist" / "sind")
    with translation_for("de").active():
        one = values("session", Member(ANA, "buddy"), [Member(BO, "recruit")],
                     Facts("P", "Spring", session=KICK_OFF))["partner_line"]
        two = values("session", Member(ANA, "buddy"), [Member(BO, "recruit"),
                                                       Member(CY, "recruit")],
                     Facts("P", "Spring", session=KICK_OFF))["partner_line"]
    assert one == "Auch Bo, für den oder die du Buddy bist, ist dabei."
    assert two == "Auch Bo und Cy, für die du Buddy bist, sind dabei."
