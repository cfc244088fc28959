"""Fill a brand-new program file with the defaults every program starts from."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from peerdesk.core import defaults

if TYPE_CHECKING:
    from peerdesk.store.program import Program


def seed_new_program(program: Program, name: str, language: str = "en") -> None:
    """The defaults in the program's ``language``: its conduct, templates and questions."""
    from peerdesk.store.program import row_id

    db = program.db
    if name:
        db.table("settings").upsert({"key": "program_name", "value": json.dumps(name)}, pk="key")
    db.table("conduct_versions").insert(
        {"version": 1, "text": defaults.conduct_text(language), "created_on": date.today().isoformat()}
    )
    for key, (template_name, items) in defaults.agenda_templates(language).items():
        template_id = row_id(db.table("agenda_templates").insert({"key": key, "name": template_name}).last_pk)
        db.table("agenda_template_items").insert_all(
            {"template_id": template_id, "position": i, "title": t, "minutes": m, "lead": lead,
             "notes": notes}
            for i, (t, m, lead, notes) in enumerate(items)
        )
    db.table("feedback_questions").insert_all(
        {"key": q.key, "text": q.text, "kind": q.kind, "min_value": q.min_value,
         "max_value": q.max_value, "reverse": int(q.reverse), "grp": q.group,
         "position": q.position, "active": 1}
        for q in defaults.questions(language)
    )
