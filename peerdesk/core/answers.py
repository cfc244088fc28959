"""One form's answers: checking a paper form before it is stored, and scoring a form.

Kept apart from the aggregations so the entry grid and the import can check answers
without loading the statistics, and so the scoring rules (reverse-scored safety items,
eNPS) are written once.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from peerdesk.core.models import FeedbackQuestion
from peerdesk.core.validation import Problem
from peerdesk.i18n import _

USEFULNESS_KEY = "usefulness"
SAFETY_GROUP = "safety"
NUMERIC_KINDS = ("scale", "nps", "confidence")


def check_answers(questions: Iterable[FeedbackQuestion], answers: Mapping[str, object]) -> list[Problem]:
    """Problems with one paper form's answers; blank means not answered and is fine."""
    by_key = {q.key: q for q in questions}
    problems = []
    for key, raw in answers.items():
        q = by_key.get(key)
        if q is None:
            problems.append(Problem(key, _("There is no feedback question “{key}”.").format(key=key)))
            continue
        if q.kind == "text" or raw is None or str(raw).strip() == "":
            continue
        text = str(raw).strip()
        lo, hi = q.min_value, q.max_value
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            problems.append(Problem(key, _("“{answer}” is not a number: “{question}” takes a "
                                           "whole number from {low} to {high}.").format(
                                               answer=text, question=q.text, low=lo, high=hi)))
            continue
        if not math.isfinite(number) or number != int(number) or (lo is not None and number < lo) or (hi is not None and number > hi):
            problems.append(Problem(key, _("“{answer}” is out of range: “{question}” takes a "
                                           "whole number from {low} to {high}.").format(
                                               answer=text, question=q.text, low=lo, high=hi)))
    return problems


def enps_value(values: Sequence[float]) -> float:
    """Employee Net Promoter Score: % of 9-10 answers minus % of 0-6 answers (-100 to 100)."""
    promoters = sum(1 for v in values if v >= 9)
    detractors = sum(1 for v in values if v <= 6)
    return 100.0 * (promoters - detractors) / len(values)
