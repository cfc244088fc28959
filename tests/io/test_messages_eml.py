"""The written drafts, read back as a mail client would: Python's own e-mail parser."""

from __future__ import annotations

import csv
import email
import email.policy
import os
import re
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

import icalendar
import pytest

from peerdesk.core.validation import ValidationError
from peerdesk.io import messages as io
from peerdesk.store import pairings as pairing_store
from peerdesk.store import sessions as session_store
from peerdesk.store.participants import list_participants
from tests.messages_world import PEOPLE, SECRET, build

SCRIPTS = {"Greek": "Δημήτρης Παπαδόπουλος", "CJK": "张伟", "Arabic": "أمينة الحسيني",
           "Devanagari": "प्रिया शर्मा", "emoji": "Zoë 🌻 Okafor"}


@pytest.fixture
def world(program):
    return program, build(program)


def _read(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def _written(program, w, tmp_path, kind="pairs", session=None, with_csv=True, today=None):
    prepared = io.prepare(program, w["cycle"], kind, session, today=today)
    return prepared, io.write_drafts(prepared, tmp_path / "out", with_csv=with_csv)


def test_every_draft_parses_with_its_headers_and_names_in_every_script(world, tmp_path):
    program, w = world
    _prepared, written = _written(program, w, tmp_path)
    with_email = [p for p in PEOPLE if re.fullmatch(r"[^@]+@[^@]+\.[a-z]+", p[1])]
    assert len(written.drafts) == len(with_email) == 7
    seen = {}
    for path in written.drafts:
        raw = path.read_bytes()
        assert raw.isascii(), "headers and body are encoded for any mail system"
        msg = _read(path)
        assert msg["X-Unsent"] == "1"
        assert msg["MIME-Version"] == "1.0"
        assert parsedate_to_datetime(msg["Date"]) is not None
        assert msg["Message-ID"].startswith("<") and msg["Message-ID"].endswith(">")
        sender = msg["From"].addresses[0]
        assert (sender.display_name, sender.addr_spec) == ("Ελένη Φωτίου", "eleni@acme.example")
        to = msg["To"].addresses
        assert len(to) == 1
        body = msg.get_body(("plain",))
        assert body.get_content_charset() == "utf-8"
        text = body.get_content()
        assert text.startswith(f"Hello {to[0].display_name},")
        assert msg["Subject"] == "Your learning partner for Spring 2027"
        seen[to[0].display_name] = to[0].addr_spec
    for script, name in SCRIPTS.items():
        email_of = next(p[1] for p in PEOPLE if p[0] == name)
        assert seen.get(name) == email_of, script


def test_each_body_names_exactly_the_right_partners(world, tmp_path):
    program, w = world
    _prepared, written = _written(program, w, tmp_path)
    people = {p.id: p for p in list_participants(program)}
    by_email = {p.email: p for p in people.values() if p.email}
    groups = [g.member_ids for g in pairing_store.list_pairings(program, w["cycle"])]
    assert sorted(len(g) for g in groups) == [2, 2, 2, 3], "buddies, peers and a trio"
    partners = {m: [o for o in g if o != m] for g in groups for m in g}
    for path in written.drafts:
        msg = _read(path)
        me = by_email[msg["To"].addresses[0].addr_spec]
        text = msg.get_body(("plain",)).get_content()
        for other in people.values():
            if other.id == me.id:
                continue
            assert (other.name in text) == (other.id in partners[me.id]), (me.name, other.name)


def test_buddy_and_recruit_are_told_the_reverse_of_each_other(world, tmp_path):
    program, w = world
    prepared = io.prepare(program, w["cycle"], "pairs")
    text = {letter.person.name: letter.body for letter in prepared.batch.letters}
    recruit, buddy = "Δημήτρης Παπαδόπουλος", "प्रिया शर्मा"
    assert (f"Your buddy this cycle is {buddy} (Finance), who can help you with SQL, and wants "
            f"to learn Roadmapping from you.") in text[recruit]
    assert f"This cycle you are the buddy of {recruit} (Product)" in text[buddy]
    assert f"{recruit} can help you with Roadmapping, and wants to learn SQL from you." in text[buddy]
    trio = text["Nguyễn Thị Hương"]
    assert "group of three with Ólafur Jónsson (Finance) and Marta Wójcik (Sales)" in trio
    peer = text["Łukasz Nowak"]
    assert "We paired you because you work in different teams" in peer


def test_the_session_invitation_is_attached_and_lists_only_the_recipient(world, tmp_path):
    program, w = world
    _prepared, written = _written(program, w, tmp_path)
    uid = session_store.get_session(program, w["session"]).ics_uid
    for path in written.drafts:
        msg = _read(path)
        attachments = list(msg.iter_attachments())
        assert len(attachments) == 1
        part = attachments[0]
        assert part.get_content_type() == "text/calendar"
        assert part.get_filename() == "Kick-off.ics"
        cal = icalendar.Calendar.from_ical(part.get_payload(decode=True))
        (event,) = cal.walk("VEVENT")
        assert str(event["UID"]) == uid and str(event["SUMMARY"]) == "Kick-off"
        attendees = event.get("ATTENDEE")
        attendees = attendees if isinstance(attendees, list) else [attendees]
        assert [str(a) for a in attendees] == [f"mailto:{msg['To'].addresses[0].addr_spec}"]


def test_no_message_mentions_feedback_or_anyones_answers(world, tmp_path):
    program, w = world
    for kind, session in (("pairs", None), ("session", w["session"]),
                          ("reminder", w["later"]), ("thanks", w["session"])):
        (tmp_path / kind).mkdir()
        after = date.today() + timedelta(days=30)  # a thank-you comes after the session
        _prepared, written = _written(program, w, tmp_path / kind, kind, session, today=after)
        assert written.drafts
        for path in [*written.drafts, written.csv]:
            assert SECRET.encode() not in path.read_bytes()
        for path in written.drafts:
            msg = _read(path)
            text = msg["Subject"] + msg.get_body(("plain",)).get_content()
            assert not re.search(r"feedback|answer|response|score|rule", text, re.I), (kind, text)
            for part in msg.iter_attachments():
                assert SECRET not in part.get_payload(decode=True).decode()


def test_the_mail_merge_csv_round_trips(world, tmp_path):
    program, w = world
    prepared, written = _written(program, w, tmp_path)
    with written.csv.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [list(r) for r in rows[:1]] == [["to", "subject", "body"]]
    assert rows == [{"to": letter.person.email, "subject": letter.subject, "body": letter.body}
                    for letter in prepared.batch.letters]
    assert any("张伟" in r["body"] for r in rows)


def test_people_without_an_email_are_listed_with_what_to_do(world, tmp_path):
    program, w = world
    _prepared, written = _written(program, w, tmp_path)
    assert sorted(name for name, _why in written.without_email) == ["Marta Wójcik",
                                                                    "Ólafur Jónsson"]
    why = dict(written.without_email)
    assert why["Ólafur Jónsson"] == "no e-mail address"
    assert "marta-at-acme" in why["Marta Wójcik"]
    assert "Print their partner slips" in written.advice
    assert "Marta Wójcik" in written.summary()


def test_a_failed_write_leaves_the_target_folder_as_it_was(world, tmp_path, monkeypatch):
    program, w = world
    prepared = io.prepare(program, w["cycle"], "pairs")
    out = tmp_path / "out"
    calls = []

    def stop(done, total, text):
        calls.append(done)
        return done < 3  # cancel at the fourth

    with pytest.raises(io.WriteCancelled):
        io.write_drafts(prepared, out, progress=stop)
    assert not out.exists()
    assert os.listdir(tmp_path) == [], "no staging folder left behind"
    out.mkdir()
    (out / "mine.txt").write_text("keep")

    def full_disk(self, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full_disk)
    with pytest.raises(ValidationError, match="No space left on device"):
        io.write_drafts(prepared, out)
    monkeypatch.undo()
    assert sorted(os.listdir(out)) == ["mine.txt"]
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_a_file_in_place_of_the_folder_is_refused_in_plain_words(world, tmp_path):
    program, w = world
    target = tmp_path / "drafts"
    target.write_text("not a folder")
    with pytest.raises(ValidationError, match="is a file, not a folder"):
        io.write_drafts(io.prepare(program, w["cycle"]), target)


def test_a_thank_you_before_the_session_is_refused(world):
    program, w = world
    with pytest.raises(ValidationError, match="send the thank-you after it has taken place"):
        io.prepare(program, w["cycle"], "thanks", w["session"])
    with pytest.raises(ValidationError, match="after it has taken place"):
        io.prepare(program, w["cycle"], "thanks")  # none held yet: the first is chosen


def test_unpublished_pairs_are_refused_with_what_to_do(program):
    w = build(program, publish=False)
    with pytest.raises(ValidationError, match=r"not published yet.*Publish"):
        io.prepare(program, w["cycle"], "pairs")


def test_two_people_with_the_same_name_get_two_files(world, tmp_path):
    program, w = world
    from peerdesk.core.models import Participant
    from peerdesk.store.participants import add_participant, get_participant, update_participant

    twin = add_participant(program, Participant("张伟", email="wei2@acme.example"))
    pairing_id = next(g.id for g in pairing_store.list_pairings(program, w["cycle"])
                      if len(g.member_ids) == 2 and w["ids"]["张伟"] not in g.member_ids)
    pairing_store.unpublish(program, w["cycle"])
    pairing_store.move(program, w["cycle"], twin, pairing_id)
    pairing_store.publish(program, w["cycle"])
    _prepared, written = _written(program, w, tmp_path)
    names = sorted(p.name for p in written.drafts)
    assert "Pairs - 张伟.eml" in names and "Pairs - 张伟 (2).eml" in names
    del get_participant, update_participant


def test_the_demo_after_publishing_writes_a_draft_naming_the_partner_for_everyone(
        demo_program, tmp_path):
    from peerdesk.core.models import Cycle
    from peerdesk.store.cycles import add_cycle

    program = demo_program
    cycle = add_cycle(program, Cycle("Summer", start_date=date.today() + timedelta(days=10)))
    kickoff = session_store.add_session(program, session_store.new_session(
        program, cycle, date=date.today() + timedelta(days=12), start_time="15:00",
        location="Room Ada"), template="kickoff")
    pairing_store.save_run(program, cycle, pairing_store.run(program, cycle))
    pairing_store.publish(program, cycle)
    written = io.write_drafts(io.prepare(program, cycle), tmp_path / "out")
    groups = [g.member_ids for g in pairing_store.list_pairings(program, cycle)]
    people = {p.id: p for p in list_participants(program)}
    assert len(written.drafts) == sum(len(g) for g in groups) >= 36
    by_email = {p.email: p for p in people.values()}
    partners = {m: [o for o in g if o != m] for g in groups for m in g}
    uid = session_store.get_session(program, kickoff).ics_uid
    for path in written.drafts:
        msg = _read(path)
        me = by_email[msg["To"].addresses[0].addr_spec]
        text = msg.get_body(("plain",)).get_content()
        assert all(people[o].name in text for o in partners[me.id]), me.name
        (part,) = msg.iter_attachments()
        cal = icalendar.Calendar.from_ical(part.get_payload(decode=True))
        assert str(cal.walk("VEVENT")[0]["UID"]) == uid


def test_a_line_break_in_a_name_cannot_add_a_header(world, tmp_path):
    program, w = world
    from peerdesk.store.participants import get_participant, update_participant

    wei = get_participant(program, w["ids"]["张伟"])
    wei.name = "张伟\r\nBcc: everyone@acme.example"
    update_participant(program, wei, validate=False)
    _prepared, written = _written(program, w, tmp_path)
    for path in written.drafts:
        msg = _read(path)
        assert msg["Bcc"] is None
    assert any(_read(p)["To"].addresses[0].display_name == "张伟 Bcc: everyone@acme.example"
               for p in written.drafts)


def test_a_session_title_in_any_script_names_the_attachment(world, tmp_path):
    program, w = world
    session = session_store.get_session(program, w["session"])
    session.title = "Início ☕ 开始"
    session_store.update_session(program, session)
    _prepared, written = _written(program, w, tmp_path)
    msg = _read(written.drafts[0])
    (part,) = msg.iter_attachments()
    assert part.get_filename() == "Início ☕ 开始.ics"
    assert "Início ☕ 开始" in msg.get_body(("plain",)).get_content()
    raw = written.drafts[0].read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n"), "RFC 5322 line ends"
