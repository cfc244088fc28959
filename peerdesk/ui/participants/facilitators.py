"""Appoint the program's facilitators, with the neutrality check shown where they are chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from peerdesk.core.chain import neutrality_warnings
from peerdesk.core.models import Facilitator
from peerdesk.core.validation import ValidationError
from peerdesk.store import participants as store
from peerdesk.ui import dialogs
from peerdesk.ui.context import ProgramContext
from peerdesk.ui.icons import icon


class FacilitatorsDialog(QDialog):
    def __init__(self, ctx: ProgramContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Facilitators"))
        self.resize(560, 460)
        intro = QLabel(self.tr("A facilitator guides the sessions and keeps them productive without owning "
                       "the content. Choose someone with no authority over any participant, so "
                       "people feel safe to say what they don't know."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("facilitator_list")
        self.list.setAccessibleName(self.tr("Facilitators"))
        self.remove_button = QPushButton(icon("delete"), self.tr("&Remove"))
        self.remove_button.clicked.connect(self._remove)
        self.warning = QLabel()
        self.warning.setObjectName("facilitator_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8A5300;")

        self.person = QComboBox()
        self.person.setObjectName("facilitator_person")
        self.person.currentIndexChanged.connect(self._preview)
        self.outside_name = QLineEdit()
        self.outside_name.setPlaceholderText(self.tr("or an outside person's name"))
        self.outside_email = QLineEdit()
        self.outside_email.setPlaceholderText(self.tr("their email"))
        self.preview = QLabel()
        self.preview.setObjectName("facilitator_preview")
        self.preview.setWordWrap(True)
        add = QPushButton(icon("add"), self.tr("&Appoint"))
        add.setObjectName("facilitator_appoint")
        add.clicked.connect(self._appoint)
        box = QGroupBox(self.tr("Appoint a facilitator"))
        form = QFormLayout(box)
        form.addRow(self.tr("&Participant"), self.person)
        form.addRow(self.tr("&Outside person"), self.outside_name)
        form.addRow("", self.outside_email)
        form.addRow(self.preview)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(add)
        form.addRow(row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.warning)
        layout.addWidget(box)
        layout.addWidget(buttons)
        ctx.dataChanged.connect(self._reload)
        self._reload()

    def _reload(self, _area: str = "") -> None:
        program = self.ctx.require_program()
        self.people = [p for p in store.list_participants(program) if not p.archived]
        self.list.clear()
        for f in store.list_facilitators(program):
            kind = self.tr("participant") if f.participant_id else self.tr("outside person")
            item = QListWidgetItem(icon("facilitator"), f"{f.name}  ({kind})")
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(self.tr("No facilitator yet: appoint one below."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        warnings = store.neutrality(program)
        self.warning.setText("\n".join("⚠ " + w.message() for w in warnings))
        self.warning.setVisible(bool(warnings))
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("— choose a participant —"), None)
        for p in self.people:
            self.person.addItem(f"{p.name} — {p.department}" if p.department else p.name, p.id)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.person.blockSignals(False)
        self._preview()

    def _preview(self) -> None:
        pid = self.person.currentData()
        if pid is None:
            self.preview.clear()
            return
        warnings = neutrality_warnings([Facilitator(participant_id=pid)], self.people)
        if warnings:
            self.preview.setText("⚠ " + warnings[0].message())
            self.preview.setStyleSheet("color: #8A5300;")
        else:
            self.preview.setText(self.tr("✓ Manages nobody in the program: a neutral choice."))
            self.preview.setStyleSheet("color: #2E6B3A;")

    def _appoint(self) -> None:
        program = self.ctx.require_program()
        pid = self.person.currentData()
        f = Facilitator(participant_id=pid) if pid is not None else \
            Facilitator(name=self.outside_name.text().strip(), email=self.outside_email.text().strip())
        state: dict = {}

        def do():
            f.id = state.get("id")
            state["id"] = store.appoint_facilitator(program, f)

        try:
            self.ctx.perform(self.tr("Appoint {value}").format(value=f.name or 'facilitator'), do,
                             lambda: store.remove_facilitator(program, state["id"]), "participants")
        except ValidationError as exc:
            dialogs.warn(self, self.tr("Appoint a facilitator"), str(exc))
            return
        self.outside_name.clear()
        self.outside_email.clear()
        self.person.setCurrentIndex(0)

    def _remove(self) -> None:
        item = self.list.currentItem()
        fid = item.data(Qt.ItemDataRole.UserRole) if item else None
        if fid is None:
            return
        program = self.ctx.require_program()
        before = next(f for f in store.list_facilitators(program) if f.id == fid)
        self.ctx.perform(self.tr("Remove facilitator {name}").format(name=before.name),
                         lambda: store.remove_facilitator(program, fid),
                         lambda: store.appoint_facilitator(program, before), "participants")
