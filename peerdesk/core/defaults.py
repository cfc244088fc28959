"""What a new program starts with: code of conduct, agenda templates, feedback questions."""

from __future__ import annotations

from peerdesk.core.models import FeedbackQuestion

DEFAULT_CONDUCT = """\
Our code of conduct

1. Respect. We listen to each other, we let people finish, and we treat every question as a good one.
2. Confidentiality. What is said in a session stays in the session. We share what we learned, never who said what.
3. Questions are welcome. Nobody is expected to know everything; saying "I don't know" is how learning starts.
4. Feedback is about the work, not the person. We are specific, kind and honest.
5. Everyone teaches, everyone learns. Seniority and job titles stay at the door.
6. The facilitator guides the session and keeps time; they do not judge, grade or report on anyone.
7. We come prepared and on time, and we tell our partner early if we cannot make it.
"""

# key -> (name, [(title, minutes, lead, notes)])
AGENDA_TEMPLATES: dict[str, tuple[str, list[tuple[str, int, str, str]]]] = {
    "kickoff": (
        "Kick-off",
        [
            ("Welcome and why we are here", 10, "Facilitator", "Goals of the program and of this cycle."),
            ("Reading the code of conduct together", 15, "Facilitator", "Everyone signs the sheet."),
            ("Icebreaker", 15, "Facilitator", "Two truths and a lie about work."),
            ("Pair work: meet your partner", 35, "Pairs", "Agree on what each of you will teach and learn."),
            ("Round-up", 10, "Facilitator", "One thing each pair will do before the next session."),
        ],
    ),
    "regular": (
        "Regular session",
        [
            ("Check-in", 10, "Facilitator", "What did you try since the last session?"),
            ("Pair work", 60, "Pairs", "Teach, practise, swap roles."),
            ("Share-back", 15, "Facilitator", "Each pair shares one thing they learned."),
            ("Feedback forms", 5, "Facilitator", ""),
        ],
    ),
    "closeout": (
        "Close-out retrospective",
        [
            ("Check-in", 10, "Facilitator", ""),
            ("What went well", 20, "Everyone", ""),
            ("What to change next cycle", 25, "Everyone", ""),
            ("Skill confidence, after", 15, "Everyone", "Fill in the after-cycle confidence form."),
            ("Thanks and close", 10, "Facilitator", ""),
        ],
    ),
}

SAFETY_CITATION = (
    "Items paraphrased from A. Edmondson (1999), 'Psychological Safety and Learning Behavior in "
    "Work Teams', Administrative Science Quarterly 44(2), 350-383."
)

DEFAULT_QUESTIONS: list[FeedbackQuestion] = [
    FeedbackQuestion("usefulness", "How useful was this session for you?", "scale", min_value=1, max_value=5),
    FeedbackQuestion("safe_to_ask", "I felt safe to ask questions and admit what I didn't know.",
                     "scale", min_value=1, max_value=5, group="safety"),
    FeedbackQuestion("ps_mistake_held", "If I made a mistake in this group, it would be held against me.",
                     "scale", min_value=1, max_value=5, reverse=True, group="safety"),
    FeedbackQuestion("ps_raise_problems", "People in this group are able to bring up problems and tough issues.",
                     "scale", min_value=1, max_value=5, group="safety"),
    FeedbackQuestion("ps_risk", "It is safe to take a risk in this group.", "scale",
                     min_value=1, max_value=5, group="safety"),
    FeedbackQuestion("ps_ask_help", "It is difficult to ask other members of this group for help.",
                     "scale", min_value=1, max_value=5, reverse=True, group="safety"),
    FeedbackQuestion("recommend", "How likely are you to recommend the program to a colleague?",
                     "nps", min_value=0, max_value=10),
    FeedbackQuestion("confidence", "How confident are you in the skill you are learning?",
                     "confidence", min_value=1, max_value=5),
    FeedbackQuestion("comment", "Anything else you would like to tell us?", "text",
                     min_value=None, max_value=None),
]
for _position, _question in enumerate(DEFAULT_QUESTIONS):
    _question.position = _position
