"""Reading an intake answers file into a plan: each row checked, matched to a participant
by email, and the skill merges proposed. Nothing is written here."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from peerdesk.core import intake as q
from peerdesk.core.skills import LevelError, Merge, SkillEntry, clean, propose_merges, split_answer
from peerdesk.core.validation import valid_email
from peerdesk.i18n import _
from peerdesk.io.intake_columns import GRID, map_columns
from peerdesk.io.mapping import IGNORE, RowProblem
from peerdesk.io.tabular import Cell, Table, cell_text
from peerdesk.store import participants as people_store
from peerdesk.store import skills as skills_store
from peerdesk.store.program import Program


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
        plan.blocking.append(_("No column holds the email addresses, which match the answers "
                               "to participants: map a column to “Email”."))
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
            plan.notes.append(_("Row {row}: {email} answered again (row {first}); the later "
                                "answer is used.").format(row=number, email=answer.email,
                                                          first=by_email[key].row))
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
                                        _("“{email}” is not an email address; the answers are "
                                          "matched to people by email.").format(email=email)
                                        if email else
                                        _("No email: the answers cannot be matched to anyone.")))
        return None
    if q.CONSENT in col and not _yes(text(q.CONSENT), consent=True):
        plan.notes.append(_("Row {row}: {email} did not give consent; their answers were "
                            "left out.").format(row=number, email=email))
        return None
    answer = Answer(number, email, name=text(q.NAME))
    for f in (q.DEPARTMENT, q.AVAILABILITY):
        if text(f):
            answer.fields[f] = text(f)
    if text(q.CAPACITY):
        found = re.match(r"^\s*(\d+)", text(q.CAPACITY))
        if not found or int(found.group(1)) > 20:
            plan.problems.append(RowProblem(number, headers[col[q.CAPACITY]],
                                            _("“{said}” is not a number of people "
                                              "(0 to 20).").format(said=text(q.CAPACITY))))
            return None
        answer.fields[q.CAPACITY] = int(found.group(1))
    if text(q.OPT_IN):
        answer.fields[q.OPT_IN] = _yes(text(q.OPT_IN))
    for i, skill in grid:
        level = q.level_of(cell_text(record[i])) if i < len(record) else None
        said = cell_text(record[i]).strip() if i < len(record) else ""
        if said and level is None and said.casefold() not in _NOT_TAUGHT \
                and said.casefold() not in q.no_words():
            basic, good, expert = q.levels()
            # TRANSLATORS: {basic}, {good} and {expert} are the level names the intake form
            # offers in your language.
            plan.problems.append(RowProblem(number, headers[i], _(
                "“{said}” is not a level: write {basic}, {good} or {expert} (or 1, 2, 3).").format(
                    said=said, basic=basic, good=good, expert=expert)))
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


# An empty-looking answer in a grid row: the person would not teach that skill.
_NOT_TAUGHT = frozenset({"none", "-", "0", "keine", "nenhum", "nenhuma", "ninguno", "ninguna",
                         "aucun", "aucune"})


def _yes(text: str, consent: bool = False) -> bool:
    """Whether an answer says yes, in any language PeerDesk speaks; for consent, any answer
    but a no (a ticked box exports as the consent sentence itself)."""
    t = text.strip().casefold()
    if not t:
        return False
    if t in q.no_words():
        return False
    return True if consent else t in q.yes_words() or t.startswith("yes")
