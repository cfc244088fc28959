"""The columns of a survey export that match no feedback question, each with a choice:
answers a question, becomes a new question, or is left out. Nothing is imported until
every one is decided, so no column's answers are lost without the user saying so."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from peerdesk.core.models import FeedbackQuestion
from peerdesk.core.question_match import suggest_question
from peerdesk.io.feedback_columns import column_values, unmatched
from peerdesk.io.tabular import Table

UNDECIDED, ADD, LEAVE = "", "+add", "+leave"


class UnmatchedColumns(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Columns that match no question"), parent)
        self.form = QFormLayout(self)
        self.note = QLabel(self.tr("Their answers would be lost: say what each one is."))
        self.note.setWordWrap(True)
        self.form.addRow(self.note)
        self.combos: dict[int, QComboBox] = {}
        self.headers: list[str] = []
        self.setVisible(False)

    def show_columns(self, table: Table, mapping: list[str],
                     questions: list[FeedbackQuestion], personal_data=frozenset()) -> None:
        """List the unmatched columns (never personal-data ones), keeping the choices
        already made for them."""
        columns = unmatched(table, mapping, personal_data=personal_data)
        if self.headers == table.headers and list(self.combos) == columns:
            return
        kept = {self.headers[i]: c.currentData() for i, c in self.combos.items()
                if i < len(self.headers)}
        while self.form.rowCount() > 1:
            self.form.removeRow(1)
        self.combos = {}
        self.headers = list(table.headers)
        fed = {m for m in mapping if m}
        for i in columns:
            combo = QComboBox()
            combo.setAccessibleName(self.tr("What “{value}” is").format(value=table.headers[i]))
            suggestion = suggest_question(table.headers[i], column_values(table, i))
            kind = self.tr("free text") if suggestion.kind == "text" else \
                f"{suggestion.kind} {suggestion.min_value}–{suggestion.max_value}"
            combo.addItem(self.tr("Choose…"), UNDECIDED)
            combo.addItem(self.tr("Add as a new question ({kind})").format(kind=kind), ADD)
            combo.addItem(self.tr("Leave out (its answers are not imported)"), LEAVE)
            for q in questions:
                if q.active and q.key not in fed:
                    combo.addItem(self.tr("Answers: {text}").format(text=q.text), q.key)
            index = combo.findData(kept.get(table.headers[i], UNDECIDED))
            combo.setCurrentIndex(max(0, index))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.combos[i] = combo
            self.form.addRow(table.headers[i], combo)
        self.setVisible(bool(columns))

    def undecided(self) -> list[str]:
        return [self.headers[i] for i, c in self.combos.items() if c.currentData() == UNDECIDED]

    def choose(self, header: str, data: str) -> None:
        """Set a column's choice (tests and keyboard users alike)."""
        for i, combo in self.combos.items():
            if self.headers[i] == header:
                combo.setCurrentIndex(combo.findData(data))

    def resolve(self, mapping: list[str]) -> list[str]:
        """``mapping`` with the columns chosen to answer a question feeding it."""
        mapping = list(mapping)
        for i, combo in self.combos.items():
            if combo.currentData() not in (UNDECIDED, ADD, LEAVE) and i < len(mapping):
                mapping = ["" if m == combo.currentData() else m for m in mapping]
                mapping[i] = combo.currentData()
        return mapping

    def to_add(self) -> list[int]:
        return [i for i, c in self.combos.items() if c.currentData() == ADD]
