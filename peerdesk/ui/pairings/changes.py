"""Changes in the Pairings tab: move, swap, pair up, pins, publishing, exclusions, opt-in.

A mixin of :class:`~peerdesk.ui.pairings.tab.PairingsTab`: it uses the tab's context,
models and selection. Every change is planned first (refused with the rule named, or
confirmed when it costs score) and then made through ``ctx.perform`` with a snapshot
of the cycle's pairings for undo.
"""

from __future__ import annotations

from peerdesk.core.validation import ValidationError
from peerdesk.store import pairings as store
from peerdesk.store.participants import list_facilitators, list_participants
from peerdesk.ui import dialogs


class HandChanges:
    def _dropped(self, person: int, target) -> None:
        """A person dragged onto a pair (or onto the unpaired list); acted on once the drop
        is over, since the move reloads the very views the drop came through."""
        from PySide6.QtCore import QTimer

        own = next((r.id for r in self.model.rows if person in [m for m, _, _ in r.members]), None)
        if target is not None and target == own:
            return
        QTimer.singleShot(0, lambda: self.move(person, target))

    def _change(self, title: str, verb: str, plan, apply) -> bool:
        """Refuse a change that breaks a rule (naming it); ask before one that costs score."""
        program, cycle_id = self.ctx.program, self.cycle_id
        if program is None or cycle_id is None or self.ctx.read_only:
            return False
        change = plan()
        if not change.allowed:
            dialogs.error(self, f"{verb} refused", change.describe())
            self.message.setText(f"{verb} refused: {change.describe()}")
            return False
        if change.warnings and not dialogs.confirm(
                self, "A new recruit loses their buddy", f"{change.describe()} {verb} anyway?",
                verb):
            return False
        if not change.warnings and change.delta < 0 and not dialogs.confirm(
                self, "Lower total score", f"{change.describe()} {verb} anyway?", verb):
            return False
        before = store.snapshot(program, cycle_id)
        try:
            self.ctx.perform(title, apply, lambda: store.restore(program, cycle_id, before),
                             "pairings")
        except ValidationError as exc:
            dialogs.error(self, f"{verb} refused", str(exc))
            return False
        self.message.setText(f"{title}. {change.describe()}")
        return True

    def swap(self, a: int, b: int) -> bool:
        program, cycle_id = self.ctx.program, self.cycle_id
        return self._change(f"Swap {self._name(a)} and {self._name(b)}", "Swap",
                            lambda: store.plan_swap(program, cycle_id, a, b),
                            lambda: store.swap(program, cycle_id, a, b))

    def move(self, person: int, target: int | None) -> bool:
        program, cycle_id = self.ctx.program, self.cycle_id
        where = "out of the pair" if target is None else "to another pair"
        return self._change(f"Move {self._name(person)} {where}", "Move",
                            lambda: store.plan_move(program, cycle_id, person, target),
                            lambda: store.move(program, cycle_id, person, target))

    def pair_up(self, a: int, b: int) -> bool:
        program, cycle_id = self.ctx.program, self.cycle_id
        return self._change(f"Pair {self._name(a)} with {self._name(b)}", "Pairing",
                            lambda: store.plan_pair_up(program, cycle_id, a, b),
                            lambda: store.pair_up(program, cycle_id, a, b))

    def swap_selected(self) -> None:
        person = self.chosen_member()
        pair = self.selected_row()
        if person is None or pair is None:
            return
        others = [(m, name, row.people()) for row in self.model.rows if row.id != pair.id
                  for m, name, _ in row.members]
        others += [(m, name, "not paired") for m, name, _ in self.unpaired_model.rows]
        labels = [f"{name}  ({where})" for _, name, where in others]
        chosen = dialogs.pick(self, "Swap", f"Swap {self._name(person)} with:", labels)
        if chosen is not None:
            self.swap(person, others[chosen][0])

    def move_selected(self) -> None:
        person = self.chosen_member()
        pair = self.selected_row()
        if person is None or pair is None:
            return
        targets = [row for row in self.model.rows if row.id != pair.id]
        labels = [row.people() for row in targets] + ["Out of any pair"]
        chosen = dialogs.pick(self, "Move", f"Move {self._name(person)} into:", labels)
        if chosen is not None:
            self.move(person, targets[chosen].id if chosen < len(targets) else None)

    def add_unpaired(self) -> None:
        person = self.selected_unpaired()
        if person is None:
            return
        labels = [row.people() for row in self.model.rows]
        chosen = dialogs.pick(self, "Add to a pair", f"Add {self._name(person)} to:", labels)
        if chosen is not None:
            self.move(person, self.model.rows[chosen].id)

    def pair_up_unpaired(self) -> None:
        person = self.selected_unpaired()
        if person is None:
            return
        others = [(m, name) for m, name, _ in self.unpaired_model.rows if m != person]
        chosen = dialogs.pick(self, "Pair with", f"Pair {self._name(person)} with:",
                              [name for _, name in others])
        if chosen is not None:
            self.pair_up(person, others[chosen][0])

    def _exclusions(self) -> dict:
        return store.exclusions(self.ctx.program) if self.ctx.program is not None else {}

    def _facilitator(self, person: int | None) -> bool:
        if person is None or self.ctx.program is None:
            return False
        return any(f.participant_id == person and not f.pair_opt_in
                   for f in list_facilitators(self.ctx.program))

    def never_pair_chosen(self) -> None:
        person = self.chosen_member()
        program = self.ctx.program
        if person is None or program is None or self.ctx.read_only:
            return
        others = [p for p in list_participants(program, include_archived=False) if p.id != person]
        chosen = dialogs.pick(self, "Never pair", f"Never pair {self._name(person)} with:",
                              [p.name for p in others])
        if chosen is None:
            return
        reason = dialogs.ask_text(self, "Never pair", "Why (optional, only you see it):")
        if reason is None:
            return
        self.never_pair(person, others[chosen].id, reason)

    def never_pair(self, a: int, b: int, reason: str = "") -> None:
        program = self.ctx.program
        if program is None or self.ctx.read_only:
            return
        names = f"{self._name(a)} and {self._name(b)}"
        if frozenset((a, b)) in self._exclusions():
            self.message.setText(f"{names} are already never to be paired.")
            return
        self.ctx.perform(f"Never pair {names}", lambda: store.add_exclusion(program, a, b, reason),
                         lambda: store.remove_exclusion(program, a, b), "pairings")
        together = any({a, b} <= {m for m, _, _ in row.members} for row in self.model.rows)
        self.message.setText(f"{names} will never be paired." + (
            " They are in the same pair now: move one of them, or generate again."
            if together else ""))

    def remove_exclusion(self) -> None:
        program = self.ctx.program
        found = sorted(self._exclusions().items(), key=lambda item: sorted(item[0]))
        if program is None or not found or self.ctx.read_only:
            return
        names = {p.id: p.name for p in list_participants(program)}
        labels = []
        for pair, why in found:
            a, b = sorted(pair)
            labels.append(f"{names.get(a, a)} & {names.get(b, b)}" + (f" ({why})" if why else ""))
        chosen = dialogs.pick(self, "Remove an exclusion", "Allow these two to be paired again:",
                              labels)
        if chosen is None:
            return
        pair, why = found[chosen]
        a, b = sorted(pair)
        self.ctx.perform(f"Allow {labels[chosen]} to be paired",
                         lambda: store.remove_exclusion(program, a, b),
                         lambda: store.add_exclusion(program, a, b, why), "pairings")

    def opt_in_facilitator(self) -> None:
        person, program = self.selected_unpaired(), self.ctx.program
        if person is None or program is None or not self._facilitator(person):
            return
        name = self._name(person)
        self.ctx.perform(f"Let {name} be paired",
                         lambda: store.set_pair_opt_in(program, person, True),
                         lambda: store.set_pair_opt_in(program, person, False),
                         ("pairings", "participants"))
        self.message.setText(f"{name} can now be paired: generate again, or pair them by hand.")

    def toggle_pin(self) -> None:
        program, pair = self.ctx.program, self.selected_row()
        if program is None or pair is None or self.ctx.read_only:
            return
        pinned = not pair.pinned
        problems = store.pin_problems(program, self.cycle_id, pair.id) if pinned else []
        if problems and not dialogs.confirm(
                self, "Pin a pair that breaks a rule",
                f"{' '.join(problems)} A pin keeps it as it is through every new run. "
                "Pin anyway?", "Pin"):
            return
        self.ctx.perform(f"{'Pin' if pinned else 'Unpin'} {pair.people()}",
                         lambda: store.set_pinned(program, pair.id, pinned),
                         lambda: store.set_pinned(program, pair.id, not pinned), "pairings")

    def toggle_publish(self) -> None:
        program, cycle_id = self.ctx.program, self.cycle_id
        if program is None or cycle_id is None or self.ctx.read_only or not self.model.rows:
            return
        name = self._cycle_name()
        if self._published():
            if not dialogs.confirm(self, "Unpublish pairs", f"Unpublish the pairs of {name}? "
                                   "They stop counting for the no-repeat rule until you "
                                   "publish again.", "Unpublish"):
                return
            before = store.snapshot(program, cycle_id)
            self.ctx.perform(f"Unpublish the pairs of {name}",
                             lambda: store.unpublish(program, cycle_id),
                             lambda: store.restore(program, cycle_id, before), "pairings")
            return
        count = len(self.model.rows)
        if not dialogs.confirm(self, "Publish pairs", f"Publish the {count} pairs and trios of "
                               f"{name}? Published pairs are recorded, and nobody will be paired "
                               "with the same partner in a later cycle.", "Publish"):
            return
        before = store.snapshot(program, cycle_id)
        self.ctx.perform(f"Publish the pairs of {name}", lambda: store.publish(program, cycle_id),
                         lambda: store.restore(program, cycle_id, before), "pairings")
        self.message.setText(f"The pairs of {name} are published.")

    def edit_settings(self) -> None:
        from peerdesk.ui.pairings.settings import PairingSettingsDialog

        program = self.ctx.program
        if program is None or self.ctx.read_only:
            return
        old = store.pairing_settings(program)
        dialog = PairingSettingsDialog(*old, parent=self)
        if not dialogs.run_dialog(dialog):
            return
        new = dialog.values()
        if new == old:
            return
        self.ctx.perform("Change pairing rules and weights",
                         lambda: store.set_pairing_settings(program, *new),
                         lambda: store.set_pairing_settings(program, *old),
                         ("settings", "pairings"))
        self.message.setText("Pairing rules and weights changed: generate again to use them.")
