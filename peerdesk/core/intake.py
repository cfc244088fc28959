"""The intake form: what PeerDesk asks each participant, in every form it is handed out.

One list of questions feeds the text to paste into Google Forms or Microsoft Forms (with
the answer type to choose for each), the printed PDF form, the .xlsx template, and the
import of the answers: the headings of an export are these questions' wordings, so the
importer recognises them without being told.

The program's skills vocabulary is offered as choices (a grid of levels for "could
teach", checkboxes for "want to learn"), and there is always room for other skills in
the person's own words.
"""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = ("Basic", "Good", "Expert")  # levels 1, 2, 3
CAPACITY_CHOICES = ("0", "1", "2", "3")
YES, NO = "Yes", "No"
CONSENT_TEXT = ("I agree that the program's facilitator keeps these answers in PeerDesk to "
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

    @property
    def grid(self) -> bool:
        return bool(self.rows)


TEXTS = {
    NAME: "Your full name",
    EMAIL: "Your work email",
    DEPARTMENT: "Your department",
    TEACH: "What could you teach a colleague?",
    TEACH_OTHER: "Other skills you could teach",
    LEARN: "What would you like to learn?",
    LEARN_OTHER: "Other skills you would like to learn",
    CAPACITY: "How many colleagues could you buddy this cycle?",
    AVAILABILITY: "When are you usually free for a session?",
    LEARN_FROM: "Colleagues you would like to learn from",
    OPT_IN: "Would you like to take part in the peer learning program?",
    CONSENT: "Consent",
}


def questions(vocabulary: list[str], departments: list[str] | None = None
              ) -> list[IntakeQuestion]:
    """The intake questions for a program with these skills and departments."""
    skills = tuple(sorted({" ".join(s.split()) for s in vocabulary if s.strip()},
                          key=str.casefold))
    departments = sorted({d.strip() for d in departments or [] if d.strip()}, key=str.casefold)
    out = [
        IntakeQuestion(NAME, TEXTS[NAME], "Short answer", "Text", required=True),
        IntakeQuestion(EMAIL, TEXTS[EMAIL], "Short answer (Response validation: Text > Email)",
                       "Text", "Used to match your answers to you.", required=True),
    ]
    if departments:
        out.append(IntakeQuestion(DEPARTMENT, TEXTS[DEPARTMENT], "Multiple choice, with “Other”",
                                  "Choice, with “Other” option", choices=tuple(departments),
                                  other=True))
    else:
        out.append(IntakeQuestion(DEPARTMENT, TEXTS[DEPARTMENT], "Short answer", "Text"))
    if skills:
        out.append(IntakeQuestion(
            TEACH, TEXTS[TEACH], "Multiple choice grid (rows: the skills; columns: the levels)",
            "Likert (statements: the skills; options: the levels)",
            "Leave a row empty for a skill you would not teach. Basic: you know the basics; "
            "Good: you use it every week; Expert: others come to you.",
            choices=LEVELS, rows=skills))
    out.append(IntakeQuestion(
        TEACH_OTHER, TEXTS[TEACH_OTHER] if skills else TEXTS[TEACH], "Paragraph",
        "Text (Long answer)",
        "One per line or separated by commas, each with a level: “Negotiation (Expert), "
        "Excel (Good)”."))
    if skills:
        out.append(IntakeQuestion(LEARN, TEXTS[LEARN], "Checkboxes, with “Other”",
                                  "Choice (Multiple answers), with “Other” option",
                                  "Tick as many as you like.", choices=skills, other=True))
    else:
        out.append(IntakeQuestion(LEARN, TEXTS[LEARN], "Paragraph", "Text (Long answer)",
                                  "Separated by commas: “SQL, Public speaking”."))
    out += [
        IntakeQuestion(CAPACITY, TEXTS[CAPACITY], "Multiple choice", "Choice",
                       "A buddy meets a new colleague about every other week.",
                       choices=CAPACITY_CHOICES),
        IntakeQuestion(AVAILABILITY, TEXTS[AVAILABILITY], "Short answer", "Text",
                       "Days and times, e.g. “Tue, Thu afternoons”, or “any time”."),
        IntakeQuestion(LEARN_FROM, TEXTS[LEARN_FROM], "Paragraph", "Text (Long answer)",
                       "Names or emails, separated by commas. Optional: PeerDesk tries to pair "
                       "you with one of them when the rules allow."),
        IntakeQuestion(OPT_IN, TEXTS[OPT_IN], "Multiple choice", "Choice", choices=(YES, NO),
                       required=True),
        IntakeQuestion(CONSENT, TEXTS[CONSENT], "Checkboxes (one box)", "Choice (one option)",
                       choices=(CONSENT_TEXT,), required=True),
    ]
    return out


def level_of(word: str) -> int | None:
    """"Expert" -> 3, "good" -> 2, "1" -> 1; None for anything else."""
    text = word.strip().casefold()
    for i, name in enumerate(LEVELS, start=1):
        if text == name.casefold() or text.startswith(name.casefold() + " "):
            return i
    if text in ("1", "2", "3"):
        return int(text)
    return None


def paste_text(qs: list[IntakeQuestion], program_name: str = "") -> str:
    """The question list to paste into Google Forms or Microsoft Forms, one block each."""
    lines = [f"Intake form{' — ' + program_name if program_name else ''}", "",
             "Make a new form in Google Forms or Microsoft Forms and add these questions in "
             "this order, with these wordings (PeerDesk recognises them when you import the "
             "answers) and the answer type given for each.", ""]
    for number, q in enumerate(qs, start=1):
        lines.append(f"{number}. {q.text}{' (required)' if q.required else ''}")
        lines.append(f"   Google Forms: {q.google}")
        lines.append(f"   Microsoft Forms: {q.microsoft}")
        if q.help:
            lines.append(f"   Description: {q.help}")
        if q.rows:
            lines.append("   Rows: " + "; ".join(q.rows))
            lines.append("   Columns: " + "; ".join(q.choices))
        elif q.choices:
            options = list(q.choices) + (["Other"] if q.other else [])
            lines.append("   Options: " + "; ".join(options))
        lines.append("")
    lines.append("In Google Forms, tick “Collect email addresses” only if you want the "
                 "address the form saw instead of question 2; both are matched.")
    return "\n".join(lines) + "\n"
