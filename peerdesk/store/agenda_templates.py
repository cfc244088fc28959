"""Agenda templates: named, reusable agendas a new session can start from.

Kept apart from sessions because a template belongs to the program, not to any one
session: editing or deleting a template never touches an agenda already copied from
it. Sessions use :func:`get_template`; this module needs nothing from them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from peerdesk.core.agenda import AgendaTemplate, check_agenda
from peerdesk.core.models import AgendaItem
from peerdesk.core.validation import Problem, ValidationError
from peerdesk.i18n import _
from peerdesk.store.program import Program, row_id


def _item(r: Mapping[str, Any]) -> AgendaItem:
    return AgendaItem(id=r["id"], title=r["title"], minutes=r["minutes"], lead=r["lead"],
                      notes=r["notes"], position=r["position"])


def list_templates(program: Program) -> list[AgendaTemplate]:
    templates = [AgendaTemplate(id=r["id"], key=r["key"], name=r["name"])
                 for r in program.db.query("SELECT * FROM agenda_templates ORDER BY id")]
    by_id = {t.id: t for t in templates}
    for r in program.db.query("SELECT * FROM agenda_template_items ORDER BY template_id, "
                              "position, id"):
        by_id[r["template_id"]].items.append(_item(r))
    return templates


def get_template(program: Program, key: str) -> AgendaTemplate:
    templates = list_templates(program)
    found = next((t for t in templates if t.key == key.strip().lower()), None)
    if found is None:
        found = next((t for t in templates if t.name.lower() == key.strip().lower()), None)
    if found is None:
        keys = ", ".join(t.key for t in templates) or _("none")
        raise ValidationError([Problem("template", _("Template: there is no agenda template "
                                                     "“{key}” (there are: {keys}).").format(
                                                         key=key, keys=keys))])
    return found


def save_template(program: Program, template: AgendaTemplate) -> int:
    """Insert or update (by key) a template with its items; returns its id."""
    key = template.key.strip().lower()
    problems = [] if key else [Problem("key", _("Template: a short key is required."))]
    if not template.name.strip():
        problems.append(Problem("name", _("Template: a name is required.")))
    if not template.items:
        problems.append(Problem("items", _("Template: a template needs at least one item.")))
    problems.extend(check_agenda(template.items))
    if problems:
        raise ValidationError(problems)
    db = program.db
    with program.atomic():
        row = db.execute("SELECT id FROM agenda_templates WHERE key = ?", [key]).fetchone()
        if row:
            template_id = int(row[0])
            db.table("agenda_templates").update(template_id, {"name": template.name.strip()})
        else:
            values: dict[str, object] = {"key": key, "name": template.name.strip()}
            if template.id is not None:
                values["id"] = template.id
            template_id = row_id(db.table("agenda_templates").insert(values).last_pk)
        db.execute("DELETE FROM agenda_template_items WHERE template_id = ?", [template_id])
        db.table("agenda_template_items").insert_all(
            {"template_id": template_id, "position": i, "title": item.title.strip(),
             "minutes": int(item.minutes), "lead": item.lead.strip(), "notes": item.notes}
            for i, item in enumerate(template.items))
    return template_id


def delete_template(program: Program, key: str) -> AgendaTemplate:
    """Delete a template; returns it so undo can :func:`save_template` it back."""
    template = get_template(program, key)
    with program.atomic():
        program.db.execute("DELETE FROM agenda_templates WHERE id = ?", [template.id])
    return template
