"""The intake form: what PeerDesk asks each participant, in every form it is handed out.

One list of questions feeds the text to paste into Google Forms or Microsoft Forms (with
the answer type to choose for each), the printed PDF form, the .xlsx template, and the
import of the answers: the headings of an export are these questions' wordings, so the
importer recognises them without being told.

The form comes out in the language in force (the program's document language: callers
render it inside ``translation_for(program.settings().language).active()``), and the import
recognises the wordings, levels and yes/no answers of every language PeerDesk speaks
(:func:`texts_in_every_language`, :func:`level_of`, :func:`yes_words`), so a form handed
out in Portuguese imports into a program whose facilitator works in English.

The program's skills vocabulary is offered as choices (a grid of levels for "could
teach", checkboxes for "want to learn"), and there is always room for other skills in
the person's own words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from peerdesk.i18n import _, in_every_language, pgettext
from peerdesk.i18n import gettext_noop as M_

# The levels a person can give for a skill they could teach (1, 2, 3), in English: levels()
# gives them in the language in force.
LEVELS = ("Basic", "Good", "Expert")
CAPACITY_CHOICES = ("0", "1", "2", "3")
YES, NO = M_("Yes"), M_("No")  # keys; yes() / no() in the language in force
CONSENT_TEXT = M_("I agree that the program's facilitator keeps these answers in PeerDesk to "
                  "make learning pairs. They are not shared beyond the program, and I can ask "
                  "for them to be removed at any time.")

NAME, EMAIL, DEPARTMENT = "name", "email", "department"
TEACH, TEACH_OTHER, LEARN, LEARN_OTHER = "teach", "teach_other", "learn", "learn_other"
CAPACITY, AVAILABILITY, LEARN_FROM, OPT_IN, CONSENT = (
    "capacity", "availability", "learn_from", "opt_in", "consent")


@dataclass(frozen=True, slots=True)
class IntakeQuestion:
    key: str
    text: str
    google: str  # the answer type to choose in Google Forms
    microsoft: str  # ... and in Microsoft Forms
    help: str = ""
    choices: tuple[str, ...] = ()  # options (or a grid's columns)
    rows: tuple[str, ...] = ()  # a grid's rows (the skills)
    required: bool = False
    other: bool = False  # an "Other" option with free text
    paragraph: bool = False  # a long answer (several lines on paper)

    @property
    def grid(self) -> bool:
        return bool(self.rows)


# The questions' wordings, in English (the keys of the catalogues): text() gives one in the
# language in force. TRANSLATORS below: these are the questions people answer; each is also
# a column heading PeerDesk recognises on import, in every language.
TEXTS = {
    NAME: M_("Your full name"),
    EMAIL: M_("Your work email"),
    DEPARTMENT: M_("Your department"),
    TEACH: M_("What could you teach a colleague?"),
    TEACH_OTHER: M_("Other skills you could teach"),
    LEARN: M_("What would you like to learn?"),
    LEARN_OTHER: M_("Other skills you would like to learn"),
    CAPACITY: M_("How many colleagues could you buddy this cycle?"),
    AVAILABILITY: M_("When are you usually free for a session?"),
    LEARN_FROM: M_("Colleagues you would like to learn from"),
    OPT_IN: M_("Would you like to take part in the peer learning program?"),
    CONSENT: M_("Consent"),
}


def text(key: str) -> str:
    """A question's wording in the language in force."""
    return _(TEXTS[key])


def levels() -> tuple[str, str, str]:
    """Basic, Good and Expert in the language in force (levels 1, 2, 3)."""
    return (pgettext("skill level", "Basic"), pgettext("skill level", "Good"),
            pgettext("skill level", "Expert"))


def yes() -> str:
    return _(YES)


@cache
def texts_in_every_language() -> dict[str, tuple[str, ...]]:
    """Each question's wordings in every language PeerDesk speaks, English first, for
    recognising the headings of a form handed out in any of them."""
    said = in_every_language(lambda: {key: text(key) for key in TEXTS})
    return {key: tuple(dict.fromkeys(words[key] for words in said.values())) for key in TEXTS}


@cache
def level_words() -> Mapping[str, int]:
    """Each level's name (case-folded) in every language -> 1, 2 or 3."""
    out: dict[str, int] = {}
    for names in in_every_language(levels).values():
        for i, name in enumerate(names, start=1):
            out.setdefault(name.casefold(), i)
    return MappingProxyType(out)


@cache
def yes_words() -> frozenset[str]:
    """"Yes" in every language, case-folded (with the short forms people type)."""
    said = {w.casefold() for w in in_every_language(yes).values()}
    return frozenset(said | {"yes", "y", "true", "1", "ja", "oui", "sim", "sí", "si", "x", "✓"})


@cache
def no_words() -> frozenset[str]:
    """"No" in every language, case-folded (with the short forms people type)."""
    said = {w.casefold() for w in in_every_language(lambda: _(NO)).values()}
    return frozenset(said | {"no", "n", "false", "0", "nein", "non", "não", "nao"})


def questions(vocabulary: list[str], departments: list[str] | None = None
              ) -> list[IntakeQuestion]:
    """The intake questions for a program with these skills and departments, worded in the
    language in force."""
    skills = tuple(sorted({" ".join(s.split()) for s in vocabulary if s.strip()},
                          key=str.casefold))
    departments = sorted({d.strip() for d in departments or [] if d.strip()}, key=str.casefold)
    basic, good, expert = levels()
    # TRANSLATORS: the answer types below are the names Google Forms and Microsoft Forms
    # show in your language; use their exact wording, so the facilitator finds them.
    short, short_ms = _("Short answer"), _("Text")
    long_answer, long_ms = _("Paragraph"), _("Text (Long answer)")
    out = [
        IntakeQuestion(NAME, text(NAME), short, short_ms, required=True),
        IntakeQuestion(EMAIL, text(EMAIL), _("Short answer (Response validation: Text > Email)"),
                       short_ms, _("Used to match your answers to you."), required=True),
    ]
    if departments:
        out.append(IntakeQuestion(DEPARTMENT, text(DEPARTMENT), _("Multiple choice, with “Other”"),
                                  _("Choice, with “Other” option"), choices=tuple(departments),
                                  other=True))
    else:
        out.append(IntakeQuestion(DEPARTMENT, text(DEPARTMENT), short, short_ms))
    if skills:
        out.append(IntakeQuestion(
            TEACH, text(TEACH), _("Multiple choice grid (rows: the skills; columns: the levels)"),
            _("Likert (statements: the skills; options: the levels)"),
            _("Leave a row empty for a skill you would not teach. {basic}: you know the basics; "
              "{good}: you use it every week; {expert}: others come to you.").format(
                  basic=basic, good=good, expert=expert),
            choices=(basic, good, expert), rows=skills))
    out.append(IntakeQuestion(
        TEACH_OTHER, text(TEACH_OTHER) if skills else text(TEACH), long_answer, long_ms,
        # TRANSLATORS: Negotiation and Excel are example skills; {expert} and {good} are
        # the level names as the form offers them.
        _("One per line or separated by commas, each with a level: “Negotiation ({expert}), "
          "Excel ({good})”.").format(expert=expert, good=good), paragraph=True))
    if skills:
        out.append(IntakeQuestion(LEARN, text(LEARN), _("Checkboxes, with “Other”"),
                                  _("Choice (Multiple answers), with “Other” option"),
                                  _("Tick as many as you like."), choices=skills, other=True))
    else:
        out.append(IntakeQuestion(LEARN, text(LEARN), long_answer, long_ms,
                                  _("Separated by commas: “SQL, Public speaking”."),
                                  paragraph=True))
    out += [
        IntakeQuestion(CAPACITY, text(CAPACITY), _("Multiple choice"), _("Choice"),
                       _("A buddy meets a new colleague about every other week."),
                       choices=CAPACITY_CHOICES),
        IntakeQuestion(AVAILABILITY, text(AVAILABILITY), short, short_ms,
                       _("Days and times, e.g. “Tue, Thu afternoons”, or “any time”.")),
        IntakeQuestion(LEARN_FROM, text(LEARN_FROM), long_answer, long_ms,
                       _("Names or emails, separated by commas. Optional: PeerDesk tries to pair "
                         "you with one of them when the rules allow."), paragraph=True),
        IntakeQuestion(OPT_IN, text(OPT_IN), _("Multiple choice"), _("Choice"),
                       choices=(_(YES), _(NO)), required=True),
        IntakeQuestion(CONSENT, text(CONSENT), _("Checkboxes (one box)"), _("Choice (one option)"),
                       choices=(_(CONSENT_TEXT),), required=True),
    ]
    return out


def level_of(word: str) -> int | None:
    """"Expert" -> 3, "good" -> 2, "Gut" -> 2, "1" -> 1 (the level names of every language);
    None for anything else."""
    said = word.strip().casefold()
    if said in ("1", "2", "3"):
        return int(said)
    names = level_words()
    if said in names:
        return names[said]
    for name, level in names.items():  # "Expert (others come to me)"
        if said.startswith(name + " ") or said.startswith(name + "("):
            return level
    return None


def paste_text(qs: list[IntakeQuestion], program_name: str = "") -> str:
    """The question list to paste into Google Forms or Microsoft Forms, one block each."""
    title = (_("Intake form — {program}").format(program=program_name) if program_name
             else _("Intake form"))
    lines = [title, "",
             _("Make a new form in Google Forms or Microsoft Forms and add these questions in "
               "this order, with these wordings (PeerDesk recognises them when you import the "
               "answers) and the answer type given for each."), ""]
    for number, q in enumerate(qs, start=1):
        lines.append(f"{number}. " + (_("{question} (required)").format(question=q.text)
                                      if q.required else q.text))
        lines.append("   " + _("Google Forms: {kind}").format(kind=q.google))
        lines.append("   " + _("Microsoft Forms: {kind}").format(kind=q.microsoft))
        if q.help:
            lines.append("   " + _("Description: {text}").format(text=q.help))
        if q.rows:
            lines.append("   " + _("Rows: {rows}").format(rows="; ".join(q.rows)))
            lines.append("   " + _("Columns: {columns}").format(columns="; ".join(q.choices)))
        elif q.choices:
            # TRANSLATORS: the option Google Forms and Microsoft Forms add for an answer in
            # the person's own words, as they name it in your language.
            options = list(q.choices) + ([pgettext("form option", "Other")] if q.other else [])
            lines.append("   " + _("Options: {options}").format(options="; ".join(options)))
        lines.append("")
    lines.append(_("In Google Forms, tick “Collect email addresses” only if you want the "
                   "address the form saw instead of question 2; both are matched."))
    return "\n".join(lines) + "\n"
