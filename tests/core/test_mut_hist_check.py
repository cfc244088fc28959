"""The pieces of the check over every reading (core/disclosure_history.py): whether shown
figures fix a withheld group or a small set (``gives_away``), the facts over a change's
unknowns (``_facts``) and when a table's reading is the last one kept (``_untouched``).
Every expected value is worked out by hand from the small inputs (which sums of unknowns
the shown sums give, by elimination)."""

from __future__ import annotations

from peerdesk.core.disclosure import _Span
from peerdesk.core.disclosure_classes import Klass, TableHistory, Unknowns
from peerdesk.core.disclosure_history import _facts, _untouched, gives_away

A = (1, None, "a")
B = (2, None, "b")
C = (3, 4, "c")
T = ("usefulness", "session")


def span(*facts: list[int]) -> _Span:
    s = _Span()
    for ids in facts:
        s.add(dict.fromkeys(ids, 1))
    return s


def test_a_total_alone_fixes_no_part() -> None:
    assert not gives_away(span([0, 1]), [3, 3], [[0]], 3)
    assert not gives_away(span([0, 1]), [3, 3], [[1]], 3)
    assert not gives_away(span([0, 1]), [3, 3], [], 4)  # x0 + x1 is 6 answers
    assert gives_away(span([0, 1]), [3, 3], [[0, 1]], 3)  # the withheld group is the total
    assert gives_away(span([0, 1]), [3, 3], [[0], [0, 1]], 3)


def test_a_difference_of_two_figures() -> None:
    # x0 + x1 and x1: x0 is the difference, 1 answer < k
    assert gives_away(span([0, 1], [1]), [1, 5], [], 3)
    # 3 answers each: not a small set at k = 3, one at k = 4
    assert not gives_away(span([0], [1]), [3, 3], [], 3)
    assert gives_away(span([0], [1]), [3, 3], [], 4)
    assert gives_away(span([0], [1]), [3, 3], [[1]], 3)


def test_nothing_shown() -> None:
    assert not gives_away(span(), [2], [[0]], 3)
    assert not gives_away(span(), [1, 1], [], 3)
    assert not gives_away(span(), [], [], 3)


def test_overlapping_figures() -> None:
    s = span([0, 1], [1, 2])
    # a(x0+x1) + b(x1+x2) is never x0 + x2 (x1 would need a + b = 0 and a = b = 1)
    assert not gives_away(s, [2, 2, 2], [[0, 2]], 3)
    assert gives_away(s, [2, 2, 2], [[1, 2]], 3)
    # sets under k = 5 answers: x0 + x1 (4 answers) is shown
    assert gives_away(s, [2, 2, 2], [], 5)
    assert not gives_away(s, [2, 2, 2], [], 4)
    # the 2-answer unknown 1 alone is not fixed, even though k = 3 > 2
    assert not gives_away(s, [3, 2, 3], [], 3)


def test_facts_over_the_unknowns() -> None:
    hist = TableHistory({1: Klass(A, 2), 2: Klass(B, 2)},
                        [frozenset({1}), frozenset({1, 2}), frozenset({9})],
                        [frozenset({2})])
    u = Unknowns()
    u.add(1, A, 1)     # 0
    u.add(1, None, 1)  # 1
    u.add(2, B, 2)     # 2
    u.add(None, B, 1)  # 3
    sides = ((0, [(True, [A]), (False, [B]), (True, [C])]),
             (1, [(True, [B]), (False, [A, B]), (True, [C])]))
    shown, withheld = _facts(hist, u, sides, {A: [1], B: [2]})
    # earlier readings: {1} is unknowns 0, 1; {1, 2} adds 2; {9} holds none (dropped);
    # before: A holds class 1, B class 2, C nothing; after: where each unknown goes
    assert shown == [[0, 1], [0, 1, 2], [0, 1], [2, 3]]
    assert withheld == [[2], [2], [0, 2, 3]]


def cells(a: list, b: list) -> tuple[dict, dict]:
    return ({T: a}, {T: b})


OLD = TableHistory({1: Klass(A, 2), 2: Klass(A, 1), 3: Klass(None, 4, last=A), 4: Klass(B, 2)})
SAME = cells([(True, [A]), (False, [B])], [(True, [A]), (False, [B])])


def test_untouched_when_nothing_moves_and_the_counts_agree() -> None:
    assert _untouched(OLD, {A: 3, B: 2}, {(A, A): 3, (A, B): 0}, SAME, T)
    assert _untouched(OLD, {A: 3, B: 2}, {}, SAME, T)


def test_touched() -> None:
    assert not _untouched(OLD, {A: 3, B: 2}, {(A, B): 1}, SAME, T)
    assert not _untouched(OLD, {A: 3, B: 2}, {(None, A): 1}, SAME, T)
    assert not _untouched(OLD, {A: 3, B: 2}, {(A, None): 2}, SAME, T)
    assert not _untouched(OLD, {A: 4, B: 2}, {}, SAME, T)  # changed without the history
    assert not _untouched(OLD, {A: 3}, {}, SAME, T)
    assert not _untouched(OLD, {A: 3, B: 2}, {},
                          cells([(True, [A]), (False, [B])], [(True, [A]), (True, [B])]), T)
    assert not _untouched(OLD, {A: 3, B: 2}, {}, cells([(True, [A])], []), T)
    assert not _untouched(TableHistory(), {}, {}, SAME, T)  # nothing kept yet
