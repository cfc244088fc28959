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
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import icalendar

from peerdesk.core.messages import Batch, Letter
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.io.calendar import build_calendar
from peerdesk.store import messages as store
from peerdesk.store import sessions as session_store
from peerdesk.store.program import Program

CSV_NAME = "mail-merge.csv"
Progress = Callable[[int, int, str], object]


class WriteCancelled(Exception):
    """The user stopped the writing; nothing was left in the target folder."""


@dataclass(slots=True)
class Prepared:
    """Everything needed to write the drafts, read from the program in one go."""

    batch: Batch
    sender: tuple[str, str] | None
    invitations: dict[int, bytes] = field(default_factory=dict)  # session id -> .ics
    invitation_names: dict[int, str] = field(default_factory=dict)


@dataclass(slots=True)
class Written:
    folder: Path
    drafts: list[Path]
    csv: Path | None
    without_email: list[tuple[str, str]]
    advice: str

    def summary(self) -> str:
        text = (f"Wrote {len(self.drafts)} draft{'s' if len(self.drafts) != 1 else ''} to "
                f"{self.folder}")
        if self.csv is not None:
            text += f", and the mail-merge file {self.csv.name}"
        text += "."
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
            batch.without_email.append((letter.person, f"“{letter.person.email}” is not an "
                                                       "e-mail address a mail client accepts"))
            continue
        usable.append(letter)
    batch.letters = usable
    chosen = {letter.session_id for letter in batch.letters if letter.session_id is not None}
    prepared = Prepared(batch, store.sender(program, next(iter(chosen), session_id)))
    for sid in chosen:
        session = session_store.get_session(program, sid)
        prepared.invitations[sid] = build_calendar(program, [session], name=session.title,
                                                   stamp=stamp).data
        prepared.invitation_names[sid] = f"{safe_name(session.title) or 'session'}.ics"
    return prepared


def safe_name(text: str, limit: int = 60) -> str:
    """A file name part that every system accepts, keeping letters of every script."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f\x7f]+', " ", text)
    text = " ".join(text.split()).strip(". ")
    return text[:limit].rstrip(". ")


def _invitation_for(data: bytes, email: str) -> bytes:
    """The session's invitation with ``email`` as its only attendee."""
    cal = icalendar.Calendar.from_ical(data)
    wanted = f"mailto:{email}".casefold()
    for event in cal.walk("VEVENT"):
        attendees = event.get("ATTENDEE")
        if attendees is None:
            continue
        if not isinstance(attendees, list):
            attendees = [attendees]
        keep = [a for a in attendees if str(a).casefold() == wanted]
        del event["ATTENDEE"]
        for a in keep:
            event.add("attendee", a)
    return cal.to_ical()


def _one_line(text: str) -> str:
    """Header text on one line: a line break in a name must not start a new header."""
    return " ".join(text.split())


def draft(letter: Letter, sender: tuple[str, str] | None, invitation: bytes | None = None,
          invitation_name: str = "invitation.ics", when: datetime | None = None) -> EmailMessage:
    """One unsent message to ``letter.person``."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["X-Unsent"] = "1"
    msg["X-Uniform-Type-Identifier"] = "com.apple.mail-draft"
    msg["X-Mozilla-Draft-Info"] = "internal/draft; vcard=0; receipt=0; DSN=0; uuencode=0"
    if sender is not None:
        msg["From"] = Address(display_name=_one_line(sender[0]), addr_spec=sender[1])
    msg["To"] = Address(display_name=_one_line(letter.person.name), addr_spec=letter.person.email)
    msg["Subject"] = _one_line(letter.subject)
    msg["Date"] = format_datetime(when or datetime.now(timezone.utc).astimezone())
    domain = sender[1].rsplit("@", 1)[-1] if sender else "peerdesk.invalid"
    msg["Message-ID"] = make_msgid(domain=domain)
    msg["X-Mailer"] = "PeerDesk"
    msg.set_content(letter.body, charset="utf-8", cte="quoted-printable")
    if invitation is not None:
        msg.add_attachment(invitation, maintype="text", subtype="calendar",
                           filename=invitation_name, params={"method": "PUBLISH"})
    return msg


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
        return f"{folder} is a file, not a folder: choose a folder for the drafts."
    parent = folder if folder.exists() else folder.parent
    if not parent.exists():
        return f"The folder {parent} does not exist."
    if not os.access(parent, os.W_OK):
        return f"The folder {parent} cannot be written to: choose another one."
    return ""


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
        raise ValidationError([Problem("letters", "There is nobody to write to: "
                                                  + (prepared.batch.advice() or "no recipients."))])
    parent = folder if folder.exists() else folder.parent
    staging = Path(tempfile.mkdtemp(prefix=".peerdesk-messages-", dir=parent))
    try:
        used: set[str] = set()
        names = []
        prefix = {"pairs": "Pairs", "session": "Invitation", "reminder": "Reminder",
                  "thanks": "Thanks"}[prepared.batch.kind]
        for index, letter in enumerate(letters):
            if progress is not None and progress(index, len(letters), letter.person.name) is False:
                raise WriteCancelled("Writing the drafts was cancelled; nothing was written.")
            ics = None
            if letter.session_id is not None and letter.session_id in prepared.invitations:
                ics = _invitation_for(prepared.invitations[letter.session_id],
                                      letter.person.email)
            msg = draft(letter, prepared.sender, ics,
                        prepared.invitation_names.get(letter.session_id, "invitation.ics"), when)
            name = _unique(f"{prefix} - {safe_name(letter.person.name) or letter.person.id}", used)
            (staging / f"{name}.eml").write_bytes(msg.as_bytes())
            names.append(f"{name}.eml")
        if with_csv:
            (staging / CSV_NAME).write_bytes(mail_merge_csv(letters))
            names.append(CSV_NAME)
        for f in staging.iterdir():  # flush before anything moves in
            with open(f, "rb+") as fh:
                os.fsync(fh.fileno())
        if not folder.exists():
            os.replace(staging, folder)
        else:
            for n in names:
                os.replace(staging / n, folder / n)
    except OSError as exc:
        raise ValidationError([Problem("folder", f"The drafts could not be written to {folder}: "
                                                 f"{exc.strerror or exc}. Nothing was written; "
                                                 "free some space or choose another folder.")]) from None
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
        lines.append(f"From: {prepared.sender[0]} <{prepared.sender[1]}>")
    lines.append(f"To: {letter.person.name} <{letter.person.email}>")
    lines.append(f"Subject: {letter.subject}")
    if letter.session_id is not None and letter.session_id in prepared.invitations:
        lines.append(f"Attached: {prepared.invitation_names[letter.session_id]} (calendar "
                     "invitation)")
    return "\n".join(lines) + "\n\n" + letter.body
