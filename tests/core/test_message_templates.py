"""Message templates: refused in plain words when saved wrong; the text a person would write."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.core.message_templates import DEFAULTS, Facts, Template, check_template, fill, letter
from peerdesk.core.messages import KINDS, Member, Person, SessionFacts, conduct_line
from peerdesk.core.validation import ValidationError
from peerdesk.store import messages as store


def _messages(problems):
    return " | ".join(p.message for p in problems)


def test_the_defaults_pass_their_own_check():
    for kind in KINDS:
        assert check_template(kind, DEFAULTS[kind].subject, DEFAULTS[kind].body) == []


@pytest.mark.parametrize("subject, body, expected", [
    ("Hi {nmae}", "{partner_intro}", "{nmae} is not a placeholder PeerDesk knows. Did you mean {name}?"),
    ("Hi", "Dear {name}, see you", "this message must name the partner: use {partner_intro} or {partner}"),
    ("Hi", "{partner} {", "lone “{” or “}”"),
    ("Hi", "{partner} }", "lone “{” or “}”"),
    ("Hi", "{partner.name}", "“{partner.name}” is not a placeholder"),
    ("Hi", "{partner:>10}", "“{partner:>10}” is not a placeholder"),
    ("Hi", "{} {partner}", "“{}” is an empty placeholder"),
    ("", "{partner}", "Subject: a message needs a subject"),
    ("Two\nlines", "{partner}", "keep the subject on one line"),
])
def test_a_bad_pairs_template_is_refused_saying_what_to_fix(subject, body, expected):
    assert expected in _messages(check_template("pairs", subject, body))


def test_each_kind_requires_what_makes_it_that_message():
    assert "say when the session is" in _messages(check_template("session", "S", "Hello {name}"))
    assert check_template("session", "S", "Hello {name}, {session_date}") == []
    assert check_template("thanks", "Thanks", "Thank you, {name}.") == []
    assert "not a kind of message" in _messages(check_template("memo", "S", "B"))


def test_doubled_braces_write_a_brace():
    assert check_template("pairs", "{{x}}", "{partner} {{ok}}") == []
    assert fill("{{ok}} {partner}", {"partner": "Ana"}) == "{ok} Ana\n"


def test_empty_paragraphs_disappear_when_filled():
    text = fill("Hello {name},\n\n{conduct_line}\n\n\n{session}\n\nBye", {
        "name": "Ana", "conduct_line": "", "session": "On Monday ."})
    assert text == "Hello Ana,\n\nOn Monday.\n\nBye\n"


def test_saving_checks_everything_and_keeps_the_old_templates_on_refusal(program):
    store.set_templates(program, {"thanks": Template("Merci {name}", "Merci, {name}!")})
    before = store.saved_templates(program)
    with pytest.raises(ValidationError) as caught:
        store.set_templates(program, {"pairs": Template("Hi", "no partner here"),
                                      "thanks": Template("Thanks", "Thanks {nope}")})
    text = str(caught.value)
    assert "Pairs message" in text and "Thanks message" in text and "{nope}" in text
    assert store.saved_templates(program) == before
    assert store.template(program, "thanks").subject == "Merci {name}"
    store.set_templates(program, {"thanks": None})
    assert store.template(program, "thanks") == DEFAULTS["thanks"]
    assert not store.is_custom(program, "thanks")


def test_a_saved_template_is_what_the_messages_say(program):
    from tests.messages_world import build

    w = build(program)
    store.set_templates(program, {"pairs": Template("{cycle}: meet {partner}",
                                                    "Olá {name}! Partner: {partner}.")})
    batch = store.announcement(program, w["cycle"], "pairs")
    wei = next(x for x in batch.letters if x.person.name == "张伟")
    assert wei.subject == "Spring 2027: meet أمينة الحسيني"
    assert wei.body == "Olá 张伟! Partner: أمينة الحسيني.\n"


def test_the_conduct_line_never_quotes_feedback():
    text = "Our code\n\n1. Feedback is welcome.\n2. Answers stay private.\n3. We start on time.\n"
    assert conduct_line(text) == "We start on time."
    assert conduct_line("Heading only") == "Heading only"
    assert conduct_line("Be kind.\nGive feedback.") == "Be kind."


def _p(pid, name, **kw):
    return Person(id=pid, name=name, email=f"{pid}@x.example", **kw)


def test_a_peer_with_nothing_in_common_is_still_told_something_kind():
    a, b = Member(_p(1, "Ana")), Member(_p(2, "Ben"))
    facts = Facts(program="P", cycle="Spring")
    text = letter("pairs", DEFAULTS["pairs"], a, [b], facts).body
    assert "Your learning partner this cycle is Ben." in text
    assert "someone you might not otherwise work with" in text
    assert "{" not in text and "score" not in text.lower()


def test_a_session_message_says_date_place_and_what_to_bring():
    s = SessionFacts("Kick-off", date(2027, 3, 3), "15:00", "16:30", "Europe/Lisbon",
                     "https://meet.example/x", "Meet your partner")
    me = Member(_p(1, "Ana"), "recruit")
    buddy = Member(_p(2, "Ben"), "buddy")
    facts = Facts(program="P", cycle="Spring", facilitator="Aylin", session=s, session_id=4,
                  attach=True)
    out = letter("session", DEFAULTS["session"], me, [buddy], facts)
    assert out.subject == "Invitation: Kick-off, Wednesday 3 March 2027"
    assert "Wednesday 3 March 2027, 15:00–16:30 (Lisbon time), online at https://meet.example/x" in out.body
    assert "Meet your partner" in out.body and "headset" in out.body
    assert "Your buddy Ben will be there too." in out.body
    assert out.body.rstrip().endswith("Aylin") and out.session_id == 4
