"""The anonymity rule's faster paths (issue 18) give exactly what the plain ways give.

- The session tables' totals worked out column by column (``units._session_totals``,
  used where every form answers every question in whole numbers) against an oracle written
  here from the forms themselves, form by form, with exact fractions.
- The figure book made with those totals against the book made with the form-by-form
  tables (``units._tables``): every figure, its order, value, n and reason.
- The span's elimination (``span._Span``, which clears a new pivot only from the rows
  holding its column) against a plain reduced row echelon form worked out here.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta
from fractions import Fraction

import pytest

from peerdesk.core.defaults import DEFAULT_QUESTIONS
from peerdesk.core.disclosure import book as book_module
from peerdesk.core.disclosure import figure_book, units
from peerdesk.core.disclosure.span import _Span
from peerdesk.core.feedback import AttendanceRecord, FeedbackData, ResponseRecord
from peerdesk.core.models import Cycle, Participant, Session

PRIME = (1 << 61) - 1
ANSWERED = [q for q in DEFAULT_QUESTIONS if q.kind in ("scale", "nps")]


def program(seed: int) -> FeedbackData:
    """A random program: mostly every question answered (as whole numbers, some written
    as floats), sometimes some left out or a half point; small and empty departments,
    forms without one, forms of an unknown cycle, sessions with few people present."""
    rng = random.Random(seed)
    complete = rng.random() < 0.75
    departments = [f"D{i}" for i in range(rng.randint(0, 6))]
    people = [Participant(f"P{i}", id=i, department=rng.choice(departments) if departments else "")
              for i in range(1, rng.randint(1, 40) + 1)]
    cycles, sessions, responses, attendance = [], [], [], []
    for c in range(1, rng.randint(1, 4) + 1):
        cycles.append(Cycle(f"C{c}", id=c, start_date=date(2027, 1, 1) + timedelta(days=90 * c)))
        for _ in range(rng.randint(0, 4)):
            sid = len(sessions) + 1
            sessions.append(Session(c, f"S{sid}", id=sid, date=date(2027, 1, 1) + timedelta(days=sid)))
            if rng.random() < 0.8:
                attendance += [AttendanceRecord(sid, p.id, rng.choice(["present"] * 5 + ["absent"]))
                               for p in people if rng.random() < 0.6]
            for _ in range(rng.randint(0, 25)):
                values: dict[str, float] = {}
                for q in ANSWERED:
                    if complete or rng.random() < 0.8:
                        low, high = (0, 10) if q.kind == "nps" else (1, 5)
                        value = rng.randint(low, high)
                        values[q.key] = float(value) if rng.random() < 0.3 else value
                if not complete and values and rng.random() < 0.05:
                    values[rng.choice(list(values))] = 2.5
                department = rng.choice([*departments, "", None]) if departments else ""
                cycle = c if rng.random() < 0.97 else 99
                responses.append(ResponseRecord(cycle, sid, department, "session", values))  # type: ignore[arg-type]  # None: a form without one
        for phase in ("before", "after"):
            for _ in range(rng.randint(0, 10)):
                answers = [(rng.choice(["SQL", "Excel", ""]), rng.randint(1, 5))
                           for _ in range(rng.choice([1, 1, 2]))]
                responses.append(ResponseRecord(c, None, "", phase, {}, answers))  # type: ignore[arg-type]
    rng.shuffle(responses)
    return FeedbackData(cycles, sessions, list(DEFAULT_QUESTIONS), responses, attendance, [],
                        people, min_group_size=rng.choice([3, 4, 5]))


def counted_forms(data: FeedbackData) -> list[ResponseRecord]:
    """The session forms that count: of a known cycle, not of a session with fewer than k
    people recorded present."""
    k = max(3, int(data.min_group_size))
    present = Counter(a.session_id for a in data.attendance if a.status == "present")
    few = {a.session_id for a in data.attendance if present[a.session_id] < k}
    known = {c.id for c in data.cycles}
    return [r for r in data.responses
            if r.phase == "session" and r.cycle_id in known and r.session_id not in few]


def oracle_totals(data: FeedbackData) -> dict[str, list[tuple[tuple, int, Fraction]]]:
    """Per session measure: (atom, count, exact sum) in order of first appearance, worked
    out form by form from the definitions."""
    safety = [(q.key, q.reverse) for q in DEFAULT_QUESTIONS
              if q.group == "safety" and q.kind == "scale"]
    out: dict[str, dict[tuple, list[Fraction]]] = {m: {} for m in ("forms", "usefulness", "safety", "enps")}
    for r in counted_forms(data):
        atom = (r.cycle_id, r.session_id, r.department or "\x00")
        out["forms"].setdefault(atom, []).append(Fraction(1))
        if "usefulness" in r.values:
            out["usefulness"].setdefault(atom, []).append(Fraction(r.values["usefulness"]))
        items = [Fraction(6) - Fraction(r.values[key]) if reverse else Fraction(r.values[key])
                 for key, reverse in safety if key in r.values]
        if items:
            out["safety"].setdefault(atom, []).append(sum(items) * 2520 / len(items))
        if "recommend" in r.values:
            v = r.values["recommend"]
            out["enps"].setdefault(atom, []).append(Fraction(100 if v >= 9 else -100 if v <= 6 else 0))
    return {m: [(a, len(u), sum(u, Fraction(0))) for a, u in atoms.items()] for m, atoms in out.items()}


@pytest.mark.parametrize("seed", range(120))
def test_column_totals_are_the_forms_own(seed):
    data = program(seed)
    fast = units._session_totals(data)
    counted = counted_forms(data)
    whole = all(float(v).is_integer() for r in counted for v in r.values.values())
    complete = all(set(r.values) >= {q.key for q in ANSWERED} for r in counted)
    if not (whole and complete):
        assert fast is None
        return
    assert fast is not None
    expected = oracle_totals(data)
    for measure, rows in expected.items():
        counts, sums = fast[measure, "session"]
        assert [(a, counts[a], sums[a]) for a in counts] == rows, measure


def test_the_column_path_is_taken_and_refused_where_it_should_be():
    taken = sum(units._session_totals(program(seed)) is not None for seed in range(120))
    assert 40 <= taken <= 110  # both paths are exercised above


@pytest.mark.parametrize("seed", range(120))
def test_the_book_is_the_same_either_way(seed, monkeypatch):
    data = program(seed)
    fast = figure_book(data)
    monkeypatch.setattr(units, "_session_totals", lambda data: None)
    monkeypatch.setattr(book_module, "_totals", units._totals)
    plain = figure_book(FeedbackData(data.cycles, data.sessions, data.questions, data.responses,
                                     data.attendance, data.pairings, data.people,
                                     data.min_group_size))
    assert list(fast.figures) == list(plain.figures)
    assert [(f.n, f.value, f.reason, f.total) for f in fast] == \
        [(f.n, f.value, f.reason, f.total) for f in plain]


def rref(vectors: list[dict[int, int]]) -> tuple[list[int], dict[int, dict[int, int]]]:
    """Pivots in the order their vector first added something, and the reduced row echelon
    form (pivot -> row), by plain dense elimination modulo PRIME."""
    columns = sorted({c for v in vectors for c in v})
    rows: list[list[int]] = []
    order: list[int] = []
    for vec in vectors:
        dense = [vec.get(c, 0) % PRIME for c in columns]
        for row in rows:  # reduce by every row so far at its pivot
            p = next(i for i, x in enumerate(row) if x)
            f = dense[p]
            if f:
                dense = [(x - f * y) % PRIME for x, y in zip(dense, row, strict=True)]
        if any(dense):
            p = next(i for i, x in enumerate(dense) if x)
            inv = pow(dense[p], PRIME - 2, PRIME)
            dense = [x * inv % PRIME for x in dense]
            rows = [[(x - row[p] * y) % PRIME for x, y in zip(row, dense, strict=True)]
                    for row in rows]
            rows.append(dense)
            order.append(columns[p])
    form = {}
    for row in rows:
        p = next(i for i, x in enumerate(row) if x)
        form[columns[p]] = {columns[i]: x for i, x in enumerate(row) if x}
    return order, form


@pytest.mark.parametrize("seed", range(60))
def test_the_span_is_the_reduced_row_echelon_form(seed):
    rng = random.Random(seed)
    size = rng.randint(1, 25)
    vectors = [{c: 1 for c in rng.sample(range(size), rng.randint(1, size))}
               for _ in range(rng.randint(1, 30))]
    if rng.random() < 0.3:  # some weights other than one
        vectors = [{c: rng.randint(1, 7) for c in v} for v in vectors]
    span = _Span()
    for vec in vectors:
        span.add(vec)
    order, form = rref(vectors)
    assert list(span.rows) == order
    assert span.rows == form
