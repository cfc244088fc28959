"""Where each form's answers count, and how a change moves them: the pieces the check over
every reading (:mod:`peerdesk.core.disclosure_history`) is built on.

New forms join the figures in batches; forms also move in and out of the figures, or from
one group to another, without any new form:

- marking attendance: a session with fewer than *k* people recorded present counts in
  no figure (:func:`peerdesk.core.disclosure.few_present`), so marking more people
  present brings its forms in at once, and marking fewer takes them out;
- deleting a session: its forms stay in the cycle's figures, no longer in a session.

A change is given as every form with where it stood before and where it stands after
(either may be "counted nowhere"): :func:`unit_maker` says where a form's answers count,
:func:`_parts` how many answers go from each place to each other place. The check of two
moments alone, which the red-team tests show is not enough, lives with the tests
(``tests/core/disclosure_two_moments.py``).
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peerdesk.core.answers import NUMERIC_KINDS, SAFETY_GROUP, USEFULNESS_KEY
from peerdesk.core.disclosure import (
    BLANK,
    NO_SKILL,
    Atom,
    _safety,
    few_present,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from peerdesk.core.feedback import FeedbackData, ResponseRecord

Table = tuple[str, str]  # (measure, phase)
Unit = tuple[Table, Atom]
Part = tuple[Atom | None, Atom | None]  # where a unit stood before, and after


def unit_maker(data: FeedbackData) -> Callable[[ResponseRecord], list[Unit]]:
    """Where one form's answers count in ``data``'s figures: one unit per table it
    counts in (for skill confidence, one per skill), the same as the figures' own tables
    (a test checks that summed over all forms they are the same)."""
    questions = list(data.questions)
    items = [(q.key, (q.min_value or 1) + (q.max_value or 5) if q.reverse else 0)
             for q in questions if q.group == SAFETY_GROUP and q.kind in NUMERIC_KINDS]
    nps_key = next((q.key for q in questions if q.kind == "nps"), None)
    known_cycles = {c.id for c in data.cycles}
    few = few_present(data)

    def units(r: ResponseRecord) -> list[Unit]:
        if r.cycle_id not in known_cycles or (r.phase == "session" and r.session_id in few):
            return []
        out: list[Unit] = []
        if r.phase == "session":
            atom: Atom = (r.cycle_id, r.session_id, r.department or BLANK)
            out.append((("forms", "session"), atom))
            if USEFULNESS_KEY in r.values:
                out.append((("usefulness", "session"), atom))
            if _safety(r.values, items) is not None:
                out.append((("safety", "session"), atom))
            if nps_key is not None and nps_key in r.values:
                out.append((("enps", "session"), atom))
        elif r.phase in ("before", "after"):
            out.extend((("confidence", r.phase), (r.cycle_id, None, skill))
                       for skill in sorted({skill or NO_SKILL for skill, _v in r.confidence}))
        return out

    return units


def _with(data: FeedbackData, responses: list[ResponseRecord]) -> FeedbackData:
    other = copy.copy(data)
    other.responses, other.cache = responses, {}
    return other


def _sides(rb: ResponseRecord | None, ra: ResponseRecord | None,
           before: Callable[[ResponseRecord], list[Unit]],
           after: Callable[[ResponseRecord], list[Unit]]) -> Iterator[tuple[Table, list[Atom], list[Atom]]]:
    """One form across a change: for each table it counts in, before or after, the atoms
    it was counted at before (``rb``) and is counted at after (``ra``)."""
    was: dict[Table, list[Atom]] = defaultdict(list)
    now: dict[Table, list[Atom]] = defaultdict(list)
    for table, atom in before(rb) if rb is not None else ():
        was[table].append(atom)
    for table, atom in after(ra) if ra is not None else ():
        now[table].append(atom)
    for table in was.keys() | now.keys():
        yield table, was.get(table, []), now.get(table, [])


def _parts(forms: Sequence[tuple[ResponseRecord | None, ResponseRecord | None]],
           before: Callable[[ResponseRecord], list[Unit]],
           after: Callable[[ResponseRecord], list[Unit]]) -> dict[Table, dict[Part, int]]:
    parts: dict[Table, dict[Part, int]] = defaultdict(lambda: defaultdict(int))
    for rb, ra in forms:
        for table, xs, ys in _sides(rb, ra, before, after):
            if len(xs) == len(ys):
                for x, y in zip(xs, ys, strict=True):
                    parts[table][x, y] += 1
            else:  # not the same form any more: what it was leaves, what it is comes
                for x in xs:
                    parts[table][x, None] += 1
                for y in ys:
                    parts[table][None, y] += 1
    return parts


@dataclass(slots=True)
class Answers:
    """One table's answers across a change, form by form (see :func:`_answers`)."""

    counted: dict[Atom, set[int]] = field(default_factory=lambda: defaultdict(set))
    moves: dict[tuple[int, Atom], Atom | None] = field(default_factory=dict)
    arrivals: dict[int, list[Atom]] = field(default_factory=lambda: defaultdict(list))


def _answers(forms: Sequence[tuple[ResponseRecord | None, ResponseRecord | None]],
             ids: Sequence[int], before: Callable[[ResponseRecord], list[Unit]],
             after: Callable[[ResponseRecord], list[Unit]]) -> dict[Table, Answers]:
    """:func:`_parts` form by form (``ids``: each form's response id): for each table,
    the forms counted before at each atom, where each of those answers goes, and where
    the forms that come in count."""
    out: dict[Table, Answers] = defaultdict(Answers)
    for (rb, ra), rid in zip(forms, ids, strict=True):
        for table, xs, ys in _sides(rb, ra, before, after):
            answers = out[table]
            for x in xs:
                answers.counted[x].add(rid)
            if len(xs) == len(ys):
                for x, y in zip(xs, ys, strict=True):
                    answers.moves[rid, x] = y
            else:
                for x in xs:
                    answers.moves[rid, x] = None
                answers.arrivals[rid].extend(ys)
    return out


def form_ids(forms: Sequence[tuple[ResponseRecord | None, ResponseRecord | None]],
             *data: FeedbackData) -> list[int] | None:
    """Each form's response id, as :func:`peerdesk.store.feedback.load_feedback_data`
    noted it (``cache["ids"]``, by record), or None if one is not known (forms built by
    hand)."""
    known: dict[int, int] = {}
    for d in data:
        known.update(d.cache.get("ids", {}))  # type: ignore[call-overload]
    out = []
    for rb, ra in forms:
        rid = known.get(id(rb)) if rb is not None else None
        rid = known.get(id(ra)) if rid is None and ra is not None else rid
        if rid is None:
            return None
        out.append(rid)
    return out


__all__ = ["Answers", "Part", "Table", "Unit", "form_ids", "unit_maker"]
