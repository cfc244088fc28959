"""A searchable time-zone picker: type any part of a name ("tokyo", "new york") to find it.

Zones are listed as people read them ("America/New York"); :meth:`ZonePicker.zone`
gives back the IANA name ("America/New_York"), or "" when the text names no zone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from peerdesk.core.zones import is_zone, zone_names


def shown(name: str) -> str:
    """A zone as the picker lists it: "America/New York", not "America/New_York"."""
    return name.replace("_", " ")


_shown = shown


class ZonePicker(QComboBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setAccessibleName(self.tr("Time zone"))
        names = zone_names()
        self._by_text = {_shown(n).casefold(): n for n in names}
        self.addItems([_shown(n) for n in names])
        completer = QCompleter([_shown(n) for n in names], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None  # an editable combo has one
        line.setPlaceholderText(self.tr("Type a city, e.g. Lisbon"))
        self.setMinimumContentsLength(22)

    def zone(self) -> str:
        """The IANA name of the zone shown, or "" when the text is not a zone.

        A part of a name that only one zone has ("tokyo", "new york") is that zone.
        """
        text = self.currentText().strip()
        key = text.casefold()
        name = self._by_text.get(key)
        if name is None:
            candidate = text.replace(" ", "_")
            if is_zone(candidate):
                return candidate
            matches = [n for shown, n in self._by_text.items() if key and key in shown]
            name = matches[0] if len(matches) == 1 else ""
        return name

    def text_typed(self) -> str:
        return self.currentText().strip()

    def set_zone(self, name: str) -> None:
        index = self.findText(_shown(name))
        if index >= 0:
            self.setCurrentIndex(index)
        else:  # a zone not in the list (an old alias such as "US/Eastern"): shown as stored
            self.setEditText(name)
