"""The paper forms of one session as a table: one row per form, one column per question.

The last row is the draft: the form being typed. Each cell is checked as it is typed
(an out-of-range answer is refused with a message and not kept); the draft becomes a
stored form when its row is finished. The model never writes to the program itself: it
announces ``formFinished`` (a new form) and ``formEdited`` (a corrected one) and the tab
saves them through the undo stack.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from peerdesk.core.answers import check_answers
from peerdesk.core.models import FeedbackQuestion
from peerdesk.core.validation import resolve
from peerdesk.store.feedback import PaperForm
from peerdesk.ui.qt_types import ModelIndex

PERSON, DEPARTMENT, SKILL = "person", "department", "skill"
DRAFT_BRUSH = QBrush(QColor("#f3f8fa"))


def columns_for(questions: list[FeedbackQuestion], named: bool = False) -> list[str]:
    """Department first, as on the paper (after the person's name in a named program); the
    skill just before the first confidence answer."""
    columns = [PERSON, DEPARTMENT] if named else [DEPARTMENT]
    for q in questions:
        if q.kind == "confidence" and SKILL not in columns:
            columns.append(SKILL)
        columns.append(q.key)
    return columns


def describe(q: FeedbackQuestion, number: int) -> str:
    """The question as the facilitator reads it off the paper: number, words, scale."""
    scale = QCoreApplication.translate("feedback.entry_model", "free text") if q.kind == "text" else f"{q.min_value} to {q.max_value}"
    reverse = QCoreApplication.translate("feedback.entry_model", ", reverse-scored") if q.reverse else ""
    return f"{number}. {q.text} ({scale}{reverse})"


class FormsModel(QAbstractTableModel):
    refused = Signal(str)  # a value that was not kept, and why
    formFinished = Signal(object)  # PaperForm: the draft, complete
    formEdited = Signal(object)  # PaperForm: a stored form with a corrected cell

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.questions: list[FeedbackQuestion] = []
        self.columns: list[str] = []
        self.forms: list[PaperForm] = []
        self.draft: PaperForm | None = None
        self.departments: list[str] = []
        self.skills: list[str] = []
        self.people: dict[int, tuple[str, str]] = {}  # id -> (name, department); named programs
        self.editable = True
        self.last_refused: ModelIndex | None = None

    # -- loading ---------------------------------------------------------------------
    def set_forms(self, questions: list[FeedbackQuestion], forms: list[PaperForm],
                  draft: PaperForm | None, departments: list[str], skills: list[str],
                  editable: bool = True,
                  people: dict[int, tuple[str, str]] | None = None) -> None:
        """Same columns and forms as shown: refresh in place, so an open editor survives.

        ``people`` (id -> name, department) is given only when feedback is named: it adds
        the Person column."""
        columns = columns_for(questions, named=people is not None)
        self.people = people or {}
        same = (columns == self.columns and [f.id for f in forms] == [f.id for f in self.forms]
                and (draft is None) == (self.draft is None) and editable == self.editable)
        if not same:
            self.beginResetModel()
        self.questions, self.columns, self.forms = questions, columns, forms
        self.departments, self.skills, self.editable = departments, skills, editable
        if draft is not None and self.draft is not None and same \
                and (draft.session_id, draft.phase) == (self.draft.session_id, self.draft.phase):
            draft = self.draft  # keep what is being typed
        self.draft = draft
        if same:
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self.rowCount() - 1, self.columnCount() - 1))
        else:
            self.endResetModel()

    def clear_draft(self) -> None:
        if self.draft is not None:
            self.draft = replace(self.draft, answers={}, department="", skill="", id=None,
                                 participant_id=None)
            row = self.draft_row()
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- shape -----------------------------------------------------------------------
    def draft_row(self) -> int:
        return len(self.forms) if self.draft is not None and self.editable else -1

    def form_at(self, row: int) -> PaperForm | None:
        if 0 <= row < len(self.forms):
            return self.forms[row]
        return self.draft if row == self.draft_row() else None

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self.forms) + (1 if self.draft_row() >= 0 else 0)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def question(self, column: int) -> FeedbackQuestion | None:
        key = self.columns[column] if 0 <= column < len(self.columns) else None
        return next((q for q in self.questions if q.key == key), None)

    # -- reading ---------------------------------------------------------------------
    def _value(self, form: PaperForm, key: str) -> str:
        if key == PERSON:
            pid = form.participant_id
            return self.people.get(pid, ("", ""))[0] if pid is not None else ""
        if key == DEPARTMENT:
            return form.department
        if key == SKILL:
            return form.skill
        return str(form.answers.get(key, ""))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        form = self.form_at(index.row()) if index.isValid() else None
        if form is None:
            return None
        key = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._value(form, key)
        if role == Qt.ItemDataRole.BackgroundRole and index.row() == self.draft_row():
            return DRAFT_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and (q := self.question(index.column())) \
                and q.kind != "text":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            q = self.question(index.column())
            return q.text if q else None
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("New") if section == self.draft_row() else str(section + 1)
            if role == Qt.ItemDataRole.ToolTipRole and section == self.draft_row():
                return self.tr("Type the next paper form here; it is saved when you finish the row.")
            return None
        if not 0 <= section < len(self.columns):
            return None
        key = self.columns[section]
        q = self.question(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if q is None:
                return {PERSON: self.tr("Person"), DEPARTMENT: self.tr("Department")}.get(key, self.tr("Skill"))
            return f"Q{self.questions.index(q) + 1}"  # the number printed on the form
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.describe(section)
        return None

    def describe(self, column: int) -> str:
        """Words for the column under the cursor, shown beside the grid while typing."""
        q = self.question(column)
        if q is not None:
            return describe(q, self.questions.index(q) + 1)
        if 0 <= column < len(self.columns) and self.columns[column] == SKILL:
            return self.tr("Skill: the skill the confidence answer is about (type the first letters).")
        if 0 <= column < len(self.columns) and self.columns[column] == PERSON:
            return self.tr("Person: who filled in the form (feedback is named in this program).")
        return self.tr("Department: the respondent's department, optional (type the first letters).")

    def flags(self, index: ModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.editable else base

    # -- typing ----------------------------------------------------------------------
    def _refuse(self, index: ModelIndex, message: str) -> bool:
        self.last_refused = index
        self.refused.emit(message)
        return False

    def setData(self, index: ModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        form = self.form_at(index.row()) if index.isValid() else None
        if form is None or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        self.last_refused = None
        key = self.columns[index.column()]
        text = "" if value is None else str(value).strip()
        changed = replace(form, answers=dict(form.answers))
        if key == PERSON:
            names = {name: pid for pid, (name, _dept) in self.people.items()}
            match = resolve(text, list(names))
            if match is None:
                return self._refuse(index, self.tr("No participant matches “{text}”: type the first "
                                           "letters of their name.").format(text=text))
            changed.participant_id = names.get(match) if match else None
            if changed.participant_id is not None and not changed.department:
                changed.department = self.people[changed.participant_id][1]
        elif key in (DEPARTMENT, SKILL):
            choices = self.departments if key == DEPARTMENT else self.skills
            match = resolve(text, choices)
            if match is None and key == DEPARTMENT:
                return self._refuse(index, self.tr("No department matches “{text}”. Departments: "
                                           "{value}.").format(text=text, value=', '.join(choices) or self.tr('none yet')))
            setattr(changed, key, match if match is not None else text)
        else:
            problems = check_answers(self.questions, {key: text})
            if problems:
                return self._refuse(index, problems[0].message)
            if text:
                q = self.question(index.column())
                changed.answers[key] = text if q and q.kind == "text" else \
                    f"{float(text.replace(',', '.')):g}"
            else:
                changed.answers.pop(key, None)
        if self._value(changed, key) == self._value(form, key):
            return True
        if index.row() == self.draft_row():
            self.draft = changed
            self.dataChanged.emit(index, index)
        else:
            self.forms[index.row()] = changed
            self.dataChanged.emit(index, index)
            self.formEdited.emit(changed)
        return True

    def finish_draft(self) -> bool:
        """Hand the draft over to be saved; False when nothing was typed in it."""
        draft = self.draft
        if draft is None or not (any(str(v).strip() for v in draft.answers.values())):
            return False
        self.formFinished.emit(replace(draft, answers=dict(draft.answers)))
        return True
