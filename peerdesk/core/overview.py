"""The program checklist: the eight steps of a good peer learning program, each with a status.

A facilitator running a program for the first time should not need a manual: each
step says whether it is done (``ok``), needs a look (``warning``) or has not started
(``todo``), in one line, with the names behind it. The statuses are computed here
from plain facts (:class:`ProgramFacts`, gathered by ``peerdesk.store.overview`` or
built by hand in tests), so the dock, ``peerdesk status`` and the tests agree.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from peerdesk.core.chain import NeutralityWarning
from peerdesk.core.feedback import KeyNumbers
from peerdesk.core.moves import Move as Move
from peerdesk.core.moves import moves as moves
from peerdesk.core.small_groups import Ratio, group_threshold
from peerdesk.i18n import _, current, format_percent, ngettext
from peerdesk.i18n import gettext_noop as M_

DateText = Callable[[date], str]  # how a session's date is written

OK, WARNING, TODO = "ok", "warning", "todo"
STATES = (OK, WARNING, TODO)
# Where each step's button leads: a tab name, or one of these actions.
FACILITATORS, CONDUCT, NEW_CYCLE = "facilitators", "conduct", "new_cycle"
SIGNIN_DUE_DAYS = 7  # a sign-in sheet not printed this close to its session is a warning


@dataclass(slots=True)
class Detail:
    """A labelled list of names behind a summary ("Not signed: Ana, Tom")."""

    label: str
    items: list[str]


@dataclass(slots=True)
class Step:
    number: int
    key: str
    title: str
    state: str  # ok | warning | todo
    summary: str
    target: str  # participants | pairings | sessions | feedback | facilitators | conduct | new_cycle
    action: str  # the button's words
    details: list[Detail] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- the facts ----------------------------------------------------------------------


@dataclass(slots=True)
class SessionFacts:
    title: str
    date: date | None
    overrun_minutes: int = 0
    signin_printed: bool = False
    marked: int = 0  # attendance marks recorded
    present: int = 0
    responses: int | None = 0  # session feedback forms; None when withheld (too few)

    def label(self, date_text: DateText | None = None) -> str:
        return f"{self.title} ({(date_text or short_date)(self.date)})" if self.date else self.title

    def held(self, today: datetime.date) -> bool:  # (``date`` is a field here)
        return self.marked > 0 or (self.date is not None and self.date < today)


@dataclass(slots=True)
class CycleFacts:
    name: str
    start_date: date | None = None
    end_date: date | None = None
    pairs: int = 0
    published: int = 0
    unpaired: list[tuple[str, str]] = field(default_factory=list)  # (name, why)
    not_taking_part: int = 0  # of the unpaired: opted out, or a facilitator not opted in
    sessions: list[SessionFacts] = field(default_factory=list)
    absent_twice: list[str] = field(default_factory=list)
    attendance: Ratio = field(default_factory=lambda: Ratio(0, 0))
    numbers: KeyNumbers | None = None
    previous_name: str | None = None
    previous_numbers: KeyNumbers | None = None


@dataclass(slots=True)
class ProgramFacts:
    today: date
    min_group_size: int = 3
    facilitators: list[str] = field(default_factory=list)
    neutrality: list[NeutralityWarning] = field(default_factory=list)
    conduct_version: int | None = None
    signed: int = 0
    expected_signers: int = 0
    not_signed: list[str] = field(default_factory=list)
    taking_part: int = 0  # active and opted in
    opted_out: int = 0
    new_recruits: int = 0
    seasoned: int = 0
    no_hire_date: list[str] = field(default_factory=list)
    no_skills: list[str] = field(default_factory=list)
    cycle: CycleFacts | None = None


# -- wording ------------------------------------------------------------------------


def short_date(day: date, year: bool = False) -> str:
    """3 Mar (or 3 Mar 2027) in the language in force ("3. März", "3 mars 2027"): CLDR's
    day-and-month skeleton, the same the charts' axes use."""
    from babel.dates import format_skeleton

    return format_skeleton("yMMMd" if year else "MMMd", day, locale=current().locale)


def _join(parts: list[str]) -> str:
    return "; ".join(p for p in parts if p)


# -- steps 1 to 3: the program ------------------------------------------------------


def facilitator_step(f: ProgramFacts) -> Step:
    step = Step(1, "facilitator", _("Appoint a facilitator"), TODO,
                _("Nobody is appointed yet: choose someone who manages nobody in the program."),
                FACILITATORS, _("Facilitators…"))
    if not f.facilitators:
        return step
    step.details.append(Detail(_("Facilitators"), list(f.facilitators)))
    if f.neutrality:
        step.state = WARNING
        names = ", ".join(w.facilitator_name for w in f.neutrality)
        over = sum(len(w.over) for w in f.neutrality)
        step.summary = ngettext("{names} manages {n} participant: not neutral.",
                                "{names} manages {n} participants: not neutral.", over).format(
                                    names=names, n=over)
        step.details += [Detail(_("{name} has authority over").format(name=w.facilitator_name),
                                list(w.over)) for w in f.neutrality]
    else:
        step.state = OK
        step.summary = _("{names}; neutral.").format(names=", ".join(f.facilitators))
    return step


def conduct_step(f: ProgramFacts) -> Step:
    step = Step(2, "conduct", _("Agree the code of conduct"), TODO,
                _("Write the code of conduct everyone signs."), CONDUCT, _("Conduct…"))
    if f.conduct_version is None:
        return step
    if f.expected_signers == 0:
        step.summary = _("Version {version} is ready; nobody to sign it yet.").format(
            version=f.conduct_version)
        return step
    missing = f.expected_signers - f.signed
    if missing <= 0:
        step.state = OK
        step.summary = ngettext("{n} person signed version {version}.",
                                "All {n} signed version {version}.", f.expected_signers).format(
                                    n=f.expected_signers, version=f.conduct_version)
    else:
        step.state = WARNING
        step.summary = _("{signed} of {n} signed; {missing} missing.").format(
            signed=f.signed, n=f.expected_signers, missing=missing)
        step.details.append(Detail(_("Not signed yet"), list(f.not_signed)))
    return step


def participants_step(f: ProgramFacts) -> Step:
    step = Step(3, "participants", _("Bring in the participants"), TODO,
                _("Nobody is taking part yet: import the staff list or add people."),
                "participants", _("Participants"))
    if f.taking_part == 0:
        return step
    parts = [ngettext("{n} person", "{n} people", f.taking_part).format(n=f.taking_part) + ": "
             + ngettext("{n} new recruit", "{n} new recruits", f.new_recruits).format(
                 n=f.new_recruits) + ", " + _("{n} seasoned").format(n=f.seasoned)]
    if f.no_skills:
        parts.append(_("{n} without skills").format(n=len(f.no_skills)))
        step.details.append(Detail(_("No skills entered yet"), list(f.no_skills)))
    if f.no_hire_date:
        step.details.append(Detail(_("No hire date (tenure unknown)"), list(f.no_hire_date)))
    step.state = WARNING if f.no_skills else OK
    step.summary = _join(parts) + "."
    return step


# -- steps 4 to 8: the cycle ----------------------------------------------------------


def pairs_step(c: CycleFacts) -> Step:
    step = Step(4, "pairs", _("Pair people"), TODO, _("No pairs yet: generate them."),
                "pairings", _("Pairings"))
    if c.pairs == 0:
        if c.unpaired:
            step.details.append(Detail(_("To pair"), [name for name, _why in c.unpaired]))
        return step
    published = (_("published") if c.published == c.pairs
                 else _("{n} published").format(n=c.published))
    parts = [ngettext("{n} pair", "{n} pairs", c.pairs).format(n=c.pairs) + ", " + published]
    if c.unpaired:  # the Pairings tab's "Not paired" list, so both say the same number
        aside = (" (" + _("{n} not taking part").format(n=c.not_taking_part) + ")"
                 if c.not_taking_part else "")
        parts.append(_("{n} not paired").format(n=len(c.unpaired)) + aside)
        step.details += unpaired_details(c.unpaired)
    to_pair = len(c.unpaired) - c.not_taking_part
    step.state = WARNING if (to_pair > 0 or c.published < c.pairs) else OK
    step.summary = _join(parts) + "."
    return step


def unpaired_details(unpaired: list[tuple[str, str]]) -> list[Detail]:
    """People grouped by the reason they are unpaired; a reason that names its person
    (the pairing engine's sentences do) is listed as it is, under "Unpaired"."""
    by_reason: dict[str, list[str]] = {}
    sentences: list[str] = []
    for name, why in unpaired:
        if name in why:
            sentences.append(why)
        else:
            by_reason.setdefault(why[:1].upper() + why[1:], []).append(name)
    out = [Detail(why, names) for why, names in by_reason.items()]
    return out + ([Detail(_("Unpaired"), sentences)] if sentences else [])


def sessions_step(c: CycleFacts, today: date, date_text: DateText | None = None) -> Step:
    step = Step(5, "plan", _("Plan the sessions"), TODO,
                _("No sessions yet: plan the cycle's sessions."), "sessions", _("Sessions"))
    if not c.sessions:
        return step
    over = [s for s in c.sessions if s.overrun_minutes > 0]
    unprinted = [s for s in c.sessions if not s.signin_printed and not s.held(today)]
    due = [s for s in unprinted if s.date and s.date <= today + timedelta(days=SIGNIN_DUE_DAYS)]
    parts = [ngettext("{n} session planned", "{n} sessions planned", len(c.sessions)).format(
        n=len(c.sessions))]
    if over:
        parts.append(ngettext("{n} agenda runs over time", "{n} agendas run over time",
                              len(over)).format(n=len(over)))
        step.details.append(Detail(_("Agenda runs over"), [
            _("{session}: {n} min over").format(session=s.label(date_text), n=s.overrun_minutes)
            for s in over]))
    if unprinted:
        parts.append(ngettext("{n} sign-in sheet to print", "{n} sign-in sheets to print",
                              len(unprinted)).format(n=len(unprinted)))
        step.details.append(Detail(_("Sign-in sheet not printed"),
                                   [s.label(date_text) for s in unprinted]))
    step.state = WARNING if (over or due) else OK
    step.summary = _join(parts) + "."
    return step


def held_step(c: CycleFacts, today: date, date_text: DateText | None = None) -> Step:
    step = Step(6, "hold", _("Hold the sessions"), TODO, _("No session has taken place yet."),
                "sessions", _("Attendance"))
    held = [s for s in c.sessions if s.held(today)]
    if not held:
        return step
    untaken = [s for s in held if s.marked == 0]
    parts = [_("{held} of {n} held").format(held=len(held), n=len(c.sessions))]
    if (rate := c.attendance.value) is not None:  # None: nobody marked yet
        parts[0] += ", " + _("attendance {rate}").format(rate=format_percent(rate))
    if untaken:
        parts.append(ngettext("{n} session without attendance", "{n} sessions without attendance",
                              len(untaken)).format(n=len(untaken)))
        step.details.append(Detail(_("Attendance not recorded"),
                                   [s.label(date_text) for s in untaken]))
    if c.absent_twice:
        parts.append(_("{n} absent twice in a row").format(n=len(c.absent_twice)))
        step.details.append(Detail(_("Absent twice in a row"), list(c.absent_twice)))
    step.state = WARNING if (untaken or c.absent_twice) else OK
    step.summary = _join(parts) + "."
    return step


def feedback_step(c: CycleFacts, today: date, min_group_size: int,
                  date_text: DateText | None = None) -> Step:
    step = Step(7, "feedback", _("Collect feedback"), TODO,
                _("Feedback comes after the first session."), "feedback", _("Feedback"))
    held = [s for s in c.sessions if s.held(today) and s.marked > 0]
    if not held:
        return step
    least = group_threshold(min_group_size)
    none = [s for s in held if s.responses == 0]
    # Counts come from the disclosure rule: a withheld count (None) is not printed, and
    # neither is anything that would let it be worked out.
    few = [s for s in held if s.responses is None or 0 < s.responses < least]
    numbers = c.numbers
    if numbers is not None and numbers.responses.shown:
        n, rate = int(numbers.responses.value or 0), numbers.response_rate
        parts = [ngettext("{n} form, response rate {rate}", "{n} forms, response rate {rate}",
                          n).format(n=n, rate=_("withheld ({why})").format(why=rate.reason)
                                    if rate.withheld else rate)]
    elif numbers is not None and numbers.responses.withheld:
        parts = [_("too few forms to report (fewer than {n}, or they would give a small group "
                   "away)").format(n=least)]
    else:
        forms = sum(s.responses or 0 for s in held)
        present = sum(s.present for s in held)
        parts = [ngettext("{n} form, response rate {rate}", "{n} forms, response rate {rate}",
                          forms).format(n=forms, rate=Ratio(min(forms, present), present))]
    if few:
        parts.append(ngettext("{n} session with too few answers to report",
                              "{n} sessions with too few answers to report", len(few)).format(
                                  n=len(few)))
        step.details.append(Detail(_("Fewer than {n} answers, or withheld so that a small "
                                     "group cannot be worked out (not reported)").format(
                                         n=least),
                                   [s.label(date_text) for s in few]))
    if none:
        parts.append(_("{n} without feedback").format(n=len(none)))
        step.details.append(Detail(_("No feedback entered"),
                                   [s.label(date_text) for s in none]))
    step.details.append(Detail(_("Response rate per session"), [
        _("{session}: {answers} of {present} ({rate})").format(
            session=s.label(date_text), answers=min(s.responses, s.present), present=s.present,
            rate=Ratio(min(s.responses, s.present), s.present)) if s.responses is not None
        else _("{session}: withheld").format(session=s.label(date_text)) for s in held]))
    step.state = WARNING if (few or none) else OK
    step.summary = _join(parts) + "."
    return step


# -- step 8: what moved since the previous cycle ---------------------------------------


# The figures compared (Move, moves) are in peerdesk.core.moves.


def review_step(c: CycleFacts, today: date, limit: int = 3) -> Step:
    step = Step(8, "review", _("Review and improve"), TODO,
                _("After the last session: read the cycle report and compare with the last "
                  "cycle."), "feedback", _("Cycle report"))
    done = bool(c.sessions) and all(s.held(today) for s in c.sessions)
    if c.end_date is not None and c.end_date < today and c.sessions:
        done = True
    if c.numbers is None or c.previous_numbers is None or c.previous_name is None:
        if done:
            step.state = OK
            step.summary = _("First cycle: nothing to compare yet. Read the cycle report.")
        return step
    found, withheld = moves(c.numbers, c.previous_numbers)
    moved = [m for m in found if m.size >= 1][:limit]
    worst = next((m for m in found if m.size >= 1 and m.change < 0), None)
    if worst is not None and worst not in moved:  # what to improve is never crowded out
        moved = [*moved[:limit - 1], worst]
    if moved:
        summary = _("Since {cycle}: {changes}").format(cycle=c.previous_name, changes=", ".join(
            m.inline() for m in moved))
    else:
        summary = _("No big changes since {cycle}").format(cycle=c.previous_name)
    if found:
        step.details.append(Detail(_("Compared with {cycle}").format(cycle=c.previous_name),
                                   [m.text() for m in found]))
    if withheld:
        step.details.append(Detail(_("Too few responses to compare"), [_(w) for w in withheld]))
    if done:
        step.state = WARNING if any(m.change < 0 for m in moved) else OK
        step.summary = summary + "."
    else:
        remaining = sum(1 for s in c.sessions if not s.held(today))
        step.summary = ngettext("{summary} so far; {n} session to go.",
                                "{summary} so far; {n} sessions to go.", remaining).format(
                                    summary=summary, n=remaining)
    return step


# -- the checklist ---------------------------------------------------------------------

NO_CYCLE = M_("Create the first cycle (Program > New Cycle) to plan it.")
_CYCLE_STEPS = ((4, "pairs", M_("Pair people")), (5, "plan", M_("Plan the sessions")),
                (6, "hold", M_("Hold the sessions")), (7, "feedback", M_("Collect feedback")),
                (8, "review", M_("Review and improve")))


def checklist(facts: ProgramFacts, date_text: DateText | None = None) -> list[Step]:
    """The eight steps, in order; without a cycle, steps 4 to 8 ask for one.

    ``date_text`` writes a session's date (the window passes the user's locale format)."""
    steps = [facilitator_step(facts), conduct_step(facts), participants_step(facts)]
    c = facts.cycle
    if c is None:
        steps += [Step(n, key, _(title), TODO, _(NO_CYCLE), NEW_CYCLE, _("New cycle…"))
                  for n, key, title in _CYCLE_STEPS]
        return steps
    return [*steps, pairs_step(c), sessions_step(c, facts.today, date_text), held_step(c, facts.today, date_text), feedback_step(c, facts.today, facts.min_group_size, date_text), review_step(c, facts.today)]


def counts(steps: list[Step]) -> dict[str, int]:
    """How many steps are in each state, for a one-line verdict."""
    return {state: sum(1 for s in steps if s.state == state) for state in STATES}
