"""Linear algebra for rule 3 (no combination): the row space of the shown figures over
the integers modulo a 61-bit prime, its null space, and the search for small sets of
answers the shown figures fix (see :mod:`peerdesk.core.disclosure`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

_PRIME = (1 << 61) - 1


def _sum_rows(z: dict[int, dict[int, int]], ids: Iterable[int]) -> dict[int, int]:
    total: dict[int, int] = {}
    for i in ids:
        for f, v in z[i].items():
            nv = (total.get(f, 0) + v) % _PRIME
            if nv:
                total[f] = nv
            else:
                total.pop(f, None)
    return total


def _small_set(z: dict[int, dict[int, int]], sizes: list[int], k: int) -> list[int] | None:
    """Atoms holding fewer than k answers together whose total the shown figures fix.

    A set sums to zero only if every column it touches is cancelled by another of its
    atoms, so the search grows a set by atoms that share its first uncancelled column:
    it stays small however many atoms the program has."""
    having: dict[int, list[int]] = defaultdict(list)
    for i, row in z.items():
        if sizes[i] < k:
            for f in row:
                having[f].append(i)

    def grow(chosen: list[int], total: dict[int, int], size: int) -> list[int] | None:
        if not total:
            return chosen
        col = min(total)
        for i in having.get(col, ()):
            if i in chosen or size + sizes[i] >= k:
                continue
            summed = dict(total)
            for f, v in z[i].items():
                nv = (summed.get(f, 0) + v) % _PRIME
                if nv:
                    summed[f] = nv
                else:
                    summed.pop(f, None)
            found = grow([*chosen, i], summed, size + sizes[i])
            if found:
                return found
        return None

    for i, n in enumerate(sizes):
        if n < k:
            found = grow([i], {f: v for f, v in z[i].items() if v}, n)
            if found:
                return found
    return None


class _Span:
    """Row space of 0/1 vectors over the integers modulo a 61-bit prime (reduced echelon)."""

    def __init__(self) -> None:
        self.rows: dict[int, dict[int, int]] = {}  # pivot column -> row with 1 there
        # For each column that is no row's pivot, the pivots of the rows with an entry
        # there: a new row's pivot is cleared from those rows only, not looked for in
        # every row (a program's span has hundreds of rows, each touching a few columns).
        self._holding: dict[int, set[int]] = {}

    def _reduce(self, vec: dict[int, int]) -> dict[int, int]:
        vec = {c: v % _PRIME for c, v in vec.items() if v % _PRIME}
        for col in [c for c in vec if c in self.rows]:
            f = vec.get(col)
            if not f:
                continue
            for c, v in self.rows[col].items():
                nv = (vec.get(c, 0) - f * v) % _PRIME
                if nv:
                    vec[c] = nv
                else:
                    vec.pop(c, None)
        return vec

    def add(self, vec: dict[int, int]) -> None:
        vec = self._reduce(vec)
        if not vec:
            return
        col = min(vec)
        if vec[col] != 1:  # scaled to 1 at its pivot (0/1 rows mostly are already)
            inv = pow(vec[col], _PRIME - 2, _PRIME)
            vec = {c: v * inv % _PRIME for c, v in vec.items()}
        holding = self._holding
        for p in holding.pop(col, ()):  # the rows with an entry in the new pivot's column
            row = self.rows[p]
            f = row[col]
            for c, v in vec.items():
                nv = (row.get(c, 0) - f * v) % _PRIME
                if nv:
                    if c not in row:
                        holding.setdefault(c, set()).add(p)
                    row[c] = nv
                elif c in row:
                    del row[c]
                    if c != col:
                        holding[c].discard(p)
        self.rows[col] = vec
        for c in vec:
            if c != col:
                holding.setdefault(c, set()).add(col)

    def contains(self, vec: dict[int, int]) -> bool:
        return not self._reduce(vec)

    def null_rows(self, columns: Iterable[int]) -> dict[int, dict[int, int]]:
        """Row c of a null-space basis for every column c (indexed by the free columns)."""
        columns = list(columns)
        free = [c for c in columns if c not in self.rows]
        out: dict[int, dict[int, int]] = {c: {c: 1} for c in free}
        for p, row in self.rows.items():  # reduced echelon: a row's other entries are free
            out[p] = {f: (-v) % _PRIME for f, v in row.items() if f != p}
        return out
