"""Undoable edits of the Participants tab, each one command on the context's undo stack.

A deletion keeps the store's snapshot, so undo brings the person back with the same id;
redoing an addition re-inserts with the id the first run gave.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from peerdesk.core.models import Participant, stored_id
from peerdesk.store import participants as store
from peerdesk.ui.context import Area, ProgramContext


def add(ctx: ProgramContext, person: Participant) -> int:
    program = ctx.require_program()
    new_id = ctx.perform(
        QCoreApplication.translate("ParticipantsTab", "Add {name}").format(name=person.name),
        lambda: store.add_participant(program, replace(person)),
        lambda: store.delete_participant(program, stored_id(person.id)),
        Area.PARTICIPANTS,
    )
    return new_id


def update(ctx: ProgramContext, person: Participant) -> None:
    program = ctx.require_program()
    before = store.get_participant(program, stored_id(person.id))
    ctx.perform(QCoreApplication.translate("ParticipantsTab", "Edit {name}").format(name=person.name),
                lambda: store.update_participant(program, person),
                lambda: store.update_participant(program, before, validate=False),
                Area.PARTICIPANTS)


def archive(ctx: ProgramContext, person: Participant, reason: str, left: bool) -> None:
    program = ctx.require_program()
    ctx.perform(QCoreApplication.translate("ParticipantsTab", "Archive {name}").format(name=person.name),
                lambda: store.archive_participant(program, stored_id(person.id), reason, left_company=left),
                lambda: store.unarchive_participant(program, stored_id(person.id)),
                Area.PARTICIPANTS)


def unarchive(ctx: ProgramContext, person: Participant) -> None:
    program = ctx.require_program()
    before = store.get_participant(program, stored_id(person.id))
    ctx.perform(QCoreApplication.translate("ParticipantsTab", "Unarchive {name}").format(name=person.name),
                lambda: store.unarchive_participant(program, stored_id(person.id)),
                lambda: store.update_participant(program, before, validate=False),
                Area.PARTICIPANTS)


def delete(ctx: ProgramContext, person: Participant) -> None:
    program = ctx.require_program()
    state: dict = {}

    def do():
        state["snap"] = store.delete_participant(program, stored_id(person.id))

    ctx.perform(QCoreApplication.translate("ParticipantsTab", "Delete {name}").format(name=person.name),
                do, lambda: store.restore(program, state["snap"]), Area.PARTICIPANTS)
