"""Which feedback question a survey column answers, from its heading and its values.

A facilitator words her Google Form her own way: "How useful was today's session? (1-5)"
for PeerDesk's "How useful was this session for you?". A column is matched by three
things together:

* the wording, by rapidfuzz's ``token_set_ratio`` between the heading (the scale taken out)
  and the question, at least :data:`WORDING_THRESHOLD`;
* the scale said in the heading ("1-5", "0–10", "1 to 5", "out of 10"), which must be the
  question's own when it is said;
* the values in the column: whole numbers within the question's range for a scale or
  eNPS question, words for a text question.

A single free-text column left over goes to the program's one comment question, when
another column already answers one of the program's questions. A column
that still matches nothing is *unmatched*: the importer never drops it silently; the user
maps it, adds it as a new question (of the kind :func:`suggest_question` proposes) or
ignores it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from peerdesk.core.models import FeedbackQuestion

# token_set_ratio between a heading and a question's text at or above which they are the
# same question (given compatible values). The test set in tests/core/test_question_match.py
# holds rewordings (mostly >= 70) and different questions (<= 58): 65 sits between.
WORDING_THRESHOLD = 65.0

_SCALE = re.compile(
    r"[\(\[]?\s*(?:on a scale (?:of|from)\s*)?(?P<lo>\d{1,2})\s*(?:-|–|—|to|bis|a|à)\s*"
    r"(?P<hi>\d{1,2})\s*[\)\]]?|\bout of (?P<out>\d{1,2})\b|/\s*(?P<slash>10|5|7)\b",
    re.IGNORECASE)
# "Would you recommend …?" in the languages PeerDesk speaks: a 0-10 question asking it is eNPS.
_RECOMMEND = ("recommend", "empfehl", "empfiehl", "weiterempf", "recomend", "recommand")
_NUMBER = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)(?:\s*$|\s*[-–:()/.]|\s+\D)")


@dataclass(frozen=True, slots=True)
class ColumnProfile:
    """What a column's values look like."""

    answered: int  # non-empty cells
    numeric: bool  # every answer starts with a number
    low: float | None = None
    high: float | None = None
    whole: bool = True

    @property
    def text(self) -> bool:
        return self.answered > 0 and not self.numeric


@dataclass(frozen=True, slots=True)
class Guess:
    key: str  # the question's key, or "" when unmatched
    reason: str


def heading_scale(heading: str) -> tuple[int, int] | None:
    """"How useful? (1-5)" -> (1, 5); "out of 10" -> (0, 10)... None when none is said."""
    for m in _SCALE.finditer(heading):
        if m.group("lo") is not None:
            lo, hi = int(m.group("lo")), int(m.group("hi"))
            if lo < hi <= 10 and lo in (0, 1):
                return lo, hi
        elif m.group("out") is not None:
            hi = int(m.group("out"))
            return (0, 10) if hi == 10 else (1, hi)
        elif m.group("slash") is not None:
            hi = int(m.group("slash"))
            return (0, 10) if hi == 10 else (1, hi)
    return None


def strip_scale(heading: str) -> str:
    return " ".join(_SCALE.sub(" ", heading).split())


def profile(values: list[str]) -> ColumnProfile:
    answered = [v.strip() for v in values if v is not None and str(v).strip()]
    if not answered:
        return ColumnProfile(0, False)
    numbers = []
    for v in answered:
        m = _NUMBER.match(str(v))
        if not m:
            return ColumnProfile(len(answered), False)
        numbers.append(float(m.group(1).replace(",", ".")))
    return ColumnProfile(len(answered), True, min(numbers), max(numbers),
                         all(n.is_integer() for n in numbers))


def fits(q: FeedbackQuestion, col: ColumnProfile, scale: tuple[int, int] | None) -> bool:
    """Whether the column's values (and the heading's scale) can be answers to ``q``."""
    if q.kind == "text":
        return not col.numeric or col.answered == 0
    if col.text:
        return False
    lo = q.min_value if q.min_value is not None else (0 if q.kind == "nps" else 1)
    hi = q.max_value if q.max_value is not None else (10 if q.kind == "nps" else 5)
    if scale is not None and scale != (lo, hi):
        return False
    return not (col.answered and col.low is not None and col.high is not None
                and (not col.whole or col.low < lo or col.high > hi))


def wording(heading: str, q: FeedbackQuestion) -> float:
    a = strip_scale(heading).casefold()
    b = q.text.casefold()
    return float(fuzz.token_set_ratio(a, b))


def match_columns(headings: list[str], columns: list[list[str]],
                  questions: list[FeedbackQuestion], taken: set[str],
                  candidates: list[int]) -> dict[int, Guess]:
    """A guess for each column index in ``candidates`` (the ones nothing else claimed);
    ``taken`` are question keys already fed by another column."""
    taken = set(taken)
    active = [q for q in questions if q.active]
    scored = []
    profiles = {i: profile(columns[i]) for i in candidates}
    for i in candidates:
        scale = heading_scale(headings[i])
        for q in active:
            if q.key in taken or not fits(q, profiles[i], scale):
                continue
            score = wording(headings[i], q)
            if score >= WORDING_THRESHOLD:
                scored.append((score, i, q.key))
    out: dict[int, Guess] = {}
    for score, i, key in sorted(scored, reverse=True):
        if i in out or key in taken:
            continue
        out[i] = Guess(key, f"worded like the question ({score:.0f}% alike) and its answers fit")
        taken.add(key)
    left_text = [i for i in candidates if i not in out and profiles[i].text]
    comments = [q for q in active if q.kind == "text" and q.key not in taken]
    # Only in what is plainly a feedback form: another column answers one of our questions.
    a_form = bool(taken & {q.key for q in questions})
    if len(left_text) == 1 and len(comments) == 1 and a_form:
        out[left_text[0]] = Guess(comments[0].key, "the only free-text column, so the comments")
    for i in candidates:
        out.setdefault(i, Guess("", "matches no question"))
    return out


def suggest_question(heading: str, values: list[str]) -> FeedbackQuestion:
    """A new question for an unmatched column: its words, and a kind and scale from the
    heading or else the values (free text when the answers are words)."""
    text = strip_scale(heading).strip(" :?") + ("?" if heading.strip().endswith("?") else "")
    text = text or heading.strip() or "Question"
    col = profile(values)
    scale = heading_scale(heading)
    if (scale is None and col.numeric and col.whole and col.answered
            and col.low is not None and col.high is not None):
        if col.low >= 0 and col.high <= 10 and (col.low == 0 or col.high > 7):
            scale = (0, 10)
        elif col.low >= 1 and col.high <= 7:
            scale = (1, 7 if col.high > 5 else 5)
    if scale is None:
        return FeedbackQuestion("", text, "text", min_value=None, max_value=None)
    if scale == (0, 10) and any(w in text.casefold() for w in _RECOMMEND):
        return FeedbackQuestion("", text, "nps", min_value=0, max_value=10)
    return FeedbackQuestion("", text, "scale", min_value=scale[0], max_value=scale[1])
