"""The rule over one table: its cells, and which of them are withheld (rules 1 to 3 of
:mod:`peerdesk.core.disclosure`)."""

from __future__ import annotations

from collections.abc import Iterable

from peerdesk.core.disclosure.span import _small_set, _Span, _sum_rows
from peerdesk.core.disclosure.units import BLANK, Atom, _Table, small_reason
from peerdesk.i18n import _

Cell = tuple[int | None, int | None, str | None]  # (cycle_id, session_id, group), None for all


class _Protect:
    """The cells of one table, their sizes, and the suppression worked out over them."""

    def __init__(self, table: _Table, cycles: list[int], sessions: dict[int, list[int]],
                 k: int, departments: Iterable[str] = (), headcount: dict[str, int] | None = None):
        self.k = k
        # Departments of fewer than k people: that one of them has no forms must not show
        # either (a department of one with no forms says its member did not answer).
        self.table = table
        self.per_session = table.phase == "session"
        self.few_people = {g for g, n in (headcount or {}).items()
                           if 0 < n < k} if self.per_session else set()
        atoms = {a: u for a, u in table.units.items() if u}
        # A department of fewer than k people that has no forms in a session gets an empty
        # atom there all the same: the rule 3 check then treats "none of them answered"
        # as something that must not be worked out, like any small group.
        # (Only in sessions with forms: that nobody answered at a session with no forms
        # at all is said of all of its people, however many.)
        with_forms = {(a[0], a[1]) for a in atoms}
        for cid in cycles if self.few_people else ():
            for sid in sessions.get(cid, []):
                for g in self.few_people if (cid, sid) in with_forms else ():
                    atoms.setdefault((cid, sid, g), [])
        self.atoms = atoms
        # The departments of the program's people are listed whether or not anyone of them
        # answered (a one-person department listed only once its member answered would
        # say that they did); a department typed on a form that no one has is added.
        known = set(departments) if self.per_session else set()
        groups = sorted(known | {a[2] for a in atoms if a[2] != BLANK}, key=str.casefold)
        self.groups = groups
        self.cycles = cycles
        self.sessions = sessions if self.per_session else {c: [] for c in cycles}
        cells: list[Cell] = [(None, None, None)]
        cells += [(None, None, g) for g in groups]
        for c in cycles:
            cells.append((c, None, None))
            cells += [(c, None, g) for g in groups]
            cells += [(c, s, None) for s in self.sessions.get(c, [])]
        self.cells = cells
        self.members: dict[Cell, list[Atom]] = {cell: [] for cell in cells}
        for atom in atoms:
            c, s, g = atom
            for cell in self._cells_of(c, s, g):
                self.members[cell].append(atom)
        self.n = {cell: sum(len(atoms[a]) for a in self.members[cell]) for cell in cells}
        self.hidden: dict[Cell, str] = {}

    def _cells_of(self, c: int, s: int | None, g: str) -> Iterable[Cell]:
        yield (None, None, None)
        yield (c, None, None)
        if g != BLANK:
            yield (None, None, g)
            yield (c, None, g)
        if s is not None and (c, s, None) in self.members:
            yield (c, s, None)

    # the hierarchies: (parent, children, the size of the parts never shown on their own)
    def families(self) -> list[tuple[Cell, list[Cell], int]]:
        groups: list[str | None] = [None, *self.groups]
        out: list[tuple[Cell, list[Cell], int]] = [
            ((None, None, g), [(c, None, g) for c in self.cycles], 0) for g in groups]
        for cycle in self.cycles:
            if self.sessions.get(cycle):
                kids: list[Cell] = [(cycle, s, None) for s in self.sessions[cycle]]
                out.append(((cycle, None, None), kids,
                            self.n[cycle, None, None] - sum(self.n[x] for x in kids)))
        cycles: list[int | None] = [None, *self.cycles]
        for c in cycles:
            kids = [(c, None, g) for g in self.groups]
            out.append(((c, None, None), kids,
                        self.n[c, None, None] - sum(self.n[x] for x in kids)))
        return out

    def hide(self, cell: Cell, reason: str) -> bool:
        if cell in self.hidden or self.n[cell] == 0:
            return False
        self.hidden[cell] = reason
        return True

    def run(self) -> dict[Cell, str]:
        for cell in self.cells:
            if 0 < self.n[cell] < self.k:
                self.hidden[cell] = small_reason(self.k)
            elif self.n[cell] and cell[2] in self.few_people:  # k forms from fewer people
                self.hidden[cell] = (_("a department of fewer than {k} people is "
                                       "not shown on its own").format(k=self.k))
        if not self.hidden and not self._small_residue() and not self.few_people and all(
                len(u) >= self.k for u in self.atoms.values()):
            return self.hidden
        while True:
            while self._local():
                pass
            if not self._combined():
                return self.hidden

    def _small_residue(self) -> bool:
        return any(0 < r < self.k for _, _, r in self.families())

    def _smallest(self, cells: Iterable[Cell]) -> Cell | None:
        candidates = [c for c in cells if c not in self.hidden and self.n[c] > 0]
        return min(candidates, key=lambda c: (self.n[c], str(c))) if candidates else None

    def _local(self) -> bool:
        """Rule 2, one pass over every parent and its children."""
        changed = False
        for parent, kids, residue in self.families():
            hidden = [x for x in kids if x in self.hidden
                      or (self.n[x] == 0 and x[2] in self.few_people)]
            shown_kids = [x for x in kids if x not in self.hidden and self.n[x] > 0]
            if parent not in self.hidden:
                left = sum(self.n[x] for x in hidden) + residue
                real = [x for x in hidden if self.n[x]]  # zeros: small departments with none
                if residue and real and kids[0][1] is not None:
                    # A cycle's forms in no session (those of a deleted session, kept in
                    # the cycle's figures) are a hidden group of their own beside the
                    # hidden sessions: it changes only when a session is deleted, and that
                    # change is checked (peerdesk.store.feedback_gate).
                    real = [*real, parent]
                # Forms without a department (the residue) never count as the second
                # hidden part beside a hidden department: their number comes and goes
                # with every batch, and a department shown only once they arrive would,
                # read beside the figures before, give away the group it was hidden with.
                if (left == 0 and len(real) == len(hidden)) or (
                        left >= self.k and (len(real) >= 2 or not real)):
                    continue
                pick = self._smallest(shown_kids)
                reason = _("withheld as well, so that the hidden answers beside it cannot be "
                           "worked out by subtraction")
                changed |= self.hide(pick if pick is not None else parent, reason)
            elif not hidden and residue == 0 and (smallest := self._smallest(shown_kids)):
                changed |= self.hide(smallest,
                                     _("withheld as well: with it, the hidden total above it "
                                       "would be the sum of the figures below it"))
        return changed

    def _combined(self) -> bool:
        """Rule 3: is any withheld group, or any set of fewer than k answers, a combination
        of the shown figures? A vector is in the span of the shown figures exactly when it
        is orthogonal to the span's null space, so each atom gets its row of a null-space
        basis and a set is determined when its rows sum to zero."""
        # Twice: over the atoms that hold answers (as if which groups have none were
        # known), then with the empty atoms of small departments too (so that "none of
        # them answered" is a small group that must not be worked out either).
        leak: list[int] | None = None
        for with_empty in (False, True) if self.few_people else (False,):
            atoms = [a for a, u in self.atoms.items() if u or with_empty]
            index = {a: i for i, a in enumerate(atoms)}
            members = {cell: [index[a] for a in self.members[cell] if a in index]
                       for cell in self.cells}
            span = _Span()
            for cell in self.cells:
                if cell not in self.hidden and self.n[cell] > 0:
                    span.add({i: 1 for i in members[cell]})
            z = span.null_rows(range(len(atoms)))
            sizes = [len(self.atoms[a]) for a in atoms]
            for cell in self.hidden:
                ids = members[cell]
                if ids and not _sum_rows(z, ids):
                    leak = ids
                    break
            if leak is None:
                leak = _small_set(z, sizes, self.k)
            if leak is not None:
                break
        if leak is None:
            return False
        inside = set(leak)
        near = [cell for cell in self.cells
                if cell not in self.hidden and self.n[cell] > 0
                and any(i in inside for i in members[cell])]
        pick = self._smallest(near) or self._smallest(self.cells)
        if pick is None:
            return False
        return self.hide(pick, _("withheld as well, so that the hidden answers cannot be "
                                 "worked out by combining the figures that are shown"))
