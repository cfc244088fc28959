"""The question editor: the program's feedback questions in form order.

Edit a question's words in place, add one, move it up or down, or deactivate it (its
answers stay and keep counting; it is just no longer asked). Kind, scale and scoring are
fixed once a question has answers. Every change is one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from peerdesk.core.defaults import SAFETY_CITATION
from peerdesk.core.models import FeedbackQuestion, stored_id
from peerdesk.core.validation import ValidationError
from peerdesk.store import feedback as store
from peerdesk.store.responses import list_questions
from peerdesk.ui import dialogs
from peerdesk.ui.context import EditRefused, ProgramContext
from peerdesk.ui.icons import icon
from peerdesk.ui.language import QT_TRANSLATE_NOOP
from peerdesk.ui.qt_types import ModelIndex

COLUMNS = (QT_TRANSLATE_NOOP("QuestionsModel", "Question"), QT_TRANSLATE_NOOP("QuestionsModel", "Kind"), QT_TRANSLATE_NOOP("QuestionsModel", "Scale"), QT_TRANSLATE_NOOP("QuestionsModel", "Psychological safety"), QT_TRANSLATE_NOOP("QuestionsModel", "Active"))
TEXT, KIND, SCALE, SAFETY, ACTIVE = range(len(COLUMNS))
KIND_LABELS = {"scale": QT_TRANSLATE_NOOP("QuestionsModel", "Scale"), "nps": QT_TRANSLATE_NOOP("QuestionsModel", "Recommend (eNPS)"), "text": QT_TRANSLATE_NOOP("QuestionsModel", "Free text"),
               "confidence": QT_TRANSLATE_NOOP("QuestionsModel", "Skill confidence")}


class QuestionsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.questions: list[FeedbackQuestion] = []
        # saves a question with new words
        self.on_edit: Callable[[FeedbackQuestion], bool] | None = None

    def set_questions(self, questions: list[FeedbackQuestion]) -> None:
        self.beginResetModel()
        self.questions = questions
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.questions)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.questions):
            return None
        q, column = self.questions[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == TEXT:
                return q.text
            if column == KIND:
                return QCoreApplication.translate("QuestionsModel", KIND_LABELS.get(q.kind, q.kind))
            if column == SCALE:
                return "—" if q.kind == "text" else f"{q.min_value} to {q.max_value}"
            if column == SAFETY:
                if q.group != "safety":
                    return ""
                return self.tr("Yes, reverse-scored") if q.reverse else self.tr("Yes")
            return self.tr("Active") if q.active else self.tr("Not asked")
        if role == Qt.ItemDataRole.ForegroundRole and not q.active:
            from PySide6.QtGui import QColor

            return QColor("#7b8794")
        if role == Qt.ItemDataRole.ToolTipRole and column == SAFETY and q.group == "safety":
            return SAFETY_CITATION
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate("QuestionsModel", COLUMNS[section]) if orientation == Qt.Orientation.Horizontal else str(section + 1)

    def flags(self, index: ModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == TEXT else base

    def setData(self, index: ModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != TEXT or self.on_edit is None:
            return False
        q = self.questions[index.row()]
        text = str(value).strip()
        if not text or text == q.text:
            return False
        return bool(self.on_edit(replace(q, text=text)))


class NewQuestionDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a feedback question"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("e.g. My partner was well prepared."))
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(label, kind)
        self.low, self.high = QSpinBox(), QSpinBox()
        self.low.setAccessibleName(self.tr("Lowest answer"))
        self.high.setAccessibleName(self.tr("Highest answer"))
        self.low.setRange(0, 10)
        self.high.setRange(1, 10)
        self.low.setValue(1)
        self.high.setValue(5)
        self.safety = QCheckBox(self.tr("Part of the psychological-safety score"))
        self.reverse = QCheckBox(self.tr("Reverse-scored (agreeing means less safety)"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        scale = QHBoxLayout()
        scale.addWidget(self.low)
        scale.addWidget(QLabel(self.tr("to")))
        scale.addWidget(self.high)
        scale.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("&Words on the form"), self.text)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Scale"), scale)
        form.addRow("", self.safety)
        form.addRow("", self.reverse)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        numeric = kind != "text"
        for widget in (self.low, self.high):
            widget.setEnabled(numeric and kind != "nps")
        if kind == "nps":
            self.low.setValue(0)
            self.high.setValue(10)
        self.safety.setEnabled(kind == "scale")
        self.reverse.setEnabled(kind == "scale")

    def question(self) -> FeedbackQuestion:
        kind = self.kind.currentData()
        scale = kind == "scale"
        return FeedbackQuestion("", self.text.text().strip(), kind, min_value=self.low.value(),
                                max_value=self.high.value(),
                                reverse=scale and self.reverse.isChecked(),
                                group="safety" if scale and self.safety.isChecked() else "")


class QuestionsDialog(QDialog):
    def __init__(self, ctx: ProgramContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Feedback questions"))
        self.resize(860, 460)
        self.model = QuestionsModel(self)
        self.model.on_edit = self._save_words
        self.table = QTableView()
        self.table.setObjectName("questions_table")
        self.table.setAccessibleName(self.tr("Feedback questions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.add_button = QPushButton(icon("add"), self.tr("&Add Question…"))
        self.up_button = QPushButton(icon("up"), self.tr("Move &Up"))
        self.down_button = QPushButton(icon("down"), self.tr("Move Do&wn"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.add_button.clicked.connect(self.add_question)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        self.active_button.clicked.connect(self.toggle_active)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.problem = QLabel()
        self.problem.setObjectName("questions_problem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        citation = QLabel(self.tr("Psychological-safety items: {SAFETY_CITATION} Reverse-scored items "
                          "are flipped before averaging.").format(SAFETY_CITATION=SAFETY_CITATION))
        citation.setWordWrap(True)
        citation.setStyleSheet("color: #616e7c;")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Double-click a question to change its words. A question "
                                "with answers keeps its kind and scale; deactivate it and add "
                                "a new one instead.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(citation)
        layout.addWidget(close)
        ctx.dataChanged.connect(lambda area: self.reload() if area == "feedback" else None)
        self.reload()

    # -- state -----------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.selected_id()
        program = self.ctx.program
        self.model.set_questions(list_questions(program, active_only=False) if program else [])
        row = next((i for i, q in enumerate(self.model.questions) if q.id == keep), 0)
        if self.model.questions:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> FeedbackQuestion | None:
        row = self.table.currentIndex().row()
        return self.model.questions[row] if 0 <= row < len(self.model.questions) else None

    def selected_id(self) -> int | None:
        q = self.selected()
        return q.id if q else None

    def _update_buttons(self) -> None:
        q = self.selected()
        editable = not self.ctx.read_only
        self.add_button.setEnabled(editable)
        for button in (self.up_button, self.down_button, self.active_button):
            button.setEnabled(editable and q is not None)
        self.active_button.setText(self.tr("&Activate") if q is not None and not q.active else self.tr("&Deactivate"))

    def _perform(self, text: str, do, undo) -> object | None:
        try:
            result = self.ctx.perform(text, do, undo, "feedback")
        except ValidationError as exc:
            self.problem.setText("\n".join(p.message for p in exc.problems))
            return None
        except EditRefused:
            return None
        self.problem.setText("")
        return result if result is not None else True

    # -- edits -----------------------------------------------------------------------
    def _save_words(self, q: FeedbackQuestion) -> bool:
        program = self.ctx.require_program()
        before = store.get_question(program, stored_id(q.id))
        return self._perform(self.tr("Edit question “{text}”").format(text=q.text), lambda: store.update_question(program, q),
                             lambda: store.update_question(program, before)) is not None

    def add_question(self) -> None:
        program = self.ctx.program
        dialog = NewQuestionDialog(self)
        if program is None or not dialogs.run_dialog(dialog):
            return
        q = dialog.question()
        state: dict = {}

        def do():
            # redo puts back exactly what the first run made: same id, key and place
            state["id"] = store.add_question(program, replace(state.get("made", q)))
            state["made"] = store.get_question(program, state["id"])
            return state["id"]

        new_id = self._perform(self.tr("Add question “{text}”").format(text=q.text), do,
                               lambda: store.delete_question(program, state["id"]))
        if new_id is not None:
            self.reload(select=state["id"])

    def move_question(self, offset: int) -> None:
        q, program = self.selected(), self.ctx.program
        if q is None or program is None:
            return
        qid, order = stored_id(q.id), [stored_id(x.id) for x in self.model.questions]
        self._perform(self.tr("Move question"), lambda: store.move_question(program, qid, offset),
                      lambda: store.reorder_questions(program, order))
        self.reload(select=q.id)

    def toggle_active(self) -> None:
        q, program = self.selected(), self.ctx.program
        if q is None or program is None:
            return
        verb = self.tr("Activate question") if not q.active else self.tr("Deactivate question")
        qid = stored_id(q.id)
        self._perform(verb, lambda: store.set_question_active(program, qid, not q.active),
                      lambda: store.set_question_active(program, qid, q.active))
        self.reload(select=q.id)
