"""The linear algebra of rule 3 (core/disclosure/span.py) on vectors small enough to
reduce by hand, modulo P = 2**61 - 1; -1 is written P - 1."""

from __future__ import annotations

from peerdesk.core.disclosure.span import _PRIME, _small_set, _Span, _sum_rows

P = 2**61 - 1


def test_the_prime_is_the_61_bit_mersenne_prime():
    assert _PRIME == P == 2305843009213693951


def test_rows_are_kept_in_reduced_echelon_form():
    s = _Span()
    s.add({0: 1, 1: 1})
    assert s.rows == {0: {0: 1, 1: 1}}
    # x1 + x2: pivot 1; row 0 loses its column 1 (x0 + x1 - (x1 + x2) = x0 - x2)
    s.add({1: 1, 2: 1})
    assert s.rows == {0: {0: 1, 2: P - 1}, 1: {1: 1, 2: 1}}
    # a vector already in the span adds nothing
    s.add({0: 1, 2: P - 1})
    assert s.rows == {0: {0: 1, 2: P - 1}, 1: {1: 1, 2: 1}}
    # (2, 2, 4) = 2 (1, 0, -1) + 2 (0, 1, 1) + (0, 0, 4): not in the span, so column 2
    # becomes a pivot and is cleared from the other rows
    s.add({0: 2, 1: 2, 2: 4})
    assert s.rows == {0: {0: 1}, 1: {1: 1}, 2: {2: 1}}


def test_a_row_is_scaled_so_its_pivot_is_one():
    s = _Span()
    s.add({3: 2, 4: 4})
    assert s.rows == {3: {3: 1, 4: 2}}
    s.add({5: 3})
    assert s.rows == {3: {3: 1, 4: 2}, 5: {5: 1}}
    # the pivot is the smallest column, whatever the order the vector was written in
    t = _Span()
    t.add({9: 5, 2: 5})
    assert t.rows == {2: {2: 1, 9: 1}}


def test_zero_vectors_and_multiples_of_the_prime_add_nothing():
    s = _Span()
    s.add({})
    s.add({0: P, 1: 2 * P})
    s.add({0: 0})
    assert s.rows == {}
    # a coefficient above P is taken modulo P
    s.add({0: P + 1})
    assert s.rows == {0: {0: 1}}


def test_contains():
    s = _Span()
    s.add({0: 1, 1: 1})
    s.add({1: 1, 2: 1})
    assert s.contains({}) is True
    assert s.contains({0: 1, 2: P - 1}) is True      # row0 - row1
    assert s.contains({0: 1, 1: 2, 2: 1}) is True     # row0 + row1
    assert s.contains({0: 3, 1: 3}) is True           # 3 x row0
    assert s.contains({0: 1, 2: 1}) is False
    assert s.contains({2: 1}) is False
    assert s.contains({5: 1}) is False
    assert s.contains({0: P, 1: P}) is True           # zero modulo P
    assert s.contains({0: -1, 1: -1}) is True         # negative coefficients
    # contains does not change the span
    assert s.rows == {0: {0: 1, 2: P - 1}, 1: {1: 1, 2: 1}}


def test_null_rows_give_a_basis_of_the_null_space():
    s = _Span()
    s.add({0: 1, 1: 1})
    s.add({1: 1, 2: 1})
    # x0 - x2 = 0 and x1 + x2 = 0: with x2 = 1, x0 = 1 and x1 = -1
    assert s.null_rows([0, 1, 2]) == {2: {2: 1}, 0: {2: 1}, 1: {2: P - 1}}
    # a column no row touches is free on its own
    assert s.null_rows(iter([0, 1, 2, 3])) == {2: {2: 1}, 3: {3: 1}, 0: {2: 1},
                                               1: {2: P - 1}}
    # a full-rank span has only pivots: their rows are empty
    full = _Span()
    full.add({0: 1})
    full.add({1: 1})
    assert full.null_rows([0, 1]) == {0: {}, 1: {}}


def test_sum_rows_cancels_modulo_the_prime():
    z = {0: {0: 1, 1: 1}, 1: {1: P - 1, 2: 3}, 2: {2: 4}}
    assert _sum_rows(z, [0, 1]) == {0: 1, 2: 3}
    assert _sum_rows(z, [0, 1, 2]) == {0: 1, 2: 7}
    assert _sum_rows(z, [1, 1]) == {1: P - 2, 2: 6}
    assert _sum_rows(z, []) == {}
    # a column that comes back after cancelling is there again
    assert _sum_rows({0: {5: 1}, 1: {5: P - 1}, 2: {5: 2}}, [0, 1, 2]) == {5: 2}


def test_small_set_finds_atoms_that_cancel_under_k_answers():
    z = {0: {5: 1}, 1: {5: P - 1}, 2: {6: 1}}
    # atoms 0 and 1 cancel: 2 answers, fewer than 3
    assert _small_set(z, [1, 1, 1], 3) == [0, 1]
    # with k = 2 two answers are not fewer than k: nothing
    assert _small_set(z, [1, 1, 1], 2) is None


def test_small_set_follows_the_first_uncancelled_column():
    z = {0: {1: 1, 2: 1}, 1: {1: P - 1}, 2: {2: P - 1}}
    assert _small_set(z, [1, 1, 1], 4) == [0, 1, 2]   # 3 answers < 4
    assert _small_set(z, [1, 1, 1], 3) is None        # 3 answers, not fewer than 3


def test_an_atom_whose_row_is_zero_is_fixed_alone():
    assert _small_set({0: {}}, [1], 2) == [0]
    assert _small_set({0: {3: 0}}, [1], 2) == [0]       # a zero entry is no column
    assert _small_set({0: {}}, [2], 2) is None          # 2 answers are not fewer than 2
    # the first small atom that works is returned; a big one is skipped
    assert _small_set({0: {}, 1: {}}, [5, 1], 2) == [1]


def test_small_set_skips_an_atom_too_big_to_join():
    z = {0: {5: 1}, 1: {5: P - 1}}
    assert _small_set(z, [1, 2], 4) == [0, 1]       # 1 + 2 = 3 < 4
    assert _small_set(z, [1, 2], 3) is None         # 1 + 2 = 3, not fewer than 3
    assert _small_set(z, [3, 1], 3) is None         # atom 0 alone is too big


def test_a_zero_entry_in_a_column_not_yet_summed_is_no_column():
    # atom 1 holds a 0 in column 7, which nothing before it touched: it adds nothing
    assert _sum_rows({0: {1: 0}}, [0]) == {}
    assert _sum_rows({0: {5: 1}, 1: {7: 0, 5: 2}}, [0, 1]) == {5: 3}
    assert _small_set({0: {5: 1}, 1: {5: P - 1, 7: 0}}, [1, 1], 3) == [0, 1]
