"""Changes in the Pairings tab: move, swap, pair up, pins, publishing, exclusions, opt-in.

A mixin of :class:`~peerdesk.ui.pairings.tab.PairingsTab`: it uses the tab's context,
models and selection. Every change is planned first (refused with the rule named, or
confirmed when it costs score) and then made through ``ctx.perform`` with a snapshot
of the cycle's pairings for undo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from peerdesk.core.models import stored_id
from peerdesk.core.validation import ValidationError
from peerdesk.store import pairings as store
from peerdesk.store.participants import list_facilitators, list_participants
from peerdesk.ui import dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QWidget

    from peerdesk.ui.context import ProgramContext
    from peerdesk.ui.pairings.model import PairRow, PairsModel, UnpairedModel

    _Tab = QWidget  # what the mixin is mixed into: a widget (dialogs take it as parent)
else:
    _Tab = object


class HandChanges(_Tab):
    # What the tab provides (see PairingsTab).
    ctx: ProgramContext
    model: PairsModel
    unpaired_model: UnpairedModel
    message: QLabel

    if TYPE_CHECKING:
        @property
        def cycle_id(self) -> int | None: ...
        def selected_row(self) -> PairRow | None: ...
        def chosen_member(self) -> int | None: ...
        def selected_unpaired(self) -> int | None: ...
        def _name(self, pid: int) -> str: ...
        def _published(self) -> bool: ...
        def _cycle_name(self) -> str: ...

    def _dropped(self, person: int, target) -> None:
        """A person dragged onto a pair (or onto the unpaired list); acted on once the drop
        is over, since the move reloads the very views the drop came through."""
        from PySide6.QtCore import QTimer

        own = next((r.id for r in self.model.rows if person in [m for m, _, _ in r.members]), None)
        if target is not None and target == own:
            return
        QTimer.singleShot(0, lambda: self.move_person(person, target))

    def _change(self, title: str, verb: str, plan, apply) -> bool:
        """Refuse a change that breaks a rule (naming it); ask before one that costs score."""
        program, cycle_id = self.ctx.program, self.cycle_id
        if program is None or cycle_id is None or self.ctx.read_only:
            return False
        change = plan()
        if not change.allowed:
            dialogs.error(self, QCoreApplication.translate("HandChanges", "{verb} refused").format(verb=verb), change.describe())
            self.message.setText(QCoreApplication.translate("HandChanges", "{verb} refused: {describe}").format(verb=verb, describe=change.describe()))
            return False
        if change.warnings and not dialogs.confirm(
                self, QCoreApplication.translate("HandChanges", "A new recruit loses their buddy"), QCoreApplication.translate("HandChanges", "{describe} {verb} anyway?").format(describe=change.describe(), verb=verb),
                verb):
            return False
        if not change.warnings and change.delta < 0 and not dialogs.confirm(
                self, QCoreApplication.translate("HandChanges", "Lower total score"), QCoreApplication.translate("HandChanges", "{describe} {verb} anyway?").format(describe=change.describe(), verb=verb), verb):
            return False
        before = store.snapshot(program, cycle_id)
        try:
            self.ctx.perform(title, apply, lambda: store.restore(program, cycle_id, before),
                             "pairings")
        except ValidationError as exc:
            dialogs.error(self, QCoreApplication.translate("HandChanges", "{verb} refused").format(verb=verb), str(exc))
            return False
        self.message.setText(f"{title}. {change.describe()}")
        return True

    def swap(self, a: int, b: int) -> bool:
        program, cycle_id = self.ctx.program, self.cycle_id
        if program is None or cycle_id is None:
            return False
        return self._change(QCoreApplication.translate("HandChanges", "Swap {name} and {name2}").format(name=self._name(a), name2=self._name(b)), QCoreApplication.translate("HandChanges", "Swap"),
                            lambda: store.plan_swap(program, cycle_id, a, b),
                            lambda: store.swap(program, cycle_id, a, b))

    def move_person(self, person: int, target: int | None) -> bool:
        program, cycle_id = self.ctx.program, self.cycle_id
        if program is None or cycle_id is None:
            return False
        where = QCoreApplication.translate("HandChanges", "out of the pair") if target is None else QCoreApplication.translate("HandChanges", "to another pair")
        return self._change(QCoreApplication.translate("HandChanges", "Move {name} {where}").format(name=self._name(person), where=where), QCoreApplication.translate("HandChanges", "Move"),
                            lambda: store.plan_move(program, cycle_id, person, target),
                            lambda: store.move(program, cycle_id, person, target))

    def pair_up(self, a: int, b: int) -> bool:
        program, cycle_id = self.ctx.program, self.cycle_id
        if program is None or cycle_id is None:
            return False
        return self._change(QCoreApplication.translate("HandChanges", "Pair {name} with {name2}").format(name=self._name(a), name2=self._name(b)), QCoreApplication.translate("HandChanges", "Pairing"),
                            lambda: store.plan_pair_up(program, cycle_id, a, b),
                            lambda: store.pair_up(program, cycle_id, a, b))

    def swap_selected(self) -> None:
        person = self.chosen_member()
        pair = self.selected_row()
        if person is None or pair is None:
            return
        others = [(m, name, row.people()) for row in self.model.rows if row.id != pair.id
                  for m, name, _ in row.members]
        others += [(m, name, QCoreApplication.translate("HandChanges", "not paired")) for m, name, _ in self.unpaired_model.rows]
        labels = [f"{name}  ({where})" for _, name, where in others]
        chosen = dialogs.pick(self, QCoreApplication.translate("HandChanges", "Swap"), QCoreApplication.translate("HandChanges", "Swap {name} with:").format(name=self._name(person)), labels)
        if chosen is not None:
            self.swap(person, others[chosen][0])

    def move_selected(self) -> None:
        person = self.chosen_member()
        pair = self.selected_row()
        if person is None or pair is None:
            return
        targets = [row for row in self.model.rows if row.id != pair.id]
        labels = [row.people() for row in targets] + [QCoreApplication.translate("HandChanges", "Out of any pair")]
        chosen = dialogs.pick(self, QCoreApplication.translate("HandChanges", "Move"), QCoreApplication.translate("HandChanges", "Move {name} into:").format(name=self._name(person)), labels)
        if chosen is not None:
            self.move_person(person, targets[chosen].id if chosen < len(targets) else None)

    def add_unpaired(self) -> None:
        person = self.selected_unpaired()
        if person is None:
            return
        labels = [row.people() for row in self.model.rows]
        chosen = dialogs.pick(self, QCoreApplication.translate("HandChanges", "Add to a pair"), QCoreApplication.translate("HandChanges", "Add {name} to:").format(name=self._name(person)), labels)
        if chosen is not None:
            self.move_person(person, self.model.rows[chosen].id)

    def pair_up_unpaired(self) -> None:
        person = self.selected_unpaired()
        if person is None:
            return
        others = [(m, name) for m, name, _ in self.unpaired_model.rows if m != person]
        chosen = dialogs.pick(self, QCoreApplication.translate("HandChanges", "Pair with"), QCoreApplication.translate("HandChanges", "Pair {name} with:").format(name=self._name(person)),
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
        chosen = dialogs.pick(self, QCoreApplication.translate("HandChanges", "Never pair"), QCoreApplication.translate("HandChanges", "Never pair {name} with:").format(name=self._name(person)),
                              [p.name for p in others])
        if chosen is None:
            return
        reason = dialogs.ask_text(self, QCoreApplication.translate("HandChanges", "Never pair"), QCoreApplication.translate("HandChanges", "Why (optional, only you see it):"))
        if reason is None:
            return
        self.never_pair(person, stored_id(others[chosen].id), reason)

    def never_pair(self, a: int, b: int, reason: str = "") -> None:
        program = self.ctx.program
        if program is None or self.ctx.read_only:
            return
        names = QCoreApplication.translate("HandChanges", "{a} and {b}").format(a=self._name(a), b=self._name(b))
        if frozenset((a, b)) in self._exclusions():
            self.message.setText(QCoreApplication.translate("HandChanges", "{names} are already never to be paired.").format(names=names))
            return
        self.ctx.perform(QCoreApplication.translate("HandChanges", "Never pair {names}").format(names=names), lambda: store.add_exclusion(program, a, b, reason),
                         lambda: store.remove_exclusion(program, a, b), "pairings")
        together = any({a, b} <= {m for m, _, _ in row.members} for row in self.model.rows)
        self.message.setText(QCoreApplication.translate("HandChanges", "{names} will never be paired.").format(names=names) + (
            QCoreApplication.translate("HandChanges", " They are in the same pair now: move one of them, or generate again.")
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
        chosen = dialogs.pick(self, QCoreApplication.translate("HandChanges", "Remove an exclusion"), QCoreApplication.translate("HandChanges", "Allow these two to be paired again:"),
                              labels)
        if chosen is None:
            return
        pair, why = found[chosen]
        a, b = sorted(pair)
        self.ctx.perform(QCoreApplication.translate("HandChanges", "Allow {value} to be paired").format(value=labels[chosen]),
                         lambda: store.remove_exclusion(program, a, b),
                         lambda: store.add_exclusion(program, a, b, why), "pairings")

    def opt_in_facilitator(self) -> None:
        person, program = self.selected_unpaired(), self.ctx.program
        if person is None or program is None or not self._facilitator(person):
            return
        name = self._name(person)
        self.ctx.perform(QCoreApplication.translate("HandChanges", "Let {name} be paired").format(name=name),
                         lambda: store.set_pair_opt_in(program, person, True),
                         lambda: store.set_pair_opt_in(program, person, False),
                         ("pairings", "participants"))
        self.message.setText(QCoreApplication.translate("HandChanges", "{name} can now be paired: generate again, or pair them by hand.").format(name=name))

    def toggle_pin(self) -> None:
        program, pair, cycle_id = self.ctx.program, self.selected_row(), self.cycle_id
        if program is None or pair is None or cycle_id is None or self.ctx.read_only:
            return
        pinned = not pair.pinned
        problems = store.pin_problems(program, cycle_id, pair.id) if pinned else []
        if problems and not dialogs.confirm(
                self, QCoreApplication.translate("HandChanges", "Pin a pair that breaks a rule"),
                QCoreApplication.translate("HandChanges", "{join} A pin keeps it as it is through every new run. "
                "Pin anyway?").format(join=' '.join(problems)), QCoreApplication.translate("HandChanges", "Pin")):
            return
        self.ctx.perform((QCoreApplication.translate("HandChanges", "Pin {people}") if pinned else QCoreApplication.translate("HandChanges", "Unpin {people}")).format(people=pair.people()),
                         lambda: store.set_pinned(program, pair.id, pinned),
                         lambda: store.set_pinned(program, pair.id, not pinned), "pairings")

    def toggle_publish(self) -> None:
        program, cycle_id = self.ctx.program, self.cycle_id
        if program is None or cycle_id is None or self.ctx.read_only or not self.model.rows:
            return
        name = self._cycle_name()
        if self._published():
            if not dialogs.confirm(self, QCoreApplication.translate("HandChanges", "Unpublish pairs"), QCoreApplication.translate("HandChanges", "Unpublish the pairs of {name}? "
                                   "They stop counting for the no-repeat rule until you "
                                   "publish again.").format(name=name), QCoreApplication.translate("HandChanges", "Unpublish")):
                return
            before = store.snapshot(program, cycle_id)
            self.ctx.perform(QCoreApplication.translate("HandChanges", "Unpublish the pairs of {name}").format(name=name),
                             lambda: store.unpublish(program, cycle_id),
                             lambda: store.restore(program, cycle_id, before), "pairings")
            return
        count = len(self.model.rows)
        if not dialogs.confirm(self, QCoreApplication.translate("HandChanges", "Publish pairs"), QCoreApplication.translate("HandChanges", "Publish the {count} pairs and trios of "
                               "{name}? Published pairs are recorded, and nobody will be paired "
                               "with the same partner in a later cycle.").format(count=count, name=name), QCoreApplication.translate("HandChanges", "Publish")):
            return
        before = store.snapshot(program, cycle_id)
        self.ctx.perform(QCoreApplication.translate("HandChanges", "Publish the pairs of {name}").format(name=name), lambda: store.publish(program, cycle_id),
                         lambda: store.restore(program, cycle_id, before), "pairings")
        self.message.setText(QCoreApplication.translate("HandChanges", "The pairs of {name} are published.").format(name=name))

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
        self.ctx.perform(QCoreApplication.translate("HandChanges", "Change pairing rules and weights"),
                         lambda: store.set_pairing_settings(program, *new),
                         lambda: store.set_pairing_settings(program, *old),
                         ("settings", "pairings"))
        self.message.setText(QCoreApplication.translate("HandChanges", "Pairing rules and weights changed: generate again to use them."))
