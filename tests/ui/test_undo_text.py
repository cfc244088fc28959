"""Edit > Undo reads as one phrase in every language, not Qt's "prefix + command"."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoCommand, QUndoStack

from peerdesk.ui.undo_actions import undo_redo_actions

pytestmark = pytest.mark.gui


class _Named(QUndoCommand):
    def redo(self) -> None:
        pass

    def undo(self) -> None:
        pass


@pytest.fixture
def language(qapp):
    from peerdesk.ui import language

    yield language
    language.install("en", qapp, core=False)


@pytest.mark.parametrize(("lang", "undo", "redo", "empty"), [
    ("en", "&Undo Add person", "&Redo Add person", "&Undo"),
    ("de", "&Rückgängig: Person hinzufügen", "&Wiederherstellen: Person hinzufügen", "&Rückgängig"),
    ("pt_PT", "&Anular: Adicionar pessoa", "&Refazer: Adicionar pessoa", "&Anular"),
    ("es", "&Deshacer: Añadir persona", "&Rehacer: Añadir persona", "&Deshacer"),
    ("fr", "&Annuler\u00a0: Ajouter une personne", "&Rétablir\u00a0: Ajouter une personne",
     "&Annuler"),  # French: a no-break space before the colon
])
def test_the_undo_and_redo_texts_are_whole_phrases(qapp, language, lang, undo, redo, empty):
    language.install(lang, qapp, core=False)
    command = {"en": "Add person", "de": "Person hinzufügen", "pt_PT": "Adicionar pessoa",
               "es": "Añadir persona", "fr": "Ajouter une personne"}[lang]
    stack = QUndoStack()
    act_undo, act_redo = undo_redo_actions(stack, stack)
    assert (act_undo.text(), act_undo.isEnabled()) == (empty, False)
    stack.push(_Named(command))
    assert (act_undo.text(), act_undo.isEnabled()) == (undo, True)
    assert not act_redo.isEnabled()
    act_undo.trigger()
    assert stack.index() == 0 and act_redo.text() == redo and act_redo.isEnabled()
    assert act_undo.text() == empty and not act_undo.isEnabled()
    act_redo.trigger()
    assert stack.index() == 1 and act_undo.text() == undo


def test_an_ampersand_in_a_command_is_shown_not_taken_as_a_shortcut(qapp, language):
    stack = QUndoStack()
    act_undo, _redo = undo_redo_actions(stack, stack)
    stack.push(_Named("Rename R&D"))
    assert act_undo.text() == "&Undo Rename R&&D"
