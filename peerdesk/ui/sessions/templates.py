"""Editing the program's agenda templates (kick-off, regular, close-out, and your own).

Every change is saved at once and can be undone, like everything else in the window.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.agenda import AgendaTemplate
from peerdesk.core.models import AgendaItem
from peerdesk.core.validation import ValidationError
from peerdesk.store import agenda_templates as template_store
from peerdesk.store import sessions as session_store
from peerdesk.store.program import Program
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.icons import icon
from peerdesk.ui.locale import short_date
from peerdesk.ui.sessions.agenda_model import AgendaModel, AgendaView
from peerdesk.ui.sessions.edits import AREA
from peerdesk.ui.style import ERROR_TEXT


def template_key(name: str, taken: set[str]) -> str:
    """A short key for a new template ("Pair retro" -> "pair-retro"), unique in ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "template"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def save_template(ctx: ProgramContext, template: AgendaTemplate, text: str) -> None:
    """Save (insert or replace) ``template`` as one undoable command."""
    program = ctx.require_program()
    before = next((t for t in template_store.list_templates(program)
                   if t.key == template.key), None)

    def undo() -> None:
        if before is None:
            template_store.delete_template(program, template.key)
        else:
            template_store.save_template(program, before)

    ctx.perform(text, lambda: template_store.save_template(program, template), undo, AREA)


def fill_template_menu(menu: QMenu, program: Program, session_id: int,
                       use_template: Callable[[str], None], copy_agenda: Callable[[int], None],
                       edit_templates: Callable[[], None]) -> None:
    """A session's "Start from…" menu: the program's templates, the agenda of another
    session, and a way to edit the templates (the words are the session pane's)."""
    menu.clear()
    for template in template_store.list_templates(program):
        action = menu.addAction(QCoreApplication.translate("SessionPane", "{name} ({total_minutes} min)").format(name=template.name, total_minutes=template.total_minutes))
        action.triggered.connect(lambda _=False, t=template: use_template(t.key))
    menu.addSeparator()
    copy = menu.addMenu(QCoreApplication.translate("SessionPane", "Copy the agenda of"))
    for other in session_store.list_sessions(program, with_agenda=False):
        if other.id != session_id:
            action = copy.addAction(f"{other.title} ({short_date(other.date)})")
            action.triggered.connect(lambda _=False, o=other.id: copy_agenda(o))
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("SessionPane", "Edit templates…")).triggered.connect(edit_templates)


class TemplatesDialog(QDialog):
    def __init__(self, ctx: ProgramContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Agenda templates"))
        self.resize(820, 480)
        left = self._build_list()
        right = self._build_editor()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([220, 600])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        ctx.dataChanged.connect(self._data_changed)
        self.reload()

    def _build_list(self) -> QWidget:
        """The templates, with New and Delete under them."""
        self.list = QListWidget()
        self.list.setObjectName("template_list")
        self.list.setAccessibleName(self.tr("Agenda templates"))
        self.list.currentRowChanged.connect(lambda _r: self._show())
        new = QPushButton(icon("add"), self.tr("N&ew…"))
        new.setToolTip(self.tr("A new template, starting as a copy of the selected one"))
        new.clicked.connect(self.new_template)
        self.delete_button = QPushButton(icon("delete"), self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_template)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)
        return left

    def _build_editor(self) -> QWidget:
        """The chosen template's name and items, and the buttons that edit them."""
        self.name = QLineEdit()
        self.name.setObjectName("template_name")
        self.name.editingFinished.connect(self._rename)
        self.model = AgendaModel(self)
        self.model.edited.connect(self._items_edited)
        self.view = AgendaView()
        self.view.setObjectName("template_items")
        self.view.setAccessibleName(self.tr("Items of the template"))
        self.view.setModel(self.model)
        self.view.addRequested.connect(self.add_item)
        self.total = QLabel()
        self.problems = QLabel()
        self.problems.setStyleSheet(ERROR_TEXT)
        self.problems.setWordWrap(True)
        self.model.refused.connect(self.problems.setText)
        buttons = QHBoxLayout()
        for text, slot, name in ((self.tr("&Add item"), self.add_item, "add"),
                                 (self.tr("&Remove"), self.view.remove_current, "delete"),
                                 (self.tr("Move &up"), lambda: self.view.move_current(-1), "up"),
                                 (self.tr("Move do&wn"), lambda: self.view.move_current(1), "down")):
            button = QPushButton(icon(name), text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name)
        right_layout.addWidget(name_label)
        right_layout.addWidget(self.name)
        right_layout.addWidget(self.view, 1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.problems)
        return right

    def _data_changed(self, area: str) -> None:
        if area == AREA:
            self.reload()

    def reload(self) -> None:
        current = self.current_key()
        self.templates = template_store.list_templates(self.ctx.require_program())
        self.list.blockSignals(True)
        self.list.clear()
        for t in self.templates:
            item = QListWidgetItem(t.name)
            item.setData(Qt.ItemDataRole.UserRole, t.key)
            self.list.addItem(item)
        keys = [t.key for t in self.templates]
        self.list.setCurrentRow(keys.index(current) if current in keys else (0 if keys else -1))
        self.list.blockSignals(False)
        self._show()

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current(self) -> AgendaTemplate | None:
        return next((t for t in self.templates if t.key == self.current_key()), None)

    def _show(self) -> None:
        template = self.current()
        self.delete_button.setEnabled(template is not None)
        self.name.setEnabled(template is not None)
        self.view.setEnabled(template is not None)
        if template is None:
            self.model.set_agenda([], None, 0)
            self.name.clear()
            self.total.clear()
            return
        if not self.name.hasFocus():
            self.name.setText(template.name)
        self.model.set_agenda(template.items, None, 0)
        self.total.setText(self.tr("{total_minutes} min in all").format(total_minutes=template.total_minutes))

    # -- edits -----------------------------------------------------------------------
    def _save(self, template: AgendaTemplate, text: str) -> bool:
        try:
            save_template(self.ctx, template, text)
        except ValidationError as exc:
            self.problems.setText("\n".join(p.message for p in exc.problems))
            self._show()
            return False
        self.problems.clear()
        return True

    def _items_edited(self, items: list[AgendaItem], text: str) -> None:
        template = self.current()
        if template is not None:
            self._save(replace(template, items=items), self.tr("{text} (template {name})").format(text=text, name=template.name))

    def _rename(self) -> None:
        template = self.current()
        name = self.name.text().strip()
        if template is not None and name and name != template.name:
            self._save(replace(template, name=name), self.tr("Rename template {name}").format(name=template.name))

    def add_item(self) -> None:
        if self.current() is None:
            return
        row = self.view.currentIndex().row() + 1 if self.view.currentIndex().isValid() \
            else self.model.rowCount()
        self.model.insert_item(row, AgendaItem(self.tr("New item"), 10))
        self.view.setCurrentIndex(self.model.index(row, 1))
        self.view.edit(self.model.index(row, 1))

    def new_template(self) -> None:
        base = self.current()
        name = dialogs.ask_text(self, self.tr("New template"), self.tr("Name of the new template:"),
                                self.tr("{name} (copy)").format(name=base.name) if base else "")
        if not name or not name.strip():
            return
        key = template_key(name, {t.key for t in self.templates})
        items = [replace(i, id=None) for i in base.items] if base else [AgendaItem(self.tr("Welcome"), 10)]
        if self._save(AgendaTemplate(key, name.strip(), items), self.tr("New template {strip}").format(strip=name.strip())):
            self.list.setCurrentRow(self.list.count() - 1)

    def delete_template(self) -> None:
        template = self.current()
        if template is None or not dialogs.confirm(
                self, self.tr("Delete template?"), self.tr("Delete the template “{name}”? Sessions "
                "made from it keep their agendas. You can undo this.").format(name=template.name), self.tr("Delete")):
            return
        program = self.ctx.require_program()
        self.ctx.perform(self.tr("Delete template {name}").format(name=template.name),
                         lambda: template_store.delete_template(program, template.key),
                         lambda: template_store.save_template(program, template), AREA)
