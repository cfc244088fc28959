"""Plain data for the printed documents, gathered from the program in one place.

The renderers never touch the store: they draw what these dataclasses hold, so a test
can build a 300-person sign-in sheet by hand and the window can check the names for
missing glyphs before anything is drawn. Nothing here reads feedback answers: free-text
comments never reach a document that is handed out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from peerdesk.core.collation import name_key
from peerdesk.core.models import Cycle, FeedbackQuestion, Participant, stored_id
from peerdesk.core.reasons import Reason
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import _, ngettext
from peerdesk.store import conduct as conduct_store
from peerdesk.store import sessions as session_store
from peerdesk.store.cycles import current_cycle, get_cycle, require_cycle
from peerdesk.store.participants import get_participant, list_participants
from peerdesk.store.program import Program
from peerdesk.store.responses import list_questions


@dataclass(slots=True)
class SessionInfo:
    id: int
    cycle_id: int
    cycle_name: str
    title: str
    date: date | None
    start_time: str
    end_time: str
    minutes: int
    location: str = ""
    timezone: str = ""
    topic: str = ""
    facilitator: str = ""


@dataclass(slots=True)
class Person:
    name: str
    department: str = ""
    id: int | None = None
    note: str = ""  # why someone is not paired, say


@dataclass(slots=True)
class SigninData:
    session: SessionInfo
    people: list[Person]
    conduct_version: int | None = None
    blank_rows: int = 3  # for walk-ins


@dataclass(slots=True)
class AgendaRow:
    start: str
    end: str
    title: str
    minutes: int
    lead: str = ""
    notes: str = ""
    overruns: bool = False


@dataclass(slots=True)
class AgendaData:
    session: SessionInfo
    rows: list[AgendaRow]
    summary: str = ""  # "85 of 90 min (5 spare)"


@dataclass(slots=True)
class Member:
    name: str
    department: str = ""
    role: str = "peer"  # buddy | recruit | peer
    id: int | None = None
    email: str = ""
    office: str = ""  # where they work (the participant's location)


@dataclass(slots=True)
class Group:
    """A pair or trio as printed."""

    number: int
    members: list[Member]
    reasons: list[str] = field(default_factory=list)
    score: float = 0.0
    kind: str = "peer"
    pinned: bool = False


@dataclass(slots=True)
class PairingsData:
    cycle_name: str
    groups: list[Group]
    unpaired: list[Person] = field(default_factory=list)
    draft: bool = False  # none of the pairs published yet


@dataclass(slots=True)
class ConductData:
    version: int
    text: str
    created_on: date | None = None


@dataclass(slots=True)
class FormData:
    questions: list[FeedbackQuestion]
    session: SessionInfo | None = None
    anonymous: bool = True
    min_group_size: int = 5
    ask_department: bool = False  # print "Your department" on the form
    # why the program asks for the department but the form does not (for the facilitator)
    department_left_out: str = ""


@dataclass(slots=True)
class PackData:
    session: SessionInfo
    signin: SigninData
    agenda: AgendaData
    pairings: PairingsData
    conduct: ConductData
    form: FormData


def sort_key(name: str) -> tuple:
    """Names sorted as people expect (:func:`peerdesk.core.collation.name_key`): the same
    order as the attendance screen."""
    return name_key(name)


# -- choosing what to print ------------------------------------------------------------

def choose_cycle(program: Program, cycle_name: str | None = None) -> Cycle:
    if cycle_name:
        return require_cycle(program, cycle_name)
    cycle = current_cycle(program)
    if cycle is None:
        raise ValidationError([Problem("cycle", _("This program has no cycle yet: create one first."))])
    return cycle


def choose_session(program: Program, session_id: int | None = None,
                   cycle_name: str | None = None, today: date | None = None) -> int:
    """The session asked for, else the next upcoming session (of the named cycle, or of any
    cycle), else the cycle's last when all are past."""
    if session_id is not None:
        session = session_store.get_session(program, session_id)
        if cycle_name:
            cycle = require_cycle(program, cycle_name)
            if cycle.id != session.cycle_id:
                raise ValidationError([Problem("session", _("Session {id} is not in the cycle "
                                                            "“{cycle}”.").format(
                    id=session_id, cycle=cycle.name))])
        return session_id
    today = today or date.today()
    if not cycle_name:  # the next session of any cycle: the one about to be printed for
        upcoming = [s for s in session_store.list_sessions(program, with_agenda=False)
                    if s.date and s.date >= today]
        if upcoming:
            return stored_id(upcoming[0].id)
    cycle = choose_cycle(program, cycle_name)
    sessions = session_store.list_sessions(program, cycle.id, with_agenda=False)
    if not sessions:
        raise ValidationError([Problem("session", _("The cycle “{cycle}” has no sessions yet.").format(
            cycle=cycle.name))])
    upcoming = [s for s in sessions if s.date and s.date >= today]
    return stored_id((upcoming[0] if upcoming else sessions[-1]).id)


# -- gathering --------------------------------------------------------------------------

def _facilitator_name(program: Program, session) -> str:
    f = session_store.facilitator_of(program, session)
    if f is None:
        return ""
    if f.participant_id is not None:
        try:
            return get_participant(program, f.participant_id).name
        except KeyError:
            pass  # appointed from the program, since deleted: the name kept with the role
    return f.name


def session_info(program: Program, session_id: int) -> SessionInfo:
    s = session_store.get_session(program, session_id)
    start = datetime.strptime(s.start_time, "%H:%M")
    end = (start + timedelta(minutes=s.minutes)).strftime("%H:%M")
    return SessionInfo(id=stored_id(s.id), cycle_id=s.cycle_id, cycle_name=get_cycle(program, s.cycle_id).name,
                       title=s.title or "Session", date=s.date, start_time=s.start_time,
                       end_time=end, minutes=s.minutes, location=s.location, timezone=s.timezone,
                       topic=s.topic, facilitator=_facilitator_name(program, s))


def signin(program: Program, session_id: int,
           everyone: list[Participant] | None = None) -> SigninData:
    """The invited people (:func:`peerdesk.store.sessions.invitees`); ``everyone``: the
    program's people when the caller has already read them (the pack)."""
    info = session_info(program, session_id)
    invited = session_store.invited_ids(program, session_id)
    people = [p for p in (list_participants(program) if everyone is None else everyone)
              if p.id in invited
              and (p.archived_on is None or (info.date is not None and info.date <= p.archived_on))]
    rows = sorted((Person(p.name, p.department, p.id) for p in people),
                  key=lambda p: sort_key(p.name))
    current = conduct_store.current_version(program)
    return SigninData(info, rows, current.version if current else None)


def agenda(program: Program, session_id: int) -> AgendaData:
    s = session_store.get_session(program, session_id)
    timing = session_store.timing(s)
    rows = [AgendaRow(start=f"{t.start:%H:%M}", end=f"{t.end:%H:%M}", title=t.item.title,
                      minutes=t.item.minutes, lead=t.item.lead, notes=t.item.notes,
                      overruns=t.overruns) for t in timing.items]
    return AgendaData(session_info(program, session_id), rows, timing.summary())


_SCORE = re.compile(r"^\s*\(?[+\-−]?\d+(?:[.,]\d+)?\)?\s*[:·-]?\s*")


def plain_reason(reason: str) -> str:
    """A reason without its score ("+2 different departments" -> "different departments")."""
    return _SCORE.sub("", reason).strip()


def _points(reason: str) -> float | None:
    match = _SCORE.match(reason)
    if not match or not match.group(0).strip():
        return None
    digits = re.sub(r"[^\d.,+\-−]", "", match.group(0)).replace(",", ".").replace("−", "-")
    try:
        return float(digits)
    except ValueError:
        return None


def reason_points(reason: str) -> float | None:
    """The points a reason adds (negative: it counts against the pair); None if unscored."""
    return _points(reason)


# The pairing engine's lines that are not reasons to give a participant: a buddy line (the
# slip's first sentence says who is whose buddy) and the lines for a pair nothing scores.
BUDDY_LINE = re.compile(r"^.+ \(seasoned\) is the buddy of .+ \(new recruit\)$")
# "Ana & Ben (+4.5): Ana teaches SQL, Ben wants SQL; same office (Lisbon)": one line for
# each two people of a trio, or of a buddy with several recruits
_LINK = re.compile(r"^(?P<who>.+?) \((?P<points>[+\-−]\d+(?:[.,]\d+)?)\): (?P<said>.+)$")
_NOTHING = ("nothing in common to score", "nothing in their profiles adds to the score")


def reason_parts(reason: str) -> list[tuple[float | None, str]]:
    """One line of the pairing engine's reasons as (points, words) parts, the score taken
    out: "+2 different departments" is one part; a trio's "Ana & Ben (+4.5): Ana teaches
    SQL, Ben wants SQL; same office (Lisbon)" is two, each with its line's 4.5 points; a
    line saying nothing scores is no part at all. A stored :class:`Reason` gives its own
    parts (each a Reason, worded in the document's language when shown)."""
    if isinstance(reason, Reason):
        if reason.code == "scored":
            return [(_points(str(reason.values["points"])), reason.values["part"])]
        if reason.code == "link":
            return [(_points(str(reason.values["points"])), part)
                    for part in reason.values.get("parts") or []]
        return []  # the buddy line, or nothing that scores
    link = _LINK.match(reason)
    if link:
        points = _points(link["points"])
        return [(points, part.strip()) for part in link["said"].split("; ")
                if part.strip() and not part.strip().lower().startswith(_NOTHING)]
    text = plain_reason(reason)
    if not text or text.lower().startswith(_NOTHING):
        return []
    return [(_points(reason), text)]


def good_reasons(reasons: list[str]) -> list[str]:
    """The reasons a participant's slip gives: those that add points, without the points
    (nor the buddy line, nor a line that says nothing scores), each once."""
    out: list[str] = []
    for reason in reasons:
        if BUDDY_LINE.match(reason):
            continue
        for points, text in reason_parts(reason):
            if (points is None or points > 0) and text not in out:
                out.append(text)
    return out


def pairings(program: Program, cycle_id: int, published_only: bool = False,
             with_unpaired: bool = True,
             everyone: list[Participant] | None = None) -> PairingsData:
    """The cycle's pairs and trios; ``published_only`` keeps the published ones if any are;
    ``with_unpaired`` False leaves out who is not in a pair (the slips do not print them)."""
    cycle = get_cycle(program, cycle_id)
    # the pairings store brings the pairing engine (numpy): loaded only for these documents
    from peerdesk.store.pairings import list_pairings
    from peerdesk.store.pairings import roles as pairing_roles

    rows = list_pairings(program, cycle_id)
    any_published = any(r.published for r in rows)
    if published_only and any_published:
        rows = [r for r in rows if r.published]
    people = {p.id: p for p in (list_participants(program) if everyone is None else everyone)}
    by_group = pairing_roles(program, cycle_id)
    order = {"buddy": 0, "recruit": 1, "peer": 2}
    groups = []
    for r in rows:
        roles = by_group.get(r.id or 0, {})
        ms = sorted((Member(p.name, p.department, roles.get(mid, "peer"), p.id, p.email,
                            p.location)
                     for mid in r.member_ids if (p := people.get(mid)) is not None),
                    key=lambda m: (order.get(m.role, 3), sort_key(m.name)))
        if not ms:
            continue
        groups.append(Group(0, ms, list(r.reasons), r.score, r.kind, r.pinned))
    groups.sort(key=lambda g: sort_key(g.members[0].name))
    for number, g in enumerate(groups, start=1):
        g.number = number
    unpaired: list[Person] = []
    if groups and with_unpaired:  # before any pairs are made, "not paired" says nothing
        from peerdesk.store.pairings import unpaired as unpaired_with_reasons

        unpaired = [Person(people[u.id].name, people[u.id].department, u.id, u.reason)
                    for u in unpaired_with_reasons(program, cycle_id) if u.id in people]
    return PairingsData(cycle.name, groups, unpaired, draft=bool(rows) and not any_published)


def conduct(program: Program) -> ConductData:
    current = conduct_store.current_version(program)
    if current is None:
        raise ValidationError([Problem("conduct", _("There is no code of conduct yet."))])
    return ConductData(current.version, current.text, current.created_on)


def feedback_form(program: Program, session_id: int | None = None) -> FormData:
    info = session_info(program, session_id) if session_id is not None else None
    from peerdesk.core.disclosure import group_threshold
    from peerdesk.store.responses import is_anonymous

    settings = program.settings()
    k = group_threshold(settings.min_group_size)
    ask, left_out = False, ""
    if settings.ask_department:
        small = small_departments(program, k)
        ask = not small
        if small:
            left_out = ngettext(
                "The form does not ask for the department: {departments} has fewer than {k} "
                "people, so an answer from it could be traced to a person.",
                "The form does not ask for the department: {departments} have fewer than {k} "
                "people each, so an answer from them could be traced to a person.",
                len(small)).format(departments=", ".join(small), k=k)
    return FormData(list_questions(program), info, is_anonymous(program), k, ask, left_out)


def small_departments(program: Program, k: int) -> list[str]:
    """The departments of the program's active people with fewer than ``k`` of them (a
    department question would single their answers out), by name."""
    sizes: dict[str, int] = {}
    for person in list_participants(program):
        if not person.archived and person.department.strip():
            name = person.department.strip()
            sizes[name] = sizes.get(name, 0) + 1
    return sorted((d for d, n in sizes.items() if n < k), key=sort_key)


def pack(program: Program, session_id: int) -> PackData:
    info = session_info(program, session_id)
    everyone = list_participants(program)  # read once for the sign-in sheet and the pairs
    return PackData(info, signin(program, session_id, everyone), agenda(program, session_id),
                    pairings(program, info.cycle_id, everyone=everyone), conduct(program),
                    feedback_form(program, session_id))


def names_in(data: object) -> list[str]:
    """Every person's name a document will print: what the export dialog checks for glyphs."""
    if isinstance(data, SigninData):
        return [p.name for p in data.people]
    if isinstance(data, PairingsData):
        return [m.name for g in data.groups for m in g.members] + [p.name for p in data.unpaired]
    if isinstance(data, PackData):
        return list(dict.fromkeys(names_in(data.signin) + names_in(data.pairings)
                                  + ([data.session.facilitator] if data.session.facilitator else [])))
    if isinstance(data, AgendaData | FormData):
        s = data.session
        return [s.facilitator] if s is not None and s.facilitator else []
    return []
