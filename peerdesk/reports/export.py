"""One entry point for every printed document, shared by the command line and the window.

``export_document`` gathers the data, checks every name for glyphs no font has, and
renders; the caller writes the bytes and then calls :func:`record_printed` so that the
session remembers when its sign-in sheet went out (a preview does not count).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from peerdesk.core.models import stored_id
from peerdesk.i18n import Translation, _, current, ngettext, translation_for
from peerdesk.i18n import gettext_noop as M_
from peerdesk.reports import base, data
from peerdesk.reports.fontfind import install_advice
from peerdesk.reports.fonts import FontSet, fonts
from peerdesk.store.program import Program

# The English titles are the catalogue's keys: show them through _() (plain strings, so a
# window can hand them to Qt as they are).
KINDS: dict[str, str] = {
    "signin": M_("Sign-in sheet"),
    "agenda": M_("Agenda"),
    "conduct": M_("Code of conduct"),
    "pairings": M_("Pairing list"),
    "slips": M_("Partner slips"),
    "feedback-form": M_("Feedback form"),
    "pack": M_("Session pack"),
}
NEEDS_SESSION = frozenset({"signin", "agenda", "pack"})
USES_CYCLE = frozenset({"pairings", "slips"})
PRINTS_SIGNIN = frozenset({"signin", "pack"})


@dataclass(slots=True)
class Export:
    kind: str
    title: str
    pdf: bytes
    paper: str
    filename: str  # a suggested file name
    session_id: int | None = None
    pages: int = 0
    unprintable: list[tuple[str, str]] = field(default_factory=list)  # (name, missing chars)
    chosen: str = ""  # which session was picked when none was named, in words
    note: str = ""  # something the facilitator should know about the pages (in words)

    def warning(self) -> str:
        """Plain words for the names that will not print as written, naming the font to
        install for each script, or ""."""
        if not self.unprintable:
            return ""
        shown = ", ".join(f"{name} ({chars})" for name, chars in self.unprintable[:5])
        more = len(self.unprintable) - 5
        tail = _(" and {n} more").format(n=more) if more > 0 else ""
        n = len(self.unprintable)
        return ngettext("{n} name contains letters that no font on this computer can print; "
                        "it shows as “?” and is listed at the end of the document: {names}.",
                        "{n} names contain letters that no font on this computer can print; "
                        "they show as “?” and are listed at the end of the document: {names}.",
                        n).format(n=n, names=shown + tail) \
            + f" {install_advice(self.unprintable)}"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "document"


def export_document(program: Program, kind: str, *args, **kwargs) -> Export:
    """Render one document of ``kind`` (a key of :data:`KINDS`) to PDF bytes, in the
    program's document language (its setting), whatever language the caller speaks; what
    is said about the export (which session was chosen) stays in the caller's."""
    said_in = current()
    # the collector waits for the data read and the layout alike (see base.collector_paused)
    with translation_for(program.settings().language).active(), base.collector_paused():
        return _export_document(program, kind, *args, said_in=said_in, **kwargs)


def _export_document(program: Program, kind: str, session_id: int | None = None,
                    cycle_name: str | None = None, paper: str | None = None,
                    locale_name: str | None = None, form_copies: int = 1,
                    today: date | None = None, fontset: FontSet | None = None,
                    signin_parts: int = 1, large_print: bool = False, *,
                    said_in: Translation | None = None) -> Export:
    """Render one document of ``kind`` (a key of :data:`KINDS`) to PDF bytes.

    ``signin_parts`` > 1 splits the sign-in sheet by initial (A–K, L–Z) for that many
    tables at the door."""
    if kind not in KINDS:
        raise ValueError(_("Unknown document “{kind}”: choose one of {kinds}.").format(
            kind=kind, kinds=", ".join(KINDS)))
    today = today or date.today()
    fs = fontset or fonts()
    paper = base.resolve_paper(paper or program.settings().paper, locale_name)
    title = _(KINDS[kind])
    furniture = base.Furniture(program.name, title, printed_on=today, paper=paper,
                               subject=title, language=current().code)
    session = None
    chosen = ""
    if kind in NEEDS_SESSION or (session_id is not None and kind != "conduct"):
        named = session_id is not None
        session_id = data.choose_session(program, session_id, cycle_name, today)
        session = data.session_info(program, session_id)
        if not named:
            said = said_in or current()
            with said.active():
                when = said.gettext("the next session") if session.date and session.date >= today \
                    else said.gettext("the cycle's last session; none is coming up")
                chosen = said.gettext("For session {id}, {title} on {date} ({when}; --session ID "
                                      "for another).").format(id=session.id, title=session.title,
                                                             date=base.format_date(session.date),
                                                             when=when)
        furniture.pdf_title = " – ".join(
            x for x in (title, session.title, base.short_date(session.date)) if x)

    payload: object
    renderer: base.DocumentRenderer
    if kind == "signin":
        from peerdesk.reports.signin import SigninRenderer

        payload = data.signin(program, stored_id(session_id))
        renderer = SigninRenderer(payload, furniture, fs, signin_parts)
    elif kind == "agenda":
        from peerdesk.reports.agenda import AgendaRenderer

        payload = data.agenda(program, stored_id(session_id))
        renderer = AgendaRenderer(payload, furniture, fs, large_print,
                                  base.twelve_hour_for_locale(locale_name))
    elif kind == "conduct":
        from peerdesk.reports.conduct import ConductRenderer

        payload = data.conduct(program)
        renderer = ConductRenderer(payload, furniture, fs, form_copies)
    elif kind in USES_CYCLE:
        cycle_id = session.cycle_id if session else stored_id(data.choose_cycle(program, cycle_name).id)
        if kind == "pairings":
            from peerdesk.reports.pairings import PairingListRenderer

            payload = data.pairings(program, cycle_id)
            renderer = PairingListRenderer(payload, furniture, fs)
        else:
            from peerdesk.reports.slips import SlipsRenderer

            payload = data.pairings(program, cycle_id, published_only=True, with_unpaired=False)
            renderer = SlipsRenderer(payload, furniture, session, fs)
    elif kind == "feedback-form":
        from peerdesk.reports.feedback_form import FeedbackFormRenderer

        payload = data.feedback_form(program, session_id)
        renderer = FeedbackFormRenderer(payload, furniture, form_copies, fs)
    else:
        from peerdesk.reports.pack import PackRenderer

        payload = data.pack(program, stored_id(session_id))
        renderer = PackRenderer(payload, furniture, form_copies, fs, signin_parts,
                                base.twelve_hour_for_locale(locale_name))

    names = [program.name, *data.names_in(payload)]
    unprintable = fs.unprintable(names)
    renderer.unprintable = unprintable
    pdf = renderer.render()
    about = session.title if session else (getattr(payload, "cycle_name", "") or "")
    stem = "-".join(x for x in (_slug(title), _slug(about) if about else "",
                                session.date.isoformat() if session and session.date else "") if x)
    form = payload.form if isinstance(payload, data.PackData) else payload
    note = form.department_left_out if isinstance(form, data.FormData) else ""
    return Export(kind, title, pdf, paper, f"{stem}.pdf", session_id, renderer.page_count,
                  unprintable, chosen, note)


def record_printed(program: Program, export: Export, on: date | None = None) -> bool:
    """After an export was saved: note on the session that its sign-in sheet was printed."""
    if export.kind not in PRINTS_SIGNIN or export.session_id is None:
        return False
    from peerdesk.store.sessions import mark_signin_printed

    mark_signin_printed(program, export.session_id, on)
    return True
