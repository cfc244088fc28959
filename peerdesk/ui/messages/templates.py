"""Program > Message Templates: the subject and body of each kind of message, checked on OK.

Changes to several kinds are saved together as one undoable edit; a template with an
unknown placeholder, or without the one its kind needs, is refused with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.message_templates import DEFAULTS, PLACEHOLDERS, Template, check_template
from peerdesk.core.messages import KIND_TITLES, KINDS
from peerdesk.core.validation import ValidationError
from peerdesk.ui.context import EditRefused, ProgramContext
from peerdesk.ui.widgets import ok_cancel, problems_label


class TemplatesDialog(QDialog):
    def __init__(self, ctx: ProgramContext, kind: str = "pairs", parent: QWidget | None = None):
        from peerdesk.store.messages import templates

        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Message Templates"))
        self.resize(900, 600)
        self.saved = templates(ctx.require_program())
        self.edits: dict[str, Template] = dict(self.saved)
        self._kind = kind

        self._build_kinds()
        self._build_editor()
        self._build_layout()

        self.kinds.currentRowChanged.connect(self._kind_changed)
        self.kinds.setCurrentRow(KINDS.index(kind) if kind in KINDS else 0)
        self._show(self._kind)

    def _build_kinds(self) -> None:
        self.kinds = QListWidget()
        self.kinds.setObjectName("template_kinds")
        self.kinds.setAccessibleName(self.tr("Kinds of message"))
        for key in KINDS:
            item = QListWidgetItem(str(KIND_TITLES[key]))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.kinds.addItem(item)
        self.kinds.setMaximumWidth(200)

    def _build_editor(self) -> None:
        self.subject = QLineEdit()
        self.subject.setObjectName("template_subject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("template_body")
        self.body.setTabChangesFocus(True)
        self.placeholders = QListWidget()
        self.placeholders.setObjectName("template_placeholders")
        self.placeholders.setAccessibleName(self.tr("Placeholders: Enter inserts one"))
        for name, meaning in PLACEHOLDERS.items():
            item = QListWidgetItem(f"{{{name}}}  {meaning}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.addItem(item)
        self.placeholders.itemActivated.connect(self._insert)
        self.placeholders.setMaximumHeight(150)
        self.reset = QPushButton(self.tr("&Reset to Default"))
        self.reset.setObjectName("template_reset")
        self.reset.clicked.connect(self._reset)
        self.problems = problems_label("template_problems")

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("&Message:"), self.body)
        hint = QLabel(self.tr("Placeholders (double-click or Enter to insert; write {{ or }} for a brace):"))
        hint.setWordWrap(True)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addWidget(hint)
        right.addWidget(self.placeholders)
        row = QHBoxLayout()
        row.addWidget(self.problems, 1)
        row.addWidget(self.reset, 0, Qt.AlignmentFlag.AlignTop)
        right.addLayout(row)
        top = QHBoxLayout()
        top.addWidget(self.kinds)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(ok_cancel(self))

    def current_kind(self) -> str:
        return self._kind

    def _keep(self) -> None:
        self.edits[self._kind] = Template(self.subject.text(), self.body.toPlainText())

    def _show(self, kind: str) -> None:
        self._kind = kind
        t = self.edits[kind]
        self.subject.setText(t.subject)
        self.body.setPlainText(t.body)

    def _kind_changed(self, row: int) -> None:
        if 0 <= row < len(KINDS) and KINDS[row] != self._kind:
            self._keep()
            self._show(KINDS[row])

    def _insert(self, item: QListWidgetItem) -> None:
        self.body.insertPlainText(f"{{{item.data(Qt.ItemDataRole.UserRole)}}}")
        self.body.setFocus()

    def _reset(self) -> None:
        t = DEFAULTS[self._kind]
        self.subject.setText(t.subject)
        self.body.setPlainText(t.body)

    def changes(self) -> dict[str, Template]:
        self._keep()
        return {k: t for k, t in self.edits.items() if t != self.saved[k]}

    def accept(self) -> None:
        from peerdesk.store.messages import restore_templates, saved_templates, set_templates

        changes = self.changes()
        problems = []
        for kind, t in changes.items():
            problems += [f"{KIND_TITLES[kind]}: {p.message}"
                         for p in check_template(kind, t.subject, t.body)]
        if problems:
            self.problems.setText("\n".join(problems))
            bad = next(k for k in KINDS if k in changes
                       and check_template(k, changes[k].subject, changes[k].body))
            self.kinds.setCurrentRow(KINDS.index(bad))
            return
        if changes:
            program = self.ctx.require_program()
            before = saved_templates(program)
            try:
                self.ctx.perform(self.tr("Change message templates"),
                                 lambda: set_templates(program, dict(changes)),
                                 lambda: restore_templates(program, before), area="settings")
            except ValidationError as exc:
                self.problems.setText("\n".join(p.message for p in exc.problems))
                return
            except EditRefused:
                return
        super().accept()
