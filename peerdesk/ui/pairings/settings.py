"""The Pairing Rules dialog: what each part of the score weighs, and how far back the
no-repeat rule looks. Both are program settings, saved in the program file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
)

from peerdesk.core.scoring import Weights
from peerdesk.ui.language import QT_TRANSLATE_NOOP

FIELDS = (
    ("skill", QT_TRANSLATE_NOOP("PairingSettingsDialog", "&Skills"), QT_TRANSLATE_NOOP("PairingSettingsDialog", "for each skill one teaches and the other wants (half more for an "
                         "expert, half for basics)")),
    ("cross_department", QT_TRANSLATE_NOOP("PairingSettingsDialog", "Different de&partments"), QT_TRANSLATE_NOOP("PairingSettingsDialog", "pairs that break silos")),
    ("tenure_gap", QT_TRANSLATE_NOOP("PairingSettingsDialog", "&Tenure gap"), QT_TRANSLATE_NOOP("PairingSettingsDialog", "a new recruit with a seasoned colleague (half for a "
                                  "smaller gap)")),
    ("same_location", QT_TRANSLATE_NOOP("PairingSettingsDialog", "Same &office"), ""),
    ("availability", QT_TRANSLATE_NOOP("PairingSettingsDialog", "Compatible &availability"), QT_TRANSLATE_NOOP("PairingSettingsDialog", "a day or time both gave, or one is free "
                                                 "any time")),
    ("preference", QT_TRANSLATE_NOOP("PairingSettingsDialog", "Asked to &learn from them"), QT_TRANSLATE_NOOP("PairingSettingsDialog", "one named the other on the intake form")),
)


class PairingSettingsDialog(QDialog):
    def __init__(self, weights: Weights, no_repeat_cycles: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pairing rules and weights"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("Points each part of a pair's score is worth. Hard rules (the "
                       "reporting chain, exclusions, facilitators) are never traded for points."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.setMinimumWidth(460)
        self.spins: dict[str, QDoubleSpinBox] = {}
        for key, label, tip in FIELDS:
            spin = QDoubleSpinBox()
            spin.setObjectName(f"weight_{key}")
            spin.setRange(0.0, 50.0)
            spin.setSingleStep(0.5)
            spin.setDecimals(2)
            spin.setValue(getattr(weights, key))
            spin.setToolTip(self.tr(tip) if tip else "")
            self.spins[key] = spin
            form.addRow(self.tr(label), spin)
        self.no_repeat = QSpinBox()
        self.no_repeat.setObjectName("no_repeat_cycles")
        self.no_repeat.setRange(0, 50)
        self.no_repeat.setSpecialValueText(self.tr("every earlier cycle"))
        self.no_repeat.setSuffix(self.tr(" cycles"))
        self.no_repeat.setValue(no_repeat_cycles)
        self.no_repeat.setToolTip(self.tr("Nobody is paired again with someone they were paired with "
                                  "in this many of the latest published cycles"))
        form.addRow(self.tr("No &repeats from the last"), self.no_repeat)
        defaults = QPushButton(self.tr("Restore &Defaults"))
        defaults.clicked.connect(self.restore_defaults)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(defaults, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def restore_defaults(self) -> None:
        base = Weights()
        for key, spin in self.spins.items():
            spin.setValue(getattr(base, key))
        self.no_repeat.setValue(0)

    def values(self) -> tuple[Weights, int]:
        return (Weights(**{key: spin.value() for key, spin in self.spins.items()}),
                self.no_repeat.value())
