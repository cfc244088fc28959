"""Writing a checked import plan, in one transaction, and taking it back (undo).

Rows go in through the store's bulk functions (:mod:`peerdesk.store.people_import`)
rather than one ``add_participant`` each: the plan was already checked in bulk, and
per-row validation re-reads the whole table every time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peerdesk.i18n import _
from peerdesk.io import hr_skills
from peerdesk.io.people_plan import PROGRESS_EVERY, ImportCancelled, PeoplePlan, Progress
from peerdesk.store import people_import as rows_store
from peerdesk.store.feedback_gate import people_change
from peerdesk.store.program import Program


@dataclass(slots=True)
class PeopleResult:
    new_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)
    archived_ids: list[int] = field(default_factory=list)
    before: list[dict[str, Any]] = field(default_factory=list)  # rows as they were, for undo
    skills_before: list[dict[str, Any]] = field(default_factory=list)  # skill rows replaced (undo)
    skills_written: dict[int, list[str]] = field(default_factory=dict)  # id -> directions

    def summary(self) -> str:
        text = _("{added} added, {updated} updated").format(added=len(self.new_ids),
                                                             updated=len(self.updated_ids))
        if self.archived_ids:
            text += ", " + _("{n} archived").format(n=len(self.archived_ids))
        return text


def apply_plan(program: Program, plan: PeoplePlan, archive_missing: bool = False,
               ids: list[int] | None = None, today: date | None = None,
               reason: str | None = None,
               progress: Progress | None = None) -> PeopleResult:
    """Write the plan's good rows (bad rows are left out). ``ids`` re-uses the ids of an
    earlier apply, so redo after undo gives every person the id they had. ``reason`` is kept
    on each archived person (“No longer in the HR file”, in the user's language, if none)."""
    if reason is None:
        reason = _("No longer in the HR file")
    if not plan.can_write:
        raise ValueError(_("The plan is blocked: {reasons}").format(reasons="; ".join(
            plan.blocking or [_("the date order is not chosen")])))
    result = PeopleResult()
    with program.atomic(), people_change(program):
        if ids is None:
            start = rows_store.next_participant_id(program)
            ids = list(range(start, start + len(plan.new)))
        key_to_id = {row["id"]: new_id for row, new_id in zip(plan.new, ids, strict=True)}

        def real(manager: object) -> object:
            if not isinstance(manager, int):
                return manager
            if manager < 0 and manager not in key_to_id:
                return None  # a manager on a bad row left out: the name and email stay
            return key_to_id.get(manager, manager)

        touched = [u.id for u in plan.updates]
        if archive_missing:
            touched += [m["id"] for m in plan.missing]
        result.before = rows_store.participant_rows(program, touched)
        if plan.new:
            columns = [c for c in plan.new[0] if c != "id"]
            step = PROGRESS_EVERY * 5
            for start_at in range(0, len(plan.new), step):
                if progress is not None and not progress(start_at, len(plan.new), _("Writing")):
                    raise ImportCancelled  # inside the transaction: nothing is kept
                rows_store.insert_participant_rows(program, columns, [
                    [key_to_id[r["id"]], *(None if c == "manager_id" else r[c] for c in columns)]
                    for r in plan.new[start_at:start_at + step]])
            rows_store.set_managers(
                program, [(real(r["manager_id"]), key_to_id[r["id"]]) for r in plan.new
                          if r.get("manager_id") is not None])
        rows_store.update_participant_rows(program, (
            (update.id, {c: real(v) if c == "manager_id" else v
                         for c, v in update.changes.items()})
            for update in plan.updates))
        if archive_missing and plan.missing:
            rows_store.archive_rows(program, (today or date.today()).isoformat(), reason,
                                    [m["id"] for m in plan.missing])
        result.skills_before = hr_skills.write_skills(program, plan, key_to_id)
        result.skills_written = {key_to_id.get(k, k): sorted({s.direction for s in v})
                                 for k, v in plan.skills.items()}
    result.new_ids = list(ids)
    result.updated_ids = [u.id for u in plan.updates] + list(plan.skill_only)
    result.archived_ids = [m["id"] for m in plan.missing] if archive_missing else []
    return result


def undo_import(program: Program, result: PeopleResult) -> None:
    """Put every updated or archived row back as it was and delete the added ones."""
    with program.atomic(), people_change(program):
        hr_skills.undo_skills(program, result.skills_written, result.skills_before)
        rows_store.update_participant_rows(
            program, ((row["id"], {c: v for c, v in row.items() if c != "id"})
                      for row in result.before))
        rows_store.delete_participant_rows(program, result.new_ids)

