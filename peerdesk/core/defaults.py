"""What a new program starts with: code of conduct, agenda templates, feedback questions."""

from __future__ import annotations

from dataclasses import replace

from peerdesk.core.models import FeedbackQuestion
from peerdesk.i18n import gettext_noop as M_
from peerdesk.i18n import translation_for

DEFAULT_CONDUCT = "\n".join([
    M_("Our code of conduct"),
    "",
    M_("1. Respect. We listen to each other, we let people finish, and we treat every question as a good one."),
    M_("2. Confidentiality. What is said in a session stays in the session. We share what we learned, never who said what."),
    M_('3. Questions are welcome. Nobody is expected to know everything; saying "I don\'t know" is how learning starts.'),
    M_("4. Feedback is about the work, not the person. We are specific, kind and honest."),
    M_("5. Everyone teaches, everyone learns. Seniority and job titles stay at the door."),
    M_("6. The facilitator guides the session and keeps time; they do not judge, grade or report on anyone."),
    M_("7. We come prepared and on time, and we tell our partner early if we cannot make it."),
    "",
])

# key -> (name, [(title, minutes, lead, notes)])
AGENDA_TEMPLATES: dict[str, tuple[str, list[tuple[str, int, str, str]]]] = {
    "kickoff": (
        M_("Kick-off"),
        [
            (M_("Welcome and why we are here"), 10, M_("Facilitator"), M_("Goals of the program and of this cycle.")),
            (M_("Reading the code of conduct together"), 15, M_("Facilitator"), M_("Everyone signs the sheet.")),
            (M_("Icebreaker"), 15, M_("Facilitator"), M_("Two truths and a lie about work.")),
            (M_("Pair work: meet your partner"), 35, M_("Pairs"), M_("Agree on what each of you will teach and learn.")),
            (M_("Round-up"), 10, M_("Facilitator"), M_("One thing each pair will do before the next session.")),
        ],
    ),
    "regular": (
        M_("Regular session"),
        [
            (M_("Check-in"), 10, M_("Facilitator"), M_("What did you try since the last session?")),
            (M_("Pair work"), 60, M_("Pairs"), M_("Teach, practise, swap roles.")),
            (M_("Share-back"), 15, M_("Facilitator"), M_("Each pair shares one thing they learned.")),
            (M_("Feedback forms"), 5, M_("Facilitator"), ""),
        ],
    ),
    "closeout": (
        M_("Close-out retrospective"),
        [
            (M_("Check-in"), 10, M_("Facilitator"), ""),
            (M_("What went well"), 20, M_("Everyone"), ""),
            (M_("What to change next cycle"), 25, M_("Everyone"), ""),
            (M_("Skill confidence, after"), 15, M_("Everyone"), M_("Fill in the after-cycle confidence form.")),
            (M_("Thanks and close"), 10, M_("Facilitator"), ""),
        ],
    ),
}

SAFETY_CITATION = M_(
    "Items paraphrased from A. Edmondson (1999), 'Psychological Safety and Learning Behavior in "
    "Work Teams', Administrative Science Quarterly 44(2), 350-383."
)

DEFAULT_QUESTIONS: list[FeedbackQuestion] = [
    FeedbackQuestion("usefulness", M_("How useful was this session for you?"), "scale", min_value=1, max_value=5),
    FeedbackQuestion("safe_to_ask", M_("I felt safe to ask questions and admit what I didn't know."),
                     "scale", min_value=1, max_value=5, group="safety"),
    FeedbackQuestion("ps_mistake_held", M_("If I made a mistake in this group, it would be held against me."),
                     "scale", min_value=1, max_value=5, reverse=True, group="safety"),
    FeedbackQuestion("ps_raise_problems", M_("People in this group are able to bring up problems and tough issues."),
                     "scale", min_value=1, max_value=5, group="safety"),
    FeedbackQuestion("ps_risk", M_("It is safe to take a risk in this group."), "scale",
                     min_value=1, max_value=5, group="safety"),
    FeedbackQuestion("ps_ask_help", M_("It is difficult to ask other members of this group for help."),
                     "scale", min_value=1, max_value=5, reverse=True, group="safety"),
    FeedbackQuestion("recommend", M_("How likely are you to recommend the program to a colleague?"),
                     "nps", min_value=0, max_value=10),
    FeedbackQuestion("confidence", M_("How confident are you in the skill you are learning?"),
                     "confidence", min_value=1, max_value=5),
    FeedbackQuestion("comment", M_("Anything else you would like to tell us?"), "text",
                     min_value=None, max_value=None),
]
for _position, _question in enumerate(DEFAULT_QUESTIONS):
    _question.position = _position


# -- the same defaults in a program's language ---------------------------------------------
# The English texts above are the catalogue's keys; a program made in German starts from the
# German ones. The Edmondson items are careful paraphrases in every language, not a
# published translation of the scale (see the README).

def conduct_text(language: str) -> str:
    t = translation_for(language)
    return "\n".join(t.gettext(line) if line else "" for line in DEFAULT_CONDUCT.split("\n"))


def agenda_templates(language: str) -> dict[str, tuple[str, list[tuple[str, int, str, str]]]]:
    t = translation_for(language)
    return {key: (t.gettext(name), [(t.gettext(title), minutes, t.gettext(lead), t.gettext(notes))
                                    for title, minutes, lead, notes in items])
            for key, (name, items) in AGENDA_TEMPLATES.items()}


def questions(language: str) -> list[FeedbackQuestion]:
    t = translation_for(language)
    return [replace(q, text=t.gettext(q.text)) for q in DEFAULT_QUESTIONS]


def safety_citation(language: str) -> str:
    return translation_for(language).gettext(SAFETY_CITATION)
