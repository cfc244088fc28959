"""The history's classes (core/disclosure_classes.py), driven directly with small hand-made
histories whose every count, id and fact is worked out by hand below each case (the
expected values are written out, never computed by the code under test)."""

from __future__ import annotations

from collections.abc import Callable

from peerdesk.core.disclosure_classes import (
    History,
    Klass,
    TableHistory,
    Unknowns,
    _by_place,
    _order,
    advance,
    resync,
    split_classes,
)

A = (1, None, "a")
B = (2, None, "b")
C = (3, 4, "c")


def ids_from(start: int) -> Callable[[], int]:
    box = [start]

    def new_id() -> int:
        box[0] += 1
        return box[0] - 1
    return new_id


# -- History, Unknowns, _order --------------------------------------------------------


def test_history_size_and_table() -> None:
    h = History()
    assert (h.readings, h.next_id, h.tables) == (0, 1, {})
    t = h.table(("m", "p"))
    assert h.table(("m", "p")) is t and h.tables == {("m", "p"): t}
    t.classes = {1: Klass(A, 2), 2: Klass(B, 1)}
    t.shown = [frozenset({1})]
    u = h.table(("n", "p"))
    u.classes = {3: Klass(A, 1)}
    u.withheld = [frozenset({3}), frozenset({3})]
    u.shown = [frozenset({3}), frozenset({3}), frozenset({3})]
    assert h.size() == (3, 4, 2)


def test_klass_defaults() -> None:
    k = Klass(A, 3)
    assert (k.last, k.joined, k.left) == (None, 0, 0)
    t = TableHistory()
    assert (t.classes, t.shown, t.withheld) == ({}, [], [])


def test_unknowns_add() -> None:
    u = Unknowns()
    u.add(5, A, 2)
    u.add(None, B, 3)
    u.add(5, None, 1)
    u.add(7, A, 4)
    assert u.parts == [(5, A), (None, B), (5, None), (7, A)]
    assert u.sizes == [2, 3, 1, 4]
    assert dict(u.of_class) == {5: [0, 2], 7: [3]}
    assert dict(u.at_after) == {A: [0, 3], B: [1]}
    assert u.of_class[99] == [] and u.at_after[C] == []  # defaultdicts


def test_order() -> None:
    assert _order(A, A) == (0, "")
    assert _order(A, None) == (2, "")
    assert _order(A, B) == (1, repr(B))


# -- resync ---------------------------------------------------------------------------


def two_in_a() -> TableHistory:
    return TableHistory({1: Klass(A, 3, joined=1), 2: Klass(A, 2, joined=2)},
                        [frozenset({1}), frozenset({1, 2})], [frozenset({2})])


def test_resync_unchanged() -> None:
    h = two_in_a()
    resync(h, {A: 5}, ids_from(10), 5)
    assert h == two_in_a()


def test_resync_one_too_many_splits_the_newest() -> None:
    h = two_in_a()
    resync(h, {A: 4}, ids_from(10), 5)
    # 5 held, 4 counted: one of class 2 (joined last) left, as a class of its own
    assert h.classes == {1: Klass(A, 3, None, 1, 0), 2: Klass(A, 1, None, 2, 0),
                         10: Klass(None, 1, A, 2, 5)}
    assert h.shown == [frozenset({1}), frozenset({1, 2, 10})]
    assert h.withheld == [frozenset({2, 10})]


def test_resync_whole_newest_class_leaves() -> None:
    h = two_in_a()
    resync(h, {A: 3}, ids_from(10), 5)
    assert h.classes == {1: Klass(A, 3, None, 1, 0), 2: Klass(None, 2, A, 2, 5)}
    assert h.shown == [frozenset({1}), frozenset({1, 2})]
    assert h.withheld == [frozenset({2})]


def test_resync_takes_over_two_classes() -> None:
    h = two_in_a()
    resync(h, {A: 1}, ids_from(10), 5)
    # 4 leave: all 2 of class 2, then 2 of class 1's 3
    assert h.classes == {1: Klass(A, 1, None, 1, 0), 2: Klass(None, 2, A, 2, 5),
                         10: Klass(None, 2, A, 1, 5)}
    assert h.shown == [frozenset({1, 10}), frozenset({1, 2, 10})]
    assert h.withheld == [frozenset({2})]


def test_resync_atom_emptied() -> None:
    h = two_in_a()
    resync(h, {}, ids_from(10), 6)
    assert h.classes == {1: Klass(None, 3, A, 1, 6), 2: Klass(None, 2, A, 2, 6)}


def test_resync_newest_by_joined_not_by_id() -> None:
    h = TableHistory({1: Klass(A, 2, joined=5), 2: Klass(A, 2, joined=1)})
    resync(h, {A: 3}, ids_from(10), 7)
    assert h.classes == {1: Klass(A, 1, None, 5, 0), 2: Klass(A, 2, None, 1, 0),
                         10: Klass(None, 1, A, 5, 7)}


def test_resync_same_age_larger_id_is_newer() -> None:
    h = TableHistory({1: Klass(A, 2), 2: Klass(A, 2)})
    resync(h, {A: 3}, ids_from(10), 7)
    assert h.classes == {1: Klass(A, 2), 2: Klass(A, 1), 10: Klass(None, 1, A, 0, 7)}


def gone_ones() -> TableHistory:
    return TableHistory({1: Klass(A, 2, joined=1),
                         3: Klass(None, 1, last=A, left=2),
                         4: Klass(None, 2, last=A, left=4),
                         5: Klass(None, 1, last=B, left=3)},
                        [frozenset({1, 3, 4}), frozenset({4, 5})], [frozenset({3, 4})])


def test_resync_last_gone_comes_back_first() -> None:
    h = gone_ones()
    resync(h, {A: 4}, ids_from(10), 9)
    assert h.classes == {1: Klass(A, 2, None, 1, 0), 3: Klass(None, 1, A, 0, 2),
                         4: Klass(A, 2, None, 9, 4), 5: Klass(None, 1, B, 0, 3)}
    assert h.shown == gone_ones().shown and h.withheld == gone_ones().withheld


def test_resync_part_of_a_gone_class_back() -> None:
    h = gone_ones()
    resync(h, {A: 3}, ids_from(10), 9)
    assert h.classes == {1: Klass(A, 2, None, 1, 0), 3: Klass(None, 1, A, 0, 2),
                         4: Klass(None, 1, A, 0, 4), 5: Klass(None, 1, B, 0, 3),
                         10: Klass(A, 1, None, 9, 0)}
    assert h.shown == [frozenset({1, 3, 4, 10}), frozenset({4, 5, 10})]
    assert h.withheld == [frozenset({3, 4, 10})]


def test_resync_all_gone_back_then_new_answers() -> None:
    h = gone_ones()
    resync(h, {A: 6, B: 1, C: 2}, ids_from(10), 9)
    # A: 2 held, 6 counted: class 4 (2), class 3 (1), then 1 new; B: class 5 back; C: new
    assert h.classes[1] == Klass(A, 2, None, 1, 0)
    assert h.classes[3] == Klass(A, 1, None, 9, 2)
    assert h.classes[4] == Klass(A, 2, None, 9, 4)
    assert h.classes[5] == Klass(B, 1, None, 9, 3)
    new = {c: x for c, x in h.classes.items() if c >= 10}
    assert sorted((repr(x.atom), x.n, x.last, x.joined, x.left) for x in new.values()) == \
        sorted([(repr(A), 1, None, 9, 0), (repr(C), 2, None, 9, 0)])
    assert set(new) == {10, 11}
    assert h.shown == gone_ones().shown and h.withheld == gone_ones().withheld


# -- _by_place and split_classes ------------------------------------------------------


def mixed() -> TableHistory:
    return TableHistory({1: Klass(A, 2, joined=1), 2: Klass(A, 3, joined=2),
                         3: Klass(None, 2, last=A, left=1),
                         4: Klass(None, 1, last=A, left=3),
                         5: Klass(None, 1, last=B, left=2),
                         6: Klass(B, 1, joined=0)})


def test_by_place() -> None:
    by_atom, gone = _by_place(mixed())
    assert dict(by_atom) == {A: [1, 2], B: [6]}
    assert dict(gone) == {A: [[3, 2], [4, 1]], B: [[5, 1]]}


def test_by_place_orders() -> None:
    h = TableHistory({1: Klass(A, 1, joined=3), 2: Klass(A, 1, joined=1), 3: Klass(A, 1, joined=1),
                      7: Klass(None, 1, last=A, left=5), 8: Klass(None, 1, last=A, left=2),
                      9: Klass(None, 1, last=A, left=2)})
    by_atom, gone = _by_place(h)
    assert by_atom[A] == [2, 3, 1]
    assert gone[A] == [[8, 1], [9, 1], [7, 1]]


def test_split_returning() -> None:
    moved = {(None, A): 2, (A, B): 1, (A, None): 1, (A, A): 1, (B, C): 0}
    u = split_classes(mixed(), moved, True)
    # 2 come to A: the last gone (4, one answer), then one of class 3; class 3's other
    # and class 5 stay gone; A's classes oldest first: 1 stays (1), 1 to B (1), 2 leaves
    # (1), 2's other 2 stay; B's class 6 stays
    # (the atoms in the order of their oldest class: B's class 6 joined at 0, first)
    assert u.parts == [(4, A), (3, A), (3, None), (5, None), (6, B), (1, A), (1, B),
                       (2, None), (2, A)]
    assert u.sizes == [1, 1, 1, 1, 1, 1, 1, 1, 2]
    assert dict(u.of_class) == {4: [0], 3: [1, 2], 5: [3], 6: [4], 1: [5, 6], 2: [7, 8]}
    assert dict(u.at_after) == {A: [0, 1, 5, 8], B: [4, 6]}


def test_split_not_returning() -> None:
    moved = {(None, A): 2, (A, B): 1, (A, None): 1, (A, A): 1}
    u = split_classes(mixed(), moved, False)
    assert u.parts == [(None, A), (3, None), (4, None), (5, None), (6, B), (1, A), (1, B),
                       (2, None), (2, A)]
    assert u.sizes == [2, 2, 1, 1, 1, 1, 1, 1, 2]


def test_split_more_new_than_gone() -> None:
    u = split_classes(mixed(), {(None, B): 3, (None, C): 1}, True)
    assert u.parts == [(5, B), (None, B), (None, C), (3, None), (4, None), (6, B), (1, A),
                       (2, A)]
    assert u.sizes == [1, 2, 1, 2, 1, 1, 2, 3]


def test_split_move_larger_than_a_class() -> None:
    u = split_classes(mixed(), {(A, None): 4}, True)
    # 4 leave A: all 2 of class 1 (oldest), then 2 of class 2's 3
    assert u.parts == [(3, None), (4, None), (5, None), (6, B), (1, None), (2, None), (2, A)]
    assert u.sizes == [2, 1, 1, 1, 2, 2, 1]


def test_split_everything_leaves() -> None:
    u = split_classes(mixed(), {(A, None): 5, (B, C): 1}, True)
    assert u.parts == [(3, None), (4, None), (5, None), (6, C), (1, None), (2, None)]
    assert u.sizes == [2, 1, 1, 1, 2, 3]


# -- advance --------------------------------------------------------------------------


def test_advance() -> None:
    hist = TableHistory({1: Klass(A, 3, joined=1),
                         2: Klass(None, 2, last=B, joined=1, left=2)})
    u = Unknowns()
    u.add(1, A, 2)     # 0
    u.add(1, None, 1)  # 1
    u.add(2, A, 1)     # 2
    u.add(2, None, 1)  # 3
    u.add(None, A, 2)  # 4
    u.add(None, B, 0)  # 5: empty, no class
    out = advance(hist, u, [[0, 2], [0, 2, 4]], [[1], [0], [1, 3], [1], [5]], ids_from(100), 7)
    assert out.classes == {100: Klass(A, 3, None, 7, 0), 101: Klass(None, 1, A, 1, 7),
                           102: Klass(None, 1, B, 7, 2), 103: Klass(A, 2, None, 7, 0)}
    assert out.shown == [frozenset({100}), frozenset({100, 103})]
    # [0] holds half of class 100: dropped; the second [1] is the same fact; [5] is empty
    assert out.withheld == [frozenset({101}), frozenset({101, 102})]


def test_advance_keeps_old_join_time() -> None:
    hist = TableHistory({1: Klass(A, 2, joined=3), 2: Klass(A, 1, joined=1)})
    u = Unknowns()
    u.add(1, A, 2)
    u.add(2, A, 1)
    out = advance(hist, u, [], [[0, 1]], ids_from(1), 8)
    assert out.classes == {1: Klass(A, 3, None, 3, 0)}
    assert out.shown == [] and out.withheld == [frozenset({1})]


def test_advance_separates_by_place_and_facts() -> None:
    hist = TableHistory({1: Klass(A, 4, joined=2), 2: Klass(B, 2, joined=1)})
    u = Unknowns()
    u.add(1, A, 1)     # 0
    u.add(1, B, 1)     # 1
    u.add(1, None, 1)  # 2
    u.add(1, A, 1)     # 3 (apart from 0 by the fact below)
    u.add(2, None, 2)  # 4: left from B
    out = advance(hist, u, [[0, 0, 1], [1, 0]], [[2, 4], [3]], ids_from(50), 4)
    assert out.classes == {50: Klass(A, 1, None, 2, 0), 51: Klass(B, 1, None, 2, 0),
                           52: Klass(None, 1, A, 2, 4), 53: Klass(A, 1, None, 2, 0),
                           54: Klass(None, 2, B, 1, 4)}
    assert out.shown == [frozenset({50, 51})]
    assert out.withheld == [frozenset({52, 54}), frozenset({53})]


def test_split_a_move_larger_than_the_atom_stops_at_its_answers() -> None:
    u = split_classes(mixed(), {(A, None): 9}, True)
    assert u.parts == [(3, None), (4, None), (5, None), (6, B), (1, None), (2, None)]
    assert u.sizes == [2, 1, 1, 1, 2, 3]


def test_advance_now_defaults_to_zero() -> None:
    u = Unknowns()
    u.add(None, A, 2)
    u.add(None, None, 1)
    out = advance(TableHistory(), u, [], [], ids_from(1))
    assert out.classes == {1: Klass(A, 2, None, 0, 0), 2: Klass(None, 1, None, 0, 0)}


def test_advance_tells_apart_answers_in_different_facts() -> None:
    hist = TableHistory({1: Klass(A, 4, joined=2)})
    u = Unknowns()
    u.add(1, A, 0)  # 0: empty, skipped; the ones after it still count
    u.add(1, A, 1)  # 1: in fact 0 only
    u.add(1, A, 2)  # 2: in fact 1 only
    u.add(1, A, 1)  # 3: in fact 0 only, like 1
    out = advance(hist, u, [[1, 3], [2]], [], ids_from(20), 5)
    assert out.classes == {20: Klass(A, 2, None, 2, 0), 21: Klass(A, 2, None, 2, 0)}
    assert out.shown == [frozenset({20}), frozenset({21})]
