"""STORY step 2 in a German window: the HR import's preview, problems and summary are German."""

from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtWidgets import QComboBox

from peerdesk.ui.importing import import_participants
from tests import samples
from tests.ui.test_import_wizard import run_wizard

pytestmark = pytest.mark.gui


@pytest.fixture
def german(qapp):
    from peerdesk.ui import language

    language.install("de", qapp)
    yield
    language.install("en", qapp)


def test_people_import_in_a_german_window(window, qtbot, answers, tmp_path, german):
    rows = samples.hr_rows(len(samples.NAMES), date_style="dmy", today=date(2026, 6, 1))
    rows[3][3] = "not-an-email"
    rows[5][1] = rows[5][2] = ""
    answers.open_path = str(samples.write_xlsx(tmp_path / "staff.xlsx", samples.HR_HEADERS, rows))

    def handle(dialog):
        problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        assert any(p.startswith("Zeile 5, Spalte „Work Email“: „not-an-email“ ist keine gültige")
                   for p in problems), problems
        assert not any("Row " in p or " is " in p for p in problems), problems
        assert f"{len(samples.NAMES) - 2} neu" in dialog.summary.text()
        combos = dialog.findChildren(QComboBox)
        shown = {combo.itemText(i) for combo in combos for i in range(combo.count())}
        assert {"Personalnummer", "Vorname", "Nachname", "E-Mail"} <= shown
        assert not {"Employee ID", "First name", "Full name"} & shown
        if os.environ.get("PEERDESK_SHOT"):  # a look at it: PEERDESK_SHOT=/tmp/x.png
            dialog.grab().save(os.environ["PEERDESK_SHOT"])
        dialog.reject()

    run_wizard(qtbot, answers, lambda: import_participants(window), handle)
