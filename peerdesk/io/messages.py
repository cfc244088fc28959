"""Announcement messages as e-mail drafts (.eml) and a mail-merge CSV, written into a folder.

PeerDesk never sends mail: it writes one RFC 5322 message per person with the standard
library's :mod:`email` package, and the facilitator's own mail client sends them.

* ``X-Unsent: 1`` makes Outlook open the file as a draft ready to send;
  ``X-Uniform-Type-Identifier: com.apple.mail-draft`` and ``X-Mozilla-Draft-Info`` are
  the draft marks of Apple Mail and Thunderbird (where a client opens a plain message
  instead, "Edit as New Message" / "Send Again" makes it a draft).
* Names in every script go into the headers as RFC 2047 encoded words, and the body is
  UTF-8 (quoted-printable, so it stays readable in a text editor).
* A session message carries that session's invitation (.ics, from
  :mod:`peerdesk.io.calendar`), with the recipient as its only attendee: nobody receives
  the others' addresses.

:func:`prepare` reads the program (on the caller's thread); :func:`write_drafts` only
writes files, so the window can run it on a worker thread with progress.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email import charset, encoders, policy
from email.header import Header
from email.headerregistry import Address
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path

import icalendar

from peerdesk.core.messages import Batch, Letter
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import _, ngettext, pgettext, translation_for
from peerdesk.io.calendar import build_calendar
from peerdesk.store import messages as store
from peerdesk.store import sessions as session_store
from peerdesk.store.program import Program

CSV_NAME = "mail-merge.csv"
_UTF8 = charset.Charset("utf-8")
_UTF8.body_encoding = charset.QP  # readable in a text editor, safe through any mail system
_EML = policy.compat32.clone(linesep="\r\n")
Progress = Callable[[int, int, str], object]


class WriteCancelled(Exception):
    """The user stopped the writing; nothing was left in the target folder."""


@dataclass(slots=True)
class Prepared:
    """Everything needed to write the drafts, read from the program in one go."""

    batch: Batch
    sender: tuple[str, str] | None
    invitations: dict[int, Invitation] = field(default_factory=dict)  # session id -> .ics
    invitation_names: dict[int | None, str] = field(default_factory=dict)


@dataclass(slots=True)
class Written:
    folder: Path
    drafts: list[Path]
    csv: Path | None
    without_email: list[tuple[str, str]]
    advice: str

    def summary(self) -> str:
        n = len(self.drafts)
        if self.csv is not None:
            text = ngettext("Wrote {n} draft to {folder}, and the mail-merge file {csv}.",
                            "Wrote {n} drafts to {folder}, and the mail-merge file {csv}.",
                            n).format(n=n, folder=self.folder, csv=self.csv.name)
        else:
            text = ngettext("Wrote {n} draft to {folder}.", "Wrote {n} drafts to {folder}.",
                            n).format(n=n, folder=self.folder)
        if self.advice:
            text += " " + self.advice
        return text


def prepare(program: Program, cycle_id: int, kind: str = "pairs",
            session_id: int | None = None, today: date | None = None,
            stamp: datetime | None = None) -> Prepared:
    batch = store.announcement(program, cycle_id, kind, session_id, today)
    usable = []
    for letter in batch.letters:  # what the e-mail package itself will not take
        try:
            Address(display_name=_one_line(letter.person.name), addr_spec=letter.person.email)
        except (ValueError, IndexError, TypeError):
            batch.without_email.append((letter.person, _("“{email}” is not an e-mail address a "
                                                         "mail client accepts").format(
                                                             email=letter.person.email)))
            continue
        usable.append(letter)
    batch.letters = usable
    chosen = {letter.session_id for letter in batch.letters if letter.session_id is not None}
    prepared = Prepared(batch, store.sender(program, next(iter(chosen), session_id)))
    for sid in chosen:
        session = session_store.get_session(program, sid)
        prepared.invitations[sid] = Invitation(
            build_calendar(program, [session], name=session.title, stamp=stamp).data)
        prepared.invitation_names[sid] = f"{safe_name(session.title) or 'session'}.ics"
    return prepared


def safe_name(text: str, limit: int = 60) -> str:
    """A file name part that every system accepts, keeping letters of every script."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f\x7f]+', " ", text)
    text = " ".join(text.split()).strip(". ")
    return text[:limit].rstrip(". ")


class Invitation:
    """A session's .ics, split once so each person's copy lists only them as attendee.

    The calendar is parsed once: its attendees are taken out and each one's content
    line kept, so a copy for one person is the attendee-less calendar with that one line
    put back (a thousand copies cost a thousand byte joins, not a thousand parses)."""

    _END = b"END:VEVENT\r\n"

    def __init__(self, data: bytes):
        cal = icalendar.Calendar.from_ical(data)
        self.lines: dict[str, bytes] = {}
        events = cal.walk("VEVENT")
        for event in events:
            attendees = event.get("ATTENDEE")
            if attendees is None:
                continue
            for a in attendees if isinstance(attendees, list) else [attendees]:
                holder = icalendar.Event()
                holder.add("attendee", a)
                line = holder.to_ical().split(b"\r\n", 1)[1].rsplit(b"END:VEVENT", 1)[0]
                self.lines[str(a).removeprefix("mailto:").casefold()] = line
            del event["ATTENDEE"]
        self.base: bytes = cal.to_ical()
        self.single = len(events) == 1

    def for_person(self, email: str) -> bytes:
        line: bytes | None = self.lines.get(email.strip().casefold())
        if line is None or not self.single:
            return self.base
        return self.base.replace(self._END, line + self._END, 1)


def _one_line(text: str) -> str:
    """Header text on one line: a line break in a name must not start a new header."""
    return " ".join(text.split())


def _header(text: str) -> str:
    """A header value: as is when ASCII, else RFC 2047 encoded words in UTF-8."""
    text = _one_line(text)
    return text if text.isascii() else Header(text, "utf-8").encode()


def draft(letter: Letter, sender: tuple[str, str] | None, invitation: bytes | None = None,
          invitation_name: str = "invitation.ics", when: datetime | None = None) -> Message:
    """One unsent message to ``letter.person``.

    Built with the email package's MIME classes rather than ``EmailMessage``: the same
    RFC 5322 output, four times faster, which a thousand drafts notice."""
    # A Charset object (not its name) is what MIMEText passes on anyway; typeshed says str.
    msg = MIMEMultipart() if invitation is not None else MIMEText(
        letter.body, "plain", _UTF8)  # type: ignore[arg-type]
    msg["X-Unsent"] = "1"
    msg["X-Uniform-Type-Identifier"] = "com.apple.mail-draft"
    msg["X-Mozilla-Draft-Info"] = "internal/draft; vcard=0; receipt=0; DSN=0; uuencode=0"
    if sender is not None:
        msg["From"] = formataddr((_one_line(sender[0]), sender[1]), charset="utf-8")
    msg["To"] = formataddr((_one_line(letter.person.name), letter.person.email), charset="utf-8")
    msg["Subject"] = _header(letter.subject)
    msg["Date"] = format_datetime(when or datetime.now(timezone.utc).astimezone())
    domain = sender[1].rsplit("@", 1)[-1] if sender else "peerdesk.invalid"
    msg["Message-ID"] = make_msgid(domain=domain)
    msg["X-Mailer"] = "PeerDesk"
    if invitation is not None:
        msg.attach(MIMEText(letter.body, "plain", _UTF8))  # type: ignore[arg-type]  # as above
        part = MIMEBase("text", "calendar", method="PUBLISH", charset="utf-8")
        part.set_payload(invitation)
        encoders.encode_base64(part)
        name = invitation_name if invitation_name.isascii() else ("utf-8", "", invitation_name)
        part.add_header("Content-Disposition", "attachment", filename=name)
        msg.attach(part)
    return msg


def as_bytes(msg: Message) -> bytes:
    """The message as an .eml file: CRLF line ends, as RFC 5322 has them."""
    return msg.as_bytes(policy=_EML)


def _unique(name: str, used: set[str]) -> str:
    stem, n = name, 2
    while name.casefold() in used:
        name = f"{stem} ({n})"
        n += 1
    used.add(name.casefold())
    return name


def mail_merge_csv(letters: list[Letter]) -> bytes:
    """to, subject, body: one row per person, UTF-8 with a BOM so Excel keeps every script."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["to", "subject", "body"])
    for letter in letters:
        writer.writerow([letter.person.email, letter.subject, letter.body])
    return buffer.getvalue().encode("utf-8-sig")


def _folder_problem(folder: Path) -> str:
    if folder.exists() and not folder.is_dir():
        return _("{folder} is a file, not a folder: choose a folder for the drafts.").format(
            folder=folder)
    parent = folder if folder.exists() else folder.parent
    if not parent.exists():
        return _("The folder {folder} does not exist.").format(folder=parent)
    if not os.access(parent, os.W_OK):
        return _("The folder {folder} cannot be written to: choose another one.").format(
            folder=parent)
    return ""


def draft_prefix(kind: str, language: str) -> str:
    """The start of a draft's file name ("Pairs - Ana.eml", "Paare - Ana.eml"), in the
    letters' language: the facilitator finds the drafts by it beside the letters."""
    with translation_for(language).active():
        # TRANSLATORS: the start of an e-mail draft's file name, before " - Ana.eml".
        return {"pairs": pgettext("draft file name", "Pairs"),
                "session": pgettext("draft file name", "Invitation"),
                "reminder": pgettext("draft file name", "Reminder"),
                "thanks": pgettext("draft file name", "Thanks")}[kind]


def write_drafts(prepared: Prepared, folder: Path | str, with_csv: bool = False,
                 progress: Progress | None = None, when: datetime | None = None) -> Written:
    """Write one .eml per letter (and the CSV) into ``folder``, all or nothing.

    Everything is written into a hidden folder beside the target first; only when all
    files are there do they move in, so a full disk or a cancel leaves nothing half-done.
    A draft of the same name from an earlier run is replaced."""
    folder = Path(folder)
    problem = _folder_problem(folder)
    if problem:
        raise ValidationError([Problem("folder", problem)])
    letters = prepared.batch.letters
    if not letters:
        raise ValidationError([Problem("letters", _("There is nobody to write to: {why}").format(
            why=prepared.batch.advice() or _("no recipients.")))])
    parent = folder if folder.exists() else folder.parent
    staging = Path(tempfile.mkdtemp(prefix=".peerdesk-messages-", dir=parent))
    try:
        used: set[str] = set()
        names = []
        prefix = draft_prefix(prepared.batch.kind, prepared.batch.language)
        for index, letter in enumerate(letters):
            if progress is not None and progress(index, len(letters), letter.person.name) is False:
                raise WriteCancelled(_("Writing the drafts was cancelled; nothing was written."))
            ics = None
            if letter.session_id is not None and letter.session_id in prepared.invitations:
                ics = prepared.invitations[letter.session_id].for_person(letter.person.email)
            msg = draft(letter, prepared.sender, ics,
                        prepared.invitation_names.get(letter.session_id, "invitation.ics"), when)
            name = _unique(f"{prefix} - {safe_name(letter.person.name) or letter.person.id}", used)
            (staging / f"{name}.eml").write_bytes(as_bytes(msg))
            names.append(f"{name}.eml")
        if with_csv:
            (staging / CSV_NAME).write_bytes(mail_merge_csv(letters))
            names.append(CSV_NAME)
        if not folder.exists():
            os.replace(staging, folder)
        else:
            for n in names:
                os.replace(staging / n, folder / n)
    except OSError as exc:
        raise ValidationError([Problem("folder", _(
            "The drafts could not be written to {folder}: {reason}. Nothing was written; "
            "free some space or choose another folder.").format(
                folder=folder, reason=exc.strerror or exc))]) from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    if progress is not None:
        progress(len(letters), len(letters), "")
    drafts = [folder / n for n in names if n.endswith(".eml")]
    return Written(folder, drafts, folder / CSV_NAME if with_csv else None,
                   [(p.name, why) for p, why in prepared.batch.without_email],
                   prepared.batch.advice())


def preview(prepared: Prepared, index: int) -> str:
    """The draft for ``letters[index]`` as the facilitator will see it, headers first."""
    letter = prepared.batch.letters[index]
    lines = []
    if prepared.sender is not None:
        lines.append(_("From: {name} <{email}>").format(name=prepared.sender[0],
                                                        email=prepared.sender[1]))
    lines.append(_("To: {name} <{email}>").format(name=letter.person.name,
                                                  email=letter.person.email))
    lines.append(_("Subject: {subject}").format(subject=letter.subject))
    if letter.session_id is not None and letter.session_id in prepared.invitations:
        lines.append(_("Attached: {file} (calendar invitation)").format(
            file=prepared.invitation_names[letter.session_id]))
    return "\n".join(lines) + "\n\n" + letter.body
