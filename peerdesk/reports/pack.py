"""The session pack: cover, agenda, sign-in sheet, pairing list, code of conduct and
feedback forms in one PDF, each part on a new page with its own bookmark.

The parts are the single documents' own stories, so the pack and the separate
exports can never differ.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from peerdesk.i18n import _, ngettext
from peerdesk.i18n import gettext_noop as M_
from peerdesk.reports import styles
from peerdesk.reports.agenda import AgendaRenderer
from peerdesk.reports.base import DocumentRenderer, Furniture, PageRef, PartStart, format_date
from peerdesk.reports.conduct import SIGNATURE_ROWS, ConductRenderer
from peerdesk.reports.data import PackData
from peerdesk.reports.feedback_form import FeedbackFormRenderer
from peerdesk.reports.fonts import FontSet
from peerdesk.reports.pairings import PairingListRenderer
from peerdesk.reports.signin import SigninRenderer

PARTS = ("agenda", "signin", "pairings", "conduct", "feedback")
LINK = styles.ACCENT.hexval().replace("0x", "#")  # the cover's contents are links


class PackRenderer(DocumentRenderer):
    title = M_("Session pack")

    def __init__(self, data: PackData, furniture: Furniture, form_copies: int = 1,
                 fontset: FontSet | None = None, signin_parts: int = 1,
                 twelve_hour: bool = False):
        super().__init__(furniture, fontset)
        self.data = data
        self.form_copies = max(1, form_copies)
        self.signin_parts = signin_parts
        self.twelve_hour = twelve_hour

    def parts(self) -> list[tuple[str, str, str, DocumentRenderer]]:
        """(key, title, one-line description, renderer) for each part after the cover."""
        d, f, fs = self.data, self.furniture, self.fonts
        people = len(d.signin.people)
        groups = d.pairings.groups
        copies = self.form_copies
        signin = SigninRenderer(d.signin, f, fs, self.signin_parts)
        signin.part_level = 1
        forms = ngettext("{n} copy here", "{n} copies here", copies).format(n=copies)
        if people > copies:
            forms += "; " + _("print {n} (one per person invited)").format(n=people)
        sheets = -(-people // SIGNATURE_ROWS)  # eight signatures a sheet
        conduct = _("version {version}").format(version=d.conduct.version) + "; " + (
            ngettext("{n} sheet", "{n} sheets", copies).format(n=copies))
        if sheets > copies:
            conduct += " " + ngettext("here; print {n} for {people} signatures",
                                      "here; print {n} for {people} signatures",
                                      sheets).format(n=sheets, people=people)
        return [
            ("agenda", _("Agenda"), ngettext("{n} item", "{n} items", len(d.agenda.rows)).format(
                n=len(d.agenda.rows)) + f" · {d.agenda.summary}",
             AgendaRenderer(d.agenda, f, fs, twelve_hour=self.twelve_hour)),
            ("signin", _("Sign-in sheet"),
             ngettext("{n} person invited", "{n} people invited", people).format(n=people),
             signin),
            ("pairings", _("Pairing list"),
             ngettext("{n} pair or trio", "{n} pairs and trios", len(groups)).format(
                 n=len(groups)) + f" · {d.pairings.cycle_name}" if groups
             else _("no pairs yet"), PairingListRenderer(d.pairings, f, fs)),
            ("conduct", _("Code of conduct"), conduct, ConductRenderer(d.conduct, f, fs, copies)),
            ("feedback", _("Feedback form"), forms, FeedbackFormRenderer(d.form, f, copies, fs)),
        ]

    def cover(self, parts) -> list[Flowable]:
        s = self.data.session
        rows = [(_("Date"), format_date(s.date, weekday=True)),
                (_("Time"), f"{s.start_time}–{s.end_time} (" + ngettext(
                    "{n} minute", "{n} minutes", s.minutes).format(n=s.minutes) + ")")]
        if s.location:
            rows.append((_("Where"), s.location))
        if s.facilitator:
            rows.append((_("Facilitator"), s.facilitator))
        if s.topic:
            rows.append((_("Topic"), s.topic))
        rows.append((_("Cycle"), s.cycle_name))
        meta = Table([[self.p(k, "cover_meta"), self.p(v, "body")] for k, v in rows],
                     colWidths=[32 * mm, self.frame_width - 32 * mm])
        meta.setStyle(TableStyle([*styles.BASE_CMDS, ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 2),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        contents = Table(
            [[self.pm(f'<a href="#{key}" color="{LINK}">{self.fonts.markup(title)}</a>',
                      "cell_bold"), self.p(desc, "cell_muted"), PageRef(key, 9)]
             for key, title, desc, _r in parts],
            colWidths=[45 * mm, self.frame_width - 45 * mm - 14 * mm, 14 * mm])
        contents.setStyle(TableStyle([*styles.table_style(header_rows=0, zebra=False), ("LINEABOVE", (0, 0), (-1, 0), 0.8, styles.ACCENT), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        return [PartStart(_("Cover"), "cover", running_title=""), Spacer(0, 30 * mm),
                self.p(self.furniture.program_name, "cover_meta"),
                self.p(_("Session pack"), "h2"), Spacer(0, 6 * mm),
                self.p(s.title, "cover_title"), Spacer(0, 6 * mm), meta, Spacer(0, 16 * mm),
                self.p(_("In this pack"), "h2"), Spacer(0, 1 * mm), contents]

    def story(self) -> list[Flowable]:
        parts = self.parts()
        out = self.cover(parts)
        for key, title, _desc, renderer in parts:
            out += [PageBreak(), PartStart(title, key), *renderer.story()]
        return out


def render_pack(data: PackData, furniture: Furniture, form_copies: int = 1,
                fontset: FontSet | None = None) -> bytes:
    return PackRenderer(data, furniture, form_copies, fontset).render()
