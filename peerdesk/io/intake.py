"""Intake answers in and the intake template out.

Answers come from a Google Forms export (CSV), a Microsoft Forms export (.xlsx), the
.xlsx template, or any CSV with recognisable headings. Each row is matched to a
participant by email; people not in the program are offered as new participants. Skill
names are brought to one vocabulary by :mod:`peerdesk.core.skills`: the plan carries
the proposed merges and the caller says which to take.

A later export of the same form holds the earlier answers again: a person whose answers
are the same as at the last import is left alone (even if the facilitator edited them
since), and for the others only what changed is written.

The work is in four modules: :mod:`~peerdesk.io.intake_template` (the .xlsx to fill in),
:mod:`~peerdesk.io.intake_columns` (which column holds which question),
:mod:`~peerdesk.io.intake_read` (the plan) and :mod:`~peerdesk.io.intake_apply` (writing it);
the window, the command line and the tests use them through this one.
"""

from __future__ import annotations

from peerdesk.io.intake_apply import (
    Change,
    IntakeResult,
    apply_plan,
    changes,
    resolve_people,
    undo_intake,
)
from peerdesk.io.intake_columns import (
    ALIASES,
    FIELDS,
    GRID,
    auto_map,
    field_label,
    field_labels,
    map_columns,
)
from peerdesk.io.intake_read import Answer, IntakePlan, build_plan
from peerdesk.io.intake_template import (
    form_language,
    headings,
    program_questions,
    write_template,
)

__all__ = [
    "ALIASES", "FIELDS", "GRID", "Answer", "Change", "IntakePlan", "IntakeResult", "apply_plan",
    "auto_map", "build_plan", "changes", "field_label", "field_labels", "form_language",
    "headings", "map_columns", "program_questions",
    "resolve_people", "undo_intake", "write_template",
]
