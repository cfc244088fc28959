"""Intake answers in and the intake template out.

Answers come from a Google Forms export (CSV), a Microsoft Forms export (.xlsx), the
.xlsx template, or any CSV with recognisable headings. Each row is matched to a
participant by email; people not in the program are offered as new participants. Skill
names are brought to one vocabulary by :mod:`peerdesk.core.skills`: the plan carries
the proposed merges and the caller says which to take.

A later export of the same form holds the earlier answers again: a person whose answers
are the same as at the last import is left alone (even if the facilitator edited them
since), and for the others only what changed is written.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from peerdesk.core import intake as q
from peerdesk.core.models import LEARN, TEACH, Participant, SkillLevel, stored_id
from peerdesk.core.skills import (
    LevelError,
    Merge,
    SkillEntry,
    clean,
    propose_merges,
    split_answer,
)
from peerdesk.core.validation import valid_email
from peerdesk.io.mapping import IGNORE, RowProblem, apply_overrides, normalize_header
from peerdesk.io.people_links import name_key
from peerdesk.io.tabular import Cell, Table, cell_text
from peerdesk.store import participants as people_store
from peerdesk.store import skills as skills_store
from peerdesk.store.atomic import open_atomic
from peerdesk.store.people_import import delete_participant_rows
from peerdesk.store.program import Program

GRID = "teach:"  # a grid column's field: "teach:" + the skill in its heading
FIELDS: dict[str, str] = {
    q.NAME: "Full name", q.EMAIL: "Email", q.DEPARTMENT: "Department",
    q.TEACH_OTHER: "Can teach (skills, with levels)", q.LEARN: "Wants to learn (skills)",
    q.LEARN_OTHER: "Wants to learn (other skills)", q.CAPACITY: "Mentoring capacity",
    q.AVAILABILITY: "Availability", q.LEARN_FROM: "People they'd like to learn from",
    q.OPT_IN: "Takes part (opt-in)", q.CONSENT: "Consent",
}
_ALIASES = {
    q.NAME: ["name", "full name", "your name", "your full name", "participant", "employee"],
    q.EMAIL: ["email", "email address", "e mail", "work email", "your email",
              "your work email", "username", "respondent email"],
    q.DEPARTMENT: ["department", "dept", "team", "your department", "your team"],
    q.TEACH_OTHER: ["skills", "can teach", "could teach", "teach", "skills to teach",
                    "what could you teach a colleague", "other skills you could teach",
                    "expertise", "i can teach"],
    q.LEARN: ["wants to learn", "want to learn", "learn", "skills to learn", "interests",
              "what would you like to learn", "learning goals", "i want to learn"],
    q.LEARN_OTHER: ["other skills you would like to learn", "what would you like to learn other"],
    q.CAPACITY: ["capacity", "mentoring capacity", "buddy capacity", "buddies",
                 "how many colleagues could you buddy this cycle", "mentees"],
    q.AVAILABILITY: ["availability", "available", "when are you usually free for a session",
                     "preferred times"],
    q.LEARN_FROM: ["colleagues you would like to learn from", "people i d like to learn from",
                   "learn from", "preferred partners", "mentor preferences"],
    q.OPT_IN: ["opt in", "opted in", "take part", "participate",
               "would you like to take part in the peer learning program"],
    q.CONSENT: ["consent", "i agree", "gdpr consent"],
}
ALIASES = {a: f for f, names in _ALIASES.items() for a in names}
_TOOL_COLUMNS = {"timestamp", "id", "start time", "completion time", "last modified time",
                 "submitted", "submitted at", "response id", "total points", "score"}
_GRID_HEADING = re.compile(r"^(?P<question>.+?)\s*[\[.](?P<skill>[^\[\]]+)\]?\s*$")
_FUZZY_CUTOFF = 88  # rapidfuzz token_set_ratio for a heading reworded by the form's author


# -- the template ----------------------------------------------------------------------------

def program_questions(program: Program) -> list[q.IntakeQuestion]:
    return q.questions(people_store.list_skills(program), skills_store.active_departments(program))


def headings(qs: list[q.IntakeQuestion]) -> list[str]:
    """The columns of the template, and of a Google Forms export of the same form."""
    out = []
    for item in qs:
        if item.grid:
            out += [f"{item.text} [{skill}]" for skill in item.rows]
        else:
            out.append(item.text)
    return out


def write_template(qs: list[q.IntakeQuestion], path: Path | str, program_name: str = "") -> None:
    """An .xlsx to fill in: one row per person, drop-down lists where there are choices."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook's one sheet
    ws.title = "Answers"
    lists = wb.create_sheet("Choices")
    column = 1
    for item in qs:
        texts = [f"{item.text} [{s}]" for s in item.rows] if item.grid else [item.text]
        for text in texts:
            cell = ws.cell(row=1, column=column, value=text)
            cell.data_type = "s"  # a skill named "=…" stays text, never a formula
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            letter = cell.column_letter
            ws.column_dimensions[letter].width = 16 if item.grid else min(40, max(18, len(text) // 2))
            note = item.help
            choices: tuple[str, ...] = item.choices
            if item.key == q.LEARN and item.choices:
                note = ("Several, separated by commas. Choices: " + ", ".join(item.choices)
                        + "; other skills in your own words too.")
                choices = ()
            if item.key == q.CONSENT:
                choices = (q.YES,)
                note = q.CONSENT_TEXT + " Write Yes to agree."
            if choices and not item.other:
                lists.cell(row=1, column=column, value=text).data_type = "s"
                for i, choice in enumerate(choices, start=2):
                    lists.cell(row=i, column=column, value=choice).data_type = "s"
                ref = f"Choices!${letter}$2:${letter}${len(choices) + 1}"
                rule = DataValidation(type="list", formula1=ref, allow_blank=True)
                rule.error = "Choose one of the listed answers."
                ws.add_data_validation(rule)
                rule.add(f"{letter}2:{letter}1000")
            if note:
                cell.comment = Comment(note, "PeerDesk")
            column += 1
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 60
    lists.sheet_state = "hidden"
    how = wb.create_sheet("How to fill in", 1)
    how["A1"] = f"Intake form{' — ' + program_name if program_name else ''}"
    how["A1"].font = Font(bold=True, size=14)
    lines = ["One row per person on the “Answers” sheet. Keep the headings as they are: "
             "PeerDesk reads them when the answers are imported (File > Import Intake).",
             "Skills you could teach: choose Basic, Good or Expert in the skill's column; "
             "other skills in “" + q.TEXTS[q.TEACH_OTHER] + "” as “Negotiation (Expert)”.",
             "Several answers in one cell are separated by commas."]
    for i, line in enumerate(lines, start=3):
        how.cell(row=i, column=1, value=line)
    how.column_dimensions["A"].width = 110
    with open_atomic(path) as fh:
        wb.save(fh)


# -- reading the answers ---------------------------------------------------------------------

def auto_map(headers: list[str]) -> list[str]:
    """Each column's field: a meta column, a question by its wording (or nearly), a grid
    column ("…could you teach…? [Python]"), or IGNORE."""
    teach_norm = normalize_header(q.TEXTS[q.TEACH])
    used: set[str] = set()
    mapping = []
    for header in headers:
        norm = normalize_header(header)
        target = IGNORE
        grid = _GRID_HEADING.match(str(header))
        if grid and _close(normalize_header(grid.group("question")), teach_norm):
            target = GRID + clean(grid.group("skill"))
        elif norm and norm not in _TOOL_COLUMNS:
            target = ALIASES.get(norm, IGNORE)
            if not target:
                best = max(ALIASES, key=lambda a: fuzz.token_set_ratio(norm, a))
                if len(best) > 8 and fuzz.token_set_ratio(norm, best) >= _FUZZY_CUTOFF:
                    target = ALIASES[best]
        if target and target in used:
            target = IGNORE
        if target:
            used.add(target)
        mapping.append(target)
    return mapping


def _close(a: str, b: str) -> bool:
    return a == b or fuzz.ratio(a, b) >= _FUZZY_CUTOFF


def map_columns(headers: list[str], specs: list[str] | None = None) -> list[str]:
    mapping = auto_map(headers)
    if specs:
        targets = dict(FIELDS)
        targets.update({m: f"Can teach {m[len(GRID):]}" for m in mapping if m.startswith(GRID)})
        mapping = apply_overrides(headers, mapping, specs, targets)
    return mapping


@dataclass(slots=True)
class Answer:
    """One person's answers, as read (skills not yet merged)."""

    row: int
    email: str
    name: str = ""
    fields: dict[str, object] = field(default_factory=dict)  # department, capacity, ...
    teach: list[SkillEntry] = field(default_factory=list)
    learn: list[SkillEntry] = field(default_factory=list)
    learn_from: list[str] = field(default_factory=list)
    fingerprint: str = ""
    participant_id: int | None = None


@dataclass(slots=True)
class Change:
    """What one import does to one person: the new state, and what differs in words."""

    answer: Answer
    person: Participant
    what: list[str]  # "department", "skills", ... (empty: unchanged)
    new: bool = False
    add: bool = True  # a new person is added only when the user says so


@dataclass(slots=True)
class IntakePlan:
    table: Table
    mapping: list[str]
    answers: list[Answer] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    blocking: list[str] = field(default_factory=list)
    same_as_before: list[int] = field(default_factory=list)  # rows answered as last time
    vocabulary: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.blocking

    @property
    def bad_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})


def build_plan(program: Program, table: Table, mapping: list[str] | None = None) -> IntakePlan:
    """Read every row; match people; propose skill merges. Writes nothing."""
    mapping = list(mapping) if mapping is not None else map_columns(table.headers)
    mapping += [IGNORE] * (len(table.headers) - len(mapping))
    plan = IntakePlan(table, mapping, vocabulary=people_store.list_skills(program))
    col = {f: i for i, f in enumerate(mapping) if f and not f.startswith(GRID)}
    grid = [(i, f[len(GRID):]) for i, f in enumerate(mapping) if f.startswith(GRID)]
    if q.EMAIL not in col:
        plan.blocking.append("No column holds the email addresses, which match the answers "
                             "to participants: map a column to “Email”.")
        return plan
    known = {p.email.casefold(): p.id for p in people_store.list_participants(program) if p.email}
    before = skills_store.intake_fingerprints(program)
    by_email: dict[str, Answer] = {}
    for record, number in zip(table.rows, table.row_numbers, strict=True):
        answer = _read_row(plan, record, number, col, grid)
        if answer is None:
            continue
        key = answer.email.casefold()
        if key in by_email:
            plan.notes.append(f"Row {number}: {answer.email} answered again (row "
                              f"{by_email[key].row}); the later answer is used.")
        answer.participant_id = known.get(key)
        by_email[key] = answer
    for answer in by_email.values():
        if answer.participant_id is not None and before.get(answer.email.casefold()) == \
                answer.fingerprint:
            plan.same_as_before.append(answer.row)
            continue
        plan.answers.append(answer)
    plan.answers.sort(key=lambda a: a.row)
    names = Counter(e.name for a in plan.answers for e in (*a.teach, *a.learn))
    vocab_fold = {v.casefold() for v in plan.vocabulary}
    new_names = [n for n in names if n.casefold() not in vocab_fold]
    uses = Counter(names)
    plan.merges = propose_merges(list(names), vocabulary=plan.vocabulary, uses=uses,
                                 only_touching=new_names)
    return plan


def _read_row(plan: IntakePlan, record: list[Cell], number: int, col: dict[str, int],
              grid: list[tuple[int, str]]) -> Answer | None:
    headers = plan.table.headers

    def text(f: str) -> str:
        i = col.get(f)
        return clean(cell_text(record[i])) if i is not None and i < len(record) else ""

    if not any(cell_text(c).strip() for c in record):
        return None
    email = text(q.EMAIL)
    if not email or not valid_email(email):
        plan.problems.append(RowProblem(number, headers[col[q.EMAIL]],
                                        f"“{email}” is not an email address; the answers are "
                                        "matched to people by email." if email else
                                        "No email: the answers cannot be matched to anyone."))
        return None
    if q.CONSENT in col and not _yes(text(q.CONSENT), consent=True):
        plan.notes.append(f"Row {number}: {email} did not give consent; their answers were "
                          "left out.")
        return None
    answer = Answer(number, email, name=text(q.NAME))
    for f in (q.DEPARTMENT, q.AVAILABILITY):
        if text(f):
            answer.fields[f] = text(f)
    if text(q.CAPACITY):
        found = re.match(r"^\s*(\d+)", text(q.CAPACITY))
        if not found or int(found.group(1)) > 20:
            plan.problems.append(RowProblem(number, headers[col[q.CAPACITY]],
                                            f"“{text(q.CAPACITY)}” is not a number of people "
                                            "(0 to 20)."))
            return None
        answer.fields[q.CAPACITY] = int(found.group(1))
    if text(q.OPT_IN):
        answer.fields[q.OPT_IN] = _yes(text(q.OPT_IN))
    for i, skill in grid:
        level = q.level_of(cell_text(record[i])) if i < len(record) else None
        said = cell_text(record[i]).strip() if i < len(record) else ""
        if said and level is None and said.casefold() not in ("no", "none", "-", "0"):
            plan.problems.append(RowProblem(number, headers[i], f"“{said}” is not a level: "
                                            "write Basic, Good or Expert (or 1, 2, 3)."))
            return None
        if level is not None:
            answer.teach.append(SkillEntry(skill, level))
    try:
        answer.teach += split_answer(text(q.TEACH_OTHER))
        answer.learn = split_answer(text(q.LEARN)) + split_answer(text(q.LEARN_OTHER))
    except LevelError as exc:
        plan.problems.append(RowProblem(number, "", str(exc)))
        return None
    answer.learn_from = [clean(x) for x in re.split(r"[,;\n]+", text(q.LEARN_FROM)) if clean(x)]
    digest = "\x1f".join(cell_text(record[i]).strip() if i < len(record) else ""
                         for i, f in enumerate(plan.mapping) if f)
    answer.fingerprint = hashlib.sha256(digest.encode("utf-8")).hexdigest()[:16]
    return answer


def _yes(text: str, consent: bool = False) -> bool:
    t = text.strip().casefold()
    if not t:
        return False
    if t in ("no", "n", "false", "0", "nein", "non", "não", "nao"):
        return False
    return True if consent else t in ("yes", "y", "true", "1", "ja", "oui", "sim", "sí", "si",
                                      "x", "✓") or t.startswith("yes")


# -- what the import does ----------------------------------------------------------------------

def changes(program: Program, plan: IntakePlan, merges: list[Merge] | None = None) -> list[Change]:
    """Each person's state after the import, with the accepted merges taken."""
    taken = {n.casefold(): m.into for m in (merges if merges is not None else plan.merges)
             if m.accepted for n in m.names}
    vocab = {v.casefold(): v for v in plan.vocabulary}

    def name(n: str) -> str:
        n = taken.get(n.casefold(), n)
        return vocab.get(n.casefold(), n)

    out = []
    for answer in plan.answers:
        if answer.participant_id is not None:
            person = people_store.get_participant(program, answer.participant_id)
            new = False
        else:
            person = Participant(name=answer.name or "", email=answer.email)
            new = True
        old = (person.department, person.availability, person.capacity, person.opted_in,
               sorted((s.skill.casefold(), s.direction, s.level) for s in person.skills))
        what = []
        for f, attr in ((q.DEPARTMENT, "department"), (q.AVAILABILITY, "availability"),
                        (q.CAPACITY, "capacity"), (q.OPT_IN, "opted_in")):
            if f in answer.fields and getattr(person, attr) != answer.fields[f]:
                setattr(person, attr, answer.fields[f])
                what.append(FIELDS[f].split(" (")[0].lower())
        for direction, entries in ((TEACH, answer.teach), (LEARN, answer.learn)):
            if not entries:
                continue
            kept = [s for s in person.skills if s.direction != direction]
            previous = {s.skill.casefold(): s.level for s in person.skills
                        if s.direction == direction}
            merged: dict[str, SkillLevel] = {}
            for e in entries:
                skill = name(e.name)
                level = e.level or previous.get(skill.casefold(), 2)
                if skill.casefold() not in merged or merged[skill.casefold()].level < level:
                    merged[skill.casefold()] = SkillLevel(skill, direction, level)
            person.skills = kept + list(merged.values())
        if sorted((s.skill.casefold(), s.direction, s.level) for s in person.skills) != old[4]:
            what.append("skills")
        if new and not person.name:
            person.name = answer.email.split("@")[0].replace(".", " ").title()
        out.append(Change(answer, person, what, new=new))
    return out


@dataclass(slots=True)
class IntakeResult:
    added: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    merged: int = 0
    unknown_learn_from: list[str] = field(default_factory=list)
    undo: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> str:
        text = f"{len(self.added)} added, {len(self.updated)} updated"
        if self.merged:
            text += f", {self.merged} skill {'merge' if self.merged == 1 else 'merges'} taken"
        return text


def apply_plan(program: Program, plan: IntakePlan, merges: list[Merge] | None = None,
               add_new: bool | set[str] = False, ids: list[int] | None = None) -> IntakeResult:
    """Write the plan in one transaction. ``add_new`` is True for every new person, or the
    emails (lower case) of those to add; ``ids`` re-uses the ids of an undone apply."""
    if plan.blocking:
        raise ValueError("; ".join(plan.blocking))
    merges = plan.merges if merges is None else merges
    result = IntakeResult()
    with program.atomic():
        result.undo = {"settings": skills_store.intake_settings(program),
                       "skills": people_store.list_skills(program), "people": [], "merges": []}
        for m in merges:
            existing = [n for n in m.names if skills_store.skill_id(program, n) is not None]
            if m.accepted and existing:
                result.undo["merges"].append(skills_store.merge_skills(program, existing, m.into))
        result.merged = sum(1 for m in merges if m.accepted)
        plan.vocabulary = people_store.list_skills(program)
        todo = changes(program, plan, merges)
        fingerprints = skills_store.intake_fingerprints(program)
        next_ids = list(ids or [])
        for change in todo:
            answer = change.answer
            if change.new:
                wanted = add_new is True or (isinstance(add_new, set)
                                             and answer.email.casefold() in add_new)
                if not wanted:
                    continue
                if next_ids:
                    change.person.id = next_ids.pop(0)
                answer.participant_id = people_store.add_participant(program, change.person)
                result.added.append(answer.participant_id)
            elif change.what:
                person_id = stored_id(change.person.id)
                result.undo["people"].append(people_store.get_participant(program, person_id))
                people_store.update_participant(program, change.person)
                result.updated.append(person_id)
            fingerprints[answer.email.casefold()] = answer.fingerprint
        learn = skills_store.learn_from(program)
        everyone = people_store.list_participants(program, include_archived=False)
        for answer in plan.answers:
            if answer.participant_id is None or not answer.learn_from:
                continue
            found, unknown = resolve_people(answer.learn_from, everyone)
            learn[answer.participant_id] = [i for i in found if i != answer.participant_id]
            result.unknown_learn_from += [f"{answer.email}: {u}" for u in unknown]
        skills_store.write_intake_settings(program, learn, fingerprints)
    return result


def undo_intake(program: Program, result: IntakeResult) -> None:
    """Put everything back: people as they were, the added ones gone, merges undone."""
    undo = result.undo
    with program.atomic():
        delete_participant_rows(program, result.added)
        # The merged names come back first, so the people's old skills find them.
        for snap in reversed(undo["merges"]):
            skills_store.restore_skills(program, snap)
        for person in undo["people"]:
            people_store.update_participant(program, person, validate=False)
        before = {s.casefold() for s in undo["skills"]}
        for name in people_store.list_skills(program):
            if name.casefold() not in before:
                with suppress(ValueError):  # used again by something else since: keep it
                    skills_store.delete_unused_skill(program, name)
        skills_store.restore_intake_settings(program, undo["settings"])


def resolve_people(said: list[str], everyone: list[Participant]) -> tuple[list[int], list[str]]:
    """Names or emails -> participant ids; what matched nobody (or several) comes back."""
    by_email = {p.email.casefold(): p.id for p in everyone if p.email}
    by_name: dict[str, list[int]] = {}
    for p in everyone:
        by_name.setdefault(name_key(p.name), []).append(stored_id(p.id))
    found, unknown = [], []
    for item in said:
        pid = by_email.get(item.casefold())
        if pid is None:
            ids = by_name.get(name_key(item), [])
            if len(ids) != 1:
                close = [stored_id(p.id) for p in everyone if fuzz.ratio(name_key(p.name), name_key(item)) >= 90]
                ids = close if len(close) == 1 else ids
            pid = ids[0] if len(ids) == 1 else None
        if pid is None:
            unknown.append(item)
        elif pid not in found:
            found.append(pid)
    return found, unknown
